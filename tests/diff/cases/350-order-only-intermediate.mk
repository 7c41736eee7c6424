#? args: -r
# An intermediate order-only prerequisite is made when the target must
# be, and removed afterwards like any intermediate file.
.INTERMEDIATE: stamp
out: | stamp
	@echo making $@; touch $@
stamp:
	@echo making $@; touch $@
