^dmake: \*\*\* \[Deployfile:4: bad\] h1: Error 4$
^dmake: Target 'all' not remade because of errors\.$
