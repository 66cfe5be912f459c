"""The JavaScript unit tests run on rules that generator/outputs/rules.py really makes, not on a
hand-written copy: tests/js/fixture-rules.json is generated from a small catalogue
(tests/fixtures/small_catalog.py) and must be current. Regenerate it with `make fixtures`."""

from __future__ import annotations

from typing import get_type_hints

from fixtures.small_catalog import FIXTURE_JSON, fixture_text

from generator.outputs.rules_model import Rules


def test_the_js_fixture_is_what_the_generator_makes() -> None:
    assert FIXTURE_JSON.read_text(encoding="utf-8") == fixture_text(), (
        "tests/js/fixture-rules.json is stale: run `make fixtures`"
    )


def test_the_rules_have_exactly_the_documented_fields() -> None:
    import json

    rules = json.loads(FIXTURE_JSON.read_text(encoding="utf-8"))
    assert set(rules) == set(get_type_hints(Rules))
