"""The question bank resolved for use: every question with the answers it really offers
(scales and 'weet ik niet' filled in), who sees it, and the self-scan's statements with
their survey codes. One plain, JSON-ready structure feeds the survey page, the platform
files and the browser's analysis, so that they cannot disagree."""

from __future__ import annotations

from typing import Any

from generator.catalog import Catalog
from generator.catalog.models import ScaleOption, SurveyFile, SurveyPart, SurveyQuestion
from generator.survey.codes import answer_label, domain_code, statement_code

SURVEY_FORMAT = 1


def _option(code: str, text: str, **extra: Any) -> dict[str, Any]:
    """An answer with every field present (None where not given), the same for all answers."""
    fields = {"profile": None, "domain": None, "correct": None, "dontKnow": False}
    return {"code": code, "text": text, **fields, **extra}


def answers_of(
    survey: SurveyFile, question: SurveyQuestion, dont_know: str
) -> list[dict[str, Any]]:
    """The answers a question offers, in order, 'weet ik niet' last where it is offered."""
    scale: list[ScaleOption] | None = {
        "stelling": survey.agreement_scale,
        "frequentie": survey.frequency_scale,
    }.get(question.type)
    if scale is not None:
        options = [_option(o.code, o.text) for o in scale]
    else:
        options = [
            _option(o.code, o.text, profile=o.profile, domain=o.domain, correct=o.correct)
            for o in question.options
        ]
    if question.dont_know:
        options.append(_option(survey.dont_know_code, dont_know, dontKnow=True))
    return options


def _question(
    survey: SurveyFile, part: SurveyPart, question: SurveyQuestion, dont_know: str
) -> dict[str, Any]:
    return {
        "id": question.id,
        "type": question.type,
        "text": question.text,
        "help": question.help,
        "options": answers_of(survey, question, dont_know),
        "maxChoices": question.max_choices,
        "profiles": list(question.profiles or part.profiles),
        "domain": question.domain,
        "statement": question.statement,
        "need": question.need,
        "benchmark": question.benchmark.model_dump() if question.benchmark else None,
    }


def statement_domains(catalog: Catalog) -> list[dict[str, Any]]:
    """Per domain, its statements (level by level) with their LimeSurvey codes."""
    prefix = catalog.survey.statements_part.question_prefix
    found = []
    for domain in catalog.domains:
        statements = [
            {
                "id": statement.id,
                "code": statement_code(domain.id, statement.id),
                "text": statement.text,
                "level": level.id,
            }
            for level in catalog.maturity_levels
            for statement in domain.levels[level.id].statements
        ]
        if statements:
            found.append(
                {
                    "id": domain.id,
                    "title": domain.title,
                    "code": domain_code(prefix, domain.id),
                    "statements": statements,
                }
            )
    return found


def survey_data(catalog: Catalog) -> dict[str, Any]:
    """The whole survey as plain data (the browser gets exactly this, see script.py)."""
    survey = catalog.survey
    dont_know = catalog.model.unknown_answer.title
    part = survey.statements_part
    answers = catalog.model.statement_answers
    answer_texts = {
        x.id: x.title for x in (answers.holds, answers.does_not_hold, catalog.model.unknown_answer)
    }
    return {
        "surveyFormat": SURVEY_FORMAT,
        "catalogVersion": catalog.version,
        "title": survey.title,
        "welcome": survey.welcome,
        "end": survey.end,
        "profileQuestion": survey.profile_question,
        "dontKnow": {"code": survey.dont_know_code, "text": dont_know},
        "agreeCodes": list(survey.agree_codes),
        "minGroupSize": survey.min_group_size,
        "needRule": [{"need": s.need, "fromPercent": s.from_percent} for s in survey.need_rule],
        "parts": [
            {
                "id": p.id,
                "title": p.title,
                "intro": p.intro,
                "profiles": list(p.profiles),
                "questions": [_question(survey, p, q, dont_know) for q in p.questions],
            }
            for p in survey.parts
        ],
        "statements": {
            "title": part.title,
            "intro": part.intro,
            "prefix": part.question_prefix,
            "answers": [
                {"answer": a.answer, "code": a.code, "text": answer_texts.get(a.answer, a.answer)}
                for a in part.answers
            ],
            "domains": statement_domains(catalog),
        },
    }


def all_questions(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [q for part in data["parts"] for q in part["questions"]]


def profile_codes(data: dict[str, Any]) -> dict[str, str]:
    """{profile id: answer code} of the profile question."""
    question = next(q for q in all_questions(data) if q["id"] == data["profileQuestion"])
    return {o["profile"]: o["code"] for o in question["options"] if "profile" in o}


def by_domain(data: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """{domain id: {questions: [...], needs: [...]}}: which questions (or answers, 'A14-1')
    tell something about each domain, and which of them measure a need."""
    found: dict[str, dict[str, list[str]]] = {}
    for q in all_questions(data):
        if q["domain"]:
            entry = found.setdefault(q["domain"], {"questions": [], "needs": []})
            entry["questions"].append(q["id"])
            if q["need"]:
                entry["needs"].append(q["id"])
        for o in q["options"]:
            if o["domain"]:
                entry = found.setdefault(o["domain"], {"questions": [], "needs": []})
                entry["questions"].append(answer_label(q["id"], o["code"]))
    return found
