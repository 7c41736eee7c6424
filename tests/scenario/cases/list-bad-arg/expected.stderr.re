^dmake: --list takes no argument or 'json', not 'yaml'$
