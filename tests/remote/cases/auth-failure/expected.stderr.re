^dmake: badkey1: authentication failed
^dmake: \*\*\* \[Deployfile:4: bad\] badkey1: Error 255$
^dmake: Target 'all' not remade because of errors\.$
^dmake: summary: badkey1: UNREACHABLE, 1 command, 0 bytes, [0-9]+\.[0-9]+ s$
^dmake: summary: h2: ok, 1 command, 0 bytes, [0-9]+\.[0-9]+ s$
