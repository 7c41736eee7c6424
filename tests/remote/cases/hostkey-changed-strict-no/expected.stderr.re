^dmake: changed1: .*[Cc]hanged
^dmake: \*\*\* \[Deployfile:3: all\] changed1: Error 255$
