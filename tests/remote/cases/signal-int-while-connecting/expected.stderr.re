^dmake: \*\*\* \[Deployfile:3: all\] silent1: Interrupt$
