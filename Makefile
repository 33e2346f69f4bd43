# make install [PREFIX=~/.local]: ties built with a static Swift runtime, with completions and a
# man page (see scripts/install.sh). make test: the test suite.
PREFIX ?= $(HOME)/.local

.PHONY: install test
install:
	scripts/install.sh "$(PREFIX)"

test:
	swift test
