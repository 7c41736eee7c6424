# Variable names may contain dots, dashes, slashes and other characters.
a.b-c_d = 1
x/y = 2
NUM9 = 3
%weird = 4
$(info $(a.b-c_d) $(x/y) $(NUM9) $(%weird))
all: ;
