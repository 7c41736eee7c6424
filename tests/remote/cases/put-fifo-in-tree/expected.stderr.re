^dmake: h1: put t2 -> @FLEET@/h1/: .*t2/fifo
^dmake: \*\*\* \[Deployfile:3: all\] h1: Error 1$
