"""The browser's import check (js/exportfile.js) and the published JSON Schema agree.

The browser cannot load a schema validator, so it checks files by hand; this test holds the
two together: every file below is accepted by both or refused by both.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from support import ROOT, run_node

from generator.catalog import load_catalog
from generator.outputs.export_format import export_schema
from generator.outputs.rules import build_rules

RULES = build_rules(load_catalog(ROOT / "catalog", ROOT))
DOMAIN = RULES["domains"][0]["id"]
LEVEL = RULES["levels"][1]["id"]
ACTION = RULES["domains"][0]["levels"][LEVEL]["actions"][0]["id"]

VALID: dict[str, Any] = {
    "format": "open-data-zelfscan-export",
    "formatVersion": 1,
    "catalogVersion": RULES["catalogVersion"],
    "exportedAt": "2026-11-24T09:30:00.000Z",
    "organisation": "Gemeente Voorbeeld",
    "profile": RULES["profiles"][0]["id"],
    "answers": {DOMAIN: {"level": LEVEL, "need": RULES["needs"][2]["id"], "note": "Notitie"}},
    "plan": {ACTION: {"owner": "An", "due": "2027-03-01", "status": "gepland"}},
    "sheets": {ACTION: {"aspects": {"aanleiding": "Omdat"}, "phases": {"plannen": "Q1"}}},
    "results": {"scored": 1},
}

# (where, value): set `value` at the path `where` in a copy of VALID; None as where deletes.
CHANGES: list[tuple[tuple[str, ...], Any]] = [
    ((), None),  # the valid file itself
    (("format",), "iets-anders"),
    (("formatVersion",), 2),
    (("formatVersion",), "1"),
    (("catalogVersion",), "<script>"),
    (("catalogVersion",), "ABC"),
    (("organisation",), "x" * 201),
    (("organisation",), 5),
    (("profile",), "x" * 101),
    (("answers",), []),
    (("answers", DOMAIN, "level"), 5),
    (("answers", DOMAIN, "level"), None),
    (("answers", DOMAIN, "level"), "Hoofdletters"),
    (("answers", DOMAIN, "need"), "x" * 101),
    (("answers", DOMAIN, "note"), "x" * 2001),
    (("answers", DOMAIN, "note"), None),
    (("answers", DOMAIN, "evil"), 1),
    (("answers", "Niet Geldig"), {"level": LEVEL}),
    (("answers", DOMAIN), "niveau"),
    (("plan", ACTION, "owner"), "x" * 201),
    (("plan", ACTION, "due"), "1 maart"),
    (("plan", ACTION, "due"), ""),
    (("plan", ACTION, "status"), "Klaar!"),
    (("plan", ACTION, "extra"), "x"),
    (("plan",), "geen lijst"),
    (("sheets", ACTION, "aspects", "aanleiding"), "x" * 2001),
    (("sheets", ACTION, "aspects", "x" * 101), "lange sleutel"),
    (("sheets", ACTION, "andere"), {}),
    (("results",), 5),
    (("results",), None),
    (("results",), "klaar"),
    (("nieuwe-sectie",), {"later": True}),  # later formats may add sections
]


def changed(where: tuple[str, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    if not where:
        return data
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    return data


def test_browser_check_and_json_schema_accept_the_same_files(tmp_path: Path) -> None:
    validator = Draft202012Validator(export_schema())
    files = [changed(where, value) for where, value in CHANGES]
    data = tmp_path / "input.json"
    data.write_text(
        json.dumps({"rules": RULES, "texts": [json.dumps(f) for f in files]}), encoding="utf-8"
    )
    browser = json.loads(run_node("tests/js/read_many.js", str(data)))
    for (where, value), file, read in zip(CHANGES, files, browser, strict=True):
        schema_ok = validator.is_valid(file)
        assert read["ok"] == schema_ok, (where, repr(value)[:40], read["error"])
    accepted = sum(r["ok"] for r in browser)
    assert 3 <= accepted < len(CHANGES) - 20  # both kinds are really exercised
