# $(dir) keeps through the last slash ("./" if none); $(notdir) the rest.
$(info [$(dir src/foo.c hacks a/b/ /x)])
$(info [$(notdir src/foo.c hacks a/b/ /x)])
all: ;
