"""The survey as a LimeSurvey import file: the tab-separated survey structure format (.txt).

LimeSurvey reads it with `TSVImportSurvey()` (application/helpers/admin/import_helper.php):
one header row, then one row per survey setting (S), language setting (SL), group (G),
question (Q), subquestion (SQ) and answer (A), in that nesting order; other columns on a Q row
become question attributes. Everything is in Dutch (language `nl`), once. Codes are the
catalogue's ids and codes (see generator/survey/codes.py for the statements), so that the
exported answers can be read back by the analysis page.
"""

from __future__ import annotations

import csv
import html
import io
from typing import Any

from generator.survey.view import profile_codes

LANGUAGE = "nl"
COLUMNS = [
    "id",
    "related_id",
    "class",
    "type/scale",
    "name",
    "relevance",
    "text",
    "help",
    "language",
    "validation",
    "mandatory",
    "other",
    "default",
    "same_default",
    "max_answers",
]
QUESTION_TYPES = {"stelling": "L", "frequentie": "L", "keuze": "L", "meerkeuze": "M", "open": "T"}
"""L: list (one answer), M: multiple choice, T: long free text. The statements are F (array)."""
STATEMENT_TYPE = "F"
SETTINGS = {
    "language": LANGUAGE,
    "format": "G",  # one group (part) per page
    "anonymized": "Y",
    "datestamp": "N",
    "ipaddr": "N",
    "refurl": "N",
    "savetimings": "N",
    "usecookie": "N",
    "allowprev": "Y",
    "showprogress": "Y",
}
"""Anonymous answers without dates, addresses, referrers or timings: nothing that could point
at a person is stored."""


def _text(value: str | None) -> str:
    """Catalogue text is plain text; LimeSurvey shows HTML. Quotes and backslashes are
    written as entities, so that no cell needs quoting and no reader unescapes anything."""
    if not value:
        return ""
    return html.escape(" ".join(value.split()), quote=True).replace("\\", "&#92;")


def relevance(profiles: list[str], codes: dict[str, str], question: str) -> str:
    """ExpressionScript that is true for respondents of the given profiles ('1': everyone)."""
    if not profiles:
        return "1"
    tests = [f"{question} == '{codes[p]}'" for p in profiles]
    return tests[0] if len(tests) == 1 else "(" + " or ".join(tests) + ")"


def rows(data: dict[str, Any]) -> list[dict[str, str]]:
    """Every row of the file as {column: value}, in file order."""
    codes = profile_codes(data)
    asked = data["profileQuestion"]
    out: list[dict[str, str]] = [
        {"class": "S", "name": name, "text": value} for name, value in SETTINGS.items()
    ]
    for name, value in (
        ("surveyls_title", data["title"]),
        ("surveyls_description", ""),
        ("surveyls_welcometext", data["welcome"]),
        ("surveyls_endtext", data["end"]),
    ):
        out.append({"class": "SL", "name": name, "text": _text(value), "language": LANGUAGE})
    for part in data["parts"]:
        out.append(_group(part["title"], part["intro"], relevance(part["profiles"], codes, asked)))
        for question in part["questions"]:
            out += _question(question, relevance(question["profiles"], codes, asked), asked)
    statements = data["statements"]
    if statements["domains"]:
        out.append(_group(statements["title"], statements["intro"], "1"))
        for domain in statements["domains"]:
            out.append(_q(STATEMENT_TYPE, domain["code"], domain["title"], "1"))
            out += [_sub(s["code"], s["text"]) for s in domain["statements"]]
            out += [_answer(a["code"], a["text"]) for a in statements["answers"]]
    return out


def _group(title: str, intro: str | None, relevance: str) -> dict[str, str]:
    return {
        "class": "G",
        "name": _text(title),
        "relevance": relevance,
        "text": _text(intro),
        "language": LANGUAGE,
    }


def _q(kind: str, code: str, text: str, relevance: str, **extra: str) -> dict[str, str]:
    return {
        "class": "Q",
        "type/scale": kind,
        "name": code,
        "relevance": relevance,
        "text": _text(text),
        "language": LANGUAGE,
        "mandatory": "N",
        "other": "N",
        "same_default": "0",
        **extra,
    }


def _sub(code: str, text: str) -> dict[str, str]:
    return {
        "class": "SQ",
        "type/scale": "0",
        "name": code,
        "relevance": "1",
        "text": _text(text),
        "language": LANGUAGE,
    }


def _answer(code: str, text: str) -> dict[str, str]:
    return {
        "class": "A",
        "type/scale": "0",
        "name": code,
        "text": _text(text),
        "language": LANGUAGE,
    }


def _question(question: dict[str, Any], relevance: str, asked: str) -> list[dict[str, str]]:
    kind = QUESTION_TYPES[question["type"]]
    extra = {"help": _text(question["help"])}
    if question["id"] == asked:
        extra["mandatory"] = "Y"  # the relevance of the profile parts depends on it
    if question["maxChoices"]:
        extra["max_answers"] = str(question["maxChoices"])
    out = [_q(kind, question["id"], question["text"], relevance, **extra)]
    if kind == "M":
        out += [_sub(o["code"], o["text"]) for o in question["options"]]
    elif kind == "L":
        out += [_answer(o["code"], o["text"]) for o in question["options"]]
    return out


def limesurvey_tsv(data: dict[str, Any]) -> str:
    """The import file's text (UTF-8, tab-separated, one line per row)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, COLUMNS, delimiter="\t", lineterminator="\n", restval="", quoting=csv.QUOTE_MINIMAL
    )
    writer.writeheader()
    writer.writerows(rows(data))
    return buffer.getvalue()
