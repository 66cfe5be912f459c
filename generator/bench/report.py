"""The Markdown tables, and writing them between the bench markers of the README."""

from __future__ import annotations

import os
import platform
from datetime import date
from pathlib import Path

from generator.bench.common import Row, Settings

MARKERS = ("<!-- bench:start -->", "<!-- bench:end -->")


def report(rows: list[Row], s: Settings, node: str, pages_table: str, load: str) -> str:
    """The results table with its numbered notes, then Lighthouse's figures per page."""
    import mkdocs

    machine = f"{os.cpu_count()} cores, {platform.system()} {platform.machine()}"
    versions = f"Python {platform.python_version()}, Node.js {node}, MkDocs {mkdocs.__version__}"
    runs = f"{s.runs} run" + ("s" if s.runs != 1 else "")
    lines = [
        f"Measured on {date.today().isoformat()} on one machine ({machine}) with {versions}. "
        f"Each timing is the median of {runs}, with the spread (min–max) in brackets. "
        f"Ratios count more than seconds, which depend on the machine. {load}",
        "",
        "| Measurement | Result | Target | Status |",
        "|---|---|---|---|",
    ]
    for row in rows:
        mark = "met" if row.met else "**not met**"
        lines.append(f"| {row.what} | {row.result} | {row.target} | {mark} |")
    lines += ["", "Notes per measurement:", ""]
    lines += [f"{i}. {row.note}" for i, row in enumerate(rows, 1)]
    lines += [
        "",
        "Lighthouse per page (medians; TBT total blocking time, LCP largest "
        "contentful paint, transferred bytes as the browser received them):",
        "",
    ]
    return "\n".join(lines) + "\n" + pages_table


def write_between_markers(path: Path, block: str) -> None:
    """Replace what stands between the two markers in `path`; the rest stays as it is."""
    text = path.read_text(encoding="utf-8")
    start, end = (text.index(marker) for marker in MARKERS)
    path.write_text(text[: start + len(MARKERS[0])] + "\n" + block + text[end:], encoding="utf-8")
