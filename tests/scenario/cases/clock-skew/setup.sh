touch -d "@$(( $(date +%s) + 3600 ))" future.c
