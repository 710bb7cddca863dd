# presswatch — build, run, test, install.
# Every target that builds installs its apt needs first (see `deps`), so a fresh Debian 12
# machine with the Swift toolchain needs nothing else.

PREFIX      ?= /usr/local
DESTDIR     ?=
BINDIR      := $(PREFIX)/bin
UNITDIR     ?= $(PREFIX)/lib/systemd/system
SYSCONFDIR  ?= /etc
DOCDIR      := $(PREFIX)/share/doc/presswatch
SWIFT       ?= swift
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release run test test-unit test-system install uninstall clean

all: build

# libsystemd-dev pinned to the installed libsystemd0 (an unpinned install would upgrade systemd),
# falling back to unpinned; python3-jsonschema validates the index in tests; jq reads it.
deps:
	@if ! pkg-config --exists libsystemd 2>/dev/null || ! command -v jq >/dev/null || ! python3 -c 'import jsonschema' 2>/dev/null; then \
	  echo "make deps: installing libsystemd-dev, pkg-config, jq, python3-jsonschema from apt"; \
	  $(SUDO) apt-get update -qq; \
	  $(SUDO) apt-get install -y -qq pkg-config jq >/dev/null; \
	  $(SUDO) apt-get install -y -qq "libsystemd-dev=$$(dpkg-query -W -f='$${Version}' libsystemd0)" >/dev/null \
	    || $(SUDO) apt-get install -y -qq libsystemd-dev >/dev/null; \
	  python3 -c 'import jsonschema' 2>/dev/null || $(SUDO) apt-get install -y -qq python3-jsonschema >/dev/null \
	    || python3 -m pip install -q jsonschema; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# Starts the daemon in the foreground on ./inbox (state in ./var) with the seed articles
# dropped in. Ctrl-C stops it cleanly.
run: build
	mkdir -p inbox var
	cp seeds/* inbox/
	@echo "presswatch: watching ./inbox, index at ./var/index.json (Ctrl-C to stop)"
	$(SWIFT) run presswatch run --inbox ./inbox --state ./var

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@if [ "$$(id -u)" = 0 ]; then $(MAKE) --no-print-directory test-system; \
	 else echo "make test: skipped test-system (needs root to boot systemd in namespaces)"; fi

test-system:
	@if [ -x Tests/system/run.sh ]; then Tests/system/run.sh; \
	 else echo "make test-system: no system test yet"; fi

install: release
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSCONFDIR)/presswatch $(DESTDIR)$(DOCDIR)
	install -m 0755 .build/release/presswatch $(DESTDIR)$(BINDIR)/presswatch
	sed 's|/usr/local/bin/presswatch|$(BINDIR)/presswatch|g' systemd/presswatch.service > $(DESTDIR)$(UNITDIR)/presswatch.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/presswatch.service
	[ -e $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml ] || install -m 0644 config/presswatch.yaml $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml
	install -m 0644 README.md docs/index-format.md docs/index.schema.json $(DESTDIR)$(DOCDIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/presswatch $(DESTDIR)$(UNITDIR)/presswatch.service
	rm -rf $(DESTDIR)$(DOCDIR)
	@echo "kept $(DESTDIR)$(SYSCONFDIR)/presswatch and /var/lib/presswatch (your configuration and data)"

clean:
	rm -rf .build
