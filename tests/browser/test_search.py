"""The theme's search works on the published site over http and on the site folder opened from
disk (file://), both with the Content-Security-Policy in place and without breaking it.

From file:// the search worker runs in an iframe (site_overrides/assets/javascripts/
iframe-worker-csp.js); that iframe inherits the page's policy, which allows no inline script
that the theme's templates do not write.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

WATCH = """
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
        (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.mark.parametrize("where", ["http", "file"])
def test_search_finds_pages_under_the_policy(
    browser: Browser, site_url: str, built_site: Path, where: str
) -> None:
    base = site_url if where == "http" else built_site.as_uri() + "/"
    context = browser.new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base + "domeinen/index.html")
    assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1
    page.keyboard.press("s")
    page.keyboard.type("aankoopdienst")
    result = page.locator(".md-search-result__item").first
    expect(result).to_be_visible(timeout=10_000)
    assert page.evaluate("window.__violations") == []
    result.locator("a").first.click()  # a result leads to the page that has the word
    page.wait_for_load_state("load")
    assert "aankoopdienst" in page.locator("article").inner_text().lower()
    assert page.evaluate("window.__violations") == []
    context.close()
    assert errors == []
