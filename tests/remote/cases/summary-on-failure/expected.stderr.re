^dmake: \*\*\* \[Deployfile:3: all\] h2: Error 1$
^dmake: \*\*\* \[Deployfile:3: all\] h9: Error 255$
^dmake: summary: h1: ok, 1 command, 0 bytes, [0-9]+\.[0-9]+ s$
^dmake: summary: h2: FAILED, 1 command, 0 bytes, [0-9]+\.[0-9]+ s$
^dmake: summary: h9: UNREACHABLE, 1 command, 0 bytes, [0-9]+\.[0-9]+ s$
