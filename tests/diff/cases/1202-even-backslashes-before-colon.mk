# An even run of backslashes before a colon escapes only itself: the
# colon ends the targets.  "pre\\\\:foo : ..." is a static pattern rule
# for "pre\\" whose target pattern "foo" has no '%', an error at the
# line, status 2.  dmake took the last backslash for the colon's and
# made a target "pre\:foo".
path = pre\\\\:

$(path)foo : ; @echo "touch ($@)"
