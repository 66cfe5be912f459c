"""Synthetic survey answers, written the way survey platforms export them, and the figures
they should give, computed here in Python on their own (not by translating the JavaScript).

Respondents come from a seeded random generator over the real question bank, so every run
tests the same files, and a change in the catalogue changes the files with it.
"""

from __future__ import annotations

import csv
import io
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.catalog import load_catalog
from generator.outputs.rules import build_rules
from generator.survey.codes import answer_label, statement_column
from generator.survey.view import all_questions, survey_data

ROOT = Path(__file__).resolve().parents[1]
CATALOG = load_catalog(ROOT / "catalog", ROOT)
SURVEY = survey_data(CATALOG)
RULES = build_rules(CATALOG)
QUESTIONS = all_questions(SURVEY)
PROFILE_QUESTION = next(q for q in QUESTIONS if q["id"] == SURVEY["profileQuestion"])
PROFILE_CODE = {o["profile"]: o["code"] for o in PROFILE_QUESTION["options"]}
# 60 respondents: the datamanagers are too few to show figures for, five gave no profile
PROFILE_MIX = {
    "stadsmedewerker": 14,
    "beleidsmedewerker": 20,
    "data-expert": 11,
    "data-manager": 3,
    "aankoopdienst": 7,
    "": 5,
}
LIMESURVEY_META = [
    "id",
    "submitdate",
    "lastpage",
    "startlanguage",
    "seed",
    "startdate",
    "datestamp",
]
FORMS_META = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"]
OPEN_TEXT = 'Meer tijd; minder "regels", en een aanspreekpunt\nvoor vragen.'


@dataclass
class Respondent:
    profile: str
    answers: dict[str, Any] = field(default_factory=dict)  # code, [codes] or text
    statements: dict[str, str] = field(default_factory=dict)  # statement id → answer id


def sees(question: dict[str, Any], profile: str) -> bool:
    return not question["profiles"] or profile in question["profiles"]


def respondents(seed: int = 18, count: int = 60) -> list[Respondent]:
    rng = random.Random(seed)
    profiles = [p for p, n in PROFILE_MIX.items() for _ in range(n)]
    assert len(profiles) == count
    rng.shuffle(profiles)
    people = []
    for profile in profiles:
        person = Respondent(profile)
        if profile:
            person.answers[PROFILE_QUESTION["id"]] = PROFILE_CODE[profile]
        for q in QUESTIONS:
            if q is PROFILE_QUESTION or not sees(q, profile) or rng.random() < 0.1:
                continue
            codes = [o["code"] for o in q["options"]]
            if q["type"] == "open":
                person.answers[q["id"]] = OPEN_TEXT
            elif q["type"] == "meerkeuze":
                most = q["maxChoices"] or len(codes)
                person.answers[q["id"]] = rng.sample(codes, rng.randint(1, most))
            else:  # agreeing answers more often, as in a real survey
                weights = [1 + i for i in range(len(codes))]
                person.answers[q["id"]] = rng.choices(codes, weights)[0]
        for domain in SURVEY["statements"]["domains"]:
            for s in domain["statements"]:
                if rng.random() < 0.85:
                    person.statements[s["id"]] = rng.choice(["ja", "ja", "nee", "weet-niet"])
        people.append(person)
    return people


# --- files as platforms write them -------------------------------------------------------


def _option(question: dict[str, Any], code: str) -> dict[str, Any]:
    return next(o for o in question["options"] if o["code"] == code)


def _statement_answer(answer: str) -> dict[str, str]:
    return next(a for a in SURVEY["statements"]["answers"] if a["answer"] == answer)


def limesurvey_columns(full: bool) -> list[tuple[str, str, Any]]:
    """(heading, kind, key) per answer column, as LimeSurvey names them."""
    columns: list[tuple[str, str, Any]] = []
    for q in QUESTIONS:
        if q["type"] == "meerkeuze":
            for o in q["options"]:
                heading = f"{q['text']} [{o['text']}]" if full else f"{q['id']}[{o['code']}]"
                columns.append((heading, "option", (q, o["code"])))
        else:
            columns.append((q["text"] if full else q["id"], "question", q))
    for domain in SURVEY["statements"]["domains"]:
        for s in domain["statements"]:
            heading = (
                f"{domain['title']} [{s['text']}]" if full else f"{domain['code']}[{s['code']}]"
            )
            columns.append((heading, "statement", s))
    return columns


def limesurvey_csv(people: list[Respondent], *, full: bool = False) -> bytes:
    """LimeSurvey's CSV export: comma, every cell in quotes, UTF-8. Code headings and answer
    codes (sHeadingType code, sResponseType short), or full texts for both (full, long)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    columns = limesurvey_columns(full)
    writer.writerow(LIMESURVEY_META + [c[0] for c in columns])
    for number, person in enumerate(people, start=1):
        row = [str(number), "2026-01-20 10:00:00", "12", "nl", str(1000 + number), "", ""]
        for _, kind, key in columns:
            if kind == "option":
                question, code = key
                ticked = code in person.answers.get(question["id"], [])
                row.append(("Ja" if ticked else "Nee") if full else ("Y" if ticked else ""))
            elif kind == "statement":
                answer = person.statements.get(key["id"])
                shown = _statement_answer(answer) if answer else None
                row.append("" if not shown else shown["text"] if full else shown["code"])
            else:
                value = person.answers.get(key["id"], "")
                if value and key["type"] != "open" and full:
                    value = _option(key, value)["text"]
                row.append(value)
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def forms_csv(people: list[Respondent], *, encoding: str = "utf-8-sig") -> bytes:
    """A spreadsheet saved as CSV from Forms (or EUSurvey) in Belgium: semicolons, Dutch
    column titles that start with the question id, answers with their id-code prefix,
    several answers in one cell split by semicolons, and a byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    prefix = SURVEY["statements"]["prefix"]
    statements = [
        (statement_column(prefix, d["id"], s["id"]), s)
        for d in SURVEY["statements"]["domains"]
        for s in d["statements"]
    ]
    writer.writerow(
        FORMS_META
        + [f"{q['id']}. {q['text']}" for q in QUESTIONS]
        + [f"{qid}. {s['text']}" for qid, s in statements]
    )
    for number, person in enumerate(people, start=1):
        row = [str(number), "20-1-2026 10:00:00", "20-1-2026 10:09:00", "anoniem", ""]
        for q in QUESTIONS:
            value = person.answers.get(q["id"], "")
            if q["type"] == "meerkeuze" and value:
                value = ";".join(
                    f"{answer_label(q['id'], c)} {_option(q, c)['text']}" for c in value
                )
            elif value and q["type"] != "open":
                value = f"{answer_label(q['id'], value)} {_option(q, value)['text']}"
            row.append(value)
        for qid, s in statements:
            answer = person.statements.get(s["id"])
            shown = _statement_answer(answer) if answer else None
            row.append(f"{answer_label(qid, shown['code'])} {shown['text']}" if shown else "")
        writer.writerow(row)
    return buffer.getvalue().encode(encoding)


# --- the figures they should give ----------------------------------------------------------


def rounded(count: int, n: int) -> int:
    """A percentage rounded half up, as the page shows it."""
    return math.floor(100 * count / n + 0.5)


def groups(people: list[Respondent]) -> dict[str, list[Respondent]]:
    found = {"alle": people}
    for option in PROFILE_QUESTION["options"]:
        found[option["profile"]] = [p for p in people if p.profile == option["profile"]]
    if any(not p.profile for p in people):
        found[""] = [p for p in people if not p.profile]
    return found


def expected(people: list[Respondent]) -> dict[str, Any]:
    """Per group: its size (None when too small), and per question n, percent per answer
    code and the agreeing percent (None where fewer than the minimum answered); the
    suggested need per domain; per statement the percent per answer of everyone (None when
    too few answered it)."""
    least = SURVEY["minGroupSize"]
    agree = set(SURVEY["agreeCodes"])
    out: dict[str, Any] = {"groups": {}, "questions": {}, "needs": {}, "statements": {}}
    for group, members in groups(people).items():
        out["groups"][group] = len(members) if len(members) >= least else None
        for q in QUESTIONS:
            given = [p.answers[q["id"]] for p in members if q["id"] in p.answers]
            n = len(given)
            entry: dict[str, Any] = {"n": n if n >= least else None}
            if n >= least and q["type"] != "open":
                entry["percent"] = {
                    o["code"]: rounded(
                        sum(
                            1
                            for g in given
                            if (o["code"] in g if isinstance(g, list) else g == o["code"])
                        ),
                        n,
                    )
                    for o in q["options"]
                }
                if q["type"] == "stelling":
                    agreeing = sum(1 for g in given if g in agree)
                    entry["agree"] = rounded(agreeing, n)
                    entry["share"] = 100 * agreeing / n
            out["questions"][(group, q["id"])] = entry
    for domain in SURVEY["statements"]["domains"]:
        for statement in domain["statements"]:
            given = [
                p.statements[statement["id"]] for p in people if statement["id"] in p.statements
            ]
            out["statements"][statement["id"]] = (
                {
                    a["answer"]: rounded(given.count(a["answer"]), len(given))
                    for a in SURVEY["statements"]["answers"]
                }
                if len(given) >= least
                else None
            )
    for domain in CATALOG.domains:
        shares = [
            out["questions"][("alle", q["id"])]["share"]
            for q in QUESTIONS
            if q["need"] and q["domain"] == domain.id and out["questions"][("alle", q["id"])]["n"]
        ]
        need = None
        if shares:
            mean = sum(shares) / len(shares)
            need = next(s["need"] for s in SURVEY["needRule"] if mean >= s["fromPercent"])
        out["needs"][domain.id] = need
    return out


def exports_of(people: list[Respondent]) -> list[dict[str, Any]]:
    """Each respondent with statement answers as the export the analysis makes: profile and,
    per domain, the answered statements (row numbers count the header as row 1)."""
    domain_of = {s["id"]: d["id"] for d in SURVEY["statements"]["domains"] for s in d["statements"]}
    out = []
    for row, person in enumerate(people, start=2):
        if not person.statements:
            continue
        answers: dict[str, dict[str, dict[str, str]]] = {}
        for statement, answer in person.statements.items():
            answers.setdefault(domain_of[statement], {"statements": {}})["statements"][
                statement
            ] = answer
        out.append({"row": row, "profile": person.profile, "answers": answers})
    return out
