#? args: -s -L --trace --debug=b -k
# MAKEFLAGS and MFLAGS carry -L, --debug= and --trace as GNU make writes
# them; MFLAGS's origin is "environment".
all:
	@echo [$(MAKEFLAGS)] [$(MFLAGS)] $(origin MFLAGS) $(flavor MFLAGS)
