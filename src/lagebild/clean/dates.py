"""Publication date and time from header and footer lines of an article's text.

Recognises the common German and English forms ("Veröffentlicht am 12.05.2024 um 09:14",
"Stand: 03.11.2023 18:02 Uhr", "Datum: 2024-01-15", "12. Mai 2024, 09:14 Uhr",
"Published May 12, 2024", "Sa., 12.05.2024 | 9 Uhr", "09:14 Uhr | 12.05.2024"). Only lines
that look like a date line qualify: a label such as "Veröffentlicht" right before the date, or
a short line that is mostly the date; a date inside running prose ("Am 12. Mai 2024 trat ...
in Kraft.") is not the publication date. When both a first-published and an updated date are
present, the first-published one wins, also within one line ("12.05.2024, 09:14 Uhr
(aktualisiert 13.05.2024)"). Relative times ("vor 3 Stunden") give no date, and the time of a
price or index quote on a markets page is not a publication date.
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
_DAY_NAMES = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|mo|di|mi|do|fr|sa|so|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_WEEKDAY_NAMES = rf"(?:{_DAY_NAMES})"
# the parts of the day a time may carry (:func:`_day_part` reads them)
_DAY_PARTS = r"morgens|früh|vormittags|mittags|nachmittags|abends|nachts"
# the edit time right after the day ("17.11.26 · bearbeitet 09:30") is the only time a post
# with such a line shows: the day's time; a time before the label still comes first; "gegen"
# gives the time roughly ("am 2.6.2027 gegen 14.10")
_TIME = re.compile(
    r"\s*(?:,|um|at|-|–|\||/|·|\()?\s*"
    # the part of the day before the time: "5. Juni 2027, abends um 18.40"
    rf"(?:(?P<dp0>{_DAY_PARTS})\s+)?"
    r"(?:um\s+|gegen\s+|(?:aktualisiert|bearbeitet|geändert|stand:?)\s+(?:um\s+)?)?(?:(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?\s*(?:uhr|h\b|mez|mesz|cet|cest|utc|gmt)?|(?P<Hu>\d{1,2})\s*uhr\b)"
    # the part of the day after the time: "10 Uhr vormittags", "8.30 Uhr abends"
    rf"(?:\s+(?P<dp>{_DAY_PARTS})\b)?",
    re.IGNORECASE,
)
# a weekday (and a part of the day) right after the date, before its time
_WEEKDAY_AFTER = re.compile(
    rf"\s*[,·|]?\s*\(?{_WEEKDAY_NAMES}\.?\)?(?:\s+(?P<wdp>{_DAY_PARTS})\b)?(?=\s*[,–—·|-]?\s*\d)",
    re.IGNORECASE,
)
# a time as a segment of its own later in the date's line ("15.04.2027 | Energie | 14.20"):
# the whole segment is the time, so a price or a score ("2:1") in a longer one never counts
_TIME_SEGMENT = re.compile(
    r"\s[·|]\s(?P<H>\d{1,2})[:.](?P<M>\d{2})\s*(?:uhr|h)?(?=\s[·|]\s|\s*$)", re.IGNORECASE
)
# a time after one label word (and a part of the day) as the last part of the date's line or a
# segment of its own ("Di., 16.2.2027 · Versand 11.20", "15.6.2027 · Stand morgens 7.45",
# "27.5.2027, Ausgabe 9.05 · 4 Minuten"): the label and the time are the whole segment, so a
# time in a sentence never counts; a length under its label is no time ("05.03.2027 · Dauer
# 3:18", "Videolänge 2:41", "Laufzeit 4:05")
_TIME_LABELLED = re.compile(
    r"\s*[,·|]\s*(?![a-zäöüß]*(?:dauer|länge|laufzeit)\b)[A-ZÄÖÜ][a-zäöüß]{2,}:?\s+"
    rf"(?:(?P<dp>{_DAY_PARTS})\s+)?(?:um\s+)?"
    r"(?P<H>\d{1,2})[:.](?P<M>\d{2})\s*(?:uhr|h)?(?=\s*[·|]\s|\s*$)",
    re.IGNORECASE,
)
# a later segment of the date's line that gives the time the page went online under its
# label, other segments between ("22.06.2027 | Reise | online seit 9:15 | 3 Min.",
# "Sport · 4. Mai 2027 · veröffentlicht um 18:02"), also set apart by dashes ("Aus dem
# Stadtbüro, 3.5.2027 – erschienen 9:30 Uhr – 2 Min."): the label and the time are the segment
_TIME_PUBLISHED_SEGMENT = re.compile(
    r"\s[·|–—]\s(?:online\s+seit|erschienen|veröffentlicht|gepostet|publiziert|posted)\s+"
    r"(?:um\s+|at\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})\s*(?:uhr|h)?(?=\s[·|–—]\s|\s*$)",
    re.IGNORECASE,
)
# a time right before the date ("14:32 Uhr | 21.11.2026", "2:32 PM, Nov 21, 2026"), also with
# the weekday between them ("08:03 Uhr | Donnerstag, 19.11.2026"): it must start the line or
# its segment (one label word may come first: "Name | veröffentlicht 14:37, Fr. 2. Juli 2027")
# and carry a colon, "Uhr" or am/pm, so prices never qualify
_WEEKDAY = rf"(?:{_DAY_NAMES}|mon|tue|wed|thu|fri|sat|sun)"
_TIME_BEFORE = re.compile(
    r"(?:^|\s[·|]\s)(?:\W*\w+:?\s+)?(?P<H>\d{1,2})(?:(?::(?P<M>\d{2}))\s*(?P<ap>[ap]\.?m\.?)?\s*(?:uhr|h|mez|mesz|cet|cest|utc|gmt)?|[.](?P<M2>\d{2})\s*(?:uhr|h))\s*(?:,|-|–|\||/|·|am|on)?\s*"
    + r"(?:"
    + _WEEKDAY
    + r"\.?,?\s*)?$",
    re.IGNORECASE,
)
# Rank 0: first-published labels; 1: neutral labels or a bare date line; 2: updated labels;
# 3: when a programme was on air ("Sendung: Westmark Eins, 20.05.2027, 17:40 Uhr"), which is
# close to, but not, when the page went online: used only when nothing else dates the text.
# Dates of events, deadlines and schedules ("Anpfiff:", "Anmeldeschluss:", "Termin:") are
# never the publication date (_EVENT; see _NOT_PUBLISHED), though their lines are date lines.
_BROADCAST = 3
_EVENT = 4
# 5: the time of a price or index quote ("DAX 18.204 Punkte · +0,6 % · 21.11.2026, 17:35 Uhr",
# "Stand: 21.11.2026 17:35"): a ticker line of a markets page, never the publication date
_QUOTE = 5
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
# a label after a date: of this date when nothing follows it ("21.11.2026, 14:32 Uhr,
# aktualisiert"), else of a later date ("21.11.2026 (aktualisiert 22.11.2026, 08:15 Uhr)")
_UPDATED_WORD = r"(?:aktualisiert|geändert|bearbeitet|update|updated|modified)"
_FIRST_WORD = r"(?:veröffentlicht|erstellt|published)"
_AFTER_LABEL = re.compile(
    r"\s*[(\[,;/–-]?\s*(?:zuletzt\s+|last\s+)?(?:"
    rf"(?P<own>(?P<first>{_FIRST_WORD})|{_UPDATED_WORD})\W*$|"
    rf"(?:{_FIRST_WORD}|{_UPDATED_WORD}|stand)\b[^\d]{{0,20}}(?=\d))",
    re.IGNORECASE,
)
# a quoted price, index level or change: a number with a currency, "Punkte" or a per cent sign
_QUOTE_FIGURE = re.compile(
    r"(?<![\w.,])[+\-−±]?\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*"
    r"(?:%|€|\$|prozent\b|punkte\b|pkt\b|eur\b|euro\b|usd\b|dollar\b|chf\b|gbp\b|pence\b)"
    r"|(?<![\w.,])[+\-−±]\d+(?:,\d+)?\s*(?:%|prozent\b)",
    re.IGNORECASE,
)
# a short remark after the date behind a dash, without a sentence's end: "– kein Aprilscherz"
_ASIDE = re.compile(r"\s+[–—]\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\s*$")
# a sentence ends in a word of four letters or more and a period ("Min." and "Uhr." do not)
_SENTENCE_END = re.compile(r"[a-zäöüß]{4,}\.\s*$")
# lower-case words a date line may hold; any other ("ist", "endet") makes it a sentence
_DATE_LINE_WORDS = frozenset(
    {"am", "um", "den", "dem", "aus", "vom", "uhr", "im", "von", "bis", "und", "on", "at", "by"}
    | {"min", "h"}
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# a reading-time note beside the date: "3 Min. zu lesen", "Lesezeit: 4 Minuten", also with
# the number written out ("Lesedauer drei Minuten", "Lesezeit etwa zwei Min.")
# small numbers as words, for counts written out (also lexicon's reading-time cue)
NUMBER_WORDS = r"eine?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig"
_READING_NUMBER = rf"(?:\d{{1,2}}|{NUMBER_WORDS})"
_READING_TIME = re.compile(
    r"\b\d{1,2}\s*(?:min\.?|minuten)\s+(?:zu\s+lesen|lesezeit|lesedauer)\b"
    # "rund sieben Minuten zu lesen", "fünf Minuten Lesezeit"
    rf"|(?:\b(?:rund|ca\.|etwa|knapp|circa)\s+)?\b(?:{NUMBER_WORDS})\s+minuten?\s+"
    r"(?:zu\s+lesen|lesezeit|lesedauer)\b"
    # "drei Lesemin.", "4 Leseminuten"
    rf"|\b{_READING_NUMBER}\s+lesemin(?:\.|uten\b)"
    r"|\blese(?:zeit|dauer)\s*:?\s*(?:(?:ca\.|etwa|rund|knapp|circa)\s*)?"
    + _READING_NUMBER
    + r"\s*(?:min\.?|minuten)(?!\w)",
    re.IGNORECASE,
)
# a forum's or blog's user name beside the date, written in lower case: a handle with an
# underscore ("kuehlrippe_jan") or the lower-case word a by-line's "von" names ("von
# bytewolf am 3.5.2027"); neither is a verb that would make the line a sentence
_USER_NAME = re.compile(r"\S*_\S*|(?<=\bvon )[a-zäöüß][\w.-]*")
# the weekday names of _WEEKDAY and the longer English abbreviations ("Tues", "Thurs")
_WEEKDAYS = re.compile(rf"\b(?:{_WEEKDAY}|tues|weds|thur|thurs)\b\.?", re.IGNORECASE)


# the print edition a web page names as its origin before the date ("Aus der Wochenpost Nr.
# 23/2027, 3. Juni 2027"): "aus der" and the issue number are no words of a sentence
_EDITION = re.compile(
    r"^\s*[Aa]us\s+(?:der|dem)\s+(?=[A-ZÄÖÜ])|\b(?:Nr\.|Ausgabe|Heft)\s*\d{1,3}\s*/\s*\d{2,4}\b"
)


# a tail of capitalised words only (a company's name and its legal form) behind a dash
_NAME_TAIL = re.compile(r" – (?:[A-ZÄÖÜ][\w.-]*|&|\s)+$")


def _sentence_end(line: str) -> bool:
    """The line ends like a sentence; a reading-time note ("drei Lesemin.") is no sentence."""
    if not _SENTENCE_END.search(line):
        return False
    return "lese" not in line.lower() or bool(_SENTENCE_END.search(_READING_TIME.sub("", line)))


@dataclass(frozen=True, slots=True)
class _Found:
    rank: int
    when: datetime
    precision: str


def _twelve_hour(hour: int, ap: str | None) -> int:
    """The 24-hour clock hour of a time with an optional am/pm mark."""
    mark = (ap or "").lower().replace(".", "")
    if mark == "pm" and hour < 12:
        return hour + 12
    if mark == "am" and hour == 12:
        return 0
    return hour


def _day_part(hour: int, part: str | None) -> int:
    """The 24-hour clock hour of a time with the part of the day after it ("8 Uhr abends")."""
    part = (part or "").lower()
    if part in ("nachmittags", "abends") and hour < 12:
        return hour + 12
    if part == "mittags" and hour < 6:
        return hour + 12  # "1 Uhr mittags"
    if part == "nachts" and 8 <= hour < 12:
        return hour + 12  # "11 Uhr nachts"; "2 Uhr nachts" stays
    return hour


def _clock(line: str, m: re.Match[str]) -> tuple[int, int, int, str, int, int]:
    """(hour, minute, second, precision, end, label end) of the date match m in line.

    The time is the date's own ("2024-01-15T09:14"), the one right after it, or one that
    starts the line or segment right before it; end is where the date and its time end, and
    label end where a label before them would end.
    """
    own = m.groupdict()
    if own.get("H"):
        second = int(own["S"]) if own.get("S") else 0
        precision = "second" if own.get("S") else "minute"
        return int(own["H"]), int(own["M"]), second, precision, m.end(), m.start()
    t = _TIME.match(line, m.end())
    wd = None
    if t is None:
        # the weekday between the date and its time: "15.03.2027 (Montag), 16:20",
        # "12.03.2027 (Freitag) – 07:45", "03.06.2027 · Donnerstag früh, 08:15"
        wd = _WEEKDAY_AFTER.match(line, m.end())
        t = _TIME.match(line, wd.end()) if wd else None
    if t and wd:
        t_dp = t["dp"] or t["dp0"] or wd["wdp"]
        if t["Hu"]:
            return _day_part(int(t["Hu"]), t_dp), 0, 0, "minute", t.end(), m.start()
        return (
            _day_part(_twelve_hour(int(t["H"]), t["ap"]), t_dp),
            int(t["M"]),
            int(t["S"]) if t["S"] else 0,
            "second" if t["S"] else "minute",
            t.end(),
            m.start(),
        )
    if t and t["Hu"]:
        return _day_part(int(t["Hu"]), t["dp"] or t["dp0"]), 0, 0, "minute", t.end(), m.start()
    if t:
        second = int(t["S"]) if t["S"] else 0
        precision = "second" if t["S"] else "minute"
        return (
            _day_part(_twelve_hour(int(t["H"]), t["ap"]), t["dp"] or t["dp0"]),
            int(t["M"]),
            second,
            precision,
            t.end(),
            m.start(),
        )
    tb = _TIME_BEFORE.search(line, 0, m.start())
    if tb:
        hour = _twelve_hour(int(tb["H"]), tb["ap"])
        return hour, int(tb["M"] or tb["M2"]), 0, "minute", m.end(), tb.start("H")
    ts = _TIME_SEGMENT.search(line, m.end()) if ("·" in line or "|" in line) else None
    if ts and int(ts["H"]) < 24 and int(ts["M"]) < 60:
        return int(ts["H"]), int(ts["M"]), 0, "minute", m.end(), m.start()
    tl = _TIME_LABELLED.match(line, m.end())
    if tl and int(tl["H"]) < 24 and int(tl["M"]) < 60:
        return _day_part(int(tl["H"]), tl["dp"]), int(tl["M"]), 0, "minute", m.end(), m.start()
    segmented = "·" in line or "|" in line or "–" in line or "—" in line
    tp = _TIME_PUBLISHED_SEGMENT.search(line, m.end()) if segmented else None
    if tp and int(tp["H"]) < 24 and int(tp["M"]) < 60:
        return int(tp["H"]), int(tp["M"]), 0, "minute", m.end(), m.start()
    return 0, 0, 0, "day", m.end(), m.start()


# the neutral label ("Datum", "vom") as the end of a compound noun in a sentence ("Betroffen
# ist das Mindesthaltbarkeitsdatum 14.05.2029"): the lower-case words before it are a verb and
# an article, and such a date is a fact of the report, not when the page went online
_NEUTRAL_LABEL = _LABELS[2][1]
SENTENCE_LABEL_WORDS = 2


def _sentence_label(labelled: str, label: re.Pattern[str]) -> bool:
    """The neutral label ends a sentence's noun rather than a header's label."""
    if label is not _NEUTRAL_LABEL:
        return False
    m = label.search(labelled)
    head = labelled[: m.start()] if m else labelled
    lower = [w for w in _WORD.findall(head) if w.islower() and w not in _DATE_LINE_WORDS]
    return len(lower) >= SENTENCE_LABEL_WORDS and not head.rstrip().endswith(("·", "|"))


def _parse(line: str) -> list[_Found]:
    found: list[_Found] = []
    titled = False  # a date of the line opens a title (a sentence) in its segment
    for form in _DATE_FORMS:
        for m in form.finditer(line):
            g = m.groupdict()
            try:
                year = int(g["y"])
                year = year + 2000 if year < 100 else year
                month = _MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
                day = int(g["d"])
                if month > 12 and day <= 12 and "/" in m[0]:
                    month, day = day, month  # "21/11/2026": day first, as in Britain
                hour, minute, second, precision, end, label_end = _clock(line, m)
                when = datetime(year, month, day, hour, minute, second)
            except (ValueError, KeyError):
                continue  # not a real date (month 13, 31 February, ...): not a date line
            before = line[: m.start()]
            # labels stand before a time that precedes the date ("Veröffentlicht 14:32 Uhr, ...")
            labelled = line[:label_end]
            seg = labelled[max(labelled.rfind(" · "), labelled.rfind(" | "), -1) + 1 :]
            event = bool(_NOT_PUBLISHED.search(seg))
            rank = -1
            for r, label in _LABELS:
                if label.search(labelled) and not _sentence_label(labelled, label):
                    rank = r
                    break
            if rank < 0:
                # in "Sport kompakt · 15.01.2028 22:41" only the date's own segment counts
                seg_start = max(before.rfind(" · "), before.rfind(" | "))
                seg_start = seg_start + 3 if seg_start >= 0 else 0
                probe = len(line[:end].rstrip())  # the time pattern eats the space before " · "
                seps = [i for i in (line.find(" · ", probe), line.find(" | ", probe)) if i >= 0]
                # after the time, a name behind a dash is a segment of its own: the sender of
                # a press release ("28.05.2027 · 16.53 Uhr – Beispiel Freizeit GmbH & Co. KG")
                dash = line.find(" – ", probe)
                if dash >= 0 and precision != "day" and _NAME_TAIL.match(line, dash):
                    seps.append(dash)
                seg_end = min(seps) if seps else len(line)
                # a short aside after a dash ("1. April 2028 – kein Scherz") is no sentence
                # around the date; a longer text after it may be the lead ("Berlin, 3. Mai – Die")
                aside = _ASIDE.match(line, probe, seg_end)
                if aside:
                    seg_end = aside.start()
                rank = 1
                # "21.11.2026, 14:32 Uhr (aktualisiert 22.11.2026, 08:15 Uhr)": the label of
                # a later date ends this date's segment; a label with no date of its own
                # ("21.11.2026, 14:32 Uhr, aktualisiert") ranks this date
                after = _AFTER_LABEL.search(line, end, seg_end)
                if after:
                    seg_end = after.start()
                    if after["own"]:
                        rank = 0 if after["first"] else 2
                rest = line[seg_start : m.start()] + " " + line[end:seg_end]
                if "–" in rest or "—" in rest:
                    rest = _TIME_PUBLISHED_SEGMENT.sub(" ", rest)
                rest = _WEEKDAYS.sub(" ", _READING_TIME.sub(" ", rest))
                if "/" in rest or "aus d" in rest.lower():
                    rest = _EDITION.sub(" ", rest)
                if "_" in rest or "von " in rest:
                    rest = _USER_NAME.sub(" ", rest)
                words = _WORD.findall(rest)
                verbs = [w for w in words if w.islower() and w not in _DATE_LINE_WORDS]
                if len(words) > MAX_OTHER_WORDS or verbs or _sentence_end(line):
                    titled = titled or seg_end < len(line)
                    continue  # a date inside a sentence, not a date line
            # an event's date still makes a date line (page furniture), never the publication
            if event:
                rank = _EVENT
            elif _BROADCAST_LABEL.search(seg):
                rank = _BROADCAST
            elif _EMBARGO.search(seg):
                rank = 0
            elif rank > 0 and _QUOTE_FIGURE.search(line):
                rank = _QUOTE  # a labelled "Veröffentlicht:" date keeps its rank
            found.append(_Found(rank, when, precision))
    if titled:
        # a list of dated titles set apart by bars or dots ("Weitere Meldungen: 02.02.2027
        # Firma erhält Auftrag | 14.11.2026 Quartalsbericht"): when one date opens a sentence
        # in its segment, the other dates open titles too, none of them dates this text
        found = [f for f in found if f.rank != 1]
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
    found = [f for f in found if f.rank <= _BROADCAST]
    if not found:
        return None
    best = min(found, key=lambda f: (f.rank, f.when))
    return _iso(best), best.precision
