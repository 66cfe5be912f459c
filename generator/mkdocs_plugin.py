"""Thin MkDocs glue: load the catalogue once per build and add the generated files.

The only module that imports MkDocs. All real work lives in engine-free modules, so a move to
another engine only needs a new adapter like this one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import TemplateError
from markupsafe import escape
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from generator.catalog import Catalog, load_catalog
from generator.csp import UnknownScript, protect_site
from generator.diagnostics import CatalogError
from generator.offline import OFFLINE_ZIP, zip_site
from generator.pages import DOMAIN_DIR, domain_path, render_text
from generator.site_files import SiteFiles, site_files
from generator.theme_fixes import name_section_toggles


class ZelfscanConfig(Config):
    catalog = c.Type(str, default="catalog")
    """Catalogue folder, relative to mkdocs.yml."""
    scripts = c.Type(str, default="js")
    """Browser scripts folder, relative to mkdocs.yml."""
    offline_zip = c.Type(str, default=OFFLINE_ZIP)
    """Name of the downloadable ZIP of the whole site (empty: no ZIP)."""


def expand_domain_nav(nav: list[Any] | None, catalog: Catalog) -> None:
    """Replace the nav entry pointing at domeinen/index.md by a section with every domain.

    mkdocs.yml names only the overview page, so the list of domains lives once, in catalog/.
    MkDocs themes print nav titles as HTML, so the titles are escaped here, as Markup so that
    a theme's own `| e` does not escape them twice.
    """
    if not nav:
        return
    overview = f"{DOMAIN_DIR}/index.md"
    for item in nav:
        if isinstance(item, dict):
            for title, value in item.items():
                if value == overview:
                    item[title] = [overview] + [
                        {escape(d.title): domain_path(d)} for d in catalog.domains
                    ]
                elif isinstance(value, list):
                    expand_domain_nav(value, catalog)


class ZelfscanPlugin(BasePlugin[ZelfscanConfig]):
    serving = False
    """True under `mkdocs serve`: no CSP (its live-reload script must run) and no ZIP."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path).parent
        try:
            catalog = load_catalog(self.root / self.config.catalog, self.root)
        except CatalogError as error:
            raise PluginError(f"The catalogue has problems:\n{error.report()}") from None
        self.catalog = catalog
        self.files: SiteFiles = site_files(catalog, self.root)
        expand_domain_nav(config.nav, catalog)
        return config

    def on_page_markdown(
        self, markdown: str, *, page: Any, config: MkDocsConfig, files: Files
    ) -> str:
        if not page.meta.get("uses_catalog"):
            return markdown
        try:
            return render_text(markdown, self.catalog)
        except TemplateError as error:  # a mistake in a {{ ... }} of a hand-written page
            raise PluginError(f"{page.file.src_uri}: in a {{{{ ... }}}}: {error}") from None

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for site_path, content in self.files.items():
            if files.get_file_from_path(site_path) is not None:
                raise PluginError(
                    f"'{site_path}' is generated from the catalogue; remove it from "
                    f"{config.docs_dir}"
                )
            if isinstance(content, Path):
                files.append(File.generated(config, site_path, abs_src_path=str(content)))
            else:
                files.append(File.generated(config, site_path, content=content))
        return files

    @event_priority(-100)  # after other plugins changed the page
    def on_post_page(self, output: str, *, page: Any, config: MkDocsConfig) -> str:
        return name_section_toggles(output)

    @event_priority(-100)
    def on_post_template(self, output: str, *, template_name: str, config: MkDocsConfig) -> str:
        return name_section_toggles(output) if template_name.endswith(".html") else output

    @event_priority(-200)  # after every page is written and the offline plugin's search index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.serving:  # a preview: no policy (its live-reload script must run), no download
            return
        site_dir = Path(config.site_dir)
        try:
            protect_site(site_dir, config.theme.dirs)
        except UnknownScript as error:
            raise PluginError(str(error)) from None
        if self.config.offline_zip:
            zip_site(site_dir, self.config.offline_zip)

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.root / self.config.catalog))
        server.watch(str(self.root / self.config.scripts))
        return server
