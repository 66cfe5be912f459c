"""Thin MkDocs glue: load the catalogue once per build, add the generated files, finish the site.

The only module that imports MkDocs. Every step calls an engine-free function that the build
without plugins (`python -m generator export`, `build-zensical`) calls too: site_files and
docs_folder for the files, navigation for the nav, postbuild for the built folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from generator.catalog import Catalog, load_catalog
from generator.catalog.diagnostics import CatalogError
from generator.engines.build_errors import BuildError
from generator.html.offline import OFFLINE_ZIP
from generator.html.postbuild import finish_site
from generator.outputs.docs_folder import clash_message, render_catalog_page
from generator.outputs.navigation import expand_domain_nav
from generator.outputs.site_files import SiteFiles, site_files

__all__ = ["ZelfscanPlugin", "expand_domain_nav"]  # the bench imports expand_domain_nav here


class ZelfscanConfig(Config):
    # the same options and defaults as generator/engines/engine_config.py: PLUGIN_DEFAULTS
    catalog = c.Type(str, default="catalog")
    """Catalogue folder, relative to mkdocs.yml."""
    scripts = c.Type(str, default="js")
    """Browser scripts folder, relative to mkdocs.yml (watched by `mkdocs serve`)."""
    offline_zip = c.Type(str, default=OFFLINE_ZIP)
    """Name of the downloadable ZIP of the whole site (empty: no ZIP)."""


class ZelfscanPlugin(BasePlugin[ZelfscanConfig]):
    serving = False
    """True under `mkdocs serve`: no CSP (its live-reload script must run) and no ZIP."""
    root: Path
    catalog: Catalog
    files: SiteFiles

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path).parent
        try:
            self.catalog = load_catalog(self.root / self.config.catalog, self.root)
        except CatalogError as error:
            raise PluginError(f"The catalogue has problems:\n{error.report()}") from None
        self.files = site_files(self.catalog, self.root)
        expand_domain_nav(config.nav, self.catalog)
        return config

    def on_page_markdown(
        self, markdown: str, *, page: Any, config: MkDocsConfig, files: Files
    ) -> str:
        if not page.meta.get("uses_catalog"):
            return markdown
        try:
            return render_catalog_page(markdown, self.catalog, page.file.src_uri)
        except BuildError as error:
            raise PluginError(str(error)) from None

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for site_path, content in self.files.items():
            if files.get_file_from_path(site_path) is not None:
                raise PluginError(clash_message(site_path, config.docs_dir))
            if isinstance(content, Path):
                files.append(File.generated(config, site_path, abs_src_path=str(content)))
            else:
                files.append(File.generated(config, site_path, content=content))
        return files

    @event_priority(-200)  # after every page is written and the offline plugin's search index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        try:
            finish_site(
                Path(config.site_dir),
                config.theme.dirs,
                site_url=config.site_url,
                policy=not self.serving,
                offline_zip=None if self.serving else self.config.offline_zip or None,
            )
        except BuildError as error:
            raise PluginError(str(error)) from None

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.root / self.config.catalog))
        server.watch(str(self.root / self.config.scripts))
        return server
