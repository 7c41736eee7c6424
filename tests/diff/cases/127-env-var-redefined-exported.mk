#? env: FOO=env
# A variable that came from the environment is exported with its new value.
FOO = file
all:
	@echo "FOO=$$FOO"
