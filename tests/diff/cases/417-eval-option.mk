#? args: '--eval=extra: ; @echo from eval $(V)' extra V=cmd
# --eval text is parsed before the makefiles.
all:
	@echo all
