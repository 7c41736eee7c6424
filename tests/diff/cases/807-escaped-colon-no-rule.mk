# "a\:b" alone is no rule (the colon is escaped): missing separator.
# It made dmake recurse until the stack ran out (found by fuzzing).
a\:b
