"""How the generator scales, how fast `check` answers and how fast the browser engine scores."""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from generator.bench.common import ROOT, Row, Settings, median, missed, num, run, spread, timed

TARGET_SCALING = 1.2  # time may grow at most 1.2 times as fast as the number of domains
TARGET_LARGEST = 2.0
TARGET_CHECK = 0.3
TARGET_SCORE_REAL, TARGET_SCORE_BIG = 1.0, 20.0


def bench_scaling(work: Path, s: Settings) -> Row:
    """load_catalog + site_files (load, validate, render pages, emit rules) on synthetic data."""
    from generator.bench.synthetic import write_synthetic_catalog
    from generator.catalog import load_catalog
    from generator.outputs.site_files import site_files

    results: dict[int, list[float]] = {}
    loading: list[float] = []
    for size in s.sizes:
        folder = write_synthetic_catalog(work / f"synthetic-{size}" / "catalog", size)
        site_files(load_catalog(folder), ROOT)  # warm-up: templates compiled, files cached
        results[size] = []
        for _ in range(s.runs):
            start = time.perf_counter()
            catalog = load_catalog(folder)
            loaded = time.perf_counter()
            site_files(catalog, ROOT)
            results[size].append(time.perf_counter() - start)
            if size == s.sizes[-1]:
                loading.append(loaded - start)
    small, large = s.sizes[0], s.sizes[-1]
    ratio = median(results[large]) / median(results[small])
    limit = TARGET_SCALING * large / small
    load, total = median(loading), median(results[large])
    met = ratio <= limit and total < TARGET_LARGEST

    parts = [f"{num(n, 0)}: {spread(results[n], 2)}" for n in s.sizes]
    per = " / ".join(num(1000 * median(results[n]) / n, 1) for n in s.sizes)
    if ratio > limit:
        reason = "superlinear."
    else:
        reason = (
            "growth is linear, but each domain costs too much, split between reading the YAML "
            "and making pages and open data."
        )
    return Row(
        what=f"Generator for {' / '.join(num(n, 0) for n in s.sizes)} domains "
        "(load, validate, pages, rules)",
        result=f"{'; '.join(parts)}; per domain {per} ms; ratio {num(large, 0)}/{small}: "
        f"{num(ratio, 0 if ratio >= 10 else 1)}",
        target=f"ratio ≤ {num(limit, 0)}; {num(large, 0)} domains < {TARGET_LARGEST:g} s",
        met=met,
        note=f"At {num(large, 0)} domains {num(load, 2)} s goes to loading and validating, "
        f"{num(total - load, 2)} s to pages, rules and open data." + missed(met, reason),
    )


def bench_check(catalog: Path, s: Settings) -> Row:
    """`python -m generator check` as a maintainer runs it: wall time with start-up."""
    command = [sys.executable, "-m", "generator", "--catalog", str(catalog), "check"]
    run(command)  # warm-up: bytecode and file cache
    samples = [timed(lambda: run(command)) for _ in range(max(3, s.runs))]
    bare = median([timed(lambda: run([sys.executable, "-c", "pass"])) for _ in range(3)])
    probe = "import time; t = time.perf_counter(); import generator.catalog; "
    probe += "print(time.perf_counter() - t)"
    imports = median([float(run([sys.executable, "-c", probe])) for _ in range(3)])
    rest = median(samples) - bare - imports
    met = median(samples) < TARGET_CHECK

    start, imp, other = (num(x, 2) for x in (bare, imports, rest))
    return Row(
        what="`python -m generator check` (incl. start-up)",
        result=spread(samples, 2),
        target=f"< {num(TARGET_CHECK, 1)} s",
        met=met,
        note=f"Python start-up {start} s, imports (mostly pydantic and building the models) "
        f"{imp} s, reading and checking {other} s."
        + missed(met, "start-up and imports alone take nearly that long."),
    )


def answer_sets(rules: dict[str, Any], count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Varied answers: levels, needs, 'weet niet', open domains and own targets."""
    rng = random.Random(seed)
    unknown = rules["unknown"]["id"]
    levels = [x["id"] for x in rules["levels"]]
    needs = [x["id"] for x in rules["needs"]]
    sets = []
    for _ in range(count):
        domains: dict[str, dict[str, str]] = {}
        for domain in rules["domains"]:
            if rng.random() < 0.1:
                continue
            answer = {
                "level": rng.choice([*levels, unknown]),
                "need": rng.choice([*needs, unknown]),
            }
            if rng.random() < 0.3:
                answer["target"] = rng.choice(levels)
            domains[domain["id"]] = answer
        sets.append({"domains": domains})
    return sets


def score_in_node(work: Path, catalog: Path, runs: int) -> dict[str, Any]:
    """Time js/engine.js on the rules of `catalog` with tests/js/bench_score.js."""
    from generator.catalog import load_catalog
    from generator.outputs.rules import build_rules

    rules = build_rules(load_catalog(catalog))
    name = f"{len(rules['domains'])}-domains"
    rules_file, answers_file = work / f"{name}-rules.json", work / f"{name}-answers.json"
    rules_file.write_text(json.dumps(rules), encoding="utf-8")
    answers_file.write_text(json.dumps(answer_sets(rules, 10)), encoding="utf-8")
    script = ROOT / "tests" / "js" / "bench_score.js"
    return dict(
        json.loads(run(["node", str(script), str(rules_file), str(answers_file), str(runs)]))
    )


def bench_scoring(work: Path, catalog: Path, s: Settings) -> tuple[Row, str]:
    """Scoring of the real rules and of a large synthetic catalogue; also returns node's version."""
    from generator.bench.synthetic import write_synthetic_catalog

    runs = 10 if s.quick else 200
    real = score_in_node(work, catalog, runs)
    big_catalog = write_synthetic_catalog(work / "scoring" / "catalog", s.scoring_domains)
    big = score_in_node(work, big_catalog, runs)
    met = real["medianMs"] < TARGET_SCORE_REAL and big["medianMs"] < TARGET_SCORE_BIG

    parts = []
    for r in (real, big):
        values = [r["medianMs"], r["minMs"], r["maxMs"]]
        digits = 3 if r["medianMs"] < 1 else 2
        parts.append(f"{num(r['domains'], 0)} domains: {spread(values, digits, ' ms')}")
    row = Row(
        what="Scoring in Node (`js/engine.js`): real catalogue, synthetic",
        result="; ".join(parts),
        target=f"< {TARGET_SCORE_REAL:g} ms, < {TARGET_SCORE_BIG:g} ms",
        met=met,
        note=f"One scoring call; median of {runs} runs over 10 varied answer sets, after warm-up."
        + missed(met, "scoring takes longer than a frame."),
    )
    return row, str(real["node"])
