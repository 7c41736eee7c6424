# A static pattern rule whose target matches with an empty stem: a
# prerequisite "%" becomes no name at all (GNU make drops it), "%.x"
# becomes ".x".  dmake made a prerequisite with an empty name, and ran
# .DEFAULT for it (an empty line).
.DEFAULT: ; @echo '[$@]'
foo: foo%: % %.x % % % y.% % ; @echo $@ '[$^]'
