# .FEATURES: what is supported (dmake lacks 'archives' and 'load').
all:
	@echo $(filter-out archives load,$(.FEATURES))
