"""Hostile catalogue text: every text field of every catalogue file gets markup, event handlers,
attribute-closing quotes, Markdown links and images, entities and Jinja syntax, and the site
built from it must show all of it as typed and run none of it.

The payload goes into the YAML generically (every string that is not an id, enum, address,
date or version), so a new text field is covered without touching this test. One strict
MkDocs build; then every built page is compared with the same page of the real site (the
same elements with the same attribute names, and none of the payload's own), and Chromium
opens the pages that matter over http and from file://, with the search, and watches for
scripts that run, CSP violations, JavaScript errors and requests to other hosts.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import http.server
import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect
from selfscan import DOMAINS, LEVELS, NEEDS, answer_by_clicking
from support import SUBPATH, build_site, copy_project

from generator.catalog import load_catalog

SEARCH_WORD = "vijandigetekst"
"""A word of the payload that the real catalogue never uses: the search must find it."""
PAYLOAD = (
    f"{SEARCH_WORD} <script>zsHostile('script')</script><img src=x onerror=zsHostile('img')>"
    " \" onmouseover=\"zsHostile('attr')\" ' onfocus='zsHostile(1)' <zs-hostile></zs-hostile>"
    " [klik](javascript:zsHostile('link')) ![beeld](http://evil.example/x.png)"
    ' &lt;b&gt;vet&lt;/b&gt; &amp; &#60;i&#62; {{ 7*7 }} {% raw %} {: onclick="zsHostile()" }'
    " <http://evil.example/auto> | *nadruk* _ook_ `code` # \\"
)
KEEP = re.compile(
    r"^([a-z0-9]+(-[a-z0-9]+)*|https?://\S+|\d{4}-\d\d-\d\d|[0-9a-f]{12}|[A-Z][A-Z0-9]{0,19})$"
)
"""Values that must stay valid: ids, enums (also lowercase words), addresses, dates, versions,
and the survey's codes (capitals and digits: question ids such as A4, answer codes such as WN)."""
PAGES = [
    "index.html",
    "domeinen/index.html",
    f"domeinen/{DOMAINS[0]}.html",
    "zelfscan.html",
    "samenvoegen.html",
    "planblad.html",
    "gidsen/profielen.html",
    "gidsen/principes.html",
    "gidsen/procestool.html",
    "gidsen/hulpmiddelen.html",
    "over/open-data.html",
    "over/wijzigingen.html",
    "gidsen/bevraging.html",
    "bevraging-analyse.html",
]
"""Every kind of page: generated from the catalogue, hand-written with catalogue facts, and
the self-scan pages whose scripts show catalogue text."""
WATCH = """
    window.__hostile = [];
    window.zsHostile = (what) => window.__hostile.push(String(what));
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
        (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""
INJECTED = (
    "zs-hostile, [onerror], [onmouseover], [onfocus], [onclick], a[href^='javascript'],"
    " img[src*='evil.example'], a[href*='evil.example']"
)
"""What the payload would make if it were read as HTML, also by the scripts of the page."""


COMPACT = (
    "<script>zsHostile('s')</script><img/src=x/onerror=zsHostile('i')>\"/onmouseover=\"zsHostile('a')"
    "[x](javascript:zsHostile('l'))![b](http://evil.example/y.png)&lt;b&gt;{{7*7}}{%raw%}"
)
"""The same attacks without spaces: one 'word' for the rule that keeps an observable statement
under about 20 words (the full payload alone has more)."""


def _unique_words(where: tuple[object, ...]) -> str:
    """Letters-only words that no other field has: the catalogue's rule against near-duplicate
    action titles across domains (rightly) rejects titles that share a long payload, so each
    title also gets many words of its own."""
    seed = int(hashlib.sha256("/".join(map(str, where)).encode()).hexdigest(), 16)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = []
    for k in range(60):
        n, word = seed >> (3 * k), ""
        for _ in range(8):
            n, r = divmod(n, 26)
            word += letters[r]
        words.append(word)
    return " ".join(words)


def _with_payload(value: Any, where: tuple[object, ...] = ()) -> Any:
    if isinstance(value, dict):
        return {key: _with_payload(item, (*where, key)) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_payload(item, (*where, i)) for i, item in enumerate(value)]
    if isinstance(value, str) and not KEEP.match(value):
        if "statements" in where:
            return f"{value} {COMPACT}"
        if where[-1:] == ("title",) and "actions" in where:
            return f"{value} {PAYLOAD} {_unique_words(where)}"
        return f"{value} {PAYLOAD}"
    return value


def hostile_project(target: Path) -> Path:
    project = copy_project(target)
    for path in sorted((project / "catalog").rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(
            yaml.safe_dump(
                _with_payload(data, (path.name,)), allow_unicode=True, sort_keys=False, width=1000
            ),
            encoding="utf-8",
        )
    # a hand-written page with catalogue text in its first heading and no title of its own:
    # the theme takes its <title> from the heading (see site_overrides/main.html)
    guide = project / "content" / "gidsen" / "index.md"
    text = guide.read_text(encoding="utf-8")
    assert text.startswith("# Gidsen\n")
    guide.write_text(
        "---\nuses_catalog: true\n---\n\n# Gidsen: {{ catalog.domains[0].title }}\n"
        + text.removeprefix("# Gidsen\n"),
        encoding="utf-8",
    )
    return project


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """(built hostile site, its catalogue)."""
    project = hostile_project(tmp_path_factory.mktemp("hostile") / "project")
    catalog = load_catalog(project / "catalog", project)  # the payload keeps it valid
    site = build_site(project, project / "site", site_url=f"http://127.0.0.1{SUBPATH}")
    return site, catalog


_ADDRESS_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "data", "poster"}


class _Inventory(HTMLParser):
    """Every element as (tag, attribute names), in order, and the payload's own ones."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: collections.Counter[tuple[str, tuple[str, ...]]] = collections.Counter()
        self.injected: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = tuple(sorted(name for name, _ in attrs))
        self.elements[(tag, names)] += 1
        addresses = [value or "" for name, value in attrs if name in _ADDRESS_ATTRIBUTES]
        if (
            tag == "zs-hostile"
            or any(name.startswith("on") for name in names)
            or any(
                "evil.example" in a or a.strip().lower().startswith("javascript:")
                for a in addresses
            )
        ):
            self.injected.append(self.get_starttag_text() or tag)


def inventory(path: Path) -> _Inventory:
    parser = _Inventory()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_every_page_has_the_elements_of_the_real_site_and_none_of_the_payload(
    hostile: tuple[Path, Any], built_site: Path
) -> None:
    site, _ = hostile
    real_pages = sorted(p.relative_to(built_site) for p in built_site.rglob("*.html"))
    assert real_pages == sorted(p.relative_to(site) for p in site.rglob("*.html"))
    for name in real_pages:
        found = inventory(site / name)
        assert found.injected == [], f"{name}: {found.injected[:3]}"
        expected = inventory(built_site / name).elements
        extra = found.elements - expected
        missing = expected - found.elements
        assert not extra and not missing, f"{name}: more {dict(extra)}, fewer {dict(missing)}"


def test_the_payload_shows_as_typed_in_titles_headings_and_descriptions(
    hostile: tuple[Path, Any], browser: Browser
) -> None:
    site, catalog = hostile
    domain = next(d for d in catalog.domains if d.id == DOMAINS[0])
    page = browser.new_page()
    try:
        page.goto((site / "domeinen" / f"{domain.id}.html").as_uri())
        assert page.title() == f"{domain.title} - Open Data Zelfscan"
        expect(page.locator("article h1")).to_contain_text(domain.title)
        description = page.locator("meta[name=description]").get_attribute("content")
        assert description == " ".join(domain.summary.split())
        expect(page.locator(".md-nav__link--active").first).to_contain_text(domain.title)
        expect(page.locator(".md-header__topic").last).to_have_text(domain.title)
        page.goto((site / "gidsen" / "index.html").as_uri())
        assert page.title() == f"Gidsen: {catalog.domains[0].title} - Open Data Zelfscan"
        expect(page.locator("article h1")).to_contain_text(f"Gidsen: {catalog.domains[0].title}")
    finally:
        page.close()


def _serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path: str) -> str:
            clean = urlsplit(path).path
            inside = clean[len(SUBPATH) :] if clean.startswith(SUBPATH) else "__outside__"
            return super().translate_path("/" + inside)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}{SUBPATH}"


@pytest.fixture(scope="module", params=["http", "file"])
def hostile_base(request: pytest.FixtureRequest, hostile: tuple[Path, Any]) -> Iterator[str]:
    """The hostile site over http (under a subpath, like GitHub Pages) and from disk."""
    site, _ = hostile
    if request.param == "file":
        yield site.as_uri() + "/"
        return
    server, url = _serve(site)
    yield url
    server.shutdown()


@pytest.fixture
def watched(browser: Browser, hostile_base: str) -> Iterator[Page]:
    context = browser.new_context(reduced_motion="reduce")
    context.add_init_script(WATCH)
    page = context.new_page()
    problems: list[str] = []
    origin = urlsplit(hostile_base)
    here = f"{origin.scheme}://{origin.netloc}"
    page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))
    page.on(
        "console",
        lambda message: (
            problems.append(f"console: {message.text}") if message.type == "error" else None
        ),
    )
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((here, "data:", "blob:", "file:"))
            else problems.append(f"request to another host: {request.url}")
        ),
    )
    page.problems = problems  # type: ignore[attr-defined]
    yield page
    context.close()


def assert_nothing_ran(page: Page, where: str) -> None:
    page.wait_for_load_state("load")
    assert page.evaluate("window.__hostile") == [], where
    assert page.evaluate("window.__violations") == [], where
    assert page.evaluate(f"document.querySelectorAll({INJECTED!r}).length") == 0, where
    assert page.problems == [], where  # type: ignore[attr-defined]


def test_no_payload_runs_on_any_page(watched: Page, hostile_base: str) -> None:
    for name in PAGES:
        watched.goto(hostile_base + name)
        watched.mouse.move(300, 200)  # over the content: an onmouseover would fire
        watched.keyboard.press("Tab")  # and an onfocus on the first focusable element
        assert_nothing_ran(watched, name)


def test_the_selfscan_shows_the_payload_in_results_and_plan_as_text(
    watched: Page, hostile_base: str, hostile: tuple[Path, Any]
) -> None:
    _, catalog = hostile
    watched.goto(hostile_base + "zelfscan.html")
    answer_by_clicking(watched, {d: {"level": LEVELS[0], "need": NEEDS[-1]} for d in DOMAINS[:3]})
    expect(watched.locator("#zs-plan h4")).to_have_count(3)
    first = next(d for d in catalog.domains if d.id == DOMAINS[0])
    expect(watched.locator("#zs-plan h4").first).to_contain_text(first.title)
    action = watched.locator("[data-field=owner]").first.get_attribute("data-action")
    assert_nothing_ran(watched, "zelfscan.html with results")
    watched.goto(hostile_base + f"planblad.html#{action}")
    expect(watched.locator("#zs-sheet-head h2")).to_contain_text(SEARCH_WORD)
    assert_nothing_ran(watched, "planblad.html with an action")


def test_search_results_show_the_payload_as_text(watched: Page, hostile_base: str) -> None:
    watched.goto(hostile_base + f"domeinen/{DOMAINS[0]}.html")
    watched.keyboard.press("s")
    watched.keyboard.type(SEARCH_WORD)
    results = watched.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=10_000)
    expect(results.first).to_contain_text("zsHostile('script')")  # the markup, as text
    assert_nothing_ran(watched, "search results")
