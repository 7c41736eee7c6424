# Directives may be indented with spaces; comments may follow.
   ifeq (a,a) # comment
X = yes
   else
X = no
   endif   # comment
$(info $(X))
all: ;
