# An intermediate file the makefiles' update made (x.c, for the
# -include'd x.d, whose recipe fails unsaid) is removed when make then
# stops with "No targets": GNU make's die() removes intermediate files,
# whatever ends the run.  dmake left x.c behind.
#? setup: echo y > x.y
-include x.d
%.d: %.c ; @exit 1
%.c: %.y ; @cp $< $@
