# What the expansion of a define's value says (define X := ..., +=,
# !=) GNU make says at the endef line: it expands the value once the
# whole define is read.  The variable itself is from the define line
# (origin and -p).  dmake said the define line for both.
define A :=
$(warning in A)

endef
X := 1
define X +=
$(warning in X)
endef
define B !=
echo $(warning in B) b
endef
all:
	@echo [$(B)] $(origin A)
