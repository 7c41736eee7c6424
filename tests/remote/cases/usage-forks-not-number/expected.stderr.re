^dmake: .*--forks
