#? args: -r
#? setup: mkdir src; touch -d '2021-01-01 00:00' src/in; touch -d '2020-01-01 00:00' src/out
# A target found via VPATH that must be rebuilt is rebuilt locally.
VPATH = src
all: out
	@echo all: $^
out: in
	@echo remaking $@ from $<
	touch $@
