"""The real site, built by MkDocs with the plugin (strict), holds every generated page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from support import ROOT, build_site, run_python

from generator.catalog import load_catalog
from generator.outputs.pages import markdown_text
from generator.outputs.rules import build_rules

CATALOG = load_catalog(ROOT / "catalog", ROOT)


def text_of(path: Path) -> str:
    """Visible text of an HTML page, whitespace collapsed (for content assertions)."""

    class Collector(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list) -> None:
            self.skip += tag in ("script", "style")

        def handle_endtag(self, tag: str) -> None:
            self.skip -= tag in ("script", "style")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    collector = Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(collector.parts).split())


def squash(text: str) -> str:
    return " ".join(text.split())


def test_every_domain_page_has_its_descriptors_and_actions(built_site: Path) -> None:
    pages = sorted((built_site / "domeinen").glob("*.html"))
    assert len(pages) == len(CATALOG.domains) + 1 == 12  # 11 domains and the overview
    for domain in CATALOG.domains:
        text = text_of(built_site / "domeinen" / f"{domain.id}.html")
        assert squash(domain.definition) in text
        for level in CATALOG.maturity_levels:
            entry = domain.levels[level.id]
            assert squash(entry.descriptor) in text
            for action in entry.actions:
                assert squash(action.title) in text
                assert squash(action.description) in text
        for principle_id in domain.principles:  # a Dutch translation has the English beside it
            principle = CATALOG.by_id["principle"][principle_id]
            assert principle.title in text, principle.id
            if principle.title_en:
                english = rf"{re.escape(principle.title)} \( ?{re.escape(principle.title_en)} ?\)"
                assert re.search(english, text), principle.id


def test_see_also_links_and_subtitles_on_domain_pages(built_site: Path) -> None:
    """Each 'Zie ook' link sits in its action's item and points at the other action's anchor;
    a subtitle stands under the domain's heading and beside its name in the overview."""
    domain_of = {action.id: domain for domain, _, action in CATALOG.actions()}
    title_of = {action.id: action.title for _, _, action in CATALOG.actions()}
    linked = 0
    for domain, _, action in CATALOG.actions():
        if not action.see_also:
            continue
        html = (built_site / "domeinen" / f"{domain.id}.html").read_text(encoding="utf-8")
        start = html.index(f'id="{action.id}"')
        item = html[start : html.index("</li>", start)]
        assert "<em>Zie ook:</em>" in item, action.id
        for target in action.see_also:
            href = f"{domain_of[target].id}.html#{target}"
            assert f'<a href="{href}">{title_of[target]}</a>' in item, (action.id, target)
            linked += 1
    assert linked >= 9  # every duplicate cluster of the content review links its home
    overview = text_of(built_site / "domeinen" / "index.html")
    subtitled = [d for d in CATALOG.domains if d.subtitle]
    assert {d.id for d in subtitled} >= {
        "sponsoring",
        "attitude-awareness",
        "open-data-governance",
        "dialoog-cocreatie",
    }
    for domain in subtitled:
        html = (built_site / "domeinen" / f"{domain.id}.html").read_text(encoding="utf-8")
        heading_end = html.index("</h1>")
        subtitle = f'<p class="domain-subtitle"><strong>{domain.subtitle}</strong></p>'
        assert html.index(subtitle) == heading_end + len("</h1>\n"), domain.id
        assert f"{domain.title} {domain.subtitle}" in overview


def test_generated_guides_and_overview(built_site: Path) -> None:
    overview = text_of(built_site / "domeinen" / "index.html")
    principles = text_of(built_site / "gidsen" / "principes.html")
    profiles = text_of(built_site / "gidsen" / "profielen.html")
    for domain in CATALOG.domains:
        assert domain.title in overview
    charter = CATALOG.principles_file.charter
    assert squash(charter.description) in principles
    for principle in CATALOG.principles:
        assert principle.title in principles and (principle.title_en or "") in principles
    for note in (charter.stand_in_note, charter.links_note, charter.note):
        assert squash(note or "") in principles
    for profile in CATALOG.profiles:
        assert profile.title in profiles
    for page in ("procestool", "hulpmiddelen"):
        assert (built_site / "gidsen" / f"{page}.html").is_file()


def test_navigation_lists_every_domain_in_model_order(built_site: Path) -> None:
    html = (built_site / "index.html").read_text(encoding="utf-8")
    positions = [html.find(f'href="domeinen/{d.id}.html"') for d in CATALOG.domains]
    assert all(p > 0 for p in positions)
    assert positions == sorted(positions)


def test_rules_script_carries_the_catalogue_version(built_site: Path) -> None:
    script = (built_site / "assets" / "zelfscan" / "rules.js").read_text(encoding="utf-8")
    payload = re.search(r"var rules = (\{.*\});\n", script)
    assert payload
    rules = json.loads(payload.group(1))
    assert rules == json.loads(json.dumps(build_rules(CATALOG)))
    assert rules["catalogVersion"] == CATALOG.version
    page = (built_site / "zelfscan.html").read_text(encoding="utf-8")
    assert f'data-catalog-version="{CATALOG.version}"' in page
    for name in ("rules.js", "engine.js", "exportfile.js", "radar.js", "zelfscan.js"):
        assert f'src="assets/zelfscan/{name}"' in page


def test_selfscan_form_has_a_step_per_domain_with_its_statements(built_site: Path) -> None:
    """Without JavaScript the whole form is there: a step per domain with every statement
    (three answers each), the quick way (a level or don't know) and the need."""
    page = (built_site / "zelfscan.html").read_text(encoding="utf-8")
    assert page.count('<section class="zs-view zs-step"') == len(CATALOG.domains)
    levels, needs = len(CATALOG.maturity_levels), len(CATALOG.need_levels)
    statements = [s for d in CATALOG.domains for e in d.levels.values() for s in e.statements]
    assert page.count('type="radio"') == (
        len(CATALOG.domains) * (levels + needs + 2) + 3 * len(statements)
    )
    for statement in statements:
        assert f'name="st-{statement.id}"' in page
    for domain in CATALOG.domains:
        assert f'href="domeinen/{domain.id}.html"' in page


def test_hand_written_pages_take_model_facts_from_the_catalogue(built_site: Path) -> None:
    home = text_of(built_site / "index.html")
    assert f"{len(CATALOG.domains)} domeinen." in home
    titles = [level.title for level in CATALOG.maturity_levels]
    assert f"{', '.join(titles[:-1])} of {titles[-1]}." in home
    assert "{{" not in home


def test_a_mistake_in_a_page_template_is_reported_with_the_page(project: Path) -> None:
    home = project / "content" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n{{ catalog.domeinen }}\n")
    result = run_python(project, "mkdocs", "build", "--strict", "-d", str(project / "site"))
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in output
    assert "index.md: in a {{ ... }}:" in output and "domeinen" in output


def test_generated_pages_are_not_written_into_content() -> None:
    generated = {"zelfscan.md", "domeinen", "gidsen/principes.md", "gidsen/profielen.md"}
    for name in generated:
        assert not (ROOT / "content" / name).exists()


def test_a_yaml_edit_changes_the_built_site(project: Path, tmp_path: Path) -> None:
    path = project / "catalog" / "domains" / "kennis.yml"
    domain = next(d for d in CATALOG.domains if d.id == "kennis")
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            f"title: {domain.title}\n", "title: Kennis en kunde\n", 1
        ),
        encoding="utf-8",
    )
    site = build_site(project, tmp_path / "site")
    assert "Kennis en kunde" in text_of(site / "domeinen" / "kennis.html")
    assert "Kennis en kunde" in (site / "assets" / "zelfscan" / "rules.js").read_text(
        encoding="utf-8"
    )


def test_catalogue_text_is_shown_as_typed_never_read_as_markdown(
    project: Path, tmp_path: Path
) -> None:
    typed = "Een | teken, <b>geen tag, *geen nadruk*, [geen](link) en {: .geen-attribuut }"
    path = project / "catalog" / "domains" / "kennis.yml"
    descriptor = next(d for d in CATALOG.domains if d.id == "kennis").levels["opgestart"].descriptor
    text = path.read_text(encoding="utf-8")
    first_words = " ".join(descriptor.split()[:4])
    assert first_words in text
    path.write_text(text.replace(first_words, f"{typed} {first_words}", 1), encoding="utf-8")
    site = build_site(project, tmp_path / "site")
    html = (site / "domeinen" / "kennis.html").read_text(encoding="utf-8")
    shown = typed.replace("<", "&lt;").replace(">", "&gt;")
    assert html.count(shown) == 2  # in the level table and in the level's own section
    assert "<b>geen" not in html and "<em>geen nadruk" not in html


def test_export_command_writes_the_same_files(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "export", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    docs = tmp_path / "out" / "docs"
    for domain in CATALOG.domains:
        markdown = (docs / "domeinen" / f"{domain.id}.md").read_text(encoding="utf-8")
        assert markdown.startswith("---\n")
        assert f"# {markdown_text(domain.title)}" in markdown  # escaped: & becomes &amp;
    assert (docs / "assets" / "zelfscan" / "rules.js").is_file()
    assert (docs / "schema" / "zelfscan-export.schema.json").is_file()


def test_the_model_is_published_as_open_data(built_site: Path) -> None:
    import csv
    import io

    data = json.loads(
        (built_site / "open-data" / "open-data-zelfscan-catalogus.json").read_text(encoding="utf-8")
    )
    assert data["catalogVersion"] == CATALOG.version
    assert data["licence"]["id"] == "CC-BY-4.0"
    assert [d["id"] for d in data["domains"]] == [d.id for d in CATALOG.domains]
    text = (built_site / "open-data" / "open-data-zelfscan-acties.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][:10] == [
        "domain",
        "domain_title",
        "level",
        "level_title",
        "id",
        "title",
        "description",
        "profiles",
        "effort",
        "principles",
    ]
    assert len(rows) == 1 + len(CATALOG.actions())
    assert {row[-1] for row in rows[1:]} == {CATALOG.version}
    assert all(row[-2] for row in rows[1:])  # every action meets a statement
    text = (built_site / "open-data" / "open-data-zelfscan-uitspraken.csv").read_text("utf-8")
    statements = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert statements[0] == [
        "domain",
        "domain_title",
        "level",
        "level_title",
        "id",
        "text",
        "met_by",
    ]
    assert len(statements) == 1 + sum(
        len(e.statements) for d in CATALOG.domains for e in d.levels.values()
    )
    assert all(row[-1] for row in statements[1:])  # every statement has an action
    page = text_of(built_site / "over" / "open-data.html")
    assert "CC BY 4.0" in page and CATALOG.version in page
    changelog = text_of(built_site / "over" / "wijzigingen.html")
    assert CATALOG.changelog.entries[0].title in changelog
