^dmake: \*\*\* \[Deployfile:5: loc\] Terminated$
^dmake: \*\*\* \[Deployfile:10: rem\] h1: Terminated$
^dmake: \*\*\* \[Deployfile:10: rem\] h2: Terminated$
