#? args: --debug=b
#? setup: touch -d '2020-01-01' old.c; touch -d '2021-01-01' old.o; touch -d '2022-01-01' new.c
# --debug=b: the version banner, the phases, and per target whether it
# exists, which prerequisite is newer, "Must remake" and how it ended,
# indented two spaces a level.
all: old.o new.o gen
	@echo all
old.o: old.c
	@echo never
new.o: new.c
	@touch $@
gen: | dir
	@echo gen
dir: ; @mkdir -p $@
