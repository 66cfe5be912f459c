"""YAML written to hurt: aliases that expand to billions of values and nesting thousands deep.

`python -m generator check` runs as a maintainer runs it, in a process with a memory limit
and a timeout far above a normal run (about 0.3 s and 100 MB), so a regression shows as a
failed check, never as a machine that swaps or a flaky timing.
"""

from __future__ import annotations

import importlib
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from support import edit, problems, where

from generator.catalog import load_catalog, loader

MAX = loader.MAX_DEPTH

DOMAIN = "catalog/domains/sponsoring.yml"
MEMORY_LIMIT = 1024 * 2**20  # bytes of address space: a normal check needs well under half
TIMEOUT = 60  # seconds: a normal check takes well under one


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def check_with_limits(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "check"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT,
        preexec_fn=_limited,
    )


def alias_bomb(levels: int = 9, width: int = 10) -> str:
    """`width ** levels` values once expanded, in a few hundred bytes."""
    lines = [f"bomb0: &bomb0 [{', '.join(['x'] * width)}]"]
    for i in range(1, levels):
        lines.append(f"bomb{i}: &bomb{i} [{', '.join([f'*bomb{i - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_quickly_and_in_little_memory(project: Path) -> None:
    edit(project, DOMAIN, "findings:\n", alias_bomb() + "findings:\n")
    result = check_with_limits(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    line, column = where(project, DOMAIN, "*bomb0")
    assert (
        f"{DOMAIN}:{line}:{column}: an alias (*bomb0) repeats the value marked &bomb0 "
        "(9 more time(s) after this one); the catalogue does not use anchors and aliases: "
        "write the value out" in result.stderr.splitlines()
    )
    assert result.stderr.splitlines()[-1] == "8 problems in the catalogue."


@pytest.mark.parametrize(
    "deep",
    [
        "[" * 900 + "]" * 900,  # flow lists, below libyaml's own limit of 1,000
        "- " * 5000 + "x",  # block lists on one line: libyaml sets no limit
        "{a: " * 600 + "1" + "}" * 600,
    ],
    ids=["flow-lists", "block-lists", "flow-mappings"],
)
def test_deep_nesting_is_refused_quickly_and_in_little_memory(project: Path, deep: str) -> None:
    edit(project, DOMAIN, "findings:\n", f"deep:\n  {deep}\nfindings:\n")
    result = check_with_limits(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    [report] = [line for line in result.stderr.splitlines() if line.startswith(DOMAIN)]
    line, _ = where(project, DOMAIN, deep[:20])
    assert report.startswith(f"{DOMAIN}:{line}:")
    assert report.endswith(
        f"lists and mappings are nested more than {loader.MAX_DEPTH} levels deep here; the "
        "catalogue needs far fewer: check the indentation and the brackets"
    )


def test_nesting_up_to_the_limit_is_read(project: Path) -> None:
    depth = loader.MAX_DEPTH - 2  # the file's mapping and the key's value are two levels
    edit(project, DOMAIN, "findings:\n", f"deep: {'[' * depth}{']' * depth}\nfindings:\n")
    assert [p.text().split(": ", 1)[1] for p in problems(project)] == ["deep: unknown field 'deep'"]


def test_an_alias_is_refused_where_it_is_written_even_one_that_loops(project: Path) -> None:
    edit(project, DOMAIN, "findings:\n", "loop: &self [*self]\nshared: *self\nfindings:\n")
    line, column = where(project, DOMAIN, "*self")
    assert [p.text() for p in problems(project)] == [
        f"{DOMAIN}:{line}:{column}: an alias (*self) repeats the value marked &self (1 more "
        "time(s) after this one); the catalogue does not use anchors and aliases: write the "
        "value out"
    ]


def test_an_ampersand_or_asterisk_in_text_is_no_anchor_or_alias(project: Path) -> None:
    typed = "R&D &samen, *samen* en 3 * 4"
    edit(project, DOMAIN, "title: Sponsoring\n", f"title: {typed}\n")
    catalog = load_catalog(project / "catalog", project)
    assert next(d for d in catalog.domains if d.id == "sponsoring").title == typed


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("deep:\n  " + "- " * 3000 + "x", f"lists and mappings are nested more than {MAX} levels"),
        ("shared: &b [1]\nagain: *b", "an alias (*b) repeats the value marked &b"),
    ],
    ids=["deep", "alias"],
)
def test_the_pure_python_parser_has_the_same_limits(
    project: Path, written: str, message: str
) -> None:
    """Without libyaml, PyYAML's own (recursive) composer is stopped the same way."""
    path = project / DOMAIN
    edit(project, DOMAIN, "findings:\n", f"{written}\nfindings:\n")
    _, fast_problems = loader.load_yaml(path, DOMAIN)
    saved = sys.modules.get("yaml._yaml")
    sys.modules["yaml._yaml"] = None  # type: ignore[assignment]  # import fails
    try:
        slow_loader = importlib.reload(loader)
        assert slow_loader._Parser.__module__ == loader.__name__  # the fallback class
        _, slow_problems = slow_loader.load_yaml(path, DOMAIN)
    finally:
        sys.modules["yaml._yaml"] = saved  # type: ignore[assignment]
        importlib.reload(loader)
    assert [p.text() for p in slow_problems] == [p.text() for p in fast_problems]
    [problem] = fast_problems
    assert problem.message.startswith(message)
