"""The survey as a plain question list, for platforms without an import (Microsoft Forms,
EUSurvey, paper): every question and answer carries its stable id, so that the answers a
platform exports can be read back by the analysis page ("A4. ..." and "A4-3 Neutraal")."""

from __future__ import annotations

from typing import Any

from generator.survey.codes import answer_label, statement_column
from generator.survey.view import profile_codes

KINDS = {
    "stelling": "Eén antwoord.",
    "frequentie": "Eén antwoord.",
    "keuze": "Eén antwoord.",
    "meerkeuze": "Meerdere antwoorden mogelijk.",
    "open": "Open vraag: een tekstvak.",
}


def _who(profiles: list[str], codes: dict[str, str], asked: str) -> str:
    if not profiles:
        return "Voor iedereen."
    labels = " of ".join(answer_label(asked, codes[p]) for p in profiles)
    return f"Alleen tonen aan wie bij {asked} koos: {labels}."


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * len(text), ""]


def question_list(data: dict[str, Any], titles: dict[str, str], version: str) -> str:
    """The list as text. `titles`: profile id → title, to say who sees a part."""
    codes = profile_codes(data)
    asked = data["profileQuestion"]
    lines = _heading(data["title"], "=")
    lines += [
        "Vragenlijst uit de vragenbank van de Open Data Zelfscan (versie " + version + ").",
        "",
        "Zo bouw je er een formulier mee, in Microsoft Forms, EUSurvey of een ander programma:",
        "- Neem elke vraag over met haar nummer ervoor, zoals: 'A4. Ik weet wat open data zijn.'",
        "- Neem elk antwoord over met zijn code ervoor, zoals: 'A4-3 Neutraal'.",
        "- Laat vragen weg die je niet nodig hebt, maar verander de nummers en codes niet.",
        "Zo leest de analysepagina van de site de geëxporteerde antwoorden terug.",
        "",
    ]
    for part in data["parts"]:
        lines += _heading("Deel: " + part["title"], "-")
        if part["profiles"]:
            names = ", ".join(titles[p] for p in part["profiles"])
            lines += [f"({names}) " + _who(part["profiles"], codes, asked), ""]
        if part["intro"]:
            lines += [part["intro"], ""]
        for question in part["questions"]:
            shown_apart = question["profiles"] != part["profiles"]
            lines += _question(question, codes, asked, shown_apart)
    statements = data["statements"]
    if statements["domains"]:
        lines += _heading("Deel: " + statements["title"], "-")
        lines += [statements["intro"], ""]
        lines += [
            "Maak van elke uitspraak een aparte vraag met de drie antwoorden.",
            "",
        ]
        for domain in statements["domains"]:
            lines += [domain["title"], ""]
            for s in domain["statements"]:
                qid = statement_column(statements["prefix"], domain["id"], s["id"])
                lines += [f"{qid}. {s['text']}", "    Eén antwoord. Voor iedereen."]
                lines += [
                    f"    {answer_label(qid, a['code'])} {a['text']}" for a in statements["answers"]
                ]
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _question(
    question: dict[str, Any], codes: dict[str, str], asked: str, shown_apart: bool
) -> list[str]:
    notes = [KINDS[question["type"]]]
    if question["maxChoices"]:
        notes.append(f"Hoogstens {question['maxChoices']}.")
    if question["id"] == asked:
        notes.append("Verplicht: de vragen voor één profiel hangen ervan af.")
    if shown_apart:
        notes.append(_who(question["profiles"], codes, asked))
    lines = [f"{question['id']}. {question['text']}"]
    if question["help"]:
        lines.append(f"    ({question['help']})")
    lines.append("    " + " ".join(notes))
    lines += [
        f"    {answer_label(question['id'], o['code'])} {o['text']}" for o in question["options"]
    ]
    return [*lines, ""]
