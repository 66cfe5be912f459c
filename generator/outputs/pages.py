"""Render the generated Markdown pages from the catalogue with the Jinja2 templates.

Pure: a Catalog in, {site path: markdown} out. MkDocs turns the Markdown into HTML like any
hand-written page, so the theme, search and link checking treat both the same way.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    pass_context,
)
from markupsafe import Markup, escape

from generator.catalog import Catalog
from generator.catalog.models import Action, Domain, Principle
from generator.outputs.export_format import LIMITS, ROUND
from generator.outputs.journey import NEED_QUESTION, scan_effort
from generator.outputs.open_data import ACTIONS_CSV, CATALOG_JSON, LICENCE, STATEMENTS_CSV
from generator.survey import LIMESURVEY_FILE, QUESTION_LIST_FILE
from generator.survey.view import all_questions, by_domain, survey_data

TEMPLATES = Path(__file__).parents[1] / "templates"
DOMAIN_DIR = "domeinen"
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def domain_path(domain: Domain) -> str:
    """The generated Markdown page of a domain, inside the docs folder."""
    return f"{DOMAIN_DIR}/{domain.id}.md"


def page_address(domain: Domain) -> str:
    """The built page of a domain, relative to the site root (use_directory_urls is off)."""
    return f"{DOMAIN_DIR}/{domain.id}.html"


_MARKDOWN_ESCAPES = str.maketrans(
    {c: "\\" + c for c in "\\`*_{}[]>#|"} | {"<": "&lt;", "&": "&amp;"}
)
_MARKDOWN_SIGN = re.compile(r"[\\`*_{}\[\]<>#|&]")  # the same signs: a quick test first


def markdown_text(value: object) -> object:
    """Catalogue text is plain text: shown as typed, never read as Markdown or HTML.

    Every value a Markdown template prints passes here (Jinja2's `finalize`), so a `|` in a
    descriptor cannot cut a table cell, a `<b>` cannot open a tag and a typed `&lt;` shows as
    `&lt;` (Markdown leaves entities alone, so `&` itself must become `&amp;`). What templates
    make on purpose (links, HTML, JSON) is Markup and stays as it is; numbers are left alone.
    """
    if type(value) is not str or not _MARKDOWN_SIGN.search(value):
        return value
    return value.translate(_MARKDOWN_ESCAPES)


_URL_SAFE = "-._~:/?#@!$&*+,;=%"
"""What a link address may keep as written (RFC 3986 without quotes, parentheses and brackets); the
catalogue's Url type already refuses the rest, this is the second line of defence."""


def markdown_url(url: str) -> Markup:
    """`({{ resource.url | href }})`: a web address as the target of a Markdown link.

    Anything that could end the link or the HTML attribute it becomes (spaces, quotes,
    parentheses, `<`) is percent-encoded, and `&` is written as `&amp;` so that Markdown
    cannot read `&lt;` in an address as a character.
    """
    return Markup(quote(url, safe=_URL_SAFE).replace("&", "&amp;"))


def html_front_matter(page: str) -> str:
    """Every text in the front matter of a generated page becomes HTML text.

    Themes print front matter as HTML: mkdocs-material writes `page.meta.title` into
    `<title>` and the header and `page.meta.description` into `content="..."`, unescaped, and
    its search index takes the title as HTML. So the front matter is read back and written
    again with every string escaped (`&`, `<`, `>` and both quotes), whatever the template
    put there: a new field in a template cannot bypass it.
    """
    if not page.startswith("---\n"):
        return page
    end = page.find("\n---\n", 3)
    if end < 0:
        return page
    meta = yaml.load(page[4 : end + 1], Loader=_YamlLoader)
    if not isinstance(meta, dict) or not meta:
        return page
    lines = [
        f"{key}: {json.dumps(_escaped(value), ensure_ascii=False, default=str)}"
        for key, value in meta.items()
    ]
    return "---\n" + "\n".join(lines) + page[end:]


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return str(escape(value))
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    return value


def _link_table(catalog: Catalog) -> dict[str, dict[str, Markup]]:
    """Markdown links to profiles, principles and resources, as written from a page one folder
    deep (domeinen/, gidsen/, over/): made once here instead of once per mention."""
    t = markdown_text
    return {
        "profile": {
            p.id: Markup(f"[{t(p.title)}](../gidsen/profielen.md#{p.id})") for p in catalog.profiles
        },
        "principle": {
            p.id: Markup(f"[{_principle_name(p)}](../gidsen/principes.md#{p.id})")
            for p in catalog.principles
        },
        "resource": {
            r.id: Markup(f"[{t(r.title)}](../gidsen/hulpmiddelen.md#{r.id})")
            for r in catalog.resources
        },
    }


def _principle_name(principle: Principle) -> str:
    """The Dutch title, with the official English name beside it when the charter has one
    (then our Dutch title is only a translation); a Flemish charter has Dutch titles only."""
    title = markdown_text(principle.title)
    if principle.title_en is None:
        return str(title)
    return f"{title} (*{markdown_text(principle.title_en)}*)"


@pass_context
def _links(context: Any, ids: list[str], kind: str) -> Markup:
    """`{{ action.profiles | links('profile') }}`: Markdown links from the page's link table."""
    table = context["link_table"][kind]
    return Markup(", ".join(table[i] for i in ids))  # each entry is Markup already


@cache
def _environment(markdown: bool) -> Environment:
    """One environment per process and kind: templates are compiled once, not on every
    rebuild (Jinja2 still reloads a template whose file changed, for `mkdocs serve`), and
    the compiled code is kept in Jinja2's cache in the user's temporary folder, so that a
    new `mkdocs build` skips compiling (about 60 ms) until a template changes.

    Markdown templates escape every printed text for Markdown (see markdown_text); the HTML
    template of the self-scan form escapes for HTML instead.
    """
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        # one cache per kind: Jinja2 keys compiled code by template only, not by settings
        bytecode_cache=FileSystemBytecodeCache(
            pattern=f"open-data-zelfscan-{'md' if markdown else 'html'}-v1-%s.cache"
        ),
        autoescape=not markdown,
        finalize=markdown_text if markdown else None,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["oneline"] = lambda text: " ".join(str(text).split())
    env.filters["links"] = _links
    env.filters["or_list"] = _or_list
    env.filters["href"] = markdown_url
    return env


def _or_list(values: Any) -> str:
    """`['a', 'b', 'c']` → `a, b of c`."""
    items = [str(v) for v in values]
    return f"{', '.join(items[:-1])} of {items[-1]}" if len(items) > 1 else "".join(items)


def _context(catalog: Catalog) -> dict[str, object]:
    """Everything templates need, with the cross-links worked out once here."""
    levels = catalog.maturity_levels
    next_level = {
        lvl.id: levels[i + 1] if i + 1 < len(levels) else None for i, lvl in enumerate(levels)
    }
    actions_by_principle: dict[str, list[tuple[Domain, Action]]] = defaultdict(list)
    domains_by_principle: dict[str, list[Domain]] = defaultdict(list)
    leading: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    actions_by_resource: dict[str, list[tuple[Domain, Action]]] = defaultdict(list)
    actions_by_id: dict[str, tuple[Domain, Action]] = {}  # for "Zie ook" links (see_also)
    # addresses made here from ids are safe as they are (Markup: no escaping, see markdown_text)
    links = {d.id: Markup(f"../{domain_path(d)}") for d in catalog.domains}
    links |= {r.id: Markup(f"../gidsen/hulpmiddelen.md#{r.id}") for r in catalog.resources}
    for domain in catalog.domains:
        for principle in domain.principles:
            domains_by_principle[principle].append(domain)
    for domain, _level, action in catalog.actions():
        links[action.id] = Markup(f"../{domain_path(domain)}#{action.id}")
        actions_by_id[action.id] = (domain, action)
        for principle in action.principles:
            actions_by_principle[principle].append((domain, action))
        for profile in action.profiles:
            leading[profile][domain.id] += 1
        for resource in action.resources:
            actions_by_resource[resource].append((domain, action))
    return {
        "catalog": catalog,
        "domain_dir": DOMAIN_DIR,
        "link_table": _link_table(catalog),
        "levels": levels,
        "next_level": next_level,
        "top_level": levels[-1],
        "by_id": catalog.by_id,
        "domains_by_principle": domains_by_principle,
        "actions_by_principle": actions_by_principle,
        "actions_by_resource": actions_by_resource,
        "actions_by_id": actions_by_id,
        "leading": leading,
        "plan_aspects": [a for a in catalog.process_tool.aspects if a.on_plan_sheet],
        "links": links,
        "statements": {
            s.id: s for d in catalog.domains for e in d.levels.values() for s in e.statements
        },
        "catalog_json": CATALOG_JSON,
        "actions_csv": ACTIONS_CSV,
        "statements_csv": STATEMENTS_CSV,
        "statement_count": sum(
            len(e.statements) for d in catalog.domains for e in d.levels.values()
        ),
        "action_count": len(catalog.actions()),
        "licence": LICENCE,
        "limesurvey_file": LIMESURVEY_FILE,
        "question_list_file": QUESTION_LIST_FILE,
        "limits": LIMITS,
        "round_rules": ROUND,
        "addresses": {d.id: page_address(d) for d in catalog.domains},
        "need_question": NEED_QUESTION,
        "effort": scan_effort(catalog),
    }


def _survey_context(catalog: Catalog) -> dict[str, object]:
    """What the survey pages need besides the common context: the resolved question bank."""
    data = survey_data(catalog)
    questions = all_questions(data)
    scales = catalog.survey
    return {
        "survey": data,
        "survey_scales": {"agreement": scales.agreement_scale, "frequency": scales.frequency_scale},
        "benchmarked": [q for q in questions if q["benchmark"]],
        "survey_domains": defaultdict(lambda: {"questions": [], "needs": []}, by_domain(data)),
        "survey_background": [
            q["id"]
            for q in questions
            if not q["domain"]
            and q["type"] != "open"
            and not any(o["domain"] for o in q["options"])
        ],
    }


def render_text(markdown: str, catalog: Catalog) -> str:
    """A hand-written page that states facts of the model (how many domains, the names of
    the levels ...) takes them from the catalogue: with `uses_catalog: true` in its front
    matter, its Markdown is a template with the same values as the generated pages."""
    return _environment(markdown=True).from_string(markdown).render(_context(catalog))


def render_pages(catalog: Catalog) -> dict[str, str]:
    """Every generated page, keyed by its path inside the docs folder."""
    env = _environment(markdown=True)
    context = _context(catalog)
    pages = {
        f"{DOMAIN_DIR}/index.md": env.get_template("domains.md.j2").render(context),
        "gidsen/principes.md": env.get_template("principles.md.j2").render(context),
        "gidsen/profielen.md": env.get_template("profiles.md.j2").render(context),
        "gidsen/procestool.md": env.get_template("process_tool.md.j2").render(context),
        "gidsen/hulpmiddelen.md": env.get_template("resources.md.j2").render(context),
        "over/open-data.md": env.get_template("open_data.md.j2").render(context),
        "over/wijzigingen.md": env.get_template("changelog.md.j2").render(context),
        "samenvoegen.md": env.get_template("combine.md.j2").render(context),
        "planblad.md": env.get_template("plan_sheet.md.j2").render(context),
        "zelfscan.md": env.get_template("selfscan.md.j2").render(
            context,
            form=Markup(
                _environment(markdown=False).get_template("selfscan_form.html.j2").render(context)
            ),
        ),
    }
    survey_context = context | _survey_context(catalog)
    pages["gidsen/bevraging.md"] = env.get_template("survey.md.j2").render(survey_context)
    pages["bevraging-analyse.md"] = env.get_template("survey_analysis.md.j2").render(survey_context)
    domain_template = env.get_template("domain.md.j2")
    for domain in catalog.domains:
        pages[domain_path(domain)] = domain_template.render(context, domain=domain)
    return {path: html_front_matter(page) for path, page in pages.items()}
