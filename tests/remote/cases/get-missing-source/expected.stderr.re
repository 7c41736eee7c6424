^dmake: h1: get @FLEET@/h1/nosuch -> out: .*@FLEET@/h1/nosuch
^dmake: \*\*\* \[Deployfile:3: all\] h1: Error 1$
