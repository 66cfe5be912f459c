"""The survey analysis page in a real Chromium: answer files made to the platforms' shapes
(tests/survey_samples.py), the per-profile figures on the page against the numbers computed in
Python, the threshold of five, the Dutch messages for broken files, the hand-over of the
suggested needs to the self-scan, axe, and the same from file:// in the offline ZIP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, expect
from selfscan import answer_by_clicking, stored
from survey_samples import (
    QUESTIONS,
    RULES,
    Respondent,
    expected,
    exports_of,
    forms_csv,
    limesurvey_csv,
    respondents,
)
from test_publish import violations

PEOPLE = respondents()
RULES_ANSWERS = [RULES["statementAnswers"][k]["id"] for k in ("yes", "no")] + [
    RULES["unknown"]["id"]
]
WANT = expected(PEOPLE)
SMALL = "minder dan 5"

READ_FIGURES = """() => {
  const out = {groups: {}, cells: {}, agree: {}, answered: {}, needs: {}};
  document.querySelectorAll('#zs-survey-groups [data-group-count]').forEach((s) => {
    out.groups[s.dataset.groupCount] = s.textContent; });
  document.querySelectorAll('#zs-survey-questions [data-question][data-code]').forEach((s) => {
    const key = s.dataset.group + '|' + s.dataset.question + '|' + s.dataset.code;
    out.cells[key] = s.textContent; });
  document.querySelectorAll('#zs-survey-questions [data-agree]').forEach((s) => {
    out.agree[s.dataset.group + '|' + s.dataset.agree] = s.textContent; });
  document.querySelectorAll('#zs-survey-questions [data-answered]').forEach((s) => {
    out.answered[s.dataset.group + '|' + s.dataset.answered] = s.textContent; });
  document.querySelectorAll('#zs-survey-domain-needs [data-domain-need]').forEach((s) => {
    out.needs[s.dataset.domainNeed] = s.dataset.need; });
  out.statements = {};
  document.querySelectorAll('#zs-survey-statements [data-statement]').forEach((s) => {
    out.statements[s.dataset.statement + '|' + s.dataset.answer] = s.textContent; });
  return out;
}"""


def shown(value: int | None) -> str:
    return "–" if value is None else f"{value}%"


def page_figures(want: dict[str, Any]) -> dict[str, Any]:
    """What the page must show for `want` (from survey_samples.expected), in its words."""
    out: dict[str, Any] = {"groups": {}, "cells": {}, "agree": {}, "answered": {}, "needs": {}}
    for group, size in want["groups"].items():
        out["groups"][group] = SMALL if size is None else str(size)
        for q in QUESTIONS:
            entry = want["questions"][(group, q["id"])]
            out["answered"][f"{group}|{q['id']}"] = SMALL if entry["n"] is None else str(entry["n"])
            if q["type"] == "open":
                continue
            for o in q["options"]:
                value = entry["percent"][o["code"]] if "percent" in entry else None
                out["cells"][f"{group}|{q['id']}|{o['code']}"] = shown(value)
            if q["type"] == "stelling":
                out["agree"][f"{group}|{q['id']}"] = shown(entry.get("agree"))
    out["needs"] = {domain: need or "" for domain, need in want["needs"].items()}
    out["statements"] = {
        f"{statement}|{answer}": shown(None if figures is None else figures[answer])
        for statement, figures in want["statements"].items()
        for answer in RULES_ANSWERS
    }
    return out


def analyse(page: Page, path: Path) -> None:
    page.set_input_files("#zs-survey-file", str(path))
    expect(page.locator("#zs-message")).to_contain_text(f"{path.name}: ")


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_limesurvey_answers_per_profile(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "bevraging-analyse.html")
    analyse(page, write(tmp_path, "limesurvey.csv", limesurvey_csv(PEOPLE)))
    expect(page.locator("#zs-message")).to_have_text("limesurvey.csv: 60 antwoorden ingelezen.")
    assert page.evaluate(READ_FIGURES) == page_figures(WANT)
    # the datamanagers (3) are too few: their count and every cell of theirs hold no figure
    expect(page.locator('[data-group-count="data-manager"]')).to_have_text(SMALL)
    cells = page.evaluate(
        """() => [...document.querySelectorAll('#zs-survey-questions [data-group="data-manager"]')]
                 .map((s) => s.textContent)"""
    )
    assert cells and set(cells) <= {"–", SMALL}
    expect(page.locator("#zs-survey-needs h4 + p").first).to_be_visible()
    for button in ("#zs-survey-csv", "#zs-print", "#zs-survey-handover"):
        expect(page.locator(button)).to_be_enabled()
    assert violations(page) == []


def test_spreadsheet_with_semicolons_and_a_bom(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "bevraging-analyse.html")
    analyse(page, write(tmp_path, "forms.csv", forms_csv(PEOPLE)))
    expect(page.locator("#zs-survey-summary")).to_contain_text("puntkomma als scheidingsteken")
    assert page.evaluate(READ_FIGURES) == page_figures(WANT)
    # the platform's own columns are named, not silently dropped
    expect(page.locator("#zs-survey-problems")).to_contain_text("A (ID), B (Begintijd)")


def test_broken_files_are_reported_in_dutch_and_change_nothing(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    page.goto(site_url + "bevraging-analyse.html")
    page.set_input_files("#zs-survey-file", str(write(tmp_path, "leeg.csv", b"")))
    expect(page.locator("#zs-message")).to_have_text(
        "leeg.csv is niet ingelezen. Het bestand is leeg."
    )
    assert violations(page) == []  # the error as it shows before any analysis
    good = limesurvey_csv(PEOPLE)
    lines = good.decode("utf-8").split("\r\n")
    header = lines[0].split(",")
    column = header.index('"A5"')
    target = next(i for i, p in enumerate(PEOPLE) if "A5" in p.answers)
    cells = lines[target + 1].split(",")
    cells[column] = '"9"'
    lines[target + 1] = ",".join(cells)
    analyse(page, write(tmp_path, "fout.csv", "\r\n".join(lines).encode("utf-8")))
    letter = chr(ord("A") + column) if column < 26 else "A" + chr(ord("A") + column - 26)
    expect(page.locator("#zs-survey-problems li").first).to_have_text(
        f'Rij {target + 2}, kolom {letter}: A5: "9" is geen antwoord van deze vraag. '
        "Dit antwoord telt niet mee."
    )
    expect(page.locator("#zs-message")).to_have_class("zs-message zs-message-warning")
    people = [
        Respondent(
            p.profile,
            {k: v for k, v in p.answers.items() if not (i == target and k == "A5")},
            p.statements,
        )
        for i, p in enumerate(PEOPLE)
    ]
    assert page.evaluate(READ_FIGURES) == page_figures(expected(people))
    before = page.evaluate(READ_FIGURES)
    for name, content, message in [
        ("leeg.csv", b"", "leeg.csv is niet ingelezen. Het bestand is leeg."),
        (
            "foto.csv",
            bytes(range(256)) * 4,
            "foto.csv is niet ingelezen. Dit bestand bevat geen tekst",
        ),
        (
            "antwoorden.xlsx",
            b"PK\x03\x04" + bytes(200),
            "antwoorden.xlsx is niet ingelezen. Dit is een Excel- of ODS-bestand",
        ),
        (
            "ander.csv",
            b"naam;adres\nJan;Markt 1\n",
            "ander.csv is niet ingelezen. Geen enkele kolomkop hoort bij de vragenlijst.",
        ),
    ]:
        page.set_input_files("#zs-survey-file", str(write(tmp_path, name, content)))
        expect(page.locator("#zs-message")).to_contain_text(message)
        expect(page.locator("#zs-message")).to_contain_text("De analyse van fout.csv blijft staan.")
        expect(page.locator("#zs-message")).to_have_class("zs-message zs-message-error")
        assert page.evaluate(READ_FIGURES) == before, name


def test_a_missing_column_is_named(page: Page, site_url: str, tmp_path: Path) -> None:
    text = limesurvey_csv(PEOPLE).decode("utf-8")
    rows = [line.split(",") for line in text.split("\r\n") if line]
    index = rows[0].index('"A7"')
    content = "\r\n".join(",".join(r[:index] + r[index + 1 :]) for r in rows) + "\r\n"
    page.goto(site_url + "bevraging-analyse.html")
    analyse(page, write(tmp_path, "zonder-a7.csv", content.encode("utf-8")))
    expect(page.locator("#zs-survey-problems")).to_contain_text(
        "Deze vragen staan niet in het bestand (niet gesteld?): A7."
    )
    expect(
        page.locator('#zs-survey-questions [data-answered="A7"][data-group="alle"]')
    ).to_have_text(SMALL)
    expect(page.locator('#zs-survey-questions [data-agree="A4"][data-group="alle"]')).to_have_text(
        shown(WANT["questions"][("alle", "A4")]["agree"])
    )


def test_suggested_needs_go_into_the_self_scan_after_asking(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    domains = list(WANT["needs"])
    page.goto(site_url + "zelfscan.html")
    first = domains[0]
    answer_by_clicking(page, {first: {"level": "opgestart", "need": "geen-nood"}})
    page.goto(site_url + "bevraging-analyse.html")
    analyse(page, write(tmp_path, "limesurvey.csv", limesurvey_csv(PEOPLE)))
    asked: list[str] = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.click("#zs-survey-handover")
    expect(page.locator("#zs-handover-message")).to_have_text("Er is niets overgenomen.")
    assert stored(page)["answers"] == {first: {"level": "opgestart", "need": "geen-nood"}}
    suggested = {d: n for d, n in WANT["needs"].items() if n}
    assert asked and f"bij {len(suggested)} domeinen de nood uit de bevraging" in asked[0]
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#zs-survey-handover")
    expect(page.locator("#zs-handover-message")).to_contain_text(
        f"Overgenomen bij {len(suggested)} domeinen."
    )
    answers = stored(page)["answers"]
    assert {d: a.get("need") for d, a in answers.items()} == suggested
    assert answers[first]["level"] == "opgestart"  # the level chosen in the self-scan stays
    page.click("#zs-handover-message a")
    expect(page).to_have_url(site_url + "zelfscan.html")
    expect(page.locator(f"#zs-{first}-need-{suggested[first]}")).to_be_checked()


def test_the_analysis_works_from_disk(browser: Browser, offline_site: Path, tmp_path: Path) -> None:
    context = browser.new_context(offline=True, reduced_motion="reduce", accept_downloads=True)
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
    page.goto((offline_site / "gidsen" / "bevraging.html").as_uri())
    page.get_by_role("link", name="Bevraging analyseren").first.click()
    expect(page.locator("#zs-survey-button")).to_be_enabled()
    analyse(page, write(tmp_path, "forms.csv", forms_csv(PEOPLE, encoding="cp1252")))
    assert page.evaluate(READ_FIGURES) == page_figures(WANT)
    listed = (offline_site / "bevraging" / "open-data-zelfscan-bevraging-limesurvey.txt").read_text(
        encoding="utf-8"
    )
    assert listed.startswith("id\trelated_id\tclass")
    # the respondents' statements go on to the combine page, also from disk
    with page.expect_download() as info:
        page.click("#zs-survey-bundle")
    bundle = tmp_path / info.value.suggested_filename
    info.value.save_as(bundle)
    page.goto((offline_site / "samenvoegen.html").as_uri())
    page.set_input_files("#zs-combine-files", str(bundle))
    expect(page.locator("#zs-summary p").first).to_contain_text(
        f"{len(exports_of(PEOPLE))} zelfscans samengevoegd."
    )
    context.close()
    assert errors == [] and elsewhere == []


def test_the_analysis_prints_without_controls(page: Page, site_url: str, tmp_path: Path) -> None:
    from test_print import flat, printed

    page.goto(site_url + "bevraging-analyse.html")
    analyse(page, write(tmp_path, "limesurvey.csv", limesurvey_csv(PEOPLE)))
    sheets = printed(page)
    text = flat(sheets)
    assert "Bevraging limesurvey.csv" in text  # what was analysed, and when
    assert "Voorstel: nood per domein" in text and "A4. Ik weet wat open data zijn." in text
    for control in (
        "Kies een bestand",
        "Sleep het CSV-bestand",
        "Exporteer als CSV",
        "Afdrukken",
        "Neem de voorgestelde noden over",
        "Alles blijft op je eigen computer",
    ):
        assert control not in text, control
    assert len(sheets) <= 40


def test_a_hostile_answers_file_shows_as_text_and_runs_nothing(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    from test_hostile import INJECTED, PAYLOAD, WATCH

    text = limesurvey_csv(PEOPLE).decode("utf-8")
    lines = text.split("\r\n")
    header = lines[0].split(",")
    a4 = header.index('"A4"')
    cells = lines[1].split(",")
    cells[a4] = '"' + PAYLOAD.replace('"', '""') + '"'  # a value that is no answer
    lines[1] = ",".join(cells)
    # a column of the platform's own, named with the payload
    lines = [lines[0] + ',"' + PAYLOAD.replace('"', '""') + '"'] + [
        line + ',"x"' if line else line for line in lines[1:]
    ]
    page.add_init_script(WATCH)
    page.goto(site_url + "bevraging-analyse.html")
    analyse(page, write(tmp_path, "vijandig.csv", "\r\n".join(lines).encode("utf-8")))
    report = page.locator("#zs-survey-problems")
    expect(report).to_contain_text(f'A4: "{PAYLOAD[:60]}" is geen antwoord van deze vraag.')
    expect(report).to_contain_text(PAYLOAD.strip()[:60])
    assert page.evaluate("() => window.__hostile") == []
    assert page.locator(INJECTED).count() == 0
    assert page.evaluate("() => window.__violations") == []


def test_statement_answers_download_as_self_scans(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    import json

    import jsonschema

    page.goto(site_url + "bevraging-analyse.html")
    analyse(page, write(tmp_path, "limesurvey.csv", limesurvey_csv(PEOPLE)))
    wanted = exports_of(PEOPLE)
    expect(page.locator("#zs-survey-statements p").first).to_contain_text(
        f"{len(wanted)} respondenten"
    )
    with page.expect_download() as info:
        page.click("#zs-survey-bundle")
    bundle = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert info.value.suggested_filename.startswith("bevraging-zelfscans-")
    assert bundle["format"] == RULES["formats"]["bundle"]["name"]
    assert (
        bundle["catalogVersion"] == RULES["catalogVersion"] and bundle["source"] == "limesurvey.csv"
    )
    schema = json.loads(page.request.get(site_url + "schema/zelfscan-export.schema.json").text())
    for export in bundle["exports"]:
        jsonschema.validate(export, schema)
    assert [
        {
            "row": int(e["respondent"].rsplit(" ", 1)[1]),
            "profile": e["profile"],
            "answers": e["answers"],
        }
        for e in bundle["exports"]
    ] == wanted


def test_the_survey_file_joins_a_round_beside_a_version_1_export(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    """The file "als zelfscans" from the analysis is read on the combine page: every
    respondent counts once, next to a colleague's export from before statements (format 1)."""
    import json

    from reference.organisation import combine
    from test_round import expect_differences

    page.goto(site_url + "bevraging-analyse.html")
    analyse(page, write(tmp_path, "limesurvey.csv", limesurvey_csv(PEOPLE)))
    with page.expect_download() as info:
        page.click("#zs-survey-bundle")
    bundle_path = tmp_path / info.value.suggested_filename
    info.value.save_as(bundle_path)
    bundle = json.loads(bundle_path.read_text(encoding="utf-8"))
    first, last = RULES["domains"][0], RULES["domains"][-1]
    old = {
        "format": RULES["formats"]["export"]["name"],
        "formatVersion": 1,
        "catalogVersion": RULES["catalogVersion"],
        "exportedAt": "2026-03-02T09:00:00Z",
        "respondent": "Oude export",
        "profile": RULES["profiles"][0]["id"],
        "answers": {
            first["id"]: {"level": RULES["levels"][3]["id"], "need": RULES["needs"][2]["id"]},
            last["id"]: {"level": RULES["levels"][0]["id"]},
        },
    }
    old_path = write(tmp_path, "zelfscan-maart.json", json.dumps(old).encode("utf-8"))

    page.goto(site_url + "samenvoegen.html")
    page.set_input_files("#zs-combine-files", [str(bundle_path), str(old_path)])
    n = len(bundle["exports"])
    assert n >= 3
    expect(page.locator("#zs-message")).to_have_text(f"{n + 1} zelfscans ingelezen.")
    respondents = [
        {"name": e["respondent"], "profile": e["profile"], "domains": e["answers"]}
        for e in bundle["exports"]
    ] + [{"name": old["respondent"], "profile": old["profile"], "domains": old["answers"]}]
    expected = combine(RULES, respondents)
    # so many people fold into one line, so that the differences stay close; opened, it stays open
    summary = page.locator("#zs-combine-sources details > summary")
    expect(summary).to_have_text(f"Toon wie deed mee ({n + 1} zelfscans)")
    rows = page.locator("#zs-combine-sources tbody tr")
    expect(rows.first).to_be_hidden()
    summary.click()
    expect(rows).to_have_count(n + 1)
    page.locator("#zs-combine-sources button[data-remove]").last.click()
    expect(page.locator("#zs-message")).to_have_text(
        f"Oude export is verwijderd. Samen nu {n} zelfscans."
    )
    expect(rows.first).to_be_visible()
    page.set_input_files("#zs-combine-files", str(old_path))
    expect(page.locator("#zs-combine-sources tbody th")).to_have_text(
        [p["label"] for p in expected["people"]]
    )
    assert f"{bundle_path.name}, zelfscan 1" in rows.first.inner_text()
    assert "zelfscan-maart.json" in rows.last.inner_text()
    expect(page.locator("#zs-summary p").first).to_contain_text(f"{n + 1} zelfscans samengevoegd.")
    expect_differences(page, expected)
    # alike survey answers are different people; no "same colleague twice" remark about them
    expect(page.locator("#zs-summary")).not_to_contain_text("precies dezelfde antwoorden")
    expect(page.locator("#zs-summary")).to_contain_text(
        f"{bundle_path.name} bevat {n} respondenten van een bevraging. Bij zoveel mensen zijn"
        " verschillen normaal"
    )
    # kept in this browser: after a reload the round is still there, with the same people
    page.reload()
    expect(page.locator("#zs-combine-sources tbody tr")).to_have_count(n + 1)
    assert violations(page) == []
