"""The self-scan as a person walks it, by keyboard only, with axe at every step: start, stop
half-way, come back, finish, read "Begin hier", export, import with the question and undo, and
compare with a drop. Once on a phone-sized window over http under a subpath, once on a laptop
window from file:// (the built site opened from disk)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from reference.scoring import score
from selfscan import DOMAINS, RULES, checked_statements, stored
from test_publish import violations

YES = RULES["statementAnswers"]["yes"]["id"]
NO = RULES["statementAnswers"]["no"]["id"]
UNKNOWN = RULES["unknown"]["id"]
LEVEL_IDS = [level["id"] for level in RULES["levels"]]
statements = {
    s["id"]: s["text"]
    for d in RULES["domains"]
    for e in d["levels"].values()
    for s in e["statements"]
}


def planned_statements() -> dict[str, dict[str, str]]:
    """Domain i reaches level i % 4: ja up to there, then one nee (or, for every fifth domain,
    weet ik niet on the deciding statement, which leaves the domain uncertain)."""
    plan: dict[str, dict[str, str]] = {}
    for i, domain in enumerate(RULES["domains"]):
        reached = i % len(LEVEL_IDS)
        answers: dict[str, str] = {}
        for depth, level in enumerate(LEVEL_IDS[1:], start=1):
            for k, statement in enumerate(domain["levels"][level]["statements"]):
                if depth <= reached:
                    answers[statement["id"]] = YES
                elif depth == reached + 1 and i % 5 == 4:  # all ja but one weet ik niet
                    answers[statement["id"]] = UNKNOWN if k == 0 else YES
                elif depth == reached + 1 and k == 0:
                    answers[statement["id"]] = NO
        plan[domain["id"]] = answers
    return plan


def focused(page: Page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement;
                   return {id: e.id, name: e.name || '', value: e.value || '', tag: e.tagName,
                           text: (e.textContent || '').trim().slice(0, 80)}; }"""
    )


def tab_to(page: Page, predicate, limit: int = 200, key: str = "Tab") -> int:
    """Press Tab until the focused element matches; returns how many presses it took."""
    for presses in range(limit):
        if predicate(focused(page)):
            return presses
        page.keyboard.press(key)
    raise AssertionError(f"not reached by keyboard; last focused: {focused(page)}")


def answer_domain_by_keyboard(page: Page, domain: dict, answers: dict[str, str], need: str) -> None:
    """From the step's heading: each statement group is one Tab stop; Space takes the first
    answer (Ja), the arrow keys move to Nee and Weet ik niet."""
    order = [YES, NO, UNKNOWN]
    for level in LEVEL_IDS[1:]:
        for statement in domain["levels"][level]["statements"]:
            wanted = answers.get(statement["id"])
            if not wanted:
                continue
            tab_to(page, lambda f, s=statement["id"]: f["name"] == f"st-{s}")
            page.keyboard.press("Space")
            for _ in range(order.index(wanted)):
                page.keyboard.press("ArrowRight")
    tab_to(page, lambda f: f["name"] == f"need-{domain['id']}")
    page.keyboard.press("Space")
    for _ in range([n["id"] for n in RULES["needs"]].index(need)):
        page.keyboard.press("ArrowDown")


def press_link(page: Page, text: str) -> None:
    tab_to(page, lambda f: f["tag"] == "A" and f["text"].startswith(text))
    page.keyboard.press("Enter")


def assert_accessible(page: Page, where: str) -> None:
    assert violations(page) == [], where


@pytest.mark.parametrize(
    ("width", "over"), [(390, "http"), (1366, "file")], ids=["phone-http", "laptop-file"]
)
def test_the_whole_journey_by_keyboard(
    browser: Browser, site_url: str, built_site: Path, tmp_path: Path, width: int, over: str
) -> None:
    base = site_url if over == "http" else built_site.as_uri() + "/"
    height = 844 if width < 600 else 768
    context = browser.new_context(
        viewport={"width": width, "height": height},
        accept_downloads=True,
        locale="nl-BE",
        reduced_motion="reduce",
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base + "zelfscan.html")
    expect(page.locator("#zs-export")).to_be_enabled()
    intro = page.locator("article").inner_text()
    assert "minuten" in intro and "stoppen" in intro and "browser" in intro  # before starting
    assert_accessible(page, "overview")

    plan = planned_statements()
    needs = [n["id"] for n in RULES["needs"]]
    chosen_needs = {d: needs[(i * 2 + 1) % len(needs)] for i, d in enumerate(DOMAINS)}
    half = len(DOMAINS) // 2

    # start: the overview's button opens the first domain, its heading takes focus
    press_link(page, "Begin met")
    expect(page.locator(f"#zs-{DOMAINS[0]}-title")).to_be_focused()
    for i, domain in enumerate(RULES["domains"][:half]):
        answer_domain_by_keyboard(page, domain, plan[domain["id"]], chosen_needs[domain["id"]])
        if i == 0:
            assert_accessible(page, "a domain step, answered")
        press_link(page, "Volgend domein")
        expect(page.locator(f"#zs-{DOMAINS[i + 1]}-title")).to_be_focused()

    # stop half-way and come back later: the overview says where to go on
    page.goto(base + "zelfscan.html")
    expect(page.locator("#zs-resume")).to_contain_text("Welkom terug")
    start = page.locator("#zs-start")
    expect(start).to_have_text(f"Ga verder met {RULES['domains'][half]['title']}")
    words = {"done": "Klaar", "uncertain": "Onzeker", "open": "Niet begonnen"}
    so_far = score(
        RULES,
        {"domains": {d: {"statements": plan[d], "need": chosen_needs[d]} for d in DOMAINS[:half]}},
    )
    assert page.locator(".zs-task-state").all_inner_texts() == [
        words[d["status"]] for d in so_far["domains"]
    ]
    assert "Onzeker" in page.locator(".zs-task-state").all_inner_texts()[:half]
    assert_accessible(page, "coming back")
    press_link(page, "Ga verder met")
    expect(page.locator(f"#zs-{DOMAINS[half]}-title")).to_be_focused()

    # finish
    for i, domain in enumerate(RULES["domains"][half:], start=half):
        answer_domain_by_keyboard(page, domain, plan[domain["id"]], chosen_needs[domain["id"]])
        if i < len(DOMAINS) - 1:
            press_link(page, "Volgend domein")
    assert checked_statements(page) == {s: a for d in plan.values() for s, a in d.items()}
    expect(page.locator("#zs-progress-text")).to_have_text(
        f"Klaar: {len(DOMAINS)} van {len(DOMAINS)} domeinen"
    )
    press_link(page, "Naar je resultaat")
    expect(page.locator("#zs-results-title")).to_be_focused()

    # read "Begin hier": three actions, as the engine ranks them
    expected = score(
        RULES,
        {"domains": {d: {"statements": plan[d], "need": chosen_needs[d]} for d in DOMAINS}},
    )
    steps = page.locator("#zs-start-here ol > li")
    expect(steps).to_have_count(3)
    first_domain = next(d for d in expected["domains"] if d["id"] == expected["plan"][0])
    first = steps.first
    if first.locator("a").count():  # an action of the most urgent domain ...
        assert first.locator("a").get_attribute("data-open-action") in first_domain["actions"]
    else:  # ... or, when a weet ik niet decides its level, finding that out
        texts = [statements[s] for s in first_domain["uncertain"]]
        assert any(t in first.inner_text() for t in texts), first.inner_text()
    # an action of "Begin hier" opens in the plan, where its owner and deadline are noted
    link = steps.locator("a").first
    action = link.get_attribute("data-open-action")
    link.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#actie-{action} > summary")).to_be_focused()
    assert page.locator(f"#actie-{action}").evaluate("d => d.open")
    visible = int(page.locator("#zs-plan").get_attribute("data-visible") or 0)
    assert 0 < visible <= 12  # a short plan: at most about twelve actions open
    assert_accessible(page, "the result")

    # export, reachable from the result within a few Tab stops
    page.locator("#zs-results-title").focus()
    presses = tab_to(page, lambda f: f["id"] == "zs-export-results")
    assert presses <= 30
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    exported = Path(info.value.path())
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["formatVersion"] == 2
    assert {d: a.get("statements", {}) for d, a in data["answers"].items()} == plan
    assert info.value.suggested_filename.startswith("zelfscan-")
    # the plan as a checklist: its script loads only now, also from disk
    assert page.evaluate("() => Boolean(window.Zelfscan.downloads)") is False
    with page.expect_download() as info:
        page.locator("#zs-plan-md").press("Enter")
    checklist = Path(info.value.path()).read_text(encoding="utf-8")
    assert info.value.suggested_filename.endswith(".md") and checklist.count("- [ ] ") >= visible

    # import a colleague's file: asked first; replace; then undo by keyboard
    colleague = tmp_path / "collega.json"
    other = json.loads(exported.read_text(encoding="utf-8"))
    other["answers"] = {DOMAINS[0]: {"level": LEVEL_IDS[3], "need": needs[0]}}
    colleague.write_text(json.dumps(other), encoding="utf-8")
    page.set_input_files("#zs-import", str(colleague))  # the file dialog is the system's own
    expect(page.locator("#zs-ask-title")).to_be_focused()
    assert_accessible(page, "the import question")
    tab_to(page, lambda f: f["text"] == "Vervang mijn antwoorden")
    page.keyboard.press("Enter")
    expect(page.locator("#zs-message")).to_contain_text("Ingelezen uit collega.json")
    assert list(stored(page)["answers"]) == [DOMAINS[0]]
    tab_to(page, lambda f: f["id"] == "zs-undo")
    page.keyboard.press("Enter")
    expect(page.locator("#zs-message")).to_contain_text("Ongedaan gemaakt")
    assert {d: a.get("statements", {}) for d, a in stored(page)["answers"].items()} == plan

    # compare with an earlier export in which a domain stood higher: a drop, said as such
    earlier = json.loads(exported.read_text(encoding="utf-8"))
    dropped = next(d for d in expected["domains"] if d["levelScore"] < len(LEVEL_IDS) - 1)
    earlier["answers"][dropped["id"]] = {"level": LEVEL_IDS[-1], "need": needs[0]}
    earlier["exportedAt"] = "2025-11-20T09:00:00Z"
    path = tmp_path / "vorig-jaar.json"
    path.write_text(json.dumps(earlier), encoding="utf-8")
    page.set_input_files("#zs-compare-file", str(path))
    result = page.locator("#zs-compare-result")
    expect(result).to_contain_text("Gedaald sinds")
    title = next(d["title"] for d in RULES["domains"] if d["id"] == dropped["id"])
    expect(result.locator("li", has_text=title).first).to_be_visible()
    assert_accessible(page, "the comparison")
    assert errors == []
    context.close()
