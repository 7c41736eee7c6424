#? setup: touch -d '2020-01-01 00:00' out; touch -d '2021-01-01 00:00' in
# .DELETE_ON_ERROR deletes a target only if the failed recipe changed it:
# an existing target left untouched stays.
.DELETE_ON_ERROR:
out: in
	false
