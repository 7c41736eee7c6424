# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
mkdir t2
printf 'new a\n' > t2/a
mkfifo t2/fifo
printf 'new z\n' > t2/z
F=$FLEET_DIR
mkdir "$F/h1/t2"
printf 'old a\n' > "$F/h1/t2/a"
printf 'old z\n' > "$F/h1/t2/z"
