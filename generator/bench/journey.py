"""What a person meets in the self-scan (issues 13 and 14): words to read, phone screens per
domain step, Tab stops from the last answer to the export button, how long the plan is and what
"Begin hier" proposes. Measured on the built site in Chromium and, for random answer sets, with
the browser's own engine in node. The old figures (the single-page self-scan of 2026-11-24, from
the usability review) stand beside them.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from generator.bench.common import ROOT, Row, num
from generator.catalog import load_catalog
from generator.outputs.journey import scan_effort

OLD = {"words": 2908, "descriptors": 2095, "screens": 60, "tabs": 312, "plan": 43}
"""The usability review's figures for the self-scan before statements and steps."""
PHONE = {"width": 390, "height": 844}
RANDOM_SETS = 500

PLAN_LENGTHS = Path(__file__).with_name("plan_lengths.js")
"""Node script: median plan length over random answer sets, with the browser's engine."""

# Example answers for the Tab count and "Begin hier": every statement ja up to a level that
# differs per domain, a nee on the next one, a need that differs per domain.
ANSWER_ALL = Path(__file__).with_name("answer_all.js").read_text(encoding="utf-8")


def _browser_figures(site: Path) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    from generator.bench.lighthouse import CHROME_FLAGS, chromium_path

    chromium = chromium_path()
    flags = [f for f in CHROME_FLAGS if not f.startswith("--headless")]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=flags)
        page = browser.new_page(viewport=PHONE, locale="nl-BE")
        page.goto((site / "zelfscan.html").as_uri())
        page.wait_for_selector("#zs-export:not([disabled])")
        rules = page.evaluate("() => window.Zelfscan.rules")
        screens = []
        for domain in rules["domains"]:
            page.evaluate("id => { location.hash = 'domein-' + id; }", domain["id"])
            step = page.locator(f"#domein-{domain['id']}")
            step.wait_for(state="visible")
            screens.append(step.bounding_box()["height"] / PHONE["height"])
        page.evaluate(ANSWER_ALL, rules)
        last = rules["domains"][-1]["id"]
        page.evaluate("id => { location.hash = 'domein-' + id; }", last)
        page.locator(f"input[name='need-{last}']:checked").focus()
        tabs = 0
        while tabs < 400 and page.evaluate("document.activeElement.id") not in (
            "zs-export-results",
        ):
            if page.evaluate("document.activeElement.textContent.trim()") == "Naar je resultaat":
                page.keyboard.press("Enter")  # the step's last link opens the result
            else:
                page.keyboard.press("Tab")
            tabs += 1
        result_height = page.locator("#resultaten").bounding_box()["height"]
        visible = int(page.locator("#zs-plan").get_attribute("data-visible") or 0)
        total = page.locator("#zs-plan .zs-plan-actions > li").count()
        start = page.locator("#zs-start-here li > a").all_inner_texts()
        browser.close()
    return {
        "screens": screens,
        "tabs": tabs,
        "result_screens": result_height / PHONE["height"],
        "visible": visible,
        "total": total,
        "start": start,
    }


def _plan_lengths(site: Path) -> dict[str, int]:
    result = subprocess.run(
        [
            "node",
            str(PLAN_LENGTHS),
            str(site / "assets/zelfscan/rules.js"),
            str(ROOT / "js" / "engine.js"),
            str(RANDOM_SETS),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def journey_rows(project: Path) -> list[Row]:
    """The rows about the person's journey, measured on `project`'s site as built for
    Lighthouse (site_quality.measure_pages)."""
    site = project / "site-served"
    effort = scan_effort(load_catalog(project / "catalog", project))
    browser = _browser_figures(site)
    plans = _plan_lengths(site)
    screens = sorted(browser["screens"])  # type: ignore[arg-type]
    middle = screens[len(screens) // 2]
    start = "; ".join(browser["start"])  # type: ignore[arg-type]
    return [
        Row(
            "Self-scan: words to read, time",
            f"{num(effort.words, 0)} words ({effort.statements} statements), "
            f"{effort.minutes_short} to {effort.minutes} minutes (was {num(OLD['words'], 0)} "
            f"words, of which {num(OLD['descriptors'], 0)} in level descriptors)",
            "≤ 1,000 words",
            effort.words <= 1000,
            "Words of the statements, the domain titles, and once the need question, the need "
            "levels and the three answers (they come back in every domain). The minutes also count "
            "the domains' summaries and assume 180 words a minute, 5 s per statement and 10 s "
            "per domain (generator/outputs/journey.py): the first figure when every domain stops "
            "at its first level (the page folds the levels above a 'nee'), the second for every "
            "statement; the page states the same figures.",
        ),
        Row(
            "Phone screens per domain step (390×844)",
            f"median {num(middle, 1)}, most {num(screens[-1], 1)} (was {OLD['screens']} screens "
            f"for the whole page); the result {num(browser['result_screens'], 1)} screens",  # type: ignore[arg-type]
            "≤ 3 per step",
            screens[-1] <= 3,
            "Height of each domain's step in Chromium divided by the screen's height.",
        ),
        Row(
            "Tab stops from the last answer to the export button",
            f"{browser['tabs']} (was {OLD['tabs']} through the results)",
            "≤ 30",
            int(browser["tabs"]) <= 30,  # type: ignore[arg-type]
            "From the last need answered, Tab (and Enter on 'Naar je resultaat') until the "
            "result's export button has focus, with example answers for every domain.",
        ),
        Row(
            "Action plan: items open by default; length",
            f"{browser['visible']} of {browser['total']} shown for the example answers; median "
            f"over {RANDOM_SETS} random answer sets: {plans['statements']} actions by statements, "
            f"{plans['quick']} the quick way (was {OLD['plan']})",
            "≤ 12 open",
            int(browser["visible"]) <= 12,  # type: ignore[arg-type]
            f"'Begin hier' for the example answers: {start}. Random sets: every statement ja "
            "(60 %), nee (30 %) or weet ik niet (10 %), a random need; the quick way picks a "
            "random level. By statements the plan holds only the actions for what is missing.",
        ),
    ]
