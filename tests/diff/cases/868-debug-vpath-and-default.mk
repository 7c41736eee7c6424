#? args: --debug=v -r
#? setup: mkdir src; touch -d '2020-01-01' src/a.in; touch -d '2021-01-01' a.out
# A prerequisite found through vpath: "using VPATH name"; a file
# without rule made by .DEFAULT.
vpath %.in src
all: a.out b.dflt
a.out: a.in
	@echo never
.DEFAULT:
	@echo default for $@
