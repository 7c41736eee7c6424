#? args: -B --debug=v
#? setup: touch -d '2020-01-01' in; touch -d '2021-01-01' out
# -B: "Making 'out' due to always-make flag."
out: in
	@echo remade
