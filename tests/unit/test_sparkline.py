"""The one text sparkline: a fixed 0–10 scale for the journal, the check-ins and the export."""

from __future__ import annotations

from trustroad.sparkline import BARS, GAP, sparkline


def test_the_ends_of_the_scale_are_0_and_10():
    assert sparkline([0, 10]) == BARS[0] + BARS[-1]


def test_a_rating_going_from_4_to_5_is_one_step():
    four, five = sparkline([4, 5])
    assert BARS.index(five) - BARS.index(four) == 1


def test_the_scale_does_not_follow_the_data():
    # Alone, a 4 and a 5 look the same as beside a 0 and a 10: a wobble never looks like a cliff.
    assert sparkline([4, 5]) == sparkline([0, 4, 5, 10])[1:3]
    assert sparkline([5, 6]) == BARS[4] * 2


def test_gaps_show_and_values_outside_the_scale_are_clamped():
    assert sparkline([0, 10, None, 5]) == "▁█·▅"
    assert sparkline([None]) == GAP
    assert sparkline([12, -3]) == "█▁"
    assert sparkline([]) == ""
