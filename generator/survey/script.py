"""The survey as a classic script for the browser (works from file://), like the rules."""

from __future__ import annotations

from typing import Any

from generator.outputs.rules import classic_script


def survey_script(data: dict[str, Any]) -> str:
    """window.Zelfscan.survey in the browser, module.exports in node."""
    return classic_script(data, "catalog/survey.yml", "survey")
