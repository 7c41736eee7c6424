# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
printf 'the app\n' > app.txt
mkdir -p "$FLEET_DIR/h1/app/shared/log/app"
printf 'debug = 0\n' > "$FLEET_DIR/h1/app/shared/config.ini"
