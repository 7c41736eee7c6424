#? args: -C sub -Otarget -j2
#? setup: mkdir sub; printf 'all: x y\nx:\n\t@sleep 0.3; echo x 1; echo x 2\ny:\n\t@echo y 1; echo y 2\n' > sub/Makefile
# -O target under -j: GNU make says "Entering directory" and "Leaving
# directory" around each target's output as it shows it (y's first: x
# sleeps), and not around the whole run.
all: ; @echo never
