^dmake: \[Deployfile:3: all\] h1: Error 1 \(ignored\)$
^dmake: \[Deployfile:4: all\] h2: Error 3 \(ignored\)$
