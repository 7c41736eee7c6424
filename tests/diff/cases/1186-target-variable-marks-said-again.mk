# Each target-specific line says its variable's 'export' and 'private'
# again, as GNU make 4.3's record_target_var sets them: "all: export V"
# then "all: V += 2" is no longer exported (so its self-reference W is
# never expanded for the environment), and "all: private P" then
# "all: P = 2" is seen by the prerequisite q again.
all: export V = 1
all: V += 2
all: export W = 1
all: W = $(W)
all: private P = 1
all: P = 2
all: q ; @env | grep -E '^(V|W)=' || echo none; echo "[$(V)] [$(P)]"
q: ; @echo "q [$(P)]"
