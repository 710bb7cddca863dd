#!/bin/sh
# Lists the call sites in a release binary that call into the parser's toolkit module
# (TextToolkit), by callee, most called first. The per-byte helpers (ASCII, UTF8Scalars.decode,
# ByteSearch's matchers, TextFolding's @inlinable ones, ByteKeyTable.id) should not appear: they
# are meant to be inlined. A `package` @inlinable function is not (Swift 6.3): that is why they are public.
# Usage: scripts/check_inlining.sh [BINARY]   (default .build/release/presswatch)
# Exits 1 when a call to an ASCII or UTF8Scalars function is found.
binary=${1:-.build/release/presswatch}
objdump -d --no-show-raw-insn "$binary" | grep -o 'call .*<$s11TextToolkit[^>]*>' | sed 's/.*<//; s/>$//' \
  | sort | uniq -c | sort -rn | while read -r count symbol; do
      printf '%6d  %s\n' "$count" "$(echo "$symbol" | swift demangle --simplified 2>/dev/null || echo "$symbol")"
    done
! objdump -d --no-show-raw-insn "$binary" | grep -q 'call .*<$s11TextToolkit\(5ASCII\|11UTF8Scalars\)'
