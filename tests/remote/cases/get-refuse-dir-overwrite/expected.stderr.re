^dmake: h1: get @FLEET@/h1/name -> dest: .*dest/name
^dmake: \*\*\* \[Deployfile:3: all\] h1: Error 1$
