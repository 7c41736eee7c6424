^dmake: summary: h1: ok, 2 commands, 10485998 bytes, [0-9]+\.[0-9]+ s$
^dmake: summary: h2: ok, 2 commands, 10485998 bytes, [0-9]+\.[0-9]+ s$
