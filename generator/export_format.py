"""The JSON file the self-scan exports and imports, as pydantic models.

The published JSON Schema (schema/zelfscan-export.schema.json in the built site) is generated
from these models. Ids are patterns, not enumerations, so a file made with an older catalogue
still validates and the browser can load what it can place.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

FORMAT_NAME = "open-data-zelfscan-export"
FORMAT_VERSION = 1
MAX_TEXT = 2000

AnswerId = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=100)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class DomainAnswer(_Strict):
    """The answers for one domain. Any field may be missing: answering is free-form."""

    level: AnswerId | None = None
    """A maturity level id, or the 'don't know' id."""
    need: AnswerId | None = None
    """A need level id, or the 'don't know' id."""
    target: AnswerId | None = None
    """Optional target maturity level id (default: one level up)."""
    note: Annotated[str, Field(max_length=MAX_TEXT)] = ""
    """Free-text note."""


class PlanItem(_Strict):
    """The working list entry of one action in the plan."""

    owner: Annotated[str, Field(max_length=200)] = ""
    """Who takes the action up (free text)."""
    due: Annotated[str, Field(pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = ""
    """Due date, YYYY-MM-DD."""
    status: Annotated[str, Field(pattern=r"^([a-z0-9]+(-[a-z0-9]+)*)?$", max_length=100)] = ""
    """A status id from the catalogue (gepland, bezig ...)."""


class PlanSheet(_Strict):
    """The one-page plan of one action: answers per process-tool aspect and per phase."""

    aspects: dict[AnswerId, Annotated[str, Field(max_length=MAX_TEXT)]] = {}
    phases: dict[AnswerId, Annotated[str, Field(max_length=MAX_TEXT)]] = {}


class Export(_Strict):
    """A self-scan saved to a file."""

    model_config = ConfigDict(
        extra="allow",  # later issues add sections; an older reader ignores them
        use_attribute_docstrings=True,
        json_schema_extra={
            "$id": "zelfscan-export.schema.json",
            "title": "Open Data Zelfscan export",
        },
    )

    format: Literal["open-data-zelfscan-export"]
    """Always 'open-data-zelfscan-export'."""
    formatVersion: Literal[1]
    """Version of this file format."""
    catalogVersion: Annotated[str, Field(pattern=r"^[0-9a-f]{6,64}$")]
    """Hash of the catalogue the answers were given with."""
    exportedAt: Annotated[str, Field(json_schema_extra={"format": "date-time"})]
    """When the file was made (ISO 8601)."""
    organisation: Annotated[str, Field(max_length=200)] = ""
    """Name of the organisation, optional."""
    profile: Annotated[str, Field(max_length=100)] = ""
    """Profile id of the respondent, optional (empty when not given)."""
    answers: dict[AnswerId, DomainAnswer]
    """Answers per domain id."""
    plan: dict[AnswerId, PlanItem] = {}
    """Owner, due date and status per action id."""
    sheets: dict[AnswerId, PlanSheet] = {}
    """Plan sheets per action id."""
    results: dict[str, Any] | None = None
    """The results computed at export time (informative; recomputed on import)."""


def _published(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON Schema of `model` as published beside the site."""
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return _closed_id_maps(schema)


def _closed_id_maps(node: Any) -> Any:
    """Maps keyed by id (answers, plan ...) accept only id keys: pydantic writes the id
    pattern as patternProperties, which alone lets any other key through."""
    if isinstance(node, dict):
        if "patternProperties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            _closed_id_maps(value)
    elif isinstance(node, list):
        for value in node:
            _closed_id_maps(value)
    return node


def export_schema() -> dict[str, Any]:
    return _published(Export)


COMBINED_FORMAT = "open-data-zelfscan-samenvoeging"


class LevelSummary(_Strict):
    """Spread of the scores (0 = lowest level) given for one question."""

    count: int
    median: int | None
    """The lower median: with an even count, the lower of the two middle scores."""
    min: int | None
    max: int | None


class ProfileSummary(_Strict):
    profile: str
    """Profile id, or empty for respondents without a (known) profile."""
    count: int
    median: int | None


class CombinedDomain(_Strict):
    id: AnswerId
    title: str
    respondents: int
    level: LevelSummary
    need: LevelSummary
    disagreement: bool
    """True when respondents differ by two maturity levels or more."""
    profiles: list[ProfileSummary]


class CombinedSource(_Strict):
    file: Annotated[str, Field(max_length=300)]
    catalogVersion: str
    profile: str
    exportedAt: str


class CombinedExport(_Strict):
    """Several self-scans combined into one organisation profile."""

    model_config = ConfigDict(
        extra="forbid",
        use_attribute_docstrings=True,
        json_schema_extra={
            "$id": "zelfscan-samenvoeging.schema.json",
            "title": "Open Data Zelfscan: samengevoegde zelfscans",
        },
    )

    format: Literal["open-data-zelfscan-samenvoeging"]
    formatVersion: Literal[1]
    catalogVersion: Annotated[str, Field(pattern=r"^[0-9a-f]{6,64}$")]
    exportedAt: str
    respondents: int
    sources: list[CombinedSource]
    notes: list[str]
    """Remarks, such as files made with another catalogue version."""
    domains: list[CombinedDomain]
    answers: dict[AnswerId, DomainAnswer]
    """The median answers the combined action plan is based on."""
    results: dict[str, Any]


def combined_schema() -> dict[str, Any]:
    return _published(CombinedExport)
