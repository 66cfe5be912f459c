"""Helpers to drive the self-scan page like a person does: by clicking labels."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page

from generator.catalog import load_catalog
from generator.outputs.rules import build_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = build_rules(load_catalog(ROOT / "catalog", ROOT))
DOMAINS = [d["id"] for d in RULES["domains"]]
LEVELS = [x["id"] for x in RULES["levels"]]
NEEDS = [x["id"] for x in RULES["needs"]]
UNKNOWN = RULES["unknown"]["id"]


def planned_answers() -> dict[str, dict[str, str]]:
    """A varied, deterministic answer for every domain."""
    return {
        domain: {"level": LEVELS[i % len(LEVELS)], "need": NEEDS[(i * 2) % len(NEEDS)]}
        for i, domain in enumerate(DOMAINS)
    }


def go_to_domain(page: Page, domain: str) -> None:
    """Open the step of one domain, as the overview's link does."""
    page.evaluate("id => { location.hash = 'domein-' + id; }", domain)
    page.locator(f"#domein-{domain}").wait_for(state="visible")


def go_to_overview(page: Page) -> None:
    """Open the overview (the list of domains and "Over jou"), as the "Overzicht" button does."""
    page.evaluate("() => { location.hash = 'overzicht'; }")
    page.locator("#overzicht").wait_for(state="visible")


def show_results(page: Page) -> None:
    """Open the result view, as the "Je resultaat" button does."""
    page.evaluate("() => { location.hash = 'resultaten'; }")
    page.locator("#resultaten").wait_for(state="visible")


def open_action(page: Page, action: str | None = None) -> str:
    """Open one action of the plan (the first when none is named) to reach its work fields;
    returns its id."""
    show_results(page)
    item = page.locator(
        f"details[data-action-item='{action}']" if action else "#zs-plan details.zs-action"
    ).first
    if not item.evaluate("d => d.open"):
        item.locator("summary").click()
    return item.get_attribute("data-action-item") or ""


def fill_note(page: Page, domain: str, text: str) -> None:
    go_to_domain(page, domain)
    page.fill(f"#zs-{domain}-note", text)


def answer_by_clicking(page: Page, answers: dict[str, dict[str, str]]) -> None:
    """Answer the quick way (a level picked directly) and the need, domain by domain, by
    clicking the labels as a person does; `statements` answers statements by clicking too."""
    for domain, answer in answers.items():
        go_to_domain(page, domain)
        if "level" in answer:
            quick = page.locator(f"#zs-{domain}-quick")
            if not quick.evaluate("d => d.open"):
                quick.locator("summary").click()
            page.click(f"label[for='zs-{domain}-level-{answer['level']}']")
        for statement, value in answer.get("statements", {}).items():
            label = page.locator(f"label[for='zs-{statement}-{value}']")
            if not label.is_visible():  # folded away after a "nee": open them, as a person does
                page.click(f"#zs-{domain}-fold button[data-unfold]")
            label.click()
        if "need" in answer:
            page.click(f"label[for='zs-{domain}-need-{answer['need']}']")


def checked_answers(page: Page) -> dict[str, dict[str, str]]:
    """What the form shows as checked, per domain: the quick level and the need (statement
    answers are in checked_statements)."""
    found: dict[str, dict[str, str]] = {}
    for element in page.query_selector_all("#zs-form input[type=radio]:checked"):
        name = element.get_attribute("name") or ""
        field, domain = name.split("-", 1)
        if field in ("level", "need"):
            found.setdefault(domain, {})[field] = element.get_attribute("value") or ""
    return found


def checked_statements(page: Page) -> dict[str, str]:
    """Statement id -> the answer the form shows as checked."""
    return page.evaluate(
        """() => Object.fromEntries(Array.from(
             document.querySelectorAll('#zs-form input[name^="st-"]:checked'),
             (input) => [input.name.slice(3), input.value]))"""
    )


def stored(page: Page) -> dict:
    text = page.evaluate("() => localStorage.getItem('open-data-zelfscan:v1')")
    return json.loads(text) if text else {}
