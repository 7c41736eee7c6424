^dmake: h1: .+
^dmake: \*\*\* \[Deployfile:4: all\] h1: Error (1|255)$
