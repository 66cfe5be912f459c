"""The whole docs folder as an engine without plugins needs it: hand-written pages from
content/, with the ones that state model facts already rendered, plus every generated file.

The MkDocs plugin does the same in memory (on_files adds the generated files, on_page_markdown
renders a `uses_catalog` page); both call the functions here, so the two cannot drift.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml
from jinja2 import TemplateError

from generator.catalog import Catalog
from generator.engines.build_errors import BuildError
from generator.outputs.pages import render_text
from generator.outputs.site_files import SiteFiles, site_files

# the front matter as MkDocs reads it (mkdocs.utils.meta): '---', YAML, then '---' or '...'
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(?P<yaml>.*?\n)?(?:\.{3}|-{3})[ \t]*\n", re.S)
_USES_CATALOG_LINE = re.compile(r"^uses_catalog[ \t]*:.*\n", re.M)


def render_catalog_page(markdown: str, catalog: Catalog, source: str) -> str:
    """The Markdown of a `uses_catalog: true` page with its `{{ ... }}` filled in from the
    catalogue; a mistake in one is a BuildError that names the page."""
    try:
        return render_text(markdown, catalog)
    except TemplateError as error:
        raise BuildError(f"{source}: in a {{{{ ... }}}}: {error}") from None


def hand_written_page(text: str, catalog: Catalog, source: str) -> str:
    """A content/ page as an engine without our plugin must get it: rendered if its front
    matter says `uses_catalog: true` (and without that line, as it is no template any more),
    otherwise unchanged."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    try:
        meta = yaml.safe_load(match.group("yaml") or "")
    except yaml.YAMLError as error:
        raise BuildError(f"{source}: the front matter is not valid YAML: {error}") from None
    if not isinstance(meta, dict) or not meta.get("uses_catalog"):
        return text
    rest = _USES_CATALOG_LINE.sub("", match.group("yaml"))
    front_matter = f"---\n{rest}---\n" if rest.strip() else ""
    return front_matter + render_catalog_page(text[match.end() :], catalog, source)


def clash_message(site_path: str, docs_dir: str) -> str:
    return f"'{site_path}' is generated from the catalogue; remove it from {docs_dir}"


def check_no_clash(hand_written: Iterable[str], generated: SiteFiles, docs_dir: str) -> None:
    """A hand-written file where a generated one goes would silently win or lose: refuse it."""
    clashes = sorted(set(hand_written) & generated.keys())
    if clashes:
        raise BuildError("\n".join(clash_message(path, docs_dir) for path in clashes))


def _hand_written_files(content_dir: Path) -> Iterable[tuple[str, Path]]:
    for path in sorted(content_dir.rglob("*")):
        relative = path.relative_to(content_dir)
        # MkDocs leaves dot files out of the docs (exclude_docs); so does this
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            yield relative.as_posix(), path


def docs_files(catalog: Catalog, root: Path, content_dir: Path) -> SiteFiles:
    """{docs path: text or source file} for every hand-written and generated file."""
    files: SiteFiles = {}
    for site_path, path in _hand_written_files(content_dir):
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            source = f"{content_dir.name}/{site_path}"
            rendered = hand_written_page(text, catalog, source)
            files[site_path] = rendered if rendered is not text else path
        else:
            files[site_path] = path
    generated = site_files(catalog, root)
    check_no_clash(files, generated, content_dir.name)
    return files | generated
