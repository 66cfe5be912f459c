"""Command line: `python -m generator check | export DIR | build-zensical | schema [--check]`.

Exit codes: 0 all good, 1 the catalogue, the site's files or the build have problems (or the
schemas are stale), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.catalog import Catalog, load_catalog
from generator.catalog.diagnostics import CatalogError

ROOT = Path.cwd()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    # --catalog may stand before or after the command; SUPPRESS keeps one from undoing the other
    catalog = argparse.ArgumentParser(add_help=False)
    catalog.add_argument(
        "--catalog", type=Path, default=argparse.SUPPRESS, help="catalogue folder (catalog)"
    )
    parser.add_argument("--catalog", type=Path, default=Path("catalog"), help="catalogue folder")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser(
        "check", parents=[catalog], help="validate the catalogue without building the site"
    )
    check.add_argument("--format", choices=["text", "github"], default="text")
    export = sub.add_parser(
        "export",
        parents=[catalog],
        help="write a project that any engine reading mkdocs.yml builds without our plugin",
    )
    export.add_argument("target", type=Path)
    zensical = sub.add_parser(
        "build-zensical", parents=[catalog], help="build the site with Zensical, then finish it"
    )
    zensical.add_argument("--site-dir", type=Path, default=Path("site"))
    schema = sub.add_parser("schema", help="write the JSON Schemas of the catalogue files")
    schema.add_argument("--check", action="store_true", help="fail if the committed ones are stale")
    schema.add_argument("--out", type=Path, default=Path("catalog/schema"))
    return parser


def _build(command: str, args: argparse.Namespace, catalog: Catalog) -> str:
    """Run `export` or `build-zensical`; the sentence that says what was made."""
    if command == "export":
        from generator.outputs.project_export import export_project

        project = export_project(catalog, ROOT, args.target)
        return f"Wrote {project.files} files and {project.config_file} to {args.target}."
    from generator.engines.zensical_build import build_with_zensical

    pages = build_with_zensical(catalog, ROOT, args.site_dir)
    return f"Built {pages} pages with Zensical into {args.site_dir}."


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "schema":
        from generator.outputs.schema import write_schemas

        return write_schemas(args.out, check=args.check)
    try:
        catalog = load_catalog(args.catalog, ROOT)
    except CatalogError as error:
        print(error.report(args.format if args.command == "check" else "text"), file=sys.stderr)
        count = len(error.diagnostics)
        print(f"{count} problem{'s' if count != 1 else ''} in the catalogue.", file=sys.stderr)
        return 1
    if args.command == "check":
        actions = len(catalog.actions())
        print(
            f"Catalogue OK: {len(catalog.domains)} domains, {actions} actions, "
            f"version {catalog.version}."
        )
        return 0
    from generator.engines.build_errors import BuildError

    try:
        print(_build(args.command, args, catalog))
    except BuildError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
