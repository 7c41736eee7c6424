^dmake: h1: put big\.bin -> @FLEET@/h1/small/old\.bin: .*(No space left on device|Wrote only)
^dmake: \*\*\* \[Deployfile:3: all\] h1: Error 1$
