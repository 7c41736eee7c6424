# $(strip) removes leading/trailing blanks and squeezes inner ones.
X =    a    b	c   
$(info [$(strip $(X))] [$(strip )] [$(strip    )])
all: ;
