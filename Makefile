# presswatch — build, run, test, install.
# Every target that builds installs its apt needs first (see `deps`), so a fresh Debian 12
# machine with the Swift toolchain needs nothing else.

PREFIX      ?= /usr/local
DESTDIR     ?=
BINDIR      := $(PREFIX)/bin
UNITDIR     ?= $(PREFIX)/lib/systemd/system
SYSCONFDIR  ?= /etc
DOCDIR      := $(PREFIX)/share/doc/presswatch
SYSUSERSDIR ?= $(PREFIX)/lib/sysusers.d
TMPFILESDIR ?= $(PREFIX)/lib/tmpfiles.d
SWIFT       ?= swift
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release run test test-system test-reliability fuzz fuzz-build install uninstall clean eval bench

all: build

# libsystemd-dev pinned to the installed libsystemd0 (an unpinned install would upgrade systemd),
# falling back to unpinned; python3-jsonschema validates the index in tests; jq reads it.
deps:
	@if ! pkg-config --exists libsystemd 2>/dev/null || ! pkg-config --exists libxml-2.0 2>/dev/null || ! command -v jq >/dev/null || ! python3 -c 'import jsonschema' 2>/dev/null; then \
	  echo "make deps: installing libsystemd-dev, libxml2-dev, pkg-config, jq, python3-jsonschema from apt"; \
	  $(SUDO) apt-get update -qq; \
	  $(SUDO) apt-get install -y -qq pkg-config jq libxml2-dev >/dev/null; \
	  $(SUDO) apt-get install -y -qq "libsystemd-dev=$$(dpkg-query -W -f='$${Version}' libsystemd0)" >/dev/null \
	    || $(SUDO) apt-get install -y -qq libsystemd-dev >/dev/null; \
	  python3 -c 'import jsonschema' 2>/dev/null || $(SUDO) apt-get install -y -qq python3-jsonschema >/dev/null \
	    || python3 -m pip install -q jsonschema; \
	fi
	@# libcld2-dev: Compact Language Detector 2 (language identification, Sources/CCLD2).
	@[ -e /usr/include/cld2/public/compact_lang_det.h ] || { echo "make deps: installing libcld2-dev from apt"; \
	  $(SUDO) apt-get update -qq; $(SUDO) apt-get install -y -qq libcld2-dev >/dev/null; }
	@# inotify-tools and strace: make bench's references (inotifywait) and fsync counts.
	@{ command -v inotifywait >/dev/null && command -v strace >/dev/null; } || { echo "make deps: installing inotify-tools, strace from apt"; \
	  $(SUDO) apt-get update -qq; $(SUDO) apt-get install -y -qq inotify-tools strace >/dev/null; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# Measures the parser on real annotated articles nobody here wrote (htmldate's and trafilatura's
# test pages from PyPI, Reuters stories from Debian's r-cran-tm), fetched once into .eval/:
# per-field accuracy with page counts, and HTML pages per second. See Tests/eval/eval.py.
eval: deps
	$(SWIFT) build -c release --scratch-path .build-html-rel --product presswatch
	python3 Tests/eval/eval.py --binary .build-html-rel/release/presswatch --data .eval

# Speed and memory figures of the release build (printed, never asserted): the daemon end to end
# as one table beside the targets of issue 9 (a burst of BENCH_BURST varied articles, latency,
# publish cost, memory, start-up and the Python reader with BENCH_LARGE articles indexed; see
# Tests/bench/ingest_bench.py), the parser on hostile 10 MiB HTML pages, and on the eval's real
# HTML pages when `make eval` has fetched them.
BENCH_BURST ?= 10000
BENCH_LARGE ?= 100000
bench: release
	python3 Tests/bench/ingest_bench.py .build/release/presswatch seeds/000_c270c34a5fa5b89e.txt --burst $(BENCH_BURST) --large $(BENCH_LARGE)
	python3 Tests/bench/hostile_pages.py --binary .build/release/presswatch
	@if [ -d .eval ]; then python3 Tests/bench/parse_bench.py --binary .build/release/presswatch --data .eval; \
	 else echo "bench: run 'make eval' once to fetch the real HTML pages for the parser figure"; fi
	python3 Tests/bench/query_bench.py --binary .build/release/presswatch --articles 100000

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
	@if [ "$$(id -u)" = 0 ]; then $(MAKE) --no-print-directory test-reliability RELIABILITY_ARGS=--short; else echo "make test: skipped test-reliability (needs root)"; fi

# Boots systemd as PID 1 in fresh namespaces over an overlay of / (the machine's root is not
# touched), installs presswatch there with `make install` and checks it as an operator would.
# Needs root. See Tests/system/run.sh.
test-system: deps
	Tests/system/run.sh

# Reliability suite (root): kill -9 torture, inotify overflow, hostile inputs, full disk, damaged
# state, fuzzing, updates; one line of figures per scenario (Tests/reliability/run.py).
# `make test` runs the short pass (RELIABILITY_ARGS=--short).
RELIABILITY_ARGS ?=
FUZZ_SECONDS ?= 300
FUZZ_FLAGS := -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DPRESSWATCH_FUZZ

test-reliability: deps fuzz-build
	$(SWIFT) build
	PRESSWATCH_BIN=.build/debug/presswatch python3 Tests/reliability/run.py $(RELIABILITY_ARGS)

# libFuzzer build of Sources/PressWatchFuzz (its own scratch folder: every module instrumented).
fuzz-build: deps
	$(SWIFT) build --scratch-path .build-fuzz --product PressWatchFuzz $(FUZZ_FLAGS)

# Fuzzes the parser for FUZZ_SECONDS (corpus kept in .build-fuzz/corpus); a crash input is
# copied to Tests/reliability/fuzz-regressions/ and replayed by every later run.
fuzz: fuzz-build
	$(SWIFT) build --product PressWatchFuzz
	PRESSWATCH_BIN=.build/debug/presswatch python3 Tests/reliability/run.py --only fuzz --fuzz-seconds $(FUZZ_SECONDS)

# With DESTDIR empty (a real install) it also creates the presswatch user and group
# (systemd-sysusers), the state folder and the group-writable inbox (systemd-tmpfiles, given only
# presswatch's own snippet) and reloads systemd. With DESTDIR set (packaging, staging) it only
# copies files. The configuration is installed only if none is there yet.
install: release
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(TMPFILESDIR) \
	  $(DESTDIR)$(SYSCONFDIR)/presswatch $(DESTDIR)$(DOCDIR)
	install -m 0755 .build/release/presswatch $(DESTDIR)$(BINDIR)/presswatch
	sed -e 's|/usr/local/bin/presswatch|$(BINDIR)/presswatch|g' \
	    -e 's|/usr/local/share/doc/presswatch|$(DOCDIR)|g' \
	    -e 's|/etc/presswatch/|$(SYSCONFDIR)/presswatch/|g' \
	    systemd/presswatch.service > $(DESTDIR)$(UNITDIR)/presswatch.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/presswatch.service
	install -m 0644 systemd/presswatch.sysusers $(DESTDIR)$(SYSUSERSDIR)/presswatch.conf
	install -m 0644 systemd/presswatch.tmpfiles $(DESTDIR)$(TMPFILESDIR)/presswatch.conf
	[ -e $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml ] || install -m 0644 config/presswatch.yaml $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml
	install -m 0644 README.md $(wildcard docs/*.md docs/*.json) $(DESTDIR)$(DOCDIR)/
	@if [ -z "$(DESTDIR)" ]; then \
	  set -x; \
	  systemd-sysusers $(SYSUSERSDIR)/presswatch.conf; \
	  systemd-tmpfiles --create $(TMPFILESDIR)/presswatch.conf; \
	  if [ -d /run/systemd/system ]; then systemctl daemon-reload; fi; \
	else \
	  echo "staged in $(DESTDIR); on the target run: systemd-sysusers $(SYSUSERSDIR)/presswatch.conf;" \
	       "systemd-tmpfiles --create $(TMPFILESDIR)/presswatch.conf; systemctl daemon-reload"; \
	fi

# Removes what install put there. Kept: the configuration if you changed it, the presswatch
# user and group (a removed system user's id could be reused), and /var/lib/presswatch (your
# index, archive and inbox).
uninstall:
	-@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl disable --now presswatch.service 2>/dev/null; true; fi
	rm -f $(DESTDIR)$(BINDIR)/presswatch $(DESTDIR)$(UNITDIR)/presswatch.service \
	  $(DESTDIR)$(SYSUSERSDIR)/presswatch.conf $(DESTDIR)$(TMPFILESDIR)/presswatch.conf
	rm -rf $(DESTDIR)$(DOCDIR)
	@if cmp -s config/presswatch.yaml $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml; then \
	  rm -f $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml; rmdir $(DESTDIR)$(SYSCONFDIR)/presswatch 2>/dev/null; \
	elif [ -e $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml ]; then \
	  echo "kept $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml (changed since install)"; fi; true
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl daemon-reload; fi
	@echo "kept the presswatch user and group and /var/lib/presswatch (index, archive, inbox)"

clean:
	rm -rf .build
