"""Benchmark (issue 7): `python -m generator.bench [--runs N] [--quick [--write] [--output F]]`.

Measures in one run on one machine what maintainers and visitors notice: how much our plugin
adds to `mkdocs build`, how the generator scales with the number of domains, how fast `check`
answers, what the self-scan page weighs, how fast the browser engine scores and how soon
`mkdocs serve` shows a change. Every figure is a median with its spread (min–max); ratios
count more than seconds, which depend on the machine.

A full run writes the table into content/over/prestaties.md (Dutch) and README.md (English)
between the `<!-- bench:start -->` and `<!-- bench:end -->` markers. `--quick` uses tiny
catalogues and one run, for the smoke test, and writes nothing there unless `--write` is given.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from generator.bench.build import bench_build, bench_weight, plugin_parts
from generator.bench.common import LANGS, ROOT, Row, Settings
from generator.bench.report import report, write_between_markers
from generator.bench.serve import bench_reload
from generator.bench.speed import bench_check, bench_scaling, bench_scoring

PAGE = ROOT / "content" / "over" / "prestaties.md"
README = ROOT / "README.md"


def measure(s: Settings) -> tuple[list[Row], str]:
    """All six measurements, in the order of the table; also returns node's version."""
    with tempfile.TemporaryDirectory(prefix="zelfscan-bench-") as folder:
        work = Path(folder)
        build, plugin_project = bench_build(work, s)
        catalog = plugin_project / "catalog" if s.quick else ROOT / "catalog"
        scoring, node = bench_scoring(work, catalog, s)
        rows = [
            build,
            bench_scaling(work, s),
            bench_check(catalog, s),
            bench_weight(plugin_project),
            scoring,
            bench_reload(work, s),
        ]
    return rows, node


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench", description=__doc__)
    parser.add_argument("--runs", type=int, help="runs per figure (default 5; quick: 1)")
    parser.add_argument("--quick", action="store_true", help="tiny catalogues, for the smoke test")
    parser.add_argument("--write", action="store_true", help="with --quick: still write the page")
    parser.add_argument("--output", type=Path, help="also write the printed table to this file")
    parser.add_argument("--lang", choices=LANGS, default="en", help="language of what is printed")
    parser.add_argument("--parts", type=Path, help=argparse.SUPPRESS)  # internal, see build.py
    args = parser.parse_args(argv)
    if args.parts:
        print(json.dumps(plugin_parts(args.parts)))
        return 0
    runs = max(1, args.runs or (1 if args.quick else 5))
    if args.quick:
        settings = Settings(runs=runs, quick=True, sizes=(2, 4, 8), scoring_domains=8)
    else:
        settings = Settings(runs=runs, quick=False, sizes=(11, 110, 1100), scoring_domains=1000)
    rows, node = measure(settings)
    text = report(rows, settings, node, args.lang)
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    if not args.quick or args.write:
        write_between_markers(PAGE, report(rows, settings, node, "nl"))
        write_between_markers(README, report(rows, settings, node, "en"))
    return 0
