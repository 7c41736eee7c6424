#? setup: touch -d '2019-01-01 00:00' out; touch -d '2020-01-01 00:00' dep
# A prerequisite listed both as normal and as order-only is normal: it
# appears in $^ and not in $|, and being newer makes the target remade.
out: dep | dep other
	@echo "remake: ^=[$^] |=[$|] ?=[$?]"
other: ; @:
