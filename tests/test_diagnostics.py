"""Every class of catalogue error: break one thing in a copy of the real catalogue and check
the exact file, line, column, field and message that a maintainer gets."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml
from support import edit, problems, run_python, where

from generator.catalog import load_catalog

DOMAIN = "catalog/domains/sponsoring.yml"
OTHER_DOMAIN = "catalog/domains/kennis.yml"


def first_action_id(project: Path, relative: str) -> str:
    for line in (project / relative).read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("- id:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError("no action found")


def test_real_catalogue_is_valid() -> None:
    root = Path(__file__).resolve().parents[1]
    catalog = load_catalog(root / "catalog", root)
    assert len(catalog.domains) == 11
    assert len(catalog.version) == 12


def test_yaml_syntax_error(project: Path) -> None:
    edit(project, "catalog/profiles.yml", "title: Data-expert", "title: [Data-expert")
    line, _ = where(project, "catalog/profiles.yml", "[Data-expert")
    [problem] = problems(project)
    assert problem.file == "catalog/profiles.yml"
    assert problem.line == line + 1  # libyaml notices the missing ']' on the next line
    assert problem.message.startswith("YAML syntax error: ")


def test_duplicate_key(project: Path) -> None:
    edit(
        project,
        "catalog/model.yml",
        "    title: Opgestart\n",
        "    title: Opgestart\n    title: Gestart\n",
    )
    first, _ = where(project, "catalog/model.yml", "title: Opgestart")
    line, column = where(project, "catalog/model.yml", "title: Gestart")
    assert [p.text() for p in problems(project)] == [
        f"catalog/model.yml:{line}:{column}: maturity_levels[1].title: duplicate key 'title' "
        f"(first used on line {first}); YAML would silently keep only the last one"
    ]


def test_wrong_type(project: Path) -> None:
    edit(project, DOMAIN, "order: 1\n", "order: een\n")
    line, column = where(project, DOMAIN, "een")
    assert [p.text() for p in problems(project)] == [
        f"{DOMAIN}:{line}:{column}: order: must be a whole number"
    ]


def test_number_where_text_is_expected(project: Path) -> None:
    edit(project, DOMAIN, "title: Sponsoring\n", "title: 1.10\n")
    line, column = where(project, DOMAIN, "1.10")
    assert [p.text() for p in problems(project)] == [
        f"{DOMAIN}:{line}:{column}: title: must be text; "
        "YAML read '1.10' as the number 1.1, put it in quotes: \"1.10\""
    ]


def test_yes_no_and_dates_are_errors(project: Path) -> None:
    edit(project, "catalog/profiles.yml", "examples: [Loketmedewerker,", "examples: [no,")
    edit(project, "catalog/resources.yml", "title: OSLO-datastandaarden", "title: 2024-01-31")
    found = {p.file: p for p in problems(project)}
    line, column = where(project, "catalog/profiles.yml", "[no,")
    assert found["catalog/profiles.yml"].text() == (
        f"catalog/profiles.yml:{line}:{column + 1}: profiles[0].examples[0]: 'no' is read by YAML "
        'as a yes/no value; write true or false, or put the text in quotes: "no"'
    )
    line, column = where(project, "catalog/resources.yml", "2024-01-31")
    assert found["catalog/resources.yml"].line == line
    assert found["catalog/resources.yml"].column == column
    assert "is read by YAML as a date" in found["catalog/resources.yml"].message


def test_unknown_key_with_suggestion_and_missing_field(project: Path) -> None:
    edit(project, DOMAIN, "    descriptor:", "    descripton:")
    line, column = where(project, DOMAIN, "descripton:")
    texts = [p.text() for p in problems(project)]
    assert (
        f"{DOMAIN}:{line}:{column}: levels.niet-aanwezig.descripton: unknown field "
        "'descripton' (did you mean 'descriptor'?)" in texts
    )
    assert any(
        t.endswith("levels.niet-aanwezig.descriptor: required field is missing") for t in texts
    )


def test_empty_required_text(project: Path) -> None:
    edit(project, "catalog/principles.yml", "title: Standaard open", 'title: "  "')
    line, column = where(project, "catalog/principles.yml", '"  "')
    assert [p.text() for p in problems(project)] == [
        f"catalog/principles.yml:{line}:{column}: principles[0].title: must not be empty"
    ]


def test_invalid_id(project: Path) -> None:
    edit(project, "catalog/profiles.yml", "id: data-expert", "id: Data_Expert")
    texts = [p.text() for p in problems(project)]
    line, column = where(project, "catalog/profiles.yml", "Data_Expert")
    assert texts[0] == (
        f"catalog/profiles.yml:{line}:{column}: profiles[2].id: 'Data_Expert' is not a valid id: "
        "use lowercase letters, digits and single hyphens, like 'open-data-governance'"
    )


def test_unknown_level_and_missing_descriptor(project: Path) -> None:
    edit(project, DOMAIN, "\n  gevorderd:", "\n  gevorderdd:")
    line, column = where(project, DOMAIN, "gevorderdd:")
    levels_line, levels_column = where(project, DOMAIN, "niet-aanwezig:")
    texts = [p.text() for p in problems(project)]
    assert (
        f"{DOMAIN}:{line}:{column}: levels.gevorderdd: unknown maturity level 'gevorderdd' "
        "(known: niet-aanwezig, opgestart, gevorderd, verworven)" in texts
    )
    assert (
        f"{DOMAIN}:{levels_line}:{levels_column}: levels: no descriptor for maturity level "
        "'gevorderd'" in texts
    )


def test_unknown_references(project: Path) -> None:
    text = (project / DOMAIN).read_text(encoding="utf-8")
    # break the first action's first profile and the domain's first principle
    action_profiles = text.index("        profiles: [", text.index("actions:"))
    start = action_profiles + len("        profiles: [")
    end = text.index("]", start)
    text = text[:start] + "burgemeester" + text[end:]
    principles = text.index("\nprinciples: [") + len("\nprinciples: [")
    end = text.index("]", principles)
    text = text[:principles] + "open-by-defualt" + text[end:]
    (project / DOMAIN).write_text(text, encoding="utf-8")
    found = [p for p in problems(project)]
    messages = {p.message.split(" (known")[0]: p for p in found}
    assert set(messages) == {
        "unknown profile 'burgemeester'",
        "unknown principle 'open-by-defualt'",
    }
    line, column = where(project, DOMAIN, "burgemeester")
    assert (
        messages["unknown profile 'burgemeester'"].line,
        messages["unknown profile 'burgemeester'"].column,
    ) == (line, column)
    assert messages["unknown profile 'burgemeester'"].field.endswith(".profiles[0]")
    line, column = where(project, DOMAIN, "open-by-defualt")
    assert messages["unknown principle 'open-by-defualt'"].line == line
    assert messages["unknown principle 'open-by-defualt'"].field == "principles[0]"


def test_unknown_resource(project: Path) -> None:
    text = (project / DOMAIN).read_text(encoding="utf-8")
    if "\nresources: [" in text:
        edit(project, DOMAIN, "\nresources: [", "\nresources: [bestaat-niet, ")
    else:
        edit(project, DOMAIN, "order: 1\n", "order: 1\nresources: [bestaat-niet]\n")
    line, column = where(project, DOMAIN, "bestaat-niet")
    [problem] = problems(project)
    assert (problem.file, problem.line, problem.column) == (DOMAIN, line, column)
    assert problem.field == "resources[0]"
    assert problem.message.startswith("unknown resource 'bestaat-niet' (known: ")


def test_duplicate_id_within_a_file(project: Path) -> None:
    action = first_action_id(project, DOMAIN)
    text = (project / DOMAIN).read_text(encoding="utf-8")
    second = text.index("      - id:", text.index(f"id: {action}") + 1)
    end = text.index("\n", second)
    text = text[:second] + f"      - id: {action}" + text[end:]
    (project / DOMAIN).write_text(text, encoding="utf-8")
    first_line, _ = where(project, DOMAIN, f"id: {action}")
    line, column = where(project, DOMAIN, f"id: {action}", occurrence=2)
    # the overwritten id is gone, so links to it from the changelog or see_also are reported too
    [problem] = [p for p in problems(project) if p.file == DOMAIN]
    assert problem.text().startswith(f"{DOMAIN}:{line}:{column + 4}: levels.")
    assert (
        problem.message == f"duplicate action id '{action}' (already used in {DOMAIN}:{first_line})"
    )


def test_duplicate_ids_across_files(project: Path) -> None:
    # files are read in name order: kennis.yml first, so sponsoring.yml holds the duplicate
    action = first_action_id(project, OTHER_DOMAIN)
    mine = first_action_id(project, DOMAIN)
    edit(project, DOMAIN, f"id: {mine}\n", f"id: {action}\n")
    first_line, _ = where(project, OTHER_DOMAIN, f"id: {action}")
    line, column = where(project, DOMAIN, f"id: {action}")
    # (the changelog may also miss the renamed id; that is not what this test is about)
    [problem] = [p for p in problems(project) if p.file == DOMAIN]
    assert (problem.file, problem.line, problem.column) == (DOMAIN, line, column + 4)
    expected = f"duplicate action id '{action}' (already used in {OTHER_DOMAIN}:{first_line})"
    assert problem.message == expected


def test_copied_domain_file(project: Path) -> None:
    shutil.copy(project / DOMAIN, project / "catalog/domains/sponsoring2.yml")
    found = problems(project)
    copy = [p for p in found if p.file == "catalog/domains/sponsoring2.yml"]
    messages = {p.message.split(" (")[0] for p in copy}
    assert "duplicate domain id 'sponsoring'" in messages
    assert "duplicate domain order '1'" in messages
    assert "the id 'sponsoring' must equal the file name 'sponsoring2'" in messages
    assert any(m.startswith("duplicate action id") for m in messages)


def test_missing_file_and_all_problems_at_once(project: Path) -> None:
    (project / "catalog/process_tool.yml").unlink()
    edit(project, DOMAIN, "order: 1\n", "order: een\n")
    edit(project, "catalog/principles.yml", "title: Standaard open", 'title: ""')
    found = problems(project)
    assert "catalog/process_tool.yml:1:1: file is missing" in [p.text() for p in found]
    assert {p.file for p in found} >= {"catalog/process_tool.yml", DOMAIN, "catalog/principles.yml"}


def test_priority_matrix_gaps(project: Path) -> None:
    edit(
        project, "catalog/model.yml", "    sterke-nood: nu-aanpakken\n", "    sterke-nood: paniek\n"
    )
    line, column = where(project, "catalog/model.yml", "paniek")
    [problem] = problems(project)
    assert (problem.line, problem.column) == (line, column)
    assert problem.message.startswith("unknown priority 'paniek'")


def test_a_stand_in_charter_must_say_why(project: Path) -> None:
    text = (project / "catalog/principles.yml").read_text(encoding="utf-8")
    start = text.index("  stand_in_note: >-\n")
    end = text.index("  links_note:", start)
    (project / "catalog/principles.yml").write_text(text[:start] + text[end:], encoding="utf-8")
    line, column = where(project, "catalog/principles.yml", "true")
    assert [p.text() for p in problems(project)] == [
        f"catalog/principles.yml:{line}:{column}: charter.stand_in: add 'stand_in_note:' saying "
        "which charter the model means and why this one stands in for it"
    ]


def test_too_few_actions_and_placeholders(project: Path) -> None:
    text = (project / DOMAIN).read_text(encoding="utf-8")
    start = text.index("  verworven:")
    block_end = len(text)
    verworven = text[start:block_end]
    head, actions = verworven.split("    actions:\n")
    kept = head + "    actions:\n" + "      - id:" + actions.split("      - id:")[1]
    (project / DOMAIN).write_text(text[:start] + kept.rstrip() + "\n", encoding="utf-8")
    edit(project, "catalog/profiles.yml", "Je voert gegevens in", "TODO Je voert gegevens in")
    texts = [p.text() for p in problems(project)]
    text = (project / DOMAIN).read_text(encoding="utf-8")
    first_item = text.index("- id:", text.index("    actions:", text.index("  verworven:")))
    line = text.count("\n", 0, first_item) + 1
    column = first_item - text.rfind("\n", 0, first_item)
    assert (
        f"{DOMAIN}:{line}:{column}: levels.verworven.actions: 1 action(s); at least 2 are "
        "needed to keep the level" in texts
    )
    assert any(
        "placeholder text 'TODO'" in t and t.startswith("catalog/profiles.yml:") for t in texts
    )


def statement_of(project: Path, domain: str, level: str) -> str:
    """The id of the first statement of a level: what an added action can meet."""
    data = yaml.safe_load((project / "catalog" / "domains" / f"{domain}.yml").read_text("utf-8"))
    return data["levels"][level]["statements"][0]["id"]


def run_cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_python(project, "generator", *args)


def test_cli_reports_everything_and_exits_1_without_traceback(project: Path) -> None:
    edit(project, DOMAIN, "order: 1\n", "order: een\n")
    edit(project, "catalog/principles.yml", "title: Standaard open", 'title: ""')
    result = run_cli(project, "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert any(
        line.startswith(f"{DOMAIN}:") and "order: must be a whole number" in line for line in lines
    )
    assert any(line.startswith("catalog/principles.yml:") for line in lines)
    assert lines[-1] == "2 problems in the catalogue."


def test_cli_github_annotations(project: Path) -> None:
    edit(project, DOMAIN, "order: 1\n", "order: een\n")
    line, column = where(project, DOMAIN, "een")
    result = run_cli(project, "check", "--format", "github")
    assert result.returncode == 1
    assert (
        f"::error file={DOMAIN},line={line},col={column}::order: must be a whole number"
        in result.stderr
    )


def test_cli_ok_on_the_real_catalogue(project: Path) -> None:
    result = run_cli(project, "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Catalogue OK: 11 domains")


def test_mkdocs_build_reports_catalogue_errors_without_traceback(project: Path) -> None:
    edit(project, DOMAIN, "order: 1\n", "order: een\n")
    line, column = where(project, DOMAIN, "een")
    result = run_python(project, "mkdocs", "build", "--strict", "-d", str(project / "site"))
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert f"{DOMAIN}:{line}:{column}: order: must be a whole number" in output


def test_changelog_order_and_ids(project: Path) -> None:
    path = project / "catalog/changelog.yml"
    header = path.read_text(encoding="utf-8").split("entries:", 1)[0]
    path.write_text(
        header
        + """entries:
  - date: 2026-11-23
    title: Eerste versie
    changes:
      - kind: toegevoegd
        text: Alle domeinen.
        ids: [sponsorring, kennis]
      - kind: verwijderd
        text: Een oud domein.
        ids: [kennis]
  - date: "2027-01-01"
    title: Later
    changes:
      - kind: gewijzigd
        text: Iets.
""",
        encoding="utf-8",
    )
    texts = [p.text() for p in problems(project)]
    line, column = where(project, "catalog/changelog.yml", "date: 2026-11-23")
    column += len("date: ")
    assert texts[0].startswith(f"catalog/changelog.yml:{line}:{column}: entries[0].date: ")
    assert "is read by YAML as a date" in texts[0]
    edit(project, "catalog/changelog.yml", "date: 2026-11-23", 'date: "2026-11-23"')
    texts = [p.text() for p in problems(project)]
    line, column = where(project, "catalog/changelog.yml", '"2027-01-01"')
    assert (
        f"catalog/changelog.yml:{line}:{column}: entries[1].date: entries must be ordered "
        "newest first" in texts
    )
    line, column = where(project, "catalog/changelog.yml", "sponsorring")
    assert (
        f"catalog/changelog.yml:{line}:{column}: entries[0].changes[0].ids[0]: no domain, "
        "statement, action or resource 'sponsorring'" in texts
    )
    line, column = where(project, "catalog/changelog.yml", "kennis", occurrence=2)
    assert (
        f"catalog/changelog.yml:{line}:{column}: entries[0].changes[1].ids[0]: 'kennis' is "
        "marked removed but still exists" in texts
    )


def test_see_also_must_name_another_existing_action(project: Path) -> None:
    edit(
        project,
        DOMAIN,
        "see_also: [visie-strategie-visienota]",
        "see_also: [visie-strategie-visienotaa, sponsoring-nota-meerwaarde]",
    )
    missing_line, missing_column = where(project, DOMAIN, "visie-strategie-visienotaa")
    self_line, self_column = where(project, DOMAIN, "sponsoring-nota-meerwaarde]")
    field = "levels.niet-aanwezig.actions[1].see_also"
    assert [p.text() for p in problems(project)] == [
        f"{DOMAIN}:{missing_line}:{missing_column}: {field}[0]: unknown action "
        "'visie-strategie-visienotaa' (see_also takes ids of existing actions)",
        f"{DOMAIN}:{self_line}:{self_column}: {field}[1]: an action cannot refer to itself",
    ]


NEAR_COPY = "Neem de Smart Flanders-bestekbepalingen voor open data op in het bestek"


def test_near_duplicate_title_in_another_domain(project: Path) -> None:
    """A title that shares most content words with a title in another domain is reported on
    the later file, naming the earlier action; one shared word out of three is not."""
    infra = "catalog/domains/infrastructuur.yml"
    first = "    actions:\n      - id: infrastructuur-publiceer-op-vlaams-portaal\n"
    edit(
        project,
        infra,
        first,
        "    actions:\n"
        "      - id: infrastructuur-bestekbepalingen\n"
        f"        title: {NEAR_COPY}\n"
        "        description: Dezelfde stap als in Aankoopbeleid, nog eens geschreven.\n"
        "        profiles: [data-expert]\n"
        "        effort: klein\n"
        f"        meets: [{statement_of(project, 'infrastructuur', 'opgestart')}]\n"
        "      - id: infrastructuur-licentie-op-de-website\n"
        "        title: Zet de open licentie op de website\n"
        "        description: Deelt alleen het woord licentie met een titel bij Kennis.\n"
        "        profiles: [data-expert]\n"
        "        effort: klein\n"
        f"        meets: [{statement_of(project, 'infrastructuur', 'opgestart')}]\n"
        + first.split("\n", 1)[1],
    )
    earlier, _ = where(project, "catalog/domains/aankoopbeleid.yml", "title: Neem de Smart")
    line, column = where(project, infra, NEAR_COPY)
    assert [p.text() for p in problems(project)] == [
        f"{infra}:{line}:{column}: levels.niet-aanwezig.actions[0].title: title shares 5 of 6 "
        "words with the title of action 'aankoopbeleid-smart-flanders-bepalingen' "
        f"(catalog/domains/aankoopbeleid.yml:{earlier}): give the step one home and link it "
        "with see_also, or say in the title what differs"
    ]


def test_the_merged_duplicates_would_be_reported_again(project: Path) -> None:
    """The overlap the content review found stays out: re-adding a removed near-duplicate (the
    Governance copy of 'share with other governments') is a problem again."""
    governance = "catalog/domains/open-data-governance.yml"
    anchor = "      - id: open-data-governance-volg-datakwaliteit\n"
    edit(
        project,
        governance,
        anchor,
        "      - id: open-data-governance-deel-aanpak\n"
        "        title: Deel jullie aanpak met andere besturen\n"
        "        description: Stel jullie databeleid ter beschikking van andere besturen.\n"
        "        profiles: [data-manager]\n"
        "        effort: klein\n"
        f"        meets: [{statement_of(project, 'open-data-governance', 'verworven')}]\n" + anchor,
    )
    found = [p for p in problems(project) if p.file == governance]  # the changelog minds too
    assert [p.field for p in found] == ["levels.verworven.actions[2].title"]
    assert "with the title of action 'kennisdeling-draaiboek-delen'" in found[0].message


def test_knowledge_ratings_cover_every_dimension_and_no_other(project: Path) -> None:
    relative = "catalog/profiles.yml"
    edit(project, relative, "      beleidskennis: laag\n", "      beleidskenis: laag\n")
    unknown = where(project, relative, "beleidskenis")
    missing = where(project, relative, "knowledge:")
    assert [p.text() for p in problems(project)] == [  # in the order of the file
        f"{relative}:{missing[0]}:{missing[1]}: profiles[0].knowledge: no knowledge rating for "
        "'beleidskennis' (laag, gemiddeld or hoog)",
        f"{relative}:{unknown[0]}:{unknown[1]}: profiles[0].knowledge.beleidskenis: unknown "
        "knowledge dimension 'beleidskenis' (known: beleidskennis, datakennis, "
        "open-datakennis, technische-details)",
    ]


def test_knowledge_rating_words(project: Path) -> None:
    relative = "catalog/profiles.yml"
    edit(project, relative, "      datakennis: gemiddeld\n", "      datakennis: middelmatig\n")
    line, column = where(project, relative, "middelmatig")
    [problem] = problems(project)
    assert (problem.file, problem.line, problem.column) == (relative, line, column)
    assert problem.field == "profiles[0].knowledge.datakennis"
    assert "'laag', 'gemiddeld' or 'hoog'" in problem.message


def test_meets_names_the_domain_a_foreign_statement_belongs_to(project: Path) -> None:
    """An action may only meet statements of its own domain; one of another domain is named
    with that domain, an unknown one with the statements that do exist."""
    relative = "catalog/domains/infrastructuur.yml"
    foreign = statement_of(project, "aankoopbeleid", "opgestart")
    edit(
        project,
        relative,
        "        meets: [infrastructuur-datasets-online]\n",
        f"        meets: [{foreign}, infrastructuur-bestaat-niet]\n",
    )
    line, column = where(project, relative, foreign)
    messages = [p.text() for p in problems(project) if p.file == relative and "meets[" in p.field]
    assert messages[0] == (
        f"{relative}:{line}:{column}: levels.niet-aanwezig.actions[0].meets[0]: statement "
        f"'{foreign}' belongs to domain 'aankoopbeleid': an action meets statements of its own "
        "domain"
    )
    assert (
        messages[1]
        .split(": ", 2)[2]
        .startswith(
            "unknown statement 'infrastructuur-bestaat-niet' (known: infrastructuur-datasets-online"
        )
    )
    assert len(messages) == 2
