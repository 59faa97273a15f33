"""The ranges every data file's days, moments and ids keep (Day, Moment, Id).

The features' models use them, so a hand-edited value outside is refused by the store, with its
field path, before any screen could stumble on it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Protocol, TypeVar

from pydantic import AfterValidator, Field

# Far enough apart for any real workbook, and far from date.min/max, so adding a year of
# review days or converting a moment to another time zone can never overflow.
FIRST_DAY = date(1970, 1, 1)
LAST_DAY = date(2999, 12, 31)
MOMENT_RANGE = Field(ge=datetime(1970, 1, 2, tzinfo=UTC), le=datetime(2999, 12, 30, tzinfo=UTC))


def _with_offset(moment: datetime) -> datetime:
    # A hand-edited time without an offset is read as local time (as the journal does), so
    # that every time compares with every other: naive and aware ones cannot be subtracted.
    return moment if moment.tzinfo is not None else moment.astimezone()


Day = Annotated[date, Field(ge=FIRST_DAY, le=LAST_DAY)]
Moment = Annotated[datetime, MOMENT_RANGE, AfterValidator(_with_offset)]
# Lists show their items by id (an empty one names nothing; the Documents refuse repeats).
Id = Annotated[str, Field(min_length=1)]


class _HasId(Protocol):
    id: str


_Item = TypeVar("_Item", bound=_HasId)


def _ids_differ(items: list[_Item]) -> list[_Item]:
    # Lists on screen (and a repair) find each item by its id: a repeated one could not be shown.
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            raise ValueError(f"item {index} has the same id as an earlier one")
        seen.add(item.id)
    return items


# A list of records whose ids all differ; a file with a repeat is refused by its field path.
UniqueIds = Annotated[list[_Item], AfterValidator(_ids_differ)]
