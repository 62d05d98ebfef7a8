#!/usr/bin/env bash
# Regenerates docs/railtop.1, the man page, from the commands' own help with generate-manual,
# the tool behind swift-argument-parser's `generate-manual` plugin: it runs
# `railtop --experimental-dump-help` and writes mdoc. Run it after changing a command, an option
# or a help text, and commit the page; ManPageTests fails while the page misses an option or a
# help text of the binary.
#
# Not `swift package plugin generate-manual` as it stands: that tool (1.8.2) drops every
# non-ASCII character, so "1–60" came out as "160" and "Liège" as "Lige". The same tool runs
# here on the help with each such character held as an ASCII placeholder, @uXXXX@, which is then
# written as roff's \[uXXXX] escape (man, groff and mandoc render it as the character).
#
# Two more touches: a blank line between paragraphs of a discussion becomes .Pp (roff warns of
# empty lines), and the ENVIRONMENT and FILES sections below, which no help text carries, go in
# before EXIT STATUS. The page's date (.Dd) is today's only when something else in it changed,
# so running this twice changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

page=docs/railtop.1
swift build --product railtop
swift build --product generate-manual
bin="$(swift build --show-bin-path)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The "tool" generate-manual asks for its help: railtop's, with non-ASCII as placeholders.
cat >"$work/railtop" <<EOF
#!/usr/bin/env bash
"$bin/railtop" --experimental-dump-help | python3 -c '
import re, sys
sys.stdout.write(re.sub(r"[^\x00-\x7f]", lambda m: "@u%04X@" % ord(m.group()), sys.stdin.read()))'
EOF
chmod +x "$work/railtop"
mkdir "$work/out"
"$bin/generate-manual" "$work/railtop" --date "$(date +%F)" --output-directory "$work/out"
cat >"$work/sections" <<'EOF'
.Sh ENVIRONMENT
.Bl -tag -width 6n
.It Ev RAILTOP_THEMES
Colon-separated folders searched first for
.Fl -theme Ar NAME
and for the themes that the
.Sy t
key cycles through.
.It Ev NO_COLOR
Set and not empty: the monochrome theme, unless
.Fl -theme
is given.
.It Ev COLORTERM
.Ql truecolor
allows 24-bit colour where the terminfo entry has direct colour.
.It Ev RAILTOP_OUTPUT
.Ql curses
makes ncurses write the frames instead of railtop's own ANSI output.
.It Ev LANG , Ev LC_ALL
A locale that is not UTF-8 gets ASCII glyphs.
.It Ev SWIFT_BACKTRACE
The Swift runtime's crash reports, printed after the terminal is restored where the toolchain
has one;
.Ql interactive=no
skips its wait for a key,
.Ql enable=no
turns it off.
.El
.Sh FILES
.Bl -tag -width 6n
.It Pa PREFIX/share/railtop/themes/*.theme
The shipped themes, where
.Pa scripts/install.sh
puts them beside
.Pa PREFIX/bin/railtop ;
the same six are built into the binary.
.El
EOF
sed -E 's/@u([0-9A-F]{4,6})@/\\[u\1]/g; s/^$/.Pp/' "$work/out/railtop.1" |
  awk -v sections="$work/sections" '
    /^\.Sh "EXIT STATUS"/ { while ((getline line < sections) > 0) print line }
    { print }' >"$work/railtop.1"

if [ -f "$page" ] && diff -q <(grep -v '^\.Dd ' "$page") <(grep -v '^\.Dd ' "$work/railtop.1") \
  >/dev/null; then
  echo "$page is up to date"
else
  cp "$work/railtop.1" "$page"
  echo "wrote $page"
fi
