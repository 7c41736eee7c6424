# A pattern rule without a recipe cancels the built-in rule with the
# same target and prerequisites, though GNU make adds its built-in rules
# after reading: "%.tex : %.w" cancels the .w.tex suffix rule's, and
# foo.tex is made by "%.tex: %.w %.ch" instead.  dmake dropped the
# cancelling rule at once, and the built-in one came back.
#? setup: touch foo.w foo.ch
#? args: foo.tex
CWEAVE := :
%.tex : %.w
