# An escaped colon read from a variable is no rule either.
x = a\:b
$(x)
