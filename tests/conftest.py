"""Shared fixtures: a private copy of the project, and the real site built once per run."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ["catalog", "content", "js", "site_overrides", "mkdocs.yml"]

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def copy_project(target: Path) -> Path:
    """Copy what a build needs into `target` (so a test can break it freely)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


def build_site(project: Path, site_dir: Path, *, strict: bool = True, **overrides: object) -> Path:
    """A real MkDocs build (the same code path as `mkdocs build --strict`)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(
        config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=strict, **overrides
    )
    build(config)
    return site_dir


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once with --strict, shared read-only by many tests."""
    project = copy_project(tmp_path_factory.mktemp("real") / "project")
    return build_site(project, project / "site")


def run_node(*args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        ["node", *args], input=stdin, capture_output=True, text=True, check=False, cwd=ROOT
    )
    if result.returncode != 0:
        raise AssertionError(f"node failed: {result.stderr}")
    return result.stdout
