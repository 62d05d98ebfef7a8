"""Reading the Unicode Character Database's property files: shared by the generators of
railtop's Unicode tables (`generate-display-width.py`, `generate-east-asian-ambiguous.py`).

`ROOT` is Debian's unicode-data (`/usr/share/unicode`) unless `UNICODE_DATA` names another
copy. Standard library only.
"""
import os
import re
import sys

ROOT = os.environ.get("UNICODE_DATA", "/usr/share/unicode")


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


def code_points(path, want):
    """The code points of a UCD property file whose value `want` accepts."""
    found = set()
    for first, last, _ in ranges(path, want):
        found.update(range(first, last + 1))
    return found


def version(path):
    """The version in the first line, e.g. `# EastAsianWidth-15.0.0.txt` gives 15.0.0."""
    with open(path, encoding="utf-8") as f:
        match = re.search(r"-(\d+\.\d+\.\d+)\.txt", f.readline())
    if not match:
        sys.exit(f"{path}: no version in its first line")
    return match.group(1)
