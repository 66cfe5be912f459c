"""Read one YAML file into plain data while remembering where every value came from.

PyYAML's own loader forgets positions, silently merges duplicate keys and turns `no` into
False or `2024-01-01` into a date. We compose the node tree ourselves (with libyaml when it is
there, for speed) and convert it, so that every later error can point at a line and column,
and so that those surprises become clear errors instead of wrong data.

Speed matters here (`check` runs on every edit, `mkdocs serve` on every save): the node tree
is kept and positions are looked up in it only when a problem needs one, and only plain
(unquoted) scalars go through YAML's type guessing, which is what it is for.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, Event, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver, Resolver

from generator.catalog.diagnostics import Diagnostic

try:  # libyaml is an order of magnitude faster; the pure-Python parser is the fallback.
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


Path_ = tuple[str | int, ...]
Position = tuple[int, int]

_BOOL_WORDS = {"true", "false"}
_TAG = "tag:yaml.org,2002:"
_COLLECTION_TAGS = {_TAG + "map", _TAG + "seq"}
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null")}


MAX_DEPTH = 20
"""How deep lists and mappings may nest. The catalogue goes 7 levels down at most (domain,
levels, level, actions, action, profiles, id); a file that goes deeper than this is a mistake,
and nesting thousands deep would exhaust Python's stack in the (recursive) composer."""

_MAY_HAVE_ANCHOR = re.compile(r"&\S")
"""An anchor (`&name`) is `&` right before a name; most files have no `&` like that at all."""


class _TooDeep(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


class _ComposeOnly(_Parser, BaseResolver):  # type: ignore[misc, valid-type]
    """Builds the node tree without guessing tags: most nodes are keys, lists, mappings or
    quoted text, which need no guess. Plain scalars are resolved later, in `_Converter`.

    The composer (libyaml's or PyYAML's) calls descend_resolver before it composes a value
    and ascend_resolver after: counting there stops it MAX_DEPTH levels down, before its
    recursion (or the converter's, which follows the tree) can go deeper.
    """

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        BaseResolver.__init__(self)
        self.depth = 0

    def resolve(self, kind: type, value: Any, implicit: Any) -> None:  # type: ignore[override]
        return None

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeep(current_node)

    def ascend_resolver(self) -> None:
        self.depth -= 1


def _aliases(text: str, display: str) -> list[Diagnostic]:
    """Every alias (`*name`) in the file, refused where it is written.

    The catalogue uses no anchors or aliases: every value is written out where it applies,
    which is what a maintainer reads. Refusing them also keeps loading linear: a few lines of
    aliases of aliases would otherwise expand to billions of values (an "alias bomb"). Only
    files that may hold an anchor are read a second time, as a flat stream of events, after
    the composer has read them (so they are well-formed and not too deep).
    """
    if not _MAY_HAVE_ANCHOR.search(text):
        return []
    first: dict[str, AliasEvent] = {}  # per anchor its first alias: one problem each
    uses: dict[str, int] = {}
    parser = _Parser(text)
    try:
        while not isinstance(event := parser.get_event(), StreamEndEvent):
            if isinstance(event, AliasEvent):
                first.setdefault(event.anchor, event)
                uses[event.anchor] = uses.get(event.anchor, 0) + 1
    finally:
        parser.dispose()
    found = []
    for anchor, event in first.items():
        line, column = _start(event)
        more = uses[anchor] - 1
        found.append(
            Diagnostic(
                display,
                line,
                column,
                "",
                f"an alias (*{anchor}) repeats the value marked &{anchor}"
                + (f" ({more} more time(s) after this one)" if more else "")
                + "; the catalogue does not use anchors and aliases: write the value out",
            )
        )
    return found


_RESOLVER = Resolver()
_MAY_GUESS = frozenset(Resolver.yaml_implicit_resolvers)
"""First characters of plain text that YAML may read as something else than text (a number,
yes/no, null, a date ...). Most values start with a letter YAML leaves alone."""


@dataclass
class LoadedFile:
    """The data of one YAML file, and its node tree to find the position of any value."""

    path: Path
    display: str
    data: Any = None
    text: str = ""
    """The file as read, for quick checks of the whole text (see quality.placeholders)."""
    root: Node | None = None

    def position(self, where: Path_, *, key: bool = False) -> Position:
        """Position of the value (or key) at `where`, or of its nearest known ancestor."""
        found = self._walk(where)
        if found is None:
            return (1, 1)
        key_node, node, _ = found
        return _start(key_node if key and key_node is not None else node)

    def written(self, where: Path_) -> str | None:
        """The text of the value at `where` exactly as written, if it is a single value."""
        found = self._walk(where)
        if found is None or not found[2] or not isinstance(found[1], ScalarNode):
            return None
        return str(found[1].value)

    def _walk(self, where: Path_) -> tuple[Node | None, Node, bool] | None:
        """(key node, value node, whether all of `where` was found) of the deepest match."""
        node = self.root
        if node is None:
            return None
        key_node: Node | None = None
        for part in where:
            child = _child(node, part)
            if child is None:  # not there (any more): the deepest part that is
                return key_node, node, False
            key_node, node = child
        return key_node, node, True

    def diagnostic(self, where: Path_, message: str, *, key: bool = False) -> Diagnostic:
        line, column = self.position(where, key=key)
        return Diagnostic(self.display, line, column, dotted(where), message)


def _child(node: Node, part: str | int) -> tuple[Node | None, Node] | None:
    """(key node or None, value node) one step down, as the converter kept it."""
    if isinstance(node, MappingNode) and isinstance(part, str):
        for key_node, value_node in node.value:  # the first of duplicate keys is the one kept
            if isinstance(key_node, ScalarNode) and str(key_node.value) == part:
                return key_node, value_node
    elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return None, node.value[part]
    return None


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


def _start(node: Node | Event) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Converter:
    """Turns a composed node tree into dicts, lists and scalars, collecting diagnostics.

    The path of a value is passed down as a cheap chain `(parent chain, part)` and only made
    into a tuple when a problem is reported.
    """

    def __init__(self, loaded: LoadedFile) -> None:
        self.loaded = loaded
        self.problems: list[Diagnostic] = []
        self._constructor = SafeConstructor()

    def problem(self, node: Node, chain: Any, message: str) -> None:
        line, column = _start(node)
        where = _unchain(chain)
        self.problems.append(Diagnostic(self.loaded.display, line, column, dotted(where), message))

    def convert(self, node: Node, chain: Any) -> Any:
        if isinstance(node, ScalarNode):
            return self._scalar(node, chain)
        if node.tag is not None and node.tag not in _COLLECTION_TAGS:
            self.problem(node, chain, f"YAML tag '{node.tag}' is not used in the catalogue")
            return None
        if isinstance(node, MappingNode):
            return self._mapping(node, chain)
        return [self.convert(item, (chain, i)) for i, item in enumerate(node.value)]

    def _mapping(self, node: MappingNode, chain: Any) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, chain, "a key must be a plain word, not a list or mapping")
                continue
            key = str(key_node.value)
            if key in first_seen:
                self.problem(
                    key_node,
                    (chain, key),
                    f"duplicate key '{key}' (first used on line {first_seen[key]}); "
                    "YAML would silently keep only the last one",
                )
                continue
            first_seen[key] = key_node.start_mark.line + 1
            result[key] = self.convert(value_node, (chain, key))
        return result

    def _scalar(self, node: ScalarNode, chain: Any) -> Any:
        value = node.value
        if node.tag is not None and node.tag not in _SCALAR_TAGS:  # !!binary, !!python/...
            self.problem(node, chain, f"YAML tag '{node.tag}' is not used in the catalogue")
            return str(value)
        if node.style or (node.tag is None and value[:1] not in _MAY_GUESS):
            return str(value)  # quoted, block or plain text YAML takes as text
        tag = node.tag or _RESOLVER.resolve(ScalarNode, value, (True, False))
        tag = tag.removeprefix(_TAG)
        if tag == "str":
            return str(node.value)
        if tag == "bool" and node.value.lower() not in _BOOL_WORDS:
            self.problem(
                node,
                chain,
                f"'{node.value}' is read by YAML as a yes/no value; "
                f'write true or false, or put the text in quotes: "{node.value}"',
            )
            return node.value
        if tag == "timestamp":
            self.problem(
                node,
                chain,
                f"'{node.value}' is read by YAML as a date; put it in quotes: \"{node.value}\"",
            )
            return node.value
        if tag in {"bool", "int", "float", "null"}:
            node.tag = _TAG + tag  # the constructor picks its function by tag
            return self._constructor.construct_object(node)
        return str(node.value)  # '<<' or '=' without a tag: text


def _unchain(chain: Any) -> Path_:
    parts: list[str | int] = []
    while chain is not None:
        chain, part = chain
        parts.append(part)
    return tuple(reversed(parts))


def load_yaml(path: Path, display: str) -> tuple[LoadedFile, list[Diagnostic]]:
    """Load `path`; syntax and duplicate-key problems come back as diagnostics, never raised."""
    loaded = LoadedFile(path=path, display=display)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return loaded, [Diagnostic(display, 1, 1, "", f"cannot read the file: {error}")]
    loaded.text = text
    parser = _ComposeOnly(text)
    try:
        root = parser.get_single_node()
        aliases = _aliases(text, display)
    except yaml.MarkedYAMLError as error:
        line, column, message = _syntax_error(error, text)
        return loaded, [Diagnostic(display, line, column, "", f"YAML syntax error: {message}")]
    except yaml.YAMLError as error:
        return loaded, [Diagnostic(display, 1, 1, "", f"YAML syntax error: {error}")]
    except _TooDeep as error:
        line, column = _start(error.node)
        message = (
            f"lists and mappings are nested more than {MAX_DEPTH} levels deep here; the "
            "catalogue needs far fewer: check the indentation and the brackets"
        )
        return loaded, [Diagnostic(display, line, column, "", message)]
    finally:
        parser.dispose()
    if aliases:
        return loaded, aliases
    if root is None:
        return loaded, [Diagnostic(display, 1, 1, "", "the file is empty")]
    loaded.root = root
    converter = _Converter(loaded)
    loaded.data = converter.convert(root, None)
    if loaded.data is None and not converter.problems:
        line, column = _start(root)
        converter.problems.append(Diagnostic(display, line, column, "", "the file is empty"))
    return loaded, converter.problems


_HINTS = {
    "mapping values are not allowed": "text that holds ': ' needs quotes around it, "
    "or this line is indented too far",
    "did not find expected key": "check the indentation of this line; text that holds ': ' "
    "or starts with a quote needs quotes around all of it",
    "did not find expected '-' indicator": "check the indentation of the list items",
}


def _syntax_error(error: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """Line, column and a message a maintainer can act on, for a YAML syntax error.

    libyaml's own words stay in the message; the hints say what usually causes them. An
    unclosed quote is placed where the quote opens, not where the file ends.
    """
    mark = error.problem_mark or error.context_mark
    message = " ".join(part for part in (error.context, error.problem) if part)
    if error.context == "while scanning a quoted scalar" and error.context_mark:
        mark = error.context_mark
        message += (
            "; the quote that opens here is not closed (a text in '...' that holds an "
            "apostrophe needs it doubled: '' or double quotes around the text)"
        )
    elif mark and _char_at(text, mark.line, mark.column) == "\t":
        message = "a tab character: YAML indentation must use spaces"
    else:
        message += next(
            (f"; {hint}" for cause, hint in _HINTS.items() if cause in (error.problem or "")), ""
        )
    return (mark.line + 1, mark.column + 1, message) if mark else (1, 1, message)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    return lines[line][column : column + 1] if line < len(lines) else ""
