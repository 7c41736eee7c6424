#? args: -r
#? setup: touch -d '2019-01-01 00:00' src; touch -d '2020-01-01 00:00' top
# A target both .INTERMEDIATE and .SECONDARY: when missing it does not
# force its dependant to be remade, and when made it is not removed.
.INTERMEDIATE: mid
.SECONDARY: mid
all: top other
top: mid
	@echo make top
mid: src
	@echo make mid; touch mid
other: mid2
	@echo make other
mid2:
	@echo make mid2; touch mid2
.INTERMEDIATE: mid2
.SECONDARY: mid2
