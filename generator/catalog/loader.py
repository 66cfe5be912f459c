"""Read one YAML file into plain data while remembering where every value came from.

PyYAML's own loader forgets positions, silently merges duplicate keys and turns `no` into
False or `2024-01-01` into a date. We compose the node tree ourselves (with libyaml when it is
there, for speed) and convert it, so that every later error can point at a line and column,
and so that those surprises become clear errors instead of wrong data.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.diagnostics import Diagnostic

try:  # libyaml is an order of magnitude faster; the pure-Python loader is the fallback.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

Path_ = tuple[str | int, ...]
Position = tuple[int, int]

_BOOL_WORDS = {"true", "false"}
_TAG = "tag:yaml.org,2002:"


@dataclass
class LoadedFile:
    """The data of one YAML file, with the position of every value and every mapping key."""

    path: Path
    display: str
    data: Any = None
    text: str = ""
    """The file as read, for quick checks of the whole text (see quality.placeholders)."""
    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)

    def position(self, where: Path_, *, key: bool = False) -> Position:
        """Position of the value (or key) at `where`, or of its nearest known ancestor."""
        table = self.keys if key else self.values
        probe = tuple(where)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (1, 1))

    def diagnostic(self, where: Path_, message: str, *, key: bool = False) -> Diagnostic:
        line, column = self.position(where, key=key)
        return Diagnostic(self.display, line, column, dotted(where), message)


def dotted(where: Path_) -> str:
    """`('levels', 'opgestart', 'actions', 2, 'title')` → `levels.opgestart.actions[2].title`."""
    text = ""
    for part in where:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a catalogue loads.

    Loading makes hundreds of thousands of small objects (YAML nodes, dicts, position tuples)
    that form no reference cycles. The collector still walks every live object again and again
    while they pile up, which made loading 1,100 domains two to three times slower. Reference
    counting frees them as usual; the collector runs again once loading is done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _start(node: Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Converter:
    """Turns a composed node tree into dicts, lists and scalars, collecting diagnostics."""

    def __init__(self, loaded: LoadedFile) -> None:
        self.loaded = loaded
        self.problems: list[Diagnostic] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def problem(self, node: Node, where: Path_, message: str) -> None:
        line, column = _start(node)
        self.problems.append(Diagnostic(self.loaded.display, line, column, dotted(where), message))

    def convert(self, node: Node, where: Path_) -> Any:
        self.loaded.values[where] = _start(node)
        if isinstance(node, MappingNode):
            return self._mapping(node, where)
        if isinstance(node, SequenceNode):
            return [self.convert(item, (*where, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, where)

    def _mapping(self, node: MappingNode, where: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, where, "a key must be a plain word, not a list or mapping")
                continue
            key = str(key_node.value)
            if key in first_seen:
                self.problem(
                    key_node,
                    (*where, key),
                    f"duplicate key '{key}' (first used on line {first_seen[key]}); "
                    "YAML would silently keep only the last one",
                )
                continue
            first_seen[key] = key_node.start_mark.line + 1
            self.loaded.keys[(*where, key)] = _start(key_node)
            result[key] = self.convert(value_node, (*where, key))
        return result

    def _scalar(self, node: ScalarNode, where: Path_) -> Any:
        tag = node.tag.removeprefix(_TAG)
        if tag == "str" or node.style:  # quoted or block text is always text
            return str(node.value)
        if tag == "bool" and node.value.lower() not in _BOOL_WORDS:
            self.problem(
                node,
                where,
                f"'{node.value}' is read by YAML as a yes/no value; "
                f'write true or false, or put the text in quotes: "{node.value}"',
            )
            return node.value
        if tag == "timestamp":
            self.problem(
                node,
                where,
                f"'{node.value}' is read by YAML as a date; put it in quotes: \"{node.value}\"",
            )
            return node.value
        if tag in {"bool", "int", "float", "null"}:
            return self._constructor.construct_object(node)
        return str(node.value)


def load_yaml(path: Path, display: str) -> tuple[LoadedFile, list[Diagnostic]]:
    """Load `path`; syntax and duplicate-key problems come back as diagnostics, never raised."""
    loaded = LoadedFile(path=path, display=display)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return loaded, [Diagnostic(display, 1, 1, "", f"cannot read the file: {error}")]
    loaded.text = text
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(part for part in (error.context, error.problem) if part)
        return loaded, [Diagnostic(display, line, column, "", f"YAML syntax error: {message}")]
    except yaml.YAMLError as error:
        return loaded, [Diagnostic(display, 1, 1, "", f"YAML syntax error: {error}")]
    if root is None:
        return loaded, [Diagnostic(display, 1, 1, "", "the file is empty")]
    converter = _Converter(loaded)
    loaded.data = converter.convert(root, ())
    return loaded, converter.problems
