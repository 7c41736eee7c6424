^dmake: h1: put tree -> @FLEET@/h1/bad/: .
^dmake: \[Deployfile:4: all\] h1: Error 1 \(ignored\)$
