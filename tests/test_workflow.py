"""The GitHub workflow passes zizmor, the GitHub Actions security linter (issue 16).

zizmor runs offline (no GitHub API), with its strictest persona, so that actions pinned only by
a tag, checkouts that keep credentials, unexplained permissions and the like fail here before
they reach main. A second check sees that every pin names the version it stands for.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from support import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ZIZMOR = Path(sys.executable).with_name("zizmor")


def zizmor(*paths: Path) -> subprocess.CompletedProcess[str]:
    command = [str(ZIZMOR), "--offline", "--persona=pedantic", "--format=json"]
    env = {**os.environ, "ZIZMOR_OFFLINE": "true", "NO_COLOR": "1"}
    env.pop("GH_TOKEN", None)
    env.pop("GITHUB_TOKEN", None)
    return subprocess.run(
        [*command, *map(str, paths)], capture_output=True, text=True, env=env, check=False
    )


def test_zizmor_finds_nothing_in_the_workflows() -> None:
    assert WORKFLOWS, "no workflow found"
    result = zizmor(*WORKFLOWS)
    findings = json.loads(result.stdout or "null")
    described = [
        f"{f['ident']}: {f['desc']} ({f['locations'][0]['symbolic']['key']})"
        for f in findings or []
    ]
    assert result.returncode == 0 and findings == [], described or result.stderr


def test_zizmor_reports_an_unpinned_action(tmp_path: Path) -> None:
    """The check above can fail: the same workflow with one action on a tag is reported."""
    workflow = WORKFLOWS[0].read_text(encoding="utf-8")
    broken = re.sub(r"actions/checkout@[0-9a-f]{40} # \S+", "actions/checkout@v4", workflow)
    assert broken != workflow
    (tmp_path / "site.yml").write_text(broken, encoding="utf-8")
    result = zizmor(tmp_path / "site.yml")
    assert result.returncode != 0
    assert "unpinned-uses" in {f["ident"] for f in json.loads(result.stdout)}


def test_every_action_is_pinned_to_a_commit_with_its_version_named() -> None:
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), (
                    f"{path.name}: {line.strip()}"
                )
