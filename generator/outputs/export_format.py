"""The JSON file the self-scan exports and imports, as pydantic models, and the limits and
formats the browser shares with it.

The published JSON Schema (schema/zelfscan-export.schema.json in the built site) is generated
from these models. Ids are patterns, not enumerations, so a file made with an older catalogue
still validates and the browser can load what it can place.

`LIMITS`, `PATTERNS` and the format names are defined here once: the rules file hands them to
the browser (`generator/outputs/rules.py`), the templates use them for `maxlength`, and the
schema below is built from them. What the page saves, exports and imports is measured with one
rule (the saved data may hold at most `savedChars` characters of JSON), so a state the page can
save can always be exported and imported again.
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
COMBINED_VERSION = 2
COMBINED_READABLE = (1, 2)
"""Version 1 combined files (medians of levels only) keep opening; see combined_format.py."""
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
    "roundName": 100,
    "people": 500,
    "savedChars": 1_000_000,
    "fileBytes": 4_000_000,
}
"""text: a note or a plan-sheet field (and a round's instructions); owner: who takes an action
up; name: a respondent's name; id: any id in a file; fileName: a file name in a combined file;
roundName: the name of a team round; people: respondents in one combined file; savedChars: the
answers, plan and plan sheets together, as JSON text (what localStorage holds, checked the same
way on import); fileBytes: the largest file read at all (the export adds results and indentation
to the saved data; UTF-8 takes up to three bytes per character)."""

ROUND = {
    "disagreement": 2,
    "minGroup": 3,
    "gap": 1,
    "split": 3,
}
"""The thresholds of a team round (js/combine.js, its twin tests/reference/organisation.py and the
page texts read them here). disagreement: a domain is flagged when respondents' levels lie this
many levels apart or more. minGroup: a group (a profile, a perspective) is shown apart only with
at least this many respondents, so that no one can be recognised. gap: the medians of the two
perspectives differ by at least this many levels. split: a statement is split when the smaller
of its yes and no counts is at least 1/split of both together (with 5 answers: 3 against 2)."""

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
            "combined": {
                "name": COMBINED_FORMAT,
                "version": COMBINED_VERSION,
                "readable": list(COMBINED_READABLE),
            },
            "bundle": {"name": BUNDLE_FORMAT, "version": BUNDLE_VERSION},
        },
        "limits": LIMITS,
        "round": ROUND,
        "patterns": PATTERNS,
    }


AnswerId = Annotated[str, Field(pattern=PATTERNS["id"], max_length=LIMITS["id"])]
Text = Annotated[str, Field(max_length=LIMITS["text"])]
OptionalId = Annotated[str, Field(pattern=f"^({PATTERNS['id'][1:-1]})?$", max_length=LIMITS["id"])]
CatalogVersion = Annotated[str, Field(pattern=PATTERNS["catalogVersion"])]
DateTime = Annotated[
    str, Field(pattern=PATTERNS["dateTime"], json_schema_extra={"format": "date-time"})
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class RoundLabel(Strict):
    """The team round a self-scan was made for, as the invitation link carried it."""

    name: Annotated[str, Field(min_length=1, max_length=LIMITS["roundName"])]
    """The name the data manager gave the round, e.g. 'Zelfscan open data 2027'."""
    due: Annotated[str, Field(pattern=f"^({PATTERNS['date'][1:-1]})?$")] = ""
    """The date by which answers are asked, YYYY-MM-DD, or empty."""


class DomainAnswer(Strict):
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


class PlanItem(Strict):
    """The working list entry of one action in the plan."""

    owner: Annotated[str, Field(max_length=LIMITS["owner"])] = ""
    """Who takes the action up (free text)."""
    due: Annotated[str, Field(pattern=f"^({PATTERNS['date'][1:-1]})?$")] = ""
    """Due date, YYYY-MM-DD (a real calendar date)."""
    status: OptionalId = ""
    """A status id from the catalogue (gepland, bezig ...)."""


class PlanSheet(Strict):
    """The one-page plan of one action: answers per process-tool aspect and per phase."""

    aspects: dict[AnswerId, Text] = {}
    phases: dict[AnswerId, Text] = {}


class Export(Strict):
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
    round: RoundLabel | None = None
    """The team round this self-scan was made for, when the person opened an invitation."""
    answers: dict[AnswerId, DomainAnswer]
    """Answers per domain id."""
    plan: dict[AnswerId, PlanItem] = {}
    """Owner, due date and status per action id."""
    sheets: dict[AnswerId, PlanSheet] = {}
    """Plan sheets per action id."""
    results: dict[str, Any] | None = None
    """The results computed at export time (informative; recomputed on import)."""


def published(schema: dict[str, Any]) -> dict[str, Any]:
    """A JSON Schema made by pydantic, as published beside the site."""
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
    return published(Export.model_json_schema())
