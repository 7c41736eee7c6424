# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
printf 'new content\n' > new.txt
mkdir dir
printf 'new inner\n' > dir/inner.txt
# same sizes as the old files: the times must differ, or the new files
# would be taken as unchanged and skipped (timestamps come from a clock
# with a few ms of granularity)
touch -d '2001-01-01 00:00:00.5' new.txt dir/inner.txt
F=$FLEET_DIR
printf 'old content\n' > "$F/h1/dest.txt"
ln "$F/h1/dest.txt" "$F/h1/hardlink"
mkdir "$F/h1/dir"
printf 'old inner\n' > "$F/h1/dir/inner.txt"
ln "$F/h1/dir/inner.txt" "$F/h1/inner-hardlink"
stat -c %i "$F/h1/dest.txt" "$F/h1/dir/inner.txt" > inodes.before
