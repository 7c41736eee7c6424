^dmake: h1: .*@FLEET@/h1/nodir
^dmake: \*\*\* \[Deployfile:3: all\] h1: Error 1$
