"""The accountability helper, live under a statement of responsibility (a prompt marked
`accountability_coach: true`). It only advises: saving is always fine. Its sentences are fixed
text assembled as Content, never parsed as markup, and never quote the statement."""

from __future__ import annotations

from textual.content import Content as Text
from textual.widgets import Static

from trustroad.accountability.checker import Review, review_statement

HEADS = {
    "empty": "Notes will show here as you write: what helps a statement of responsibility land.",
    "needs-work": "A few notes (saving is always fine):",
    "clear": "Clear: it says what you did, what it did to your partner, and why it was hidden.",
}
SHORT = {"good-action": "what you did", "good-impact": "its impact", "good-why-hidden": "why it was hidden"}


def render_review(review: Review) -> Text:
    parts: list[Text | str] = [Text.styled(HEADS[review.verdict], "bold")]
    if review.verdict == "empty":
        return Text.assemble(*parts)
    for finding in review.concerns[:3]:  # the first few: a long list would read as a verdict
        parts += [
            "\n",
            Text.styled("→ ", "bold $warning"),
            finding.reason,
            " ",
            Text.styled(finding.suggestion, "italic"),
        ]
    if review.strengths:
        names = ", ".join(SHORT[f.kind] for f in review.strengths if f.kind in SHORT)
        parts += ["\n", Text.styled("✓ ", "bold $success"), f"Already here: {names}."]
    return Text.assemble(*parts)


class AccountabilityPanel(Static):
    """Call `show(statement)` whenever the statement changes."""

    DEFAULT_CSS = """
    AccountabilityPanel {
        height: auto;
        padding: 0 1;
        margin-bottom: 1;
        border-left: thick $accent 50%;
    }
    """

    def __init__(self, statement: str = "", **kwargs) -> None:
        super().__init__("", markup=False, **kwargs)
        self._read = statement
        self.review = review_statement(statement)

    def on_mount(self) -> None:
        self.update(render_review(self.review))

    def show(self, statement: str) -> None:
        if statement == self._read and self.is_mounted:
            return
        self._read = statement
        self.review = review_statement(statement)
        self.update(render_review(self.review))
