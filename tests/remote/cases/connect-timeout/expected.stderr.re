^dmake: silent1: .+
^dmake: \*\*\* \[Deployfile:3: all\] silent1: Error 255$
