"""Printing, as a civil servant does it: Chromium prints the page to an A4 PDF, pypdf reads the
text back. The self-scan results make a compact report (no navigation, no form controls, every
domain, the date and catalogue version), the plan sheet is one page when empty and keeps every
typed word when filled in, and the combine page prints its results without its drop zone."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect
from pypdf import PdfReader
from selfscan import (
    DOMAINS,
    LEVELS,
    NEEDS,
    RULES,
    answer_by_clicking,
    go_to_overview,
    open_action,
    planned_answers,
)

# All 11 domains answered print on 10 pages (26 before the print stylesheet was reworked).
MAX_REPORT_PAGES = 12
PAGE_NUMBER = re.compile(r"^\d+ / \d+$")
# What form controls leave on paper when they print: option texts, labels, date placeholders.
FORM_ARTEFACTS = [
    "Status kiezen",
    "Doelniveau",
    "op een planblad",
    "Klaar: ",
    "Trekker voor:",
    "mm/dd/yyyy",
    "dd/mm/jjjj",
    "dd-mm-jjjj",
    "jjjj",
    "Afdrukken",
    "Exporteren",
    "Importeren",
    "Kies een eerdere export",
    "Toon acties voor",
    "Klopt dit vandaag voor je organisatie?",
    "Naam van je organisatie",
    "Beantwoord:",
]
ACTIONS = [
    action
    for domain in RULES["domains"]
    for level in domain["levels"].values()
    for action in level["actions"]
]
LONGEST_ACTION = max(ACTIONS, key=lambda a: len(a["title"]) + len(a["description"]))


def export_file(path: Path, answers: dict, profile: str = "") -> str:
    path.write_text(
        json.dumps(
            {
                "format": "open-data-zelfscan-export",
                "formatVersion": 1,
                "catalogVersion": RULES["catalogVersion"],
                "exportedAt": "2025-11-20T09:00:00Z",
                "profile": profile,
                "answers": answers,
            }
        ),
        encoding="utf-8",
    )
    return str(path)


def printed(page: Page) -> list[list[str]]:
    """The page printed on A4 by Chromium: per sheet of paper, its lines of text."""
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    return [
        [line.strip() for line in (sheet.extract_text() or "").splitlines() if line.strip()]
        for sheet in PdfReader(io.BytesIO(pdf)).pages
    ]


def flat(sheets: list[list[str]]) -> str:
    return " ".join(" ".join(" ".join(lines) for lines in sheets).split())


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_results_print_as_a_report(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, planned_answers())
    go_to_overview(page)
    page.fill("#zs-organisation", "Gemeente Voorbeeld")
    profile = RULES["profiles"][1]
    go_to_overview(page)
    page.select_option("#zs-profile", profile["id"])
    # the working list of one action, as typed in the plan
    open_action(page)
    owner = page.locator("#zs-plan input[data-field=owner]").first
    owner.fill("Jan Janssens")
    owner.press("Tab")
    page.locator("#zs-plan input[data-field=due]").first.fill("2027-03-01")
    page.locator("#zs-plan select[data-field=status]").first.select_option(
        RULES["statuses"][1]["id"]
    )
    work_line = page.locator(".zs-work-print").first
    expect(work_line).to_contain_text("Jan Janssens")
    expect(work_line).to_contain_text(RULES["statuses"][1]["title"])
    meta = page.locator("#zs-print-meta")
    expect(meta).to_contain_text(profile["title"])

    page.emulate_media(media="print")
    for hidden in ["#zs-form", ".md-header", ".md-sidebar--primary", ".zs-bar", "#vergelijken"]:
        expect(page.locator(hidden)).to_be_hidden()
    for hidden in [".zs-work", ".zs-target", ".zs-sheet-link", "#zs-print"]:
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator("#zs-radar svg")).to_be_visible()
    expect(work_line).to_be_visible()
    headings = set(page.locator("#resultaten :is(h2, h3, h4)").all_inner_texts())
    assert {"Maturiteitsprofiel", "Maturiteit en nood", "Actieplan"} <= headings

    sheets = printed(page)
    text = flat(sheets)
    assert 2 <= len(sheets) <= MAX_REPORT_PAGES, f"{len(sheets)} pages"
    for domain in RULES["domains"]:
        assert domain["title"] in text, domain["title"]
    assert squeeze(meta.inner_text()) in text  # date, organisation, profile, catalogue version
    assert f"versie van het model: {RULES['catalogVersion']}" in text
    assert "Gemeente Voorbeeld" in text
    assert f"profiel: {profile['title']}" in text
    assert squeeze(work_line.inner_text()) in text
    assert "Deadline: 1 maart 2027" in text
    for artefact in FORM_ARTEFACTS:
        assert artefact not in text, artefact
    # no comparison loaded: its heading and introduction stay off paper
    assert "Vergelijken met een eerdere zelfscan" not in text
    # every sheet is numbered, and no sheet ends on a heading whose text is on the next one
    for number, lines in enumerate(sheets, start=1):
        assert f"{number} / {len(sheets)}" in lines
        content = [line for line in lines if not PAGE_NUMBER.match(line)]
        if number < len(sheets):
            assert content[-1] not in headings, f"sheet {number} ends on {content[-1]!r}"


def test_a_loaded_comparison_prints_with_the_report(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    page.goto(site_url + "zelfscan.html")
    answer_by_clicking(page, planned_answers())
    before = {d: {"level": LEVELS[0], "need": NEEDS[2]} for d in DOMAINS}
    page.set_input_files("#zs-compare-file", export_file(tmp_path / "vorig.json", before))
    expect(page.locator("#zs-compare-result tbody tr")).to_have_count(len(DOMAINS))
    sheets = printed(page)
    text = flat(sheets)
    assert "Vergelijken met een eerdere zelfscan" in text
    assert "Verandering per domein" in text
    assert "Vergeleken met de export" not in text  # the status message is for the screen
    assert len(sheets) <= MAX_REPORT_PAGES + 2


def sheet_fields(page: Page) -> list[str]:
    return [squeeze(t) for t in page.locator("#zs-sheet-form label").all_inner_texts()]


def test_empty_plan_sheet_prints_on_one_page(page: Page, site_url: str) -> None:
    for address in ["planblad.html", f"planblad.html#{LONGEST_ACTION['id']}"]:
        page.emulate_media(media="screen")
        page.goto(site_url + address)
        fields = sheet_fields(page)
        assert len(fields) >= 12
        sheets = printed(page)
        assert len(sheets) == 1, f"{address}: {len(sheets)} pages"
        expect(page.locator("#zs-sheet-form textarea").first).to_be_hidden()
        expect(page.locator(".zs-sheet-print").first).to_be_visible()
        text = flat(sheets)
        for field in fields:
            assert field in text, field
        for artefact in ["Afdrukken", "Terug naar je actieplan", "Kies in je actieplan"]:
            assert artefact not in text, artefact
        if "#" in address:
            assert squeeze(LONGEST_ACTION["title"]) in text
            assert squeeze(LONGEST_ACTION["description"]) in text
        else:
            assert "Actie" in text and "Trekker" in text and "Deadline" in text


def test_plan_sheet_prints_all_typed_text(page: Page, site_url: str) -> None:
    page.goto(site_url + f"planblad.html#{LONGEST_ACTION['id']}")
    sentences = [f"Zin {n}: de dienst noteert hier stap {n} van het plan." for n in range(1, 15)]
    aspect = page.locator("#zs-sheet-form textarea[data-part=aspects]").first
    phase = page.locator("#zs-sheet-form textarea[data-part=phases]").last
    aspect.fill("Een eerste versie die straks vervangen wordt.")
    aspect.fill("\n".join(sentences[:7]) + " " + " ".join(sentences[7:]))
    phase.fill("Evaluatie met het managementteam in juni.")
    for attempt in ["as typed", "after a reload"]:
        text = flat(printed(page))
        for sentence in sentences:
            assert text.count(sentence) == 1, (attempt, sentence)  # once: not the textarea too
        assert "Evaluatie met het managementteam in juni." in text, attempt
        assert "Een eerste versie" not in text, attempt
        page.emulate_media(media="screen")
        page.reload()
        expect(aspect).to_have_value(re.compile("Zin 14"))


def test_combine_page_prints_results_without_drop_zone(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    files = [
        export_file(
            tmp_path / f"collega-{n}.json",
            {d: {"level": level, "need": NEEDS[n]} for d in DOMAINS},
            RULES["profiles"][n]["id"],
        )
        for n, level in enumerate([LEVELS[0], LEVELS[3], LEVELS[1]])
    ]
    page.goto(site_url + "samenvoegen.html")
    page.set_input_files("#zs-combine-files", files)
    expect(page.locator("#zs-table tbody tr")).to_have_count(len(DOMAINS))
    message = squeeze(page.locator("#zs-message").inner_text())
    assert message
    sheets = printed(page)
    expect(page.locator("#zs-drop")).to_be_hidden()
    expect(page.locator("#zs-message")).to_be_hidden()
    text = flat(sheets)
    assert message not in text
    for artefact in ["Sleep de exportbestanden", "Kies bestanden", "Exporteer als", "Afdrukken"]:
        assert artefact not in text, artefact
    for domain in RULES["domains"]:
        assert domain["title"] in text, domain["title"]
    meta = squeeze(page.locator("#zs-print-meta").inner_text())
    assert RULES["catalogVersion"] in meta
    assert meta in text
    assert len(sheets) <= MAX_REPORT_PAGES


def test_guidance_pages_print_their_notes_without_navigation(page: Page, site_url: str) -> None:
    domain = RULES["domains"][0]
    page.goto(site_url + domain["page"])
    note = page.locator(".admonition").first
    title = squeeze(note.locator(".admonition-title").inner_text())
    body = squeeze(note.locator("p:not(.admonition-title)").first.inner_text())
    sheets = printed(page)
    text = flat(sheets)
    assert title in text and body in text  # a note is content here, unlike on the self-scan
    assert domain["title"] in text
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    assert "Zoeken" not in text and "Vorige" not in text
