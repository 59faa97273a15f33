"""PyYAML's part in reading content: the fields of a YAML text, and the file line of a field.

The loader imports this module only when it parses a file, so a start from the cache loads no
YAML at all.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import Node

from trustroad.content.model import Problem
from trustroad.content.problems import yaml_problem

# libyaml's C loader is about ten times faster than the pure-Python one.
LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_fields(text: str, path: Path, first_line: int, problems: list[Problem]) -> dict[object, object] | None:
    """The YAML mapping in text, or None (and a problem at its file line) when it is not one."""
    try:
        data = yaml.load(text, Loader=LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, message = yaml_problem(
            text,
            mark.line if mark else 0,
            mark.column if mark else 0,
            exc.problem or "",
            exc.context or "",
            exc.context_mark.line if exc.context_mark else None,
        )
        problems.append(Problem(path, first_line + line, message))
        return None
    if not isinstance(data, dict):
        problems.append(
            Problem(path, first_line, "expected fields, one a line, each a name, a colon and a value (title: …)")
        )
        return None
    return data


def compose(text: str) -> Node | None:
    """The node tree of a YAML text: slower than parsing it, but it carries the line of every field."""
    return yaml.compose(text, Loader=LOADER)


def line_of(node: Node | None, loc: tuple[int | str, ...], first_line: int) -> int:
    """Follow a pydantic error location through the YAML node tree to a file line."""
    best = node
    for part in loc:
        if isinstance(best, yaml.MappingNode):
            nxt = next((v for k, v in best.value if k.value == part), None)
            if nxt is None:
                # A missing or unknown key: point at the key itself if present, else the mapping.
                key = next((k for k, _ in best.value if k.value == part), None)
                best = key or best
                break
            best = nxt
        elif isinstance(best, yaml.SequenceNode) and isinstance(part, int) and part < len(best.value):
            best = best.value[part]
        else:
            break
    if best is None:
        return first_line
    line: int = best.start_mark.line
    return first_line + line
