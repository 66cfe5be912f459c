"""Helpers to drive the self-scan page like a person does: by clicking labels."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page

from generator.catalog import load_catalog
from generator.rules import build_rules

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


def answer_by_clicking(page: Page, answers: dict[str, dict[str, str]]) -> None:
    for domain, answer in answers.items():
        for field in ("level", "need"):
            if field in answer:
                page.click(f"label[for='zs-{domain}-{field}-{answer[field]}']")


def checked_answers(page: Page) -> dict[str, dict[str, str]]:
    """What the form shows as checked, per domain."""
    found: dict[str, dict[str, str]] = {}
    for element in page.query_selector_all("#zs-form input[type=radio]:checked"):
        name = element.get_attribute("name") or ""
        field, domain = name.split("-", 1)
        found.setdefault(domain, {})[field] = element.get_attribute("value") or ""
    return found


def stored(page: Page) -> dict:
    text = page.evaluate("() => localStorage.getItem('open-data-zelfscan:v1')")
    return json.loads(text) if text else {}
