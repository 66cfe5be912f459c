"""The site built by MkDocs (with our plugin) and by Zensical (from the exported project, no
plugin) is the same site: the same pages with the same content and navigation, the same files
of ours, a policy on every page and nothing loaded from another host. The self-scan in both is
compared in a real browser in browser/test_engine_selfscan.py.

What Zensical cannot do the same way yet is listed below as a known difference, and each is
checked: when an upgrade of the pinned version removes one, its check fails, and the entry
(and the README's list of what a switch costs) should go.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
import zipfile
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import pytest
from site_facts import page_facts
from support import ROOT

from generator.catalog import load_catalog
from generator.html.offline import FOLDER_IN_ZIP, OFFLINE_ZIP

CATALOG = load_catalog(ROOT / "catalog", ROOT)

# --- known differences (Zensical 0.0.73 against mkdocs-material 9.8) ------------------------

ENGINE_FILES = {
    # each engine ships its own build of the theme: scripts, styles, search worker, icon
    "mkdocs": ["assets/javascripts/*", "assets/stylesheets/*", "assets/images/*"],
    "zensical": ["assets/javascripts/*", "assets/stylesheets/*", "assets/images/*"],
}
ONLY_MKDOCS_FILES = {
    "search/search_index.json",  # MkDocs' search index (Zensical: search.json)
    "search/search_index.js",  # the same for file:// (offline plugin; Zensical: search.js)
    "sitemap.xml.gz",  # Zensical writes sitemap.xml only
}
ONLY_ZENSICAL_FILES = {"search.json", "search.js"}
SEARCH_FORM_LABELS = Counter({"Zoeken": 2, "Leegmaken": 1})
"""Labels of mkdocs-material's search form (site_overrides/partials/search.html). Zensical's
search is a dialog its script builds (in English: "Search", "Close search"), so that override
is left out of the Zensical build (generator/engines/zensical_build.py: MATERIAL_ONLY_OVERRIDES)."""


def _pin() -> str:
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (requirement,) = extra["project"]["optional-dependencies"]["zensical"]
    return requirement.split("==")[1]


def test_the_pinned_zensical_is_the_one_installed() -> None:
    """The known differences above were found with the pinned version; another one may differ
    (`make test` installs the pin)."""
    assert version("zensical") == _pin()


def _files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def _own_files(site: Path, engine: str) -> set[str]:
    theirs = ENGINE_FILES[engine]
    return {f for f in _files(site) if not any(fnmatch.fnmatch(f, p) for p in theirs)}


def _own_assets() -> set[str]:
    """Files of ours in the theme's folders: site_overrides/assets/ (the stylesheet, the
    search worker polyfill)."""
    folder = ROOT / "site_overrides"
    return {p.relative_to(folder).as_posix() for p in (folder / "assets").rglob("*.*")}


def test_both_engines_write_the_same_files_of_ours(built_site: Path, zensical_site: Path) -> None:
    mkdocs, zensical = _own_files(built_site, "mkdocs"), _own_files(zensical_site, "zensical")
    assert mkdocs - zensical == ONLY_MKDOCS_FILES
    assert zensical - mkdocs == ONLY_ZENSICAL_FILES
    assert _own_assets() <= _files(built_site) & _files(zensical_site)
    pages = {f for f in mkdocs if f.endswith(".html")}
    assert len(pages) >= 30 and "zelfscan.html" in pages
    for domain in CATALOG.domains:
        assert f"domeinen/{domain.id}.html" in pages


def test_generated_assets_and_data_are_byte_for_byte_the_same(
    built_site: Path, zensical_site: Path
) -> None:
    """rules.js, the browser scripts, the schemas, the open data, our stylesheet and worker."""
    same = (_files(built_site) & _files(zensical_site)) - {OFFLINE_ZIP}
    data = {f for f in same if not f.endswith((".html", ".xml"))} - {
        f for f in same if any(fnmatch.fnmatch(f, p) for p in ENGINE_FILES["mkdocs"])
    }
    data |= _own_assets()
    for expected in [
        "assets/zelfscan/rules.js",
        "assets/zelfscan/engine.js",
        "schema/zelfscan-export.schema.json",
        "open-data/open-data-zelfscan-acties.csv",
        "assets/stylesheets/zelfscan.css",
    ]:
        assert expected in data
    different = [
        f for f in sorted(data) if (built_site / f).read_bytes() != (zensical_site / f).read_bytes()
    ]
    assert different == []


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_every_page_shows_the_same_content_and_navigation(
    built_site: Path, zensical_site: Path
) -> None:
    """Title, headings (with their anchors), text and link targets of the article, the main
    navigation (every domain, with its title as text), and every accessible name."""
    labels = []
    for page in _pages(built_site):
        mkdocs, zensical = page_facts(built_site, page), page_facts(zensical_site, page)
        labels += zensical.labels
        assert zensical.title == mkdocs.title, page
        assert zensical.headings == mkdocs.headings, page
        assert zensical.article_text == mkdocs.article_text, page
        assert zensical.links == mkdocs.links, page
        assert zensical.nav == mkdocs.nav, page
        # names as text, e.g. "Vorige: Attitude & Awareness" (site_overrides/partials/footer.html)
        assert Counter(mkdocs.labels) - Counter(zensical.labels) == SEARCH_FORM_LABELS, page
        assert Counter(zensical.labels) - Counter(mkdocs.labels) == Counter(), page
    nav = page_facts(zensical_site, "index.html").nav
    for domain in CATALOG.domains:  # the nav made from the catalogue, titles as plain text
        assert (f"domeinen/{domain.id}.html", domain.title) in nav
    # and the footer links name them as text too, `&` included
    titles = {f": {d.title}" for d in CATALOG.domains if "&" in d.title}
    assert titles and {label[label.index(":") :] for label in labels if ":" in label} >= titles


_POLICY_FIRST = re.compile(r"<head[^>]*>\s*<meta http-equiv=\"Content-Security-Policy\"")
_LOAD = re.compile(
    r"<(?:script|img|iframe|link[^>]*rel=\"(?:stylesheet|icon|preload|modulepreload)\")"
    r"[^>]*\s(?:src|href)=\"(?P<url>[^\"]*)\""
)


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_every_page_has_its_policy_first_and_loads_only_from_the_site(
    engine: str, built_site: Path, zensical_site: Path
) -> None:
    site = built_site if engine == "mkdocs" else zensical_site
    for page in _pages(site):
        html = (site / page).read_text(encoding="utf-8")
        assert _POLICY_FIRST.search(html), page
        assert page_facts(site, page).policies == 1, page
        for load in _LOAD.finditer(html):
            url = load.group("url")
            # relative, or the site's own address (MkDocs writes the 404 page's links absolute)
            assert not re.match(r"(?:[a-z]+:)?//", url) or url.startswith("http://127.0.0.1/"), (
                page,
                url,
            )


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_offline_zip_holds_the_whole_site(
    engine: str, built_site: Path, zensical_site: Path
) -> None:
    site = built_site if engine == "mkdocs" else zensical_site
    with zipfile.ZipFile(site / OFFLINE_ZIP) as archive:
        names = {name.removeprefix(f"{FOLDER_IN_ZIP}/") for name in archive.namelist()}
        # everything but the theme's source maps, which a reader never needs
        # (generator/html/offline.py)
        maps = {name for name in _files(site) if name.endswith(".map")}
        assert _files(site) - {OFFLINE_ZIP} - maps == names
        page = archive.read(f"{FOLDER_IN_ZIP}/zelfscan.html").decode()
        assert "Content-Security-Policy" not in page  # see generator/html/offline.py
