"""Markdown that never links anywhere: a step's text and the summary preview.

trustroad makes no network connections, so no address in a worksheet is ever opened. The loader
already writes a link as "words (address)"; this parser also has no link, image, autolink or
bare-address rules, so whatever is left (a reference link, `<https://…>`) is drawn as the
literal text it is, address included, and there is nothing to click.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual.widgets import Markdown

# The inline and block rules that make something clickable (or fetch an image).
LINK_RULES = ["link", "image", "autolink", "linkify", "reference", "html_inline", "html_block"]


def parser_without_links() -> MarkdownIt:
    return MarkdownIt("gfm-like").disable(LINK_RULES, ignoreInvalid=True)


class ContentMarkdown(Markdown):
    def __init__(self, markdown: str | None = None, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(markdown, id=id, classes=classes, parser_factory=parser_without_links, open_links=False)
