"""Synthetic catalogues of any size, for the benchmark and for tests of the machinery.

They are valid, complete catalogues (every rule of the real one holds) with text of a
realistic length, so that timing them measures the same work as the real catalogue.
"""

from __future__ import annotations

from pathlib import Path

import yaml

LEVELS = ["niet-aanwezig", "opgestart", "gevorderd", "verworven"]
NEEDS = ["geen-nood", "redelijke-nood", "sterke-nood"]
PRIORITIES = ["nu-aanpakken", "inplannen", "later-bekijken", "onderhouden"]
PROFILES = ["stadsmedewerker", "beleidsmedewerker", "data-expert", "data-manager", "aankoopdienst"]
PRINCIPLES = ["principe-een", "principe-twee", "principe-drie"]
SENTENCE = (
    "Dit is een voorbeeldzin van gewone lengte die beschrijft wat een organisatie doet "
    "en waarom dat helpt om beter met open data te werken."
)
MATRIX = [
    ["later-bekijken", "inplannen", "nu-aanpakken"],
    ["later-bekijken", "inplannen", "nu-aanpakken"],
    ["onderhouden", "later-bekijken", "inplannen"],
    ["onderhouden", "onderhouden", "later-bekijken"],
]


_CONSONANTS = "bdfgklmnprsvz"  # no t: no syllables can spell a placeholder such as 'todo'
_VOWELS = "aeiou"


def _word(number: int) -> str:
    """A made-up word of its own for every number, so that action titles differ as much as
    real ones do (check warns about near-duplicate titles across domains)."""
    syllables = []
    for _ in range(4):
        number, rest = divmod(number, len(_CONSONANTS) * len(_VOWELS))
        syllables.append(_CONSONANTS[rest // len(_VOWELS)] + _VOWELS[rest % len(_VOWELS)])
    return "".join(syllables)


def _title(index: int, level_number: int, n: int) -> str:
    """Four made-up words no other action of the catalogue uses (up to 99 per level)."""
    first = ((index * len(LEVELS) + level_number) * 100 + n) * 4
    return " ".join(_word(first + k) for k in range(4)).capitalize()


def _item(id_: str, title: str) -> dict[str, str]:
    return {"id": id_, "title": title, "description": SENTENCE}


def _dump(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def synthetic_domain(index: int, actions_per_level: int = 3) -> dict[str, object]:
    """One domain: every level above the lowest has as many statements as each level has
    actions, and action n of a level meets statement n of the level above (at the top: its own
    level), so every statement is met and every action meets one."""
    domain_id = f"domein-{index:04d}"
    levels: dict[str, dict[str, object]] = {}

    def statement(level: str, n: int) -> str:
        return f"{domain_id}-{level}-uitspraak-{n}"

    for level_number, level in enumerate(LEVELS):
        above = LEVELS[min(level_number + 1, len(LEVELS) - 1)]
        entry: dict[str, object] = {
            "descriptor": f"Er is een situatie op niveau {level_number + 1}. {SENTENCE}",
        }
        if level_number:
            entry["statements"] = [
                {
                    "id": statement(level, n),
                    "text": f"Feit {n} van niveau {level_number + 1} in domein {index} klopt "
                    "vandaag voor de organisatie.",
                }
                for n in range(1, actions_per_level + 1)
            ]
        entry["actions"] = [
            {
                "id": f"{domain_id}-{level}-actie-{n}",
                "title": _title(index, level_number, n),
                "description": f"{SENTENCE} {SENTENCE}",
                "profiles": [PROFILES[(index + level_number * 3 + n) % len(PROFILES)]],
                "effort": ["klein", "middel", "groot"][n % 3],
                "principles": [PRINCIPLES[n % len(PRINCIPLES)]],
                "resources": ["bron-een"],
                "meets": [statement(above, n)],
            }
            for n in range(1, actions_per_level + 1)
        ]
        levels[level] = entry
    return {
        "id": domain_id,
        "order": index,
        "title": f"Domein {index}",
        "summary": SENTENCE,
        "definition": SENTENCE,
        "why": f"{SENTENCE} {SENTENCE}",
        "findings": [SENTENCE],
        "principles": PRINCIPLES[: 1 + index % len(PRINCIPLES)],
        "profiles": PROFILES[:2],
        "resources": ["bron-een"],
        "levels": levels,
    }


def synthetic_survey(
    profiles: list[str] = PROFILES, domain: str = "domein-0001", needs: list[str] = NEEDS
) -> dict[str, object]:
    """A small valid question bank: the profile question and one need question about `domain`.
    `needs` from no need to strong need; answers to statements: ja, nee, weet-niet."""

    def scale() -> list[dict[str, str]]:  # a new list each time: YAML would write an alias
        return [{"code": str(n), "text": f"Antwoord {n}"} for n in range(1, 6)]

    profile_options = [
        {"code": str(n), "text": profile, "profile": profile}
        for n, profile in enumerate(profiles, start=1)
    ]
    return {
        "title": "Bevraging",
        "welcome": SENTENCE,
        "end": SENTENCE,
        "profile_question": "A1",
        "dont_know_code": "WN",
        "agreement_scale": scale(),
        "agree_codes": ["4", "5"],
        "frequency_scale": scale(),
        "min_group_size": 5,
        "need_rule": [
            {"need": needs[2], "from_percent": 50},
            {"need": needs[1], "from_percent": 25},
            {"need": needs[0], "from_percent": 0},
        ],
        "parts": [
            {
                "id": "deel-een",
                "title": "Deel een",
                "questions": [
                    {"id": "A1", "type": "keuze", "text": SENTENCE, "options": profile_options},
                    {
                        "id": "A2",
                        "type": "stelling",
                        "text": SENTENCE,
                        "domain": domain,
                        "need": True,
                    },
                ],
            }
        ],
        "statements_part": {
            "title": "Stellingen",
            "intro": SENTENCE,
            "question_prefix": "Z",
            "answers": [
                {"answer": "ja", "code": "J"},
                {"answer": "nee", "code": "N"},
                {"answer": "weet-niet", "code": "WN"},
            ],
        },
    }


def write_synthetic_catalog(target: Path, domains: int) -> Path:
    """Write a complete catalogue with `domains` domains into `target`; return `target`."""
    (target / "domains").mkdir(parents=True, exist_ok=True)
    _dump(
        target / "model.yml",
        {
            "maturity_levels": [_item(x, x.replace("-", " ").capitalize()) for x in LEVELS],
            "unknown_answer": _item("weet-niet", "Weet ik niet"),
            "statement_answers": {"holds": _item("ja", "Ja"), "does_not_hold": _item("nee", "Nee")},
            "need_levels": [_item(x, x.replace("-", " ").capitalize()) for x in NEEDS],
            "priorities": [_item(x, x.replace("-", " ").capitalize()) for x in PRIORITIES],
            "priority_matrix": {
                level: dict(zip(NEEDS, MATRIX[i], strict=True)) for i, level in enumerate(LEVELS)
            },
            "action_statuses": [
                {"id": "gepland", "title": "Gepland"},
                {"id": "klaar", "title": "Klaar", "done": True},
            ],
        },
    )
    _dump(
        target / "principles.yml",
        {
            "charter": {
                "id": "voorbeeldcharter",
                "title": "Voorbeeldcharter",
                "short_title": "Voorbeeldcharter",
                "publisher": "Voorbeeld",
                "year": 2015,
                "url": "https://example.org/",
                "description": SENTENCE,
                "stand_in": False,
                "note": SENTENCE,
            },
            "principles": [
                {**_item(x, x), "number": i + 1, "title_en": x} for i, x in enumerate(PRINCIPLES)
            ],
        },
    )
    _dump(
        target / "profiles.yml",
        {"profiles": [{**_item(x, x), "start_here": SENTENCE} for x in PROFILES]},
    )
    _dump(
        target / "resources.yml",
        {
            "resources": [
                {**_item("bron-een", "Bron een"), "kind": "bron", "publisher": "Voorbeeld"}
            ]
        },
    )
    _dump(
        target / "process_tool.yml",
        {
            "intro": SENTENCE,
            "phases": [_item("fase-een", "Fase een"), _item("fase-twee", "Fase twee")],
            "aspects": [
                {
                    "id": "aanleiding",
                    "title": "Aanleiding",
                    "group": "Start",
                    "question": SENTENCE,
                    "on_plan_sheet": True,
                },
            ],
            "ambition_levels": [_item("geen-ambitie", "Geen ambitie")],
        },
    )
    _dump(
        target / "changelog.yml",
        {
            "entries": [
                {
                    "date": "2026-01-01",
                    "title": "Synthetisch",
                    "changes": [{"kind": "toegevoegd", "text": SENTENCE}],
                }
            ]
        },
    )
    _dump(target / "survey.yml", synthetic_survey())
    for index in range(1, domains + 1):
        _dump(target / "domains" / f"domein-{index:04d}.yml", synthetic_domain(index))
    return target
