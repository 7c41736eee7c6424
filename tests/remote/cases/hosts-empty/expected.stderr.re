Deployfile:4
