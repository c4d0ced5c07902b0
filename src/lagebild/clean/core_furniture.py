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
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

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
# A label or a dash inside a line that is no sentence: a widget's or an offer's parts
# ("Gehaltsrechner: Position eingeben", "Fotoalbum vom Fest – Zugang erhalten Sie ...").
_SEGMENTED = re.compile(r"\S:\s+\S|\s[–—]\s+\S")
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
    if sh.cue_score == 0 and _NEGATED.search(text) and not _NEGATED_CALL.search(text):
        return []  # advice against something, with no sign of an offer
    reason[i] = CORE_REASON
    return [i]
