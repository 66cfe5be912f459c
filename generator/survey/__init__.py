"""The staff survey: its question bank as plain data (for pages and the browser) and the files
survey platforms import (a LimeSurvey structure file, a plain question list)."""

from __future__ import annotations

SURVEY_DIR = "bevraging"
LIMESURVEY_FILE = f"{SURVEY_DIR}/open-data-zelfscan-bevraging-limesurvey.txt"
QUESTION_LIST_FILE = f"{SURVEY_DIR}/open-data-zelfscan-vragenlijst.txt"
SURVEY_SCRIPT = "assets/zelfscan/survey.js"
