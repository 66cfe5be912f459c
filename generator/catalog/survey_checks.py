"""Checks of the survey's question bank against itself, the other catalogue files and the
rules of the survey platforms it is exported to (LimeSurvey codes above all).

Like every check, each problem is a diagnostic placed on the offending YAML node.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.catalog.checks import Validated, resolve, unique
from generator.catalog.diagnostics import Diagnostic
from generator.catalog.loader import LoadedFile, Path_
from generator.catalog.models import SurveyFile, SurveyQuestion
from generator.survey.codes import RESERVED_SUBQUESTION, domain_code, statement_code

SCALE_TYPES = ("stelling", "frequentie")
CHOICE_TYPES = ("keuze", "meerkeuze")
DONT_KNOW_TYPES = ("stelling", "frequentie", "keuze")


def questions(survey: SurveyFile) -> Iterator[tuple[Path_, SurveyQuestion]]:
    """Every question with its place in the file."""
    for p, part in enumerate(survey.parts):
        for q, question in enumerate(part.questions):
            yield ("parts", p, "questions", q), question


def _codes(survey: SurveyFile, src: LoadedFile) -> list[Diagnostic]:
    """Ids and codes unique where a survey platform needs them to be."""
    found = unique(((p.id, src, ("parts", i, "id")) for i, p in enumerate(survey.parts)), "part id")
    # LimeSurvey compares question codes without regard to case in places: so do we
    found += unique(((q.id.lower(), src, (*w, "id")) for w, q in questions(survey)), "question id")
    for name in ("agreement_scale", "frequency_scale"):
        scale = getattr(survey, name)
        found += unique(((o.code, src, (name, i, "code")) for i, o in enumerate(scale)), "code")
        found += [
            src.diagnostic((name, i, "code"), f"'{o.code}' is the code of 'weet ik niet'")
            for i, o in enumerate(scale)
            if o.code == survey.dont_know_code
        ]
    answers = survey.statements_part.answers
    found += unique(
        ((a.code, src, ("statements_part", "answers", i, "code")) for i, a in enumerate(answers)),
        "code",
    )
    for where, question in questions(survey):
        found += unique(
            (
                (o.code.lower(), src, (*where, "options", i, "code"))
                for i, o in enumerate(question.options)
            ),
            "answer code",
        )
        for i, option in enumerate(question.options):
            if question.dont_know and option.code == survey.dont_know_code:
                found.append(
                    src.diagnostic(
                        (*where, "options", i, "code"),
                        f"'{option.code}' is the code of 'weet ik niet'",
                    )
                )
            if question.type == "meerkeuze" and option.code.lower() == RESERVED_SUBQUESTION:
                found.append(
                    src.diagnostic((*where, "options", i, "code"), "LimeSurvey reserves 'time'")
                )
    return found


def _shape(survey: SurveyFile, src: LoadedFile) -> list[Diagnostic]:
    """What each question type needs: options for choices, none for scales, and so on."""
    found: list[Diagnostic] = []
    for where, q in questions(survey):
        if q.type in CHOICE_TYPES and len(q.options) < 2:
            found.append(
                src.diagnostic(
                    (*where, "type"), f"a question of type '{q.type}' needs at least two options"
                )
            )
        if q.type not in CHOICE_TYPES and q.options:
            takes = "its answers from the scales" if q.type in SCALE_TYPES else "no options"
            found.append(
                src.diagnostic(
                    (*where, "options"),
                    f"a question of type '{q.type}' takes {takes}; remove 'options'",
                )
            )
        if q.dont_know and q.type not in DONT_KNOW_TYPES:
            found.append(
                src.diagnostic(
                    (*where, "dont_know"),
                    "'weet ik niet' is offered with stelling, frequentie and keuze only",
                )
            )
        if q.max_choices is not None and q.type != "meerkeuze":
            found.append(
                src.diagnostic(
                    (*where, "max_choices"), "only a 'meerkeuze' question has max_choices"
                )
            )
        elif q.max_choices is not None and q.max_choices > len(q.options):
            found.append(
                src.diagnostic(
                    (*where, "max_choices"),
                    f"{q.max_choices} is more than the {len(q.options)} options",
                )
            )
        if q.need and q.type != "stelling":
            found.append(
                src.diagnostic(
                    (*where, "need"), "only a 'stelling' can measure a need (agreeing with it)"
                )
            )
        if q.need and not q.domain:
            found.append(
                src.diagnostic((*where, "need"), "a question that measures a need needs a domain")
            )
        if q.benchmark and q.type != "stelling":
            found.append(
                src.diagnostic(
                    (*where, "benchmark"), "only a 'stelling' can be compared with a source figure"
                )
            )
        if q.statement and not q.domain:
            found.append(
                src.diagnostic(
                    (*where, "statement"), "a question that informs a statement needs its domain"
                )
            )
        if q.domain and any(option.domain for option in q.options):
            found.append(
                src.diagnostic(
                    (*where, "domain"),
                    "the question and its options have a domain; keep the question's domain or "
                    "the options' domains",
                )
            )
    return found


def _profile_question(
    survey: SurveyFile, src: LoadedFile, profiles: list[str] | None
) -> list[Diagnostic]:
    """The profile question comes first, is shown to everyone and names every profile once."""
    placed = {q.id: (w, q) for w, q in questions(survey)}
    if survey.profile_question not in placed:
        return [src.diagnostic(("profile_question",), f"no question '{survey.profile_question}'")]
    where, question = placed[survey.profile_question]
    if where[1] != 0 or where[3] != 0:
        return [
            src.diagnostic(("profile_question",), "the profile question must be the first question")
        ]
    if question.type != "keuze":
        return [src.diagnostic((*where, "type"), "the profile question must be a 'keuze' question")]
    found = []
    if question.profiles or survey.parts[0].profiles:
        found.append(src.diagnostic((*where, "id"), "everyone must see the profile question"))
    for i, option in enumerate(question.options):
        if option.profile is None:
            found.append(
                src.diagnostic(
                    (*where, "options", i), "each answer of the profile question needs a 'profile'"
                )
            )
    found += unique(
        (
            (o.profile, src, (*where, "options", i, "profile"))
            for i, o in enumerate(question.options)
            if o.profile
        ),
        "profile",
    )
    given = {o.profile for o in question.options}
    lacking = [p for p in profiles or [] if p not in given]
    if lacking:
        names = ", ".join(f"'{p}'" for p in lacking)
        found.append(
            src.diagnostic(
                (*where, "options"),
                f"no answer for profile {names}: questions for it would never show",
            )
        )
    for w, q in questions(survey):
        for i, option in enumerate(q.options):
            if option.profile and q.id != survey.profile_question:
                found.append(
                    src.diagnostic(
                        (*w, "options", i, "profile"),
                        "only the answers of the profile question have a profile",
                    )
                )
    return found


def _references(survey: SurveyFile, src: LoadedFile, files: Validated) -> list[Diagnostic]:
    profiles = [p.id for p in files.profiles[1].profiles] if files.profiles else None
    domains = [d.id for _, d in files.domains] if files.all_domains_valid else None
    needs = [n.id for n in files.model[1].need_levels] if files.model else None
    found = _profile_question(survey, src, profiles)
    for p, part in enumerate(survey.parts):
        found += resolve(part.profiles, profiles, src, ("parts", p, "profiles"), "profile")
    for where, q in questions(survey):
        part = survey.parts[int(where[1])]
        found += resolve(q.profiles, profiles, src, (*where, "profiles"), "profile")
        outside = [x for x in q.profiles if part.profiles and x not in part.profiles]
        if outside:
            found.append(
                src.diagnostic((*where, "profiles"), f"the part is not shown to '{outside[0]}'")
            )
        if q.domain:
            found += _one(q.domain, domains, src, (*where, "domain"), "domain")
        for i, option in enumerate(q.options):
            if option.profile and q.id == survey.profile_question:
                found += _one(
                    option.profile, profiles, src, (*where, "options", i, "profile"), "profile"
                )
            if option.domain:
                found += _one(
                    option.domain, domains, src, (*where, "options", i, "domain"), "domain"
                )
    for i, step in enumerate(survey.need_rule):
        found += _one(step.need, needs, src, ("need_rule", i, "need"), "need level")
    return found


def _one(
    value: str, known: list[str] | None, src: LoadedFile, where: Path_, what: str
) -> list[Diagnostic]:
    """`resolve` for a single value, placed on the value itself."""
    return [src.diagnostic(where, d.message) for d in resolve([value], known, src, where, what)]


def _rules(survey: SurveyFile, src: LoadedFile) -> list[Diagnostic]:
    """The agree codes and the need rule make sense."""
    found = []
    scale = [o.code for o in survey.agreement_scale]
    for i, code in enumerate(survey.agree_codes):
        if code not in scale:
            found.append(
                src.diagnostic(("agree_codes", i), f"'{code}' is not a code of the agreement scale")
            )
    steps = survey.need_rule
    found += unique(
        ((s.need, src, ("need_rule", i, "need")) for i, s in enumerate(steps)), "need level"
    )
    for i in range(1, len(steps)):
        if steps[i].from_percent >= steps[i - 1].from_percent:
            found.append(
                src.diagnostic(
                    ("need_rule", i, "from_percent"), "thresholds must go from high to low"
                )
            )
    if steps[-1].from_percent != 0:
        found.append(
            src.diagnostic(
                ("need_rule", len(steps) - 1, "from_percent"),
                "the last threshold must be 0, so every share gets a need",
            )
        )
    return found


def _domain_codes(survey: SurveyFile, src: LoadedFile, files: Validated) -> list[Diagnostic]:
    """The question codes made from domain ids are unique and differ from the question ids."""
    if not files.all_domains_valid:
        return []
    prefix = survey.statements_part.question_prefix
    found = unique(
        ((domain_code(prefix, d.id).lower(), d_src, ("id",)) for d_src, d in files.domains),
        "LimeSurvey code of the statements (made from the domain id)",
    )
    codes = {domain_code(prefix, d.id).lower(): d.id for _, d in files.domains}
    for where, q in questions(survey):
        if q.id.lower() in codes:
            found.append(
                src.diagnostic(
                    (*where, "id"),
                    f"'{q.id}' is also the code of the statements of domain "
                    f"'{codes[q.id.lower()]}'",
                )
            )
    return found


def _statements(survey: SurveyFile, src: LoadedFile, files: Validated) -> list[Diagnostic]:
    """The statements part codes every answer of model.yml once, each question's statement is
    one of its domain, and the subquestion codes made from statement ids are unique."""
    found: list[Diagnostic] = []
    if files.model:
        model = files.model[1]
        wanted = [model.statement_answers.holds.id, model.statement_answers.does_not_hold.id]
        wanted.append(model.unknown_answer.id)
        answers = survey.statements_part.answers
        found += unique(
            (
                (a.answer, src, ("statements_part", "answers", i, "answer"))
                for i, a in enumerate(answers)
            ),
            "answer",
        )
        for i, a in enumerate(answers):
            found += _one(
                a.answer, wanted, src, ("statements_part", "answers", i, "answer"), "answer"
            )
    if not files.all_domains_valid:
        return found
    domain_of = {
        s.id: d.id for _, d in files.domains for e in d.levels.values() for s in e.statements
    }
    for where, q in questions(survey):
        if q.statement and q.statement not in domain_of:
            known = [s for s, d in domain_of.items() if d == q.domain] or list(domain_of)
            found += _one(q.statement, known, src, (*where, "statement"), "statement")
        elif q.statement and q.domain and domain_of[q.statement] != q.domain:
            found.append(
                src.diagnostic(
                    (*where, "statement"),
                    f"statement '{q.statement}' is of domain '{domain_of[q.statement]}', "
                    f"not '{q.domain}'",
                )
            )
    for d_src, domain in files.domains:
        places = [
            (statement_code(domain.id, s.id), ("levels", level, "statements", i, "id"))
            for level, entry in domain.levels.items()
            for i, s in enumerate(entry.statements)
        ]
        found += unique(
            ((code.lower(), d_src, where) for code, where in places),
            "LimeSurvey code of a statement (made from its id without the domain id)",
        )
        found += [
            d_src.diagnostic(where, "this id gives the LimeSurvey code 'time', which is reserved")
            for code, where in places
            if code.lower() == RESERVED_SUBQUESTION
        ]
    return found


def check_survey(files: Validated) -> list[Diagnostic]:
    if not files.survey:
        return []
    src, survey = files.survey
    return (
        _codes(survey, src)
        + _shape(survey, src)
        + _references(survey, src, files)
        + _rules(survey, src)
        + _domain_codes(survey, src, files)
        + _statements(survey, src, files)
    )
