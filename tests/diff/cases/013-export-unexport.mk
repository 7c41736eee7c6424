#? env: FROMENV=env HIDE=hidden
# export / unexport control what recipes see in their environment.
export FOO = foo
BAR = bar
export BAR
NOTEXP = notexported
unexport HIDE
all:
	@echo "FOO=$$FOO BAR=$$BAR NOTEXP=$$NOTEXP FROMENV=$$FROMENV HIDE=$$HIDE"
