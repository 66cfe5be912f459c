"""Helpers shared by the tests: the project root, a private project copy, a real build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.bench.common import ROOT, copy_project
from generator.catalog import load_catalog
from generator.catalog.diagnostics import CatalogError, Diagnostic

__all__ = [
    "ROOT",
    "SUBPATH",
    "build_site",
    "copy_project",
    "edit",
    "problems",
    "run_node",
    "run_python",
    "where",
]

SUBPATH = "/open-data-zelfscan/"  # served like a GitHub Pages project site

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def build_site(project: Path, site_dir: Path, *, strict: bool = True, **overrides: object) -> Path:
    """A real MkDocs build (the same code path as `mkdocs build --strict`)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(
        config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=strict, **overrides
    )
    build(config)
    return site_dir


def run_python(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m ...` in `cwd` as a maintainer runs it: output kept, exit code not checked."""
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def run_node(*args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        ["node", *args], input=stdin, capture_output=True, text=True, check=False, cwd=ROOT
    )
    if result.returncode != 0:
        raise AssertionError(f"node failed: {result.stderr}")
    return result.stdout


# --- breaking a copy of the catalogue, and what the maintainer is told ---------------


def problems(project: Path) -> list[Diagnostic]:
    with pytest.raises(CatalogError) as info:
        load_catalog(project / "catalog", project)
    return info.value.diagnostics


def edit(project: Path, relative: str, old: str, new: str, count: int = 1) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def where(project: Path, relative: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Line and column (from 1) where the `occurrence`-th `needle` starts."""
    text = (project / relative).read_text(encoding="utf-8")
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column
