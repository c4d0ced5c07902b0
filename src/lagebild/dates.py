"""Normalising timestamps from input metadata to ISO 8601 with a precision."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime

from lagebild.model import DatePrecision

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


def normalise_timestamp(value: object) -> tuple[str, DatePrecision] | None:
    """Turn an ISO-like string, a datetime or a struct_time into (ISO string, precision).

    The ISO string is as precise as the input: ``2024``, ``2024-05``, ``2024-05-12``,
    ``2024-05-12T09:14`` or ``2024-05-12T09:14:30``, with the UTC offset kept when given.
    Returns None when the value is not a recognisable timestamp.
    """
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        value = datetime(*value[:6], tzinfo=UTC)
    if isinstance(value, datetime):
        if value.second:
            return value.isoformat(timespec="seconds"), "second"
        return value.isoformat(timespec="minutes"), "minute"
    if not isinstance(value, str):
        return None
    text = value.strip()
    m = _ISO.match(text)
    if not m:
        return None
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    try:
        datetime(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None
    if not mo:
        return y, "year"
    if not d:
        return f"{y}-{mo}", "month"
    if not m.group("H"):
        return f"{y}-{mo}-{d}", "day"
    hh, mm, ss = m.group("H"), m.group("M"), m.group("S")
    if int(hh) > 23 or int(mm) > 59:
        return None
    tz = m.group("tz") or ""
    if tz and tz != "Z" and ":" not in tz:
        tz = f"{tz[:3]}:{tz[3:]}"
    if ss and ss != "00":
        return f"{y}-{mo}-{d}T{hh}:{mm}:{ss}{tz}", "second"
    return f"{y}-{mo}-{d}T{hh}:{mm}{tz}", "minute"
