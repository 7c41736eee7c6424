^dmake: h1: get @FLEET@/h1/big\.bin -> small/old\.bin: .*small/old\.bin.*No space left on device
^dmake: \*\*\* \[Deployfile:3: all\] h1: Error 1$
