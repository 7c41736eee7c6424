#? setup: touch -d '2020-01-01' real; touch -d '2021-01-01' out; ln -s real link; touch -h -d '2022-01-01' link
# Without -L the link's own time is not looked at: out is up to date.
out: link
	@echo remade
