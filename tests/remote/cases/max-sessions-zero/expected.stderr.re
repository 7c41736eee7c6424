^dmake: hzero: cannot open a channel: 
^dmake: \*\*\* \[Deployfile:2: all\] hzero: Error 255$
