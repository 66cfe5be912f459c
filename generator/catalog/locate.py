"""Turn pydantic validation errors into diagnostics that point at the YAML source."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.catalog.loader import LoadedFile, Path_
from generator.diagnostics import Diagnostic

_MESSAGES = {
    "missing": "required field is missing",
    "string_type": "must be text",
    "list_type": "must be a list (items on lines starting with '- ')",
    "dict_type": "must be a mapping (lines of 'key: value')",
    "model_type": "must be a mapping (lines of 'key: value')",
    "int_type": "must be a whole number",
    "bool_type": "must be true or false",
}


def _field_names(model: type[BaseModel]) -> set[str]:
    """Every field name of a model and the models nested in it, for 'did you mean'."""
    names: set[str] = set()
    seen: set[type] = set()

    def walk(cls: type[BaseModel]) -> None:
        if cls in seen:
            return
        seen.add(cls)
        for name, info in cls.model_fields.items():
            names.add(name)
            for arg in _nested_models(info.annotation):
                walk(arg)

    walk(model)
    return names


def _nested_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in getattr(annotation, "__args__", ()) or ():
        found.extend(_nested_models(arg))
    return found


def _message(error: dict[str, Any], where: Path_, known: set[str]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        name = str(where[-1])
        guess = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        return f"unknown field '{name}'{hint}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    message = _MESSAGES.get(kind, error["msg"])
    value = error.get("input")
    if kind == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
        message += f"; YAML read {value!r} as a number, put it in quotes"
    elif kind == "string_type" and isinstance(value, bool):
        message += f"; YAML read {value!r} as a yes/no value, put it in quotes"
    return message


def _is_validator(part: str | int) -> bool:
    """Pydantic puts validator names such as 'function-after[_url(), str]' into locations."""
    return isinstance(part, str) and "[" in part


def diagnostics_from(
    error: ValidationError, loaded: LoadedFile, model: type[BaseModel]
) -> list[Diagnostic]:
    """One diagnostic per pydantic error, placed on the offending key or value."""
    known = _field_names(model)
    found: list[Diagnostic] = []
    for item in error.errors(include_url=False):
        loc = tuple(part for part in item["loc"] if part == "[key]" or not _is_validator(part))
        on_key = item["type"] == "extra_forbidden"
        if loc and loc[-1] == "[key]":  # a dict key failed: point at the key itself
            loc, on_key = loc[:-1], True
        found.append(loaded.diagnostic(loc, _message(item, loc, known), key=on_key))
    return found
