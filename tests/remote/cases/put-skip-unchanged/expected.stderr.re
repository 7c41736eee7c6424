^dmake: summary: h1: ok, 1 command, 0 bytes, [0-9]+\.[0-9]+ s$
