"""The self-scan of the MkDocs build and of the Zensical build in a real Chromium: the same
answers give the same results, under the policy (no violation) and with no request to another
host, over http and from the site folder on disk. Search works in the Zensical build too, with
its own search dialog (see the known differences in tests/test_engine_parity.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Request, expect
from reference.scoring import score
from selfscan import RULES, answer_by_clicking, planned_answers

WATCH = """
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
        (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def _open(browser: Browser, base: str) -> tuple[BrowserContext, Page, list[str]]:
    """A fresh browser context on `base`, collecting errors and requests to other hosts."""
    context = browser.new_context(locale="nl-BE", reduced_motion="reduce")
    context.add_init_script(WATCH)
    page = context.new_page()
    problems: list[str] = []
    own = base.split("/open-data-zelfscan/")[0] if base.startswith("http") else "file:"

    def on_request(request: Request) -> None:
        if not request.url.startswith((own, "data:", "blob:")):
            problems.append(f"request to another host: {request.url}")

    page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))
    page.on("request", on_request)
    return context, page, problems


def _results(browser: Browser, base: str) -> str:
    """Answer the same statements as a person does and read the results section."""
    context, page, problems = _open(browser, base)
    page.goto(base + "zelfscan.html")
    expect(page.locator("#zs-export")).to_be_enabled()
    answers = planned_answers()
    answer_by_clicking(page, answers)
    plan = score(RULES, {"domains": answers})["plan"]
    expect(page.locator("#zs-plan h4")).to_have_count(len(plan))
    text = page.locator("#resultaten").inner_text()
    problems += page.evaluate("window.__violations")
    context.close()
    assert problems == []
    return text


@pytest.mark.parametrize("where", ["http", "file"])
def test_the_selfscan_scores_the_same_in_both_builds(
    browser: Browser,
    site_url: str,
    zensical_url: str,
    built_site: Path,
    zensical_site: Path,
    where: str,
) -> None:
    if where == "http":
        mkdocs, zensical = site_url, zensical_url
    else:
        mkdocs, zensical = built_site.as_uri() + "/", zensical_site.as_uri() + "/"
    expected = _results(browser, mkdocs)
    assert RULES["domains"][0]["title"] in expected
    assert _results(browser, zensical) == expected


@pytest.mark.parametrize("where", ["http", "file"])
def test_search_works_in_the_zensical_build(
    browser: Browser, zensical_url: str, zensical_site: Path, where: str
) -> None:
    base = zensical_url if where == "http" else zensical_site.as_uri() + "/"
    context, page, problems = _open(browser, base)
    page.goto(base + "domeinen/index.html")
    page.keyboard.press("/")
    search = page.locator("dialog input")
    expect(search).to_be_focused()
    search.type("aankoopdienst")
    expect(page.locator("dialog a[href*='gidsen/profielen.html']").first).to_be_visible()
    problems += page.evaluate("window.__violations")
    context.close()
    assert problems == []
