# presswatch's Debian package under real systemd: sourced by run.sh after its `make install`
# scenario has powered off, with run.sh's helpers (check, check_here, ns, show, wait_for, boot,
# power_off). Builds the package with `make deb` (and VERSION+systest1, the same package
# re-versioned, as the upgrade), runs lintian on it, boots a fresh namespace over a new
# overlay of / in which the Swift toolchain and the compilers are hidden, and checks install,
# status, a drop by a group member, upgrade, remove and purge as an operator would.
# Every apt-get runs with stdin from /dev/null: a question would fail the check.

PKG_VERSION=$(cat "$repo/VERSION")
PKG_UPGRADE="$PKG_VERSION+systest1"
PKG_ARCH=$(dpkg --print-architecture)
debs=$work/debs

build_debs() {
  mkdir -p "$debs"
  if [ -n "${PRESSWATCH_SYSTEST_DEB:-}" ]; then   # a package built before: test that file
    cp "$PRESSWATCH_SYSTEST_DEB" "$debs/presswatch_${PKG_VERSION}_$PKG_ARCH.deb"
  else
    DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:-noautodbgsym}" make -C "$repo" --no-print-directory deb >"$work/deb.log" 2>&1 || { tail -n 30 "$work/deb.log"; return 1; }
    mv "$repo/presswatch_${PKG_VERSION}_$PKG_ARCH.deb" "$debs/"
  fi
  # The upgrade: the same package re-versioned (same binary and maintainer scripts), so the
  # check is about what dpkg and the scripts do on an upgrade, at no second build's cost.
  dpkg-deb -R "$debs/presswatch_${PKG_VERSION}_$PKG_ARCH.deb" "$work/upgrade-tree"
  sed -i "s/^Version: .*/Version: $PKG_UPGRADE/" "$work/upgrade-tree/DEBIAN/control"
  dpkg-deb -Zgzip -z1 --root-owner-group -b "$work/upgrade-tree" "$debs/presswatch_${PKG_UPGRADE}_$PKG_ARCH.deb" >/dev/null
  rm -rf "$work/upgrade-tree"
  dpkg-deb -f "$debs/presswatch_${PKG_VERSION}_$PKG_ARCH.deb" Package Version Architecture Depends
  dpkg-deb -c "$debs/presswatch_${PKG_VERSION}_$PKG_ARCH.deb" | awk '{print $6}' \
    | grep -E 'bin/presswatch$|\.service$|sysusers|tmpfiles|presswatch\.yaml$|man1/|completion' | tr '\n' ' '
  echo
}
check "make deb builds presswatch_${PKG_VERSION}_$PKG_ARCH.deb (and $PKG_UPGRADE for the upgrade)" build_debs
if [ ! -f "$debs/presswatch_${PKG_UPGRADE}_$PKG_ARCH.deb" ]; then return 0; fi

lintian_it() {
  local out
  # --show-overrides would make an overridden tag count for --fail-on: judge the E:/W: lines.
  out=$(lintian --fail-on none --display-info --show-overrides "$debs/presswatch_${PKG_VERSION}_$PKG_ARCH.deb" 2>&1 \
    | grep -v '^running with root privileges') || true
  printf '%s\n' "$out" | grep -v 'spelling-error-in-binary' || true
  printf '%s\n' "$out" | grep -c 'spelling-error-in-binary' | sed 's/$/ info tags spelling-error-in-binary (strings of the Swift runtime, BoringSSL and the word lists)/'
  if printf '%s\n' "$out" | grep -qE '^[EW]: '; then return 1; fi
}
check "lintian presswatch_${PKG_VERSION}_$PKG_ARCH.deb: no error, no warning (overrides shown with their reason)" lintian_it

boot_again() { powered_off=0; sd_pid=''; pidns=''; boot; }
check_here "boot a fresh systemd namespace for the package (new overlay of /)" boot_again
if [ -z "$sd_pid" ] || ! kill -0 "$sd_pid" 2>/dev/null; then return 0; fi

# The system's files in the namespace's root, where a package can put anything (the overlay
# only: -xdev; /run and /tmp are the namespace's own tmpfs), so that what purge leaves behind
# is what the package added. The journal and apt's and dpkg's logs, caches and lists change by
# design; /var/tmp holds this test's files.
SYSTEM_DIRS="/etc /usr /lib /var /opt /srv"
root_files() {
  # shellcheck disable=SC2086
  ns find $SYSTEM_DIRS -xdev \( -path /var/log -o -path /var/tmp -o -path /var/cache -o -path /var/lib/apt \) -prune -o -print \
    | sort
}

no_toolchain() {
  local tool found=''
  local toolchain; toolchain=$(dirname "$(dirname "$swift_dir")")
  case "$toolchain" in
    /|/usr|/usr/local) ;;   # a toolchain installed into /usr: its binaries are removed below
    *) ns mount -t tmpfs -o mode=0755 presswatch-hidden "$toolchain" ;;
  esac
  for tool in gcc gcc-12 g++ g++-12 cc c++ cpp cpp-12 as ld ld.bfd ld.gold make dh dpkg-buildpackage clang swift swiftc; do
    ns rm -f "/usr/bin/$tool" "/usr/local/bin/$tool"
  done
  for tool in swift swiftc clang gcc g++ cc c++ as ld make dh dpkg-buildpackage; do
    ns sh -c "command -v $tool" >/dev/null 2>&1 && found="$found $tool"
  done
  [ -z "$found" ] || { echo "still on PATH:$found"; return 1; }
  # A container image's policy-rc.d (exit 101: "start no service") would stop the maintainer
  # scripts from starting presswatch, as no Debian machine with systemd does: remove it here.
  ns rm -f /usr/sbin/policy-rc.d
  ns mkdir -p /run/systemd/system/presswatch.service.d
  ns sh -c "cat > /run/systemd/system/presswatch.service.d/50-system-test.conf" <<EOF
[Unit]
DefaultDependencies=no
Conflicts=shutdown.target
Before=shutdown.target
EOF
  ns systemctl daemon-reload
  ns cp "$debs/presswatch_${PKG_VERSION}_$PKG_ARCH.deb" "$debs/presswatch_${PKG_UPGRADE}_$PKG_ARCH.deb" /var/tmp/
  root_files >"$work/files-before"
  echo "no swift, swiftc, clang, gcc, g++, cc, c++, as, ld, make, dh, dpkg-buildpackage on PATH; no policy-rc.d; runtime drop-in DefaultDependencies=no in place"
}
check "hide the Swift toolchain and the compilers in the namespace's root" no_toolchain

apt_install() {
  ns apt-get install -y "$@" </dev/null
}

install_deb() {
  apt_install "/var/tmp/presswatch_${PKG_VERSION}_$PKG_ARCH.deb" >"$work/apt-install.log" 2>&1 \
    || { tail -n 30 "$work/apt-install.log"; return 1; }
  grep -E '^(Setting up|Created symlink)' "$work/apt-install.log"
  ns getent passwd presswatch >/dev/null || { echo "no user presswatch"; return 1; }
  ns getent group presswatch >/dev/null || { echo "no group presswatch"; return 1; }
  [ "$(ns stat -c '%a %U:%G' "$INBOX")" = "2770 presswatch:presswatch" ] || { ns stat "$INBOX"; return 1; }
  [ "$(ns systemctl is-enabled presswatch.service)" = enabled ] || { echo "not enabled"; return 1; }
  wait_for 20 status_has "Watching $INBOX" || { ns systemctl status presswatch --no-pager; return 1; }
  [ "$(ns systemctl is-active presswatch.service)" = active ] || return 1
  ns systemctl status presswatch.service --no-pager -n 0 | grep -E '^(●|     (Loaded|Active|Status):)'
  [ "$(ns presswatch --version)" = "$PKG_VERSION" ] || { echo "presswatch --version: $(ns presswatch --version)"; return 1; }
  if ns ldd /usr/bin/presswatch | grep -E 'swift|not found'; then echo "needs a library the root lacks"; return 1; fi
  echo "presswatch --version: $(ns presswatch --version)"
}
check "apt-get install ./presswatch_${PKG_VERSION}_$PKG_ARCH.deb without a toolchain: no question; user, group, inbox 2770; enabled and active with its Status: line" install_deb

docs_it() {
  local page sections
  for page in presswatch presswatch-run presswatch-parse presswatch-check-config presswatch-reindex presswatch-query presswatch-show; do
    ns man -w "$page" >/dev/null || { echo "no man page $page"; return 1; }
  done
  sections=$(ns env MANWIDTH=100 man presswatch 2>/dev/null | grep -cE '^(FILES|ENVIRONMENT|SIGNALS|EXIT STATUS|EXAMPLES)$' || true)
  [ "$sections" = 5 ] || { echo "presswatch(1) has $sections of FILES, ENVIRONMENT, SIGNALS, EXIT STATUS, EXAMPLES"; return 1; }
  ns test -f /usr/share/bash-completion/completions/presswatch
  ns test -f /usr/share/zsh/vendor-completions/_presswatch
  ns test -f /usr/share/fish/vendor_completions.d/presswatch.fish
  ns bash -c 'source /usr/share/bash-completion/completions/presswatch && complete -p presswatch'
  ns test -f /usr/share/doc/presswatch/copyright
  echo "man presswatch{,-run,-parse,-check-config,-reindex,-query,-show}; presswatch(1) has FILES, ENVIRONMENT, SIGNALS, EXIT STATUS, EXAMPLES"
}
check "man pages, bash/zsh/fish completions and the copyright file are installed" docs_it

index_articles() {
  ns python3 -c 'import json; print(json.load(open("/var/lib/presswatch/index.json"))["articleCount"])'
}

pkg_drop() {
  ns useradd --system --no-create-home --groups presswatch pwdrop || return 1
  ns python3 "$here/make_articles.py" /var/tmp/presswatch-drop 1 2 pkg || return 1
  ns chmod -R a+rX /var/tmp/presswatch-drop
  ns runuser -u pwdrop -- cp /var/tmp/presswatch-drop/pkg-00001.txt "$INBOX/" || return 1
  wait_for 30 status_has "1 indexed" || { echo "StatusText: $(show StatusText)"; return 1; }
  # Kept across the upgrade: an edited configuration and a file it tells presswatch to leave.
  ns sed -i 's/^  ignore: \[\]$/  ignore: ["*.held"]/' /etc/presswatch/presswatch.yaml
  ns grep -q '"\*.held"' /etc/presswatch/presswatch.yaml || { echo "could not edit the configuration"; return 1; }
  ns systemctl reload presswatch.service
  ns runuser -u pwdrop -- cp /var/tmp/presswatch-drop/pkg-00002.txt "$INBOX/kept.held"
  ns systemctl status presswatch.service --no-pager -n 0 | grep -E '^ +Status: ' | sed 's/^ *//'
}
check "an article copied in by a member of group presswatch is indexed" pkg_drop

upgrade_it() {
  local pid before after
  pid=$(show MainPID)
  before=$(index_articles)
  apt_install "/var/tmp/presswatch_${PKG_UPGRADE}_$PKG_ARCH.deb" >"$work/apt-upgrade.log" 2>&1 \
    || { tail -n 30 "$work/apt-upgrade.log"; return 1; }
  grep -E '^(Preparing|Unpacking|Setting up)' "$work/apt-upgrade.log"
  [ "$(ns dpkg-query -W -f '${Version}' presswatch)" = "$PKG_UPGRADE" ] || return 1
  wait_for 20 status_has "1 indexed" || { echo "StatusText: $(show StatusText)"; return 1; }
  [ "$(show MainPID)" != "$pid" ] || { echo "not restarted (MainPID $pid)"; return 1; }
  after=$(index_articles)
  [ "$before" = 1 ] && [ "$after" = 1 ] || { echo "articles in index.json: $before before, $after after"; return 1; }
  ns grep -q '"\*.held"' /etc/presswatch/presswatch.yaml || { echo "the edited configuration was replaced"; return 1; }
  ns test -f "$INBOX/kept.held" || { echo "the inbox lost kept.held"; return 1; }
  [ -n "$(ns find "$STATE/archive" -type f)" ] || { echo "the archive is empty"; return 1; }
  ns runuser -u pwdrop -- cp /var/tmp/presswatch-drop/pkg-00002.txt "$INBOX/after-upgrade.txt"
  wait_for 30 status_has "2 indexed" || { echo "StatusText: $(show StatusText)"; return 1; }
  echo "restarted (MainPID $pid -> $(show MainPID)); index.json: $before article before, $after after; edited configuration, archive and inbox file kept; indexes again"
  ns systemctl status presswatch.service --no-pager -n 0 | grep -E '^ +Status: ' | sed 's/^ *//'
}
check "upgrade to $PKG_UPGRADE: restarts, keeps the index, archive, inbox and edited configuration" upgrade_it

remove_it() {
  ns apt-get remove -y presswatch </dev/null >"$work/apt-remove.log" 2>&1 || { tail -n 30 "$work/apt-remove.log"; return 1; }
  ns test ! -e /usr/bin/presswatch || { echo "binary still there"; return 1; }
  local state; state=$(ns systemctl is-active presswatch.service || true)
  [ "$state" = inactive ] || [ "$state" = unknown ] || { echo "is-active: $state"; return 1; }
  if ns pgrep -x presswatch >/dev/null; then echo "presswatch still running"; return 1; fi
  ns test -f "$STATE/index.json" && ns test -f "$INBOX/kept.held" || { echo "data removed"; return 1; }
  ns grep -q '"\*.held"' /etc/presswatch/presswatch.yaml || { echo "configuration removed"; return 1; }
  echo "dpkg: $(ns dpkg-query -W -f '${db:Status-Abbrev} ${Version}' presswatch); service $state; index, archive, inbox and configuration kept"
}
check "apt-get remove: stops the service, keeps the data and the configuration" remove_it

purge_it() {
  ns apt-get purge -y presswatch </dev/null >"$work/apt-purge.log" 2>&1 || { tail -n 30 "$work/apt-purge.log"; return 1; }
  if ns dpkg-query -W presswatch >/dev/null 2>&1; then echo "dpkg still knows presswatch"; return 1; fi
  # pwdrop is the test's own user: take it out before comparing.
  ns userdel pwdrop
  root_files >"$work/files-after"
  local left named
  left=$(comm -13 "$work/files-before" "$work/files-after")
  # shellcheck disable=SC2086
  named=$(ns find $SYSTEM_DIRS -xdev \( -path /var/tmp -o -path /var/log/journal \) -prune -o -name '*presswatch*' -print)
  echo "files added since before the install: ${left:-(none)}"
  echo "files named *presswatch*: ${named:-(none)}"
  [ -z "$left" ] && [ -z "$named" ] || return 1
  echo "kept, as Debian does for system users: user $(ns getent passwd presswatch | cut -d: -f1,3,6), group $(ns getent group presswatch | cut -d: -f1,3)"
}
check "apt-get purge: nothing left behind (files compared with before the install)" purge_it

check_here "power-off of the package namespace" power_off_it
