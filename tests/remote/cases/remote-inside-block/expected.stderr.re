^Deployfile:5: \*\*\* .*@remote.*\.  Stop\.$
