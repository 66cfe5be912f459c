"""Shared fixtures: a private copy of the project, and the real site built once per run."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SUBPATH, build_site, copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once with --strict, shared read-only by many tests.

    Its site_url has the same project subpath the browser tests serve it under, as on
    GitHub Pages (the 404 page uses absolute links built from site_url).
    """
    project = copy_project(tmp_path_factory.mktemp("real") / "project")
    return build_site(project, project / "site", site_url=f"http://127.0.0.1{SUBPATH}")
