#!/usr/bin/env bash
# Runs as the first process of fresh PID, mount, cgroup, UTS and IPC namespaces (started by
# run.sh through unshare). Builds a throw-away root: an overlay of / whose writable layer is a
# tmpfs, so nothing written inside (make install, /etc, /var/lib, /tmp) reaches the machine.
# Then pivots into it and becomes systemd, PID 1 of the namespace, booting only
# presswatch-test.target (no basic.target: its systemd-tmpfiles run cleans /tmp, and in a
# namespace that shares the machine's /tmp that empties the machine's /tmp).
set -euo pipefail
work=$1                       # run.sh's work folder: holds the target unit
repo=$2                       # the checkout to `make install` from, wherever it is
mount --make-rprivate /
layer=$work/layer
mkdir -p "$layer"
mount -t tmpfs -o mode=0755,size=4g presswatch-layer "$layer"
mkdir -p "$layer/upper" "$layer/work" "$layer/root"
mount -t overlay -o "lowerdir=/,upperdir=$layer/upper,workdir=$layer/work" presswatch-root "$layer/root"
root=$layer/root
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --rbind /sys "$root/sys"
# The machine's cgroup mounts came along with /sys: replace them with this namespace's cgroup2.
umount -R "$root/sys/fs/cgroup" 2>/dev/null || true
mount -t cgroup2 cgroup2 "$root/sys/fs/cgroup"
mount -t tmpfs -o mode=0755 tmpfs "$root/run"
mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
# The checkout may live under /tmp or /run (CI clones anywhere): the fresh tmpfs mounts above
# would hide it, so bind it at its own path; `make install` finds its release build done.
mkdir -p "$root$repo"
mount --bind "$repo" "$root$repo"
mkdir -p "$root/run/systemd/system"
cp "$work/presswatch-test.target" "$root/run/systemd/system/"
# pivot_root, not chroot: a chrooted process may not create user namespaces (EPERM), and the
# unit's PrivateUsers=yes needs one.
mkdir -p "$root/.machine-root"
cd "$root"
pivot_root . .machine-root
umount -l /.machine-root
rmdir /.machine-root
exec env -i container=other PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  /lib/systemd/systemd --system --unit=presswatch-test.target --log-target=journal --log-level=info
