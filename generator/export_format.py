"""The JSON file the self-scan exports and imports, as pydantic models, and the limits and
formats the browser shares with it.

The published JSON Schema (schema/zelfscan-export.schema.json in the built site) is generated
from these models. Ids are patterns, not enumerations, so a file made with an older catalogue
still validates and the browser can load what it can place.

`LIMITS`, `PATTERNS` and the format names are defined here once: the rules file hands them to
the browser (`generator/rules.py`), the templates use them for `maxlength`, and the schema below
is built from them. What the page saves, exports and imports is measured with one rule (the
saved data may hold at most `savedChars` characters of JSON), so a state the page can save can
always be exported and imported again.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from generator.catalog.models import ID_PATTERN

FORMAT_NAME = "open-data-zelfscan-export"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
"""Version 1 files (before statements) keep opening: as quick answers, with nothing lost."""
COMBINED_FORMAT = "open-data-zelfscan-samenvoeging"
COMBINED_VERSION = 1
BUNDLE_FORMAT = "open-data-zelfscan-bundel"
BUNDLE_VERSION = 1
"""One file holding several self-scan exports (the survey's respondents, for the combine page)."""

LIMITS = {
    "text": 2000,
    "owner": 200,
    "organisation": 200,
    "name": 100,
    "id": 100,
    "fileName": 300,
    "savedChars": 1_000_000,
    "fileBytes": 4_000_000,
}
"""text: a note or a plan-sheet field; owner: who takes an action up; name: a respondent's
name; id: any id in a file;
fileName: a file name in a combined file; savedChars: the answers, plan and plan sheets together,
as JSON text (what localStorage holds, checked the same way on import); fileBytes: the largest
file read at all (the export adds results and indentation to the saved data; UTF-8 takes up to
three bytes per character)."""

PATTERNS = {
    "id": ID_PATTERN,
    "date": r"^\d{4}-\d{2}-\d{2}$",
    "catalogVersion": r"^[0-9a-f]{6,64}$",
    "dateTime": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$",
}


def browser_contract() -> dict[str, Any]:
    """What the browser must know of the file formats: carried in the rules file."""
    return {
        "formats": {
            "export": {
                "name": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "readable": list(READABLE_VERSIONS),
            },
            "combined": {"name": COMBINED_FORMAT, "version": COMBINED_VERSION},
            "bundle": {"name": BUNDLE_FORMAT, "version": BUNDLE_VERSION},
        },
        "limits": LIMITS,
        "patterns": PATTERNS,
    }


AnswerId = Annotated[str, Field(pattern=PATTERNS["id"], max_length=LIMITS["id"])]
Text = Annotated[str, Field(max_length=LIMITS["text"])]
OptionalId = Annotated[str, Field(pattern=f"^({PATTERNS['id'][1:-1]})?$", max_length=LIMITS["id"])]
CatalogVersion = Annotated[str, Field(pattern=PATTERNS["catalogVersion"])]
DateTime = Annotated[
    str, Field(pattern=PATTERNS["dateTime"], json_schema_extra={"format": "date-time"})
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class DomainAnswer(_Strict):
    """The answers for one domain. Any field may be missing: answering is free-form."""

    level: AnswerId | None = None
    """The quick way: a maturity level id picked directly, or the 'don't know' id. When it is
    there, it counts instead of the statements."""
    statements: dict[AnswerId, AnswerId] = {}
    """Answers to the observable statements of this domain: statement id -> 'ja', 'nee' or
    the 'don't know' id (formatVersion 2)."""
    need: AnswerId | None = None
    """A need level id, or the 'don't know' id."""
    target: AnswerId | None = None
    """Optional target maturity level id (default: one level up)."""
    note: Text = ""
    """Free-text note."""


class PlanItem(_Strict):
    """The working list entry of one action in the plan."""

    owner: Annotated[str, Field(max_length=LIMITS["owner"])] = ""
    """Who takes the action up (free text)."""
    due: Annotated[str, Field(pattern=f"^({PATTERNS['date'][1:-1]})?$")] = ""
    """Due date, YYYY-MM-DD (a real calendar date)."""
    status: OptionalId = ""
    """A status id from the catalogue (gepland, bezig ...)."""


class PlanSheet(_Strict):
    """The one-page plan of one action: answers per process-tool aspect and per phase."""

    aspects: dict[AnswerId, Text] = {}
    phases: dict[AnswerId, Text] = {}


class Export(_Strict):
    """A self-scan saved to a file."""

    model_config = ConfigDict(
        extra="allow",  # a newer writer may add sections; an older reader ignores them
        use_attribute_docstrings=True,
        json_schema_extra={
            "$id": "zelfscan-export.schema.json",
            "title": "Open Data Zelfscan export",
        },
    )

    format: Literal["open-data-zelfscan-export"]
    """Always 'open-data-zelfscan-export' (FORMAT_NAME)."""
    formatVersion: Literal[1, 2]
    """Version of this file format: 2 since statements; 1 files hold level picks only."""
    catalogVersion: CatalogVersion
    """Hash of the catalogue the answers were given with."""
    exportedAt: DateTime
    """When the file was made (ISO 8601)."""
    organisation: Annotated[str, Field(max_length=LIMITS["organisation"])] = ""
    """Name of the organisation, optional."""
    profile: Annotated[str, Field(max_length=LIMITS["id"])] = ""
    """Profile id of the respondent, optional (empty when not given)."""
    respondent: Annotated[str, Field(max_length=LIMITS["name"])] = ""
    """Name of the respondent, optional (empty: anonymous)."""
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
    file: Annotated[str, Field(max_length=LIMITS["fileName"])]
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
    catalogVersion: CatalogVersion
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
