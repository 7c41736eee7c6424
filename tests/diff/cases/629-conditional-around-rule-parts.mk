# Conditionals may choose the prerequisites of a rule.
MODE = b
all: \
$(if $(filter a,$(MODE)),pa,pb)
	@echo $^
ifeq ($(MODE),b)
pb: ; @echo pb
else
pa: ; @echo pa
endif
