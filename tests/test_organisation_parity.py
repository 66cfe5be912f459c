"""js/combine.js and js/sharelink.js compute what tests/reference/organisation.py computes."""

from __future__ import annotations

import json
import random
from pathlib import Path

from reference.organisation import combine, compare, lower_median
from reference.scoring import score
from support import ROOT, run_node
from test_scoring_parity import random_answers

from generator.catalog import load_catalog
from generator.rules import build_rules

RULES = build_rules(load_catalog(ROOT / "catalog", ROOT))


def respondent(rng: random.Random) -> dict:
    profile = rng.choice([p["id"] for p in RULES["profiles"]] + ["", "oud-profiel"])
    return {"profile": profile, "domains": random_answers(RULES, rng)["domains"]}


def test_combine_and_compare_parity(tmp_path: Path) -> None:
    rng = random.Random(7)
    groups = [[respondent(rng) for _ in range(rng.randint(0, 9))] for _ in range(400)]
    pairs = [
        (score(RULES, random_answers(RULES, rng)), score(RULES, random_answers(RULES, rng)))
        for _ in range(300)
    ]
    data = tmp_path / "input.json"
    data.write_text(json.dumps({"rules": RULES, "groups": groups, "pairs": pairs}))
    js = json.loads(run_node("tests/js/organisation_many.js", str(data)))
    assert js["combined"] == [combine(RULES, g) for g in groups]
    assert js["compared"] == [compare(a, b) for a, b in pairs]
    assert any(d["disagreement"] for c in js["combined"] for d in c["domains"])


def test_share_links_round_trip_on_the_real_catalogue(tmp_path: Path) -> None:
    """Every answer of the real model survives the link: levels, statements, needs, targets,
    profile."""
    rng = random.Random(11)
    levels = [x["id"] for x in RULES["levels"]]
    needs = [x["id"] for x in RULES["needs"]]
    unknown = RULES["unknown"]["id"]
    yes, no = RULES["statementAnswers"]["yes"]["id"], RULES["statementAnswers"]["no"]["id"]
    answers = [yes, no, unknown]
    states = []
    for _ in range(1000):
        domains = {}
        for domain in RULES["domains"]:
            statements = {
                s["id"]: rng.choice(answers)
                for e in domain["levels"].values()
                for s in e["statements"]
                if rng.random() < 0.5
            }
            answer = {
                "level": rng.choice(["", "", unknown, *levels]),
                "need": rng.choice(["", unknown, *needs]),
                "target": rng.choice(["", *levels]),
                "note": "",
                "statements": statements,
            }
            if answer["level"] or answer["need"] or answer["target"] or statements:
                domains[domain["id"]] = answer
        profile = rng.choice(["", *(p["id"] for p in RULES["profiles"])])
        states.append({"organisation": "", "profile": profile, "domains": domains})
    data = tmp_path / "input.json"
    data.write_text(json.dumps({"rules": RULES, "groups": [], "pairs": [], "states": states}))
    links = json.loads(run_node("tests/js/organisation_many.js", str(data)))["links"]
    for state, result in zip(states, links, strict=True):
        assert result["back"]["ok"], result["link"]
        assert result["back"]["domains"] == state["domains"]
        assert result["back"]["profile"] == state["profile"]
        # short enough to paste into a mail or a chat: about three statements per character
        assert len(result["link"]) < 120


def test_link_version_ignores_texts_and_actions(tmp_path: Path) -> None:
    from dataclasses import replace

    catalog = load_catalog(ROOT / "catalog", ROOT)
    first = catalog.domains[0]
    renamed = first.model_copy(update={"title": "Andere titel", "summary": "Andere samenvatting"})
    changed = replace(catalog, domains=(renamed, *catalog.domains[1:]), version="000000000000")
    assert build_rules(changed)["linkVersion"] == RULES["linkVersion"]
    reordered = replace(catalog, domains=tuple(reversed(catalog.domains)))
    assert build_rules(reordered)["linkVersion"] != RULES["linkVersion"]


def test_lower_median() -> None:
    assert lower_median([]) is None
    assert lower_median([2]) == 2
    assert lower_median([3, 0]) == 0
    assert lower_median([1, 3, 2]) == 2
    assert lower_median([0, 1, 2, 3]) == 1
