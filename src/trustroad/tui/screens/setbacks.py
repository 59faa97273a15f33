"""Setbacks and repair: a log of hard moments, how each was talked through, and how quickly.

The figure that matters here is how soon repair comes (median time to repair, the last 90
days against before), not how many setbacks there were.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content as Text
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from trustroad.clock import today
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import SETBACK_LABELS, Setback
from trustroad.promises.repair import repair_trend, talked_through
from trustroad.storage.files import PROMISES_FILE
from trustroad.tui.person_text import shown
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.readable_option_list import ReadableOptionList


class SetbacksScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("n", "log", "Log one"),
        Binding("r", "repair", "Repair"),
        Binding("enter", "repair", "Repair", show=False),
        Binding("p", "app.promises", "Promises", show=False),
    ]

    @property
    def book(self) -> PromisesBook:
        return self.app.promises

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="setbacks-body"):
            yield Static(id="repair-trend", markup=False)
            yield ReadableOptionList(id="setback-list")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Setbacks and repair"
        self.refresh_list()
        self.query_one("#setback-list", OptionList).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "repair":  # a repair goes with a setback: not in the footer before the first
            return bool(self.book.setbacks)
        return True

    def refresh_list(self, keep: str | None = None) -> None:
        self.refresh_bindings()
        trend = repair_trend(self.book, today())
        lines = trend.lines()
        if trend.recent is not None or trend.before is not None:
            # "2 repairs" beside one setback in the list would be a puzzle: say what is counted.
            lines.append("Counted: setbacks talked through, and missed promises owned up to.")
        self.query_one("#repair-trend", Static).update("\n".join(lines))
        listing = self.query_one("#setback-list", OptionList)
        newest = sorted(self.book.setbacks, key=lambda s: s.when, reverse=True)
        if not newest:
            listing.set_options(
                [
                    Option(
                        Text("Nothing logged. Press n when a hard moment comes; it is part of the road."),
                        id="--none--",
                        disabled=True,
                    )
                ]
            )
            return
        listing.set_options(Option(self._label(s), id=s.id) for s in newest)
        ids = [s.id for s in newest]
        listing.highlighted = ids.index(keep) if keep in ids else 0

    def _label(self, setback: Setback) -> Text:
        kind = SETBACK_LABELS.get(setback.kind, setback.kind)
        head = f"{setback.when.astimezone():%a %d %b %Y %H:%M} · {kind} · intensity {setback.intensity}"
        took = setback.time_to_repair
        repaired = (
            Text.styled(talked_through(took), "$success")
            if took is not None
            else Text.styled("not talked through yet (press r when it is)", "$text-muted")
        )
        parts: list[Text | str] = [Text.styled(head, "bold"), "\n   ", repaired]
        if setback.note:
            parts += ["\n   ", shown(setback.note)]
        if setback.how_repaired:
            parts += ["\n   ", Text.styled("Repair: ", "$text-muted"), shown(setback.how_repaired)]
        return Text.assemble(*parts)

    def highlighted(self) -> Setback | None:
        listing = self.query_one("#setback-list", OptionList)
        if listing.highlighted is None:
            return None
        return self.book.setback(listing.get_option_at_index(listing.highlighted).id or "")

    def action_log(self) -> None:
        from trustroad.tui.modals.setback_log import SetbackLogModal

        def done(setback: Setback | None) -> None:
            if setback is not None:
                self.book.add_setback(setback)
                self.app.changed(PROMISES_FILE)
                self.notify("Logged. When you have talked it through, press r to note the repair.", timeout=4)
                self.refresh_list(setback.id)

        self.app.push_screen(SetbackLogModal(), done)

    def action_repair(self) -> None:
        from trustroad.tui.modals.repair import RepairModal

        setback = self.highlighted()
        if setback is None:
            return

        def done(result) -> None:
            if result is not None:
                self.book.repair_setback(setback.id, *result)
                self.app.changed(PROMISES_FILE)
                self.notify("Repair noted. Coming back to each other is the work.", timeout=3)
                self.refresh_list(setback.id)

        self.app.push_screen(
            RepairModal("When was it talked through, and how?", setback.note, setback.how_repaired), done
        )

    def action_back(self) -> None:
        self.app.pop_screen()
