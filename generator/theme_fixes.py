"""Small accessibility repairs to the HTML the theme writes, applied to every built page.

mkdocs-material (with navigation.indexes) opens a navigation section with an icon-only
toggle that can take focus but has no name, and names the section's <nav> after that empty
toggle; on a phone three sections then share the same empty name (axe: landmark-unique). We
give each toggle the title of its section, which names the toggle and its <nav> at once.
"""

from __future__ import annotations

import html
import re

_SECTION_TOGGLE = re.compile(
    r'(<a href="[^"]*" class="md-nav__link[^"]*">\s*<span class="md-ellipsis">\s*)'
    r"(?P<title>[^<]*?)"
    r'(\s*</span>\s*</a>\s*<label class="md-nav__link[^"]*" for="__nav_[0-9_]+" '
    r'id="__nav_[0-9_]+_label" tabindex="0")>'
)


def name_section_toggles(page: str) -> str:
    """Add aria-label="<section title>" to every unnamed section toggle of the navigation."""

    def named(match: re.Match[str]) -> str:
        title = html.escape(html.unescape(match.group("title")), quote=True)
        return f'{match.group(1)}{match.group("title")}{match.group(3)} aria-label="{title}">'

    return _SECTION_TOGGLE.sub(named, page)
