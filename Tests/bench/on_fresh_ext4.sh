#!/bin/sh
# Runs a command with BENCH_TMP on a fresh ext4 file system of its own (root; a loop device; a
# private mount namespace, so nothing is mounted for anyone else; removed afterwards):
#   Tests/bench/on_fresh_ext4.sh [--no-journal] COMMAND [ARGS...]
# e.g. Tests/bench/on_fresh_ext4.sh python3 Tests/bench/ingest_bench.py BINARY SEED --burst-only
#
# Why: the machines this is measured on share one root file system among several engineers'
# builds and tests, and it has no journal (/proc/fs/jbd2 is empty). Without a journal ext4 skips
# inodes freed in the last 60-360 s when it allocates one (fs/ext4/ialloc.c: recently_deleted,
# checked only when s_journal is NULL), scanning from the start of the block group for each new
# file; so on that busy file system every file a burst creates pays for everyone's recent
# deletions (perf: find_get_block_common, recently_deleted). A fresh file system of its own, with
# a journal (mkfs.ext4's default) or without (--no-journal, like the root file system), measures
# presswatch's own cost.
set -eu
mkfs_options=""
if [ "${1:-}" = "--no-journal" ]; then mkfs_options="-O ^has_journal"; shift; fi
work=$(mktemp -d /var/tmp/presswatch-ext4.XXXXXX)
trap 'rm -rf "$work"' EXIT
truncate -s 4G "$work/fs.img"
# shellcheck disable=SC2086
mkfs.ext4 -q -F $mkfs_options "$work/fs.img"
mkdir "$work/mnt"
export BENCH_TMP="$work/mnt"
unshare -m sh -c 'mount --make-rprivate / && mount -o loop "$0" "$BENCH_TMP" && "$@"; status=$?; umount "$BENCH_TMP"; exit $status' \
  "$work/fs.img" "$@"
