^\[h1\] err$
^\[h2\] err$
^dmake: \*\*\* \[Deployfile:4: all\] h1: Error 3$
