"""Finish a built site folder, whichever engine built it: repairs, policy, checks, ZIP.

Everything the site needs after the engine rendered the Markdown happens here, over the files
on disk, so a build with MkDocs (the plugin's on_post_build) and one with Zensical (which runs
no plugins) get exactly the same treatment:

1. the accessibility repairs of generator/html/theme_fixes.py on every page;
2. a Content-Security-Policy on every page (generator/html/csp.py), unless previewing;
3. a check that no page loads anything from another host (the site makes no outside
   request; an engine that adds a CDN script, as both offline plugins do by default, fails
   here instead of in a visitor's browser);
4. our own stylesheets minified (generator/html/stylesheets.py);
5. the offline ZIP of the finished site (generator/html/offline.py).

Every page is read and checked before one is written, so a failing check leaves the folder
as the engine wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from generator.engines.build_errors import BuildError
from generator.html.csp import AllowedScripts, add_policy, allowed_scripts
from generator.html.offline import OFFLINE_ZIP, zip_site
from generator.html.stylesheets import minify_stylesheets
from generator.html.theme_fixes import repair_theme_html

# what stands before the '//' of an address that names a host, in src= or href=
_ATTRIBUTE_BEFORE = re.compile(
    r"""(?<![\w-])(?:src|href)\s*=\s*["']?(?P<scheme>(?:[a-z][a-z0-9+.-]*:)?)\Z""", re.I
)
_ADDRESS_END = re.compile(r"""["'\s>]""")
_TAG_NAME = re.compile(r"<(?P<name>[a-z]+)\b", re.I)
_LOADING_TAGS = {"script", "link", "img", "iframe", "source", "audio", "video", "embed"}
_REL = re.compile(r"""(?:^|\s)rel\s*=\s*["']?(?P<rel>[^"'>]*)""", re.I)
_LOADING_RELS = {
    "stylesheet",
    "icon",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "manifest",
    "apple-touch-icon",
}
"""Kinds of <link> that make the browser fetch something (canonical, next, prev do not)."""


class RemoteResource(BuildError):
    """A built page loads a file from another host."""

    def __init__(self, page: str, url: str) -> None:
        super().__init__(
            f"{page}: loads {url} from another host; the site makes no request to other hosts "
            "(vendor the file under site_overrides/assets/ and refer to it by path)"
        )


def _own_host(site_url: str | None) -> str:
    return (urlsplit(site_url).hostname or "").lower() if site_url else ""


def _absolute_addresses(html: str) -> Iterator[tuple[int, str]]:
    """(where the attribute starts, address) for every src= or href= that names a host.

    Looks for '//' first (a few hundred per page, mostly in SVG namespaces), which is far
    faster than any pattern over all of a page full of inline icons."""
    at = html.find("//")
    while at >= 0:
        before = _ATTRIBUTE_BEFORE.search(html, max(0, at - 40), at)
        if before:
            end = _ADDRESS_END.search(html, at)
            yield (
                before.start(),
                before.group("scheme") + html[at : end.start() if end else len(html)],
            )
        at = html.find("//", at + 2)


def remote_resources(html: str, own_host: str) -> list[str]:
    """Addresses on another host that the page's elements would load (not links to follow)."""
    found = []
    for attribute, url in _absolute_addresses(html):
        start = html.rfind("<", 0, attribute)
        tag = _TAG_NAME.match(html, start)
        name = tag.group("name").lower() if tag else ""
        if name not in _LOADING_TAGS:
            continue
        if name == "link":
            rel = _REL.search(html, start, html.find(">", attribute))
            if not rel or not _LOADING_RELS & set(rel.group("rel").lower().split()):
                continue
        # the site's own address is fine (MkDocs writes the 404 page's links absolute)
        if not own_host or (urlsplit(url).hostname or "").lower() != own_host:
            found.append(url)
    return found


def finish_page(html: str, page: str, allowed: AllowedScripts | None, own_host: str) -> str:
    """One page: repaired, checked, and with its policy when `allowed` is given."""
    remote = remote_resources(html, own_host)
    if remote:
        raise RemoteResource(page, remote[0])
    html = repair_theme_html(html)
    return add_policy(html, allowed, page) if allowed is not None else html


def finish_site(
    site_dir: Path,
    template_folders: Iterable[Path],
    *,
    site_url: str | None = None,
    policy: bool = True,
    offline_zip: str | None = OFFLINE_ZIP,
) -> int:
    """Finish every HTML page of `site_dir` and write the offline ZIP; returns the page count.

    `template_folders` are the theme's template folders (the project's overrides first): the
    policy allows exactly the inline scripts they write. `site_url` is the site's own address,
    the one host a page may name in what it loads. `policy=False` and `offline_zip=None` are
    for a preview (`mkdocs serve` must run its live-reload script; nobody downloads a ZIP).
    Raises UnknownScript (generator/html/csp.py) or RemoteResource, naming the page.
    """
    folders = [Path(folder) for folder in template_folders]
    allowed = allowed_scripts(folders) if policy else None
    own_host = _own_host(site_url)
    finished = []
    for path in sorted(site_dir.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        page = path.relative_to(site_dir).as_posix()
        finished.append((path, html, finish_page(html, page, allowed, own_host)))
    for path, html, done in finished:
        if done != html:
            path.write_text(done, encoding="utf-8")
    if folders:  # the project's overrides come first
        minify_stylesheets(site_dir, folders[0])
    if offline_zip:
        zip_site(site_dir, offline_zip)
    return len(finished)
