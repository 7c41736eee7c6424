# Without .DELETE_ON_ERROR the partly written target is kept.
out:
	echo partial > $@
	false
