"""Shared fixtures: a private copy of the project, and the real site built once per run."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import build_site, copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once with --strict, shared read-only by many tests."""
    project = copy_project(tmp_path_factory.mktemp("real") / "project")
    return build_site(project, project / "site")
