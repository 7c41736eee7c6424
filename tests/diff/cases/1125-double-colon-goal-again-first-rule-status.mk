#? args: -k ok ok bad bad
# Under -k a '::' goal named twice: the second time GNU make says
# "'ok' is up to date." when its first rule succeeded, even though a
# later rule failed; nothing when the first rule failed.  dmake looked at
# the target's status as a whole and said nothing for 'ok'.
ok:: ; @echo one
ok:: ; @exit 1
bad:: ; @exit 1
bad:: ; @echo two
