^dmake: \*\*\* \[Deployfile:3: all\] h2: Error 1$
