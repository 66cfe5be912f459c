"""Benchmark (issues 7 and 17): `python -m generator.bench [--runs N] [--quick [--write]]`.

Measures in one run on one machine what maintainers and visitors notice: how much our plugin
adds to `mkdocs build`, how the generator scales with the number of domains, how fast `check`
answers, what the self-scan page weighs (our code apart from the catalogue data), how fast the
browser engine scores, how soon `mkdocs serve` shows a change, what Lighthouse says of every
page and how many errors the Nu HTML validator finds. Every timing is a median with its spread
(min–max); ratios count more than seconds, which depend on the machine.

A full run writes the tables into README.md between the `<!-- bench:start -->` and
`<!-- bench:end -->` markers. `--quick` uses tiny catalogues, one run and Lighthouse on the
self-scan only, for the smoke test, and writes nothing there unless `--write` is given.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from generator.bench.build import bench_build, bench_weight, plugin_parts
from generator.bench.common import ROOT, LoadWatch, Row, Settings
from generator.bench.report import report, write_between_markers
from generator.bench.serve import bench_reload
from generator.bench.site_quality import (
    lighthouse_row,
    lighthouse_table,
    measure_pages,
    validator_row,
)
from generator.bench.speed import bench_check, bench_scaling, bench_scoring

README = ROOT / "README.md"


def measure(s: Settings) -> tuple[list[Row], str, str]:
    """Every measurement, in the order of the table; also node's version and the per-page
    Lighthouse table."""
    from generator.catalog import load_catalog

    with tempfile.TemporaryDirectory(prefix="zelfscan-bench-") as folder:
        work = Path(folder)
        build, plugin_project = bench_build(work, s)
        catalog = plugin_project / "catalog" if s.quick else ROOT / "catalog"
        scoring, node = bench_scoring(work, catalog, s)
        domains = len(load_catalog(plugin_project / "catalog").domains)
        figures, failed = measure_pages(plugin_project, s)
        rows = [
            build,
            bench_scaling(work, s),
            bench_check(catalog, s),
            *bench_weight(plugin_project, domains),
            scoring,
            bench_reload(work, s),
            lighthouse_row(figures, failed, s),
            validator_row(plugin_project / "site"),
        ]
    return rows, node, lighthouse_table(figures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench", description=__doc__)
    parser.add_argument("--runs", type=int, help="runs per timing (default 5; quick: 1)")
    parser.add_argument(
        "--lighthouse-runs", type=int, help="Lighthouse runs per page (default 3; quick: 1)"
    )
    parser.add_argument("--quick", action="store_true", help="tiny catalogues, for the smoke test")
    parser.add_argument("--write", action="store_true", help="with --quick: still write README")
    parser.add_argument("--output", type=Path, help="also write the printed tables to this file")
    parser.add_argument("--parts", type=Path, help=argparse.SUPPRESS)  # internal, see build.py
    args = parser.parse_args(argv)
    if args.parts:
        print(json.dumps(plugin_parts(args.parts)))
        return 0
    runs = max(1, args.runs or (1 if args.quick else 5))
    lighthouse_runs = max(1, args.lighthouse_runs or (1 if args.quick else 3))
    if args.quick:
        settings = Settings(runs, True, (2, 4, 8), 8, lighthouse_runs)
    else:
        settings = Settings(runs, False, (11, 110, 1100), 1000, lighthouse_runs)
    with LoadWatch() as load:
        rows, node, pages_table = measure(settings)
    text = report(rows, settings, node, pages_table, load.summary())
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    if not args.quick or args.write:
        write_between_markers(README, text)
    return 0
