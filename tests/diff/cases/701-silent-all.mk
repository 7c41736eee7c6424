# .SILENT with no prerequisites silences every recipe.
.SILENT:
all: dep
	echo all
dep:
	echo dep
