"""Lighthouse (the npm package, pinned in package.json) on pages of a built site.

Lighthouse runs in its default mobile configuration (a mid-range phone, simulated slow 4G and a
4× slower CPU) against Debian's Chromium, which it starts itself from CHROME_PATH; nothing is
downloaded. The benchmark uses the performance figures; the tests use only the accessibility,
best-practices and SEO scores, which do not depend on the machine's speed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.bench.common import ROOT

CLI = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
STABLE_CATEGORIES = CATEGORIES[1:]
"""Scores that depend on the markup only, not on how fast the machine is."""
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


class LighthouseMissing(RuntimeError):
    """Lighthouse or Chromium is not installed; the message says how to get them."""


@dataclass(frozen=True)
class Report:
    """What one Lighthouse run found on one page."""

    url: str
    scores: dict[str, int]
    """Category id → score 0–100."""
    total_blocking_time: float | None
    """Milliseconds; None when performance was not measured."""
    largest_contentful_paint: float | None
    transferred_bytes: float | None
    failed: dict[str, list[str]]
    """Category id → titles of the scored audits that did not pass, to say what to fix."""


def chromium_path() -> str:
    """The browser the tests use: CHROMIUM_PATH, else Debian's Chromium."""
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def _check_installed() -> None:
    if not CLI.is_file():
        raise LighthouseMissing(f"Lighthouse is not installed in {CLI.parent}: run `npm ci`.")
    if shutil.which("node") is None:
        raise LighthouseMissing("Node.js is missing: run `make system-deps`.")
    if not Path(chromium_path()).is_file():
        raise LighthouseMissing(f"No Chromium at {chromium_path()}: set CHROMIUM_PATH.")


def _failed_audits(result: dict[str, Any], category: str) -> list[str]:
    audits = result["audits"]
    titles = []
    for ref in result["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
            titles.append(f"{audit['title']} ({ref['id']})")
    return titles


def _numeric(result: dict[str, Any], audit: str) -> float | None:
    value = result["audits"].get(audit, {}).get("numericValue")
    return float(value) if value is not None else None


def run_lighthouse(url: str, categories: tuple[str, ...] = CATEGORIES) -> Report:
    """One Lighthouse run on `url` (mobile configuration), parsed."""
    _check_installed()
    command = [
        "node",
        str(CLI),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        "--no-enable-error-reporting",
        f"--only-categories={','.join(categories)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    env = {**os.environ, "CHROME_PATH": chromium_path()}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"Lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout)
    if result.get("runtimeError"):
        raise RuntimeError(f"Lighthouse could not load {url}: {result['runtimeError']}")
    scores = {
        category: round(100 * (result["categories"][category]["score"] or 0))
        for category in categories
    }
    return Report(
        url=url,
        scores=scores,
        total_blocking_time=_numeric(result, "total-blocking-time"),
        largest_contentful_paint=_numeric(result, "largest-contentful-paint"),
        transferred_bytes=_numeric(result, "total-byte-weight"),
        failed={c: _failed_audits(result, c) for c in categories if scores[c] < 100},
    )
