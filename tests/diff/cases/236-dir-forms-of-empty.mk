# File-name functions on empty and odd inputs.
$(info [$(dir )] [$(notdir )] [$(suffix a.)] [$(basename a.)] [$(dir /)] [$(notdir /)])
all: ;
