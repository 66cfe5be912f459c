"""The Markdown table, and writing it between the bench markers of the page and the README."""

from __future__ import annotations

import os
import platform
from datetime import date
from pathlib import Path

from generator.bench.common import Row, Settings, say

MARKERS = ("<!-- bench:start -->", "<!-- bench:end -->")


def report(rows: list[Row], s: Settings, node: str, lang: str) -> str:
    import mkdocs

    machine = f"{os.cpu_count()} cores, {platform.system()} {platform.machine()}"
    versions = f"Python {platform.python_version()}, Node.js {node}, MkDocs {mkdocs.__version__}"
    runs = f"{s.runs} run" + ("s" if s.runs != 1 else "")
    intro = say(
        lang,
        f"Gemeten op {date.today().isoformat()} op één machine ({machine}) met {versions}. "
        f"Elke waarde is de mediaan van {runs}, met de spreiding (min–max) tussen haakjes."
        " Verhoudingen tellen meer dan seconden: die hangen van de machine af.",
        f"Measured on {date.today().isoformat()} on one machine ({machine}) with {versions}. "
        f"Each figure is the median of {runs}, with the spread (min–max) in brackets. "
        "Ratios count more than seconds, which depend on the machine.",
    )
    status = ("gehaald", "niet gehaald") if lang == "nl" else ("met", "not met")
    lines = [
        intro,
        "",
        say(
            lang,
            "| Meting | Resultaat | Doel | Status |",
            "| Measurement | Result | Target | Status |",
        ),
        "|---|---|---|---|",
    ]
    for row in rows:
        mark = status[0] if row.met else f"**{status[1]}**"
        lines.append(f"| {row.what[lang]} | {row.result[lang]} | {row.target[lang]} | {mark} |")
    lines += ["", say(lang, "Toelichting per meting:", "Notes per measurement:"), ""]
    lines += [f"{i}. {row.note[lang]}" for i, row in enumerate(rows, 1)]
    return "\n".join(lines) + "\n"


def write_between_markers(path: Path, block: str) -> None:
    """Replace what stands between the two markers in `path`; the rest stays as it is."""
    text = path.read_text(encoding="utf-8")
    start, end = (text.index(marker) for marker in MARKERS)
    path.write_text(text[: start + len(MARKERS[0])] + "\n" + block + text[end:], encoding="utf-8")
