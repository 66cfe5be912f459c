"""The site navigation with every domain, made from the catalogue for any engine.

mkdocs.yml names only the domain overview page, so the list of domains lives once, in
catalog/. The MkDocs plugin expands it in memory; `python -m generator export` writes the
expanded nav into the configuration it generates for engines without plugins.
"""

from __future__ import annotations

from typing import Any

from markupsafe import escape

from generator.catalog import Catalog
from generator.outputs.pages import DOMAIN_DIR, domain_path

DOMAIN_OVERVIEW = f"{DOMAIN_DIR}/index.md"


def expand_domain_nav(nav: list[Any] | None, catalog: Catalog) -> None:
    """Replace the nav entry pointing at domeinen/index.md by a section with every domain.

    Themes print nav titles as HTML, so the titles are escaped here, as Markup so that a
    theme's own `| e` does not escape them twice (MkDocs keeps the Markup; a configuration
    file written to disk can only hold the escaped text, see plain_nav).
    """
    if not nav:
        return
    for item in nav:
        if isinstance(item, dict):
            for title, value in item.items():
                if value == DOMAIN_OVERVIEW:
                    item[title] = [DOMAIN_OVERVIEW] + [
                        {escape(d.title): domain_path(d)} for d in catalog.domains
                    ]
                elif isinstance(value, list):
                    expand_domain_nav(value, catalog)


def plain_nav(nav: Any) -> Any:
    """The same nav with plain `str` titles (escaped text), which a YAML writer accepts."""
    if isinstance(nav, dict):
        return {str(key): plain_nav(value) for key, value in nav.items()}
    if isinstance(nav, list):
        return [plain_nav(item) for item in nav]
    return str(nav) if isinstance(nav, str) else nav
