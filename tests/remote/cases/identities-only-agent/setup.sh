# shellcheck shell=bash
# An ssh-agent with 8 unknown keys; SSH_AUTH_SOCK goes to dmake via args
# (env SSH_AUTH_SOCK=...), and check.sh kills the agent.
set -eu
command -v ssh-agent >/dev/null || { echo "SKIP: no ssh-agent"; exit 77; }
eval "$(ssh-agent -s -a "$PWD/agent.sock")" >/dev/null
echo "$SSH_AGENT_PID" > agent.pid
for i in 1 2 3 4 5 6 7 8; do
	ssh-keygen -q -t ed25519 -N '' -f "k$i"
	ssh-add -q "k$i" 2>/dev/null
done
[ "$(ssh-add -l | wc -l)" = 8 ]
# The fleet's ssh_config with the agent named in it (dmake runs without
# SSH_AUTH_SOCK): cfg-only keeps IdentitiesOnly yes, cfg-agent says no.
sed "/^Host h1\$/a\\  IdentityAgent $PWD/agent.sock" "$FLEET_CONFIG" > cfg-only
sed 's/IdentitiesOnly yes/IdentitiesOnly no/' cfg-only > cfg-agent
grep -q "IdentityAgent $PWD/agent.sock" cfg-only
