"""Content guard: the guidance is complete enough to publish (issue: every domain, every level).

`python -m generator check` enforces the same rules for maintainers (generator/catalog/quality.py);
these tests check the real catalogue directly, so that weakening the checker cannot hide a gap.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml
from support import ROOT, SUBPATH, build_site

from generator.catalog import load_catalog

CATALOG = load_catalog(ROOT / "catalog", ROOT)
PLACEHOLDER = re.compile(r"\b(todo|tbd|lorem|ipsum|xxx+)\b|\.\.\.|…", re.IGNORECASE)


def all_texts(value: object) -> list[str]:
    if isinstance(value, dict):
        return [t for v in value.values() for t in all_texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in all_texts(v)]
    return [value] if isinstance(value, str) else []


def test_eleven_domains_with_four_described_levels() -> None:
    assert len(CATALOG.domains) == 11
    levels = [level.id for level in CATALOG.maturity_levels]
    assert len(levels) == 4
    for domain in CATALOG.domains:
        assert list(domain.levels) == levels, domain.id
        assert all(domain.levels[level].descriptor.strip() for level in levels)


def test_action_counts_per_level() -> None:
    top = CATALOG.maturity_levels[-1].id
    for domain in CATALOG.domains:
        for level, entry in domain.levels.items():
            minimum = 2 if level == top else 3
            assert len(entry.actions) >= minimum, f"{domain.id} {level}"


def test_ids_are_unique_and_references_resolve() -> None:
    actions = Counter(action.id for _, _, action in CATALOG.actions())
    assert [a for a, n in actions.items() if n > 1] == []
    resources = Counter(r.id for r in CATALOG.resources)
    assert [r for r, n in resources.items() if n > 1] == []
    known = {
        "principle": {p.id for p in CATALOG.principles},
        "profile": {p.id for p in CATALOG.profiles},
        "resource": set(resources),
    }
    for domain in CATALOG.domains:
        assert set(domain.principles) <= known["principle"]
        assert set(domain.resources) <= known["resource"]
    for _, _, action in CATALOG.actions():
        assert set(action.profiles) <= known["profile"]
        assert set(action.principles) <= known["principle"]
        assert set(action.resources) <= known["resource"]


def test_no_empty_or_placeholder_text() -> None:
    for text in all_texts(CATALOG.dump()):
        assert text.strip(), "empty text"
        assert not PLACEHOLDER.search(text), text


def test_every_domain_links_a_principle_and_every_profile_leads() -> None:
    assert all(domain.principles for domain in CATALOG.domains)
    leading = {p for _, _, action in CATALOG.actions() for p in action.profiles}
    assert leading == {p.id for p in CATALOG.profiles}


def test_seed_instruments_and_examples_are_on_the_site() -> None:
    """What a municipality would act on, from the five sources, is referenced by actions."""
    used = {r for _, _, action in CATALOG.actions() for r in action.resources}
    used |= {r for domain in CATALOG.domains for r in domain.resources}
    for expected in (
        "gent-datastewards",
        "antwerpen-data-ambassadeurs",
        "leuven-telraam",
        "roeselare-1788-dashboard",
        "harelbeke-power-bi",
        "apps-for-ghent",
        "smart-flanders-bestekbepalingen",
        "oslo",
        "deda",
        "dpia",
        "fair-principes",
        "lode",
    ):
        assert expected in used, f"no action or domain refers to {expected}"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for name in ("href", "src"):
            if tag in ("a", "script", "img", "link") and values.get(name):
                self.targets.append(values[name] or "")


def test_no_broken_internal_link_in_the_built_site(built_site: Path) -> None:
    """Also covers raw-HTML links (the self-scan form) that MkDocs' own check cannot see."""
    pages = {path: _Links() for path in built_site.rglob("*.html")}
    for path, parser in pages.items():
        parser.feed(path.read_text(encoding="utf-8"))
    broken = []
    for path, parser in pages.items():
        for target in parser.targets:
            parts = urlsplit(target)
            if parts.scheme or target.startswith(("//", "mailto:", "#")) or not parts.path:
                continue
            if parts.path.startswith(SUBPATH):  # 404.html links from the site root
                resolved = (built_site / unquote(parts.path).removeprefix(SUBPATH)).resolve()
            else:
                resolved = (path.parent / unquote(parts.path)).resolve()
            if not resolved.exists():
                broken.append(f"{path.relative_to(built_site)} -> {target}")
            elif resolved in pages and parts.fragment and parts.fragment not in pages[resolved].ids:
                broken.append(f"{path.relative_to(built_site)} -> {target} (no such anchor)")
    assert broken == []


def test_every_resource_is_used() -> None:
    """A resource no action or domain refers to is invisible in the guidance: use it or drop it."""
    used = {r for _, _, action in CATALOG.actions() for r in action.resources}
    used |= {r for domain in CATALOG.domains for r in domain.resources}
    assert [r.id for r in CATALOG.resources if r.id not in used] == []


def test_process_tool_has_its_three_dimensions() -> None:
    """Phases x aspects, filled in per theme (the third dimension of the Smart Portrait tool)."""
    tool = CATALOG.process_tool
    assert tool.phases and tool.aspects
    assert len(tool.themes) >= 10
    assert "Databeleid" in tool.themes


# --- the charter is swappable ------------------------------------------------------------

CHARTER_20 = Path(__file__).parent / "fixtures" / "charter-20" / "principles.yml"


def swap_in_charter(project: Path, principles_file: Path) -> list[str]:
    """Put another charter in a project copy and point every domain and action at its
    principles, as a maintainer does (Over > Beheer); returns the new principle ids."""
    (project / "catalog" / "principles.yml").write_text(
        principles_file.read_text(encoding="utf-8"), encoding="utf-8"
    )
    new_ids = [p["id"] for p in yaml.safe_load(principles_file.read_text())["principles"]]
    count = 0
    for index, path in enumerate(sorted((project / "catalog" / "domains").glob("*.yml"))):
        domain = yaml.safe_load(path.read_text(encoding="utf-8"))
        domain["principles"] = [new_ids[(2 * index) % len(new_ids)]]
        domain["principles"].append(new_ids[(2 * index + 1) % len(new_ids)])
        for level in domain["levels"].values():
            for action in level.get("actions", []):
                if action.get("principles"):
                    action["principles"] = [new_ids[count % len(new_ids)]]
                    count += 1
        path.write_text(
            yaml.safe_dump(domain, allow_unicode=True, sort_keys=False, width=100),
            encoding="utf-8",
        )
    return new_ids


def test_a_charter_of_twenty_dutch_principles_replaces_the_stand_in(
    project: Path, tmp_path: Path
) -> None:
    """A maintainer who has the 20 Smart Flanders principles can put them in: pages, the
    self-scan's rules and the open data all follow, and no page still speaks of the stand-in."""
    new_ids = swap_in_charter(project, CHARTER_20)
    charter = load_catalog(project / "catalog", project)
    assert len(charter.principles) == 20 and not charter.principles_file.charter.stand_in
    site = build_site(project, tmp_path / "site")

    page = (site / "gidsen" / "principes.html").read_text(encoding="utf-8")
    for principle in charter.principles:
        assert f'id="{principle.id}"' in page
        assert principle.title in page
    assert "Testcharter met twintig principes" in page
    for stale in ("International", "plaatsvervanger", "Engelse, officiële naam", "None"):
        assert stale not in page, stale
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Testcharter met twintig principes" in home and "plaatsvervanger" not in home

    data = json.loads((site / "open-data" / "open-data-zelfscan-catalogus.json").read_text())
    assert data["principles"]["charter"]["id"] == "testcharter-twintig"
    assert [p["id"] for p in data["principles"]["principles"]] == new_ids
    script = (site / "assets" / "zelfscan" / "rules.js").read_text(encoding="utf-8")
    rules = json.loads(re.search(r"var rules = (\{.*\});\n", script).group(1))
    assert [p["id"] for p in rules["principles"]] == new_ids
    assert all("titleEn" not in p for p in rules["principles"])
    assert {p for d in rules["domains"] for p in d["principles"]} <= set(new_ids)

    first = charter.domains[0]
    domain_page = (site / "domeinen" / f"{first.id}.html").read_text(encoding="utf-8")
    title = charter.by_id["principle"][first.principles[0]].title
    assert f'principes.html#{first.principles[0]}">{title}</a>' in domain_page  # no "(English)"


# --- the priority matrix and the need labels ----------------------------------------------


def test_priorities_never_contradict_the_need_the_user_chose() -> None:
    """The need labels are the seed's own ("Redelijke nood / geen prioriteit", "Sterke nood /
    prioritair"); the site's priorities must not say the opposite of what was just chosen."""
    model = CATALOG.model
    urgent = model.priorities[0].id
    by_id = {p.id: p for p in model.priorities}
    strongest = CATALOG.need_levels[-1]
    for level, row in model.priority_matrix.items():
        for need_id, priority_id in row.items():
            need = CATALOG.by_id["need"][need_id]
            priority = by_id[priority_id]
            text = f"{priority.title} {priority.description}".lower()
            assert not re.search(r"prioriteit \d", text), priority.id  # a rank is not a need
            if "geen prioriteit" in need.title.lower():
                assert priority_id != urgent, (level, need_id)
            if need == strongest:
                assert not re.search(r"geen (dringende )?nood|kan wachten", text), (level, need_id)


# --- one term per thing, and no overstated legal duty ---------------------------------------

FORBIDDEN_TERMS = {
    r"\bGDPR\b": "AVG",
    r"\bPIA\b": "DPIA",
    r"(?i)privacy-impactanalyse": "DPIA",
    r"(?i)misinterpretatie": "verkeerde interpretatie",
    r"(?i)\bstadsmedewerkers?\b": "Administratief medewerker (the id stays 'stadsmedewerker')",
    r"(?i)richtsno": "richtlijn",
    r"(?i)niet te verwarren": "say what the source says and does not say",
}
ID_FIELDS = {"id", "ids", "profiles", "principles", "resources", "see_also", "meets"}
ID_FIELDS |= {"profile", "domain", "statement", "need"}  # the survey's references
TEMPLATES = ROOT / "generator" / "templates"


def _prose(value: object, key: str = "") -> list[str]:
    """Every text a reader sees in a catalogue file: ids and references left out."""
    if key in ID_FIELDS:
        return []
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _prose(v, str(k))]
    if isinstance(value, list):
        return [t for v in value for t in _prose(v, key)]
    return [value] if isinstance(value, str) else []


def site_texts() -> dict[str, list[str]]:
    """Dutch text per file: catalogue prose, hand-written pages and page templates without
    their code (a maintainer's YAML example may show ids). Changelog entries before the newest
    are history, kept as published."""
    texts: dict[str, list[str]] = {}
    for path in sorted((ROOT / "catalog").rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name == "changelog.yml":
            data = data["entries"][:1]
        texts[str(path.relative_to(ROOT))] = _prose(data)
    for path in [*sorted((ROOT / "content").rglob("*.md")), *sorted(TEMPLATES.glob("*.j2"))]:
        text = re.sub(r"(?ms)^( *)```.*?^\1```", "", path.read_text(encoding="utf-8"))
        texts[str(path.relative_to(ROOT))] = [re.sub(r"`[^`\n]*`", "", text)]
    return texts


def test_one_term_per_thing() -> None:
    hits = [
        f"{file}: '{match.group(0)}' (write {instead})"
        for file, texts in site_texts().items()
        for text in texts
        for pattern, instead in FORBIDDEN_TERMS.items()
        for match in re.finditer(pattern, text)
    ]
    assert hits == []


def overstated_dpia_duties(text: str) -> list[str]:
    """Sentences that tie a DPIA (or "zoals de AVG vraagt") to the AVG as a duty without the
    condition the AVG sets: a processing that is likely to carry a high risk."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", " ".join(text.split())):
        about_dpia = re.search(r"DPIA|gegevensbeschermingseffectbeoordeling", sentence)
        duty = re.search(r"zoals de AVG (vraagt|eist|wil)|verplicht|vereist|moet", sentence)
        conditioned = re.search(r"hoog risico|hoge risico", sentence)
        if (about_dpia or "zoals de AVG" in sentence) and duty and not conditioned:
            found.append(sentence)
    return found


def test_the_overstated_dpia_sentence_is_recognised() -> None:
    """The detector below catches the sentence the content review found (F2)."""
    old = (
        "Verwerkt een project persoonsgegevens? Dan maak je een DPIA, zoals de AVG vraagt, en "
        "betrek je de functionaris voor gegevensbescherming van bij het begin."
    )
    assert overstated_dpia_duties(old) == [old.split("? ", 1)[1]]
    assert overstated_dpia_duties("De AVG maakt een DPIA verplicht bij een hoog risico.") == []


def test_no_dpia_duty_without_its_high_risk_condition() -> None:
    hits = [
        f"{file}: {sentence}"
        for file, texts in site_texts().items()
        for text in texts
        for sentence in overstated_dpia_duties(text)
    ]
    assert hits == []
