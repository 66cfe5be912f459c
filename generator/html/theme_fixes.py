"""Small repairs to the HTML the theme writes, applied to every built page.

Written against the markup of mkdocs-material 9.8.2 (the version in requirements.lock):
templates/base.html, partials/nav-item.html and partials/toc.html. Each repair looks for an
exact piece of that markup and leaves a page alone where it does not find it, so a theme
update can only make a repair stop applying; the validator and Lighthouse tests then say so.

- Section toggles (navigation.indexes) are icon-only labels that can take focus but have no
  name, and each section's <nav> is named after its toggle (aria-labelledby); on a phone three
  sections then share the same empty name (axe: landmark-unique). Each toggle gets its
  section's title as visually hidden text: an aria-label would name it too, but ARIA
  prohibits aria-label on a <label> (Lighthouse: aria-prohibited-attr).
- `tabindex=""` on the labels of top-level sections (the theme writes the attribute with an
  empty value where it means "not focusable") is invalid HTML; browsers ignore it, so it goes.
- `autocomplete="off"` on the drawer and search checkboxes is invalid on a checkbox (the theme
  means to stop Firefox from restoring their state after a reload); it goes.
- On a section's index page the theme writes the table of contents' title as
  `<label for="__toc">` without the `__toc` checkbox it belongs to; the label keeps its look
  and loses the `for` that points at nothing.
"""

from __future__ import annotations

import html
import re

_TOGGLE = re.compile(
    r'<label class="md-nav__link[^"]*" for="__nav_[0-9_]+" id="__nav_[0-9_]+_label" '
    r'tabindex="0">'
)
_TITLE_START = '<span class="md-ellipsis">'
_HIDDEN = '<span class="zs-visually-hidden">{}</span>'
_SIMPLE_REPAIRS = [
    (' tabindex="">', ">"),
    ('type="checkbox" id="__drawer" autocomplete="off">', 'type="checkbox" id="__drawer">'),
    ('type="checkbox" id="__search" autocomplete="off">', 'type="checkbox" id="__search">'),
]
_TOC_CONTROL = 'id="__toc"'
_TOC_TITLE = ('<label class="md-nav__title" for="__toc">', '<label class="md-nav__title">')


def _section_title(page: str, toggle_start: int) -> str | None:
    """The title of the section link written just before the toggle, if that is what is there:
    `<a ...><span class="md-ellipsis">Title</span></a>` and only whitespace up to the toggle."""
    start = page.rfind(_TITLE_START, 0, toggle_start)
    end = page.find("</span>", start)
    if start < 0 or end < 0 or "".join(page[end:toggle_start].split()) != "</span></a>":
        return None
    return page[start + len(_TITLE_START) : end].strip()


def name_section_toggles(page: str) -> str:
    """Put the section's title, visually hidden, inside every unnamed section toggle."""
    parts: list[str] = []
    done = 0
    for match in _TOGGLE.finditer(page):
        title = _section_title(page, match.start())
        if title:
            parts += [page[done : match.end()], _HIDDEN.format(html.escape(html.unescape(title)))]
            done = match.end()
    return "".join(parts) + page[done:] if parts else page


def repair_theme_html(page: str) -> str:
    """Every repair above, on one built page."""
    page = name_section_toggles(page)
    for old, new in _SIMPLE_REPAIRS:
        page = page.replace(old, new)
    if _TOC_TITLE[0] in page and _TOC_CONTROL not in page:
        page = page.replace(*_TOC_TITLE)
    return page
