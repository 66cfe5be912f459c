"""The combined file of a team round: what the browser writes fits the published schema
(versions 1 and 2), a file made by the site before team rounds still opens, and a version 2
file opens with the answers it holds."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
from pydantic import TypeAdapter
from support import ROOT, run_node
from test_organisation_parity import RULES, agreed, respondent

from generator.outputs.combined_format import CombinedExport, combined_schema

V1_FILE = ROOT / "tests" / "fixtures" / "combined-v1.json"
"""A combined file downloaded from the combine page of the site as it was before team rounds
(three exports: quick levels, statements, notes and names, which version 1 left out)."""


def run(tmp_path: Path, rounds: list[dict], texts: list[str]) -> dict:
    data = tmp_path / "input.json"
    data.write_text(json.dumps({"rules": RULES, "rounds": rounds, "texts": texts}))
    return json.loads(run_node("tests/js/round_files.js", str(data)))


def test_combined_files_fit_the_schema_and_open_again(tmp_path: Path) -> None:
    rng = random.Random(3)
    rounds = []
    for n in range(40):
        people = [respondent(rng) for _ in range(rng.randint(1, 9))]
        sources = [
            rng.choice(
                [
                    {"source": "link"},
                    {
                        "source": "bestand",
                        "file": f"zelfscan-{i}.json",
                        "catalogVersion": RULES["catalogVersion"],
                        "exportedAt": "2026-12-01T10:00:00.000Z",
                        "round": "Ronde 2027",
                    },
                ]
            )
            for i in range(len(people))
        ]
        round_ = rng.choice([{}, {"name": f"Ronde {n}", "due": "2027-01-15", "organisation": "X"}])
        rounds.append(
            {"respondents": people, "sources": sources, "agreed": agreed(rng), "round": round_}
        )
    built = run(tmp_path, rounds, [])["built"]
    schema = combined_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    adapter = TypeAdapter(CombinedExport)
    for data in built:
        jsonschema.validate(data, schema)
        adapter.validate_python(data)
    read = run(tmp_path, [], [json.dumps(d) for d in built])["read"]
    for data, back in zip(built, read, strict=True):
        assert back["ok"], back
        assert back["respondents"] == data["respondents"]
        assert back["unplaced"] == []
        given = {d: a for d, a in data["answers"].items() if a}
        assert _answers(back["state"]) == given
    assert any(d.get("agreed") for d in built)
    assert any(n["by"] for d in built for dom in d["domains"] for n in dom["notes"])


def _answers(state: dict) -> dict:
    """The answered domains of a state, without empty fields."""
    domains = {
        d: {k: v for k, v in a.items() if v not in ("", {}, None)}
        for d, a in state["domains"].items()
    }
    return {d: a for d, a in domains.items() if a}


def test_a_file_of_the_site_before_team_rounds_still_opens(tmp_path: Path) -> None:
    text = V1_FILE.read_text(encoding="utf-8")
    data = json.loads(text)
    jsonschema.validate(data, combined_schema())
    [back] = run(tmp_path, [], [text])["read"]
    assert back["ok"], back
    assert back["formatVersion"] == 1 and back["respondents"] == 3
    assert back["sameCatalog"] is False  # made with the catalogue of that day
    wanted = {d: a for d, a in data["answers"].items() if a}
    assert _answers(back["state"]) == wanted
    assert [d["level"]["median"] for d in back["domains"]] == [
        d["level"]["median"] for d in data["domains"]
    ]
