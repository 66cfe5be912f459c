"""The survey analysis (js/csvfile.js, surveyanswers.js, surveyanalysis.js) on answer files in
the shapes platforms export, against figures computed independently in Python
(tests/survey_samples.py): 60 synthetic respondents from the real question bank."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from support import run_node
from survey_samples import (
    QUESTIONS,
    RULES,
    SURVEY,
    Respondent,
    expected,
    exports_of,
    forms_csv,
    limesurvey_csv,
    respondents,
)

from generator.outputs.rules import rules_script
from generator.survey.script import survey_script

PEOPLE = respondents()


@pytest.fixture(scope="module")
def scripts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("survey")
    (folder / "survey.js").write_text(survey_script(SURVEY), encoding="utf-8")
    (folder / "rules.js").write_text(rules_script(RULES), encoding="utf-8")
    return folder / "survey.js", folder / "rules.js"


@pytest.fixture
def analyse(scripts: tuple[Path, Path], tmp_path: Path):
    def run(content: bytes) -> dict[str, Any]:
        path = tmp_path / "antwoorden.csv"
        path.write_bytes(content)
        return json.loads(run_node("tests/js/analyse_survey.js", *map(str, scripts), str(path)))

    return run


def assert_figures(results: dict[str, Any], want: dict[str, Any]) -> None:
    groups = {g["id"]: g for g in results["groups"]}
    assert set(groups) == set(want["groups"])
    for group, size in want["groups"].items():
        assert groups[group]["count"] == size, group
    for index, question in enumerate(QUESTIONS):
        got_all = results["questions"][index]
        assert got_all["id"] == question["id"]
        for group in want["groups"]:
            got = got_all["groups"][group]
            wanted = want["questions"][(group, question["id"])]
            assert (got["n"] if got["shown"] else None) == wanted["n"], (group, question["id"])
            if "percent" in wanted:
                assert {o["code"]: o["percent"] for o in got["options"]} == wanted["percent"]
            else:
                assert all(o["percent"] is None and o["count"] is None for o in got["options"])
            if question["type"] == "stelling":
                assert got["agree"] == wanted.get("agree"), (group, question["id"])
    assert {d["domain"]: d["need"] for d in results["domainNeeds"]} == want["needs"]
    statements = {
        s["id"]: ({a["answer"]: a["percent"] for a in s["answers"]} if s["shown"] else None)
        for d in results["statements"]
        for s in d["statements"]
    }
    assert statements == want["statements"]


def test_limesurvey_export_with_codes(analyse) -> None:
    out = analyse(limesurvey_csv(PEOPLE))
    read = out["read"]
    assert read["ok"] and len(read["respondents"]) == 60
    assert read["problems"] == [] and read["missing"] == []
    assert [u.split(" ")[0] for u in read["unmatched"]] == list("ABCDEFG")  # id, submitdate ...
    assert_figures(out["results"], expected(PEOPLE))
    groups = {g["id"]: g for g in out["results"]["groups"]}
    assert groups["data-manager"] == {
        "id": "data-manager",
        "title": "Datamanager",
        "count": None,
        "shown": False,
    }


def test_limesurvey_export_with_full_texts(analyse) -> None:
    out = analyse(limesurvey_csv(PEOPLE, full=True))
    assert out["read"]["problems"] == [] and out["read"]["missing"] == []
    assert_figures(out["results"], expected(PEOPLE))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_spreadsheet_with_semicolons_and_dutch_titles(analyse, encoding: str) -> None:
    content = forms_csv(PEOPLE, encoding=encoding)
    assert content.startswith(b"\xef\xbb\xbfID;") == (encoding == "utf-8-sig")
    out = analyse(content)
    assert out["decoded"]["encoding"] == ("utf-8" if encoding == "utf-8-sig" else "windows-1252")
    assert out["parsed"]["separator"] == ";"
    read = out["read"]
    assert read["problems"] == [] and read["missing"] == []
    assert [u.split(" ")[0] for u in read["unmatched"]] == list("ABCDE")  # ID, Begintijd ...
    assert_figures(out["results"], expected(PEOPLE))


def _without_column(content: bytes, heading: str) -> bytes:
    rows = list(csv.reader(io.StringIO(content.decode("utf-8"))))
    index = rows[0].index(heading)
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(
        [r[:index] + r[index + 1 :] for r in rows]
    )
    return buffer.getvalue().encode("utf-8")


def test_a_missing_column_loses_only_that_question(analyse) -> None:
    out = analyse(_without_column(limesurvey_csv(PEOPLE), "A4"))
    assert out["read"]["missing"] == ["A4"]
    assert out["read"]["problems"] == []
    people = [
        Respondent(p.profile, {k: v for k, v in p.answers.items() if k != "A4"}, p.statements)
        for p in PEOPLE
    ]
    assert_figures(out["results"], expected(people))


def test_without_the_profile_column_everyone_counts_without_profile(analyse) -> None:
    out = analyse(_without_column(limesurvey_csv(PEOPLE), SURVEY["profileQuestion"]))
    [problem] = out["read"]["problems"]
    assert problem["row"] is None
    assert problem["message"].startswith(
        f"Er is geen kolom voor {SURVEY['profileQuestion']} (het profiel)"
    )
    groups = {g["id"]: g["count"] for g in out["results"]["groups"]}
    assert groups == {
        "alle": 60,
        "stadsmedewerker": None,
        "beleidsmedewerker": None,
        "data-expert": None,
        "data-manager": None,
        "aankoopdienst": None,
        "": 60,
    }


def test_an_unknown_answer_code_is_reported_and_left_out(analyse) -> None:
    rows = list(csv.reader(io.StringIO(limesurvey_csv(PEOPLE).decode("utf-8"))))
    column = rows[0].index("A5")
    person = next(i for i, p in enumerate(PEOPLE) if "A5" in p.answers)
    rows[person + 1][column] = "9"
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    out = analyse(buffer.getvalue().encode("utf-8"))
    letter = chr(ord("A") + column) if column < 26 else "A" + chr(ord("A") + column - 26)
    assert out["read"]["problems"] == [
        {
            "row": person + 2,
            "column": letter,
            "message": 'A5: "9" is geen antwoord van deze vraag. Dit antwoord telt niet mee.',
        }
    ]
    people = [
        Respondent(
            p.profile,
            {k: v for k, v in p.answers.items() if not (i == person and k == "A5")},
            p.statements,
        )
        for i, p in enumerate(PEOPLE)
    ]
    assert_figures(out["results"], expected(people))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Het bestand is leeg."),
        (b"\xef\xbb\xbf\r\n \r\n", "Het bestand is leeg."),
        (bytes(range(256)) * 8, "Dit bestand bevat geen tekst"),
        (b"PK\x03\x04" + bytes(100), "Dit is een Excel- of ODS-bestand, geen CSV-bestand."),
    ],
)
def test_files_that_are_no_csv_are_refused_in_dutch(analyse, content: bytes, message: str) -> None:
    out = analyse(content)
    assert out["decoded"]["ok"] is False
    assert out["decoded"]["error"].startswith(message)


def test_a_csv_of_something_else_is_refused(analyse) -> None:
    out = analyse(b"naam;adres\nJan;Markt 1\n")
    assert out["read"]["ok"] is False
    assert out["read"]["error"].startswith("Geen enkele kolomkop hoort bij de vragenlijst.")


def test_result_rows_give_no_figure_for_a_small_group(analyse) -> None:
    rows = analyse(limesurvey_csv(PEOPLE))["rows"]
    assert rows[0] == [
        "soort",
        "groep",
        "respondenten",
        "vraag",
        "tekst",
        "antwoordcode",
        "antwoord",
        "aantal",
        "procent",
    ]
    small = [r for r in rows if r[1] == "Datamanager"]
    assert small and all(
        r[2] == "minder dan 5" and r[7] == "minder dan 5" and r[8] == "" for r in small
    )
    want = expected(PEOPLE)
    a4 = {r[5]: r[8] for r in rows if r[0] == "antwoord" and r[1] == "Iedereen" and r[3] == "A4"}
    assert a4 == want["questions"][("alle", "A4")]["percent"]


@pytest.mark.parametrize("shape", ["limesurvey", "forms"])
def test_statement_answers_become_self_scans_the_site_reads(analyse, shape: str) -> None:
    content = limesurvey_csv(PEOPLE) if shape == "limesurvey" else forms_csv(PEOPLE)
    out = analyse(content)
    wanted = exports_of(PEOPLE)
    assert len(wanted) > 50
    assert [
        {
            "row": int(e["respondent"].rsplit(" ", 1)[1]),
            "profile": e["profile"],
            "answers": e["answers"],
        }
        for e in out["exports"]
    ] == wanted
    assert {e["formatVersion"] for e in out["exports"]} == {RULES["formats"]["export"]["version"]}
    for back, want in zip(out["readBack"], wanted, strict=True):
        assert back["ok"] and back["unplaced"] == [] and back["profile"] == want["profile"]
        assert {d: s for d, s in back["statements"].items() if s} == {
            d: a["statements"] for d, a in want["answers"].items()
        }
