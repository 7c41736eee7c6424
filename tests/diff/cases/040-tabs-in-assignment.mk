# Tabs around '=' are blanks; a trailing tab is kept in the value.
X	=	v	
Y	:=	w
$(info [$(X)] [$(Y)])
all: ;
