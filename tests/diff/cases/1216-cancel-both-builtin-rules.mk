# Both of GNU make's built-in rules for %.tex from %.w cancelled: there
# is no rule to make foo.tex (status 2).
#? setup: touch foo.w foo.ch
#? args: foo.tex
CWEAVE := :
%.tex : %.w
%.tex : %.w %.ch
