#!/usr/bin/env bash
# Print "MIRROR [SECURITY_MIRROR]": the Debian mirror this machine's apt already uses for bookworm
# (and its security mirror, if configured), read from /etc/apt/sources.list and
# /etc/apt/sources.list.d/*.{list,sources}. The package test never contacts any other host.
# DIASPORA_DEBIAN_MIRROR overrides the main mirror (e.g. a local mirror in CI).
set -euo pipefail
files=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && files+=("$f")
done
# One "URI SUITE" pair per line, from both the one-line and the deb822 formats.
pairs=$( ((${#files[@]})) && awk '
    /^[[:space:]]*#/ { next }
    /^deb[[:space:]]/ { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } print $i, $(i + 1); next }
    /^URIs:/   { n = split(substr($0, index($0, ":") + 1), uris, " ") }
    /^Suites:/ { m = split(substr($0, index($0, ":") + 1), suites, " ")
                 for (u = 1; u <= n; u++) for (s = 1; s <= m; s++) print uris[u], suites[s] }
    /^[[:space:]]*$/ { n = 0 }
' "${files[@]}" || true)
main=${DIASPORA_DEBIAN_MIRROR:-$(awk '$2 == "bookworm" { print $1; exit }' <<<"$pairs")}
security=$(awk '$2 == "bookworm-security" { print $1; exit }' <<<"$pairs")
if [ -z "$main" ]; then
    echo "No bookworm mirror in this machine's apt sources; set DIASPORA_DEBIAN_MIRROR." >&2
    exit 1
fi
echo "$main" "$security"
