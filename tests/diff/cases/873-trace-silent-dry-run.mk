#? args: --trace -s -n
#? setup: touch -d '2020-01-01' in
# --trace with -s and -n: the trace lines, the commands printed, none run.
out: in
	@echo made > $@
	@echo second
