"""The site's own stylesheet keeps its blocks closed.

A browser silently repairs a block that is never closed by ending it at the end of the file:
once a merge dropped one `}`, every rule below a phone-only `@media screen` block stopped
applying in print, and only a printed agenda showed it. The W3C CSS checker cannot help here
(it does not know `:has()` or `content: "x" / ""`), so this test walks the braces itself.
"""

from __future__ import annotations

import re
from pathlib import Path

STYLESHEETS = sorted((Path(__file__).parents[1] / "site_overrides").rglob("*.css"))
COMMENT_OR_STRING = re.compile(r"/\*.*?\*/|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'", re.S)


def problems(css: str) -> list[str]:
    """Unbalanced braces and @media blocks inside other blocks, with their line numbers."""
    text = COMMENT_OR_STRING.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), css)
    found: list[str] = []
    opened: list[int] = []
    for match in re.finditer(r"[{}]|@media\b", text):
        line = text.count("\n", 0, match.start()) + 1
        if match.group() == "@media":
            if opened:
                found.append(f"line {line}: @media inside the block opened on line {opened[-1]}")
        elif match.group() == "{":
            opened.append(line)
        elif opened:
            opened.pop()
        else:
            found.append(f"line {line}: a }} closes nothing")
    found += [f"line {line}: this block is never closed" for line in opened]
    return found


def test_every_block_of_every_stylesheet_is_closed() -> None:
    assert STYLESHEETS
    for sheet in STYLESHEETS:
        assert problems(sheet.read_text(encoding="utf-8")) == [], sheet.name


def test_an_unclosed_media_block_is_found() -> None:
    css = (
        '@media screen {\n  a { color: red; }\n\n@media print {\n  b::before { content: "}"; }\n}\n'
    )
    assert problems(css) == [
        "line 4: @media inside the block opened on line 1",
        "line 1: this block is never closed",
    ]
    assert problems("a { }\n}\n") == ["line 2: a } closes nothing"]
