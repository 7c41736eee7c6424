# .POSIX sets POSIX's default variables when GNU make records the rule,
# at the next line that is no conditional: an ifeq right after it still
# sees CC as cc (its else branch is taken, where the assignment, a line
# that records the rule, already gets c99).
.POSIX:
ifeq ($(CC),c99)
EARLY := seen-c99
else
EARLY := $(CC)
endif
LATE := $(CC)
all: ; @echo "[$(EARLY)] [$(LATE)] [$(.SHELLFLAGS)]"
