#? args: -j3 a b c
# Targets named again in later grouped rules leave their first group:
# b and c for "b c &:", a for "a &:".  So a's own recipe runs, and one
# run of b's makes c too ("'c' is up to date"); the first group's
# recipe runs for none of them.  Under -j, with a prerequisite.
x: ; @echo x
a b c &: x ; @echo abc $@; touch a b c
b c &: ; @sleep 0.3; echo bc $@; touch b c
a &: ; @echo a $@; touch a
