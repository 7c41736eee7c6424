^dmake: h9: .+
^dmake: \*\*\* \[Deployfile:4: down\] h9: Error 255$
^dmake: Target 'all' not remade because of errors\.$
