#? args: -e
#? env: ENVV=1 PLAIN=2
# With -e, an environment variable the file also sets is 'environment override'.
ENVV = file
$(info $(origin ENVV) $(origin PLAIN) [$(ENVV)])
all: ;
