# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
printf 'aaa\n' > a.txt
printf 'bbbbbb\n' > b.txt
chmod 0600 a.txt
chmod 0751 b.txt
touch -d '2019-01-02 03:04:05.000000001' a.txt
touch -d '2018-05-06 07:08:09.999999999' b.txt
printf 'old\n' > "$FLEET_DIR/h1/existing.txt"
