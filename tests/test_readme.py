"""The README's pointers are true: every repository path it names exists, and the field trail
of "Where a YAML field lives" names files that really hold the field."""

from __future__ import annotations

import re

from support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PATH = re.compile(
    r"`((?:catalog|content|generator|js|site_overrides|tests|\.github|\.ci)/[^`*<>\s]+)`"
)


def test_every_path_the_readme_names_exists() -> None:
    named = sorted(set(PATH.findall(README)))
    assert len(named) > 20
    missing = [path for path in named if not (ROOT / path.rstrip("/")).exists()]
    assert missing == []


def test_the_field_trail_points_at_files_that_hold_the_field() -> None:
    section = README[README.index("### Where a YAML field lives") :]
    section = section[: section.index("\n## ")]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    fields = re.findall(r"`(\w+)` of an action", rows[0])
    assert fields == ["effort", "meets"]
    for row in rows[1:]:
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        for field, cell in zip(fields, cells[1:], strict=True):
            for path in PATH.findall(cell):
                text = (ROOT / path).read_text(encoding="utf-8")
                assert field in text, f"{path} does not mention {field}"
