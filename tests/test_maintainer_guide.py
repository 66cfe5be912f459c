"""Every step of the Dutch maintainer's guide (content/over/beheer.md), done as it says."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml
from support import ROOT, build_site, run_python

from generator.catalog import load_catalog

GUIDE = (ROOT / "content" / "over" / "beheer.md").read_text(encoding="utf-8")


def section(anchor: str) -> str:
    start = GUIDE.index(f"{{: #{anchor} }}")
    end = GUIDE.find("\n## ", start)
    return GUIDE[start : end if end > 0 else None]


def code_blocks(text: str, language: str) -> list[str]:
    """Fenced blocks, without the indentation of their fence (blocks inside list items)."""
    found = re.findall(rf"^( *)```{language}\n(.*?)^\1```", text, re.DOTALL | re.MULTILINE)
    return [re.sub(rf"^{indent}", "", body, flags=re.MULTILINE) for indent, body in found]


def check(project: Path) -> subprocess.CompletedProcess[str]:
    return run_python(project, "generator", "check")


def test_step_1_edit_an_action(project: Path, tmp_path: Path) -> None:
    [example] = code_blocks(section("actie-aanpassen"), "yaml")
    action = yaml.safe_load(example)[0]
    path = project / "catalog" / "domains" / f"{action['id'].split('-')[0]}.yml"
    text = path.read_text(encoding="utf-8")
    assert f"- id: {action['id']}\n" in text  # the guide's example is a real action
    assert f"title: {action['title']}\n" in text
    path.write_text(
        text.replace(f"title: {action['title']}\n", "title: Oefen met OSLO en DCAT-AP\n"),
        encoding="utf-8",
    )
    assert check(project).returncode == 0
    site = build_site(project, tmp_path / "site")
    assert "Oefen met OSLO en DCAT-AP" in (site / "domeinen" / "kennis.html").read_text()
    assert "Oefen met OSLO en DCAT-AP" in (site / "assets/zelfscan/rules.js").read_text()


def test_step_2_add_a_resource(project: Path, tmp_path: Path) -> None:
    block, reference = section("hulpmiddel-toevoegen"), None
    [snippet] = code_blocks(block, "yaml")
    resources = project / "catalog" / "resources.yml"
    resources.write_text(resources.read_text(encoding="utf-8") + snippet, encoding="utf-8")
    reference = re.search(r"`resources: \[([a-z0-9-]+)\]`", block)
    assert reference
    domain = project / "catalog" / "domains" / "kennis.yml"
    text, count = re.subn(
        r"(?m)^resources: \[(.*)\]$", rf"resources: [\1, {reference[1]}]", domain.read_text()
    )
    assert count == 1, "the domain's own resources list was not found"
    domain.write_text(text, encoding="utf-8")
    result = check(project)
    assert result.returncode == 0, result.stderr
    site = build_site(project, tmp_path / "site")
    page = (site / "gidsen" / "hulpmiddelen.html").read_text(encoding="utf-8")
    assert "Handleiding open data van onze gemeente" in page
    assert f'id="{reference[1]}"' in page
    kennis = (site / "domeinen" / "kennis.html").read_text(encoding="utf-8")
    assert f"hulpmiddelen.html#{reference[1]}" in kennis  # the domain links to it


def test_step_3_add_a_domain(project: Path, tmp_path: Path) -> None:
    domains = project / "catalog" / "domains"
    text = (domains / "kennis.yml").read_text(encoding="utf-8")
    text = text.replace("id: kennis", "id: data-ethiek").replace("order: 4", "order: 12")
    # every statement got a new id, so meets: points at the new domain's statements
    text = re.sub(
        r"(?m)^(\s*meets: \[.*)$", lambda m: m[1].replace("kennis-", "data-ethiek-"), text
    )
    text = text.replace("\ntitle: Kennis\n", "\ntitle: Data-ethiek\n")
    # the guide asks for new actions: copied titles would be near-duplicates of Kennis's own
    count = iter(range(1, 100))
    text = re.sub(
        r"(?m)^        title: .*$", lambda _: f"        title: Ethiekstap {next(count)}", text
    )
    said = iter(range(1, 100))  # and new statements: copied ones would repeat Kennis's facts
    text = re.sub(
        r"(?m)^(        text: ).*$", lambda m: f"{m[1]}Ethische vaststelling {next(said)}.", text
    )
    (domains / "data-ethiek.yml").write_text(text, encoding="utf-8")
    result = check(project)
    assert result.returncode == 0, result.stderr
    assert "12 domains" in result.stdout
    site = build_site(project, tmp_path / "site")
    assert (site / "domeinen" / "data-ethiek.html").is_file()
    assert 'href="domeinen/data-ethiek.html"' in (site / "index.html").read_text()  # menu
    scan = (site / "zelfscan.html").read_text(encoding="utf-8")
    assert scan.count('<section class="zs-view zs-step"') == 12
    assert "<strong>12 domeinen.</strong>" in (site / "index.html").read_text()  # home page
    assert '"id":"data-ethiek"' in (site / "assets/zelfscan/rules.js").read_text()


def test_step_4_swap_in_another_charter(project: Path, tmp_path: Path) -> None:
    block = section("charter-vervangen")
    [example] = code_blocks(block, "yaml")
    [command] = code_blocks(block, "sh")
    assert re.search(rf"^{command.split()[1]}:", (ROOT / "Makefile").read_text(), re.MULTILINE)
    (project / "catalog" / "principles.yml").write_text(example, encoding="utf-8")
    result = check(project)
    assert result.returncode == 1
    # check names every place that still points at an old principle, as the guide says
    stale = re.findall(
        r"^catalog/domains/(\S+\.yml):\d+:\d+: \S*principles\[\d+\]: unknown principle",
        result.stderr,
        re.MULTILINE,
    )
    assert {f"{d.id}.yml" for d in load_catalog(ROOT / "catalog", ROOT).domains} <= set(stale)
    message = re.search(r"`(unknown principle '[a-z-]+')`", block)
    assert message and message[1] in result.stderr
    # put the new principle's id in those places, then all is well
    new_id = yaml.safe_load(example)["principles"][0]["id"]
    old_ids = "|".join(p.id for p in load_catalog(ROOT / "catalog", ROOT).principles)
    for path in (project / "catalog" / "domains").glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(rf"\b({old_ids})\b", new_id, text), encoding="utf-8")
    result = check(project)
    assert result.returncode == 0, result.stderr
    site = build_site(project, tmp_path / "site")
    page = (site / "gidsen" / "principes.html").read_text(encoding="utf-8")
    assert "Open Data Charter van Smart Flanders" in page and "plaatsvervanger" not in page


def test_step_5_note_the_change(project: Path, tmp_path: Path) -> None:
    snippet, version_example = code_blocks(section("wijziging-noteren"), "yaml")
    entry = yaml.safe_load(snippet)["entries"][0]
    assert "catalog_version" in yaml.safe_load(version_example)[0]
    published = load_catalog(project / "catalog", project).version  # shown on the site now
    changelog = project / "catalog" / "changelog.yml"
    text = changelog.read_text(encoding="utf-8")
    new = snippet.split("entries:\n", 1)[1]
    changelog.write_text(text.replace("entries:\n", "entries:\n" + new, 1), encoding="utf-8")
    result = check(project)
    assert result.returncode == 1 and "add 'catalog_version:'" in result.stderr  # the reminder
    # the block that was on top gets the version it produced, right under its title
    text = changelog.read_text(encoding="utf-8")
    title = re.findall(r"^    title: .*\n", text, re.MULTILINE)[1]
    changelog.write_text(
        text.replace(title, f"{title}    catalog_version: {published}\n", 1), encoding="utf-8"
    )
    result = check(project)
    assert result.returncode == 0, result.stderr
    site = build_site(project, tmp_path / "site")
    page = (site / "over" / "wijzigingen.html").read_text(encoding="utf-8")
    assert entry["title"] in page and published in page


def test_step_6_preview_and_check_commands_exist() -> None:
    block = section("voorbeeld-bekijken")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for command in code_blocks(block, "sh"):
        target = command.split()[1]
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target
    # the live reload itself is exercised by tests/test_serve.py
    # the preview without installing: pull requests get the site as the named ZIP artifact
    artifact = re.search(r"staat `([a-z-]+)`", block)
    assert artifact
    workflow = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text(encoding="utf-8"))
    uploads = [
        s
        for s in workflow["jobs"]["check-and-build"]["steps"]
        if "actions/upload-artifact" in s.get("uses", "")
    ]
    assert [s["with"]["name"] for s in uploads] == [artifact[1]]
    assert uploads[0]["if"] == "github.event_name == 'pull_request'"
    assert uploads[0]["with"]["path"].endswith("open-data-zelfscan-offline.zip")  # from disk


def test_step_7_the_example_error_is_what_check_prints(project: Path) -> None:
    [example] = code_blocks(section("foutmelding-lezen"), "text")
    file, line, column, field, message = re.fullmatch(
        r"(\S+):(\d+):(\d+): (\S+): (.+)\n", example
    ).groups()
    path = project / file
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = lines[int(line) - 1]
    assert broken[int(column) - 1 :].startswith("middel"), (
        "the guide's line no longer points at an effort"
    )
    lines[int(line) - 1] = broken.replace("middel", "gemiddeld")
    path.write_text("".join(lines), encoding="utf-8")
    result = check(project)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"{file}:{line}:{column}: {field}: {message}"


def test_step_8_publishing_workflow() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML reads the key 'on' as true
    assert "pull_request" in triggers and "push" in triggers
    steps = [
        s.get("run", "") + s.get("uses", "") for s in workflow["jobs"]["check-and-build"]["steps"]
    ]
    # catalogue problems become annotations: `make checks` passes the format to `check`
    assert any("make checks CHECK_FORMAT=github" in s for s in steps)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "generator check $(if $(CHECK_FORMAT),--format $(CHECK_FORMAT))" in makefile
    assert any("mkdocs build --strict" in s for s in steps)
    deploy = workflow["jobs"]["deploy"]
    assert "pull_request" in deploy["if"]  # never deploys from a pull request
    assert any("actions/deploy-pages" in s.get("uses", "") for s in deploy["steps"])


def test_step_2_statements_and_meets(project: Path) -> None:
    """The example statement is real, an action meets it as the guide says, and the message the
    guide quotes is what check prints when no action meets it any more."""
    block = section("uitspraken")
    [example] = code_blocks(block, "yaml")
    statement = yaml.safe_load(example)["gevorderd"]["statements"][0]
    path = project / "catalog" / "domains" / "kennis.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert statement in data["levels"]["gevorderd"]["statements"]
    assert f"`meets: [{statement['id']}]`" in block
    meeting = [
        a["id"] for a in data["levels"]["opgestart"]["actions"] if statement["id"] in a["meets"]
    ]
    assert meeting, "an action under opgestart meets the example statement"
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r"(?m)^(\s*meets: \[)(.*)\]$",
        lambda m: m[1] + ", ".join(x for x in m[2].split(", ") if x != statement["id"]) + "]",
        text,
    )
    text = text.replace("meets: []", "meets: [kennis-juridische-basis]")
    path.write_text(text, encoding="utf-8")
    result = check(project)
    message = re.search(r"`(no action meets statement [^`]+)`", block)
    assert message and message[1] in result.stderr
