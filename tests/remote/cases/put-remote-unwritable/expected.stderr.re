^dmake: h1: put a\.txt -> /proc/self/fdinfo/: .
^dmake: \*\*\* \[Deployfile:3: all\] h1: Error 1$
