"""Organisation view in a real Chromium: combine colleagues' exports, compare over time,
share by link, and the action plan as a working list with its files and plan sheet."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, timedelta
from pathlib import Path

import jsonschema
from playwright.sync_api import Browser, Page, expect
from reference.organisation import combine, compare, organisation_answers
from reference.scoring import score
from selfscan import (
    DOMAINS,
    LEVELS,
    NEEDS,
    ROOT,
    RULES,
    answer_by_clicking,
    checked_answers,
    go_to_overview,
    open_action,
    show_results,
    stored,
)

from generator.catalog import load_catalog

CATALOG = load_catalog(ROOT / "catalog", ROOT)
PROFILES = [p["id"] for p in RULES["profiles"]]
TITLES = {d["id"]: d["title"] for d in RULES["domains"]}


def export_data(answers: dict, profile: str = "", catalog: str | None = None) -> dict:
    return {
        "format": "open-data-zelfscan-export",
        "formatVersion": 1,
        "catalogVersion": catalog or RULES["catalogVersion"],
        "exportedAt": "2026-11-20T09:00:00Z",
        "profile": profile,
        "answers": answers,
    }


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def download(page: Page, selector: str) -> tuple[str, str]:
    with page.expect_download() as info:
        page.click(selector)
    return info.value.suggested_filename, Path(info.value.path()).read_text(encoding="utf-8")


def level_title(score: int | None) -> str:
    return "–" if score is None else RULES["levels"][score]["title"]


def expect_combined(page: Page, expected: dict) -> None:
    """The domain table and the per-profile table show exactly `expected` (from Python)."""
    results = score(RULES, {"domains": organisation_answers(RULES, expected, {})})
    rows = page.locator("#zs-table tbody tr")
    expect(rows).to_have_count(len(DOMAINS))
    for i, domain in enumerate(expected["domains"]):
        cells = rows.nth(i).locator("th, td").all_inner_texts()
        level = domain["level"]
        low, high = level_title(level["min"]), level_title(level["max"])
        assert cells[0] == TITLES[domain["id"]]
        assert cells[1] == str(domain["respondents"])
        assert cells[2] == level_title(level["median"])
        assert cells[3] == (low if low == high else f"{low} – {high}")
        need = domain["need"]["median"]
        assert cells[4] == ("–" if need is None else RULES["needs"][need]["title"])
        assert cells[5] == ("Ja: 2 niveaus of meer verschil" if domain["disagreement"] else "Nee")
        organisation = results["domains"][i]
        assert cells[6] == level_title(organisation["levelScore"])

    # per profile: only profiles with three respondents or more (anonymity), the others named
    titles = {p["id"]: p["title"] for p in RULES["profiles"]} | {"": "Zonder profiel"}
    minimum = RULES["round"]["minGroup"]
    present = [g["profile"] for g in expected["groups"] if g["count"] >= minimum]
    small = [titles[g["profile"]] for g in expected["groups"] if g["count"] < minimum]
    if small:
        expect(page.locator("#zs-profiles")).to_contain_text(
            f"Niet apart getoond: {', '.join(small)}. Daarvan deden minder dan"
        )
    head = page.locator("#zs-profiles thead th").all_inner_texts()
    assert head == (["Domein"] + [titles[p] for p in present] if present else [])
    if not present:
        return
    rows = page.locator("#zs-profiles tbody tr")
    expect(rows).to_have_count(len(DOMAINS))
    for i, domain in enumerate(expected["domains"]):
        by_profile = {x["profile"]: x for x in domain["profiles"]}
        shown = [
            f"{level_title(by_profile[p]['median'])} ({by_profile[p]['count']})"
            if p in by_profile
            else "te weinig antwoorden"
            for p in present
        ]
        assert rows.nth(i).locator("th, td").all_inner_texts() == [TITLES[domain["id"]], *shown]


def expect_plan(page: Page, expected: dict) -> None:
    """The combined plan: the domains in the engine's order, each with its actions."""
    results = score(RULES, {"domains": organisation_answers(RULES, expected, {})})
    items = page.locator("#zs-plan .zs-plan-item")
    expect(items).to_have_count(len(results["plan"]))
    actions = {d["id"]: d["actions"] for d in results["domains"]}
    for i, domain in enumerate(results["plan"]):
        item = items.nth(i)
        assert item.locator("h4").inner_text() == f"{i + 1}. {TITLES[domain]}"
        hrefs = item.locator(".zs-plan-actions a").evaluate_all(
            "links => links.map(a => a.getAttribute('href').split('#')[1])"
        )
        assert hrefs == actions[domain]


def test_combine_five_exports(page: Page, site_url: str, tmp_path: Path) -> None:
    rng = random.Random(5)
    respondents = []
    files = []
    for n, profile in enumerate([PROFILES[0], PROFILES[1], PROFILES[0], PROFILES[0], ""]):
        answers = {
            d: {"level": rng.choice(LEVELS), "need": rng.choice(NEEDS)}
            for d in DOMAINS
            if rng.random() < 0.9
        }
        respondents.append({"profile": profile, "domains": answers})
        files.append(str(write(tmp_path / f"collega-{n}.json", export_data(answers, profile))))
    expected = combine(RULES, respondents)
    assert any(d["disagreement"] for d in expected["domains"])  # the test data shows a flag
    without_second = combine(RULES, respondents[:1] + respondents[2:])
    medians = [[d["level"]["median"] for d in e["domains"]] for e in (expected, without_second)]
    assert medians[0] != medians[1]  # removing a file must show in the medians

    page.goto(site_url + "samenvoegen.html")
    expect(page.locator("#zs-combine-clear")).to_be_hidden()
    expect(page.locator("#zs-combined-json")).to_be_disabled()
    page.set_input_files("#zs-combine-files", files)
    expect(page.locator("#zs-message")).to_have_text("5 bestanden ingelezen.")
    expect(page.locator("#zs-summary p").first).to_contain_text("5 zelfscans samengevoegd. Bij ")
    expect_combined(page, expected)
    expect(page.locator("#zs-radar .zs-radar-band")).to_have_count(1)
    expect(page.locator("#zs-radar .zs-legend li")).to_have_text(
        ["Lijn: mediaan (het middelste antwoord)", "Vlak: spreiding (laagste tot hoogste antwoord)"]
    )
    expect_plan(page, expected)

    name, text = download(page, "#zs-combined-csv")
    assert name.endswith(".csv")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert table[0][:4] == ["domein", "titel", "respondenten", "mediaan_maturiteit"]
    assert len(table) == 1 + len(DOMAINS)
    assert [row[0] for row in table[1:]] == DOMAINS

    _, text = download(page, "#zs-combined-json")
    data = json.loads(text)
    schema = json.loads(
        page.request.get(site_url + "schema/zelfscan-samenvoeging.schema.json").text()
    )
    jsonschema.validate(data, schema)
    assert data["respondents"] == 5
    assert [d["disagreement"] for d in data["domains"]] == [
        d["disagreement"] for d in expected["domains"]
    ]
    assert [s["file"] for s in data["people"]] == [Path(f).name for f in files]
    labels = [p["label"] for p in expected["people"]]
    assert [s["label"] for s in data["people"]] == labels

    # the same file again, also under another name: skipped, named, nothing changes
    copy = tmp_path / "kopie.json"
    copy.write_bytes(Path(files[0]).read_bytes())
    page.set_input_files("#zs-combine-files", [files[0], str(copy)])
    message = page.locator("#zs-message")
    expect(message).to_contain_text("Niets nieuws ingelezen. Samen nu 5 zelfscans.")
    expect(message.locator("li")).to_have_text(
        [
            "collega-0.json is overgeslagen: het is al ingelezen en telt maar één keer mee.",
            "kopie.json is overgeslagen: het is hetzelfde bestand als collega-0.json en telt"
            " maar één keer mee.",
        ]
    )
    expect(page.locator("#zs-combine-sources tbody tr")).to_have_count(5)
    expect(page.locator("#zs-summary p").first).to_contain_text("5 zelfscans samengevoegd.")
    expect_combined(page, expected)

    # remove one file by keyboard: everything is computed again, focus goes to the next file
    page.get_by_role("button", name=f"Verwijder {labels[1]}", exact=True).focus()
    page.keyboard.press("Enter")
    expect(message).to_have_text(f"{labels[1]} is verwijderd. Samen nu 4 zelfscans.")
    expect(page.locator("#zs-combine-sources tbody tr")).to_have_count(4)
    expect_combined(page, without_second)
    expect_plan(page, without_second)
    expect(page.get_by_role("button", name=f"Verwijder {labels[2]}", exact=True)).to_be_focused()
    page.get_by_role("button", name=f"Verwijder {labels[4]}", exact=True).click()
    expect(page.get_by_role("button", name=f"Verwijder {labels[3]}", exact=True)).to_be_focused()

    # start over, after saying yes: nothing left of the files, and the chooser has the focus
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Alles wissen en opnieuw beginnen").click()
    expect(page.locator("#zs-combine-sources tbody tr")).to_have_count(3)  # said no: all kept
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Alles wissen en opnieuw beginnen").click()
    expect(page.locator("#zs-combine-button")).to_be_focused()
    expect(message).to_contain_text("Alles is gewist: de ronde, de ingelezen zelfscans")
    expect(page.locator("#zs-combine-sources")).to_be_empty()
    expect(page.locator("#zs-summary")).to_have_text("Nog geen bestanden gekozen.")
    for part in ("#zs-radar", "#zs-table", "#zs-profiles", "#zs-gap", "#zs-plan", "#zs-print-meta"):
        expect(page.locator(part)).to_be_empty()
    for button in ("#zs-combined-json", "#zs-combined-csv", "#zs-print"):
        expect(page.locator(button)).to_be_disabled()
    expect(page.locator("#zs-combine-clear")).to_be_hidden()

    # and the files that were there count again, once
    page.set_input_files("#zs-combine-files", files[1])
    expect(message).to_have_text("1 bestand ingelezen.")
    expect(page.locator("#zs-summary p").first).to_contain_text("1 zelfscan ingelezen.")
    expect_combined(page, combine(RULES, respondents[1:2]))


def test_combine_notes_other_catalogue_versions_and_bad_files(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    old = write(
        tmp_path / "vorig-jaar.json",
        export_data(
            {DOMAINS[0]: {"level": LEVELS[3]}, "weg": {"level": LEVELS[0]}}, "", "0123456789ab"
        ),
    )
    new = write(tmp_path / "nu.json", export_data({DOMAINS[0]: {"level": LEVELS[0]}}))
    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    page.goto(site_url + "samenvoegen.html")
    page.set_input_files("#zs-combine-files", [str(old), str(new), str(bad)])
    message = page.locator("#zs-message")
    expect(message).to_contain_text("2 bestanden ingelezen.")
    expect(message.locator("li")).to_have_text(
        ["kapot.json is niet ingelezen. Dit bestand is geen geldig JSON-bestand."]
    )
    summary = page.locator("#zs-summary")
    expect(summary).to_contain_text(
        "Collega 1 (vorig-jaar.json) is gemaakt met een andere versie van het model (0123456789ab)"
    )
    expect(summary).to_contain_text('Domein "weg" bestaat niet meer.')
    expect(summary.locator("p").first).to_contain_text(
        "Bij 1 domein liggen de antwoorden twee niveaus of meer uit elkaar: bespreek dat"
    )
    first = page.locator("#zs-table tbody tr").first.locator("td").all_inner_texts()
    assert first[0] == "2" and first[4].startswith("Ja")
    expect(page.locator("#zs-plan .zs-flag")).to_have_text(
        f"Let op: de antwoorden lopen uiteen, van {RULES['levels'][0]['title']} tot "
        f"{RULES['levels'][3]['title']}. Bespreek dit domein eerst samen."
    )

    # colleagues' exports share a name; one colleague exported twice (same answers)
    same = {DOMAINS[1]: {"level": LEVELS[1], "need": NEEDS[0]}}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first_export = write(tmp_path / "a" / "zelfscan-2026-11-20.json", export_data(same))
    again = export_data(same) | {"exportedAt": "2026-11-21T10:00:00Z"}
    second_export = write(tmp_path / "b" / "zelfscan-2026-11-20.json", again)
    page.set_input_files("#zs-combine-files", str(first_export))
    page.set_input_files("#zs-combine-files", str(second_export))
    expect(message).to_have_text("1 bestand ingelezen. Samen nu 4 zelfscans.")
    expect(page.locator("#zs-combine-sources tbody th")).to_have_text(
        ["Collega 1", "Collega 2", "Collega 3", "Collega 4"]
    )
    expect(page.locator("#zs-combine-sources tbody td:nth-child(3)")).to_have_text(
        [
            "vorig-jaar.json (andere versie van het model)",
            "nu.json",
            "zelfscan-2026-11-20.json",
            "zelfscan-2026-11-20 (2).json",
        ]
    )
    expect(summary).to_contain_text(
        "Collega 3 (zelfscan-2026-11-20.json) en Collega 4 (zelfscan-2026-11-20 (2).json) bevatten"
        " precies dezelfde antwoorden."
    )
    expect(page.get_by_role("button", name="Verwijder Collega 4", exact=True)).to_have_count(1)

    # a combined file is not an export: say so; a file dropped on the zone is read
    _, text = download(page, "#zs-combined-json")
    page.set_input_files(
        "#zs-combine-files",
        files=[{"name": "samen.json", "mimeType": "application/json", "buffer": text.encode()}],
    )
    expect(message.locator("li")).to_have_text(
        [
            "samen.json is niet ingelezen: het is al een samenvoeging. Vergelijk het met deze"
            " ronde in stap 6, of open het in de zelfscan met Importeren."
        ]
    )
    dropped = json.dumps(export_data({DOMAINS[2]: {"level": LEVELS[2]}}, PROFILES[1]))
    transfer = page.evaluate_handle(
        """text => { const t = new DataTransfer();
                     t.items.add(new File([text], 'gesleept.json', {type: 'application/json'}));
                     return t; }""",
        dropped,
    )
    page.dispatch_event("#zs-drop", "drop", {"dataTransfer": transfer})
    expect(message).to_have_text("1 bestand ingelezen. Samen nu 5 zelfscans.")
    expect(page.locator("#zs-table tbody tr").nth(2).locator("td").first).to_have_text("1")


def test_compare_with_an_earlier_export(page: Page, site_url: str, tmp_path: Path) -> None:
    before = {
        DOMAINS[0]: {"level": LEVELS[0], "need": NEEDS[2]},
        DOMAINS[1]: {"level": LEVELS[2], "need": NEEDS[1]},
        DOMAINS[2]: {"level": LEVELS[1], "need": NEEDS[1]},
    }
    now = {
        DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[2]},
        DOMAINS[1]: {"level": LEVELS[2], "need": NEEDS[1]},
        DOMAINS[2]: {"level": LEVELS[0], "need": NEEDS[1]},
    }
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, now)
    page.set_input_files(
        "#zs-compare-file", str(write(tmp_path / "vorig.json", export_data(before)))
    )
    expect(page.locator("#zs-compare-message")).to_contain_text("Vergeleken met de export")
    expect(page.locator("#zs-radar .zs-radar-series")).to_have_count(2)
    expected = compare(score(RULES, {"domains": before}), score(RULES, {"domains": now}))
    rows = page.locator("#zs-compare-result tbody tr")
    words = {"up": "hoger", "same": "gelijk", "down": "lager", None: "niet te vergelijken"}
    for i, domain in enumerate(expected["domains"]):
        assert words[domain["change"]] in rows.nth(i).inner_text()
    done = page.locator("#zs-compare-result ul li a")
    expect(done).to_have_count(len(expected["done"]))
    assert expected["dropped"] == [DOMAINS[2]]  # it went down: discussed, its actions not done
    expect(page.locator("#zs-compare-result")).to_contain_text("Gedaald sinds")
    title = RULES["domains"][2]["title"]
    expect(page.locator("#zs-compare-result ul li", has_text=title).first).to_be_visible()
    page.click("#zs-compare-close")
    expect(page.locator("#zs-radar .zs-radar-series")).to_have_count(1)


def test_share_link_opens_in_a_fresh_browser_and_never_overwrites_silently(
    browser: Browser, page: Page, site_url: str
) -> None:
    answers = {
        DOMAINS[0]: {"level": LEVELS[2], "need": NEEDS[0]},
        DOMAINS[4]: {"level": LEVELS[0], "need": NEEDS[2]},
    }
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, answers)
    go_to_overview(page)
    page.select_option("#zs-profile", PROFILES[2])
    page.click("#zs-share-button")
    link = page.locator("#zs-share-link").input_value()
    fragment = link.split("#", 1)[1]
    assert link.startswith(site_url + "zelfscan.html#z3.") and len(fragment) < 120

    fresh = browser.new_context()
    other = fresh.new_page()
    requests: list[str] = []
    other.on("request", lambda r: requests.append(r.url))
    other.goto(link)
    expect(other.locator("#zs-shared")).to_be_visible()
    expect(other.locator("#zs-plan h4")).to_have_count(2)
    assert checked_answers(other) == {}  # nothing of one's own changed yet
    assert all("#" not in url and fragment not in url for url in requests)  # never sent
    other.click("#zs-shared-load")  # no own answers: nothing to confirm
    expect(other.locator("#zs-shared")).to_be_hidden()
    assert checked_answers(other) == answers
    assert stored(other)["profile"] == PROFILES[2]
    assert "#" not in other.url

    mine = {DOMAINS[1]: {"level": LEVELS[1], "need": NEEDS[1]}}
    third = fresh.new_page()
    third.goto(site_url + "zelfscan.html")
    answer_by_clicking(third, {DOMAINS[0]: {"level": LEVELS[1], "need": NEEDS[1]}})
    third.evaluate("() => localStorage.clear()")
    third.reload()
    answer_by_clicking(third, mine)
    third.goto(link)
    third.reload()
    third.click("#zs-shared-load")
    third.get_by_role("button", name="Annuleer").click()
    assert stored(third)["answers"] == mine  # refused: own answers kept
    fresh.close()


def test_action_plan_as_a_working_list(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, {DOMAINS[0]: {"level": LEVELS[0], "need": NEEDS[2]}})
    action_id = open_action(page)
    first = page.locator(".zs-plan-actions li").first
    first.locator("[data-field=owner]").fill("Dienst ICT")
    first.locator("[data-field=due]").fill("2027-03-31")
    first.locator("[data-field=status]").select_option(RULES["statuses"][1]["id"])
    page.reload()
    open_action(page, action_id)
    first = page.locator(".zs-plan-actions li").first
    expect(first.locator("[data-field=owner]")).to_have_value("Dienst ICT")
    expect(first.locator("[data-field=due]")).to_have_value("2027-03-31")
    assert stored(page)["plan"][action_id] == {
        "owner": "Dienst ICT",
        "due": "2027-03-31",
        "status": RULES["statuses"][1]["id"],
    }

    _, text = download(page, "#zs-plan-csv")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert table[0] == [
        "domein",
        "prioriteit",
        "actie_id",
        "actie",
        "inspanning",
        "trekker",
        "deadline",
        "status",
    ]
    assert table[1][2] == action_id and table[1][5] == "Dienst ICT"
    _, markdown = download(page, "#zs-plan-md")
    assert markdown.startswith("# Actieplan open data")
    assert "Dienst ICT, 2027-03-31" in markdown
    name, ics = download(page, "#zs-reminder")
    assert name.endswith(".ics")
    today = date.today()  # one year later; on 29 February that is 1 March, as in JavaScript
    next_year = date(today.year + 1, today.month, 1) + timedelta(days=today.day - 1)
    assert f"DTSTART;VALUE=DATE:{next_year:%Y%m%d}" in ics

    # a higher target covers every step up to it: the actions of each level on the way
    page.locator("[data-domain-target]").first.select_option(LEVELS[3])
    domain = RULES["domains"][0]
    steps = [a["title"] for level in LEVELS[:3] for a in domain["levels"][level]["actions"]]
    shown = page.locator(".zs-plan-item").first.locator(".zs-plan-actions li .zs-action-title")
    expect(shown).to_have_count(len(steps))
    assert shown.all_inner_texts() == steps
    assert stored(page)["answers"][DOMAINS[0]]["target"] == LEVELS[3]


def test_profile_filter(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, {d: {"level": LEVELS[0], "need": NEEDS[2]} for d in DOMAINS})
    show_results(page)
    expect(page.locator("#zs-plan-profile")).to_have_value("")  # no profile chosen: all
    everything = page.locator(".zs-plan-actions li").count()
    page.select_option("#zs-plan-profile", "aankoopdienst")
    shown = page.locator(".zs-plan-actions li")
    assert 0 < shown.count() < everything
    for profiles in shown.evaluate_all("items => items.map(i => i.dataset.profiles)"):
        assert "aankoopdienst" in profiles.split()


def test_plan_one_action_on_a_sheet(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, {DOMAINS[3]: {"level": LEVELS[1], "need": NEEDS[2]}})
    action_id = open_action(page)
    item = page.locator(".zs-plan-actions li").first
    title = item.locator(".zs-action-title").inner_text()
    item.get_by_role("link", name=f'Plan "{title}" op een planblad').click()
    expect(page.locator("#zs-sheet-head h2")).to_have_text(title)
    tool = CATALOG.process_tool
    aspect = next(a for a in tool.aspects if a.on_plan_sheet).model_dump()
    phase = tool.phases[0].model_dump()
    page.fill(f"#zs-aspect-{aspect['id']}", "De schepen vroeg het in de raad.")
    page.fill(f"#zs-phase-{phase['id']}", "Januari: verkennen met de dienst ICT.")
    page.reload()
    expect(page.locator(f"#zs-aspect-{aspect['id']}")).to_have_value(
        "De schepen vroeg het in de raad."
    )
    page.goto(site_url + "zelfscan.html")
    _, text = download(page, "#zs-export")
    sheets = json.loads(text)["sheets"][action_id]
    assert sheets["aspects"][aspect["id"]] == "De schepen vroeg het in de raad."
    assert sheets["phases"][phase["id"]] == "Januari: verkennen met de dienst ICT."
