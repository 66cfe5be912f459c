"""JSON Schemas: generated from the models, committed, fresh, and announced in every YAML file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import yaml
from support import ROOT

from generator.outputs.schema import catalog_schemas

SCHEMA_DIR = ROOT / "catalog" / "schema"


def test_committed_schemas_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "schema", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_schema_check_detects_a_stale_schema(tmp_path: Path) -> None:
    out = tmp_path / "schema"
    subprocess.run(
        [sys.executable, "-m", "generator", "schema", "--out", str(out)], cwd=ROOT, check=True
    )
    stale = out / "domain.schema.json"
    stale.write_text(stale.read_text().replace("Stable", "Old"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "schema", "--check", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "domain.schema.json: stale" in result.stdout


def _schema_line(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[0]


def test_every_catalogue_file_announces_its_schema() -> None:
    names = set(catalog_schemas())
    for path in sorted((ROOT / "catalog").glob("*.yml")):
        line = _schema_line(path)
        assert line == f"# yaml-language-server: $schema=schema/{path.stem}.schema.json", path
        assert f"{path.stem}.schema.json" in names
    for path in sorted((ROOT / "catalog" / "domains").glob("*.yml")):
        assert _schema_line(path) == "# yaml-language-server: $schema=../schema/domain.schema.json"


def test_real_catalogue_validates_against_the_schemas() -> None:
    """What editors check while typing agrees with what the generator accepts."""
    for path in sorted((ROOT / "catalog").glob("*.yml")):
        schema = json.loads((SCHEMA_DIR / f"{path.stem}.schema.json").read_text(encoding="utf-8"))
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
    schema = json.loads((SCHEMA_DIR / "domain.schema.json").read_text(encoding="utf-8"))
    for path in sorted((ROOT / "catalog" / "domains").glob("*.yml")):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
