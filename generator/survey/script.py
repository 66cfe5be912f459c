"""The survey as a classic script for the browser (works from file://), like the rules."""

from __future__ import annotations

from typing import Any

from generator.rules import classic_script

SURVEY_GLOBAL = "ZelfscanSurvey"


def survey_script(data: dict[str, Any]) -> str:
    return classic_script(data, SURVEY_GLOBAL, "catalog/survey.yml", "survey")
