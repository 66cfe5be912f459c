"""The JavaScript unit tests use the real file-format contract (limits, patterns, formats), not
a copy: tests/js/contract.json is generated from generator/export_format.py and must be current.

Regenerate it with `python -m tests.test_js_fixture` (or `make fixtures`).
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.export_format import browser_contract

CONTRACT = Path(__file__).parent / "js" / "contract.json"


def contract_text() -> str:
    return json.dumps(browser_contract(), indent=2, ensure_ascii=False) + "\n"


def test_the_js_fixture_uses_the_current_contract() -> None:
    assert CONTRACT.read_text(encoding="utf-8") == contract_text(), (
        "tests/js/contract.json is stale: run `make fixtures`"
    )


if __name__ == "__main__":
    CONTRACT.write_text(contract_text(), encoding="utf-8")
