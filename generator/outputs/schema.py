"""JSON Schemas generated from the pydantic models: catalogue files and the export format.

The catalogue schemas are committed under catalog/schema/ so that editors (via the
`# yaml-language-server: $schema=` line at the top of each YAML file) can autocomplete and
flag mistakes while a maintainer types; `python -m generator schema --check` fails when they
are stale.
"""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.catalog import SINGLE_FILES
from generator.catalog import models as catalog_models
from generator.catalog.models import Domain

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def attribute_docs(module: Any) -> dict[str, dict[str, str]]:
    """{class name: {field: docstring}} for the docstrings written under each field."""
    tree = ast.parse(Path(inspect.getfile(module)).read_text(encoding="utf-8"))
    docs: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields = docs.setdefault(node.name, {})
        for statement, following in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                fields[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs


def _describe(schema: dict[str, Any], docs: dict[str, dict[str, str]]) -> None:
    """Put the field docstrings into the schema of each model (top level and $defs)."""
    for part in [schema, *schema.get("$defs", {}).values()]:
        for field, text in docs.get(part.get("title", ""), {}).items():
            if field in part.get("properties", {}):
                part["properties"][field]["description"] = text


def _schema_for(
    model: type[BaseModel], name: str, docs: dict[str, dict[str, str]]
) -> dict[str, Any]:
    schema = model.model_json_schema()
    _describe(schema, docs)
    return {"$schema": DRAFT, "$id": f"{name}.schema.json", **schema}


def catalog_schemas() -> dict[str, dict[str, Any]]:
    """{file name: schema} for every catalogue file kind."""
    docs = attribute_docs(catalog_models)
    schemas = {
        f"{Path(name).stem}.schema.json": _schema_for(model, Path(name).stem, docs)
        for name, model in SINGLE_FILES.items()
    }
    schemas["domain.schema.json"] = _schema_for(Domain, "domain", docs)
    return schemas


def dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(out: Path, *, check: bool = False) -> int:
    """Write (or with check=True, compare) the catalogue schemas in `out`.

    The export schema is not committed: the build publishes it in the site.
    """
    wanted = {name: dumps(s) for name, s in catalog_schemas().items()}
    stale = []
    for name, text in wanted.items():
        path = out / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        if check:
            stale.append(path.as_posix())
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.as_posix()}")
    if stale:
        for path in stale:
            print(f"{path}: stale; run 'python -m generator schema' and commit the result")
        return 1
    return 0
