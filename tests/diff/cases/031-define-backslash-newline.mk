# In a define body, backslash-newline is joined to one space, both in
# $(info) and when the value is used in a recipe.
define V
a \
b
endef
$(info [$(V)])
all:
	@echo '$(V)'
