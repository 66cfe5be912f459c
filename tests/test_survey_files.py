"""The generated survey files: the LimeSurvey import file checked against the rules of the
tab-separated survey structure format (as LimeSurvey's TSVImportSurvey() and its Question and
Answer models apply them), and the plain question list against the question bank."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from survey_samples import CATALOG, QUESTIONS, SURVEY

from generator.catalog.models import LIMESURVEY_RESERVED
from generator.outputs.site_files import site_files
from generator.survey import LIMESURVEY_FILE, QUESTION_LIST_FILE, SURVEY_SCRIPT

ROOT = Path(__file__).resolve().parents[1]
FILES = site_files(CATALOG, ROOT)
STANDARD_COLUMNS = [
    "id", "related_id", "class", "type/scale", "name", "relevance", "text", "help", "language",
    "validation", "mandatory", "other", "default", "same_default",
]  # fmt: skip
ATTRIBUTES = {"max_answers"}  # other columns become question attributes: only known ones
CLASSES = {"S", "SL", "G", "Q", "SQ", "A"}
QUESTION_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
SUB_CODE = re.compile(r"^[A-Za-z0-9]+$")


def table() -> tuple[list[str], list[dict[str, str]]]:
    text = FILES[LIMESURVEY_FILE]
    assert isinstance(text, str) and not text.startswith("\ufeff")
    lines = list(csv.reader(io.StringIO(text), delimiter="\t", quotechar='"'))
    header, body = lines[0], lines[1:]
    assert all(len(line) == len(header) for line in body)
    return header, [dict(zip(header, line, strict=True)) for line in body]


def tree(rows: list[dict[str, str]]) -> list[dict]:
    """Questions with their subquestions and answers, checking that every row nests right."""
    questions: list[dict] = []
    seen_group = False
    for row in rows:
        kind = row["class"]
        if kind in ("S", "SL"):
            assert not seen_group, "survey settings come before the first group"
        elif kind == "G":
            seen_group = True
        elif kind == "Q":
            assert seen_group, "a question belongs to a group"
            questions.append({"row": row, "SQ": [], "A": []})
        else:
            assert questions, f"a {kind} row belongs to a question"
            questions[-1][kind].append(row)
    return questions


def test_header_and_row_classes() -> None:
    header, rows = table()
    assert header[: len(STANDARD_COLUMNS)] == STANDARD_COLUMNS
    assert set(header[len(STANDARD_COLUMNS) :]) <= ATTRIBUTES
    assert {r["class"] for r in rows} <= CLASSES
    for row in rows:  # no cell a reader could split, unquote or unescape
        assert not any(("\t" in v or "\n" in v or '"' in v or "\\" in v) for v in row.values())
        assert not any(v != v.strip() for v in row.values())


def test_one_language_and_one_row_set_for_it() -> None:
    _, rows = table()
    settings = {r["name"]: r["text"] for r in rows if r["class"] == "S"}
    assert settings["language"] == "nl" and "additional_languages" not in settings
    assert len(settings) == len([r for r in rows if r["class"] == "S"])
    assert all(r["language"] == "nl" for r in rows if r["class"] != "S")
    assert {r["name"] for r in rows if r["class"] == "SL"} >= {
        "surveyls_title",
        "surveyls_welcometext",
    }
    assert (
        settings["anonymized"] == "Y" and settings["ipaddr"] == "N" and settings["datestamp"] == "N"
    )


def test_question_types_codes_and_nesting() -> None:
    _, rows = table()
    questions = tree(rows)
    codes = [q["row"]["name"] for q in questions]
    assert len({c.lower() for c in codes}) == len(codes)
    for q in questions:
        row, code, kind = q["row"], q["row"]["name"], q["row"]["type/scale"]
        assert QUESTION_CODE.match(code) and len(code) <= 20 and code not in LIMESURVEY_RESERVED
        assert kind in {"L", "M", "T", "F"}
        assert row["mandatory"] in {"Y", "N"} and row["other"] == "N" and row["same_default"] == "0"
        assert bool(q["SQ"]) == (kind in {"M", "F"}), code
        assert bool(q["A"]) == (kind in {"L", "F"}), code
        subs = [s["name"] for s in q["SQ"]]
        assert all(SUB_CODE.match(s) and len(s) <= 20 and s.lower() != "time" for s in subs)
        assert len({s.lower() for s in subs}) == len(subs)
        answers = [a["name"] for a in q["A"]]
        assert all(SUB_CODE.match(a) and len(a) <= 5 for a in answers)
        assert len(set(answers)) == len(answers)
        assert all(r["type/scale"] == "0" for r in q["SQ"] + q["A"])


def test_codes_are_the_catalogue_ids() -> None:
    _, rows = table()
    questions = {q["row"]["name"]: q for q in tree(rows)}
    statements = SURVEY["statements"]
    assert list(questions) == [q["id"] for q in QUESTIONS] + [
        d["code"] for d in statements["domains"]
    ]
    assert next(iter(questions)) == SURVEY["profileQuestion"]
    assert questions[SURVEY["profileQuestion"]]["row"]["mandatory"] == "Y"
    for q in QUESTIONS:
        found = questions[q["id"]]
        codes = [o["code"] for o in q["options"]]
        if q["type"] == "meerkeuze":
            assert [s["name"] for s in found["SQ"]] == codes
            assert found["row"]["max_answers"] == str(q["maxChoices"] or "")
        else:
            assert [a["name"] for a in found["A"]] == codes
        if any(o["dontKnow"] for o in q["options"]):
            assert found["A"][-1]["name"] == SURVEY["dontKnow"]["code"]
    for domain in statements["domains"]:
        found = questions[domain["code"]]
        assert found["row"]["type/scale"] == "F"
        assert [s["name"] for s in found["SQ"]] == [s["code"] for s in domain["statements"]]
        assert [a["name"] for a in found["A"]] == [a["code"] for a in statements["answers"]]


def test_relevance_shows_profile_questions_to_their_profiles_only() -> None:
    _, rows = table()
    profile = tree(rows)[0]
    code_of = {o["profile"]: o["code"] for o in QUESTIONS[0]["options"]}
    assert {a["name"] for a in profile["A"]} == set(code_of.values())
    test = re.compile(rf"^{SURVEY['profileQuestion']} == '([A-Za-z0-9]+)'$")
    by_code = {q["row"]["name"]: q["row"]["relevance"] for q in tree(rows)}
    for q in QUESTIONS:
        relevance = by_code[q["id"]]
        if not q["profiles"]:
            assert relevance == "1"
            continue
        parts = relevance.removeprefix("(").removesuffix(")").split(" or ")
        codes = [test.match(p).group(1) for p in parts]  # type: ignore[union-attr]
        assert codes == [code_of[p] for p in q["profiles"]]
    for group in (r for r in rows if r["class"] == "G"):
        assert group["relevance"] == "1" or group["relevance"].startswith(("A1 ==", "(A1 =="))


def test_question_list_carries_the_ids() -> None:
    text = FILES[QUESTION_LIST_FILE]
    assert isinstance(text, str)
    for q in QUESTIONS:
        assert f"\n{q['id']}. {' '.join(q['text'].split())}\n" in text
        for o in q["options"]:
            assert f"    {q['id']}-{o['code']} {' '.join(o['text'].split())}\n" in text
    for d in SURVEY["statements"]["domains"]:
        for s in d["statements"]:
            assert f"\n{d['code']}_{s['code']}. " in text


@pytest.mark.parametrize("path", [LIMESURVEY_FILE, QUESTION_LIST_FILE, SURVEY_SCRIPT])
def test_survey_files_are_published_and_listed(path: str, built_site: Path) -> None:
    assert (built_site / path).read_text(encoding="utf-8") == FILES[path]
    if path != SURVEY_SCRIPT:
        listing = (built_site / "over" / "open-data.html").read_text(encoding="utf-8")
        assert f'href="../{path}"' in listing
        page = (built_site / "gidsen" / "bevraging.html").read_text(encoding="utf-8")
        assert f'href="../{path}"' in page


def test_the_question_bank_is_in_the_open_data(built_site: Path) -> None:
    import json

    data = json.loads(
        (built_site / "open-data" / "open-data-zelfscan-catalogus.json").read_text(encoding="utf-8")
    )
    ids = [q["id"] for part in data["survey"]["parts"] for q in part["questions"]]
    assert ids == [q["id"] for q in QUESTIONS]
