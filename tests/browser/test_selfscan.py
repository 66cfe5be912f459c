"""The self-scan in a real Chromium: answer, see results, export, reload, clear, import."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from playwright.sync_api import Page, expect
from reference.scoring import score
from selfscan import (
    DOMAINS,
    LEVELS,
    NEEDS,
    RULES,
    UNKNOWN,
    answer_by_clicking,
    checked_answers,
    fill_note,
    go_to_domain,
    go_to_overview,
    planned_answers,
    show_results,
    stored,
)

from generator.catalog import load_catalog

CATALOG = load_catalog(Path(__file__).resolve().parents[2] / "catalog")


def open_selfscan(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html")
    expect(page.locator("#zs-export")).to_be_enabled()


def export(page: Page, tmp_path: Path) -> tuple[str, dict]:
    with page.expect_download() as info:
        page.click("#zs-export")
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    return download.suggested_filename, json.loads(target.read_text(encoding="utf-8"))


def test_each_need_option_shows_and_announces_its_description(page: Page, site_url: str) -> None:
    """The need labels are the seed's own ("… / geen prioriteit"); what each means is on screen
    and is the radio's accessible description, while its name stays the short title."""
    open_selfscan(page, site_url)
    go_to_domain(page, DOMAINS[0])
    for need in CATALOG.need_levels:
        radio = page.locator(f"#zs-{DOMAINS[0]}-need-{need.id}")
        expect(radio).to_have_accessible_name(need.title)
        expect(radio).to_have_accessible_description(" ".join(need.description.split()))
        expect(page.locator(f"#zs-{DOMAINS[0]}-need-{need.id}-text")).to_be_visible()
    # the same for the statements (named by the answer, in the group of the statement) and for
    # the levels of the quick way (named by the level, described by what it looks like)
    statement = RULES["domains"][0]["levels"][LEVELS[1]]["statements"][0]
    group = page.get_by_role("group", name=statement["text"])
    expect(group.get_by_role("radio", name="Ja", exact=True)).to_have_count(1)
    page.locator(f"#zs-{DOMAINS[0]}-quick summary").click()
    level = page.locator(f"#zs-{DOMAINS[0]}-level-{LEVELS[1]}")
    expect(level).to_have_accessible_name(RULES["levels"][1]["title"])
    descriptor = RULES["domains"][0]["levels"][LEVELS[1]]["descriptor"]
    expect(level).to_have_accessible_description(" ".join(descriptor.split()))


def test_fill_all_domains_and_see_results(page: Page, site_url: str) -> None:
    open_selfscan(page, site_url)
    expect(page.locator("#zs-progress-text")).to_have_text(f"Klaar: 0 van {len(DOMAINS)} domeinen")
    answers = planned_answers()
    answer_by_clicking(page, answers)
    expect(page.locator("#zs-progress-text")).to_have_text(
        f"Klaar: {len(DOMAINS)} van {len(DOMAINS)} domeinen"
    )
    expected = score(RULES, {"domains": answers})
    # radar with a text alternative, and a table with one row per domain
    expect(page.locator("#zs-radar svg[role=img] title")).to_have_count(1)
    expect(page.locator("#zs-table tbody tr")).to_have_count(len(DOMAINS))
    # the grid places every domain once
    expect(page.locator("#zs-grid td li")).to_have_count(len(DOMAINS))
    # the action plan follows the reference scoring order, with every action listed
    titles = page.locator("#zs-plan h4").all_inner_texts()
    by_id = {d["id"]: d for d in RULES["domains"]}
    assert titles == [f"{i + 1}. {by_id[d]['title']}" for i, d in enumerate(expected["plan"])]
    first = expected["domains"][DOMAINS.index(expected["plan"][0])]
    first_actions = page.locator(".zs-plan-item").first.locator(".zs-plan-actions li")
    expect(first_actions).to_have_count(len(first["actions"]))
    priority = next(p for p in RULES["priorities"] if p["id"] == first["priority"])
    expect(page.locator(".zs-plan-item").first).to_contain_text(priority["title"])


def test_every_result_is_explained(page: Page, site_url: str) -> None:
    """Level and how far towards the next one, the need, the matrix cell, the target."""
    open_selfscan(page, site_url)
    domain = RULES["domains"][3]
    level, need = RULES["levels"][1], RULES["needs"][2]
    answer_by_clicking(page, {domain["id"]: {"level": level["id"], "need": need["id"]}})
    priority = next(
        p for p in RULES["priorities"] if p["id"] == RULES["matrix"][level["id"]][need["id"]]
    )
    target = RULES["levels"][2]
    show_results(page)
    squash = lambda text: " ".join(text.split())  # noqa: E731
    item = page.locator(".zs-plan-item").first
    text = squash(item.inner_text())
    assert f"Nu: {level['title']} (zelf gekozen)." in text
    assert f"Doel: {target['title']}." in text
    item.locator("details.zs-why summary").click()
    why = squash(item.locator("details.zs-why").inner_text())
    assert f'Niveau "{level["title"]}" met nood "{need["title"]}"' in why
    assert f'cel "{priority["title"]}"' in why and squash(priority["description"]) in why
    row = page.locator("#zs-table tbody tr").nth(3)
    assert need["title"] in row.inner_text() and level["title"] in row.inner_text()
    line = squash(page.locator(f"#zs-{domain['id']}-result").text_content() or "")
    assert line.startswith(f"Niveau: {level['title']} (zelf gekozen).")
    assert priority["title"] in line


def test_saved_answers_that_no_longer_fit_the_model_are_named(page: Page, site_url: str) -> None:
    open_selfscan(page, site_url)
    saved = {
        "answers": {
            DOMAINS[0]: {"level": LEVELS[1]},
            "oud-domein": {"level": LEVELS[0], "note": "Belangrijke notitie"},
        }
    }
    page.evaluate(
        "data => localStorage.setItem('open-data-zelfscan:v1', JSON.stringify(data))", saved
    )
    page.reload()
    message = page.locator("#zs-storage")
    expect(message).to_contain_text("Het model is bijgewerkt")
    expect(message).to_contain_text("oud-domein")
    assert checked_answers(page) == {DOMAINS[0]: {"level": LEVELS[1]}}


def test_dont_know_is_kept_but_not_scored(page: Page, site_url: str) -> None:
    open_selfscan(page, site_url)
    answer_by_clicking(page, {DOMAINS[0]: {"level": UNKNOWN, "need": UNKNOWN}})
    answer_by_clicking(page, {DOMAINS[1]: {"level": LEVELS[2], "need": NEEDS[0]}})
    expect(page.locator("#zs-progress-text")).to_contain_text("Klaar: 2 van")
    expect(page.locator("#zs-summary")).to_contain_text(
        f"1 domein klaar, 1 onzeker, van {len(DOMAINS)}. Het gemiddelde steunt op 1 domein"
    )
    expect(page.locator(f"#zs-{DOMAINS[0]}-result")).to_contain_text("telt niet mee")
    assert stored(page)["answers"][DOMAINS[0]] == {"level": UNKNOWN, "need": UNKNOWN}


def test_export_reload_clear_import(page: Page, site_url: str, tmp_path: Path) -> None:
    open_selfscan(page, site_url)
    answers = planned_answers()
    answer_by_clicking(page, answers)
    fill_note(page, DOMAINS[0], "Vraag na bij de dienst ICT")
    go_to_overview(page)
    page.fill("#zs-organisation", "Gemeente Voorbeeld")
    page.select_option("#zs-profile", RULES["profiles"][1]["id"])

    name, data = export(page, tmp_path)
    assert name.startswith("zelfscan-") and name.endswith(".json")
    schema = json.loads(page.request.get(site_url + "schema/zelfscan-export.schema.json").text())
    jsonschema.validate(data, schema)
    assert data["catalogVersion"] == RULES["catalogVersion"]
    assert {d: {k: a[k] for k in ("level", "need")} for d, a in data["answers"].items()} == answers
    assert data["answers"][DOMAINS[0]]["note"] == "Vraag na bij de dienst ICT"
    assert data["results"] == score(RULES, {"domains": answers})

    page.reload()
    expect(page.locator("#zs-progress-text")).to_contain_text(f"Klaar: {len(DOMAINS)} van")
    assert checked_answers(page) == answers
    expect(page.locator(f"#zs-{DOMAINS[0]}-note")).to_have_value("Vraag na bij de dienst ICT")
    expect(page.locator("#zs-organisation")).to_have_value("Gemeente Voorbeeld")

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click("#zs-clear")
    assert checked_answers(page) == answers  # cancelling keeps everything
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#zs-clear")
    expect(page.locator("#zs-progress-text")).to_contain_text("Klaar: 0 van")
    assert checked_answers(page) == {}
    assert stored(page) == {}

    page.set_input_files("#zs-import", str(tmp_path / name))
    expect(page.locator("#zs-message")).to_contain_text("Ingelezen")
    assert checked_answers(page) == answers
    expect(page.locator(f"#zs-{DOMAINS[0]}-note")).to_have_value("Vraag na bij de dienst ICT")
    assert stored(page)["answers"][DOMAINS[0]]["note"] == "Vraag na bij de dienst ICT"


def test_broken_imports_leave_answers_untouched(page: Page, site_url: str, tmp_path: Path) -> None:
    open_selfscan(page, site_url)
    answers = {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[2]}}
    answer_by_clicking(page, answers)
    before = stored(page)
    broken = {
        "kapot.json": "{ dit is geen json",
        "ander-formaat.json": json.dumps({"format": "iets-anders"}),
        "versie.json": json.dumps(
            {"format": "open-data-zelfscan-export", "formatVersion": 99, "answers": {}}
        ),
        "groot.json": " " * (RULES["limits"]["fileBytes"] + 1),
        "resultaten.json": json.dumps(
            {
                "format": "open-data-zelfscan-export",
                "formatVersion": 1,
                "catalogVersion": RULES["catalogVersion"],
                "exportedAt": "2026-11-20T09:00:00Z",
                "answers": {DOMAINS[1]: {"level": LEVELS[3]}},
                "results": 5,
            }
        ),
    }
    reasons = {
        "kapot.json": "geen geldig JSON",
        "ander-formaat.json": "geen export",
        "versie.json": "formaatversie 99",
        "groot.json": "te groot",
        "resultaten.json": "resultaten in dit bestand zijn ongeldig",
    }
    for name, text in broken.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        page.set_input_files("#zs-import", str(path))
        expect(page.locator("#zs-message")).to_contain_text(reasons[name])
        expect(page.locator("#zs-message")).to_contain_text("Je antwoorden zijn niet veranderd")
        assert checked_answers(page) == answers, name
        assert stored(page) == before, name


def test_import_from_an_older_catalogue_lists_what_it_could_not_place(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    open_selfscan(page, site_url)
    old = {
        "format": "open-data-zelfscan-export",
        "formatVersion": 1,
        "catalogVersion": "0123456789ab",
        "exportedAt": "2025-11-20T09:00:00Z",
        "answers": {
            DOMAINS[0]: {"level": LEVELS[1], "need": "oude-nood"},
            "verdwenen-domein": {"level": LEVELS[0]},
        },
    }
    path = tmp_path / "oud.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    page.set_input_files("#zs-import", str(path))
    message = page.locator("#zs-message")
    expect(message).to_contain_text("andere versie van het model")
    expect(message).to_contain_text("verdwenen-domein")
    expect(message).to_contain_text("oude-nood")
    assert checked_answers(page) == {DOMAINS[0]: {"level": LEVELS[1]}}


def test_selfscan_works_from_file_url(browser, built_site: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((built_site / "zelfscan.html").as_uri())
    answer_by_clicking(page, {DOMAINS[2]: {"level": LEVELS[0], "need": NEEDS[2]}})
    expect(page.locator("#zs-plan h4")).to_have_count(1)
    expect(page.locator("#zs-radar svg")).to_have_count(1)
    page.reload()
    assert checked_answers(page) == {DOMAINS[2]: {"level": LEVELS[0], "need": NEEDS[2]}}
    context.close()
    assert not errors


LABELS_OUTSIDE = """() => Array.from(document.querySelectorAll('#zs-radar svg')).flatMap((svg) => {
  const box = svg.getBoundingClientRect();
  const left = Math.max(0, box.left), right = Math.min(innerWidth, box.right);
  return Array.from(svg.querySelectorAll('.zs-radar-label'), (label) => {
    const r = label.getBoundingClientRect();
    return r.left < left - 0.5 || r.right > right + 0.5 ? label.textContent : '';
  }).filter(Boolean);
})"""


def test_radar_labels_stay_on_a_narrow_phone(page: Page, site_url: str) -> None:
    """On a phone the labels are set larger: the chart makes room for the longest one, so that
    no domain name is cut off at the edge of the screen."""
    for width in (320, 390):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(site_url + "zelfscan.html")
        answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[2], "need": NEEDS[0]}})
        show_results(page)
        expect(page.locator("#zs-radar .zs-radar-label")).to_have_count(len(DOMAINS))
        assert page.evaluate(LABELS_OUTSIDE) == [], width
