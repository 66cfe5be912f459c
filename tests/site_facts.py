"""What a visitor gets from a built page, independent of the engine that wrote its markup:
the title, the article (headings, text, link targets), the main navigation and the
accessible names. The engine comparison (test_engine_parity.py) compares these."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def site_target(page: str, href: str) -> str:
    """A link as the site path (and fragment) it leads to, however the engine wrote it:
    `x.html` and `../domeinen/x.html` from domeinen/ are the same page."""
    parts = urlsplit(href)
    if parts.scheme or href.startswith("//"):
        return href
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), parts.path))
    return (path if parts.path else page) + (f"#{parts.fragment}" if parts.fragment else "")


@dataclass
class PageFacts(HTMLParser):
    page: str = ""
    title: str = ""
    headings: list[tuple[str, str, str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    nav: list[tuple[str, str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    policies: int = 0
    _in_title: bool = False
    _article: int = 0
    _nav: int = 0
    _heading: list[str] | None = None
    _link: list[str] | None = None

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "title":
            self._in_title = True
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.policies += 1
        if "aria-label" in a:
            self.labels.append(a["aria-label"])
        if tag == "article":
            self._article += 1
        if tag == "nav" and (self._nav or "md-nav--primary" in a.get("class", "").split()):
            self._nav += 1
        if self._article and tag in HEADINGS:
            self._heading = [tag, a.get("id", ""), ""]
        if tag == "a" and "href" in a and "headerlink" not in a.get("class", ""):
            target = site_target(self.page, a["href"])
            if self._article:
                self.links.append(target)
            if self._nav:
                self._link = [target, ""]

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "article":
            self._article -= 1
        if tag == "nav" and self._nav:
            self._nav -= 1
        if self._heading and tag == self._heading[0]:
            self.headings.append((self._heading[0], self._heading[1], self._heading[2].strip()))
            self._heading = None
        if tag == "a" and self._link:
            self.nav.append((self._link[0], " ".join(self._link[1].split())))
            self._link = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._article:
            self.text.append(data)
            if self._heading:
                self._heading[2] += data
        if self._link:
            self._link[1] += data

    @property
    def article_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def page_facts(site: Path, page: str) -> PageFacts:
    facts = PageFacts(page=page)
    facts.feed((site / page).read_text(encoding="utf-8"))
    facts.close()
    return facts
