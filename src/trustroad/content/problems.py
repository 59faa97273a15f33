"""What is wrong with a content file, in an author's words.

The validation library and the YAML reader describe a problem in their own terms ("Input should
be a valid tuple", "mapping values are not allowed here"). A therapist writing a pack should read
what is wrong, where, and what to write instead: these functions translate. The loader gives them
the raw error; nothing here reads files or imports YAML.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Sequence

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from trustroad.safe_text import printable

# The name of one entry of a list field, for "prompt 2, label".
ENTRY_NAMES = {
    "prompts": "prompt",
    "items": "item",
    "templates": "template",
    "questions": "question",
    "goals": "goal",
    "roles": "role",
}

# What the allowed words of a field are called, for "'essay' is not a kind of step".
CHOICE_NOUNS = {"roles": "a role", "kind": "a kind", "topic": "an agreement topic"}

# A line an author can copy when a required field is missing.
EXAMPLES = {
    "id": "id: my-step",
    "title": "title: A short name",
    "phase": "phase: stabilize",
    "kind": "kind: reading",
    "order": "order: 10",
    "summary": "summary: One line about this step.",
    "label": "label: What would you like to ask?",
    "purpose": "purpose: A sentence about what this part is for.",
    "topic": "topic: when-how-we-talk",
    "wording": "wording: We talk about it at set times.",
}


def near_miss(word: str, choices: Sequence[str]) -> str | None:
    """The one choice `word` is most likely a misspelling of, or None."""
    found = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.75)
    return found[0] if found else None


def shown(value: object, limit: int = 60) -> str:
    """A value from a content file, quoted for a message: no control characters, not too long."""
    text = printable(str(value)).replace("\n", " ")
    return f"'{text[: limit - 1]}…'" if len(text) > limit else f"'{text}'"


def _words(values: Sequence[str], last: str = "or") -> str:
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} {last} {values[-1]}"


def where(loc: Sequence[int | str]) -> str:
    """A field's place in words: ('prompts', 0, 'roles', 1) -> "prompt 1, roles"."""
    parts: list[str] = []
    index = 0
    while index < len(loc):
        part = loc[index]
        following = loc[index + 1] if index + 1 < len(loc) else None
        if isinstance(part, str) and isinstance(following, int) and part != "roles":
            parts.append(f"{ENTRY_NAMES.get(part, part)} {following + 1}")
            index += 2
            continue
        if isinstance(part, str):
            parts.append(part)
        index += 1
    return ", ".join(parts)


def _inner_model(annotation: object) -> type[BaseModel] | None:
    """The model a field holds (itself, in a tuple, or optional), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (tuple, list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def fields_at(model: type[BaseModel], loc: Sequence[int | str]) -> list[str]:
    """The field names the model allows at `loc` (a place in the front matter)."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        info = current.model_fields.get(part)
        current = _inner_model(info.annotation) if info is not None else None
    return list(current.model_fields) if current is not None else []


def field_problem(error: ErrorDetails, model: type[BaseModel]) -> str:
    """One validation error as an author reads it: where, what is wrong, what to write."""
    loc = tuple(p for p in error["loc"] if not str(p).startswith("function-after"))
    kind = error["type"]
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    place = where(loc)
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        example = EXAMPLES.get(field, f"{field}: …")
        owner = where(loc[:-1])
        return f"{owner + ': ' if owner else ''}'{field}' is missing; add a line such as  {example}"
    if kind == "extra_forbidden":
        allowed = [f for f in fields_at(model, loc[:-1]) if f != field]
        guess = near_miss(field, allowed)
        owner = where(loc[:-1])
        start = f"{owner}: " if owner else ""
        if guess:
            return f"{start}{shown(field)} is not a field trustroad knows; did you mean '{guess}'?"
        return f"{start}{shown(field)} is not a field trustroad knows; the fields here are {_words(allowed, 'and')}"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        noun = CHOICE_NOUNS.get(field, "allowed here")
        guess = near_miss(str(value), choices)
        hint = f"did you mean {guess}? " if guess else ""
        verb = f"is not {noun}" if noun != "allowed here" else "is not allowed here"
        return f"{place}: {shown(value)} {verb}; {hint}use {_words(choices)}"
    if kind == "string_pattern_mismatch":
        return f"{place}: {shown(value)} has to be lowercase letters, digits and single hyphens, like my-step-1"
    if kind in ("string_type", "string_too_short") and (value is None or value == ""):
        example = EXAMPLES.get(field, field + ": …")
        # YAML reads everything after " #" as a comment: "title: #1 tip" has an empty title.
        return f"{place} is empty; write it after the colon, as in  {example}  (text starting with # needs quotes)"
    if kind == "string_type" and isinstance(value, (list, dict)):
        return f"{place} should be text, not a list or group of fields; put it in quotes if it starts with [ or {{"
    if kind == "string_type":
        return f'{place}: {shown(value)} should be text; put it in quotes, like  {field}: "{printable(str(value))}"'
    if kind == "string_too_long":
        return f"{place} is {len(str(value))} characters long; keep it to {ctx.get('max_length')} or fewer"
    if kind.startswith("int_"):
        return f"{place}: {shown(value)} is not a whole number; write digits only, like  {field}: 10"
    if kind.startswith("bool_"):
        return f"{place}: {shown(value)} should be true or false"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{place}: {shown(value)} is out of range ({_range(ctx)})"
    if kind in ("tuple_type", "list_type"):
        return f"{place} should be a list: one entry per line starting with '- ', or [a, b] on one line"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        if loc and isinstance(loc[-1], int):
            return f"{place} should be fields (such as id: … and label: …) after its '- ', not a single value"
        return f"{place} should be fields on the lines under it, indented two spaces, not a single value"
    if kind == "too_short":
        return f"{place} needs at least one entry"
    if kind in ("value_error", "assertion_error"):
        message = str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
        return f"{place}: {message}" if place else message
    # Anything else: say which field, and never the library's own wording.
    return (
        f"{place or 'this file'}: {shown(value)} cannot be used here; "
        "compare with a built-in step (trustroad content show stabilize-when-to-talk)"
    )


def _range(ctx: dict[str, object]) -> str:
    if "ge" in ctx:
        return f"at least {ctx['ge']}"
    if "le" in ctx:
        return f"at most {ctx['le']}"
    if "gt" in ctx:
        return f"more than {ctx['gt']}"
    return f"less than {ctx.get('lt')}"


# --- YAML -----------------------------------------------------------------------------------

# Characters YAML reads as its own syntax when a value starts with them.
_SPECIAL_STARTS = "@`*&%!|>{[\"'-?,#"


def _quoted(line: str) -> str:
    """A `key: value` line with its value in double quotes: the fixed example shown to an author."""
    head, _, value = line.strip().partition(": ")
    value = printable(value.strip()).replace("\\", "\\\\").replace('"', '\\"')
    if len(value) > 60:
        value = value[:59] + "…"
    return f'{printable(head)}: "{value}"'


def _key_of(line: str) -> str:
    return printable(line.strip().removeprefix("- ").partition(":")[0])


def yaml_problem(
    text: str, line: int, column: int, problem: str, context: str, context_line: int | None
) -> tuple[int, str]:
    """(line within `text`, message) for a YAML error at `line`/`column` (0-based, as the YAML
    reader counts). The reader's own words differ between its two builds and name its parser's
    states, so the message is chosen from what is on the line, not from those words."""
    lines = text.splitlines() or [""]
    for number, content in enumerate(lines[: line + 1]):
        if "\t" in content[: len(content) - len(content.lstrip())]:
            fixed = printable(content.replace("\t", "  ").rstrip())[:60]
            return number, (
                "this line is indented with a tab; YAML needs spaces (two for each level), so replace each tab "
                f"at the start of the line with two spaces:  '{fixed}'"
            )
    current = lines[min(line, len(lines) - 1)]
    before = current[:column]
    after_key = current.strip().removeprefix("- ").partition(": ")[2].lstrip()
    if "tab" in problem:
        return line, "this line holds a tab; YAML needs spaces (two for each level)"
    if "end of stream" in problem and "quoted" in context:
        start = context_line if context_line is not None else line
        return start, "a quote that opens on this line is never closed; end the value with the same quote mark"
    if "flow" in context:
        start = context_line if context_line is not None else line
        return start, "a list in [ ] that opens on this line is not closed; end it with ]"
    if after_key[:1] in ("'", '"'):
        return line, (
            "the value starts with a quote mark, so YAML ends it at the next one; put the whole value in "
            f'double quotes and write any quote inside as \\", like  {_key_of(current)}: "Say \\"no\\" kindly"'
        )
    if after_key[:1] and after_key[0] in _SPECIAL_STARTS:
        return line, (f"a value that starts with {after_key[0]} must be in quotes, like  {_quoted(current)}")
    if current[column : column + 1] == ":" and ": " in before.strip().removeprefix("- "):
        return line, (
            f"the value of '{_key_of(current)}' holds a colon and a space (': '), which YAML reads as a new "
            f"field; put the whole value in quotes:  {_quoted(current)}"
        )
    above = next((t for t in reversed(lines[:line]) if t.strip()), "")
    if len(current) - len(current.lstrip(" ")) > _indent(above) and not above.rstrip().endswith(":"):
        return line, (
            "this line is indented more than the line above, so YAML reads it as part of that line's value; "
            f"start it in the same column as the field above it:  {printable(current.strip())[:60]}"
        )
    return line, (
        "this line does not line up with the lines above it: the fields of one entry start in the same "
        "column, and every '- ' of a list starts in the same column (two spaces a level)"
    )


def _indent(line: str) -> int:
    """The column where a line's field starts (after a list entry's '- ')."""
    stripped = line.lstrip(" ")
    return len(line) - len(stripped) + (2 if stripped.startswith("- ") else 0)
