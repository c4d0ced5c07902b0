"""Edge rules: short lines at the head or tail of an article that label it rather than report.

Above the first paragraph and below the last, pages and agency copy put lines that carry no
furniture phrase at all: the name of the outlet or agency alone ("Westfälische Rundschau",
"Deutsche Presse-Agentur"), a kicker over or under the headline ("Wahl im Landtag",
"Bundesliga, 12. Spieltag") and a bare link to the section ("Mehr Politik"). Their shape and
their place give them away; the same line inside the article would be a subheading and stays.
These passes take the per-block decisions (``reason``, None = keep) and extend them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.clean.blocks import Block, Shape
from lagebild.clean.outlets import gazetteer, is_media_name
from lagebild.model import normalise_text
from lagebild.ner.resources import FIRSTNAMES_FILE

# A name on a line of its own: capitalised words (hyphens, digits, dots, "&"), a few joiners.
_NAME_LINE = re.compile(
    r"^[A-ZÄÖÜ0-9][\w&'’.-]*(?:\s+(?:[A-ZÄÖÜ0-9][\w&'’.-]*|der|die|das|für|am|an|und|&|of|the)){0,4}$"
)
NAME_MAX_CHARS = 60
# Head words of news agencies and press services (the media words of ``outlets`` name papers).
_AGENCY_WORD = re.compile(
    r"(?:nachrichten|presse|medien|agentur|informations|bild)dienst|(?:nachrichten|presse|bild|foto)-?agentur|\b(?:press|news|wire)\s+(?:service|agency)\b|\b(?:news)?wire\b",
    re.IGNORECASE,
)
# The agency code of a dateline: "Kassel (dpa) – ...", "Genf (AFP/dpa) - ...".
_DATELINE_CODE = re.compile(
    r"^[^\W\d_][\w./-]*(?:\s[^\W\d_][\w./-]*){0,3}\s\((?P<codes>[A-Za-z]{2,6}(?:\s*/\s*[\w-]{2,8})*)\)\s*[–—-]\s"
)
_WORD_STARTS = re.compile(r"(?:^|[\s-])([^\W\d_])")

# A kicker (Dachzeile) is a few words, no sentence: "Streit um die Rente", "Champions League".
KICKER_MAX_WORDS = 6
KICKER_MAX_CHARS = 60
# "Wahl 2025", "Bundesliga, 12. Spieltag"; a line with more numbers is a result or a table row.
KICKER_MAX_NUMBERS = 2
_NUMBER = re.compile(r"\d+")
# A bare section link: "Mehr Sport", "Alle Meldungen", "Zur Übersicht ›".
SECTION_LINK_MAX_WORDS = 4
_ARROW_END = re.compile(r"\s[›»→>]\s*$")


# A page control on a line of its own: a bare noun phrase and an infinitive, no sentence, maybe
# a duration or count in brackets ("Beitrag auf die Merkliste setzen", "Hörfassung abspielen
# (4:12)", "Artikel teilen"). A clause with a subject opens with an article or a pronoun ("Die
# Preise steigen"); a subheading asks ("Wie Sie richtig vorsorgen").
UI_ACTION_MAX_WORDS = 6
_UI_ACTION = re.compile(
    r"^[A-ZÄÖÜ][\w-]*(?:\s+[\w-]+){0,4}\s+(?P<verb>[a-zäöüß]{2,}(?:en|ern|eln))"
    r"(?:\s*\([^()]{1,12}\))?\s*$"
)
_UI_SUBJECT = re.compile(
    r"^(?:der|die|das|den|dem|des|ein|eine|einer|einen|wir|sie|er|es|ich|ihr|du|man|wer|was|wie|warum|wo|wann|wieso|weshalb|welche[rsnm]?|so|dann|alle|viele)\b",
    re.IGNORECASE,
)
# lower-case words in -en/-ern that are no infinitive
_NOT_INFINITIVE = frozenset(
    "gestern vorgestern morgen übermorgen oben unten neben eben draußen drinnen zusammen "
    "einen diesen jenen allen vielen wenigen anderen beiden ihren seinen unseren euren deren "
    "denen wegen gegen entgegen zwischen trotzdem".split()
)


def ui_action(b: Block, sh: Shape) -> bool:
    """A page control by its shape: "Beitrag auf die Merkliste setzen", "Artikel teilen"."""
    text = b.text.strip()
    if (
        sh.prose
        or sh.sentence_end
        or sh.questions
        or sh.linkish
        or sh.separators
        or not 2 <= sh.words <= UI_ACTION_MAX_WORDS
    ):
        return False
    m = _UI_ACTION.match(text)
    return bool(m and m.group("verb") not in _NOT_INFINITIVE and not _UI_SUBJECT.match(text))


def agency_codes(blocks: list[Block]) -> set[str]:
    """Lower-case agency codes named in the datelines of the body ("(dpa)" -> {"dpa"})."""
    codes: set[str] = set()
    for b in blocks:
        m = _DATELINE_CODE.match(b.text)
        if m:
            codes.update(c.strip().lower() for c in m.group("codes").split("/"))
    return codes


def _initials(text: str) -> str:
    """ "Deutsche Presse-Agentur" -> "dpa": the first letters of its words and word parts."""
    return "".join(_WORD_STARTS.findall(text)).lower()


def is_source_name(text: str, outlet: str | None, codes: set[str]) -> bool:
    """A line that only names an outlet or agency: the article's own, a medium, an agency."""
    if len(text) > NAME_MAX_CHARS or not _NAME_LINE.match(text):
        return False
    norm = normalise_text(text)
    if outlet and norm == normalise_text(outlet):
        return True
    if is_media_name(text) or _AGENCY_WORD.search(text):
        return True
    # "Katholische Nachrichten-Agentur" above a dateline "Bonn (KNA) – ..."
    initials = _initials(text)
    return len(initials) >= 2 and initials in codes


def head_and_tail(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    title: str | None,
    outlet: str | None,
    first_prose: int,
    last_prose: int,
) -> None:
    """Source names at the top and bottom, and the kicker next to the headline."""
    codes = agency_codes(blocks)

    def is_name(i: int) -> bool:
        return is_source_name(blocks[i].text, outlet, codes)

    _kicker(blocks, shapes, reason, title, first_prose, is_name)
    _head_actions(blocks, shapes, reason, title, first_prose)
    _source_names(shapes, reason, first_prose, last_prose, is_name)
    _slogan_masthead(blocks, shapes, reason, first_prose, outlet, codes)
    _bare_byline(blocks, shapes, reason)


# The writer's name alone on a line between the head's date line (or the headline) and the
# first paragraph: "Anna Berger" under "Publiziert: 14.05.2027, 06.37 Uhr". Two or three
# capitalised words, the first a known first name; kept prose right under it.
_BARE_NAME = re.compile(
    r"^(?P<first>[A-ZÄÖÜ][a-zäöüßéè]+)(?:\s+[A-ZÄÖÜ][a-zäöüßéè]+(?:-[A-ZÄÖÜ][a-zäöüßéè]+)?){1,2}$"
)
_ABOVE_BYLINE = frozenset({"dateline", "headline", "repeated-headline"})


def _bare_byline(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    for i in range(1, len(blocks) - 1):
        if reason[i] is not None or reason[i - 1] not in _ABOVE_BYLINE:
            continue
        if reason[i + 1] is not None or not shapes[i + 1].prose:
            continue
        m = _BARE_NAME.match(blocks[i].text.strip())
        if m and m.group("first") in gazetteer(FIRSTNAMES_FILE):
            reason[i] = "byline"


# "Verkehrsverbund Talheim – Einfach ankommen.", "Talheimer Bote · Ihre Zeitung": a source
# name, a dash or dot, a few words of slogan.
_SLOGAN_SPLIT = re.compile(r"\s+[–—·|]\s+")
SLOGAN_MAX_WORDS = 6


def _slogan_masthead(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    first_prose: int,
    outlet: str | None,
    codes: set[str],
) -> None:
    """The first line of the page above the article's text: the outlet's or a medium's name and
    a short slogan after a dash."""
    if not blocks or reason[0] is not None or first_prose <= 0:
        return
    parts = _SLOGAN_SPLIT.split(blocks[0].text.strip(), maxsplit=1)
    if len(parts) != 2 or len(parts[1].split()) > SLOGAN_MAX_WORDS:
        return
    if is_source_name(parts[0], outlet, codes):
        reason[0] = "signoff"


def _source_names(
    shapes: list[Shape],
    reason: list[str | None],
    first_prose: int,
    last_prose: int,
    is_name: Callable[[int], bool],
) -> None:
    """The outlet's or agency's name alone on a line at the very top or bottom of the article.

    Only the outermost line still kept counts, and only when the next kept line inwards is
    prose: a name among other short lines ("Deutsche Post" under "Deutsche Bahn") is a list.
    """
    kept = [i for i in range(len(reason)) if reason[i] is None]
    if len(kept) < 2:
        return
    for i, inner in ((kept[0], kept[1]), (kept[-1], kept[-2])):
        if first_prose <= i <= last_prose or shapes[i].prose or not shapes[inner].prose:
            continue
        if is_name(i):
            reason[i] = "signoff"


def _kicker_shaped(b: Block, sh: Shape) -> bool:
    text = b.text
    return (
        not sh.prose
        and not sh.sentence_end
        and 1 <= sh.words <= KICKER_MAX_WORDS
        and len(text) <= KICKER_MAX_CHARS
        and (text[0].isupper() or text[0].isdigit())
        and text[-1] not in ":;,-–—"
        and not sh.linkish
        and not sh.questions
        and len(_NUMBER.findall(text)) <= KICKER_MAX_NUMBERS
    )


def _kicker(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    title: str | None,
    first_prose: int,
    is_name: Callable[[int], bool],
) -> None:
    """The kicker right above or below the headline, or, when the parser took the headline
    out, right above the first paragraph with nothing but the outlet's name above it.

    Only when the article has a title: without one, such a line may be the headline itself.
    """
    if not title or first_prose >= len(blocks):
        return
    head = range(first_prose)
    headlines = [i for i in head if reason[i] in ("headline", "repeated-headline")]
    kept = [i for i in head if reason[i] is None]
    if headlines:
        h0, h1 = headlines[0], headlines[-1]
        candidates = [i for i in kept if i == h0 - 1 or (i == h1 + 1 and kept[-1] == i)]
    else:
        candidates = kept[-1:] if all(is_name(i) for i in kept[:-1]) else []
    for i in candidates:
        if _kicker_shaped(blocks[i], shapes[i]) and not is_name(i):
            reason[i] = "kicker"


def _head_actions(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    title: str | None,
    first_prose: int,
) -> None:
    """Page controls between the page's head furniture and the first paragraph ("Artikel
    merken", "Hörfassung abspielen (4:12)"): kept lines with only furniture above them. Only
    when the article has a title, as for the kicker."""
    if not title:
        return
    for i in range(min(first_prose, len(blocks))):
        if reason[i] is not None:
            continue
        if not ui_action(blocks[i], shapes[i]):
            return
        reason[i] = "widget"


def section_links(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """A bare link to a section as the first or last kept line: "Mehr Sport", "Alle Meldungen ›"."""
    kept = [i for i in range(len(blocks)) if reason[i] is None]
    for i in {kept[0], kept[-1]} if kept else set():
        sh = shapes[i]
        if sh.prose or sh.sentence_end or sh.words > SECTION_LINK_MAX_WORDS:
            continue
        if (
            "related" in sh.reasons
            or "navigation" in sh.reasons
            or _ARROW_END.search(blocks[i].text)
        ):
            reason[i] = "related"
        elif (
            i == kept[-1] and len(kept) > 1 and shapes[kept[-2]].prose and ui_action(blocks[i], sh)
        ):
            # a page control under the last paragraph ("Artikel teilen"); the last item of
            # the article's own list follows another item, not prose
            reason[i] = "widget"
