#!/bin/sh
# Lists the call sites in a release binary that call into the parser's lower modules (by
# default TextToolkit, HTMLTree and PageDates), by callee, most called first. The per-byte
# helpers (ASCII, UTF8Scalars, the ByteSearch matchers, TextFolding's @inlinable ones,
# ByteKeyTable.id) and the tree's per-node reads (HTMLDocument.count, nodes, tag, parent,
# textBytes, HTMLTag.is*, HTMLAttribute.bit) are meant to be inlined, or at least specialised
# in the caller ("specialized ..." lines: a copy compiled into the calling module). A `package`
# @inlinable function is neither (Swift 6.3): that is why they are public. The larger public
# @inlinable ones (HTMLDocument.attributeBytes, attribute, lowercased, HTMLDateMarkup.note)
# may stay calls where the inliner declines: so they did before the split, inside one module
# (attributeBytes 43 call sites, note 1).
# Usage: scripts/check_inlining.sh [BINARY [MODULE ...]]   (default .build/release/presswatch)
# Exits 1 when a call to an unspecialised ASCII or UTF8Scalars function, or to one of the
# tree's small per-node reads, is found.
binary=${1:-.build/release/presswatch}
[ $# -gt 0 ] && shift
modules=${*:-TextToolkit HTMLTree PageDates}
# Swift mangles a module name as its length then the name: `$s11TextToolkit...`.
prefixes=$(for module in $modules; do printf '%s|' "\\\$s${#module}$module"; done)
calls=$(objdump -d --no-show-raw-insn "$binary" | grep -Eo "call .*<(${prefixes%|})[^>]*>" | sed 's/.*<//; s/>$//' \
  | swift demangle --simplified | sort | uniq -c | sort -rn)
echo "$calls"
! echo "$calls" | grep -Eq '^ *[0-9]+ +(static (ASCII|UTF8Scalars)\.|HTMLDocument\.(count|nodes|tag|parent|textBytes)|HTMLTag\.is|HTMLAttribute\.bit)'
