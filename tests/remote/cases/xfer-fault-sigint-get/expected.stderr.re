^dmake: \*\*\* \[Deployfile:3: all\] h1: Interrupt$
