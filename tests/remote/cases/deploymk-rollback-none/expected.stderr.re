^\[h1\] no release before 20260101000001 to roll back to$
^dmake: \*\*\* \[.*deploy\.mk:[0-9]+: deploy-rollback\] h1: Error 1$
