"""How the generator scales, how fast `check` answers and how fast the browser engine scores."""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from generator.bench.common import ROOT, Row, Settings, both, median, num, run, say, spread, timed

TARGET_SCALING = 1.2  # time may grow at most 1.2 times as fast as the number of domains
TARGET_LARGEST = 2.0
TARGET_CHECK = 0.3
TARGET_SCORE_REAL, TARGET_SCORE_BIG = 1.0, 20.0


def bench_scaling(work: Path, s: Settings) -> Row:
    """load_catalog + site_files (load, validate, render pages, emit rules) on synthetic data."""
    from generator.catalog import load_catalog
    from generator.site_files import site_files
    from generator.synthetic import write_synthetic_catalog

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

    def result(lang: str) -> str:
        parts = [f"{num(n, 0, lang)}: {spread(results[n], 2, lang)}" for n in s.sizes]
        per = " / ".join(num(1000 * median(results[n]) / n, 1, lang) for n in s.sizes)
        return (
            f"{'; '.join(parts)}; {say(lang, 'per domein', 'per domain')} {per} ms; "
            f"{say(lang, 'verhouding', 'ratio')} {num(large, 0, lang)}/{small}: "
            f"{num(ratio, 0 if ratio >= 10 else 1, lang)}"
        )

    def note(lang: str) -> str:
        text = say(
            lang,
            f"Bij {num(large, 0, lang)} domeinen gaat {num(load, 2, lang)} s naar laden en "
            f"valideren, {num(total - load, 2, lang)} s naar pagina's, regels en open data.",
            f"At {num(large, 0, lang)} domains {num(load, 2, lang)} s goes to loading and "
            f"validating, {num(total - load, 2, lang)} s to pages, rules and open data.",
        )
        if ratio > limit:
            text += say(lang, " Niet gehaald: groeit sneller dan lineair.", " Missed: superlinear.")
        elif total >= TARGET_LARGEST:
            text += say(
                lang,
                " Niet gehaald: de groei is lineair, maar elk domein kost te veel, verdeeld "
                "over het inlezen van de YAML en het maken van pagina's en open data.",
                " Missed: growth is linear, but each domain costs too much, split between "
                "reading the YAML and making pages and open data.",
            )
        return text

    return Row(
        what=both(
            lambda lang: (
                say(lang, "Generator voor ", "Generator for ")
                + " / ".join(num(n, 0, lang) for n in s.sizes)
                + say(
                    lang,
                    " domeinen (laden, valideren, pagina's, regels)",
                    " domains (load, validate, pages, rules)",
                )
            )
        ),
        result=both(result),
        target=both(
            lambda lang: (
                f"{say(lang, 'verhouding', 'ratio')} ≤ {num(limit, 0, lang)}; "
                f"{num(large, 0, lang)} {say(lang, 'domeinen', 'domains')} < 2 s"
            )
        ),
        met=met,
        note=both(note),
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

    def note(lang: str) -> str:
        start, imp, other = (num(x, 2, lang) for x in (bare, imports, rest))
        text = say(
            lang,
            f"Python starten {start} s, imports (vooral pydantic en het bouwen van de modellen) "
            f"{imp} s, inlezen en controleren {other} s.",
            f"Python start-up {start} s, imports (mostly pydantic and building the models) "
            f"{imp} s, reading and checking {other} s.",
        )
        return (
            text
            if met
            else text
            + say(
                lang,
                " Niet gehaald: het opstarten en de imports alleen kosten al bijna zoveel.",
                " Missed: start-up and imports alone take nearly that long.",
            )
        )

    return Row(
        what={
            "nl": "`python -m generator check` (met opstarten)",
            "en": "`python -m generator check` (incl. start-up)",
        },
        result=both(lambda lang: spread(samples, 2, lang)),
        target=both(lambda lang: f"< {num(TARGET_CHECK, 1, lang)} s"),
        met=met,
        note=both(note),
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
    from generator.rules import build_rules

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
    from generator.synthetic import write_synthetic_catalog

    runs = 10 if s.quick else 200
    real = score_in_node(work, catalog, runs)
    big_catalog = write_synthetic_catalog(work / "scoring" / "catalog", s.scoring_domains)
    big = score_in_node(work, big_catalog, runs)
    met = real["medianMs"] < TARGET_SCORE_REAL and big["medianMs"] < TARGET_SCORE_BIG

    def result(lang: str) -> str:
        parts = []
        for r in (real, big):
            values = [r["medianMs"], r["minMs"], r["maxMs"]]
            digits = 3 if r["medianMs"] < 1 else 2
            label = f"{num(r['domains'], 0, lang)} {say(lang, 'domeinen', 'domains')}"
            parts.append(f"{label}: {spread(values, digits, lang, ' ms')}")
        return "; ".join(parts)

    def note(lang: str) -> str:
        text = say(
            lang,
            f"Eén score-berekening; mediaan van {runs} runs over 10 gevarieerde antwoordsets, "
            "na opwarmen.",
            f"One scoring call; median of {runs} runs over 10 varied answer sets, after warm-up.",
        )
        return text if met else text + say(lang, " Niet gehaald.", " Missed.")

    row = Row(
        what={
            "nl": "Scoren in Node (`js/engine.js`): echte catalogus, synthetisch",
            "en": "Scoring in Node (`js/engine.js`): real catalogue, synthetic",
        },
        result=both(result),
        target={"nl": "< 1 ms, < 20 ms", "en": "< 1 ms, < 20 ms"},
        met=met,
        note=both(note),
    )
    return row, str(real["node"])
