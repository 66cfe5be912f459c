"""Every built page passes the W3C Nu HTML validator, the theme's markup included (issue 17).

The second test builds the site without the theme repairs (generator/html/theme_fixes.py) and
shows that the validator then finds exactly the theme's known mistakes, and that the repairs
alone remove them: if a theme update changes its markup, this test says which repair stopped
applying.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SUBPATH, build_site

from generator.bench.validator import errors, validate
from generator.html import postbuild
from generator.html.theme_fixes import repair_theme_html

THEME_MISTAKES = {
    "Attribute “autocomplete” is only allowed when the input type is",
    "Attribute “autocorrect” not allowed on element “input” at this point.",
    "Bad value “” for attribute “tabindex” on element “label”",
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden",
}


def test_every_page_is_valid_html(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 30
    assert [str(f) for f in errors(validate(built_site))] == []


def test_the_repairs_remove_the_themes_mistakes(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postbuild, "repair_theme_html", lambda page: page)
    search = project / "site_overrides" / "partials" / "search.html"
    search.unlink()  # the theme's own search partial, with its autocorrect attribute
    site = build_site(project, tmp_path / "site", site_url=f"http://127.0.0.1{SUBPATH}")

    found = errors(validate(site))
    kinds = {next((m for m in THEME_MISTAKES if f.message.startswith(m)), f.message) for f in found}
    assert kinds == THEME_MISTAKES

    for page in site.rglob("*.html"):
        page.write_text(repair_theme_html(page.read_text(encoding="utf-8")), encoding="utf-8")
    remaining = [str(f) for f in errors(validate(site)) if "autocorrect" not in f.message]
    assert remaining == []
