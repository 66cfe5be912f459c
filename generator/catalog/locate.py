"""Turn pydantic validation errors into diagnostics that point at the YAML source."""

from __future__ import annotations

import difflib
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from generator.catalog.diagnostics import Diagnostic
from generator.catalog.loader import LoadedFile, Path_

_MESSAGES = {
    "missing": "required field is missing",
    "string_type": "must be text",
    "list_type": "must be a list (items on lines starting with '- ')",
    "dict_type": "must be a mapping (lines of 'key: value')",
    "model_type": "must be a mapping (lines of 'key: value')",
    "int_type": "must be a whole number",
    "bool_type": "must be true or false",
}


def _step(annotation: Any, part: str | int) -> Any:
    """The type found one step down `annotation` at `part` (a field, list index or dict key)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _step(get_args(annotation)[0], part)
    if origin in (Union, UnionType):
        models = [arg for arg in get_args(annotation) if _is_model(arg)]
        return _step(models[0], part) if models else None
    if origin in (list, tuple):
        return get_args(annotation)[0]
    if origin is dict:
        return get_args(annotation)[1]
    if _is_model(annotation) and isinstance(part, str) and part in annotation.model_fields:
        return annotation.model_fields[part].annotation
    return None


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _field_names(model: type[BaseModel], where: Path_) -> list[str]:
    """Field names of the model that sits at `where`, for a 'did you mean' hint."""
    current: Any = model
    for part in where:
        current = _step(current, part)
    return list(current.model_fields) if _is_model(current) else []


def _message(
    error: dict[str, Any], where: Path_, model: type[BaseModel], loaded: LoadedFile
) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        name = str(where[-1])
        guess = difflib.get_close_matches(name, _field_names(model, where[:-1]), n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        return f"unknown field '{name}'{hint}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind == "too_short":
        least = error.get("ctx", {}).get("min_length", 1)
        return f"needs at least {least} item{'s' if least != 1 else ''}"
    message = _MESSAGES.get(kind, error["msg"])
    value = error.get("input")
    if kind == "string_type" and value is None:
        return "must not be empty: write the text after the colon"
    written = loaded.written(where) or repr(value)
    if kind == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
        number = "a number" if written == str(value) else f"the number {value!r}"
        message += f"; YAML read '{written}' as {number}, put it in quotes: \"{written}\""
    elif kind == "string_type" and isinstance(value, bool):
        message += f"; YAML read '{written}' as a yes/no value, put it in quotes"
    return message


def _is_validator(part: str | int) -> bool:
    """Pydantic puts validator names such as 'function-after[_url(), str]' into locations."""
    return isinstance(part, str) and "[" in part


def diagnostics_from(
    error: ValidationError, loaded: LoadedFile, model: type[BaseModel]
) -> list[Diagnostic]:
    """One diagnostic per pydantic error, placed on the offending key or value."""
    found: list[Diagnostic] = []
    for item in error.errors(include_url=False):
        loc = tuple(part for part in item["loc"] if part == "[key]" or not _is_validator(part))
        on_key = item["type"] == "extra_forbidden"
        if loc and loc[-1] == "[key]":  # a dict key failed: point at the key itself
            loc, on_key = loc[:-1], True
        found.append(loaded.diagnostic(loc, _message(item, loc, model, loaded), key=on_key))
    return found
