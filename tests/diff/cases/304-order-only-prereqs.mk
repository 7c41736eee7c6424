#? setup: mkdir dir; touch -d '2020-01-01 00:00' out; touch -d '2021-01-01 00:00' dir
# An order-only prerequisite newer than the target does not cause a rebuild.
# $| lists it, $^ does not.
all: show out
out: | dir
	@echo rebuilding out
show: in | dir
	@echo "^=[$^] |=[$|]"
in: ; @:
