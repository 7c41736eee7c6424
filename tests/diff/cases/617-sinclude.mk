#? setup: printf 'X = 1\n' > there.mk
# sinclude is -include.
sinclude nope.mk there.mk
all:
	@echo X=$(X)
