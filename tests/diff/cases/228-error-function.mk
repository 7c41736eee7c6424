# $(error) stops with FILE:LINE: *** text.  Stop.
$(info before)
X = $(error boom $(Y))
Y = why
$(info $(X))
$(info not reached)
all: ;
