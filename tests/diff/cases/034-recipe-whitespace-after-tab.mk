# Blanks after the tab are kept in the echoed line but not before prefixes.
all:
	   echo indented
	  @  echo silent with blanks
	  -false
