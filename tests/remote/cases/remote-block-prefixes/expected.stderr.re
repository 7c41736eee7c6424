^dmake: \[Deployfile:6: all\] h1: Error 1 \(ignored\)$
