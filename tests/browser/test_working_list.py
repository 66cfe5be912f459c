"""The action plan as a working list: what is typed is kept, focus stays where the user goes,
and two open pages of the site never overwrite each other's answers."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from selfscan import (
    DOMAINS,
    LEVELS,
    NEEDS,
    answer_by_clicking,
    go_to_domain,
    open_action,
    show_results,
    stored,
)


def open_with_one_domain(page: Page, site_url: str) -> str:
    page.goto(site_url + "zelfscan.html")
    expect(page.locator("#zs-export")).to_be_enabled()
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[0], "need": NEEDS[2]}})
    action = open_action(page)
    expect(page.locator(f"[data-action='{action}'][data-field=owner]")).to_be_visible()
    return action


def test_moving_from_a_note_to_the_plan_keeps_focus_and_text(page: Page, site_url: str) -> None:
    action = open_with_one_domain(page, site_url)
    go_to_domain(page, DOMAINS[0])
    page.click(f"#zs-{DOMAINS[0]}-note")
    page.keyboard.type("Eerst met ICT praten")
    page.keyboard.press("Tab")  # the note loses focus: its change event must not replace anything
    open_action(page, action)
    owner = page.locator(f"[data-action='{action}'][data-field=owner]")
    owner.click()
    page.keyboard.type("Dienst ICT")
    assert page.evaluate("() => document.activeElement.getAttribute('data-field')") == "owner"
    assert stored(page)["plan"][action]["owner"] == "Dienst ICT"
    assert stored(page)["answers"][DOMAINS[0]]["note"] == "Eerst met ICT praten"
    assert page.url.endswith("zelfscan.html#resultaten")  # no theme shortcut fired on the page
    expect(page.locator(f"[data-action='{action}'][data-field=owner]")).to_have_value("Dienst ICT")


def test_changing_the_target_by_keyboard_keeps_focus(page: Page, site_url: str) -> None:
    open_with_one_domain(page, site_url)
    show_results(page)
    target = page.locator(f"[data-domain-target='{DOMAINS[0]}']")
    target.focus()
    page.keyboard.press("ArrowDown")
    expect(page.locator(f"[data-domain-target='{DOMAINS[0]}']")).to_be_focused()
    assert stored(page)["answers"][DOMAINS[0]]["target"] == LEVELS[2]


def test_two_open_pages_do_not_overwrite_each_other(page: Page, site_url: str) -> None:
    action = open_with_one_domain(page, site_url)
    sheet = page.context.new_page()
    sheet.goto(site_url + f"planblad.html#{action}")
    expect(sheet.locator("#zs-sheet-head h2")).to_be_visible()
    first_aspect = sheet.locator("#zs-sheet-form textarea").first
    first_aspect.fill("Omdat de raad het vroeg")
    # back in the self-scan, after the sheet saved: answer another domain and fill the plan
    answer_by_clicking(page, {DOMAINS[1]: {"level": LEVELS[1], "need": NEEDS[1]}})
    open_action(page, action)
    page.locator(f"[data-action='{action}'][data-field=owner]").fill("An")
    saved = stored(page)
    assert set(saved["answers"]) == {DOMAINS[0], DOMAINS[1]}
    assert saved["plan"][action]["owner"] == "An"
    assert saved["sheets"][action]["aspects"], "the sheet typed in the other page is kept"
    # and the sheet page, typing again, keeps what the self-scan saved
    first_aspect.fill("Omdat de raad het vroeg, in maart")
    saved = stored(page)
    assert set(saved["answers"]) == {DOMAINS[0], DOMAINS[1]}
    assert saved["plan"][action]["owner"] == "An"
    sheet.close()
