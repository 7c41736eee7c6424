# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, SANDBOX: from run.sh
# On h1, a 1 MiB tmpfs at small/ holding a small old file; here a 4 MiB
# file to put over it.  Mounting needs root (CAP_SYS_ADMIN): without it
# this case cannot run, and says so (status 77, automake's "skipped";
# run.sh has no way to skip one case yet, so it shows as a failed
# setup.sh with this message).
set -u
m=$FLEET_DIR/h1/small
mkdir "$m" || exit 1
if ! out=$(mount -t tmpfs -o size=1m,mode=0755 xfer-fault-tmpfs "$m" 2>&1); then
	echo "SKIP: cannot mount a 1 MiB tmpfs at $m (needs root or CAP_SYS_ADMIN): $out"
	exit 77
fi
# A failed setup must not leave the mount behind
trap 'st=$?; [ $st = 0 ] || umount "$m" || umount -l "$m"; exit $st' EXIT
# Should the runner die before check.sh unmounts it: a guard in the
# background unmounts it once the fleet is gone (and removes the empty
# directories that the runner's rm -rf could not, the mount being in
# the way), or after 150 s at most (dmake's 30 s time-out, check.sh's
# 60 s and then some).
(
	trap '' HUP INT
	gone=0
	for _ in $(seq 1 1500); do
		mountpoint -q "$m" || exit 0
		[ -d "$FLEET_DIR/sshd" ] || { gone=1; break; }
		sleep 0.1
	done
	[ $gone = 1 ] && sleep 1	# let the runner's clean-up finish
	umount "$m" 2>/dev/null || umount -l "$m"
	[ $gone = 1 ] && rmdir "$m" "$FLEET_DIR/h1" "$FLEET_DIR" 2>/dev/null
) </dev/null >/dev/null 2>&1 &
set -e
printf 'old content\n' > "$m/old.bin"
touch -d '2001-02-03 04:05:06' "$m/old.bin"
df -k --output=used "$m" | tail -n 1 > used.before
head -c 4194304 /dev/urandom > big.bin
