#!/usr/bin/env python3
"""Writes Sources/TermRender/Core/DisplayWidth+Table.swift to stdout.

The column classes behind `DisplayWidth`, generated from the Unicode Character Database so
that railtop counts a glyph as wide exactly when terminals draw it wide. Run it once by hand
when the Unicode data moves on (not at build time, not in CI), then commit the output:

    apt-get install unicode-data        # Debian: the UCD in /usr/share/unicode
    python3 scripts/generate-display-width.py > Sources/TermRender/Core/DisplayWidth+Table.swift

Another copy of the UCD: `UNICODE_DATA=/path/to/ucd python3 scripts/...` (the folder that
holds EastAsianWidth.txt, PropList.txt, emoji/emoji-data.txt and
extracted/DerivedGeneralCategory.txt).
Only the Python standard library is used. The classes, in the order they are decided:

1. mark (0 columns, joins the cell before it): General_Category Mn and Me, and the Hangul
   conjoining vowels and finals (U+1160..U+11FF, U+D7B0..U+D7FF), which wcwidth also counts 0,
   except the variation selectors (U+FE00..U+FE0F, U+E0100..U+E01EF): a terminal may draw a
   text glyph followed by VS16 two columns wide, so they are dropped rather than sent.
2. invisible (0 columns, dropped): General_Category Cf, except U+00AD SOFT HYPHEN and the
   Prepended_Concatenation_Mark signs (U+0600..U+0605 …), which are drawn: one column, as
   glibc's wcwidth says (ncurses places cells by it).
3. wide (2 columns): East_Asian_Width W or F (with the file's stated defaults for unassigned
   code points of the CJK blocks and of planes 2 and 3), or Emoji_Presentation=Yes, except
   the Regional_Indicator letters U+1F1E6..U+1F1FF: East Asian Width N, one column to glibc's
   wcwidth and so to tmux and ncurses; only a pair of them makes a flag.
4. narrow (1 column): everything else.

Controls (Cc) and the other scalars `SafeText.UnsafeScalars` lists are never drawn raw: the
Swift side gives them the width of their escape (`\\e`, `\\u{9B}`) before it looks here.
"""
import os
import re
import sys

ROOT = os.environ.get("UNICODE_DATA", "/usr/share/unicode")
NARROW, WIDE, MARK, INVISIBLE = 0, 1, 2, 3
NAMES = {NARROW: "narrow", WIDE: "wide", MARK: "mark", INVISIBLE: "invisible"}
MAX = 0x110000


def ranges(path, want):
    """(first, last, value) for each data line of a UCD property file whose value `want` accepts."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            data = line.split("#", 1)[0].strip()
            if not data:
                continue
            fields = [field.strip() for field in data.split(";")]
            if not want(fields[1]):
                continue
            first, _, last = fields[0].partition("..")
            yield int(first, 16), int(last or first, 16), fields[1]


def version(path):
    """The version in the first line, e.g. `# EastAsianWidth-15.0.0.txt` gives 15.0.0."""
    with open(path, encoding="utf-8") as f:
        match = re.search(r"-(\d+\.\d+\.\d+)\.txt", f.readline())
    if not match:
        sys.exit(f"{path}: no version in its first line")
    return match.group(1)


def main():
    east_asian = os.path.join(ROOT, "EastAsianWidth.txt")
    emoji = os.path.join(ROOT, "emoji", "emoji-data.txt")
    categories = os.path.join(ROOT, "extracted", "DerivedGeneralCategory.txt")
    properties = os.path.join(ROOT, "PropList.txt")
    for path in (east_asian, emoji, categories, properties):
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: apt-get install unicode-data, or set UNICODE_DATA")
    unicode_version = version(categories)
    if version(east_asian) != unicode_version:
        sys.exit("EastAsianWidth.txt and DerivedGeneralCategory.txt are of different versions")
    with open(emoji, encoding="utf-8") as f:
        match = re.search(r"Emoji Version (\d+\.\d+)", f.read(2000))
    if not match:
        sys.exit(f"{emoji}: no 'Emoji Version' in its header")
    emoji_version = match.group(1)

    classes = bytearray(MAX)  # NARROW everywhere to start with
    # 3. wide: the stated defaults first, then the listed values over them.
    for first, last in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                        (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)):
        classes[first:last + 1] = bytes([WIDE]) * (last - first + 1)
    for first, last, value in ranges(east_asian, lambda v: True):
        kind = WIDE if value in ("W", "F") else NARROW
        classes[first:last + 1] = bytes([kind]) * (last - first + 1)
    for first, last, _ in ranges(emoji, lambda v: v == "Emoji_Presentation"):
        classes[first:last + 1] = bytes([WIDE]) * (last - first + 1)
    for first, last, _ in ranges(properties, lambda v: v == "Regional_Indicator"):
        classes[first:last + 1] = bytes([NARROW]) * (last - first + 1)
    # 2. invisible, then 1. mark: later steps win.
    for first, last, _ in ranges(categories, lambda v: v == "Cf"):
        classes[first:last + 1] = bytes([INVISIBLE]) * (last - first + 1)
    classes[0xAD] = NARROW
    for first, last, _ in ranges(properties, lambda v: v == "Prepended_Concatenation_Mark"):
        classes[first:last + 1] = bytes([NARROW]) * (last - first + 1)
    for first, last, _ in ranges(categories, lambda v: v in ("Mn", "Me")):
        classes[first:last + 1] = bytes([MARK]) * (last - first + 1)
    for first, last in ((0x1160, 0x11FF), (0xD7B0, 0xD7FF)):
        classes[first:last + 1] = bytes([MARK]) * (last - first + 1)
    for first, last in ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF)):
        classes[first:last + 1] = bytes([INVISIBLE]) * (last - first + 1)

    runs = []
    for code in range(MAX):
        if code == 0 or classes[code] != classes[code - 1]:
            runs.append((code, classes[code]))

    counts = {kind: classes.count(kind) for kind in NAMES}
    print(f"""\
// Generated by `python3 scripts/generate-display-width.py > \\
//   Sources/TermRender/Core/DisplayWidth+Table.swift`
// from the Unicode Character Database {unicode_version} (EastAsianWidth.txt, PropList.txt,
// extracted/DerivedGeneralCategory.txt) and Unicode Emoji {emoji_version} (emoji/emoji-data.txt).
// Do not edit: run it again (the script says how each class is decided).
//
// Code points by class: {counts[WIDE]} wide, {counts[MARK]} mark, {counts[INVISIBLE]} invisible, \
the other {counts[NARROW]} narrow.

extension DisplayWidth {{
  /// The version of the Unicode data the column classes were generated from.
  public static let unicodeVersion = "{unicode_version}"
  /// The version of Unicode Emoji whose Emoji_Presentation property was read.
  public static let emojiVersion = "{emoji_version}"

  /// The code space in {len(runs)} runs of one class each, ascending: `first << 2 | class`,
  /// class 0 narrow, 1 wide, 2 mark (joins the cell before), 3 invisible (dropped). A run
  /// lasts until the next one starts; the last runs to U+10FFFF.
  static let runs: [UInt32] = [""")
    for start in range(0, len(runs), 7):
        row = runs[start:start + 7]
        values = ", ".join(f"0x{first << 2 | kind:07X}" for first, kind in row)
        print(f"    {values},  // from U+{row[0][0]:04X}")
    print("""  ]
}""")


main()
