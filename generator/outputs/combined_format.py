"""The combined file of a team round (the combine page's "Exporteer als JSON"), as pydantic
models: the published schema/zelfscan-samenvoeging.schema.json is generated from them.

Version 2 carries what a round needs after the files are gone: who took part (names only of
those who gave one), per domain the spread of levels, per statement how many said yes, no or
don't know, everyone's notes, the proposal, the answers the workshop agreed on, and the answers
of the organisation that follow from both (what the self-scan's Importeren reads). Per profile
and per perspective only groups with enough respondents are in it (ROUND["minGroup"]), as on
the page. Version 1 files, made before team rounds, held the medians of levels only; they keep
opening (the schema describes both, told apart by formatVersion).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, TypeAdapter

from generator.outputs.export_format import (
    COMBINED_FORMAT,
    LIMITS,
    AnswerId,
    CatalogVersion,
    DomainAnswer,
    RoundLabel,
    Strict,
    Text,
    published,
)

Count = Annotated[int, Field(ge=0)]
Score = Annotated[int, Field(ge=0)]


class LevelSummary(Strict):
    """Spread of the scores (0 = lowest level) given for one question."""

    count: Count
    median: Score | None
    """The lower median: with an even count, the lower of the two middle scores."""
    min: Score | None
    max: Score | None


class ProfileSummary(Strict):
    profile: str
    """Profile id, or empty for respondents without a (known) profile."""
    count: Count
    median: Score | None


class CombinedDomainV1(Strict):
    id: AnswerId
    title: str
    respondents: Count
    level: LevelSummary
    need: LevelSummary
    disagreement: bool
    """True when respondents differ by two maturity levels or more."""
    profiles: list[ProfileSummary]


class CombinedSource(Strict):
    file: Annotated[str, Field(max_length=LIMITS["fileName"])]
    catalogVersion: str
    profile: str
    exportedAt: str


class CombinedExportV1(Strict):
    """Several self-scans combined into one organisation profile (before team rounds)."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    format: Literal["open-data-zelfscan-samenvoeging"]
    formatVersion: Literal[1]
    catalogVersion: CatalogVersion
    exportedAt: str
    respondents: Count
    sources: list[CombinedSource]
    notes: list[str]
    """Remarks, such as files made with another catalogue version."""
    domains: list[CombinedDomainV1]
    answers: dict[AnswerId, DomainAnswer]
    """The median answers the combined action plan is based on."""
    results: dict[str, Any]


class Person(Strict):
    """One respondent of the round, as the page names them."""

    label: Annotated[str, Field(max_length=LIMITS["name"] + 10)]
    """Their name, or (anonymous) their profile and a number: 'Beleidsmedewerker 2'."""
    name: Annotated[str, Field(max_length=LIMITS["name"])]
    """The name they gave; empty when they stayed anonymous."""
    profile: str
    """Profile id, or empty."""
    source: Literal["bestand", "link"]
    """Whether their answers came as an export file or as a share link."""
    file: Annotated[str, Field(max_length=LIMITS["fileName"])] = ""
    """The file name (for a file)."""
    catalogVersion: str = ""
    """The catalogue version of their file (a link fits the current model or is refused)."""
    exportedAt: str = ""
    round: Annotated[str, Field(max_length=LIMITS["roundName"])] = ""
    """The round named in their file, when they opened the invitation."""


class StatementCount(Strict):
    """How the respondents answered one statement."""

    id: AnswerId
    answers: dict[AnswerId, Count]
    """Per answer id (yes, no, don't know): how many gave it. Someone who picked a level the quick
    way counts as yes for the statements up to that level and as no above it."""
    fromLevel: Count
    """How many of the yes and no answers come from a level picked the quick way."""
    split: bool
    """True when the smaller of the yes and no counts is at least a third of both together."""
    proposal: AnswerId | None
    """The lower median of the answers: yes only when more said yes than no; don't know when
    only that was answered; null when nobody answered."""


class PerspectiveSummary(Strict):
    perspective: AnswerId
    count: Count
    median: Score | None


class Gap(Strict):
    """The medians of the two perspectives, when both have enough respondents."""

    groups: list[PerspectiveSummary] = Field(min_length=2, max_length=2)
    difference: int
    """Median of the first group (leadership) minus that of the second (hands-on), in levels."""
    flagged: bool


class CombinedNote(Strict):
    by: Annotated[str, Field(max_length=LIMITS["name"] + 10)]
    """Who wrote it (their label), or empty when they stayed anonymous."""
    text: Text


class Ways(Strict):
    statements: Count
    """Respondents who answered this domain by its statements."""
    quick: Count
    """Respondents who picked a level directly."""


class CombinedDomainV2(CombinedDomainV1):
    profiles: list[ProfileSummary]
    """Per profile the median level, only for profiles with enough respondents in this domain."""
    ways: Ways
    gap: Gap | None
    statements: list[StatementCount]
    notes: list[CombinedNote]


class CombinedExportV2(Strict):
    """A team round: several self-scans combined, discussed and agreed on."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    format: Literal["open-data-zelfscan-samenvoeging"]
    formatVersion: Literal[2]
    catalogVersion: CatalogVersion
    exportedAt: str
    round: RoundLabel | None = None
    """The round's name and date, when the data manager gave them."""
    organisation: Annotated[str, Field(max_length=LIMITS["organisation"])] = ""
    respondents: Count
    people: list[Person] = Field(max_length=LIMITS["people"])
    notes: list[str]
    """Remarks about the files, such as other catalogue versions or identical answers."""
    domains: list[CombinedDomainV2]
    proposal: dict[AnswerId, DomainAnswer]
    """Per domain the proposal before the workshop: per statement its proposal, the median need."""
    agreed: dict[AnswerId, DomainAnswer]
    """What the workshop agreed where it differs from the proposal: statement answers, a level
    picked directly, the need, a note."""
    answers: dict[AnswerId, DomainAnswer]
    """The organisation's answers: the proposal with the agreed answers applied. The self-scan's
    Importeren takes these as the start of the organisation's plan."""
    results: dict[str, Any]
    """The results of `answers` (informative; recomputed on import)."""


CombinedExport = Annotated[
    CombinedExportV1 | CombinedExportV2, Field(discriminator="formatVersion")
]


def combined_schema() -> dict[str, Any]:
    schema = TypeAdapter(CombinedExport).json_schema()
    schema["$id"] = "zelfscan-samenvoeging.schema.json"
    schema["title"] = "Open Data Zelfscan: samengevoegde zelfscans (een ronde)"
    schema["description"] = __doc__.split("\n\n")[0].replace("\n", " ")
    return published(schema)


__all__ = ["COMBINED_FORMAT", "CombinedExportV1", "CombinedExportV2", "combined_schema"]
