"""Context rules: decisions about a block that depend on the blocks around it.

A per-block score cannot see that a short title line belongs to a "Mehr zum Thema" list, that
"Ort: Marktplatz" is part of a fact box, that the prose after "Kommentare (3)" is readers'
comments, or that the last lines of a page, each only faintly promotional, form its footer.
These passes take the per-block decisions (``reason``, None = keep) and widen them.
"""

from __future__ import annotations

import re
from typing import Protocol

from lagebild.clean.blocks import LABEL_START, Block, Shape, looks_like_data, plain_colon_line

# "Ort: Marktplatz", "Eintritt: frei": the lines of a fact box.
_KEY_VALUE = re.compile(r"^[A-ZÄÖÜ][\w .&/-]{0,25}:\s+\S")
_COMMENTS_HEADING = re.compile(
    r"^\s*(?:(?P<count>\d+)\s+)?(?:leser)?(?:kommentare|comments|diskussion|reaktionen|antworten)\s*(?:\((?P<n>\d+)\))?\s*:?\s*$"
    # a blog's thread heading: "9 Antworten auf „Titel“", "12 Kommentare zu ...", "3 thoughts on"
    r"|^\s*(?P<thread>\d+)\s+(?:leser)?(?:kommentare|antworten|reaktionen|gedanken|comments|responses|replies|thoughts)\s+(?:auf|zu|zum|zur|on|to)\s+\S.{0,200}$"
    # a counted heading with the section's note after a dash: "Diskussion (3) – Hinweis: ..."
    r"|^\s*(?:leser)?(?:kommentare|diskussion|reaktionen|comments)\s*\((?P<noted>\d+)\)\s*[–—-]\s+\S.{0,200}$",
    re.IGNORECASE,
)
# The frame of an ad or sponsor slot: a label line above and an end marker below.
_AD_END = re.compile(
    r"^\W*(?:ende (?:der|des) (?:anzeige|werbung|\w*botschaft|sponsor\w*|partner\w*)|(?:anzeige|werbung)\s*(?:ende|endet)|end of (?:advertisement|sponsored \w+))\W*$",
    re.IGNORECASE,
)
# The most blocks an ad frame may enclose, and the longest label that opens one.
AD_FRAME_MAX = 6
AD_LABEL_WORDS = 8

# Reasons whose short heading line ("Mehr zum Thema", "Details", "Kommentare") carries the
# non-prose lines under it (link titles, "Ort: ..." lines) with it.
# A prose block this long is content even when it shows a faint sign of furniture.
TAIL_MAX_WORDS = 25
SHORT_CALL_WORDS = 15
# advice that has the reader put a question to themselves ("Fragen Sie sich: Was brauche ich
# wirklich?", "Frag dich: Wovor habe ich Angst?"): the question is the reader's own, in the
# first person, not a call to answer the site; it is no short call of the footer
_SELF_QUESTION_ADVICE = re.compile(
    r"^\W*(?:fragen\s+sie\s+sich|frag(?:e)?\s+dich|überlegen\s+sie|überleg(?:e)?\s+dir)\b[^?:]{0,40}:"
    r"[^?]*\b(?:ich|mich|mir|mein\w*)\b[^?]*\?\s*$",
    re.IGNORECASE,
)
SHORT_FAREWELL_WORDS = 6  # "Bis zur nächsten Ausgabe!"
# Phrase-cue weight that counts as a sign of furniture on its own in the footer sweep.
STRONG_CUE = 1.5
# A question line and the answer line after it (ends a sentence, asks nothing).
QUESTION_END = re.compile(r"\?[\"“”»«’')]*\s*$")
_ANSWER_END = re.compile(r"^(?!.*\?\s*$).*[.!][\"“”»«’')]*\s*$")
# The longest promo line that is a label over an ad ("Anzeige", "Sponsored content") and
# carries the lines under it; a longer one is the ad itself.
PROMO_LABEL_WORDS = 5
# "Über die Solarwerk GmbH", "About Acme Inc.": the heading of a press release's boilerplate
# about its sender, and the most paragraphs under it.
_ABOUT_HEADING = re.compile(
    r"^(?:Über|About)\s+(?:die|den|das|der|uns|the\s)?\s*(?P<name>[A-ZÄÖÜ0-9][\w&.'’-]*(?:\s+[\w&.'’()-]+){0,6})\s*$"
)
ABOUT_MAX_BLOCKS = 2
# a press release's profile box under a heading that names nobody: "Unternehmensprofil",
# "Vereinsporträt", "Über das Unternehmen", "Das Unternehmen"; the paragraph under it names
# the organisation by its legal form or its founding
_PROFILE_HEADING = re.compile(
    r"^(?:(?:Unternehmens|Firmen|Vereins|Verbands|Kurz)(?:profil|porträt)"
    r"|(?:Über\s+das|Das)\s+(?:Unternehmen|Verband|Netzwerk))\s*$"
)
_ORGANISATION = re.compile(
    r"\b(?:GmbH|gGmbH|mbH|AG|KG|SE|eG|UG|e\.\s?V\.|Ltd\.?|Inc\.?)(?!\w)|\b(?:gegründet|seit\s+\d{4})\b"
)
# "Über die Autorin", "Zur Person", "Der Autor": the heading of an author's note, on its own
# line; the paragraph under it opens with the person's name ("Jana Beispiel ist ...").
_AUTHOR_WORDS = (
    r"(?:Über\s+(?:die|den)\s+Autor(?:in|en|innen)?|Zu[mr]\s+(?:Autor(?:in)?|Person)|"
    r"(?:Die|Der)\s+Autor(?:in|en|innen)?)"
)
_AUTHOR_HEADING = re.compile(rf"^{_AUTHOR_WORDS}\s*:?\s*$")
_PERSON_START = re.compile(
    r"^(?:(?:Prof|Dr)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+"
    r"(?:(?:von|van|de)\s+)?[A-ZÄÖÜ][\w'’-]+\s+[a-zäöüß]"
)
# join_neighbours: the weakest phrase cue and the longest line it takes along.
WEAK_JOIN_CUE = 1.0
WEAK_JOIN_WORDS = 14
# Decisions that are not furniture a neighbour could belong to.
_NOT_FURNITURE = frozenset({"headline", "repeated-headline"})
HEADING_REASONS = frozenset(
    {"related", "factbox", "comments", "job", "promo", "newsletter", "social"}
)
HEADING_WORDS = 12  # the longest furniture heading that carries lines along


class _Config(Protocol):
    """The part of ``BoilerplateConfig`` these rules read."""

    @property
    def threshold(self) -> float: ...
    @property
    def max_carry(self) -> int: ...
    @property
    def edge_bonus(self) -> float: ...
    @property
    def reported_cue_factor(self) -> float: ...
    @property
    def reported_min_words(self) -> int: ...


def comment_section(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], first_prose: int
) -> None:
    """Readers' comments leaked into the text: from a "Kommentare (3)" heading to the end.

    The heading must carry a count, or comment controls ("Antworten", "vor 2 Stunden",
    "Zum Kommentieren einloggen") must follow it; then everything after it is the comment
    section, the readers' own prose included.
    """
    for i in range(first_prose + 1, len(blocks)):
        m = _COMMENTS_HEADING.match(blocks[i].text)
        if not m:
            continue
        following = range(i + 1, min(len(blocks), i + 5))
        counted = m.group("count") or m.group("n") or m.group("thread") or m.group("noted")
        if counted or any(
            "comments" in shapes[k].reasons or "social" in shapes[k].reasons for k in following
        ):
            for k in range(i, len(blocks)):
                if reason[k] is None:
                    reason[k] = "comments"
            return


def ad_frames(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """Everything between an ad label and the ad's end marker is the ad ("Anzeige" ...
    "Ende der Anzeige", "— Partner dieser Ausgabe —" ... "— Ende der Partnerbotschaft —"),
    its prose included: newsletters and sites frame sponsored paragraphs this way. The label
    is the nearest short promo line at most AD_FRAME_MAX blocks above the end marker."""
    for j, b in enumerate(blocks):
        if not _AD_END.match(b.text):
            continue
        for i in range(j - 1, max(-1, j - AD_FRAME_MAX - 2), -1):
            if (
                reason[i] == "promo"
                and shapes[i].words <= AD_LABEL_WORDS
                and not _AD_END.match(blocks[i].text)
            ):
                for k in range(i + 1, j + 1):
                    reason[k] = "promo"
                break


def fact_boxes(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """A fact-box heading ("Auf einen Blick", "Details") over two or more "Key: value" lines is
    a fact box wherever it sits; the heading alone (a weak cue) is not."""
    for i, sh in enumerate(shapes):
        if reason[i] is not None or "factbox" not in sh.reasons or sh.prose or sh.words > 6:
            continue
        j = i + 1
        while (
            j < len(blocks)
            and reason[j] is None
            and not shapes[j].prose
            and _KEY_VALUE.match(blocks[j].text)
        ):
            j += 1
        if j - i - 1 >= 2:
            for k in range(i, j):
                reason[k] = "factbox"


_TITLE_REASONS = frozenset({"headline", "repeated-headline"})


def carry_headings(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], cfg: _Config
) -> None:
    """A short furniture heading takes the non-prose lines under it (link titles, key: value)."""
    i = 0
    while i < len(blocks):
        r = reason[i]
        if r in HEADING_REASONS and shapes[i].words <= HEADING_WORDS:
            j = i + 1
            nested: int | None = None
            past_title = False  # the run went past the page's title
            while j < len(blocks) and j - i <= cfg.max_carry and not shapes[j].prose:
                sh = shapes[j]
                if r == "promo" and shapes[i].words > PROMO_LABEL_WORDS:
                    break  # a promo line that is the ad itself, not a label over one
                if past_title and reason[j] is None and _opens_sentence(blocks[j].text, sh):
                    break  # under the title a sentence opens the article ("Große Sorge um ...!")
                past_title = past_title or reason[j] in _TITLE_REASONS
                if (
                    r == "promo"
                    and j > i + 1
                    and not (sh.cue_score or sh.promo_words or sh.linkish)
                ):
                    break  # an ad label takes the ad, not the subheading after it
                if r == "promo" and (
                    _lead_in_sentence(blocks[j].text, sh)
                    or (j == i + 1 and resumed_lead_in(blocks, shapes, reason, j))
                ):
                    break  # the article goes on under the ad label with a lead-in ("... so:")
                if _short_sentence_resuming(blocks, shapes, reason, j):
                    break  # the article goes on under the furniture ("Ihre Zulassung ruht.")
                if _lead_in_resuming(blocks, shapes, reason, j):
                    break  # the article opens its own rows in its own voice ("Unsere ... ergab:")
                if reason[j] is None and _own_lead_in(blocks[j].text, sh):
                    break  # the article opens a list of its own ("Die Ergebnisse im Überblick:")
                if _question_resuming(blocks, shapes, reason, j):
                    break  # the article goes on under a question subheading
                if reason[j] is None:
                    reason[j] = r
                elif nested is None and _own_heading(shapes[j]):
                    nested = j
                j += 1
            # a furniture heading of its own inside the run ("Anzeige" / the ad / "Leser lasen
            # auch:" / titles) carries its own lines where the first run stopped
            i = j if nested is None else nested
            continue
        i += 1


def _opens_sentence(text: str, sh: Shape) -> bool:
    """A capital start and a sentence's end mark: a sentence, not a time stamp ("vor 3 Std.")."""
    return sh.sentence_end and text.lstrip()[:1].isupper()


def _own_heading(sh: Shape) -> bool:
    """A short line with a heading's furniture phrase of its own (not one carried to it)."""
    return sh.words <= HEADING_WORDS and bool(set(sh.reasons) & HEADING_REASONS)


# A lead-in of the article's own over a list or rows under a furniture line: capital start, a
# colon at its end, OWN_LEAD_IN_WORDS or more words, no phrase, promotion, link, call or
# separator. A furniture heading carries link titles, and a link title ends in no colon; a
# box's own heading ("Mehr zum Thema:") carries a phrase cue.
OWN_LEAD_IN_WORDS = 3


def _own_lead_in(text: str, sh: Shape) -> bool:
    return sh.words >= OWN_LEAD_IN_WORDS and not sh.outlet_voice and plain_colon_line(text, sh)


# A lead-in of the article: a sentence that ends in a colon, of LEAD_IN_WORDS or more words,
# no phrase cue or promotion word ("Die Polizei hat dazu folgende Mitteilung verbreitet:").
LEAD_IN_WORDS = 8


def _lead_in_sentence(text: str, sh: Shape) -> bool:
    return (
        text.rstrip().endswith(":")
        and sh.words >= LEAD_IN_WORDS
        and sh.cue_score == 0
        and sh.promo_words == 0
        and not (sh.linkish or sh.separators or sh.imperative or sh.reader)
    )


# An ad slot left empty (an image ad) over the article's own lead-in ("So gehen Sie richtig
# vor:"), whose items or steps go on under it as kept prose: the lead-in may talk to the reader
# as the steps do; an ad's copy ending in a colon sells (a sales word, a price, a teaser dash,
# a call, the outlet's voice, a link) or has no kept text under it.
AD_LEAD_IN_ITEMS = 2
AD_LEAD_IN_WORDS = 4


def resumed_lead_in(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], i: int
) -> bool:
    """Line ``i`` under an ad slot is the article's lead-in to its kept items (see above)."""
    sh, text = shapes[i], blocks[i].text
    if not (
        text.endswith(":")
        and sh.words >= AD_LEAD_IN_WORDS
        and sh.cue_score == 0
        and sh.promo_words == 0
        and not (sh.imperative or sh.outlet_voice or sh.linkish or sh.contact or sh.separators)
        and " – " not in text
        and "€" not in text
    ):
        return False
    items = range(i + 1, i + 1 + AD_LEAD_IN_ITEMS)
    return items.stop <= len(blocks) and all(
        reason[k] is None and shapes[k].prose and shapes[k].cue_score == 0 for k in items
    )


# A complete short sentence: capital start, words, a lower-case word before the full stop, no
# label colon or separator ("Die Beute blieb verschwunden."); link titles and key: value lines
# under a furniture heading are not written that way.
_SHORT_SENTENCE = re.compile(r"^[A-ZÄÖÜ][^:|·•]*\s[a-zäöüß]{2,}\.$")


def _short_sentence_resuming(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], j: int
) -> bool:
    """Line ``j`` is a short sentence of the article that resumes under a furniture line:
    kept prose follows it right away."""
    nxt = j + 1
    return (
        reason[j] is None
        and nxt < len(blocks)
        and reason[nxt] is None
        and shapes[nxt].prose
        and bool(_SHORT_SENTENCE.match(blocks[j].text.strip()))
    )


def _lead_in_resuming(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], j: int
) -> bool:
    """Line ``j`` is a lead-in sentence of the article under a furniture line, kept prose right
    under it: the article goes on there, even in the outlet's own voice ("Unsere Auswertung
    hat drei Befunde ergeben, die neu sind:" / "1. ..."); a box's heading is no sentence of
    LEAD_IN_WORDS words and carries link titles, not prose."""
    nxt = j + 1
    return (
        reason[j] is None
        and nxt < len(blocks)
        and reason[nxt] is None
        and shapes[nxt].prose
        and _lead_in_sentence(blocks[j].text, shapes[j])
    )


def _plain(sh: Shape) -> bool:
    """No phrase cue, link, call to the reader, separators or outlet voice: a line that reads
    as the article's own text."""
    return sh.cue_score == 0 and not (
        sh.linkish or sh.reader or sh.imperative or sh.separators or sh.outlet_voice
    )


# A subheading of the article asked as a question ("Was bedeutet das für Mieter?"): capital
# start, at least QUESTION_HEADING_WORDS words, no phrase cue, link or call to the reader.
QUESTION_HEADING_WORDS = 4
_QUESTION_HEADING = re.compile(r"^[A-ZÄÖÜ][^:|·•›»]*\?$")


def question_subheading(text: str, sh: Shape) -> bool:
    """A subheading of the article asked as a question (see above)."""
    return (
        sh.words >= QUESTION_HEADING_WORDS
        and _plain(sh)
        and bool(_QUESTION_HEADING.match(text.strip()))
    )


def _question_resuming(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], j: int
) -> bool:
    """Line ``j`` is a question subheading under which the article resumes: kept prose
    follows it right away (an ad label or a link above it does not take it along)."""
    nxt = j + 1
    return (
        reason[j] is None
        and nxt < len(blocks)
        and reason[nxt] is None
        and shapes[nxt].prose
        and question_subheading(blocks[j].text, shapes[j])
    )


# The article's last sentence, short and full of names, is not prose to the shape test ("Neuer
# Trainer wird Jonas Brehm."); link titles under the text do not end in a full stop, and an
# author's bio under it runs to more than one sentence.
LAST_SENTENCE_WORDS = 3
_LAST_SENTENCE = re.compile(r"^[A-ZÄÖÜ][^:|·•›».!?]*[^.\s]\.$")
# ... or a shorter fact under a one-word label of the article's own, closed by a full stop
# ("Beginn: 18 Uhr, Stadthalle."): a link list's titles end in no full stop, a credit
# ("Fotos: ...") or a note to the reader carries a phrase cue
LAST_FACT_WORDS = 3
_LAST_FACT = re.compile(r"^[A-ZÄÖÜ][a-zäöüß-]{2,}:\s+[^:|·•›»!?]*[^.\s]\.$")
# ... or someone's closing words after a speaker and a colon ("Gärtnerin Ina Falk rät: „Gießen
# Sie morgens.“"): the call to the reader inside the quotation is the speaker's, not the page's
_LAST_QUOTE = re.compile(
    r"^(?:[A-ZÄÖÜ][\w.-]*\s+){1,5}[a-zäöüß]{3,}:\s*[„\"»‚][^„\"»«“”|·•›]{8,}[.!?…][“\"«‘]$"
)


# A review's closing data line about the book right under its last paragraph ("Anna Berger:
# Stilles Land. Roman. Verlag Nordlicht, 298 Seiten, 24 Euro."): author, title, publisher,
# pages and price belong to the review. Quoted titles carry a phrase cue of their own.
_BOOK_DATA = re.compile(
    r"^(?=.{0,200}$)[A-ZÄÖÜ][^:|·•›!?]{1,60}:\s+[^|·•›!?]{2,140}\b\d{2,4}\s+seiten\s*,\s*"
    r"\d+(?:[.,]\d{2})?\s*(?:€|euro)\.?\s*$",
    re.IGNORECASE,
)


def _book_data(blocks: list[Block], shapes: list[Shape], reason: list[str | None], i: int) -> bool:
    """Block ``i`` is a book's data line right under the article's kept prose."""
    return (
        i > 0
        and reason[i - 1] is None
        and shapes[i - 1].prose
        and shapes[i].cue_score == 0
        and "eiten" in blocks[i].text
        and bool(_BOOK_DATA.match(blocks[i].text.strip()))
    )


def _last_sentence(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], i: int, j: int
) -> bool:
    """The run ``i:j`` is one full sentence right under the article's kept prose."""
    sh = shapes[i]
    if not (j == i + 1 and i > 0 and reason[i - 1] is None and shapes[i - 1].prose):
        return False
    text = blocks[i].text.strip()
    if sh.words >= LAST_FACT_WORDS and _plain(sh) and _LAST_FACT.match(text):
        return True
    if sh.words < LAST_SENTENCE_WORDS:
        return False
    if _plain(sh) and _LAST_SENTENCE.match(text):
        return True
    return (
        sh.cue_score == 0
        and not (sh.linkish or sh.separators or sh.outlet_voice)
        and ":" in text
        and bool(_LAST_QUOTE.match(text))
    )


# An enumeration the article's text leads into: a sentence of its own words ending in a colon
# ("Gefördert wurden außerdem drei Vereine, darunter:", "Was der Verein jetzt braucht:") with
# bulleted items in plain words, lower-case ones that go on that sentence ("- ein Zeltlager der
# Pfadfinder") or the nouns it lists ("- Decken und Handtücher"). A list of links under the
# text sits under a label ("Mehr zum Thema:", "Auch interessant für Sie:") instead: a phrase
# cue, a call to the reader, a capitalised word before the colon. The outlet may speak in the
# lead-in ("Was wir jetzt brauchen:"): a club's or a shelter's page is written so.
ENUM_LEAD_WORDS = 4
_LEAD_IN = re.compile(r"^[A-ZÄÖÜ][^:|·•›»]*[a-zäöüß,]:$")
_BULLETS = "-–•*"  # an item's bullet signs ("-" first, a literal in the class below)
_LIST_ITEM = re.compile(rf"^[{_BULLETS}]\s+\S")
_ITEM_MARKS = frozenset(_BULLETS)  # the cheap key: the first character of an item
# the places of a ranking the text leads into ("Die Spitze nach dem 30. Spieltag:" / "1. Team
# 64 Punkte" / "2. Team 61 Punkte"): numbered items counting up from one
_RANK_ITEM = re.compile(r"^(\d{1,2})\.\s+\S")


def _items_end(blocks: list[Block], start: int, stop: int) -> int:
    """End of the run of list items from ``start`` (before ``stop``): bulleted items, or
    numbered ones counting up from one."""
    k = start
    while k < stop and _LIST_ITEM.match(blocks[k].text.strip()):
        k += 1
    if k > start:
        return k
    while (
        k < stop and (m := _RANK_ITEM.match(blocks[k].text.strip())) and int(m[1]) == k - start + 1
    ):
        k += 1
    return k


def _enumeration_lead(b: Block, sh: Shape) -> bool:
    """Block ``b`` is a lead-in sentence of the article that ends in a colon."""
    return (
        sh.words >= ENUM_LEAD_WORDS
        and sh.cue_score == 0
        and not (sh.linkish or sh.imperative or sh.separators or sh.labelled)
        and bool(_LEAD_IN.match(b.text.strip()))
    )


# A lead-in may speak to the reader when its items are steps to take, each ending in its verb
# in the infinitive ("So schützen Sie sich:" / "- Fenster schließen" / "- Keller meiden"); a
# teaser list under "... könnten Sie interessieren:" has titles ending in a finite verb or a
# noun ("- Neue Halle eröffnet", "- Chor sucht Verstärkung").
_STEP_ITEM = re.compile(r"\s[a-zäöüß]{2,}(?:en|ern|eln)\.?$")


def _enumeration(blocks: list[Block], shapes: list[Shape], i: int, j: int) -> bool:
    """The run ``i:j`` is a lead-in sentence of the article and the items that continue it."""
    if j - i < 2 or not blocks[i].text.rstrip().endswith(":"):
        return False
    if not _enumeration_lead(blocks[i], shapes[i]):
        return False
    if shapes[i].reader and not all(
        _STEP_ITEM.search(blocks[k].text.rstrip()) for k in range(i + 1, j)
    ):
        return False
    return _items_end(blocks, i + 1, j) == j and all(_plain(shapes[k]) for k in range(i + 1, j))


def _enumeration_end(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], i: int, j: int
) -> int | None:
    """Where the enumeration that opens the run ``i:j`` ends (its lead-in at ``i``, or kept
    right above it), or None when the run opens with none."""
    if blocks[i].text.rstrip().endswith(":"):
        lead = i
    elif i > 0 and reason[i - 1] is None and blocks[i].text[:1] in _ITEM_MARKS:
        lead = i - 1
    else:
        return None
    k = _items_end(blocks, lead + 1, j)
    return k if k > i and _enumeration(blocks, shapes, lead, k) else None


def _closing_enumeration(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], i: int, j: int
) -> int:
    """Where an enumeration that closes the run ``i:j`` starts (its lead-in), or ``j`` when
    none does: the article's own list under its last lines (a line-up, a fact), right before
    the page's furniture."""
    for k in range(i + 1, j - 1):
        if (
            blocks[k].text.rstrip().endswith(":")
            and _enumeration_end(blocks, shapes, reason, k, j) == j
        ):
            return k
    return j


def enumeration_start(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], j: int
) -> int | None:
    """Where the enumeration whose last item is block ``j`` starts (its lead-in), or None."""
    if blocks[j].text[:1] not in _ITEM_MARKS:
        return None  # cheap key: an item opens with its bullet
    k = j
    while k > 0 and reason[k] is None and _LIST_ITEM.match(blocks[k].text.strip()):
        k -= 1
    if k == j or reason[k] is not None:
        return None
    return k if _enumeration(blocks, shapes, k, j + 1) else None


def close_runs(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    first_prose: int,
    last_prose: int,
) -> None:
    """Non-prose runs between furniture and the edge of the article (or more furniture) go too."""
    n = len(reason)
    i = 0
    while i < n:
        if reason[i] is not None or shapes[i].prose:
            i += 1
            continue
        j = i
        while j < n and reason[j] is None and not shapes[j].prose:
            j += 1
        in_tail = i > last_prose
        if in_tail and _book_data(blocks, shapes, reason, i):
            i += 1  # the review's book data stays; what follows it is judged alone
            if i == j:
                continue
        # the article's enumeration stays, under its text or inside it between two inserts
        # (a gallery above, a shop link below); what follows it is judged alone
        if i > first_prose and (end := _enumeration_end(blocks, shapes, reason, i, j)) is not None:
            i = end
            if i == j:
                continue
        left = "edge" if i == 0 else (reason[i - 1] if reason[i - 1] is not None else None)
        right = "edge" if j == n else (reason[j] if reason[j] is not None else None)
        # an enumeration of the article's own closes the run: it stays, the lines above it
        # are judged as the run's
        end = _closing_enumeration(blocks, shapes, reason, i, j) if in_tail else j
        in_head = j <= first_prose
        fill: str | None = None
        if left not in (None, "edge") and right is not None and (right != "edge" or in_tail):
            fill = left
        elif right not in (None, "edge") and left == "edge" and in_head:
            fill = right
        if (
            fill is None
            and in_tail
            and right not in (None, "edge")
            and not any(looks_like_data(blocks[k].text) for k in range(i, j))
            and not any(answered_question(blocks, shapes, k) for k in range(max(1, i), j))
            and not _last_sentence(blocks, shapes, reason, i, j)
        ):
            fill = "link-list"  # short lines after the article's last paragraph, before furniture
        if fill is None and (in_tail or in_head):
            kv = sum(1 for k in range(i, j) if _KEY_VALUE.match(blocks[k].text))
            # "Männer: 1. Name (Verein) 1:06:48 Std., 2. ..." rows of results are the news
            data = any(looks_like_data(blocks[k].text) for k in range(i, j))
            if kv >= 2 and 2 * kv >= j - i and not data:
                fill = "factbox"  # "Ort: ...", "Eintritt: ..." lines at the edge of the article
        if fill is not None and fill not in ("headline", "repeated-headline"):
            for k in range(i, end):
                reason[k] = fill
        i = j


def answered_question(blocks: list[Block], shapes: list[Shape], k: int) -> bool:
    """Block ``k`` answers the question on the line before it ("Würden Sie noch einmal
    gründen?" / "Ja. Aber langsamer."): a turn of an interview, not a link title or a footer.
    Neither line may carry a furniture phrase, a link or a call to the reader."""
    if k < 1 or k >= len(blocks):
        return False
    q, a = shapes[k - 1], shapes[k]
    return bool(
        QUESTION_END.search(blocks[k - 1].text)
        and _ANSWER_END.search(blocks[k].text)
        and q.cue_score == 0
        and a.cue_score == 0
        and not (q.linkish or a.linkish or q.imperative or a.imperative)
    )


def join_neighbours(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """A short non-prose line with a weak furniture phrase goes with the furniture next to it.

    "Termine heute in ..." above an event widget's rows, "Suche: Garage ..." among classified
    ads: the phrase alone is too weak to remove a line, its neighbour being furniture is the
    second sign. The neighbour's own reason is not copied, the line keeps its phrase's.
    """
    for _ in range(2):  # forwards and backwards, so a run of such lines joins as a whole
        order = range(len(blocks)) if _ == 0 else range(len(blocks) - 1, -1, -1)
        for i in order:
            sh = shapes[i]
            if (
                reason[i] is not None
                or sh.prose
                or sh.cue_score < WEAK_JOIN_CUE
                or sh.words > WEAK_JOIN_WORDS
                or not sh.reasons
            ):
                continue
            near = [reason[k] for k in (i - 1, i + 1) if 0 <= k < len(blocks)]
            if any(r is not None and r not in _NOT_FURNITURE for r in near):
                reason[i] = sh.reasons[0]


def cut_teasers(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """A short line cut off mid-sentence right under furniture is a teaser of another article.

    "Mehr aus der Stadt" over "Neue Brücke: Die Bauarbeiten beginnen ...": an extractor keeps
    the link list's teaser text. An ellipsis alone is no sign (news prose trails off too);
    the furniture above it is the second one.
    """
    for i in range(1, len(blocks)):
        above = reason[i - 1]
        if (
            reason[i] is None
            and shapes[i].truncated
            and above is not None
            and above not in _NOT_FURNITURE
        ):
            reason[i] = "teaser"


def _prose_run(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    i: int,
    pattern: re.Pattern[str],
    *,
    lower: bool = False,
) -> int:
    """The end of the kept prose paragraphs after block ``i`` (at most ABOUT_MAX_BLOCKS of
    them) in which ``pattern`` is found (in the lower-cased text with ``lower``)."""
    j = i + 1
    while (
        j < len(blocks)
        and j - i <= ABOUT_MAX_BLOCKS
        and reason[j] is None
        and shapes[j].prose
        and pattern.search(blocks[j].text.lower() if lower else blocks[j].text)
    ):
        j += 1
    return j


# The author's note on one line, under its label: "Zur Person: Jana Beispiel volontiert in
# der Lokalredaktion", "Die Autorin: ...". Under furniture (the share bar, the comment count)
# with nothing of the article after it, it speaks of the writer; a profile of someone in the
# news follows the article's own prose.
_AUTHOR_LABEL = re.compile(rf"^{_AUTHOR_WORDS}\s*:\s+")  # the heading's words, a colon


def _inline_author_note(blocks: list[Block], reason: list[str | None], i: int) -> bool:
    m = _AUTHOR_LABEL.match(blocks[i].text.strip())
    return (
        m is not None
        and reason[i] is None
        and i > 0
        and reason[i - 1] is not None
        and reason[i - 1] not in _NOT_FURNITURE
        and bool(_PERSON_START.match(blocks[i].text.strip()[m.end() :]))
        and all(reason[k] is not None for k in range(i + 1, len(blocks)))
    )


def about_boxes(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], first_prose: int
) -> None:
    """The "Über <Firma>" / "About <Company>" box of a press release: a heading that names an
    organisation, then one or two paragraphs that describe it (they name it again), then
    furniture (press contact, distribution note) or the end of the text."""
    for i in range(first_prose + 1, len(blocks)):
        text = blocks[i].text.strip()
        if _inline_author_note(blocks, reason, i):
            reason[i] = "about"
            continue
        if reason[i] in _NOT_FURNITURE or shapes[i].prose:
            continue
        if _AUTHOR_HEADING.match(text):
            # an author's note: one paragraph that opens with the person's name
            j = i + 1
            if j < len(blocks) and reason[j] is None and shapes[j].prose:
                j += bool(_PERSON_START.match(blocks[j].text))
        elif _PROFILE_HEADING.match(text):
            # a profile heading that names nobody: the paragraphs under it describe a company
            # or a club by its legal form or founding ("Die Muster KG braut seit 1890 ...")
            j = _prose_run(blocks, shapes, reason, i, _ORGANISATION)
        else:
            m = _ABOUT_HEADING.match(text)
            if not m:
                continue
            # the paragraphs name it again: its longest word ("Feldmann Pumpen AG" -> feldmann)
            word = max(m.group("name").split(), key=len).strip("().,").lower()
            name = re.compile(rf"\b{re.escape(word)}")  # inflected: "der Technischen ..."
            j = _prose_run(blocks, shapes, reason, i, name, lower=True)
        if j == i + 1 or (j < len(blocks) and reason[j] is None):
            continue  # describes nothing, or the article goes on after it
        for k in range(i, j):
            reason[k] = "about"


# A labelled note counts its cues in full from this weight: more than one phrase, or a strong
# one. A single phrase in a labelled paragraph of a report stays discounted ("Zum Abschluss:
# Mehrere Städte haben die Kommentarfunktion eingeschränkt", an interview turn "Name: ...").
LABELLED_FULL_CUE = 3.0


def own_cue(sh: Shape, cfg: _Config, *, labels: bool = False) -> float:
    """The phrase-cue weight of a block, with the cues news may report about discounted in
    third-person prose as the block score does ("Die Fassungen sollen in der Mediathek
    abrufbar sein" reports on a media library; it does not point the reader to one).
    ``labels``: a note under its own label ("Partnerhinweis: ...", "Neu zum Hören: ...") is
    the page speaking, not a report, and counts its cues in full from LABELLED_FULL_CUE (the
    rules' decision reads it so; the block score the learned model was trained on keeps the
    discount)."""
    if (
        sh.prose
        and sh.words >= cfg.reported_min_words
        and not (labels and sh.labelled and sh.cue_score >= LABELLED_FULL_CUE)
        and (not (sh.reader or sh.outlet_voice or sh.imperative) or sh.topic_reported)
    ):
        return sh.cue_score - sh.topic_score * (1.0 - cfg.reported_cue_factor)
    return sh.cue_score


# A line led by a link arrow ("→ Lawinenkurse 2027/28: Termine"): the title of a link, even
# with the figures of a date or season in it; a quotation opens with "»" and no space.
_LINK_ARROW = re.compile(r"^\s*[→›»▸➜]\s")


def _footer_cue(b: Block, sh: Shape, cfg: _Config) -> float:
    """The phrase-cue weight the footer sweep reads: discounted for a plain statement that
    reports a topic (see :func:`own_cue`), not for a labelled note or a question, the shapes
    of footer lines ("Nutzungshinweis: Nur für Bezieher ...", "Eigene Meldung? Jetzt ...")."""
    if sh.questions or LABEL_START.match(b.text):
        return sh.cue_score
    return own_cue(sh, cfg)


def sweep_tail(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    scores: list[float],
    content: list[bool],
    self_ref: list[bool],
    first_prose: int,
    cfg: _Config,
) -> None:
    """The page footer: trailing blocks that each show only faint signs of furniture.

    Walks back from the end over blocks that are already furniture or carry some furniture
    evidence (reader address, the outlet's voice or name, a question, a short non-sentence
    line) and stops at the first block of content. When the evidence of the run adds up to
    the threshold and the run holds at least one block that is furniture on its own or two
    weak ones, the whole run goes.
    """
    total = 0.0
    strong = weak = 0
    j = len(shapes) - 1
    while j > first_prose:
        sh = shapes[j]
        if reason[j] is None and reason[j - 1] is None and answered_question(blocks, shapes, j):
            break  # an interview's last question and answer end the article, not the footer
        if reason[j] is None and _last_sentence(blocks, shapes, reason, j, j + 1):
            break  # the article's last sentence, short and full of names
        if reason[j] is None and _book_data(blocks, shapes, reason, j):
            break  # a review's closing data line about the book
        if reason[j] is None and enumeration_start(blocks, shapes, reason, j) is not None:
            break  # items that go on the article's sentence ("..., darunter:" / "- ein ...")
        if reason[j] is not None:
            strong += 1
            total += max(scores[j], cfg.threshold)
        else:
            # a single faint phrase cue ("kostenlos") is no sign in prose that reports news
            evidence = scores[j] - (sh.cue_score if sh.cue_score < STRONG_CUE else 0.0)
            if sh.prose and (content[j] or evidence <= 0 or sh.words >= TAIL_MAX_WORDS):
                break
            # prose joins the footer only with furniture words, the outlet's name, or as a
            # short question or call to the reader ("Du hast einen Tipp für uns?");
            # advice and interview answers that merely talk to the reader stay, and so does
            # a longer exclamation in the writer's "wir" that turns to no reader (a club's
            # "Wir freuen uns auf ein volles Haus!" closes its own report)
            short_call = (
                (sh.questions or sh.exclaims)
                and (
                    sh.words <= SHORT_FAREWELL_WORDS
                    or (
                        sh.words <= SHORT_CALL_WORDS
                        and (sh.reader or (sh.outlet_voice and sh.questions))
                    )
                )
                and not (sh.questions and _SELF_QUESTION_ADVICE.match(blocks[j].text))
            )
            outlet_to_reader = sh.reader and sh.outlet_voice
            if sh.prose and not (
                _footer_cue(blocks[j], sh, cfg) >= 1.0
                or self_ref[j]
                or short_call
                or outlet_to_reader
            ):
                break
            if looks_like_data(blocks[j].text) and not _LINK_ARROW.match(blocks[j].text):
                break  # result rows and tables are content; an arrow marks a link's title
            if evidence > 0:
                weak += 1
                total += evidence
        j -= 1
    if total >= cfg.threshold and (strong or weak >= 2):
        for k in range(j + 1, len(shapes)):
            if reason[k] is None:
                reason[k] = "trailing"
