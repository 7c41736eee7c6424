^dmake: summary: h1: ok, 2 commands, 0 bytes, [0-9]+\.[0-9]+ s$
^dmake: summary: h2: ok, 1 command, 0 bytes, [0-9]+\.[0-9]+ s$
