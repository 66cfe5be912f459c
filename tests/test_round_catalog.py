"""The catalogue's side of a team round: which profiles steer and which do the hands-on work
(catalog/profiles.yml, `perspectives`), checked like every other catalogue field, and carried
to the browser in the rules."""

from __future__ import annotations

from pathlib import Path

from support import ROOT, edit, problems, where

from generator.catalog import load_catalog
from generator.outputs.export_format import ROUND
from generator.outputs.rules import build_rules

PROFILES = "catalog/profiles.yml"


def test_every_profile_is_in_one_of_two_perspectives() -> None:
    rules = build_rules(load_catalog(ROOT / "catalog", ROOT))
    groups = {p["id"]: p["profiles"] for p in rules["perspectives"]}
    assert groups == {
        "sturend": ["beleidsmedewerker", "data-manager"],
        "uitvoerend": ["stadsmedewerker", "data-expert", "aankoopdienst"],
    }
    assert rules["round"] == ROUND


def test_unknown_and_missing_perspective(project: Path) -> None:
    edit(project, PROFILES, "    perspective: uitvoerend\n", "    perspective: uitvoerder\n")
    edit(project, PROFILES, "    perspective: sturend\n", "")
    unknown = where(project, PROFILES, "uitvoerder")
    missing = where(project, PROFILES, "id: beleidsmedewerker")
    assert [p.text() for p in problems(project)] == [
        f"{PROFILES}:{unknown[0]}:{unknown[1]}: profiles[0].perspective: unknown perspective "
        "'uitvoerder' (known: sturend, uitvoerend)",
        f"{PROFILES}:{missing[0]}:{missing[1] + 4}: profiles[1].id: no perspective: add "
        "'perspective:' (sturend, uitvoerend)",
    ]


def test_two_perspectives_or_none(project: Path) -> None:
    edit(
        project,
        PROFILES,
        "perspectives_note:",
        "  - id: extra\n    title: Extra\n    description: Een derde groep.\nperspectives_note:",
    )
    line, column = where(project, PROFILES, "  - id: sturend")
    [problem] = problems(project)
    assert problem.text() == (
        f"{PROFILES}:{line}:{column + 2}: perspectives: give exactly two perspectives (those who "
        "steer, then those who do the hands-on work), or none; found 3"
    )


def test_a_catalogue_without_perspectives_is_valid(project: Path) -> None:
    text = (project / PROFILES).read_text(encoding="utf-8")
    start, end = text.index("perspectives:"), text.index("profiles:\n")
    text = text[:start] + text[end:]
    text = "".join(line for line in text.splitlines(True) if "perspective: " not in line)
    (project / PROFILES).write_text(text, encoding="utf-8")
    catalog = load_catalog(project / "catalog", project)
    assert build_rules(catalog)["perspectives"] == []
