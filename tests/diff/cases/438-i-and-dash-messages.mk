#? args: -i
# -i reports each failure as ignored.
all:
	false
	exit 4
	@echo end
