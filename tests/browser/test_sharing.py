"""Share links and comparisons: the same results on the other side, nothing of one's own lost
without asking, and nothing said about domains that were not answered."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Browser, Page, expect
from selfscan import (
    DOMAINS,
    LEVELS,
    NEEDS,
    RULES,
    UNKNOWN,
    answer_by_clicking,
    fill_note,
    show_results,
    stored,
)


def own_page(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html")
    expect(page.locator("#zs-share-button")).to_be_enabled()


def share(page: Page) -> str:
    page.click("#zs-share-button")
    return page.locator("#zs-share-link").input_value()


def plan_actions(page: Page) -> list[str]:
    return page.locator(".zs-plan-actions li .zs-action-title").all_inner_texts()


def test_a_shared_link_shows_the_same_plan_targets_included(
    browser: Browser, page: Page, site_url: str
) -> None:
    own_page(page, site_url)
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[0], "need": NEEDS[2]}})
    show_results(page)
    page.select_option(f"[data-domain-target='{DOMAINS[0]}']", LEVELS[3])  # three steps up
    mine = plan_actions(page)
    link = share(page)

    other = browser.new_context().new_page()
    other.goto(link)
    expect(other.locator("#zs-shared")).to_be_visible()
    assert plan_actions(other) == mine
    assert len(mine) > len(RULES["domains"][0]["levels"][LEVELS[0]]["actions"])
    other.context.close()


def test_loading_a_link_asks_first_when_only_a_note_is_there_and_keeps_the_note(
    page: Page, site_url: str
) -> None:
    own_page(page, site_url)
    answer_by_clicking(page, {DOMAINS[1]: {"level": LEVELS[2], "need": NEEDS[0]}})
    link = share(page)
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#zs-clear")
    fill_note(page, DOMAINS[1], "Nagaan bij de GIS-dienst")
    fill_note(page, DOMAINS[5], "Eigen notitie")
    page.goto(link)
    page.reload()
    expect(page.locator("#zs-shared")).to_be_visible()
    page.click("#zs-shared-load")
    expect(page.locator("#zs-shared")).to_be_hidden()
    expect(page.locator("#zs-ask")).to_be_hidden()  # only notes: nothing to replace, not asked
    answers = stored(page)["answers"]
    assert answers[DOMAINS[1]] == {
        "level": LEVELS[2],
        "need": NEEDS[0],
        "note": "Nagaan bij de GIS-dienst",
    }
    assert answers[DOMAINS[5]] == {"note": "Eigen notitie"}


def test_loading_a_link_over_own_targets_asks_first(page: Page, site_url: str) -> None:
    own_page(page, site_url)
    answer_by_clicking(page, {DOMAINS[2]: {"level": LEVELS[1], "need": NEEDS[1]}})
    link = share(page)
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#zs-clear")
    answer_by_clicking(page, {DOMAINS[3]: {"level": LEVELS[0], "need": NEEDS[2]}})
    show_results(page)
    page.select_option(f"[data-domain-target='{DOMAINS[3]}']", LEVELS[2])
    before = stored(page)
    page.goto(link)
    page.reload()
    page.click("#zs-shared-load")
    expect(page.locator("#zs-ask")).to_be_visible()
    expect(page.locator("#zs-ask-text")).to_contain_text("vervangen door die uit de link")
    page.get_by_role("button", name="Annuleer").click()
    expect(page.locator("#zs-ask")).to_be_hidden()
    expect(page.locator("#zs-shared-load")).to_be_focused()
    assert stored(page) == before


def test_a_link_from_another_model_structure_is_refused_in_dutch(page: Page, site_url: str) -> None:
    own_page(page, site_url)
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[1]}})
    before = stored(page)
    page.goto(
        site_url
        + "zelfscan.html#z2.00000000.1"
        + "-" * 10
        + ".1"
        + "-" * 10
        + "."
        + "-" * 11
        + ".-"
    )
    page.reload()
    expect(page.locator("#zs-message")).to_contain_text("andere opbouw van het model")
    expect(page.locator("#zs-shared")).to_be_hidden()
    assert stored(page) == before


def test_comparing_before_answering_draws_the_earlier_profile_and_drops_nothing(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    earlier = {
        "format": "open-data-zelfscan-export",
        "formatVersion": 1,
        "catalogVersion": RULES["catalogVersion"],
        "exportedAt": "2025-11-20T09:00:00Z",
        "answers": {d: {"level": LEVELS[1], "need": NEEDS[2]} for d in DOMAINS},
    }
    path = tmp_path / "vorig-jaar.json"
    path.write_text(json.dumps(earlier), encoding="utf-8")
    own_page(page, site_url)
    page.set_input_files("#zs-compare-file", str(path))
    expect(page.locator("#zs-compare-message")).to_contain_text("Vergeleken met de export")
    expect(page.locator("#zs-radar svg .zs-series-earlier")).to_have_count(1)
    expect(page.locator("#zs-compare-result")).to_contain_text("niet te vergelijken")
    expect(page.locator("#zs-compare-result ul li")).to_have_count(0)
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[2], "need": NEEDS[1]}})
    dropped = RULES["domains"][0]["levels"][LEVELS[1]]["actions"]
    expect(page.locator("#zs-compare-result ul li")).to_have_count(len(dropped))


# A link made by the site before statements existed (commit 29ab8ef, its own encoder, the same
# catalogue ids): levels picked directly, needs, one target three steps up, the data manager.
# Kept literally: it is what people have in their mails and notes.
OLD_LINK = "#z2.4093887c.012-0_23012.021-2102102.3----------.3"


def test_a_link_made_before_statements_existed_still_opens_as_quick_answers(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + "zelfscan.html" + OLD_LINK)
    expect(page.locator("#zs-shared")).to_be_visible()
    expect(page.locator("#zs-table")).to_contain_text(RULES["domains"][0]["title"])
    page.click("#zs-shared-load")
    expect(page.locator("#zs-shared")).to_be_hidden()
    saved = stored(page)
    answers = saved["answers"]
    level_codes, need_codes = "012-0_23012", "021-2102102"
    for i, domain in enumerate(DOMAINS):
        if level_codes[i] == "-":
            assert domain not in answers
            continue
        expected_level = UNKNOWN if level_codes[i] == "_" else LEVELS[int(level_codes[i])]
        assert answers[domain]["level"] == expected_level, domain
        assert answers[domain]["need"] == NEEDS[int(need_codes[i])], domain
    assert answers[DOMAINS[0]]["target"] == LEVELS[3]
    assert saved["profile"] == RULES["profiles"][3]["id"]


def statement_answers_for(domain_index: int) -> dict[str, str]:
    """Every statement of the lower two levels of one domain: yes, no and don't know mixed."""
    domain = RULES["domains"][domain_index]
    values = [
        RULES["statementAnswers"]["yes"]["id"],
        RULES["statementAnswers"]["no"]["id"],
        UNKNOWN,
    ]
    found: dict[str, str] = {}
    for level in LEVELS[:2]:
        for k, statement in enumerate(domain["levels"][level]["statements"]):
            found[statement["id"]] = (
                values[(k + len(found)) % len(values)] if level != LEVELS[0] else values[0]
            )
    return found


def test_a_link_with_statement_answers_gives_the_same_results_elsewhere(
    browser: Browser, page: Page, site_url: str
) -> None:
    own_page(page, site_url)
    answer_by_clicking(
        page,
        {
            DOMAINS[0]: {"statements": statement_answers_for(0), "need": NEEDS[2]},
            DOMAINS[4]: {"statements": statement_answers_for(4), "need": NEEDS[1]},
            DOMAINS[7]: {"level": LEVELS[2], "need": NEEDS[0]},
        },
    )
    show_results(page)
    mine = {
        "table": page.locator("#zs-table").inner_text(),
        "start": page.locator("#zs-start-here").inner_text(),
        "plan": plan_actions(page),
    }
    link = share(page)
    assert link.split("#", 1)[1].startswith("z3.")

    other = browser.new_context().new_page()
    other.goto(link)
    expect(other.locator("#zs-shared")).to_be_visible()
    theirs = {
        "table": other.locator("#zs-table").inner_text(),
        "start": other.locator("#zs-start-here").inner_text(),
        "plan": plan_actions(other),
    }
    assert theirs == mine
    other.click("#zs-shared-load")
    assert stored(other)["answers"][DOMAINS[0]]["statements"] == statement_answers_for(0)
    other.context.close()


def test_the_share_link_is_copied_to_the_clipboard(browser: Browser, site_url: str) -> None:
    """ "Kopieer de link" puts the link on the clipboard and says so; where the browser refuses
    the clipboard, the link stays selected for Ctrl+C."""
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    own_page(page, site_url)
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[2], "need": NEEDS[1]}})
    show_results(page)
    link = share(page)
    page.click("#zs-share-copy")
    expect(page.locator("#zs-share-message")).to_have_text("De link is gekopieerd.")
    assert page.evaluate("() => navigator.clipboard.readText()") == link
    # no clipboard and no copy command: the link is selected, and the page says what to do
    page.evaluate(
        "() => { Object.defineProperty(navigator, 'clipboard', {value: undefined});"
        " document.execCommand = () => false; }"
    )
    page.click("#zs-share-copy")
    expect(page.locator("#zs-share-message")).to_have_text(
        "Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C."
    )
    selected = page.evaluate(
        "() => { const f = document.getElementById('zs-share-link');"
        " return f.value.slice(f.selectionStart, f.selectionEnd); }"
    )
    assert selected == link
    context.close()
