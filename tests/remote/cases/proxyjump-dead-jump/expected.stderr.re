^dmake: h2: .+
^dmake: \*\*\* \[Deployfile:3: all\] h2: Error 255$
