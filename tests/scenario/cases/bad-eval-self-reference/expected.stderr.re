^Makefile:[0-9]+: \*\*\* Recursive variable 'X' references itself \(eventually\)\.  Stop\.$
