# $(file) in a recipe writes when the recipe is expanded.
all:
	$(file >list.txt,$@ $^)
	@cat list.txt
