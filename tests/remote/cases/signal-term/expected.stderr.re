^dmake: \*\*\* \[Deployfile:4: out\] h1: Terminated$
^dmake: \*\*\* Deleting file 'out'$
