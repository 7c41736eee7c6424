#? args: -L
#? setup: touch -d '2020-01-01' real; touch -d '2021-01-01' out; ln -s real link; touch -h -d '2022-01-01' link
# -L: a link newer than the target makes it out of date, though the file
# it points to is older.
out: link
	@echo remade
