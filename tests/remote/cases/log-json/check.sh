# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
want_exists log.json
"$py" - log.json <<'PY' || check_fail "log.json is not as expected (see above)"
import json, sys
bad = 0
def fail(msg):
    global bad
    print("log.json:", msg)
    bad = 1
recs = []
with open(sys.argv[1], "rb") as f:
    for n, raw in enumerate(f, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            fail("line %d is not UTF-8" % n)
            continue
        if not line.endswith("\n"):
            fail("line %d does not end with a newline" % n)
        try:
            o = json.loads(line)
        except ValueError as e:
            fail("line %d is not JSON (%s): %r" % (n, e, line))
            continue
        if not isinstance(o, dict):
            fail("line %d is not an object" % n)
            continue
        for k, t in (("target", str), ("file", str), ("line", int),
                     ("host", str), ("kind", str), ("status", int),
                     ("start", (int, float)), ("duration", (int, float)),
                     ("bytes", int)):
            if k not in o:
                fail("line %d has no %r: %r" % (n, k, line))
            elif not isinstance(o[k], t) or isinstance(o[k], bool):
                fail("line %d: %r is not %s: %r" % (n, k, t, line))
        recs.append(o)
if bad:
    sys.exit(1)
got = sorted((o["target"], o["file"], o["line"], o["host"], o["kind"],
              o["status"]) for o in recs)
# a block's line: its @remote line or one of its own lines (4..6)
want = sorted([
    ('oth"er', "Deployfile", 10, "h1", "remote", 0),
    ("all", "Deployfile", 3, "h1", "remote", 0),
    ("all", "Deployfile", 3, "h2", "remote", 0),
    ("all", "Deployfile", "BLOCK", "h1", "block", 0),
    ("all", "Deployfile", 8, "h2", "remote", 3),
], key=str)
blocks = [g for g in got if g[4] == "block"]
if len(blocks) != 1 or blocks[0][2] not in (4, 5, 6):
    fail("expected one block record with line 4, 5 or 6: %r" % (blocks,))
got_cmp = sorted([g if g[4] != "block" else g[:2] + ("BLOCK",) + g[3:]
                  for g in got], key=str)
if got_cmp != want:
    fail("records (target, file, line, host, kind, status):\n  got  %r\n  want %r"
         % (got_cmp, want))
for o in recs:
    if o["duration"] < 0 or o["start"] < 1e9 or o["bytes"] < 0:
        fail("implausible start/duration/bytes: %r" % (o,))
# the steps of target oth"er come before those of all (its prerequisite)
order = [o["target"] for o in recs]
if order and order[0] != 'oth"er':
    fail('the first record should be target oth"er\'s: %r' % (order,))
sys.exit(bad)
PY
check_done
