"""Catalogue mistakes that are easy to make and used to give a traceback, a wrong position,
a puzzling message or no message at all: each gets a precise, actionable report."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from support import edit, problems, run_python, where

DOMAIN = "catalog/domains/sponsoring.yml"


def texts(project: Path) -> list[str]:
    return [p.text() for p in problems(project)]


def test_a_file_holding_only_null_is_reported_not_skipped(project: Path) -> None:
    (project / "catalog/process_tool.yml").write_text("~\n", encoding="utf-8")
    (project / "catalog/domains/kennis.yml").write_text("null\n", encoding="utf-8")
    assert texts(project) == [
        "catalog/domains/kennis.yml:1:1: the file is empty",
        "catalog/process_tool.yml:1:1: the file is empty",
    ]


def test_a_broken_shared_file_hides_no_problem_in_the_domains(project: Path) -> None:
    edit(project, "catalog/principles.yml", "title: Standaard open", "title: [Standaard open")
    edit(project, DOMAIN, "  opgestart:\n", "  opgestartt:\n")
    action = "      - id: kennis-"
    edit(
        project,
        "catalog/domains/kennis.yml",
        action,
        "      - id: sponsoring-oops\n        x: 1\n" + action,
    )
    found = texts(project)
    assert any(t.startswith("catalog/principles.yml:") and "YAML syntax error" in t for t in found)
    assert any("unknown maturity level 'opgestartt'" in t for t in found)
    assert any("no descriptor for maturity level 'opgestart'" in t for t in found)
    assert any(
        t.startswith("catalog/domains/kennis.yml:") and "unknown field 'x'" in t for t in found
    )
    # principles.yml is broken, so references to principles are not reported as unknown
    assert not any("unknown principle" in t for t in found)


def test_an_unclosed_quote_is_placed_where_it_opens(project: Path) -> None:
    edit(project, DOMAIN, "title: Sponsoring\n", 'title: "Sponsoring\n')
    line, column = where(project, DOMAIN, '"Sponsoring')
    [problem] = problems(project)
    assert (problem.file, problem.line, problem.column) == (DOMAIN, line, column)
    assert "the quote that opens here is not closed" in problem.message


def test_a_tab_used_for_indentation(project: Path) -> None:
    edit(project, DOMAIN, "  opgestart:\n", "\topgestart:\n")
    line, _ = where(project, DOMAIN, "\topgestart")
    assert texts(project) == [
        f"{DOMAIN}:{line}:1: YAML syntax error: a tab character: YAML indentation must use spaces"
    ]


def test_empty_text_time_like_number_and_empty_list(project: Path) -> None:
    edit(project, DOMAIN, "title: Sponsoring\n", "title:\n")
    other, third = "catalog/domains/kennis.yml", "catalog/domains/ondersteuning.yml"
    edit(project, other, "title: Kennis\n", "title: 12:30\n")
    path = project / third
    path.write_text(
        re.sub(r"(?m)^principles: \[.*\]$", "principles: []", path.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    title_line, _ = where(project, DOMAIN, "title:")
    time_line, time_column = where(project, other, "12:30")
    empty_line, empty_column = where(project, third, "principles: []")
    found = texts(project)
    assert f"{DOMAIN}:{title_line}:7: title: must not be empty: write the text after the colon" in (
        found
    )
    assert (
        f"{other}:{time_line}:{time_column}: title: must be text; YAML read '12:30' as the "
        'number 750, put it in quotes: "12:30"' in found
    )
    assert (
        f"{third}:{empty_line}:{empty_column + len('principles: ')}: principles: needs at "
        "least 1 item" in found
    )


def test_a_domain_file_with_the_yaml_extension_is_not_silently_left_out(project: Path) -> None:
    source = project / "catalog/domains/kennis.yml"
    source.rename(source.with_suffix(".yaml"))
    found = texts(project)
    assert (
        "catalog/domains/kennis.yaml:1:1: domain files end in .yml: rename it to 'kennis.yml', "
        "or it is left out" in found
    )


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_python(cwd, "generator", *args)


def test_cli_catalog_option_before_or_after_the_command(project: Path) -> None:
    elsewhere = project.parent
    for args in (
        ["--catalog", str(project / "catalog"), "check"],
        ["check", "--catalog", str(project / "catalog")],
    ):
        result = run_cli(elsewhere, *args)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Catalogue OK: 11 domains")


def test_cli_run_outside_the_project_says_so_once(project: Path) -> None:
    result = run_cli(project / "catalog", "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "catalog:1:1: no catalogue folder here: run the command in the project folder "
        "(where mkdocs.yml is) or pass --catalog FOLDER",
        "1 problem in the catalogue.",
    ]


def test_the_newest_changelog_entry_cannot_name_an_old_version(project: Path) -> None:
    path = project / "catalog/changelog.yml"
    text = path.read_text(encoding="utf-8")
    title = re.findall(r"^    title: .*\n", text, re.MULTILINE)[0]
    path.write_text(text.replace(title, f"{title}    catalog_version: 0123456789ab\n", 1))
    [problem] = problems(project)
    assert problem.field == "entries[0].catalog_version"
    assert problem.message.startswith("the catalogue is now version ")
    assert "not 0123456789ab" in problem.message


def test_yaml_tags_that_make_other_kinds_of_data_are_refused(project: Path) -> None:
    edit(project, DOMAIN, "title: Sponsoring\n", "title: !!binary U3BvbnNvcmluZw==\n")
    edit(project, DOMAIN, "findings:\n", "extra: !!set {a}\nfindings:\n")
    found = texts(project)
    line, column = where(project, DOMAIN, "!!binary")
    assert (
        f"{DOMAIN}:{line}:{column}: title: YAML tag 'tag:yaml.org,2002:binary' is not used in "
        "the catalogue" in found
    )
    assert any("extra: YAML tag 'tag:yaml.org,2002:set'" in t for t in found)


def test_the_pure_python_parser_reads_the_same(project: Path) -> None:
    """Without libyaml (PyYAML built without it) the loader falls back to PyYAML's own parser:
    same data, same problems, same positions."""
    import importlib
    import sys

    from generator.catalog import loader

    path = project / DOMAIN
    edit(project, DOMAIN, "order: 1\n", "order: 1\norder: 2\nflag: no\n")
    fast, fast_problems = loader.load_yaml(path, DOMAIN)
    saved = sys.modules.get("yaml._yaml")
    sys.modules["yaml._yaml"] = None  # type: ignore[assignment]  # import fails
    try:
        slow_loader = importlib.reload(loader)
        assert slow_loader._Parser.__module__ == loader.__name__  # the fallback class
        slow, slow_problems = slow_loader.load_yaml(path, DOMAIN)
    finally:
        sys.modules["yaml._yaml"] = saved  # type: ignore[assignment]
        importlib.reload(loader)
    assert slow.data == fast.data
    assert [p.text() for p in slow_problems] == [p.text() for p in fast_problems]
    assert len(fast_problems) == 2
    assert slow.position(("levels", "opgestart", "actions", 1, "title")) == fast.position(
        ("levels", "opgestart", "actions", 1, "title")
    )
