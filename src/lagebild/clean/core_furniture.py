"""Furniture inside the article's prose core: a short line where the site turns to the reader.

The rules and the learned model keep what sits between the first and the last paragraph of the
article's own prose, because article text lives there. Sites still put a line of their own
there: a promo for their app or directory, a sponsored sentence, a shop-link note, a widget
("Gehaltsrechner: Position eingeben"), a call to book or subscribe. Such a line is written
differently from the report around it: it is the only line of the text that talks to the
reader (an advice piece or an interview does so throughout), and as a sentence the outlet
speaks ("wir", "unser") *to* the reader ("Sie", "du") or a furniture phrase comes with the
address, while a line that is no sentence is cut into a label and an offer (":" or a dash).
Lines that go here get the reason ``CORE_REASON`` so an analyst sees and can restore them.

Never: an interview turn or any line the rules protect (``protected``), a line outside the
core's interior, a line of more than ``MAX_WORDS`` words, a question (an interviewer's "Warum
kommen Sie zu uns?") or a lead-in ending in ":", a line that continues the line before it, a
heading in one piece ("So schützen Sie sich"), reported speech or narration (past tense, a verb
of saying, "..., warnte sie: ..."), a capital "Sie" that may be "they", a line without any cue
that tells the reader what not to do (advice, "Kaufen Sie keine ..."), and any line of a body
in which another kept line talks to the reader.

A second, narrower rule (``off_topic_inserts``, reason ``OFF_TOPIC_REASON``): a short line inside
the core, cut into a label or by a dash, that offers something (the reader addressed, a call, a
link, a price or a share), stands alone (no kept neighbour of its form, as a fact box has), and
shares no content word with the rest of the kept text or the headline: a classified ad or a
ticket note set between the paragraphs. Word overlap alone does not tell such a line from the
article's own short lines (bench README, "Off-topic inserts"); it only does inside this shape.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from simplemma import lemmatize

from lagebild.clean.blocks import Block, Shape
from lagebild.clean.learned import NARRATIVE, prose_core

CORE_REASON = "promo-in-text"
# The longest line taken from inside the core (promo paragraphs seen run to ~25 words).
MAX_WORDS = 30
_CLOSERS = "\"“”»«’') "
# The reader addressed without doubt: a polite "Sie/Ihnen/Ihr" inside a sentence (a capital
# "Sie" opening one may be "they") or "du/dein". The plural "ihr/euch/eure" is how a speaker
# addresses a crowd in quoted speech that a text export has stripped of its marks.
_READER_PLAIN = re.compile(
    r"(?<=[\w,;:–-]\s)(?:Sie|Ihnen|Ihre[nmrs]?|Ihr)\b|\b(?i:du|dich|dir|dein\w*)\b"
)
# A dash between two parts of a line ("... – erhältlich an der Kasse").
_DASH_CUT = re.compile(r"\s[–—]\s+\S")
# A label or a dash inside a line that is no sentence: a widget's or an offer's parts
# ("Gehaltsrechner: Position eingeben", "Fotoalbum vom Fest – Zugang erhalten Sie ...").
_SEGMENTED = re.compile(r"\S:\s+\S|" + _DASH_CUT.pattern)
# A clause ending before a colon introduces speech ("..., warnte sie: Lassen Sie ...").
_SPEAKER_END = re.compile(r"\b(?:er|sie|es|man)\s*$")
# A third party's words or advice reported in the present ("Auf Anfrage unserer Zeitung
# erklärt die Stadt, Sie könnten ..."; "Sie sollten ..., rät die Polizei"): the news.
_SAYING = re.compile(
    r"\b(?:sagt|sagen|erklärt|erklären|betont|betonen|bestätigt|teilt|teilen|berichtet|"
    r"berichten|schreibt|meint|meinen|warnt|warnen|rät|raten|empfiehlt|empfehlen|fordert|"
    r"fordern|heißt|zufolge|laut|gegenüber)\b|\bauf (?:An|Nach)frage\b|\bnach Angaben\b",
    re.IGNORECASE,
)
# The reader told what not to do ("Kaufen Sie keine Geräte nur wegen ...", "Verlassen Sie sich
# nicht darauf"): advice or a warning of the article. An offer sells; when it plays on a
# negation ("Verpassen Sie keine Nachricht mehr") it names its product and carries a cue.
# "verpassen" is the one negated call (as in ``boilerplate.warning_advice``).
_NEGATED = re.compile(r"\b(?:kein(?:e[nmrs]?)?|nicht|nie|niemals)\b", re.IGNORECASE)
_NEGATED_CALL = re.compile(r"\bverpass", re.IGNORECASE)


def _advice_against(text: str, sh: Shape) -> bool:
    """Advice against something with no sign of an offer: a negation, no phrase cue."""
    return sh.cue_score == 0 and bool(_NEGATED.search(text)) and not _NEGATED_CALL.search(text)


def _continues(prev: str, text: str) -> bool:
    """The line goes on from the line before it: no full stop in between, or a lead-in colon
    there ("Der Verein schreibt:") that the line completes."""
    return not prev.rstrip(_CLOSERS).endswith((".", "!", "?")) or text[:1].islower()


def _talks_to_reader(sh: Shape) -> bool:
    return sh.reader or sh.imperative


def _reported(text: str) -> bool:
    """Speech or narration: past tense, a verb of saying, or a colon after a clause."""
    if NARRATIVE.search(text) or _SAYING.search(text):
        return True
    head, colon, _ = text.partition(":")
    return bool(colon) and ("," in head or bool(_SPEAKER_END.search(head)))


def core_calls(
    blocks: Sequence[Block],
    shapes: Sequence[Shape],
    reason: list[str | None],
    scores: Sequence[float],
    protected: Collection[int] = (),
) -> list[int]:
    """Mark short lines inside the prose core where the outlet addresses the reader."""
    kept_calls = [i for i, sh in enumerate(shapes) if reason[i] is None and _talks_to_reader(sh)]
    if len(kept_calls) != 1:
        return []  # none, or the text itself talks to the reader (advice, interview)
    i = kept_calls[0]
    core = prose_core(shapes, reason, scores)
    if len(core) < 2:
        return []
    first, last = core[0], core[-1]
    sh = shapes[i]
    text = blocks[i].text
    if not first < i < last or i in protected or sh.words > MAX_WORDS:
        return []
    end = text.rstrip(_CLOSERS)
    if end.endswith(("?", ":")) or _continues(blocks[i - 1].text, text):
        return []
    if sh.prose and not ((sh.reader and sh.outlet_voice) or sh.cue_score > 0):
        return []
    if not sh.prose and not _SEGMENTED.search(end):
        return []  # a heading over the next paragraph ("So schützen Sie sich")
    if _reported(text) or not (sh.imperative or _READER_PLAIN.search(text)):
        return []
    if _advice_against(text, sh):
        return []
    reason[i] = CORE_REASON
    return [i]


# -- an off-topic insert: an offer in label form that shares no word with the article --------
OFF_TOPIC_REASON = "off-topic-insert"
# Content words: four letters or more, lemmatised, function words out.
_CONTENT_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{4,}")
_FUNCTION_WORDS = frozenset(
    """
    aber alle allen allerdings alles also andere anderen auch außerdem beim bereits bisher dabei
    dafür daher damit dann darauf dass davon demnach denn deshalb dies diese dieser dieses doch
    dort durch eine einem einen einer eines einige etwa euch eure gegen geht gestern gibt habe
    haben hatte hatten heißt heute hier hätte hätten ihnen ihre ihrem ihren ihrer immer jede
    jeder jedes jedoch jetzt kann kein keine keinen konnte können laut mehr mehrere morgen muss
    müssen nach nachdem nicht noch obwohl oder ohne rund sagt sagte schon sehr seid seien sein
    seine seinem seinen seiner seit sich sind soll sollen sollte sowie unser unsere unserem
    unseren unserer unter viele waren weil weitere weiteren welche welcher welches wenn werden
    wieder will wird wollen worden wurde wurden während wäre würde würden zudem zufolge zwischen
    über about after before been being could does each first from have here into just last
    might more most must only other over said same says shall should some such than that their
    then there these they this those very were what when where which whom whose will with would
    """.split()
)
# A price or a share in the line: what an offer, a classified ad or a ticket note names.
_PRICE = re.compile(r"€|\bEuro\b|%")
# Quotation marks: a quote is the article's, whatever it talks about.
_QUOTE_MARK = re.compile(r"[„“”\"»«]")
# A line of the same form next to it within this many words is a list item's sibling.
_SIBLING_WORDS = 6
# a run of this many kept lines that are no prose is a box of the article (see _has_sibling)
BOX_LINES = 3


def content_words(text: str) -> set[str]:
    """The lemmas of ``text``'s content words (lower case, four letters or more)."""
    words = (w.lower() for w in _CONTENT_WORD.findall(text))
    return {lemmatize(w, lang="de").lower() for w in words if w not in _FUNCTION_WORDS}


def _offer_shape(text: str, sh: Shape) -> bool:
    """A label or a dash cut, with a sign of an offer: the reader addressed, a call, a link,
    a price or a share ("Karten: 8 € an der Theke – Mitglieder 5 €")."""
    if not (sh.labelled or _DASH_CUT.search(text)):
        return False
    return sh.reader or sh.imperative or sh.linkish or bool(_PRICE.search(text))


def _sibling(a: Shape, b: Shape) -> bool:
    """Two lines of one form: both labelled or not, both sentences or not, of like length."""
    return (
        a.labelled == b.labelled and a.prose == b.prose and abs(a.words - b.words) <= _SIBLING_WORDS
    )


# A row of results ends in its figure ("Liste Nord: 12,4 %", "Team B (Gast): 31 Punkte"):
# two such rows next to each other are one table, whatever their labels look like.
_FIGURE_END = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|€|Prozent|Euro|Punkte|Stimmen)?$")


def _figure_row(text: str) -> bool:
    return ":" in text and _FIGURE_END.search(text.rstrip()) is not None


def _has_sibling(blocks: Sequence[Block], shapes: Sequence[Shape], kept: list[int], i: int) -> bool:
    """A kept line of the same form right before or after: ``i`` is an item of a list, or a
    row of results (a line ending in its figure next to another); or a line of a box the
    article keeps, a run of BOX_LINES or more kept lines that are no prose ("Öffnungszeiten:" /
    "Dienstag bis Freitag, 10 bis 16 Uhr" / "Eintritt: 6 Euro")."""
    pos = kept.index(i)
    near = [kept[p] for p in (pos - 1, pos + 1) if 0 <= p < len(kept)]
    if any(_sibling(shapes[j], shapes[i]) for j in near):
        return True
    if _figure_row(blocks[i].text) and any(_figure_row(blocks[j].text) for j in near):
        return True
    lo = hi = i
    while lo - 1 in kept and not shapes[lo - 1].prose:
        lo -= 1
    while hi + 1 in kept and not shapes[hi + 1].prose:
        hi += 1
    return hi - lo + 1 >= BOX_LINES


def _insert_candidate(text: str, sh: Shape) -> bool:
    """Offer-shaped, short, no question, no quote, no report (past tense, a verb of saying)."""
    if sh.words > MAX_WORDS or not _offer_shape(text, sh):
        return False
    if text.rstrip(_CLOSERS).endswith("?") or _QUOTE_MARK.search(text):
        return False
    if _advice_against(text, sh):
        return False  # "Und: Verbrennen Sie niemals ..."
    return not (NARRATIVE.search(text) or _SAYING.search(text))


def off_topic_inserts(
    blocks: Sequence[Block],
    shapes: Sequence[Shape],
    reason: list[str | None],
    scores: Sequence[float],
    *,
    title: str | None = None,
    protected: Collection[int] = (),
) -> list[int]:
    """Mark offer-shaped lines inside the prose core that share no content word with the rest
    of the kept text (headline included) and stand alone (no line of their form next to them:
    an article's fact list or programme has siblings)."""
    hits = [
        i
        for i, sh in enumerate(shapes)
        if reason[i] is None and i not in protected and _insert_candidate(blocks[i].text, sh)
    ]
    if not hits:
        return []
    core = prose_core(shapes, reason, scores)
    if len(core) < 2:
        return []
    kept = [i for i, r in enumerate(reason) if r is None]
    hits = [i for i in hits if core[0] < i < core[-1] and not _has_sibling(blocks, shapes, kept, i)]
    if not hits:
        return []
    words = {i: content_words(blocks[i].text) for i in kept}
    heading = content_words(title or "")
    taken = [
        i
        for i in hits
        if words[i] and not words[i] & heading.union(*(w for j, w in words.items() if j != i))
    ]
    for i in taken:
        reason[i] = OFF_TOPIC_REASON
    return taken
