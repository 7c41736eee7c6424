#? args: -n
# A chain d.o <- d.c <- d.y where d.y, named by .SECONDARY, has no rule:
# "No rule to make target 'd.y', needed by 'd.c'.  Stop." ends GNU make
# while d.c is being made, so it never finishes d.c and -n prints no
# "rm d.c".  dmake printed it.
all: d.o
%.o: %.c ; @echo $@
%.c: %.y ; @echo $@
.SECONDARY: d.y
