"""The navigation's section toggles are named by visually hidden text, not by an aria-label.

ARIA prohibits aria-label on a <label> (Lighthouse: aria-prohibited-attr), so the repair in
generator/html/theme_fixes.py puts the section's title inside the toggle; the toggle's <nav> takes
its name from it through the theme's aria-labelledby. axe on every page is in test_publish.py.
"""

from __future__ import annotations

from playwright.sync_api import Browser, expect


def test_section_toggles_and_their_navigation_are_named(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800}, reduced_motion="reduce")
    page = context.new_page()
    page.goto(site_url + "index.html")
    toggles = page.locator(".md-nav__container > label.md-nav__link[for^='__nav_']")
    assert toggles.count() >= 2
    assert page.locator("label[aria-label]").count() == 0
    for index in range(toggles.count()):
        toggle = toggles.nth(index)
        title = toggle.locator(".zs-visually-hidden").inner_text().strip()
        link = page.locator(f"a.md-nav__link:has(+ label#{toggle.get_attribute('id')})")
        assert title == link.inner_text().strip()
        expect(page.get_by_role("navigation", name=title, exact=True)).to_have_count(1)
        box = toggle.locator(".zs-visually-hidden").bounding_box()
        assert box is None or (box["width"] <= 1 and box["height"] <= 1)  # only the icon shows
    # in the phone's drawer the toggle still opens its section by keyboard
    page.locator("label.md-header__button[for='__drawer']").click()
    first = toggles.first
    first.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"input#{first.get_attribute('for')}")).to_be_checked()
    context.close()
