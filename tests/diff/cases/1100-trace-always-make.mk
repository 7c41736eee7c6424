# --trace under -B says why as $? does: every prerequisite is counted
# new ("update target 'b' due to: c"), even one -o makes old; dmake
# said "target 'b' does not exist" of a b that exists.
#? setup: touch -d 2020-01-01 c; touch b
#? args: --trace -B -o c
b: c
	@echo "q=[$?]"
c:
	@:
