touch cfg
