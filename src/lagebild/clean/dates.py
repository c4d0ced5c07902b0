"""Publication date and time from header and footer lines of an article's text.

Recognises the common German and English forms ("Veröffentlicht am 12.05.2024 um 09:14",
"Stand: 03.11.2023 18:02 Uhr", "Datum: 2024-01-15", "12. Mai 2024, 09:14 Uhr",
"Published May 12, 2024"). Only lines that look like a date line qualify: a label such as
"Veröffentlicht" right before the date, or a short line that is mostly the date; a date inside
running prose ("Am 12. Mai 2024 trat ... in Kraft.") is not the publication date. When both a
first-published and an updated date are present, the first-published one wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

# How many lines at each end of the text are searched: date lines sit in the header or footer.
EDGE_LINES = 10
MAX_DATE_LINE = 160  # longer lines are prose, not date lines
MAX_OTHER_WORDS = 4  # an unlabelled date line has at most this many other words ("Berlin, ...")

_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "january": 1,
    "februar": 2, "feber": 2, "feb": 2, "february": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_DATE_FORMS = [
    re.compile(
        r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})(?![\d])"),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\.?\s*" + _MONTH + r"\s+(?P<y>\d{4})", re.IGNORECASE),
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.IGNORECASE),
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})"),
]
_TIME = re.compile(
    r"\s*(?:,|um|at|-|–|\||/|·)?\s*(?:um\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?\s*(?:uhr|h\b|mez|mesz|cet|cest|utc|gmt)?",
    re.IGNORECASE,
)
# Rank 0: first-published labels; 1: neutral labels or a bare date line; 2: updated labels;
# 3: when a programme was on air ("Sendung: Westmark Eins, 20.05.2027, 17:40 Uhr"), which is
# close to, but not, when the page went online: used only when nothing else dates the text.
# Dates of events, deadlines and schedules ("Anpfiff:", "Anmeldeschluss:", "Termin:") are
# never the publication date (_EVENT; see _NOT_PUBLISHED), though their lines are date lines.
_BROADCAST = 3
_EVENT = 4
_LABELS = [
    (
        0,
        re.compile(
            r"(?:veröffentlich\w*|erstveröffentlich\w*|erstmals veröffentlicht|erschienen|publiziert|erstellt|online seit|zuerst online|erstmals online|eingestellt|published|first published|posted|created)\b[^\d]{0,20}$",
            re.IGNORECASE,
        ),
    ),
    (
        2,
        re.compile(
            r"(?:aktualisiert|geändert|bearbeitet|überarbeitet|update|updated|last updated|last modified|modified|stand)\b[^\d]{0,20}$",
            re.IGNORECASE,
        ),
    ),
    (1, re.compile(r"(?:datum|date|vom)\b[^\d]{0,30}$", re.IGNORECASE)),
    # any short participle label: "Online gestellt am", "Hochgeladen am", "Freigeschaltet:",
    # "Liveblog eröffnet am", "Verschickt:", "Redigiert am" (no ge- after be-/er-/ver-/-iert)
    (
        1,
        re.compile(
            r"^\W*(?:[A-Za-zÄÖÜäöüß-]+\s+)?(?:[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|emp|ent|er|ver|zer)[a-zäöüß]{2,}t|[a-zäöüß]{2,}iert)\s*(?:am|on|:)\s*$",
            re.IGNORECASE,
        ),
    ),
]
# Labels that re-rank a date line (they never make one: "Die Sendung läuft am 3. Mai 2029"
# stays prose): air time, an embargo (the release time, so first-published), an event.
_BROADCAST_LABEL = re.compile(
    r"(?:sendung|sendetermin|sendezeit|ausstrahlung|erstausstrahlung|ausgestrahlt|"
    r"im\s+programm|on\s+air|aired|broadcast)\b[^\d]{0,60}$",
    re.IGNORECASE,
)
_EMBARGO = re.compile(r"(?:sperrfrist|embargo)\b[^\d]{0,20}$", re.IGNORECASE)
# a label of an event, deadline or schedule before the date: not when the text was published
_NOT_PUBLISHED = re.compile(
    r"\b(?:termin|termine|veranstaltung|anpfiff|anstoß|spielbeginn|beginn|einlass|kick-?off|"
    r"(?:anmelde|abgabe|einsende|bewerbungs)?frist|anmeldeschluss|einsendeschluss|"
    r"bewerbungsschluss|stichtag|gültig\s+bis|bis\s+zum|"
    r"abfuhr|abholung|wiederholung|nächste[rsn]?|deadline|starts?|event|kickoff|next)\b"
    r"[^\d]{0,30}$",
    re.IGNORECASE,
)
# a sentence ends in a word of four letters or more and a period ("Min." and "Uhr." do not)
_SENTENCE_END = re.compile(r"[a-zäöüß]{4,}\.\s*$")
# lower-case words a date line may hold; any other ("ist", "endet") makes it a sentence
_DATE_LINE_WORDS = frozenset(
    {"am", "um", "den", "vom", "uhr", "im", "von", "bis", "und", "on", "at", "by", "min", "h"}
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_WEEKDAYS = re.compile(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\b\.?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Found:
    rank: int
    when: datetime
    precision: str


def _parse(line: str) -> list[_Found]:
    found: list[_Found] = []
    for form in _DATE_FORMS:
        for m in form.finditer(line):
            g = m.groupdict()
            try:
                year = int(g["y"])
                year = year + 2000 if year < 100 else year
                month = _MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
                day = int(g["d"])
                hour = minute = second = 0
                precision = "day"
                end = m.end()
                if g.get("H"):
                    hour, minute = int(g["H"]), int(g["M"])
                    second = int(g["S"]) if g.get("S") else 0
                    precision = "second" if g.get("S") else "minute"
                else:
                    t = _TIME.match(line, end)
                    if t:
                        hour, minute = int(t["H"]), int(t["M"])
                        if t["S"]:
                            second, precision = int(t["S"]), "second"
                        else:
                            precision = "minute"
                        ap = (t["ap"] or "").lower().replace(".", "")
                        if ap == "pm" and hour < 12:
                            hour += 12
                        elif ap == "am" and hour == 12:
                            hour = 0
                        end = t.end()
                when = datetime(year, month, day, hour, minute, second)
            except (ValueError, KeyError):
                continue  # not a real date (month 13, 31 February, ...): not a date line
            before = line[: m.start()]
            seg = before[max(before.rfind(" · "), before.rfind(" | "), -1) + 1 :]
            event = bool(_NOT_PUBLISHED.search(seg))
            rank = -1
            for r, label in _LABELS:
                if label.search(before):
                    rank = r
                    break
            if rank < 0:
                # in "Sport kompakt · 15.01.2028 22:41" only the date's own segment counts
                seg_start = max(before.rfind(" · "), before.rfind(" | "))
                seg_start = seg_start + 3 if seg_start >= 0 else 0
                probe = len(line[:end].rstrip())  # the time pattern eats the space before " · "
                seps = [i for i in (line.find(" · ", probe), line.find(" | ", probe)) if i >= 0]
                seg_end = min(seps) if seps else len(line)
                rest = _WEEKDAYS.sub(" ", line[seg_start : m.start()] + " " + line[end:seg_end])
                words = _WORD.findall(rest)
                verbs = [w for w in words if w.islower() and w not in _DATE_LINE_WORDS]
                if len(words) > MAX_OTHER_WORDS or verbs or _SENTENCE_END.search(line):
                    continue  # a date inside a sentence, not a date line
                rank = 1
            # an event's date still makes a date line (page furniture), never the publication
            if event:
                rank = _EVENT
            elif _BROADCAST_LABEL.search(seg):
                rank = _BROADCAST
            elif _EMBARGO.search(seg):
                rank = 0
            found.append(_Found(rank, when, precision))
    return found


def is_date_line(line: str) -> bool:
    """True for a header/footer line that states a date ("Stand: 03.11.2023 18:02 Uhr")."""
    line = line.strip()
    if len(line) > MAX_DATE_LINE or not any(c.isdigit() for c in line):
        return False
    return bool(_parse(line))


def _iso(f: _Found) -> str:
    if f.precision == "second":
        return f.when.strftime("%Y-%m-%dT%H:%M:%S")
    if f.precision == "minute":
        return f.when.strftime("%Y-%m-%dT%H:%M")
    return f.when.strftime("%Y-%m-%d")


def find_published(text: str) -> tuple[str, str] | None:
    """(ISO 8601 as precise as known, precision) of the publication date, or None."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) > 2 * EDGE_LINES:
        lines = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    found: list[_Found] = []
    for line in lines:
        if len(line) <= MAX_DATE_LINE and any(c.isdigit() for c in line):
            found.extend(_parse(line))
    found = [f for f in found if f.rank != _EVENT]
    if not found:
        return None
    best = min(found, key=lambda f: (f.rank, f.when))
    return _iso(best), best.precision
