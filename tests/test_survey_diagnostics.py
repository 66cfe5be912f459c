"""Every problem `check` finds in the survey's question bank: break one thing in a copy of the
real catalogue and check the exact file, line, column, field and message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import edit, problems, where

SURVEY = "catalog/survey.yml"
PROFILES = "stadsmedewerker, beleidsmedewerker, data-expert, data-manager, aankoopdienst"
OPEN_C1 = "      - id: C1\n        type: open\n"
STELLING_AD1 = "      - id: AD1\n        type: stelling\n"
FREQUENTIE_A3 = "      - id: A3\n        type: frequentie\n"
A14_TEXT = (
    "Welke dingen zouden jou het meest helpen om met data te werken? Kies er hoogstens drie.\n"
)

# (what to change, into what, where the problem points (text, occurrence), field, message)
CASES = [
    (
        "- id: A4\n",
        "- id: A4.1\n",
        ("A4.1", 1),
        "parts[1].questions[0].id",
        "'A4.1' is not a valid question id: use letters and digits only (no dots, hyphens or "
        "spaces), start with a letter, at most 20 characters, like 'A4' (survey platforms use it "
        "as the question code)",
    ),
    (
        "- id: A4\n",
        "- id: SID\n",
        ("SID", 1),
        "parts[1].questions[0].id",
        "'SID' is a word LimeSurvey reserves; pick another question id",
    ),
    (
        "dont_know_code: WN",
        "dont_know_code: WEETNIET",
        ("WEETNIET", 1),
        "dont_know_code",
        "'WEETNIET' is not a valid answer code: use 1 to 5 letters or digits, like '3' or 'WN' "
        '(in quotes when it is a number: "3")',
    ),
    (
        "- id: kennis-delen",
        "- id: wat-helpt",
        ("wat-helpt", 2),
        "parts[4].id",
        "duplicate part id 'wat-helpt' (already used in catalog/survey.yml:{line:wat-helpt:1})",
    ),
    (
        "- id: A5\n",
        "- id: a4\n",
        ("a4", 1),
        "parts[1].questions[1].id",
        "duplicate question id 'a4' (already used in catalog/survey.yml:{line:id: A4:1})",
    ),
    (
        '{code: "2", text: Niet akkoord}',
        '{code: "1", text: Niet akkoord}',
        ('"1", text: Niet', 1),
        "agreement_scale[1].code",
        "duplicate code '1' (already used in catalog/survey.yml:{line:Helemaal niet akkoord:1})",
    ),
    (
        '{code: "5", text: Altijd}',
        "{code: WN, text: Altijd}",
        ("WN, text: Altijd", 1),
        "frequency_scale[4].code",
        "'WN' is the code of 'weet ik niet'",
    ),
    (
        "{answer: nee, code: N}",
        "{answer: nee, code: J}",
        ("J}", 2),
        "statements_part.answers[1].code",
        "duplicate code 'J' (already used in catalog/survey.yml:{line:answer: ja:1})",
    ),
    (
        '{code: "2", text: "Hergebruik:',
        '{code: "1", text: "Hergebruik:',
        ('"1", text: "Hergebruik', 1),
        "parts[2].questions[0].options[1].code",
        "duplicate answer code '1' (already used in catalog/survey.yml:{line:Efficiëntie:1})",
    ),
    (
        '{code: "3", text: "Transparantie:',
        '{code: WN, text: "Transparantie:',
        ('WN, text: "Transparantie', 1),
        "parts[2].questions[0].options[2].code",
        "'WN' is the code of 'weet ik niet'",
    ),
    (
        '{code: "12", text: "Standaarden',
        '{code: time, text: "Standaarden',
        ("time, text", 1),
        "parts[3].questions[0].options[11].code",
        "LimeSurvey reserves 'time'",
    ),
    (
        "      - id: C2\n        type: open\n",
        "      - id: C2\n        type: keuze\n",
        ("keuze\n", -1),
        "parts[10].questions[1].type",
        "a question of type 'keuze' needs at least two options",
    ),
    (
        OPEN_C1,
        OPEN_C1 + '        options: [{code: "1", text: Ja}]\n',
        ('[{code: "1", text: Ja}]', 1),
        "parts[10].questions[0].options",
        "a question of type 'open' takes no options; remove 'options'",
    ),
    (
        STELLING_AD1,
        STELLING_AD1 + '        options: [{code: "1", text: Ja}]\n',
        ('[{code: "1", text: Ja}]', 1),
        "parts[5].questions[0].options",
        "a question of type 'stelling' takes its answers from the scales; remove 'options'",
    ),
    (
        OPEN_C1,
        OPEN_C1 + "        dont_know: true\n",
        ("true\n", -1),
        "parts[10].questions[0].dont_know",
        "'weet ik niet' is offered with stelling, frequentie and keuze only",
    ),
    (
        "        max_choices: 3\n",
        "        max_choices: 13\n",
        ("13\n        options", 1),
        "parts[3].questions[0].max_choices",
        "13 is more than the 12 options",
    ),
    (
        FREQUENTIE_A3,
        FREQUENTIE_A3 + "        max_choices: 2\n",
        ("2\n        text: Hoe vaak", 1),
        "parts[0].questions[2].max_choices",
        "only a 'meerkeuze' question has max_choices",
    ),
    (
        OPEN_C1,
        OPEN_C1 + "        need: true\n        domain: kennis\n",
        ("true\n        domain: kennis\n        text: Wat zou", 1),
        "parts[10].questions[0].need",
        "only a 'stelling' can measure a need (agreeing with it)",
    ),
    (
        STELLING_AD1,
        STELLING_AD1 + "        need: true\n",
        ("true\n        text: Gegevens correct", 1),
        "parts[5].questions[0].need",
        "a question that measures a need needs a domain",
    ),
    (
        FREQUENTIE_A3,
        FREQUENTIE_A3 + "        benchmark: {percent: 50, group: iedereen, source: bron}\n",
        ("{percent: 50", 1),
        "parts[0].questions[2].benchmark",
        "only a 'stelling' can be compared with a source figure",
    ),
    (
        STELLING_AD1,
        STELLING_AD1 + "        statement: kennis-juridische-basis\n",
        ("kennis-juridische-basis", 1),
        "parts[5].questions[0].statement",
        "a question that informs a statement needs its domain",
    ),
    (
        A14_TEXT,
        A14_TEXT + "        domain: kennis\n",
        ("kennis\n        max_choices", 1),
        "parts[3].questions[0].domain",
        "the question and its options have a domain; keep the question's domain or the "
        "options' domains",
    ),
    (
        "profile_question: A1",
        "profile_question: X1",
        ("X1", 1),
        "profile_question",
        "no question 'X1'",
    ),
    (
        "profile_question: A1",
        "profile_question: A2",
        ("A2", 1),
        "profile_question",
        "the profile question must be the first question",
    ),
    (
        "  - id: over-jou\n    title: Over jou\n",
        "  - id: over-jou\n    title: Over jou\n    profiles: [data-expert]\n",
        ("A1\n        type: keuze", 1),
        "parts[0].questions[0].id",
        "everyone must see the profile question",
    ),
    (
        "            profile: aankoopdienst\n",
        "",
        ('- code: "5"\n            text: "Aankoopdienst', 1, 2),
        "parts[0].questions[0].options[4]",
        "each answer of the profile question needs a 'profile'",
    ),
    (
        "            profile: aankoopdienst\n",
        "            profile: data-expert\n",
        ("profile: data-expert\n", 2, 9),
        "parts[0].questions[0].options[4].profile",
        "duplicate profile 'data-expert' (already used in "
        "catalog/survey.yml:{line:profile: data-expert:1})",
    ),
    (
        "    profiles: [stadsmedewerker]\n",
        "    profiles: [administratie]\n",
        ("[administratie]", 1, 1),
        "parts[5].profiles[0]",
        f"unknown profile 'administratie' (known: {PROFILES})",
    ),
    (
        STELLING_AD1,
        STELLING_AD1 + "        profiles: [beleidsmedewerker]\n",
        ("[beleidsmedewerker]", 1),
        "parts[5].questions[0].profiles",
        "the part is not shown to 'beleidsmedewerker'",
    ),
    (
        '{code: "2", text: Duidelijke',
        '{code: "2", profile: kennis, text: Duidelijke',
        ("kennis, text", 1),
        "parts[3].questions[0].options[1].profile",
        "only the answers of the profile question have a profile",
    ),
    (
        "        domain: kennisdeling\n        need: true\n",
        "        domain: kennisdelen\n        need: true\n",
        ("kennisdelen", 1),
        "parts[4].questions[2].domain",
        "unknown domain 'kennisdelen' (known: aankoopbeleid, attitude-awareness, "
        "dialoog-cocreatie, infrastructuur, inspiratie-concept, kennis, kennisdeling, "
        "ondersteuning ...)",
    ),
    (
        "domain: aankoopbeleid}",
        "domain: aankoop}",
        ("aankoop}", 1),
        "parts[3].questions[0].options[9].domain",
        "unknown domain 'aankoop' (known: aankoopbeleid, attitude-awareness, dialoog-cocreatie, "
        "infrastructuur, inspiratie-concept, kennis, kennisdeling, ondersteuning ...)",
    ),
    (
        "  - need: redelijke-nood",
        "  - need: wat-nood",
        ("wat-nood", 1),
        "need_rule[1].need",
        "unknown need level 'wat-nood' (known: geen-nood, redelijke-nood, sterke-nood)",
    ),
    (
        'agree_codes: ["4", "5"]',
        'agree_codes: ["4", "6"]',
        ('"6"', 1),
        "agree_codes[1]",
        "'6' is not a code of the agreement scale",
    ),
    (
        "  - need: redelijke-nood\n    from_percent: 25",
        "  - need: sterke-nood\n    from_percent: 25",
        ("sterke-nood", 2),
        "need_rule[1].need",
        "duplicate need level 'sterke-nood' (already used in "
        "catalog/survey.yml:{line:need: sterke-nood:1})",
    ),
    (
        "    from_percent: 25",
        "    from_percent: 60",
        ("60", 1),
        "need_rule[1].from_percent",
        "thresholds must go from high to low",
    ),
    (
        "    from_percent: 0",
        "    from_percent: 10",
        ("10\n", 1),
        "need_rule[2].from_percent",
        "the last threshold must be 0, so every share gets a need",
    ),
    (
        "      - id: AD1\n",
        "      - id: Zkennis\n",
        ("Zkennis", 1),
        "parts[5].questions[0].id",
        "'Zkennis' is also the code of the statements of domain 'kennis'",
    ),
]


def _expand(project: Path, message: str) -> str:
    """'{line:text:n}' in an expected message: the line of the n-th 'text' in the survey."""
    while "{line:" in message:
        start = message.index("{line:")
        end = message.index("}", start)
        needle, occurrence = message[start + 6 : end].rsplit(":", 1)
        line, _ = where(project, SURVEY, needle, int(occurrence))
        message = message[:start] + str(line) + message[end + 1 :]
    return message


def _at(project: Path, needle: str, occurrence: int, offset: int = 0) -> tuple[int, int]:
    """Line and column of the `occurrence`-th `needle` (-1: the last), plus `offset` columns."""
    if occurrence < 0:
        occurrence = (project / SURVEY).read_text(encoding="utf-8").count(needle)
    line, column = where(project, SURVEY, needle, occurrence)
    return line, column + offset


@pytest.mark.parametrize(
    ("old", "new", "at", "field", "message"), CASES, ids=[c[4][:50] for c in CASES]
)
def test_survey_problem(
    project: Path, old: str, new: str, at: tuple, field: str, message: str
) -> None:
    edit(project, SURVEY, old, new)
    line, column = _at(project, *at)
    found = [p.text() for p in problems(project)]
    wanted = f"{SURVEY}:{line}:{column}: {field}: {_expand(project, message)}"
    if "profile: aankoopdienst" in old:  # aankoopdienst has no answer now: a second problem
        assert wanted in found and len(found) == 2, found
    else:
        assert found == [wanted]


def test_a_profile_without_an_answer_in_the_profile_question(project: Path) -> None:
    answer = (
        '          - code: "5"\n            text: "Aankoopdienst: ik werk aan overheidsopdrachten."'
    )
    edit(project, SURVEY, answer + "\n            profile: aankoopdienst\n", "")
    line, column = where(project, SURVEY, '- code: "1"', 1)  # the list of answers
    assert [p.text() for p in problems(project)] == [
        f"{SURVEY}:{line}:{column}: parts[0].questions[0].options: no answer for profile "
        "'aankoopdienst': questions for it would never show"
    ]


def test_two_domains_whose_ids_give_one_survey_code(project: Path) -> None:
    source = project / "catalog" / "domains" / "kennis.yml"
    copy = project / "catalog" / "domains" / "ken-nis.yml"
    shutil.copy(source, copy)
    text = copy.read_text(encoding="utf-8").replace("id: kennis\n", "id: ken-nis\n", 1)
    copy.write_text(text, encoding="utf-8")
    line, column = where(project, "catalog/domains/kennis.yml", "id: kennis", 1)
    assert (
        f"catalog/domains/kennis.yml:{line}:{column + 4}: id: duplicate LimeSurvey code of the "
        "statements (made from the domain id) 'zkennis' (already used in "
        "catalog/domains/ken-nis.yml:2)"
    ) in [p.text() for p in problems(project)]


# --- the self-scan's statements in the survey -----------------------------------------------

TE2 = "        domain: kennis\n        statement: kennis-technische-basis\n"
STATEMENT_CASES = [
    (TE2, TE2.replace("kennis-technische-basis", "kennis-bestaat-niet"), ("kennis-bestaat-niet", 1),
     "parts[7].questions[1].statement",
     "unknown statement 'kennis-bestaat-niet' (known: kennis-juridische-basis, "
     "kennis-technische-basis, kennis-licentie-vastgelegd, kennis-twee-kunnen-publiceren, "
     "kennis-beleid-kreeg-vorming, kennis-aankoop-kreeg-uitleg, kennis-opleidingsplan-per-profiel, "
     "kennis-elke-taak-twee-mensen ...)"),
    (TE2, TE2.replace("kennis-technische-basis", "sponsoring-trekker-in-leiding"),
     ("sponsoring-trekker-in-leiding", 1), "parts[7].questions[1].statement",
     "statement 'sponsoring-trekker-in-leiding' is of domain 'sponsoring', not 'kennis'"),
    ("{answer: nee, code: N}", "{answer: neen, code: N}", ("neen", 1),
     "statements_part.answers[1].answer", "unknown answer 'neen' (known: ja, nee, weet-niet)"),
    ("{answer: nee, code: N}", "{answer: ja, code: N}", ("ja, code: N", 1),
     "statements_part.answers[1].answer",
     "duplicate answer 'ja' (already used in catalog/survey.yml:{line:answer: ja:1})"),
    ("    - {answer: weet-niet, code: WN}\n", "", ("- {answer: ja", 1), "statements_part.answers",
     "needs at least 3 items"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "at", "field", "message"),
    STATEMENT_CASES,
    ids=[c[4][:50] for c in STATEMENT_CASES],
)
def test_survey_statement_problem(
    project: Path, old: str, new: str, at: tuple, field: str, message: str
) -> None:
    edit(project, SURVEY, old, new)
    line, column = _at(project, *at)
    assert [p.text() for p in problems(project)] == [
        f"{SURVEY}:{line}:{column}: {field}: {_expand(project, message)}"
    ]


DUPLICATE_CODE = (
    "duplicate LimeSurvey code of a statement (made from its id without the domain id) "
    "'technischebasis' (already used in catalog/domains/kennis.yml:{line})"
)


def test_statement_ids_that_give_one_survey_code(project: Path) -> None:
    domain = "catalog/domains/kennis.yml"
    edit(
        project,
        domain,
        "      - id: kennis-juridische-basis\n",
        "      - id: kennis-technischebasis\n",
    )
    first, _ = where(project, domain, "id: kennis-technischebasis", 1)
    line, column = where(project, domain, "id: kennis-technische-basis", 1)
    wanted = f"{domain}:{line}:{column + 4}: levels.opgestart.statements[1].id: "
    wanted += DUPLICATE_CODE.replace("{line}", str(first))
    assert wanted in [p.text() for p in problems(project)]  # with the broken 'meets' besides


def test_a_statement_id_that_gives_the_reserved_code_time(project: Path) -> None:
    domain = "catalog/domains/kennis.yml"
    edit(project, domain, "      - id: kennis-juridische-basis\n", "      - id: kennis-time\n")
    line, column = where(project, domain, "id: kennis-time", 1)
    wanted = f"{domain}:{line}:{column + 4}: levels.opgestart.statements[0].id: "
    wanted += "this id gives the LimeSurvey code 'time', which is reserved"
    assert wanted in [p.text() for p in problems(project)]  # with the broken 'meets' besides
