"""A quick Lighthouse run of the self-scan: accessibility, best practices and SEO score 100.

These three scores depend on the markup only, not on the machine's speed; performance is
measured by the benchmark (`python -m generator.bench`) and never asserted in a test. The site
is served as GitHub Pages serves it (project subpath, gzip); Lighthouse starts Chromium itself.
"""

from __future__ import annotations

from pathlib import Path

from generator.bench.lighthouse import STABLE_CATEGORIES, run_lighthouse
from generator.bench.pages_server import serve_site


def test_selfscan_scores_100_for_accessibility_best_practices_and_seo(built_site: Path) -> None:
    with serve_site(built_site) as address:
        report = run_lighthouse(address + "zelfscan.html", STABLE_CATEGORIES)
    assert report.scores == dict.fromkeys(STABLE_CATEGORIES, 100), report.failed
