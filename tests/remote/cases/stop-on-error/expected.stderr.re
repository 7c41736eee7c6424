^dmake: \*\*\* \[Deployfile:4: bad\] h1: Error 4$
