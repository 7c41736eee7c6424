^dmake: h1: .+
^dmake: \*\*\* \[Deployfile:3: all\] h1: Error (1|255)$
