# Under .DELETE_ON_ERROR, doc's second '::' rule fails after the first
# made doc.  GNU make deletes a target whose time is not the one its
# rule's entry had: the second rule's entry still has doc's time from
# when the first rule was considered (no doc), so doc goes ("Deleting
# file 'doc'").  dmake compared with the time just before the second
# rule's recipe and kept doc.
#? setup: touch a.c
doc:: a.c
	@echo $@ from $?
	@touch $@
doc::
	exit 1
.DELETE_ON_ERROR:
