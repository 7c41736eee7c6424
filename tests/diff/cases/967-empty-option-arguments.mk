# Options that take a string refuse an empty one ("the '-C' option
# requires a non-empty string argument", the option named by its letter
# when it has one; then the usage, not compared here), -j's argument
# must be all digits, '' as -j's next word is taken (and refused) while
# -l and -O leave it as a goal, and an empty goal is refused before
# anything is read, without the level in the message.  dmake took most
# of them, or said "No rule to make target ''".
all:
	@o=$$($(MAKE) -s -C '' x 2>&1); echo "[-C qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s --directory= x 2>&1); echo "[--directory=] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -f '' x 2>&1); echo "[-f qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s --makefile= x 2>&1); echo "[--makefile=] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -I '' x 2>&1); echo "[-I qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -o '' x 2>&1); echo "[-o qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -W '' x 2>&1); echo "[-W qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s --what-if= x 2>&1); echo "[--what-if=] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s --eval= x 2>&1); echo "[--eval=] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -E '' x 2>&1); echo "[-E qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s --debug= x 2>&1); echo "[--debug=] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s --output-sync= x 2>&1); echo "[--output-sync=] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s --jobserver-auth= x 2>&1); echo "[--jobserver-auth=] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -j '' x 2>&1); echo "[-j qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -j2x x 2>&1); echo "[-j2x] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s --jobs=3x x 2>&1); echo "[--jobs=3x] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -j0 x 2>&1); echo "[-j0] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -l '' x 2>&1); echo "[-l qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s -O '' x 2>&1); echo "[-O qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s '' x 2>&1); echo "[qq] $$? $$(echo "$$o" | head -n 1)"
	@o=$$($(MAKE) -s x '' x 2>&1); echo "[x qq] $$? $$(echo "$$o" | head -n 1)"
x: ; @echo x ran
