"""js/combine.js and js/sharelink.js compute what tests/reference/organisation.py computes."""

from __future__ import annotations

import json
import random
from pathlib import Path

from reference.organisation import (
    agenda,
    combine,
    compare,
    compare_rounds,
    lower_median,
    organisation_answers,
)
from reference.scoring import score
from support import ROOT, run_node
from test_scoring_parity import random_answers

from generator.catalog import load_catalog
from generator.outputs.rules import build_rules

RULES = build_rules(load_catalog(ROOT / "catalog", ROOT))
LEVELS = [x["id"] for x in RULES["levels"]]
NEEDS = [x["id"] for x in RULES["needs"]]
UNKNOWN = RULES["unknown"]["id"]
DOMAIN_IDS = [d["id"] for d in RULES["domains"]]


PROFILES = [p["id"] for p in RULES["profiles"]]
NAMES = ["", "", "", "An", " Bert ", "An", "Chris"]


def respondent(rng: random.Random) -> dict:
    # most profiles repeat, so that groups reach the anonymity threshold
    profile = rng.choice([*PROFILES[:2] * 4, *PROFILES, "", "oud-profiel", 3])
    domains = random_answers(RULES, rng)["domains"]
    for answer in domains.values():
        if rng.random() < 0.3:
            answer["note"] = rng.choice(["  Eerst de begroting.", "Vraag het aan ICT", " "])
    return {"name": rng.choice(NAMES), "profile": profile, "domains": domains}


def agreed(rng: random.Random) -> dict:
    """What a data manager might set on the combine page, junk included."""
    out: dict = {}
    answers = [*(RULES["statementAnswers"][k]["id"] for k in ("yes", "no")), UNKNOWN, "x", 1]
    for domain in RULES["domains"]:
        if rng.random() < 0.5:
            continue
        statements = [s["id"] for e in domain["levels"].values() for s in e["statements"]]
        entry: dict = {
            "statements": {s: rng.choice(answers) for s in rng.sample(statements, 3)},
        }
        if rng.random() < 0.3:
            entry["level"] = rng.choice([*LEVELS, UNKNOWN, "oud"])
        if rng.random() < 0.3:
            entry["need"] = rng.choice([*NEEDS, UNKNOWN, None])
        if rng.random() < 0.3:
            entry["note"] = rng.choice(["Afgesproken: ICT zoekt uit.", "  "])
        out[domain["id"]] = entry
    return out


def test_combine_and_compare_parity(tmp_path: Path) -> None:
    rng = random.Random(7)
    groups = [[respondent(rng) for _ in range(rng.randint(0, 12))] for _ in range(400)]
    settings = [agreed(rng) for _ in groups]
    combined = [combine(RULES, g) for g in groups]
    organisation = [
        organisation_answers(RULES, c, a) for c, a in zip(combined, settings, strict=True)
    ]
    # rounds as the combine page has them: this round's domains and answers, or a version 1
    # file's (medians of levels, answers picked the quick way)
    rounds = [
        {"domains": c["domains"], "answers": o} for c, o in zip(combined, organisation, strict=True)
    ]
    rounds += [
        {"domains": [], "answers": {d: {"level": rng.choice(LEVELS)} for d in DOMAIN_IDS}}
        for _ in range(50)
    ]
    round_pairs = [(rng.choice(rounds), rng.choice(rounds)) for _ in range(300)]
    pairs = [
        (score(RULES, random_answers(RULES, rng)), score(RULES, random_answers(RULES, rng)))
        for _ in range(300)
    ]
    data = tmp_path / "input.json"
    data.write_text(
        json.dumps(
            {
                "rules": RULES,
                "groups": groups,
                "agreed": settings,
                "roundPairs": round_pairs,
                "pairs": pairs,
            }
        )
    )
    js = json.loads(run_node("tests/js/organisation_many.js", str(data)))
    assert js["combined"] == combined
    assert js["organisation"] == organisation
    assert js["agendas"] == [agenda(RULES, c) for c in combined]
    assert js["rounds"] == [compare_rounds(RULES, a, b) for a, b in round_pairs]
    assert js["compared"] == [compare(a, b) for a, b in pairs]
    # the inputs reach every interesting case
    domains = [d for c in combined for d in c["domains"]]
    assert any(d["disagreement"] for d in domains)
    assert any(d["profiles"] for d in domains) and any(d["gap"] for d in domains)
    assert any(d["gap"] and d["gap"]["flagged"] for d in domains)
    assert any(s["split"] for d in domains for s in d["statements"])
    assert any(s["fromLevel"] for d in domains for s in d["statements"])
    assert any(n["by"] for d in domains for n in d["notes"])
    assert any(not n["by"] for d in domains for n in d["notes"])
    assert any("(2)" in p["label"] for c in combined for p in c["people"])
    assert any(r["gains"] for r in js["rounds"]) and any(r["drops"] for r in js["rounds"])


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
