#? args: ./foo .//bar ././
# Goals of the command line lose their leading "./"s (and the slashes
# after each) in GNU make, in MAKECMDGOALS too ("foo bar ./": "./"
# alone is kept).  dmake kept them there: "./foo .//bar ././".
foo bar: ; @echo '$@ [$(MAKECMDGOALS)]'
./: ; @echo 'dot [$(MAKECMDGOALS)]'
