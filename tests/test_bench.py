"""The benchmark runs end to end in quick mode and prints every figure (issues 7 and 17).

Quick mode builds tiny synthetic catalogues, runs Lighthouse on the self-scan only, and must
leave the README alone. The performance page is gone: the table lives in the README only.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

WRITTEN_BY_FULL_RUN = [ROOT / "README.md"]
ROWS = [
    "Site build",
    "Generator for",
    "`python -m generator check`",
    "Self-scan page weight: our own JS and CSS",
    "Self-scan page weight: catalogue data",
    "Scoring in Node",
    "Live reload",
    "Lighthouse (mobile), 1 page",
    "W3C Nu HTML validator",
]


@pytest.mark.browser  # Lighthouse drives Chromium
def test_quick_bench_prints_every_row(tmp_path: Path) -> None:
    before = {path: path.read_bytes() for path in WRITTEN_BY_FULL_RUN}
    output = tmp_path / "bench.md"
    result = subprocess.run(
        [sys.executable, "-m", "generator.bench", "--quick", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    table = output.read_text(encoding="utf-8")
    assert table.strip() in result.stdout
    main, pages = table.split("Lighthouse per page")
    rows = [line for line in main.splitlines() if line.startswith("| ") and "---" not in line]
    header, body = rows[0], rows[1:]
    assert header.startswith("| Measurement |")
    assert len(body) == len(ROWS), table
    for name, row in zip(ROWS, body, strict=True):
        assert row.startswith(f"| {name}"), row
        what, figure, target, status = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert what and target
        assert re.search(r"\d", figure), row  # a measured number, not a placeholder
        assert status.strip("*") in {"met", "not met"}, row
    scores = [line for line in pages.splitlines() if line.startswith("| `zelfscan.html` |")]
    assert len(scores) == 1, pages
    cells = [cell.strip() for cell in scores[0].strip("|").split(" | ")]
    assert all(0 <= int(score) <= 100 for score in cells[1:5]), scores
    assert cells[2:5] == ["100", "100", "100"], scores  # accessibility, best practices, SEO
    assert {path: path.read_bytes() for path in WRITTEN_BY_FULL_RUN} == before
