"""A team round end to end in a real Chromium, as a data manager and colleagues run it: the
invitation, colleagues answering in their own browsers (files and share links), the differences
(spread, split statements, groups only from three respondents, leadership against hands-on),
everyone's notes, the printed workshop agenda, the agreements, the organisation's plan handed
over to the self-scan, exported and imported again; and the next round compared with this one.
Every number on the page is checked against the Python reference (tests/reference)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
from playwright.sync_api import Browser, BrowserContext, Page, expect
from reference.organisation import agenda, combine, compare_rounds, organisation_answers
from reference.scoring import score
from selfscan import LEVELS, NEEDS, RULES, answer_by_clicking, fill_note, go_to_overview, stored
from test_print import flat, printed
from test_publish import violations

from generator.outputs.combined_format import combined_schema

YES, NO = RULES["statementAnswers"]["yes"]["id"], RULES["statementAnswers"]["no"]["id"]
UNKNOWN = RULES["unknown"]["id"]
D0, D1, D2 = RULES["domains"][:3]
TITLES = {d["id"]: d["title"] for d in RULES["domains"]}
PROFILE_TITLES = {p["id"]: p["title"] for p in RULES["profiles"]}
ROUND = "Zelfscan open data 2027"
LEADER, HANDS_ON = "beleidsmedewerker", "data-expert"
STATEMENT_TEXT = {
    s["id"]: s["text"]
    for d in RULES["domains"]
    for e in d["levels"].values()
    for s in e["statements"]
}


def at_level(domain: dict, level: int, unsure: int = 0) -> dict[str, str]:
    """Statement answers that put `domain` at `level` (weakest link): yes up to it, then no for
    the first statement of the next level and yes for the others; `unsure` of those yes
    answers above the level become "don't know"."""
    answers = {}
    for index, level_id in enumerate(LEVELS[1:], start=1):
        for k, statement in enumerate(domain["levels"][level_id]["statements"]):
            answers[statement["id"]] = YES if index <= level or k else NO
    above = [s for s, a in answers.items() if a == YES and _level_of(domain, s) > level + 1]
    for statement in above[:unsure]:
        answers[statement] = UNKNOWN
    return answers


def _level_of(domain: dict, statement: str) -> int:
    return next(
        i
        for i, level in enumerate(LEVELS)
        if any(s["id"] == statement for s in domain["levels"][level]["statements"])
    )


# Five colleagues (three files, two share links) and one who answers late (a link). Three
# policy officers (leadership) see Sponsoring high, the data-experts (hands-on) low.
COLLEAGUES = [
    {
        "name": "An",
        "profile": LEADER,
        "send": "file",
        "answers": {
            D0["id"]: {"statements": at_level(D0, 3), "need": NEEDS[2]},
            D1["id"]: {"statements": at_level(D1, 1), "need": NEEDS[1]},
            D2["id"]: {"level": LEVELS[2], "need": NEEDS[0]},
        },
        "notes": {D0["id"]: "Het college besprak open data twee keer dit jaar."},
    },
    {
        "name": "",
        "profile": LEADER,
        "send": "file",
        "answers": {
            D0["id"]: {"statements": at_level(D0, 2), "need": NEEDS[2]},
            D1["id"]: {"statements": at_level(D1, 0), "need": NEEDS[2]},
        },
        "notes": {D0["id"]: "Ik weet niet of er werkuren zijn vastgelegd."},
    },
    {
        "name": "Bert",  # a link carries no name: Bert stays anonymous
        "profile": LEADER,
        "send": "link",
        "answers": {
            D0["id"]: {"statements": at_level(D0, 2), "need": NEEDS[1]},
            D1["id"]: {"statements": at_level(D1, 1, unsure=1), "need": NEEDS[1]},
        },
        "notes": {},
    },
    {
        "name": "Chris",
        "profile": HANDS_ON,
        "send": "file",
        "answers": {
            D0["id"]: {"statements": at_level(D0, 0), "need": NEEDS[0]},
            D1["id"]: {"statements": at_level(D1, 1), "need": NEEDS[1]},
            D2["id"]: {"level": LEVELS[0], "need": NEEDS[2]},
        },
        "notes": {D1["id"]: "De visienota kennen we alleen van horen zeggen."},
    },
    {
        "name": "",
        "profile": HANDS_ON,
        "send": "link",
        "answers": {D0["id"]: {"statements": at_level(D0, 0, unsure=2), "need": NEEDS[1]}},
        "notes": {},
    },
]
LATE = {
    "name": "",
    "profile": HANDS_ON,
    "send": "link",
    "answers": {D0["id"]: {"statements": at_level(D0, 1), "need": NEEDS[0]}},
    "notes": {},
}


def respondent(colleague: dict) -> dict:
    """What the combine page gets from this colleague: a link has no name and no notes."""
    by_file = colleague["send"] == "file"
    domains = {}
    for domain, answer in colleague["answers"].items():
        domains[domain] = dict(answer)
        if by_file and domain in colleague["notes"]:
            domains[domain]["note"] = colleague["notes"][domain]
    return {
        "name": colleague["name"] if by_file else "",
        "profile": colleague["profile"],
        "domains": domains,
    }


def colleague_answers(browser: Browser, invite: str, colleague: dict, folder: Path) -> str:
    """A colleague opens the invitation in their own browser, answers and sends a file (its
    path) or a share link."""
    context = browser.new_context(accept_downloads=True, locale="nl-BE", reduced_motion="reduce")
    page = context.new_page()
    page.goto(invite)
    banner = page.locator("#zs-round")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text(f'Ronde "{ROUND}"')
    expect(banner).to_contain_text("Graag klaar tegen 15 januari 2027.")
    assert "#" not in page.url  # the invitation is read, and gone from the address
    page.select_option("#zs-profile", colleague["profile"])
    page.fill("#zs-respondent", colleague["name"])
    answer_by_clicking(page, colleague["answers"])
    for domain, note in colleague["notes"].items():
        fill_note(page, domain, note)
    assert stored(page)["round"] == {"name": ROUND, "due": "2027-01-15"}
    assert stored(page)["organisation"] == "Gemeente Zonnebeke"  # filled in from the invitation
    if colleague["send"] == "link":
        go_to_overview(page)
        page.click("#zs-share-button")
        sent = page.locator("#zs-share-link").input_value()
    else:
        with page.expect_download() as info:
            page.click("#zs-export")
        path = folder / info.value.suggested_filename
        info.value.save_as(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["round"] == {"name": ROUND, "due": "2027-01-15"}
        assert data.get("respondent", "") == colleague["name"]
        assert data["profile"] == colleague["profile"]
        sent = str(path)
    context.close()
    return sent


def start_round(page: Page) -> str:
    """The data manager names the round; returns the invitation link from the mail text."""
    page.goto(page.url.split("#")[0])
    expect(page.locator("#zs-invite")).to_be_hidden()
    page.fill("#zs-round-name", ROUND)
    page.fill("#zs-round-organisation", "Gemeente Zonnebeke")
    page.fill("#zs-round-due", "2027-01-15")
    page.fill("#zs-round-instructions", "Antwoord voor je eigen dienst.")
    page.fill("#zs-round-sender", "Sara, datamanager")
    expect(page.locator("#zs-invite")).to_be_visible()
    text = page.locator("#zs-invite-text").input_value()
    link = page.locator("#zs-invite-link").input_value()
    assert re.fullmatch(r".*/zelfscan\.html#r1\.[A-Za-z0-9_-]+", link)
    assert f"1. Open deze link: {link}\n" in text
    for part in (
        f"Onderwerp: Zelfscan open data: {ROUND}",
        "Hoe ver staat Gemeente Zonnebeke met open data?",
        "Kies je profiel. Je naam invullen mag, maar hoeft niet",
        "Graag tegen 15 januari 2027.",
        "Antwoord voor je eigen dienst.",
        "Er gaat niets naar een server.",
        "Bedankt!\nSara, datamanager",
    ):
        assert part in text, part
    page.click("#zs-invite-copy")
    expect(page.locator("#zs-invite-message")).to_contain_text("De uitnodiging is gekopieerd.")
    assert page.evaluate("() => navigator.clipboard.readText()") == text
    mailto = page.locator("#zs-invite-mail").get_attribute("href") or ""
    assert mailto.startswith("mailto:?subject=Zelfscan%20open%20data%3A%20Zelfscan%20open")
    return link


def data_manager(browser: Browser, site_url: str) -> tuple[BrowserContext, Page, list[str]]:
    """The data manager's browser (the clipboard allowed), and the JavaScript errors it meets."""
    context = browser.new_context(accept_downloads=True, locale="nl-BE", reduced_motion="reduce")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    errors: list[str] = []
    context.on("weberror", lambda error: errors.append(str(error.error)))
    page = context.new_page()
    page.goto(site_url + "samenvoegen.html")
    return context, page, errors


def level_title(score_: int | None) -> str:
    return "–" if score_ is None else RULES["levels"][score_]["title"]


def expect_differences(page: Page, expected: dict) -> None:
    rows = page.locator("#zs-table tbody tr")
    for i, domain in enumerate(expected["domains"]):
        cells = rows.nth(i).locator("th, td").all_inner_texts()
        assert cells[1] == str(domain["respondents"]), domain["id"]
        assert cells[2] == level_title(domain["level"]["median"])
        flag = domain["disagreement"]
        assert cells[5] == ("Ja: 2 niveaus of meer verschil" if flag else "Nee"), domain["id"]


def test_a_round_with_five_colleagues(browser: Browser, site_url: str, tmp_path: Path) -> None:
    context, page, errors = data_manager(browser, site_url)
    # the data manager's own scan, in the same browser, which the hand-over must not overwrite
    own = context.new_page()
    own.goto(site_url + "zelfscan.html")
    answer_by_clicking(own, {D2["id"]: {"level": LEVELS[3], "need": NEEDS[0]}})
    own.close()

    invite = start_round(page)
    sent = [colleague_answers(browser, invite, c, tmp_path) for c in COLLEAGUES]
    files = [s for s, c in zip(sent, COLLEAGUES, strict=True) if c["send"] == "file"]
    links = [s for s, c in zip(sent, COLLEAGUES, strict=True) if c["send"] == "link"]
    assert len(files) == 3 and len(links) == 2

    # collect: the files, then both links pasted at once (one in a sentence, as mail has it)
    page.set_input_files("#zs-combine-files", files)
    expect(page.locator("#zs-message")).to_have_text("3 bestanden ingelezen.")
    page.fill("#zs-links", f"Hier is mijn link: {links[0]}\n\n<{links[1]}>\n{links[0]}\nhallo")
    page.click("#zs-links-read")
    message = page.locator("#zs-message")
    expect(message).to_contain_text("2 links ingelezen. Samen nu 5 zelfscans.")
    expect(message.locator("li")).to_have_text(
        [
            "Link op regel 4 is overgeslagen: het is hetzelfde als Link op regel 1 en telt maar"
            " één keer mee.",
            "Link op regel 5 is niet ingelezen. Er staat geen link van de zelfscan in (een link"
            " met #z3. erin).",
        ]
    )
    # sent in the order: files first (as chosen), then the links
    order = [c for c in COLLEAGUES if c["send"] == "file"] + [
        c for c in COLLEAGUES if c["send"] == "link"
    ]
    respondents = [respondent(c) for c in order]
    expected = combine(RULES, respondents)
    labels = [p["label"] for p in expected["people"]]
    assert labels == ["An", "Beleidsmedewerker 1", "Chris", "Beleidsmedewerker 2", "Data-expert 1"]
    expect(page.locator("#zs-combine-sources tbody th")).to_have_text(labels)
    sources = page.locator("#zs-combine-sources tbody tr").all_inner_texts()
    assert all(ROUND in row for row in sources[:3])  # files carry the round; links do not
    assert "link" in sources[3] and "–" in sources[3]

    # where they differ: Sponsoring lies three levels apart, the page says so
    expect_differences(page, expected)
    sponsoring = expected["domains"][0]
    assert (
        sponsoring["disagreement"] and sponsoring["level"]["max"] - sponsoring["level"]["min"] == 3
    )
    flagged = [d["id"] for d in expected["domains"] if d["disagreement"]]
    assert flagged == [D0["id"], D2["id"]]  # Sponsoring, and the third domain (picked levels)
    expect(page.locator("#zs-summary p").first).to_contain_text(
        "5 zelfscans samengevoegd. Bij 2 domeinen liggen de antwoorden twee niveaus of meer uit"
        " elkaar: bespreek die eerst samen."
    )
    # groups: three policy officers are shown, two data-experts not (they would be recognised)
    expect(page.locator("#zs-profiles thead th")).to_have_text(["Domein", "Beleidsmedewerker"])
    expect(page.locator("#zs-profiles")).to_contain_text(
        "Niet apart getoond: Data-expert. Daarvan deden minder dan drie collega's mee"
    )
    expect(page.locator("#zs-gap")).to_have_text(
        "Nog niet te vergelijken: Uitvoering (2 collega's). Elke groep heeft minstens drie"
        " collega's nodig."
    )
    assert [d["gap"] for d in expected["domains"]] == [None] * len(RULES["domains"])

    # the sixth colleague answers late: now both groups have three, and the gap shows
    late = colleague_answers(browser, invite, LATE, tmp_path)
    page.fill("#zs-links", late)
    page.click("#zs-links-read")
    expect(message).to_have_text("1 link ingelezen. Samen nu 6 zelfscans.")
    respondents.append(respondent(LATE))
    expected = combine(RULES, respondents)
    expect_differences(page, expected)
    expect(page.locator("#zs-profiles thead th")).to_have_text(
        ["Domein", "Beleidsmedewerker", "Data-expert"]
    )
    gap = expected["domains"][0]["gap"]
    assert gap["flagged"] and gap["difference"] == 2
    gap_row = page.locator("#zs-gap tbody tr").first.locator("th, td").all_inner_texts()
    assert gap_row == [
        TITLES[D0["id"]],
        f"{level_title(gap['groups'][0]['median'])} (3)",
        f"{level_title(gap['groups'][1]['median'])} (3)",
        "Ja: Leiding en beleid ziet het 2 niveaus hoger",
    ]

    # the agenda: domains and statements in the reference's order, counts, notes
    order_expected = agenda(RULES, expected)
    items = page.locator("#zs-agenda .zs-agenda-item")
    expect(items).to_have_count(len(RULES["domains"]))
    titles = [f"{i + 1}. {TITLES[x['id']]}" for i, x in enumerate(order_expected)]
    expect(items.locator("h3")).to_have_text(titles)
    first = items.first
    assert order_expected[0]["id"] == D0["id"]
    discuss = order_expected[0]["discuss"]
    rows = first.locator("table").first.locator("tbody tr")
    expect(rows).to_have_count(len(discuss))
    counts = {s["id"]: s["answers"] for s in expected["domains"][0]["statements"]}
    for i, sid in enumerate(discuss):
        cells = rows.nth(i).locator("th, td").all_inner_texts()
        assert cells[0].startswith(STATEMENT_TEXT[sid])
        assert cells[1:4] == [
            str(counts[sid][YES]),
            str(counts[sid][NO]),
            str(counts[sid][UNKNOWN]),
        ]
    expect(first.locator(".zs-round-notes li")).to_have_text(
        [
            "An: Het college besprak open data twee keer dit jaar.",
            "Anoniem: Ik weet niet of er werkuren zijn vastgelegd.",
        ]
    )
    expect(first).to_contain_text("Ver uit elkaar: twee niveaus of meer verschil.")

    # agree: one statement of Sponsoring, a level picked for the second domain, a need, a note
    agreed_statement = discuss[0]
    page.select_option(f"#zs-agree-{agreed_statement}", YES)
    page.select_option(f"#zs-agree-{D1['id']}-level", LEVELS[1])
    page.select_option(f"#zs-agree-{D0['id']}-need", NEEDS[2])
    page.fill(f"#zs-agree-{D0['id']}-note", "Sara vraagt na of de werkuren vastliggen.")
    agreed = {
        D0["id"]: {
            "statements": {agreed_statement: YES},
            "need": NEEDS[2],
            "note": "Sara vraagt na of de werkuren vastliggen.",
        },
        D1["id"]: {"level": LEVELS[1]},
    }
    answers = organisation_answers(RULES, expected, agreed)
    results = score(RULES, {"domains": answers})
    expect(page.locator("#zs-announce")).to_contain_text(TITLES[D0["id"]])
    plan_titles = [f"{i + 1}. {TITLES[d]}" for i, d in enumerate(results["plan"])]
    expect(page.locator("#zs-plan .zs-plan-item h4")).to_have_text(plan_titles)
    for i, domain in enumerate(results["plan"]):
        hrefs = (
            page.locator("#zs-plan .zs-plan-item")
            .nth(i)
            .locator(".zs-plan-actions a")
            .evaluate_all("links => links.map(a => a.getAttribute('href').split('#')[1])")
        )
        assert hrefs == next(d["actions"] for d in results["domains"] if d["id"] == domain)

    # accessible with a round loaded, agenda details open too
    page.locator("#zs-agenda details.zs-rest summary").first.click()
    assert violations(page) == []

    # the agenda on paper: only the agenda, the guide first, most disagreement first
    page.evaluate("() => { window.print = () => {}; }")  # the dialog itself cannot be driven
    page.click("#zs-agenda-print")
    text = flat(printed(page))
    page.emulate_media(media="screen")
    assert text.index("Zo leid je het gesprek") < text.index(titles[0])
    positions = [text.index(t) for t in titles]
    assert positions == sorted(positions)
    for sid in discuss:
        assert STATEMENT_TEXT[sid] in text
    assert "Afgesproken: Ja" in text
    assert f"Niveau: {RULES['levels'][1]['title']} (zelf gekozen)" in text
    same = [sid for x in order_expected for sid in x["same"]]
    assert same and all(STATEMENT_TEXT[sid] in text for sid in same)  # folded on screen only
    nobody = [sid for x in order_expected for sid in x["none"]]
    assert nobody and not any(STATEMENT_TEXT[sid] in text for sid in nobody)
    assert "\u2610 Ja" in text  # boxes to tick where nothing is agreed yet
    assert "An: Het college besprak open data twee keer dit jaar." in text
    assert "Sara vraagt na of de werkuren vastliggen." in text
    for absent in ("Nodig je collega's uit", "Wie deed mee", "Mediaan en spreiding", "Voorstel:"):
        assert absent not in text, absent

    # the combined file: version 2, what the page shows, names only of those who gave one
    with page.expect_download() as info:
        page.click("#zs-combined-json")
    combined_path = tmp_path / info.value.suggested_filename
    info.value.save_as(combined_path)
    assert combined_path.name.startswith("zelfscan-samenvoeging-zelfscan-open-data-2027-")
    data = json.loads(combined_path.read_text(encoding="utf-8"))
    jsonschema.validate(data, combined_schema())
    assert data["formatVersion"] == 2 and data["round"] == {"name": ROUND, "due": "2027-01-15"}
    assert [p["name"] for p in data["people"]] == ["An", "", "Chris", "", "", ""]
    assert data["domains"][0]["statements"] == expected["domains"][0]["statements"]
    assert data["answers"] == answers and data["agreed"] == agreed

    # reloaded: the round, the six answers and the agreements are still there
    page.reload()
    expect(page.locator("#zs-message")).to_contain_text("Verder met je ronde: 6 zelfscans")
    expect(page.locator("#zs-round-name")).to_have_value(ROUND)
    expect(page.locator(f"#zs-agree-{agreed_statement}")).to_have_value(YES)

    # the hand-over: the self-scan asks before replacing the data manager's own scan
    page.click("#zs-handover")
    page.wait_for_url(re.compile(r".*/zelfscan\.html(#.*)?$"))
    expect(page.locator("#zs-ask-title")).to_have_text(
        "Je antwoorden vervangen door die van de organisatie?"
    )
    expect(page.locator("#zs-ask-text")).to_contain_text("Dit is een samenvoeging van 6 zelfscans.")
    page.get_by_role("button", name="Vervang mijn antwoorden").click()
    expect(page.locator("#zs-message")).to_contain_text(
        f'Dit is een samenvoeging van 6 zelfscans (ronde "{ROUND}")'
    )
    expect(page.locator("#resultaten")).to_be_visible()
    expect(page.locator("#zs-plan .zs-plan-item h4")).to_have_count(len(results["plan"]))
    saved = stored(page)["answers"]
    assert {d: a for d, a in saved.items()} == {d: a for d, a in answers.items() if a}
    page.click("#zs-undo")  # one undo: the data manager's own scan is back
    assert stored(page)["answers"] == {D2["id"]: {"level": LEVELS[3], "need": NEEDS[0]}}

    # the combined file through Importeren: the same question, then the plan as a working list
    page.set_input_files("#zs-import", str(combined_path))
    page.get_by_role("button", name="Vervang mijn antwoorden").click()
    assert stored(page)["answers"] == {d: a for d, a in answers.items() if a}
    item = page.locator("#zs-plan details.zs-action").first
    item.locator("summary").click()
    action = item.get_attribute("data-action-item")
    item.locator("[data-field=owner]").fill("Dienst ICT")
    item.locator("[data-field=due]").fill("2027-03-31")
    with page.expect_download() as info:
        page.click("#zs-export")
    exported = tmp_path / "plan-van-de-organisatie.json"
    info.value.save_as(exported)
    plan_file = json.loads(exported.read_text(encoding="utf-8"))
    assert plan_file["answers"] == {d: a for d, a in answers.items() if a}
    assert plan_file["plan"][action] == {"owner": "Dienst ICT", "due": "2027-03-31"}
    assert plan_file["organisation"] == "Gemeente Zonnebeke"

    # and that export opens again in a fresh browser: answers, owner and deadline
    other = browser.new_context(locale="nl-BE")
    fresh = other.new_page()
    fresh.goto(site_url + "zelfscan.html")
    fresh.set_input_files("#zs-import", str(exported))
    expect(fresh.locator("#zs-message")).to_contain_text(
        "Ingelezen uit plan-van-de-organisatie.json"
    )
    assert stored(fresh)["answers"] == plan_file["answers"]
    assert stored(fresh)["plan"] == plan_file["plan"]
    other.close()

    # next year: a new round (here: the same colleagues, Sponsoring agreed one level lower)
    page.goto(site_url + "samenvoegen.html")
    page.set_input_files("#zs-rounds-file", str(combined_path))
    expect(page.locator("#zs-rounds-message")).to_contain_text(f'Vergeleken met ronde "{ROUND}"')
    page.select_option(f"#zs-agree-{agreed_statement}", NO)
    agreed[D0["id"]]["statements"][agreed_statement] = NO
    now = organisation_answers(RULES, expected, agreed)
    comparison = compare_rounds(
        RULES,
        {"domains": data["domains"], "answers": data["answers"]},
        {"domains": expected["domains"], "answers": now},
    )
    assert comparison["drops"] and not comparison["gains"]
    drops = page.locator("#zs-rounds ul.zs-drops li")
    expect(drops).to_have_count(len(comparison["drops"]))
    expect(drops.first).to_contain_text(STATEMENT_TEXT[comparison["drops"][0]["statement"]])
    expect(page.locator("#zs-rounds")).to_contain_text("Geen uitspraak die er nu bij kwam.")
    assert violations(page) == []  # with the comparison shown too
    context.close()
    assert errors == []


V1_FILE = Path(__file__).parents[1] / "fixtures" / "combined-v1.json"


def test_combined_files_made_before_rounds_still_load(page: Page, site_url: str) -> None:
    """A combined file downloaded from the site before team rounds (tests/fixtures): Importeren
    opens it as the medians picked the quick way, and step 6 compares with it per domain."""
    data = json.loads(V1_FILE.read_text(encoding="utf-8"))
    page.goto(site_url + "zelfscan.html")
    page.set_input_files("#zs-import", str(V1_FILE))  # nothing of one's own yet: no question
    message = page.locator("#zs-message")
    expect(message).to_contain_text("Dit is een samenvoeging van 3 zelfscans, gemaakt op")
    expect(message).to_contain_text("Ze komt van voor de rondes")
    expect(message).to_contain_text("gemaakt met een andere versie van het model")
    assert stored(page)["answers"] == {d: a for d, a in data["answers"].items() if a}
    expect(page.locator("#resultaten")).to_be_visible()

    page.goto(site_url + "samenvoegen.html")
    page.set_input_files("#zs-rounds-file", str(V1_FILE))
    expect(page.locator("#zs-rounds-message")).to_contain_text(
        "Vergeleken met vorige ronde (3 zelfscans"
    )
    expect(page.locator("#zs-rounds-message")).to_contain_text("Dat bestand is van voor de rondes")
    # a combined file among colleagues' files is not a colleague: said so, not counted
    page.set_input_files("#zs-combine-files", str(V1_FILE))
    expect(page.locator("#zs-message li")).to_have_text(
        [
            "combined-v1.json is niet ingelezen: het is al een samenvoeging. Vergelijk het met"
            " deze ronde in stap 6, of open het in de zelfscan met Importeren."
        ]
    )


def test_an_invitation_is_checked_and_can_be_left(page: Page, site_url: str) -> None:
    page.goto(site_url + "zelfscan.html#r1.bm9n-kapot")
    expect(page.locator("#zs-message")).to_contain_text(
        "Deze uitnodiging is onvolledig of beschadigd."
    )
    expect(page.locator("#zs-round")).to_be_hidden()
    answer_by_clicking(page, {D0["id"]: {"statements": at_level(D0, 1)}})
    code = page.evaluate(
        "() => btoa(JSON.stringify(['<b>Ronde</b> 2027', '', ''])).replace(/=+$/, '')"
    )
    page.goto(site_url + "zelfscan.html#r1." + code)
    page.reload()  # the address no longer holds the invitation: the round stays, once
    banner = page.locator("#zs-round")
    expect(banner.locator("#zs-round-title")).to_have_text('Ronde "<b>Ronde</b> 2027"')
    assert banner.locator("b").count() == 0  # text, never markup
    assert stored(page)["answers"][D0["id"]]["statements"] == at_level(D0, 1)  # kept
    page.click("#zs-round-leave")
    expect(banner).to_be_hidden()
    expect(page.locator("#zs-message")).to_contain_text("Je antwoorden blijven staan.")
    assert "round" not in stored(page)
