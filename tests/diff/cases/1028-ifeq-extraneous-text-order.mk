# GNU make says "extraneous text after 'ifeq' directive" once it has
# found the end of the second string and before it expands that string:
# after the first string's $(info), before the second's $(error).
# dmake said it after expanding both, so never before the error.
ifeq ($(info first),$(error second)) extra
endif
all: ; @:
