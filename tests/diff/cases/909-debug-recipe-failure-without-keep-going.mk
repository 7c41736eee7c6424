#? args: --debug=b
# --debug=b, a recipe fails, no -k: the error, and no "Failed to remake
# target file" line after it (GNU make has stopped).
all: a b
	@echo never
a:
	@exit 3
b:
	@echo never
