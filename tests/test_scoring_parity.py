"""The browser engine (js/engine.js) and the Python reference score identically."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from reference.scoring import score
from support import ROOT, run_node

from generator.bench.synthetic import write_synthetic_catalog
from generator.catalog import load_catalog
from generator.outputs.rules import build_rules


def _random_statements(rules: dict, domain: dict, rng: random.Random, junk: list) -> object:
    """Mostly yes on lower levels (so that levels above the lowest are reached), some no and
    don't know, now and then a stale id, a junk value or no map at all."""
    if rng.random() < 0.03:
        return rng.choice(junk)
    yes, no = rules["statementAnswers"]["yes"]["id"], rules["statementAnswers"]["no"]["id"]
    unknown = rules["unknown"]["id"]
    answers: dict[str, object] = {}
    for depth, level in enumerate(rules["levels"]):
        for statement in domain["levels"][level["id"]]["statements"]:
            roll = rng.random()
            if roll < 0.15 * depth:
                continue  # unanswered, more often higher up
            answers[statement["id"]] = rng.choices(
                [yes, no, unknown, rng.choice(junk)], weights=[70, 15, 12, 3]
            )[0]
    if rng.random() < 0.05:
        answers["uitspraak-die-niet-bestaat"] = yes
    return answers


def all_yes(rules: dict) -> dict:
    """Every statement of every domain answered yes: the top level by statements."""
    yes = rules["statementAnswers"]["yes"]["id"]
    return {
        "domains": {
            d["id"]: {
                "statements": {s["id"]: yes for e in d["levels"].values() for s in e["statements"]}
            }
            for d in rules["domains"]
        }
    }


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
        by_statements = rng.random() < 0.6
        if by_statements:
            answer["statements"] = _random_statements(rules, domain, rng, junk)
        if rng.random() < (0.2 if by_statements else 0.85):
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
    answer_sets += [{}, {"domains": {}}, {"domains": []}, all_yes(rules)]
    data = tmp_path / "input.json"
    data.write_text(json.dumps({"rules": rules, "answerSets": answer_sets}), encoding="utf-8")
    js_results = json.loads(run_node("tests/js/score_many.js", str(data)))
    py_results = [score(rules, answers) for answers in answer_sets]
    assert len(js_results) == len(py_results)
    for answers, js, py in zip(answer_sets, js_results, py_results, strict=True):
        assert js == py, f"engines differ for {answers}"
    # the test must exercise the interesting cases, not only empty answer sets
    assert any(r["plan"] for r in py_results)
    ways = {d["way"] for r in py_results for d in r["domains"]}
    assert ways == {None, "quick", "statements"}
    statuses = {d["status"] for r in py_results for d in r["domains"]}
    assert statuses == {"open", "busy", "done", "uncertain"}
    reached = {d["level"] for r in py_results for d in r["domains"] if d["way"] == "statements"}
    assert len(reached) == len(rules["levels"]), "not every level was reached by statements"
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
    expected = [a["id"] for a in second["levels"][low]["actions"]]  # they meet the next level
    assert by_id[second["id"]]["actions"] == expected
    assert by_id[first["id"]]["target"] is None  # nothing above the top level
