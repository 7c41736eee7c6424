#? args: --debug=v
#? setup: touch -d '2020-01-01' base; touch -d '2021-01-01' mid; touch -d '2022-01-01' top
# --debug=v: every target considered, a second visit pruned, order-only
# and older prerequisites named, "No need to remake".
.PHONY: all
all: left right top
left: shared
	@echo left
right: shared
	@echo right
shared:
	@echo shared
top: mid | base
mid: base
