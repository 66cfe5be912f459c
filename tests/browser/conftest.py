"""Browser fixtures: the built site served under a project subpath, and a real Chromium.

The site is served as GitHub Pages serves a project site (https://org.github.io/repo/), so
every link must work below a prefix. Chromium is the Debian package (never a download).
"""

from __future__ import annotations

import functools
import http.server
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright
from support import SUBPATH

from generator.bench.lighthouse import CHROME_FLAGS, chromium_path

PREFIX = SUBPATH
# the same Chromium and switches as the benchmark's Lighthouse runs (Playwright adds headless)
CHROMIUM = chromium_path()
CHROMIUM_ARGS = [flag for flag in CHROME_FLAGS if not flag.startswith("--headless")]


class _SubpathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site only below PREFIX, like a GitHub Pages project site."""

    def translate_path(self, path: str) -> str:
        clean = urlsplit(path).path
        if not clean.startswith(PREFIX):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + clean[len(PREFIX) :])

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(site: Path) -> Iterator[str]:
    handler = functools.partial(_SubpathHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}{PREFIX}"
    server.shutdown()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    yield from _serve(built_site)


@pytest.fixture(scope="session")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    """The Zensical build (tests/conftest.py), served the same way."""
    yield from _serve(zensical_site)


@pytest.fixture(scope="session")
def offline_site(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline ZIP of the built site, unpacked once: the site as a visitor opens it from
    disk (file://). Tests only read it."""
    target = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(built_site / "open-data-zelfscan-offline.zip") as archive:
        archive.extractall(target)
    return target / "open-data-zelfscan"


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


class PageErrors(list):
    """JavaScript errors and requests to other hosts, collected while a test runs."""


@pytest.fixture
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, locale="nl-BE", reduced_motion="reduce")
    page = context.new_page()
    problems = PageErrors()
    origin = site_url.split(PREFIX)[0]

    def on_request(request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        if not (url.startswith(origin) or url.startswith(("data:", "blob:", "file:"))):
            problems.append(f"request to another host: {url}")

    page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))
    page.on("request", on_request)
    page.problems = problems  # type: ignore[attr-defined]
    yield page
    context.close()
    assert not problems, problems


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
