from datetime import UTC, datetime

import pytest

from lagebild.dates import normalise_timestamp


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", ("2024", "year")),
        ("2024-05", ("2024-05", "month")),
        ("2024-05-12", ("2024-05-12", "day")),
        ("2024-05-12T09:14", ("2024-05-12T09:14", "minute")),
        ("2024-05-12 09:14:00", ("2024-05-12T09:14", "minute")),
        ("2024-05-12T09:14:30+0200", ("2024-05-12T09:14:30+02:00", "second")),
        ("2024-05-12T09:14:00Z", ("2024-05-12T09:14Z", "minute")),
        (datetime(2024, 5, 12, 9, 14, tzinfo=UTC), ("2024-05-12T09:14+00:00", "minute")),
        ("2024-02-30", None),
        ("gestern", None),
        (None, None),
        (12, None),
    ],
)
def test_normalise_timestamp(value: object, expected: object) -> None:
    assert normalise_timestamp(value) == expected
