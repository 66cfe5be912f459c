"""The model itself as open data: the whole catalogue as JSON and the actions as CSV.

Generated at build time from the same catalogue, with its version and an open licence, so a
municipality can reuse the model in its own tools.
"""

from __future__ import annotations

import csv
import io
import json

from generator.catalog import Catalog

LICENCE = {
    "id": "CC-BY-4.0",
    "title": "Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/deed.nl",
}
CSV_COLUMNS = [
    "domain",
    "domain_title",
    "level",
    "level_title",
    "id",
    "title",
    "description",
    "profiles",
    "effort",
    "principles",
    "resources",
    "meets",
    "catalog_version",
]
STATEMENT_COLUMNS = ["domain", "domain_title", "level", "level_title", "id", "text", "met_by"]
OPEN_DATA_DIR = "open-data"
CATALOG_JSON = f"{OPEN_DATA_DIR}/open-data-zelfscan-catalogus.json"
ACTIONS_CSV = f"{OPEN_DATA_DIR}/open-data-zelfscan-acties.csv"
STATEMENTS_CSV = f"{OPEN_DATA_DIR}/open-data-zelfscan-uitspraken.csv"


def catalog_json(catalog: Catalog) -> str:
    data = {
        "title": "Open Data Zelfscan – maturiteitsmodel open data voor lokale besturen",
        "catalogVersion": catalog.version,
        "licence": LICENCE,
        **catalog.dump(),
        "survey": catalog.survey.model_dump(mode="json"),
        "changelog": catalog.changelog.model_dump(mode="json"),
    }
    # compact: json's fast C encoder is only used without indentation
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: str) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula.

    Excel and LibreOffice read a cell that starts with = + - @ (or a tab or carriage return
    before one) as a formula, which can fetch data or start programs; a leading apostrophe
    makes it text, as OWASP advises for CSV files.
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def actions_csv(catalog: Catalog) -> str:
    """One row per action; lists are joined with '; ' so spreadsheets keep one cell each."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for domain, level, action in catalog.actions():
        writer.writerow(
            spreadsheet_cell(cell)
            for cell in [
                domain.id,
                domain.title,
                level.id,
                level.title,
                action.id,
                action.title,
                " ".join(action.description.split()),
                "; ".join(action.profiles),
                action.effort,
                "; ".join(action.principles or domain.principles),
                "; ".join(action.resources),
                "; ".join(action.meets),
                catalog.version,
            ]
        )
    return "\ufeff" + buffer.getvalue()  # BOM: Excel then reads UTF-8 correctly


def statements_csv(catalog: Catalog) -> str:
    """One row per observable statement, with the actions that help to make it true."""
    met_by: dict[str, list[str]] = {}
    for _, _, action in catalog.actions():
        for statement in action.meets:
            met_by.setdefault(statement, []).append(action.id)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(STATEMENT_COLUMNS)
    for domain in catalog.domains:
        for level in catalog.maturity_levels:
            for statement in domain.levels[level.id].statements:
                writer.writerow(
                    [
                        domain.id,
                        domain.title,
                        level.id,
                        level.title,
                        statement.id,
                        statement.text,
                        "; ".join(met_by.get(statement.id, [])),
                    ]
                )
    return "\ufeff" + buffer.getvalue()
