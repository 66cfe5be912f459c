"""Everything the generator adds to the site, as one map {site path: text or source file}.

The MkDocs plugin feeds this map to MkDocs; `python -m generator export DIR` writes it to disk,
with the hand-written pages, for any other static-site engine (generator/outputs/docs_folder.py).
Keep it engine-free.
"""

from __future__ import annotations

from pathlib import Path

import rjsmin

from generator.catalog import Catalog
from generator.catalog.loader import gc_paused
from generator.outputs.combined_format import combined_schema
from generator.outputs.export_format import export_schema
from generator.outputs.open_data import (
    ACTIONS_CSV,
    CATALOG_JSON,
    STATEMENTS_CSV,
    actions_csv,
    catalog_json,
    statements_csv,
)
from generator.outputs.pages import render_pages
from generator.outputs.rules import build_rules, rules_script
from generator.outputs.schema import dumps
from generator.survey import LIMESURVEY_FILE, QUESTION_LIST_FILE, SURVEY_SCRIPT
from generator.survey.limesurvey import limesurvey_tsv
from generator.survey.question_list import question_list
from generator.survey.script import survey_script
from generator.survey.view import survey_data

ASSET_DIR = "assets/zelfscan"
SiteFiles = dict[str, str | Path]


def site_files(catalog: Catalog, root: Path) -> SiteFiles:
    """Generated pages, rules script, browser scripts, published schema and open data."""
    with gc_paused():  # many short-lived objects, no cycles: see gc_paused
        return _site_files(catalog, root)


def _site_files(catalog: Catalog, root: Path) -> SiteFiles:
    files: SiteFiles = dict(render_pages(catalog))
    files[f"{ASSET_DIR}/rules.js"] = rules_script(build_rules(catalog))
    for script in sorted((root / "js").glob("*.js")):
        files[f"{ASSET_DIR}/{script.name}"] = minified(script)
    files["schema/zelfscan-export.schema.json"] = dumps(export_schema())
    files["schema/zelfscan-samenvoeging.schema.json"] = dumps(combined_schema())
    files[CATALOG_JSON] = catalog_json(catalog)
    files[ACTIONS_CSV] = actions_csv(catalog)
    files[STATEMENTS_CSV] = statements_csv(catalog)
    files.update(_survey_files(catalog))
    return files


def _survey_files(catalog: Catalog) -> SiteFiles:
    """The survey for the browser's analysis and for survey platforms."""
    data = survey_data(catalog)
    titles = {p.id: p.title for p in catalog.profiles}
    return {
        SURVEY_SCRIPT: survey_script(data),
        LIMESURVEY_FILE: limesurvey_tsv(data),
        QUESTION_LIST_FILE: question_list(data, titles, catalog.version),
    }


def write_files(files: SiteFiles, target: Path) -> int:
    """Write the map under `target` (used by `python -m generator export`)."""
    for site_path, content in files.items():
        path = target / site_path
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            path.write_bytes(content.read_bytes())
        else:
            path.write_text(content, encoding="utf-8")
    return len(files)


def minified(script: Path) -> str:
    """A browser script without its comments and layout: a third less to send to a phone
    (the comments explain the code to its maintainers, who read js/)."""
    return (
        f"/* Open Data Zelfscan: js/{script.name}, minified; read the source in the project. */\n"
        + rjsmin.jsmin(script.read_text(encoding="utf-8"))
        + "\n"
    )
