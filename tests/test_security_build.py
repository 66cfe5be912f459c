"""The build side of hostile input: the CSP's list of inline scripts, link addresses, `&` in
catalogue text, front matter, and spreadsheet formulas in the open-data CSV."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
from pathlib import Path

import pytest
from mkdocs.config import load_config
from support import ROOT, build_site, copy_project, edit, problems, run_python, where
from test_build import text_of

from generator.html.csp import UnknownScript, allowed_scripts, inline_script_hashes
from generator.outputs.open_data import ACTIONS_CSV, spreadsheet_cell
from generator.outputs.pages import html_front_matter, markdown_url

THEME_FOLDERS = load_config(str(ROOT / "mkdocs.yml")).theme.dirs
_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)


def _sha(body: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"


# --- the Content-Security-Policy ---------------------------------------------------------


def test_each_page_allows_exactly_its_own_inline_scripts(built_site: Path) -> None:
    """The theme's inline scripts (with "." and ".." as base URL) are allowed by hash, and
    the policy lists nothing else; the theme's settings block is data, not a script."""
    bodies: set[str] = set()
    for path in sorted(built_site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        [policy] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
        scripts = [m for m in _SCRIPT.finditer(html) if "src=" not in m.group("attrs")]
        code = [m.group("body") for m in scripts if "application/json" not in m.group("attrs")]
        assert code, path  # the theme writes some on every page
        listed = set(re.findall(r"'sha256-[^']+'", policy.split(";")[1]))
        assert listed == {_sha(body) for body in code}, path
        bodies.update(code)
    assert any('__md_scope=new URL(".",location)' in body for body in bodies)
    assert any('__md_scope=new URL("..",location)' in body for body in bodies)


def test_a_script_that_no_template_writes_stops_the_build(project: Path) -> None:
    edit(project, "content/over/privacy.md", "\n## ", "\n<script>window.x = 1</script>\n\n## ")
    result = run_python(project, "mkdocs", "build", "--strict", "-d", str(project / "site"))
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Traceback" not in output
    assert (
        "over/privacy.html: an inline script that no template writes: "
        "'<script>window.x = 1</script>'. Browser code belongs in js/" in output
    )


def test_the_theme_patterns_take_paths_only_where_the_template_has_a_value() -> None:
    allowed = allowed_scripts(THEME_FOLDERS)
    theme = (
        '__md_scope=new URL("{}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+'
        "_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem("
        't.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{t.setItem('
        'a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}'
    )
    assert allowed.allows(theme.format("../.."))
    assert not allowed.allows(theme.format('x",location),alert(1),new URL("'))
    assert not allowed.allows(theme.format(".") + ";alert(1)")
    assert not allowed.allows("alert(1)")


def test_a_second_settings_block_is_refused() -> None:
    allowed = allowed_scripts(THEME_FOLDERS)
    block = '<script id="__config" type="application/json">{"base": "."}</script>'
    assert inline_script_hashes(f"<body>{block}</body>", allowed, "a.html") == []
    with pytest.raises(UnknownScript, match=r"a\.html: an inline script that no template writes"):
        inline_script_hashes(f"<body>{block}{block}</body>", allowed, "a.html")
    with pytest.raises(UnknownScript):
        inline_script_hashes('<script type="text/x-data">1</script>', allowed, "a.html")


# --- link addresses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            'https://example.org/" onmouseover="x',
            "holds '\"', which a web address cannot hold (write it as %XX)",
        ),
        ("https://example.org/<b>", "holds '<', which a web address cannot hold"),
        ("https://example.org/`x`", "holds '`', which a web address cannot hold"),
        ("'https://example.org/a b'", "holds a space, which a web address cannot hold"),
        ("https://example.org/%zz", "a % must start %XX (two hex digits)"),
        ("javascript:alert(1)", "is not a web address starting with http:// or https://"),
        ("https://known.example@evil.example", "holds a user name (before @)"),
        ("https://example.org:x/", "its port is not a number"),
    ],
)
def test_a_resource_address_that_is_no_plain_web_address(
    project: Path, written: str, message: str
) -> None:
    old = "url: https://opendatacharter.org/principles/"
    edit(project, "catalog/resources.yml", old, f"url: {written}")
    line, column = where(project, "catalog/resources.yml", f"url: {written}")
    [problem] = problems(project)
    assert (problem.file, problem.line, problem.column) == (
        "catalog/resources.yml",
        line,
        column + 5,
    )
    assert problem.field == "resources[1].url"
    assert message in problem.message


def test_addresses_in_links_are_encoded() -> None:
    assert markdown_url("https://a.example/x?b=1&c=2#d") == "https://a.example/x?b=1&amp;c=2#d"
    assert markdown_url('https://a.example/a b"(c)<') == "https://a.example/a%20b%22%28c%29%3C"


# --- catalogue text in pages and files ----------------------------------------------------


TYPED = "Kies &lt;b&gt; of &amp; of &#60; en R&D"
FORMULA = '=HYPERLINK("http://evil.example","klik")'


@pytest.fixture(scope="module")
def edited_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build with entities in a domain title and a formula in another."""
    project = copy_project(tmp_path_factory.mktemp("edited") / "project")
    edit(project, "catalog/domains/kennis.yml", "title: Kennis\n", f"title: '{TYPED}'\n")
    edit(project, "catalog/domains/sponsoring.yml", "title: Sponsoring\n", f"title: '{FORMULA}'\n")
    return build_site(project, project / "site")


def test_entities_and_ampersands_show_as_typed(edited_site: Path) -> None:
    page = (edited_site / "domeinen" / "kennis.html").read_text(encoding="utf-8")
    assert f"<title>{TYPED.replace('&', '&amp;')} - Open Data Zelfscan</title>" in page
    assert text_of(edited_site / "domeinen" / "kennis.html").count(TYPED) >= 3  # h1, nav, header


def test_csv_cells_never_start_a_formula(edited_site: Path) -> None:
    text = (edited_site / ACTIONS_CSV).read_text(encoding="utf-8").lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["domain_title"] for row in rows if row["domain"] == "sponsoring"} == {"'" + FORMULA}
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1"):
        assert spreadsheet_cell(cell) == "'" + cell
    assert spreadsheet_cell("Kennis - en kunde") == "Kennis - en kunde"


def test_front_matter_strings_become_html_text() -> None:
    page = '---\ntitle: "A <b> & \\"c\\""\nhide: [toc]\nsearch: {boost: 2}\n---\n\n# A\n'
    assert html_front_matter(page) == (
        '---\ntitle: "A &lt;b&gt; &amp; &#34;c&#34;"\nhide: ["toc"]\nsearch: {"boost": 2}'
        "\n---\n\n# A\n"
    )
    assert html_front_matter("# No front matter\n") == "# No front matter\n"
