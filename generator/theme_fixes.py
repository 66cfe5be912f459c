"""Small accessibility repairs to the HTML the theme writes, applied to every built page.

mkdocs-material (with navigation.indexes) opens a navigation section with an icon-only
toggle that can take focus but has no name, and names the section's <nav> after that empty
toggle; on a phone three sections then share the same empty name (axe: landmark-unique). We
give each toggle the title of its section, which names the toggle and its <nav> at once.
"""

from __future__ import annotations

import html
import re

_TOGGLE = re.compile(
    r'<label class="md-nav__link[^"]*" for="__nav_[0-9_]+" id="__nav_[0-9_]+_label" '
    r'tabindex="0"(?=>)'
)
_TITLE_START = '<span class="md-ellipsis">'


def _section_title(page: str, toggle_start: int) -> str | None:
    """The title of the section link written just before the toggle, if that is what is there:
    `<a ...><span class="md-ellipsis">Title</span></a>` and only whitespace up to the toggle."""
    start = page.rfind(_TITLE_START, 0, toggle_start)
    end = page.find("</span>", start)
    if start < 0 or end < 0 or "".join(page[end:toggle_start].split()) != "</span></a>":
        return None
    return page[start + len(_TITLE_START) : end].strip()


def name_section_toggles(page: str) -> str:
    """Add aria-label="<section title>" to every unnamed section toggle of the navigation."""
    parts: list[str] = []
    done = 0
    for match in _TOGGLE.finditer(page):
        title = _section_title(page, match.start())
        if title:
            parts += [
                page[done : match.end()],
                f' aria-label="{html.escape(html.unescape(title))}"',
            ]
            done = match.end()
    return "".join(parts) + page[done:] if parts else page
