"""Saved answers survive every storage failure, and nothing is replaced without asking.

Site data blocked (a real browser setting: reading localStorage then throws), storage full (real:
localStorage is filled to Chromium's quota), the saved-data limit, two tabs saving at once, and
imports and share links that would replace what a person has.
"""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Browser, Page, expect
from selfscan import (
    DOMAINS,
    LEVELS,
    NEEDS,
    RULES,
    answer_by_clicking,
    checked_answers,
    fill_note,
    go_to_domain,
    go_to_overview,
    show_results,
    stored,
)

BLOCK_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }
});
"""


def open_selfscan(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html")
    expect(page.locator("#zs-export")).to_be_enabled()


def export_file(path: Path, answers: dict, **extra: object) -> str:
    data = {
        "format": RULES["formats"]["export"]["name"],
        "formatVersion": RULES["formats"]["export"]["version"],
        "catalogVersion": RULES["catalogVersion"],
        "exportedAt": "2026-11-20T09:00:00Z",
        "answers": answers,
        **extra,
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_blocked_site_data_is_said_at_once_and_answers_still_work(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context()
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_selfscan(page, site_url)
    warning = page.locator("#zs-storage")
    expect(warning).to_contain_text("sitegegevens zijn geblokkeerd")
    expect(warning).to_contain_text("Exporteer je antwoorden")
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[2]}})
    expect(page.locator(f"#zs-{DOMAINS[0]}-result")).to_contain_text("Niveau")
    expect(warning).to_contain_text("geblokkeerd")  # still said: nothing is being saved
    with page.expect_download() as download:
        page.click("#zs-export")
    assert json.loads(Path(download.value.path()).read_text())["answers"][DOMAINS[0]]["level"]
    # the plan sheet says the same
    page.goto(site_url + "planblad.html")
    expect(page.locator("#zs-storage")).to_contain_text("geblokkeerd")
    assert errors == []
    context.close()


def fill_storage(page: Page) -> int:
    """Fill this origin's localStorage to the browser's real quota with other keys."""
    return page.evaluate(
        """() => {
          const chunk = 'x'.repeat(512 * 1024);
          let n = 0;
          try { for (;;) { localStorage.setItem('vulling-' + n, chunk); n += 1; } } catch (e) {}
          let small = 'x'.repeat(4096);
          for (let i = 0; small.length > 1; i += 1) {
            try { localStorage.setItem('rest-' + i, small); }
            catch (e) { small = small.slice(0, small.length / 2); }
          }
          return n;
        }"""
    )


def test_full_storage_warns_and_saving_resumes_when_there_is_room(
    page: Page, site_url: str
) -> None:
    open_selfscan(page, site_url)
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[1]}})
    assert fill_storage(page) > 0
    fill_note(page, DOMAINS[0], "Een notitie die niet meer past " * 20)
    warning = page.locator("#zs-storage")
    expect(warning).to_contain_text("De opslag van je browser is vol")
    assert "notitie" not in json.dumps(stored(page))  # nothing is claimed that did not happen
    page.evaluate(
        "() => Object.keys(localStorage).filter(k => /^(vulling|rest)-/.test(k))"
        ".forEach(k => localStorage.removeItem(k))"
    )
    fill_note(page, DOMAINS[0], "Een notitie die nu wel past")
    expect(warning).to_have_text("Je antwoorden worden weer bewaard.")
    assert stored(page)["answers"][DOMAINS[0]]["note"] == "Een notitie die nu wel past"


def test_unreadable_saved_data_is_never_replaced_when_it_cannot_be_set_aside(
    page: Page, site_url: str
) -> None:
    open_selfscan(page, site_url)
    broken = '{"answers": {"kapot": 5}}'
    page.evaluate("text => localStorage.setItem('open-data-zelfscan:v1', text)", broken)
    fill_storage(page)
    page.reload()
    warning = page.locator("#zs-storage")
    expect(warning).to_contain_text("geen plaats om ze apart te zetten")
    expect(warning).not_to_contain_text("Ze zijn apart gezet")
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[1]}})
    key = "open-data-zelfscan:v1"
    assert page.evaluate(f"() => localStorage.getItem('{key}')") == broken


def test_the_saved_data_limit_is_said_before_it_is_reached_and_a_full_state_round_trips(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    """Plan sheets can hold much text; the page stops at the limit with a Dutch message, and what
    it saved can be exported and imported again."""
    limits = RULES["limits"]
    actions = [
        a["id"] for d in RULES["domains"] for lvl in d["levels"].values() for a in lvl["actions"]
    ]
    sheets, size = {}, 0
    text = "é" * limits["text"]
    for action in actions:
        sheets[action] = {"phases": {}}
        for k in range(12):
            if size + len(text) + 40 > limits["savedChars"] * 0.97:
                break
            sheets[action]["phases"][f"fase-{k}"] = text
            size += len(text) + 15
    saved = {"organisation": "", "profile": "", "answers": {DOMAINS[0]: {"level": LEVELS[1]}}}
    saved["sheets"] = {a: s for a, s in sheets.items() if s["phases"]}
    open_selfscan(page, site_url)
    page.evaluate(
        "data => localStorage.setItem('open-data-zelfscan:v1', JSON.stringify(data))", saved
    )
    page.reload()
    expect(page.locator(f"#zs-{DOMAINS[0]}-result")).to_contain_text("Niveau")
    go_to_domain(page, DOMAINS[1])
    note = page.locator(f"#zs-{DOMAINS[1]}-note")
    note.fill("x" * 100)
    expect(page.locator("#zs-storage")).to_contain_text("bijna vol")
    note.fill("y" * limits["text"])  # more than the room that is left
    expect(page.locator("#zs-storage")).to_contain_text("vol")
    assert len(json.dumps(stored(page), ensure_ascii=False)) <= limits["savedChars"]
    with page.expect_download() as download:
        page.click("#zs-export")
    exported = Path(download.value.path())
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#zs-clear")
    page.set_input_files("#zs-import", str(exported))
    expect(page.locator("#zs-message")).to_contain_text("Ingelezen")
    assert stored(page)["sheets"] == json.loads(exported.read_text())["sheets"]


def test_two_tabs_keep_each_others_edits_and_never_move_the_caret(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context()
    one, two = context.new_page(), context.new_page()
    open_selfscan(one, site_url)
    open_selfscan(two, site_url)
    go_to_domain(one, DOMAINS[0])
    note = one.locator(f"#zs-{DOMAINS[0]}-note")
    note.click()
    note.type("Eerst dit")
    # the other tab saves at nearly the same moment, before it heard of the first tab's save
    two.evaluate(
        """([domain, level]) => {
          const radio = document.querySelector(`input[name="level-${domain}"][value="${level}"]`);
          radio.checked = true;
          radio.dispatchEvent(new Event('change', { bubbles: true }));
        }""",
        [DOMAINS[1], LEVELS[2]],
    )
    go_to_overview(two)
    two.fill("#zs-organisation", "Gemeente Twee")
    note.type(" en dan dat")  # still typing in tab one while tab two's saves arrive
    expect(note).to_have_value("Eerst dit en dan dat")
    assert one.evaluate("document.activeElement.id") == f"zs-{DOMAINS[0]}-note"
    expect(one.locator("#zs-organisation")).to_have_value("Gemeente Twee")
    expect(two.locator(f"#zs-{DOMAINS[0]}-note")).to_have_value("Eerst dit en dan dat")
    data = stored(one)
    assert data["answers"][DOMAINS[0]]["note"] == "Eerst dit en dan dat"
    assert data["answers"][DOMAINS[1]]["level"] == LEVELS[2]
    assert data["organisation"] == "Gemeente Twee"
    context.close()


def test_import_asks_first_offers_to_compare_and_can_be_undone(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    open_selfscan(page, site_url)
    mine = {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[2]}}
    answer_by_clicking(page, mine)
    fill_note(page, DOMAINS[0], "Mijn notitie")
    before = stored(page)
    theirs = {DOMAINS[2]: {"level": LEVELS[3], "need": NEEDS[0]}}
    path = export_file(tmp_path / "collega.json", theirs, profile=RULES["profiles"][0]["id"])

    page.set_input_files("#zs-import", path)
    ask = page.locator("#zs-ask")
    expect(ask).to_be_visible()
    expect(page.locator("#zs-ask-title")).to_be_focused()
    expect(ask).to_contain_text("1 keuze van niveau, nood of doel en 1 notitie")
    expect(ask).to_contain_text("collega.json")
    expect(ask).to_contain_text(RULES["profiles"][0]["title"])
    page.get_by_role("button", name="Annuleer").click()
    assert stored(page) == before
    expect(page.locator("#zs-import-button")).to_be_focused()

    page.set_input_files("#zs-import", path)
    page.get_by_role("button", name="Vergelijk met mijn antwoorden").click()
    expect(page.locator("#zs-compare-message")).to_contain_text("Vergeleken met de export")
    assert stored(page) == before

    page.set_input_files("#zs-import", path)
    page.get_by_role("button", name="Vervang mijn antwoorden").click()
    expect(page.locator("#zs-message")).to_contain_text("Ingelezen uit collega.json")
    assert checked_answers(page) == theirs
    page.click("#zs-undo")
    expect(page.locator("#zs-message")).to_contain_text("Ongedaan gemaakt")
    assert checked_answers(page) == mine
    expect(page.locator(f"#zs-{DOMAINS[0]}-note")).to_have_value("Mijn notitie")
    assert stored(page) == before
    expect(page.locator("#zs-undo")).to_be_hidden()


def test_an_import_that_places_nothing_changes_nothing(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    open_selfscan(page, site_url)
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[2]}})
    before = stored(page)
    for name, answers in [("leeg.json", {}), ("oud.json", {"verdwenen-domein": {"level": "x"}})]:
        page.set_input_files("#zs-import", export_file(tmp_path / name, answers))
        expect(page.locator("#zs-message")).to_contain_text(
            "geen antwoorden die in dit model passen"
        )
        expect(page.locator("#zs-ask")).to_be_hidden()
        assert stored(page) == before


def test_loading_a_share_link_names_the_profile_it_would_replace(page: Page, site_url: str) -> None:
    profiles = RULES["profiles"]
    open_selfscan(page, site_url)
    go_to_overview(page)
    page.select_option("#zs-profile", profiles[1]["id"])
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[2], "need": NEEDS[1]}})
    go_to_overview(page)
    page.select_option("#zs-profile", profiles[3]["id"])
    page.click("#zs-share-button")
    link = page.locator("#zs-share-link").input_value()
    go_to_overview(page)
    page.select_option("#zs-profile", profiles[1]["id"])
    page.goto(link)
    page.reload()
    page.click("#zs-shared-load")
    expect(page.locator("#zs-ask-text")).to_contain_text(
        f'je profiel wordt "{profiles[3]["title"]}" in plaats van "{profiles[1]["title"]}"'
    )
    page.get_by_role("button", name="Annuleer").click()
    assert stored(page)["profile"] == profiles[1]["id"]


def test_a_damaged_plan_sheet_address_throws_nothing_and_saves_nothing(
    page: Page, site_url: str
) -> None:
    open_selfscan(page, site_url)
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[0], "need": NEEDS[2]}})
    before = stored(page)
    page.goto(site_url + "planblad.html#%E0%A4%A")  # not valid percent-encoding
    expect(page.locator("#zs-message")).to_contain_text("Deze actie bestaat niet")
    page.locator("textarea").first.fill("Tekst op een blad zonder actie")
    expect(page.locator(".zs-sheet-print").first).to_have_text("Tekst op een blad zonder actie")
    assert stored(page) == before  # printed, never saved over anything
    # the page fixture fails the test on any uncaught JavaScript error (a URIError before)


def test_a_missing_script_is_reported_on_the_page(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.route("**/assets/zelfscan/compare.js", lambda route: route.abort())
    page.goto(site_url + "zelfscan.html")
    expect(page.locator("#zelfscan [role=alert]")).to_contain_text(
        "een onderdeel ontbreekt (compare)"
    )
    assert any("not loaded: compare" in line for line in console)
    context.close()


def test_a_download_whose_script_cannot_load_says_so(browser: Browser, site_url: str) -> None:
    """The plan's files come from a script loaded on the first click; when it cannot load, the
    page says so in Dutch and the answers stay."""
    context = browser.new_context()
    page = context.new_page()
    page.route("**/assets/zelfscan/downloads.js", lambda route: route.abort())
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[0]}})
    show_results(page)
    page.click("#zs-plan-csv")
    expect(page.locator("#zs-message")).to_contain_text(
        "Dit bestand kon niet gemaakt worden: een onderdeel van de pagina laadt niet."
    )
    assert DOMAINS[0] in stored(page)["answers"]
    context.close()
