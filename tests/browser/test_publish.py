"""Publish and trust: every page accessible (axe), private (no other host), navigable under a
project subpath, usable by keyboard, safe against hostile imports, and offline. Printing is
tested in test_print.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from selfscan import (
    DOMAINS,
    LEVELS,
    NEEDS,
    RULES,
    answer_by_clicking,
    checked_answers,
    planned_answers,
    stored,
)
from support import ROOT

AXE = Axe()


def built_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def violations(page: Page) -> list[str]:
    results = AXE.run(page)
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


def test_every_page_is_accessible_and_makes_no_outside_request(
    page: Page, site_url: str, built_site: Path
) -> None:
    pages = built_pages(built_site)
    assert len(pages) >= 30
    found = {}
    for relative in pages:
        page.goto(site_url + relative)
        page.wait_for_load_state("networkidle")
        problems = violations(page)
        if problems:
            found[relative] = problems
    assert found == {}
    # the page fixture fails the test on any request to another host


@pytest.mark.parametrize("width", [390, 320])
def test_pages_are_accessible_on_a_phone(browser: Browser, site_url: str, width: int) -> None:
    """Narrow screens get another navigation (a drawer) and must reflow without sideways
    scrolling (WCAG 1.4.10), results included."""
    context = browser.new_context(viewport={"width": width, "height": 800}, reduced_motion="reduce")
    page = context.new_page()
    found = {}
    for relative in [
        "index.html",
        "domeinen/index.html",
        f"domeinen/{DOMAINS[0]}.html",
        "gidsen/procestool.html",
        "samenvoegen.html",
        "zelfscan.html",
    ]:
        page.goto(site_url + relative)
        page.wait_for_load_state("networkidle")
        if relative == "zelfscan.html":
            answer_by_clicking(page, planned_answers())
            expect(page.locator("#zs-plan h4")).to_have_count(len(DOMAINS))
        problems = violations(page)
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append("the page scrolls sideways")
        if problems:
            found[relative] = problems
    context.close()
    assert found == {}


def test_a_focused_or_hovered_button_keeps_its_contrast(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html")
    expect(page.locator("#zs-export")).to_be_enabled()
    page.focus("#zs-export")
    assert violations(page) == []
    page.hover("#zs-import-button")
    assert violations(page) == []


def test_selfscan_with_results_is_accessible(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, planned_answers())
    expect(page.locator("#zs-plan h4")).to_have_count(len(DOMAINS))
    assert violations(page) == []


def test_no_cookies_and_a_content_security_policy(page: Page, site_url: str) -> None:
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[1]}})
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
    expect(policy).to_have_count(1)
    content = policy.get_attribute("content") or ""
    assert "script-src 'self'" in content and "unsafe-inline" not in content.split("style-src")[0]
    assert not [m for m in messages if "Content Security Policy" in m]
    assert page.context.cookies() == []
    # an injected inline script is refused by the policy
    ran = page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.__injected = true'; document.body.appendChild(s);
                   return window.__injected === true; }"""
    )
    assert ran is False


def test_navigation_works_under_a_project_subpath(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(site_url)
    page.get_by_role("link", name="Domeinen", exact=True).first.click()
    expect(page).to_have_url(site_url + "domeinen/index.html")
    first = RULES["domains"][0]
    page.locator("article").get_by_role("link", name=first["title"], exact=True).first.click()
    expect(page).to_have_url(site_url + f"domeinen/{first['id']}.html")
    expect(page.locator("h1")).to_contain_text(first["title"])
    page.get_by_role("link", name="Scoor dit domein in de zelfscan").click()
    expect(page).to_have_url(site_url + f"zelfscan.html#domein-{first['id']}")
    answer_by_clicking(page, {first["id"]: {"level": LEVELS[0], "need": NEEDS[2]}})
    expect(page.locator("#zs-plan h4")).to_have_count(1)
    page.get_by_role("link", name="Over", exact=True).first.click()
    expect(page).to_have_url(site_url + "over/index.html")
    context.close()


def _focused(page: Page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement;
                   return {id: e.id, name: e.name || '', type: e.type || '', tag: e.tagName}; }"""
    )


def _tab_to(page: Page, predicate, limit: int = 400, key: str = "Tab") -> None:
    for _ in range(limit):
        if predicate(_focused(page)):
            return
        page.keyboard.press(key)
    raise AssertionError(f"could not reach the element by keyboard, last: {_focused(page)}")


HOSTILE_TEXT = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "javascript:window.__pwned='url'",
]


def _export(answers: dict, **extra: object) -> dict:
    return {
        "format": "open-data-zelfscan-export",
        "formatVersion": 1,
        "catalogVersion": RULES["catalogVersion"],
        "exportedAt": "2026-11-22T10:00:00Z",
        "answers": answers,
        **extra,
    }


def test_hostile_imports_never_run_code(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "zelfscan.html")
    mine = {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[0]}}
    answer_by_clicking(page, mine)
    before = stored(page)
    rejected = {
        "ids.json": _export({HOSTILE_TEXT[1]: {"level": LEVELS[0]}}),
        "level.json": _export({DOMAINS[1]: {"level": HOSTILE_TEXT[0]}}),
        "proto.json": None,  # written by hand below: JSON keys named __proto__
        "veld.json": _export({DOMAINS[1]: {"level": LEVELS[0], "onclick": HOSTILE_TEXT[2]}}),
    }
    for name, data in rejected.items():
        path = tmp_path / name
        if data is None:
            text = json.dumps(_export({})).replace(
                '"answers": {}', '"answers": {"__proto__": {"level": "x"}}, "__proto__": {"a": 1}'
            )
            path.write_text(text, encoding="utf-8")
        else:
            path.write_text(json.dumps(data), encoding="utf-8")
        page.set_input_files("#zs-import", str(path))
        expect(page.locator("#zs-message")).to_contain_text("Je antwoorden zijn niet veranderd")
        assert checked_answers(page) == mine, name
        assert stored(page) == before, name

    # a well-formed file whose free texts carry markup: imported, shown as plain text only
    accepted = _export(
        {DOMAINS[1]: {"level": LEVELS[2], "need": NEEDS[1], "note": HOSTILE_TEXT[0]}},
        organisation=HOSTILE_TEXT[1],
        profile=HOSTILE_TEXT[2],
    )
    path = tmp_path / "tekst.json"
    path.write_text(json.dumps(accepted), encoding="utf-8")
    page.set_input_files("#zs-import", str(path))
    expect(page.locator("#zs-ask")).to_be_visible()  # it would replace my answers: asked first
    page.get_by_role("button", name="Vervang mijn antwoorden").click()
    expect(page.locator("#zs-message")).to_contain_text("Ingelezen")
    expect(page.locator("#zs-message")).to_contain_text(HOSTILE_TEXT[2])  # listed, as text
    expect(page.locator(f"#zs-{DOMAINS[1]}-note")).to_have_value(HOSTILE_TEXT[0])
    expect(page.locator("#zs-organisation")).to_have_value(HOSTILE_TEXT[1])
    page.wait_for_timeout(300)
    state = page.evaluate(
        """() => ({pwned: window.__pwned || null, polluted: ({}).level || ({}).a || null,
                   images: document.querySelectorAll('.zs img, #zs-message img').length,
                   scripts: document.querySelectorAll('.zs script').length})"""
    )
    assert state == {"pwned": None, "polluted": None, "images": 0, "scripts": 0}


def test_offline_zip_works_from_disk(
    browser: Browser, built_site: Path, offline_site: Path
) -> None:
    offline_page = (built_site / "over" / "offline.html").read_text(encoding="utf-8")
    assert 'href="../open-data-zelfscan-offline.zip"' in offline_page
    assert not (offline_site / "open-data-zelfscan-offline.zip").exists()
    assert not list(offline_site.rglob("*.map"))  # source maps are for debuggers only
    context = browser.new_context(offline=True, accept_downloads=True)  # a PC without network
    page = context.new_page()
    errors: list[str] = []
    elsewhere: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on(
        "request",
        lambda r: (
            None if r.url.startswith(("file:", "data:", "blob:")) else elsewhere.append(r.url)
        ),
    )
    page.goto((offline_site / "index.html").as_uri())
    page.get_by_role("link", name="Start de zelfscan").first.click()
    answer_by_clicking(page, {DOMAINS[3]: {"level": LEVELS[1], "need": NEEDS[2]}})
    expect(page.locator("#zs-plan h4")).to_have_count(1)
    with page.expect_download() as download:
        page.click("#zs-export")
    assert json.loads(Path(download.value.path()).read_text())["answers"][DOMAINS[3]]
    action = page.locator("[data-field=owner]").first.get_attribute("data-action")
    page.goto((offline_site / "planblad.html").as_uri() + f"#{action}")
    expect(page.locator("#zs-sheet-head h2")).to_be_visible()
    page.goto((offline_site / "samenvoegen.html").as_uri())
    expect(page.locator("#zs-combine-button")).to_be_enabled()
    # the theme's search also works offline (its index is inlined by the offline plugin)
    page.keyboard.press("s")
    page.keyboard.type("aankoopdienst")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=10_000)
    context.close()
    assert errors == []
    assert elsewhere == []


def test_project_root_has_no_generated_files() -> None:
    assert not (ROOT / "site").exists() or not any((ROOT / "content" / "domeinen").glob("*"))


def test_combine_and_plan_sheet_with_content_are_accessible(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    files = []
    for n, level in enumerate([LEVELS[0], LEVELS[3], LEVELS[1]]):
        data = {
            "format": "open-data-zelfscan-export",
            "formatVersion": 1,
            "catalogVersion": RULES["catalogVersion"],
            "exportedAt": "2026-11-20T09:00:00Z",
            "profile": RULES["profiles"][n]["id"],
            "answers": {d: {"level": level, "need": NEEDS[n]} for d in DOMAINS},
        }
        path = tmp_path / f"c{n}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        files.append(str(path))
    page.goto(site_url + "samenvoegen.html")
    page.set_input_files("#zs-combine-files", files)
    expect(page.locator("#zs-table tbody tr")).to_have_count(len(DOMAINS))
    assert violations(page) == []
    action = RULES["domains"][0]["levels"][LEVELS[0]]["actions"][0]["id"]
    page.goto(site_url + f"planblad.html#{action}")
    expect(page.locator("#zs-sheet-head h2")).to_have_count(1)
    assert violations(page) == []
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[0], "need": NEEDS[2]}})
    page.click("#zs-share-button")
    assert violations(page) == []
