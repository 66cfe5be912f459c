"""The benchmark runs end to end in quick mode and prints all six figures (issue 7).

Quick mode builds tiny synthetic catalogues and must leave the page and the README alone.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from support import ROOT

WRITTEN_BY_FULL_RUN = [ROOT / "content" / "over" / "prestaties.md", ROOT / "README.md"]


def test_quick_bench_prints_every_row(tmp_path: Path) -> None:
    before = {path: path.read_bytes() for path in WRITTEN_BY_FULL_RUN}
    output = tmp_path / "bench.md"
    result = subprocess.run(
        [sys.executable, "-m", "generator.bench", "--quick", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    table = output.read_text(encoding="utf-8")
    assert table.strip() in result.stdout
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    header, body = rows[0], rows[1:]
    assert header.startswith("| Measurement |")
    assert len(body) == 6, table
    for row in body:
        what, figure, target, status = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert what and target
        assert re.search(r"\d+\.\d+", figure), row  # a measured number, not a placeholder
        assert status.strip("*") in {"met", "not met"}, row
    assert {path: path.read_bytes() for path in WRITTEN_BY_FULL_RUN} == before
