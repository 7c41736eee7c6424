^\[h1\] release 20260101000002 exists already \(two deploys in one second\?\)$
^dmake: \*\*\* \[Deployfile:8: deploy\] h1: Error 1$
