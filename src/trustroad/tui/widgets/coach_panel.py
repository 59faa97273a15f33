"""The promise coach, live: what would make a wording easier to keep, and what is already good.

It only advises. It never blocks saving, and it never shows the person's own words back as
markup: the coach's sentences are fixed text, assembled as Content (not parsed).
"""

from __future__ import annotations

from textual.content import Content as Text
from textual.widgets import Static

from trustroad.promises.coach import Review, review_promise
from trustroad.safe_text import printable
from trustroad.tui.person_text import shown

HEADS = {
    "empty": "Ideas will show here as you write.",
    "needs-work": "A few ideas to make it easier to keep (saving is always fine):",
    "small": "Small and concrete: this can be seen being kept.",
    "unread": "The coach reads English only (saving is always fine).",
}


SHORT_STRENGTHS = {
    "good-action": "a concrete action",
    "good-when": "a when",
    "good-often": "a rhythm",
    "good-visible": "something the other person can see",
}


def render_review(review: Review, compact: bool = False) -> Text:
    """The coach's findings (they may quote the wording: printable, literal): one next step,
    then why each point matters. Compact (under a worksheet box): the next step and the
    strengths on one line."""
    parts: list[Text | str] = [Text.styled(HEADS[review.verdict], "bold")]
    if review.verdict == "empty":
        return Text.assemble(*parts)
    if review.next_step:  # one next step, then why each point matters
        parts += ["\n", Text.styled("→ ", "bold $warning"), shown(review.next_step)]
    if compact:
        if review.strengths:
            names = ", ".join(SHORT_STRENGTHS.get(f.kind, f.kind) for f in review.strengths)
            parts += ["\n", Text.styled("✓ ", "bold $success"), f"Already here: {names}."]
        return Text.assemble(*parts)
    for finding in review.concerns:
        parts += ["\n  ", Text.styled(printable(finding.reason), "$text-muted")]
    for finding in review.strengths:
        parts += ["\n", Text.styled("✓ ", "bold $success"), shown(finding.reason)]
    return Text.assemble(*parts)


class CoachPanel(Static):
    """Call `show(wording)` whenever the wording changes; the promise editor also passes the
    frequency and "how will they see it" fields, so the coach reads the whole promise."""

    DEFAULT_CSS = """
    CoachPanel {
        height: auto;
        padding: 0 1;
        margin-bottom: 1;
        border-left: thick $accent 50%;
    }
    """

    def __init__(
        self, wording: str = "", compact: bool = False, frequency: str | None = None, visibility: str = "", **kwargs
    ) -> None:
        super().__init__("", markup=False, **kwargs)
        self.compact = compact
        self._read = (wording, frequency, visibility)
        self.review = review_promise(wording, frequency=frequency, visibility=visibility)

    def on_mount(self) -> None:
        self.update(render_review(self.review, self.compact))

    def show(self, wording: str, frequency: str | None = None, visibility: str = "") -> None:
        read = (wording, frequency, visibility)
        if read == self._read and self.is_mounted:
            return
        self._read = read
        self.review = review_promise(wording, frequency=frequency, visibility=visibility)
        self.update(render_review(self.review, self.compact))


def coach_widgets(wording: str, prompt_id: str) -> list:
    """What a worksheet shows under an answer box marked `coach: true` in its step's front matter."""
    from textual.widgets import Button

    return [
        CoachPanel(wording, compact=True, id=f"coach--{prompt_id}", classes="answer-coach"),
        Button("Save as a promise", id=f"promise-from--{prompt_id}", classes="save-as-promise"),
    ]
