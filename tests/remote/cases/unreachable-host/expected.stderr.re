^dmake: h9: .+
^dmake: \*\*\* \[Deployfile:3: all\] h9: Error 255$
