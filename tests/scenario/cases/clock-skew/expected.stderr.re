^dmake: Warning: File 'future.c' has modification time 3[56][0-9][0-9] s in the future$
^dmake: warning:  Clock skew detected\.  Your build may be incomplete\.$
