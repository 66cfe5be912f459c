"""The browser engine (js/engine.js) and the Python reference score identically."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from reference.scoring import score
from support import ROOT, run_node

from generator.catalog import load_catalog
from generator.rules import build_rules
from generator.synthetic import write_synthetic_catalog


def random_answers(rules: dict, rng: random.Random) -> dict:
    """Partial, complete, 'don't know', stale ids and junk: what real files may contain."""
    levels = [x["id"] for x in rules["levels"]]
    needs = [x["id"] for x in rules["needs"]]
    unknown = rules["unknown"]["id"]
    junk = [None, "", "bestaat-niet", 3, [], {}, True]
    domains = {}
    for domain in rules["domains"]:
        roll = rng.random()
        if roll < 0.15:
            continue
        answer = {}
        if rng.random() < 0.85:
            answer["level"] = rng.choice(levels + [unknown] * 2 + [rng.choice(junk)])
        if rng.random() < 0.8:
            answer["need"] = rng.choice([*needs, unknown, rng.choice(junk)])
        if rng.random() < 0.3:
            answer["target"] = rng.choice([*levels, rng.choice(junk)])
        if rng.random() < 0.2:
            answer["note"] = "notitie"
        domains[domain["id"]] = answer
    if rng.random() < 0.05:
        domains["domein-dat-niet-bestaat"] = {"level": levels[0]}
    return {"domains": domains}


def assert_parity(rules: dict, count: int, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    answer_sets = [random_answers(rules, rng) for _ in range(count)]
    answer_sets += [{}, {"domains": {}}, {"domains": []}]
    data = tmp_path / "input.json"
    data.write_text(json.dumps({"rules": rules, "answerSets": answer_sets}), encoding="utf-8")
    js_results = json.loads(run_node("tests/js/score_many.js", str(data)))
    py_results = [score(rules, answers) for answers in answer_sets]
    assert len(js_results) == len(py_results)
    for answers, js, py in zip(answer_sets, js_results, py_results, strict=True):
        assert js == py, f"engines differ for {answers}"
    # the test must exercise the interesting cases, not only empty answer sets
    assert any(r["plan"] for r in py_results)
    if len(rules["domains"]) > 1:
        partial = [
            r for r in py_results if r["overall"]["score"] is not None and r["scored"] < r["total"]
        ]
        assert partial, "no partial answer set was scored"


def test_real_catalogue_parity(tmp_path: Path) -> None:
    rules = build_rules(load_catalog(ROOT / "catalog", ROOT))
    assert_parity(rules, 1000, tmp_path, seed=20261123)


@pytest.mark.parametrize("domains", [1, 30])
def test_synthetic_catalogue_parity(tmp_path: Path, domains: int) -> None:
    catalog_dir = write_synthetic_catalog(tmp_path / "catalog", domains)
    rules = build_rules(load_catalog(catalog_dir, tmp_path))
    assert_parity(rules, 300, tmp_path, seed=domains)


def test_scoring_explains_priority_from_matrix() -> None:
    rules = build_rules(load_catalog(ROOT / "catalog", ROOT))
    first, second = rules["domains"][0], rules["domains"][1]
    low, top = rules["levels"][0]["id"], rules["levels"][-1]["id"]
    strong, none = rules["needs"][-1]["id"], rules["needs"][0]["id"]
    results = score(
        rules,
        {
            "domains": {
                first["id"]: {"level": top, "need": none},
                second["id"]: {"level": low, "need": strong},
            }
        },
    )
    assert results["scored"] == 2 and results["answered"] == 2
    assert results["overall"]["score"] == (rules["levels"][-1]["score"] + 0) / 2
    by_id = {d["id"]: d for d in results["domains"]}
    assert by_id[second["id"]]["priority"] == rules["matrix"][low][strong]
    assert results["plan"][0] == second["id"]  # strong need at the lowest level comes first
    expected = [a["id"] for a in second["levels"][low]["actions"]]
    assert by_id[second["id"]]["actions"] == expected
    assert by_id[first["id"]]["target"] is None  # nothing above the top level
