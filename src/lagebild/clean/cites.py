"""Sources an article cites: "wie der Spiegel berichtete", "laut dpa", "Quellen: ...", "(AFP)".

Only media count (agencies, outlets, domains; see :func:`lagebild.clean.outlets.is_media_name`):
"laut Polizei" or "laut Scholz" name a source, but not an outlet, and are left out. Names come
back in their name form ("des Spiegels" -> "Spiegel"), in order of first mention, once each.
"""

from __future__ import annotations

import re

from lagebild.clean.outlets import AGENCIES, DOMAIN, NAME, is_media_name, normalise_outlet

_ART = r"(?:(?:[dD](?:er|ie|as|em|en|es)|the)\s+)?"
_KIND = r"(?:(?:Zeitung|Tageszeitung|Wochenzeitung|Nachrichtenagentur|Agentur|Magazin|Nachrichtenmagazin|Sender|Fernsehsender|Radiosender|Portal|Nachrichtenportal|Onlineportal|Blatt|Boulevardblatt|Wirtschaftszeitung|Fachmagazin|Branchendienst|newspaper|magazine|agency|broadcaster|outlet|news agency|website)\s+)?"
_VERB = r"(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|zitiert|zitierte|enthüllt|enthüllte|erfuhr|veröffentlichte|rechnet|rechnete|analysiert|analysierte|titelt|titelte|kommentiert|kommentierte|reported|reports|wrote|writes|said|first reported)"
_TEXT_CUES = [
    # wie der Spiegel berichtete / wie die Süddeutsche Zeitung unter Berufung auf ... meldet
    re.compile(
        r"(?i:\b(?:wie|über\s+(?:den|die|das|welche[n]?))\s+)"
        + _ART
        + _KIND
        + r"(?P<name>"
        + NAME
        + r")(?:\s+\([^)]{1,30}\))?\s+(?i:(?:am\s+\w+\s+|unter\s+berufung\s+auf\s+[^.,]{1,60}\s+|bereits\s+|zuerst\s+|zuvor\s+|übereinstimmend\s+)?"
        + _VERB
        + r")"
    ),
    # laut Spiegel / laut einem Bericht der Süddeutschen Zeitung / laut dpa
    re.compile(
        r"(?i:\blaut\s+(?:(?:einem|eines|einer|dem|den)\s+(?:bericht|berichten|meldung|recherche|recherchen|artikel|informationen|angaben)\s+(?:der|des|von|im|in\s+der|auf)\s+)?)"
        + _ART
        + _KIND
        + r"(?P<name>"
        + NAME
        + ")"
    ),
    # nach Angaben des / nach Informationen der / Berichten der X zufolge
    re.compile(
        r"(?i:\b(?:nach|zufolge|gemäß)\s+(?:angaben|informationen|recherchen|berichten|einem\s+bericht)\s+(?:der|des|von)\s+)"
        + _KIND
        + r"(?P<name>"
        + NAME
        + ")"
    ),
    re.compile(r"(?i:\b(?:dem|der|den)\s+)" + _KIND + r"(?P<name>" + NAME + r")(?i:\s+zufolge)\b"),
    re.compile(r"(?<![\w.])(?P<name>" + NAME + r")(?i:\s+zufolge)\b"),
    re.compile(
        r"(?i:\bbericht\w*\s+(?:der|des|im|in\s+der)\s+)" + _KIND + r"(?P<name>" + NAME + ")"
    ),
    # ..., berichtet die Bild-Zeitung / meldet das Handelsblatt / sagte er dem rbb
    re.compile(
        r"(?i:\b"
        + _VERB
        + r"\s+(?:(?:am\s+\w+|zuerst|zuvor|bereits|online)\s+)?)"
        + _ART
        + _KIND
        + r"(?P<name>"
        + NAME
        + ")"
    ),
    re.compile(
        r"(?i:\b(?:sagte|sagten|erklärte|bestätigte|teilte)\s+(?:[\w-]+\s+){0,5}?(?:dem|der|den)\s+)"
        + _KIND
        + r"(?P<name>"
        + NAME
        + ")"
    ),
    # Reuters-Informationen, dpa-Angaben
    re.compile(
        r"(?<![\w-])(?P<name>[A-ZÄÖÜa-z][\w.]*)-(?i:informationen|angaben|recherchen|berichte[n]?)\b"
    ),
    # English: according to Reuters / as reported by the Guardian / Bloomberg reported
    re.compile(
        r"(?i:\b(?:according\s+to|as\s+reported\s+by|reported\s+by|citing)\s+)"
        + _ART
        + _KIND
        + r"(?P<name>"
        + NAME
        + ")"
    ),
    re.compile(r"(?P<name>" + NAME + r")(?i:\s+(?:reported|reports|first\s+reported))\b"),
]
_TEXT_CUES.append(
    # Zuerst hatte Politico darüber berichtet / das hatte der Spiegel gemeldet
    re.compile(
        r"(?i:\b(?:hatte|hat|hatten|haben)\s+(?:zuerst\s+|zuvor\s+|bereits\s+)?)"
        + _ART
        + _KIND
        + r"(?P<name>"
        + NAME
        + r")(?i:\s+(?:darüber\s+|davon\s+|zuerst\s+|zuvor\s+|als\s+erste[rs]?\s+)?(?:berichtet|gemeldet|geschrieben|enthüllt|veröffentlicht))\b"
    )
)
# Lower-case brand names ("heise online", "t3n") are media when the sentence says so: a verb
# of reporting after them, or a brand-like spelling after "laut" or a kind word ("das Portal t3n").
_LOWER = r"(?P<name>[a-z][\w.-]*[a-z0-9](?:\s+online)?)"
# only brand-like spellings where no reporting verb follows: "t3n", "golem.de", "heise online"
_BRAND = r"(?=[a-z][\w-]*(?:\d|\.[a-z]|\s+online\b))"
_LOWER_STOP = frozenset(
    "selbst auch nun jetzt bereits noch zuvor damals später erneut heute gestern zuerst "
    "online darüber davon dazu dort hier so er sie es man wir ihr viele einige andere manche "
    "alle mehrere medien beide".split()
)
_LOWER_CUES = [
    re.compile(
        r"\b(?:[dD](?:er|ie|as|em|en|es)|the)\s+(?:Branchendienst|Fachdienst|Mediendienst|Nachrichtendienst|Informationsdienst|Newsletter|Blog|Techblog|Nachrichtenportal|Onlineportal|Fachportal|Portal|Fachmagazin|Magazin|Onlinemagazin|Zeitung|Nachrichtenagentur|Agentur|website|newsletter|blog)\s+"
        + _BRAND
        + _LOWER
        + r"\b"
    ),
    # wie heise online berichtete
    re.compile(
        r"(?i:\bwie\s+)" + _LOWER + r"(?i:\s+(?:zuerst\s+|zuvor\s+|bereits\s+)?" + _VERB + r")\b"
    ),
    # ..., berichtet heise online.
    re.compile(r"\b" + _VERB + r"\s+" + _LOWER + r"(?=\s*[.,;:!?]|\s*$)"),
    # laut heise online / laut t3n / laut golem.de: brand-like names only ("laut eigenen ...")
    re.compile(r"(?i:\blaut\s+)" + _BRAND + _LOWER + r"\b"),
]


# "Quellen: dpa, rbb24.de, Pressemitteilung der EU-Kommission" / "Source: Reuters"
_SOURCE_BOX = re.compile(
    r"^\s*(?i:quellen?|sources?|mit\s+material\s+von|material\s+von)\s*:?\s+(?P<list>.+)$",
    re.MULTILINE,
)
# "Berlin (dpa) –", "(AFP) -", "Potsdam (dpa/bb) –" at the start; "(dpa)" alone on a line.
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][\w./ -]{0,40}?\s)?\((?P<list>[\w-]{2,9}(?:\s*[/,]\s*[\w-]{2,9})*)\)\s*[-–—:]",
    re.MULTILINE,
)
_MARKER_LINE = re.compile(
    r"^\s*\((?P<list>[\w-]{2,9}(?:\s*[/,]\s*[\w-]{2,9})*)\)\s*$", re.MULTILINE
)
_GENERIC_MARKER = re.compile(r"^[a-zäöü]{2,5}$")
_SELF_MARKERS = frozenset({"red", "mit", "ots"})  # "(red)" is the outlet's own desk, not a source


def _split_list(raw: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s*(?:[,;/|]|\bund\b|\band\b)\s*", raw) if p.strip()]


def _marker_sources(raw: str, at_start: bool) -> list[str]:
    """Agency codes from "(dpa/bb)": the first is the agency; region codes after "/" are not."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", raw)]
    out: list[str] = []
    for part in parts:
        code = part.split("/")[0].strip()
        low = code.lower()
        if low in AGENCIES:
            out.append(AGENCIES[low])
        elif at_start and _GENERIC_MARKER.match(code) and low not in _SELF_MARKERS:
            out.append(code)
    return out


def _media_prefix(raw: str) -> str | None:
    """The media name at the start of a capitalised run ("Golem Ende" -> "Golem"), if any."""
    words = raw.split()
    for n in range(len(words), 0, -1):
        name = normalise_outlet(" ".join(words[:n]))
        if is_media_name(name):
            return name
    return None


def find_cites(text: str) -> list[str]:
    """Media the text cites, normalised to name form or domain, in order of first mention."""
    found: list[tuple[int, str]] = []
    head = text[:400]
    for m in _DATELINE.finditer(head):
        found.extend((m.start(), s) for s in _marker_sources(m.group("list"), at_start=True))
    for m in _MARKER_LINE.finditer(text):
        found.extend((m.start(), s) for s in _marker_sources(m.group("list"), at_start=False))
    for m in _SOURCE_BOX.finditer(text):
        for item in _split_list(m.group("list")):
            dom = DOMAIN.search(item)
            if dom:
                found.append((m.start(), dom.group(1).lower()))
                continue
            name = normalise_outlet(item)
            if is_media_name(name) and len(name.split()) <= 5:
                found.append((m.start(), name))
    for cue in _TEXT_CUES:
        for m in cue.finditer(text):
            media = _media_prefix(m.group("name"))
            if media:
                found.append((m.start(), media))
    for cue in _LOWER_CUES:
        for m in cue.finditer(text):
            name = m.group("name")
            if name.split()[0] not in _LOWER_STOP:
                found.append((m.start(), name))
    seen: set[str] = set()
    out: list[str] = []
    for _, name in sorted(found, key=lambda x: x[0]):
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
