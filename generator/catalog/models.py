"""One pydantic class per YAML concept: the place to look up what a catalogue field means.

The attribute docstrings become the descriptions in the generated JSON Schemas, which editors
show while a maintainer types (generator/outputs/schema.py reads them; pydantic's own docstring
reading re-parses this file for every class and would slow down every `check`).

Models are strict (no silent type coercion), frozen and reject unknown keys, so a typo in a
field name is an error, not a field that is quietly ignored.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
"""Every id of the catalogue and of the files the site reads: lowercase words and hyphens."""
_ID = re.compile(ID_PATTERN)
_URL_CHARACTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&()*+,;=%"
)
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")


def _id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(
            f"'{value}' is not a valid id: use lowercase letters, digits and single hyphens, "
            "like 'open-data-governance'"
        )
    return value


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _url(value: str) -> str:
    """A web address as a browser reads it, and nothing that could end the link around it.

    Only the characters of RFC 3986 except brackets (no quotes, spaces, <, >, backticks,
    braces, backslashes or letters outside ASCII: those are written as %XX), an http(s)
    scheme, a host name and no user name (`https://known.example@other.example` goes to
    other.example)."""
    bad = next((c for c in value if c not in _URL_CHARACTERS), None)
    if bad is not None:
        shown = "a space" if bad.isspace() else repr(bad)
        raise ValueError(
            f"'{value}' is not a web address: it holds {shown}, which a web address cannot "
            "hold (write it as %XX)"
        )
    if _BAD_PERCENT.search(value):
        raise ValueError(f"'{value}' is not a web address: a % must start %XX (two hex digits)")
    parts = urlsplit(value)  # the characters above leave it nothing to refuse
    if parts.scheme not in ("http", "https") or not value.startswith(f"{parts.scheme}://"):
        raise ValueError(f"'{value}' is not a web address starting with http:// or https://")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise ValueError(f"'{value}' is not a web address: its port is not a number") from None
    if not parts.hostname or not _HOST.match(parts.hostname):
        raise ValueError(f"'{value}' is not a web address: it has no valid host name")
    if "@" in parts.netloc:
        raise ValueError(
            f"'{value}' is not a web address to publish: it holds a user name (before @)"
        )
    return value


Id = Annotated[str, AfterValidator(_id), Field(json_schema_extra={"pattern": _ID.pattern})]
Text = Annotated[str, AfterValidator(_text), Field(json_schema_extra={"minLength": 1})]
_URL_PATTERN = r"^https?://[A-Za-z0-9\-._~:/?#@!$&()*+,;=%]+$"  # for editors; _url is exact
Url = Annotated[
    str,
    AfterValidator(_url),
    Field(json_schema_extra={"format": "uri", "pattern": _URL_PATTERN}),
]
Effort = Literal["klein", "middel", "groot"]
ResourceKind = Literal["instrument", "bron", "voorbeeld"]


class Model(BaseModel):
    """Shared settings: strict types, no unknown keys, immutable after loading."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


# --- catalog/model.yml -------------------------------------------------------------------


class Level(Model):
    """One rung of a ladder (a maturity level or a need level)."""

    id: Id
    """Stable id, used in exports and in domain files. Never change it once published."""
    title: Text
    """Name shown on the site, e.g. 'Opgestart'."""
    description: Text
    """What this level means in general, in one or two sentences."""


class Priority(Model):
    """One outcome of the priority matrix, from most to least urgent."""

    id: Id
    """Stable id, used in the priority matrix."""
    title: Text
    """Name shown on the site, e.g. 'Eerst aanpakken'."""
    description: Text
    """What the organisation should do with a domain that gets this priority."""


class ActionStatus(Model):
    """A status an action can have in the action plan (the working list)."""

    id: Id
    title: Text
    done: bool = False
    """Whether this status closes the action (ticked in the Markdown checklist)."""


class StatementAnswers(Model):
    """The answers to an observable statement besides 'don't know' (which is unknown_answer).
    (Not called yes and no: YAML would read those words as true and false.)"""

    holds: Level
    """The statement holds today, e.g. 'Ja'."""
    does_not_hold: Level
    """The statement does not hold (yet), e.g. 'Nee'."""


class ModelFile(Model):
    """catalog/model.yml: the levels of the model and how they combine into priorities."""

    maturity_levels: list[Level] = Field(min_length=2)
    """Maturity levels from lowest to highest. Their order is their score (0, 1, 2 ...)."""
    unknown_answer: Level
    """The extra answer 'don't know': kept and exported, left out of every score."""
    statement_answers: StatementAnswers
    """How a person answers a statement (with unknown_answer as the third answer)."""
    need_levels: list[Level] = Field(min_length=2)
    """Need levels from no need to strong need."""
    priorities: list[Priority] = Field(min_length=1)
    """Priorities from most to least urgent."""
    priority_matrix: dict[Id, dict[Id, Id]]
    """For every maturity level id, for every need level id: a priority id."""
    action_statuses: list[ActionStatus] = Field(min_length=1)
    """Statuses of an action in the action plan, in the order they are offered."""


# --- catalog/principles.yml --------------------------------------------------------------


class Charter(Model):
    """The charter whose principles the domains are linked to.

    Seed 000 only says that maturity is linked to "principes uit het Open Data Charter",
    without naming it. Any charter fits here: the site takes its name and every text about it
    from this file, so a maintainer can swap one charter for another.
    """

    id: Id
    title: Text
    """Full name, e.g. 'International Open Data Charter'."""
    short_title: Text
    """Short name for menus, headings and labels, e.g. 'Open Data Charter'."""
    publisher: Text
    year: int
    url: Url | None = None
    """Public web address of the charter, when there is one."""
    description: Text
    """What the charter is, in one or two sentences (shown on the principles page)."""
    stand_in: bool
    """True when the site uses this charter in place of the one the model means, because
    that one's principles are not available to the site."""
    stand_in_note: Text | None = None
    """Required when stand_in is true: what the source says, which charter it probably
    means, and why this one stands in."""
    links_note: Text | None = None
    """Optional: who made the links between domains (and actions) and these principles."""
    note: Text | None = None
    """Optional: a note on the texts, e.g. that the Dutch titles are an unofficial translation."""


class Principle(Model):
    """One principle of the charter."""

    id: Id
    """Stable id, used by domains and actions."""
    number: int = Field(ge=1)
    """Number of the principle in the charter."""
    title_en: Text | None = None
    """Optional: the official English name, for a charter whose official text is English."""
    title: Text
    """Dutch name of the principle (for an English charter: our own translation)."""
    description: Text
    """What the principle asks, in plain Dutch."""


class PrinciplesFile(Model):
    """catalog/principles.yml: the charter the domains are linked to, and its principles."""

    charter: Charter
    principles: list[Principle] = Field(min_length=1)


# --- catalog/profiles.yml ----------------------------------------------------------------


KnowledgeRating = Literal["laag", "gemiddeld", "hoog"]


class KnowledgeDimension(Model):
    """One kind of knowledge (or need) on which the profiles differ, rated per profile."""

    id: Id
    """Stable id, used as a key in each profile's `knowledge`."""
    title: Text
    """Column title on the profiles page, e.g. 'Datakennis'."""
    description: Text
    """What a low or a high rating means here, in one sentence."""


class Perspective(Model):
    """One of the two groups of profiles that a team round compares: those who steer (decide,
    prepare policy, oversee the organisation) and those who do the hands-on work."""

    id: Id
    """Stable id, used by each profile's `perspective`."""
    title: Text
    """Name of the group on the combine page, e.g. 'Leiding en beleid'."""
    description: Text
    """Who belongs to this group, in one sentence."""


class Profile(Model):
    """A kind of staff member, as in the maturity model's user profiles."""

    id: Id
    title: Text
    description: Text
    """Who this is, in one to three sentences."""
    perspective: Id | None = None
    """The id of the perspective (see `perspectives`) this profile belongs to. Required when the
    file lists perspectives."""
    examples: list[Text] = []
    """Typical job titles."""
    findings: list[Text] = []
    """What the survey and interviews found for this profile, one fact per item."""
    knowledge: dict[Id, KnowledgeRating] = {}
    """For every knowledge dimension id (see knowledge_dimensions): laag, gemiddeld or hoog."""
    start_here: Text
    """Advice on where someone with this profile should start."""


class ProfilesFile(Model):
    """catalog/profiles.yml: the user profiles, and how they differ in knowledge and needs."""

    knowledge_dimensions: list[KnowledgeDimension] = []
    """The kinds of knowledge and need every profile is rated on (the profiles page's table)."""
    knowledge_note: Text | None = None
    """Where the ratings come from, and what the source does and does not say about them."""
    perspectives: list[Perspective] = []
    """None, or exactly two groups of profiles: first those who steer, then those who do the
    hands-on work. The combine page compares their answers (a gap between leadership and the
    work floor) when both groups have enough respondents."""
    perspectives_note: Text | None = None
    """Why each profile is in its group (shown on the combine page and the round guide)."""
    profiles: list[Profile] = Field(min_length=1)


# --- catalog/resources.yml ---------------------------------------------------------------


class Resource(Model):
    """An instrument, source document or Flemish example that actions can point to."""

    id: Id
    kind: ResourceKind
    """instrument (a tool or standard), bron (a source document) or voorbeeld (an example)."""
    title: Text
    publisher: Text
    """Who makes or publishes it."""
    url: Url | None = None
    """Public web address, only when there is one."""
    description: Text
    """What it is and why it helps, in one or two sentences."""


class ResourcesFile(Model):
    """catalog/resources.yml: every resource, referenced by id elsewhere."""

    resources: list[Resource] = Field(min_length=1)


# --- catalog/domains/<id>.yml ------------------------------------------------------------


class Action(Model):
    """A concrete step that moves the organisation up from the level it is listed under."""

    id: Id
    """Stable, globally unique id; by convention it starts with the domain id."""
    title: Text
    """Short imperative title, e.g. 'Zet open data op de agenda van het managementteam'."""
    description: Text
    """One to three sentences: what exactly to do and with whom."""
    profiles: list[Id] = Field(min_length=1)
    """Profile ids of the people who lead this action."""
    effort: Effort
    """Rough effort: klein, middel or groot."""
    principles: list[Id] = []
    """Optional: charter principles this action serves in particular."""
    resources: list[Id] = []
    """Optional: resource ids (instruments, sources, examples) that help."""
    see_also: list[Id] = []
    """Ids of related actions in other domains; the page links them instead of repeating them."""
    meets: list[Id] = []
    """Ids of the statements (of this domain) this action helps to make true. The action plan
    shows an action when one of them is still missing on the way to the target level. An action
    listed under a level meets statements of a higher level; at the top level, of the top level."""


class Statement(Model):
    """An observable fact of one level: something a civil servant can check with yes or no."""

    id: Id
    """Stable, globally unique id; by convention it starts with the domain id. Exports and share
    links store answers under it: never change it once published."""
    text: Text
    """One fact in plain Dutch, at most about 20 words, e.g. 'Er staat een budgetlijn voor open
    data in het meerjarenplan.'"""


class DomainLevel(Model):
    """What a domain looks like at one maturity level, and how to move up from there."""

    descriptor: Text
    """Observable facts that describe the organisation at this level ('Er is ...'): the summary
    of the level, and the answer of the quick way through the self-scan."""
    statements: list[Statement] = []
    """2 to 4 observable facts that all hold at this level (none at the lowest level, which is
    what remains when a statement of the next level does not hold). The self-scan derives the
    level from the answers to them."""
    actions: list[Action] = []
    """Actions that move the organisation one level up (at the top level: that keep it there)."""


class Domain(Model):
    """catalog/domains/<id>.yml: one domain of the maturity model."""

    id: Id
    """Stable id; must equal the file name without .yml."""
    order: int = Field(ge=1)
    """Position of the domain in the model (1, 2, 3 ...)."""
    title: Text
    """The domain's name as the maturity model gives it; keep it, even where it reads as English."""
    subtitle: Text | None = None
    """A plain Dutch explanation of the domain name, shown beside it where the name reads as
    English or misleads."""
    summary: Text
    """One sentence shown in overviews and in the self-scan."""
    definition: Text
    """The definition of the domain from the maturity model."""
    why: Text
    """Why the domain matters, with findings from the sources."""
    findings: list[Text] = []
    """Optional short facts from the sources, one per item."""
    principles: list[Id] = Field(min_length=1)
    """Charter principle ids this domain serves."""
    profiles: list[Id] = Field(min_length=1)
    """Profile ids most involved in this domain."""
    resources: list[Id] = []
    """Optional resource ids relevant to the whole domain."""
    levels: dict[Id, DomainLevel]
    """One entry per maturity level id (see model.yml), each with a descriptor and actions."""


# --- catalog/process_tool.yml ------------------------------------------------------------


class Phase(Model):
    """A phase of an initiative, from initiating to evaluating."""

    id: Id
    title: Text
    description: Text


class Aspect(Model):
    """A question a team answers for each phase while planning an initiative."""

    id: Id
    title: Text
    group: Text
    """Short title of the group this aspect belongs to."""
    question: Text
    """The guiding question for this aspect."""
    on_plan_sheet: bool = False
    """Whether the one-page plan sheet for an action asks this aspect."""


class AmbitionLevel(Model):
    """One rung of the ambition ladder."""

    id: Id
    title: Text
    description: Text


class WorkPackage(Model):
    """A recommended work package of the Smart Portrait research."""

    number: int = Field(ge=1)
    title: Text
    description: Text


class ProcessToolFile(Model):
    """catalog/process_tool.yml: the Smart Portrait process tool (phases × aspects)."""

    intro: Text
    phases: list[Phase] = Field(min_length=1)
    aspects: list[Aspect] = Field(min_length=1)
    ambition_levels: list[AmbitionLevel] = Field(min_length=1)
    themes: list[Text] = []
    """Themes the matrix can be filled in for, one at a time (the tool's third dimension)."""
    work_packages: list[WorkPackage] = []


# --- catalog/changelog.yml ---------------------------------------------------------------

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(value: str) -> str:
    if not _DATE.match(value):
        raise ValueError(f"'{value}' is not a date written as \"YYYY-MM-DD\" (in quotes)")
    return value


Date = Annotated[str, AfterValidator(_date), Field(json_schema_extra={"pattern": _DATE.pattern})]
ChangeKind = Literal["toegevoegd", "gewijzigd", "verwijderd"]


class Change(Model):
    """One change to the model."""

    kind: ChangeKind
    """toegevoegd (added), gewijzigd (reworded or moved) or verwijderd (removed)."""
    text: Text
    """What changed, in one sentence."""
    ids: list[Id] = []
    """Ids of the domains, actions or resources concerned (removed ones may no longer exist)."""


class ChangelogEntry(Model):
    """The changes published together on one date."""

    date: Date
    """Publication date, in quotes: "2026-11-23"."""
    title: Text
    catalog_version: Annotated[str, Field(pattern=r"^[0-9a-f]{12}$")] | None = None
    """Optional: the catalogue version (12 characters, shown on the Open data page) it produced."""
    changes: list[Change] = Field(min_length=1)


class ChangelogFile(Model):
    """catalog/changelog.yml: what changed between versions, newest first."""

    entries: list[ChangelogEntry] = Field(min_length=1)


# --- catalog/survey.yml ------------------------------------------------------------------
# The staff survey's question bank. Ids and codes go into survey platforms unchanged, so
# they follow LimeSurvey's rules: question codes are letters and digits starting with a
# letter (at most 20), answer codes letters and digits (at most 5).

_QUESTION_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,19}$")
_ANSWER_CODE = re.compile(r"^[A-Za-z0-9]{1,5}$")
LIMESURVEY_RESERVED = (
    "LANG",
    "SID",
    "SAVEDID",
    "TOKEN",
    "QID",
    "GID",
    "SGQ",
    "self",
    "that",
    "this",
)
"""Words LimeSurvey's ExpressionScript keeps for itself: no question may be called so."""


def _question_code(value: str) -> str:
    if not _QUESTION_CODE.match(value):
        raise ValueError(
            f"'{value}' is not a valid question id: use letters and digits only (no dots, "
            "hyphens or spaces), start with a letter, at most 20 characters, like 'A4' "
            "(survey platforms use it as the question code)"
        )
    if value in LIMESURVEY_RESERVED:
        raise ValueError(f"'{value}' is a word LimeSurvey reserves; pick another question id")
    return value


def _answer_code(value: str) -> str:
    if not _ANSWER_CODE.match(value):
        raise ValueError(
            f"'{value}' is not a valid answer code: use 1 to 5 letters or digits, like '3' "
            "or 'WN' (in quotes when it is a number: \"3\")"
        )
    return value


QuestionCode = Annotated[
    str,
    AfterValidator(_question_code),
    Field(json_schema_extra={"pattern": _QUESTION_CODE.pattern}),
]
AnswerCode = Annotated[
    str, AfterValidator(_answer_code), Field(json_schema_extra={"pattern": _ANSWER_CODE.pattern})
]
QuestionType = Literal["stelling", "frequentie", "keuze", "meerkeuze", "open"]


class ScaleOption(Model):
    """One step of an answer scale."""

    code: AnswerCode
    """Stable answer code, e.g. "4". It is what LimeSurvey stores and exports."""
    text: Text
    """The answer as the respondent reads it, e.g. 'Akkoord'."""


class SurveyOption(Model):
    """One answer of a choice question (keuze or meerkeuze)."""

    code: AnswerCode
    """Stable answer code within the question, e.g. "1". Never reuse a code for another answer."""
    text: Text
    """The answer as the respondent reads it."""
    profile: Id | None = None
    """Only in the profile question: the profile (see profiles.yml) this answer stands for."""
    domain: Id | None = None
    """Optional: the domain this answer tells something about (for choices that each point
    to another domain, such as 'what would help you')."""
    correct: bool | None = None
    """Optional, for knowledge questions: whether this statement is true. Shown in the
    question bank as a help for processing; never shown to respondents."""


class Benchmark(Model):
    """A figure from the source project's survey that this question can be compared with."""

    percent: float = Field(ge=0, le=100)
    """The share in the source, e.g. 79."""
    group: Text
    """Who the figure is about, e.g. 'alle profielen samen'."""
    source: Text
    """Where the figure comes from, and what the source does not say about it."""


class SurveyQuestion(Model):
    """One question of the survey."""

    id: QuestionCode
    """Stable id, also the question code in LimeSurvey and the prefix in the question list
    ('A4. ...'). Letters and digits, starting with a letter. Never change it once used."""
    type: QuestionType
    """stelling (agreement scale), frequentie (frequency scale), keuze (one answer),
    meerkeuze (several answers) or open (free text)."""
    text: Text
    """The question or statement as the respondent reads it."""
    help: Text | None = None
    """Optional short hint shown under the question."""
    options: list[SurveyOption] = []
    """Answers of a keuze or meerkeuze question (stelling and frequentie use the scales)."""
    dont_know: bool = False
    """Whether 'weet ik niet' is offered (stelling, frequentie and keuze)."""
    max_choices: int | None = Field(default=None, ge=1)
    """Optional, meerkeuze only: how many answers one may tick at most."""
    profiles: list[Id] = []
    """Profiles that see this question (empty: the part's profiles, or everyone)."""
    domain: Id | None = None
    """The domain this question tells something about (empty: background only)."""
    statement: Id | None = None
    """Optional: the self-scan statement of that domain this question informs."""
    need: bool = False
    """True when agreeing means a need in the domain: the need rule counts these questions."""
    benchmark: Benchmark | None = None
    """Optional: a figure of the source project's survey to compare with. Only for a question
    worded exactly as in the source."""


class SurveyPart(Model):
    """A part (a group, a page in LimeSurvey) of the survey."""

    id: Id
    title: Text
    intro: Text | None = None
    """Optional text shown above the part's questions."""
    profiles: list[Id] = []
    """Profiles that see this part (empty: everyone)."""
    questions: list[SurveyQuestion] = Field(min_length=1)


class NeedThreshold(Model):
    """One step of the need rule: from this share of agreement on, suggest this need."""

    need: Id
    """A need level id of model.yml."""
    from_percent: float = Field(ge=0, le=100)
    """The lowest average share of agreement (0 to 100) that gives this need."""


class StatementAnswer(Model):
    """How an answer to a self-scan statement is coded in the survey. Its text is the one of
    model.yml (statement_answers and unknown_answer)."""

    answer: Id
    """The answer's id in model.yml: the id of holds, of does_not_hold or of unknown_answer."""
    code: AnswerCode
    """Its answer code in LimeSurvey, e.g. 'J'."""


class StatementsPart(Model):
    """The optional part that asks the self-scan's statements, one question per domain."""

    title: Text
    intro: Text
    question_prefix: Annotated[str, Field(pattern=r"^[A-Z]$")]
    """One capital letter that starts the question code of each domain, e.g. 'Z'."""
    answers: list[StatementAnswer] = Field(min_length=3, max_length=3)
    """The code of each of the three answers to a statement."""


class SurveyFile(Model):
    """catalog/survey.yml: the question bank of the staff survey (this site's own)."""

    title: Text
    """Title of the survey, as the respondent sees it."""
    welcome: Text
    """Text shown before the first question."""
    end: Text
    """Text shown after the last question."""
    profile_question: QuestionCode
    """Id of the question that asks the profile: the first question of the survey."""
    dont_know_code: AnswerCode
    """Answer code of 'weet ik niet' wherever it is offered."""
    agreement_scale: list[ScaleOption] = Field(min_length=2)
    """The answers of every stelling, from most disagreeing to most agreeing."""
    agree_codes: list[AnswerCode] = Field(min_length=1)
    """Codes of the agreement scale that count as agreeing."""
    frequency_scale: list[ScaleOption] = Field(min_length=2)
    """The answers of every frequentie question, from never to always."""
    min_group_size: int = Field(ge=1)
    """The analysis shows no figure for a group of fewer respondents than this."""
    need_rule: list[NeedThreshold] = Field(min_length=1)
    """Need suggested per domain, from the highest threshold down; the last one starts at 0."""
    parts: list[SurveyPart] = Field(min_length=1)
    statements_part: StatementsPart
