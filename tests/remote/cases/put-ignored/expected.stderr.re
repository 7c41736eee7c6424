^dmake: h1: put a\.txt -> @FLEET@/h1/no/such/x: .*@FLEET@/h1/no/such
^dmake: \[Deployfile:3: all\] h1: Error 1 \(ignored\)$
