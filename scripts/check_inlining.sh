#!/bin/sh
# Lists the call sites in a release binary that call into the parser's toolkit module
# (TextToolkit), by callee, most called first. The per-byte helpers (ASCII, UTF8Scalars, the
# ByteSearch matchers, TextFolding's @inlinable ones, ByteKeyTable.id) are meant to be inlined,
# or at least specialised in the caller ("specialized ..." lines: a copy compiled into the
# calling module). A `package` @inlinable function is neither (Swift 6.3): that is why they are
# public. Usage: scripts/check_inlining.sh [BINARY]   (default .build/release/presswatch)
# Exits 1 when a call to an unspecialised ASCII or UTF8Scalars function is found.
binary=${1:-.build/release/presswatch}
calls=$(objdump -d --no-show-raw-insn "$binary" | grep -o 'call .*<$s11TextToolkit[^>]*>' | sed 's/.*<//; s/>$//' \
  | swift demangle --simplified | sort | uniq -c | sort -rn)
echo "$calls"
! echo "$calls" | grep -Eq '^ *[0-9]+ +static (ASCII|UTF8Scalars)\.'
