^\[h1\] \$ touch one$
^\[h1\] \$ false$
