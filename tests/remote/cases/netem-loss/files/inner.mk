# What dmake runs inside the namespace (netns.sh), against n1: an sshd
# behind 50 ms and 5 % loss each way.  FLEET comes from the outer run.
all:
	@remote n1: echo "$$DMAKE_TEST_HOST"
	@put n1: data.bin $(FLEET)/h1/data.bin
	@get n1: $(FLEET)/h1/data.bin back/data.bin
	@remote n1: echo last
