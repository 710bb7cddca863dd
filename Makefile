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
MANDIR      ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
# The one place the version is written; the binary gets it through Plugins/VersionConstant.
VERSION     := $(shell cat VERSION)
GENDIR      := .build-generated
SWIFT       ?= swift
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps deb-deps build release generated deb run test test-system test-reliability fuzz fuzz-build install uninstall clean eval bench

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
	@# libsimdjson-dev: reads index shards for query/show/--follow (Sources/CShardScan).
	@[ -e /usr/include/simdjson.h ] || { echo "make deps: installing libsimdjson-dev from apt"; \
	  $(SUDO) apt-get update -qq; $(SUDO) apt-get install -y -qq libsimdjson-dev >/dev/null; }
	@# libxxhash-dev: XXH64, the checksums of the query columns files (Sources/CXXHash).
	@[ -e /usr/include/xxhash.h ] || { echo "make deps: installing libxxhash-dev from apt"; \
	  $(SUDO) apt-get update -qq; $(SUDO) apt-get install -y -qq libxxhash-dev >/dev/null; }
	@# postgresql: the PostgreSQL sink's tests start a throw-away cluster of their own (initdb, pg_ctl).
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "make deps: installing postgresql from apt"; \
	  $(SUDO) apt-get update -qq; $(SUDO) apt-get install -y -qq postgresql >/dev/null; }
	@# inotify-tools and strace: make bench's references (inotifywait) and fsync counts.
	@{ command -v inotifywait >/dev/null && command -v strace >/dev/null; } || { echo "make deps: installing inotify-tools, strace from apt"; \
	  $(SUDO) apt-get update -qq; $(SUDO) apt-get install -y -qq inotify-tools strace >/dev/null; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# Man pages (presswatch.1 and one per subcommand) and bash, zsh and fish completions, generated
# from the command definitions of the release build by swift-argument-parser: its
# generate-manual tool (the one its generate-manual plugin runs; run here directly on the release
# binary, which the plugin would rebuild without --static-swift-stdlib) and
# `presswatch --generate-completion-script`. The operator sections of presswatch.1 (FILES,
# ENVIRONMENT, SIGNALS, EXIT STATUS, EXAMPLES) come from docs/man/presswatch.sections.mdoc.
# The pages are dated from SOURCE_DATE_EPOCH (set by dpkg-buildpackage), else the last commit.
MAN_DATE = $(shell if [ -n "$$SOURCE_DATE_EPOCH" ]; then date -u -d "@$$SOURCE_DATE_EPOCH" +%F; \
             else git log -1 --format=%cd --date=format:%F 2>/dev/null || date -u +%F; fi)
generated: release
	@$(MAKE) --no-print-directory $(GENDIR)/done

$(GENDIR)/done: .build/release/presswatch docs/man/presswatch.sections.mdoc scripts/man_sections.py VERSION
	rm -rf $(GENDIR)
	mkdir -p $(GENDIR)/man $(GENDIR)/completions
	$(SWIFT) build -c release --static-swift-stdlib --product generate-manual
	.build/release/generate-manual .build/release/presswatch --multi-page --section 1 \
	  --date $(MAN_DATE) --authors "presswatch maintainers" --output-directory $(GENDIR)/man
	python3 scripts/man_sections.py $(GENDIR)/man docs/man/presswatch.sections.mdoc $(VERSION)
	@# Completion scripts are sourced, not run: no #! line (lintian: bash-completion-with-hashbang).
	.build/release/presswatch --generate-completion-script bash | sed '1{/^#!/d}' > $(GENDIR)/completions/presswatch.bash
	.build/release/presswatch --generate-completion-script zsh > $(GENDIR)/completions/_presswatch
	.build/release/presswatch --generate-completion-script fish > $(GENDIR)/completions/presswatch.fish
	touch $@

# presswatch_$(VERSION)_<arch>.deb with Debian's tools (debian/: debhelper 13, dh_installsystemd,
# dh_installsysusers, dh_installtmpfiles). dpkg-buildpackage runs in a copy of debian/ under
# .build-deb/ with a changelog entry made from VERSION, so nothing is written beside the clone;
# debian/rules reuses this repository's release build. DEB_VERSION overrides the package's
# version (the system test builds an "upgrade" that way), not the binary's.
DEB_VERSION ?= $(VERSION)
DEB_ARCH    := $(shell dpkg --print-architecture 2>/dev/null)
DEB_DATE     = $(shell date -u -R -d "@$$(git log -1 --format=%ct 2>/dev/null || date +%s)")
deb-deps: deps
	@command -v dh >/dev/null && command -v dpkg-buildpackage >/dev/null && command -v lintian >/dev/null || { \
	  echo "make deb: installing debhelper, dpkg-dev, lintian from apt"; \
	  $(SUDO) apt-get update -qq; $(SUDO) apt-get install -y -qq debhelper dpkg-dev lintian >/dev/null; }

deb: deb-deps release generated
	rm -rf .build-deb
	mkdir -p .build-deb/presswatch-$(DEB_VERSION)
	cp -r debian .build-deb/presswatch-$(DEB_VERSION)/
	printf '%s\n' "presswatch ($(DEB_VERSION)) unstable; urgency=medium" "" \
	  "  * Built by make deb from VERSION $(VERSION); the git history has the changes." "" \
	  " -- $$(sed -n 's/^Maintainer: //p' debian/control)  $(DEB_DATE)" \
	  > .build-deb/presswatch-$(DEB_VERSION)/debian/changelog
	cd .build-deb/presswatch-$(DEB_VERSION) && PRESSWATCH_TOP=$(CURDIR) dpkg-buildpackage -b --no-sign
	cp .build-deb/presswatch_$(DEB_VERSION)_$(DEB_ARCH).deb .
	@echo "built presswatch_$(DEB_VERSION)_$(DEB_ARCH).deb; check it with: lintian presswatch_$(DEB_VERSION)_$(DEB_ARCH).deb"

# Measures the parser on real annotated articles nobody here wrote, fetched once into .eval/:
# the DEVELOPMENT set (htmldate's and trafilatura's test pages from PyPI, Reuters stories from
# Debian's r-cran-tm, two thirds of GNE's Chinese pages: tuned on, in-sample) and the HELD-OUT set
# (newspaper4k's test pages and the other third of GNE's, never tuned on), per-field accuracy with
# page counts, and HTML pages per second. See Tests/eval/eval.py.
eval: deps
	$(SWIFT) build -c release --scratch-path .build-html-rel --product presswatch
	python3 Tests/eval/eval.py --binary .build-html-rel/release/presswatch --data .eval
	python3 Tests/eval/text_eval.py --binary .build-html-rel/release/presswatch --data .eval

# Speed and memory figures of the release build (printed, never asserted), as ONE table beside
# the targets of issue 9, with the commit and the core count: the daemon end to end (a burst of
# BENCH_BURST varied articles profiled with `perf record -g`, beside the parser alone on the
# same files on every core and with the daemon's CPU per article; latency, publish cost, memory,
# start-up and the Python reader with BENCH_LARGE articles indexed; see
# Tests/bench/ingest_bench.py), then the parser on seed-like text and on the eval's real HTML
# pages beside libxml2 alone (when `make eval` has fetched them into .eval), on hostile 10 MiB
# pages and text files, and the reading commands at BENCH_LARGE articles (query_bench.py).
BENCH_BURST ?= 10000
BENCH_LARGE ?= 100000
# The PostgreSQL sink's backlog drain (Tests/bench/sink_bench.py: articles/s into a local cluster).
BENCH_SINK ?= 20000
# Articles per host in the ten-hosts figure (Tests/reliability/sink.py ten_hosts).
BENCH_SINK_HOSTS ?= 5000
# Burst ingested locally with the sink off and on (sink_bench.py --ingest: interleaved off/on
# pairs, BENCH_SINK_PAIRS on tmpfs then as many on disk; about 2.5 and 4.5 minutes).
BENCH_SINK_INGEST ?= 3000
BENCH_SINK_PAIRS ?= 10
bench: release
	python3 Tests/bench/ingest_bench.py .build/release/presswatch seeds/000_c270c34a5fa5b89e.txt \
	  --burst $(BENCH_BURST) --large $(BENCH_LARGE) --other-benches .eval
	python3 Tests/bench/sink_bench.py .build/release/presswatch seeds/000_c270c34a5fa5b89e.txt --articles $(BENCH_SINK) --ten-hosts $(BENCH_SINK_HOSTS) \
	  --ingest $(BENCH_SINK_INGEST) --pairs $(BENCH_SINK_PAIRS)

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
FUZZ_FLAGS := -c release -Xswiftc -parse-as-library -Xswiftc -DPRESSWATCH_FUZZ
# The fuzzing build's instrumentation, for every parser module (those built with parserSettings) and the harness only (Package.swift,
# PRESSWATCH_FUZZ_SWIFTFLAGS): coverage counters and the PC table libFuzzer needs; no ASan, no
# comparison tracing nor stack-depth tracking (which -sanitize=fuzzer alone would add).
FUZZ_COVERAGE := -sanitize=fuzzer -sanitize-coverage=edge,inline-8bit-counters,pc-table

test-reliability: deps fuzz-build
	$(SWIFT) build
	PRESSWATCH_BIN=.build/debug/presswatch python3 Tests/reliability/run.py $(RELIABILITY_ARGS)

# Two libFuzzer builds of Sources/PressWatchFuzz, each in its own scratch folder
# (Tests/reliability/fuzz.py says what each one checks):
# - .build-fuzz-cov fuzzes: coverage in the parser and the harness only, no sanitizer runtime;
# - .build-fuzz replays the kept inputs and, after fuzzing, the whole corpus: every module, Swift
#   and C/C++ compiled from source, under AddressSanitizer (SwiftPM's --sanitize).
fuzz-build: deps
	PRESSWATCH_FUZZ_SWIFTFLAGS="$(FUZZ_COVERAGE)" $(SWIFT) build --scratch-path .build-fuzz-cov --product PressWatchFuzz $(FUZZ_FLAGS)
	$(SWIFT) build --scratch-path .build-fuzz --product PressWatchFuzz $(FUZZ_FLAGS) --sanitize=fuzzer --sanitize=address

# Fuzzes the parser for FUZZ_SECONDS (corpus kept in .build-fuzz/corpus), then replays the corpus
# under ASan; a crash input is copied to Tests/reliability/fuzz-regressions/ and replayed by
# every later run.
fuzz: fuzz-build
	$(SWIFT) build --product PressWatchFuzz
	PRESSWATCH_BIN=.build/debug/presswatch python3 Tests/reliability/run.py --only fuzz --fuzz-seconds $(FUZZ_SECONDS)

# With DESTDIR empty (a real install) it also creates the presswatch user and group
# (systemd-sysusers), the state folder and the group-writable inbox (systemd-tmpfiles, given only
# presswatch's own snippet) and reloads systemd. With DESTDIR set (packaging, staging) it only
# copies files. The configuration is installed only if none is there yet.
install: release generated
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(TMPFILESDIR) \
	  $(DESTDIR)$(SYSCONFDIR)/presswatch $(DESTDIR)$(DOCDIR) $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 0755 .build/release/presswatch $(DESTDIR)$(BINDIR)/presswatch
	sed -e 's|/usr/local/bin/presswatch|$(BINDIR)/presswatch|g' \
	    -e 's|/usr/local/share/doc/presswatch|$(DOCDIR)|g' \
	    -e 's|/etc/presswatch/|$(SYSCONFDIR)/presswatch/|g' \
	    systemd/presswatch.service > $(DESTDIR)$(UNITDIR)/presswatch.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/presswatch.service
	install -m 0644 systemd/presswatch.sysusers $(DESTDIR)$(SYSUSERSDIR)/presswatch.conf
	install -m 0644 systemd/presswatch.tmpfiles $(DESTDIR)$(TMPFILESDIR)/presswatch.conf
	[ -e $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml ] || install -m 0644 config/presswatch.yaml $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml
	install -m 0644 README.md NOTICE $(wildcard docs/*.md docs/*.json) systemd/presswatch-remote-db.conf $(DESTDIR)$(DOCDIR)/
	install -m 0644 $(GENDIR)/man/*.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 $(GENDIR)/completions/presswatch.bash $(DESTDIR)$(BASHCOMPDIR)/presswatch
	install -m 0644 $(GENDIR)/completions/_presswatch $(DESTDIR)$(ZSHCOMPDIR)/_presswatch
	install -m 0644 $(GENDIR)/completions/presswatch.fish $(DESTDIR)$(FISHCOMPDIR)/presswatch.fish
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
	rm -f $(DESTDIR)$(MANDIR)/man1/presswatch.1 $(DESTDIR)$(MANDIR)/man1/presswatch-*.1 \
	  $(DESTDIR)$(BASHCOMPDIR)/presswatch $(DESTDIR)$(ZSHCOMPDIR)/_presswatch $(DESTDIR)$(FISHCOMPDIR)/presswatch.fish
	@if cmp -s config/presswatch.yaml $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml; then \
	  rm -f $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml; rmdir $(DESTDIR)$(SYSCONFDIR)/presswatch 2>/dev/null; \
	elif [ -e $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml ]; then \
	  echo "kept $(DESTDIR)$(SYSCONFDIR)/presswatch/presswatch.yaml (changed since install)"; fi; true
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl daemon-reload; fi
	@echo "kept the presswatch user and group and /var/lib/presswatch (index, archive, inbox)"

clean:
	rm -rf .build $(GENDIR) .build-deb
