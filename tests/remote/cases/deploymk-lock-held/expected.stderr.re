^\[h2\] @FLEET@/h2/app is locked by: alice@ops1 release 20250101000000 since 2025-01-01T00:00:00Z\.  If no deploy is running, break the lock with: dmake deploy-unlock$
^dmake: \*\*\* \[Deployfile:8: deploy\] h2: Error 1$
