# GNU make splits ifeq (A,B) at the first comma outside parentheses,
# braces being no parentheses: here inside ${...}, so that A is the
# unterminated reference "${a".  dmake skipped the whole ${a,b} and
# compared it with c.
ifeq (${a,b},c)
r = yes
endif
all: ; @echo [$(r)]
