"""Remove page furniture from an article body, keeping every removed block with its reason.

Works on plain text and on trafilatura's output alike. The body is split into blocks (lines);
each block gets a furniture score from phrase cues (``lexicon``), its shape (``blocks``), its
position and, when a snapshot of :class:`OutletLineStats` is given, how often the outlet repeats
it. Context then widens the decision: link lists and fact-box lines under a furniture heading,
and non-prose runs that touch furniture at the head or tail of the article, go with it. Then a
learned classifier (``learned``) decides the blocks the rules keep, outside the article's prose
core (reason ``learned``). Long blocks are also trimmed sentence by sentence at their ends,
where furniture gets glued on.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from rapidfuzz import fuzz

from lagebild.clean.blocks import (
    ITEM_MARK,
    LABEL_START,
    Block,
    Shape,
    cue_hits,
    is_content,
    item_runs,
    looks_like_title,
    names_outlet,
    own_outlet_text,
    plain_colon_line,
    plain_line,
    shape,
    split_blocks,
    split_sentences,
)
from lagebild.clean.context import (
    QUESTION_END,
    about_boxes,
    ad_frames,
    carry_headings,
    close_runs,
    comment_section,
    cut_teasers,
    fact_boxes,
    join_neighbours,
    own_cue,
    question_subheading,
    resumed_lead_in,
    sweep_tail,
)
from lagebild.clean.core_furniture import content_words, core_calls, off_topic_inserts
from lagebild.clean.edges import head_and_tail, section_links
from lagebild.clean.learned import NARRATIVE, BlockModel, apply_learned, default_model
from lagebild.clean.lexicon import (
    CONTACT,
    LABEL_CALL,
    OUTLET_VOICE,
    PROMO_WORDS,
    SEPARATORS,
    names_domains_only,
)
from lagebild.clean.outlet_stats import OutletLineStats
from lagebild.errors import LagebildError
from lagebild.model import RemovedBlock, normalise_text

log = logging.getLogger(__name__)

# "London – ...", "Berlin (dpa) - ...": the first line of the body, not a headline.
_DATELINE_START = re.compile(
    r"^[A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*){0,2}(?:\s\([\w/ ,.-]{2,20}\))?\s[–—-]\s"
)
# The headline is looked for among this many first blocks (before the first prose): an e-mail
# export puts subject, sender, date, preheader, greeting and a topic list above it.
HEADLINE_SEARCH_BLOCKS = 8
# a headline under a labelled notice banner has at least this many words (see _headline)
TITLE_UNDER_BANNER_WORDS = 5
# Reported speech: a sentence naming the outlet this way reports the news ("sagte die
# Landrätin dem Pfalz-Boten"), it does not speak about the outlet; nor does one that gives
# the outlet as the source of its news ("Nach Informationen des Kuriers ...", "Wie der Bote
# erfuhr, ...", "Das Papier liegt dem Boten vor"), or that tells of its earlier reports ("Der
# Bote hatte mehrfach über ähnliche Fälle berichtet").
_REPORTED_SPEECH = re.compile(
    r"\b(?:sagte|sagten|erklärte|erklärten|betonte|bestätigte|bestätigten|kritisierte|warnte|"
    r"berichtete|berichteten|teilte|teilten|kündigte|räumte|sagt|erklärt|bestätigt|erfuhr|"
    r"erfuhren)\b|\b(?:im Gespräch mit|gegenüber (?:dem|der|den))\b"
    r"|\b(?:[Nn]ach|[Ll]aut)\s+(?:Informationen|Recherchen|Angaben)\s+(?:des|der|von)\b"
    r"|\b(?:liegt|liegen|lag|lagen)\s+(?:dem|der)\s+[\w-]+\s+vor\b"
    # a quotation closed and given to its speaker: "„...“, so die Ministerin (zum Boten)."
    r"|[“”«\"],?\s+so\s+(?:der|die|[A-ZÄÖÜ])"
    r"|\b(?:hatte|hatten|hat)\b[^.!?]{0,80}\b(?:berichtet|gemeldet)\b"
)
# Lines up to this long that name the article's own outlet count as self-reference.
SELF_REFERENCE_WORDS = 20
# What is left of a block after cutting furniture sentences must be at least this long ...
MIN_TRIMMED_CHARS = 80
# ... and, when a sentence was cut from its start, must not refer back to it.
_BACK_REFERENCE = re.compile(
    r"(?:dort|hier|dabei|damit|dazu|dafür|darin|darüber|davon|so|dies\w*|there|this|these|it)\b",
    re.IGNORECASE,
)

# Blocks removed for these reasons may be prose with furniture glued on: try trimming first.
# "Name: text" at the start of a line; in an interview two such speakers take turns
_SPEAKER = re.compile(r"^([A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*){0,2}):\s+\S")


_HEADLINES = frozenset({"headline", "repeated-headline"})


def interview_turns(blocks: list[Block]) -> set[int]:
    """Blocks that are turns of an interview ("Morgenlage: Und die Löhne?" / "Berger: Ja.").

    Two labels that are no furniture field ("Foto:", "Quelle:") and alternate at least twice
    mark an interview; their lines are article text, even when a label names the outlet.
    """
    labelled = [(i, m.group(1)) for i, b in enumerate(blocks) if (m := _SPEAKER.match(b.text))]
    counts: dict[str, int] = {}
    for _, label in labelled:
        counts[label] = counts.get(label, 0) + 1
    speakers = {
        label for label, n in counts.items() if n >= 2 and shape(label + ": Text").cue_score == 0
    }
    if len(speakers) < 2:
        return set()
    turns = [(i, label) for i, label in labelled if label in speakers]
    # a speaker answers someone at least once; a label that only ever opens the page's head
    # ("Interview: „Titel“", "Interview: Name · Lesezeit") takes no turn in the dialogue
    answering = {b[1] for a, b in pairwise(turns) if a[1] != b[1]}
    if len(answering) < 2:
        return set()
    turns = [(i, label) for i, label in turns if label in answering]
    switches = sum(1 for a, b in pairwise(turns) if a[1] != b[1])
    return {i for i, _ in turns} if switches >= 2 else set()


# The most a phrase cue may weigh on a line that an interview or a list of the article's own
# keeps: a strong phrase (2.0: "Jetzt Newsletter abonnieren") still removes it.
WEAK_CUE = 2.0
# A list whose items are mostly article text: a marker, at least this many items, this share kept.
MIN_LIST_ITEMS = 3
LIST_KEPT_SHARE = 0.6


def answered_questions(blocks: list[Block], shapes: list[Shape]) -> set[int]:
    """Turns of an interview without speaker labels: question lines, each answered by the line
    after it. Two or more such pairs make an interview; its lines are article text unless a
    strong furniture phrase marks them. A question that talks to the reader as a call
    ("Fragen? Schreiben Sie uns.") is no turn: the question carries no cue and no link, the
    answer no call and no link, and neither is a row of link titles joined by separators
    ("Mehr: Wer gewinnt? · Wie weiter?"). (``context.answered_question`` is the stricter test
    of one pair that the footer sweep uses: there the answer may carry no phrase at all.)"""
    pairs: list[int] = []
    for k in range(1, len(blocks)):
        q, a = shapes[k - 1], shapes[k]
        if (
            QUESTION_END.search(blocks[k - 1].text)
            and not QUESTION_END.search(blocks[k].text)
            and a.sentence_end
            and q.cue_score == 0
            and not (q.linkish or a.linkish or q.imperative or a.imperative)
            and not (q.separators or a.separators)
            and a.cue_score <= WEAK_CUE
        ):
            pairs.append(k)
    if len(pairs) < 2:
        return set()
    return {i for k in pairs for i in (k - 1, k)}


# A question the article puts to itself right under its own prose ("Was bedeutet das für die
# Mieter?") is a step of its argument, not a link title: no kept line of rounds 1-49 pairs
# such a short question with a plain answering sentence that the page furniture owns.
POSED_QUESTION_WORDS = 8


def posed_questions(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """A short question right after the article's kept prose, answered by the sentence under
    it ("Was heißt das für Sie?" / "Wenn Sie ..., zahlen Sie ..."): both are article text, even
    when they talk to the reader. The question carries no phrase cue, no link and no call; the
    answer is a plain sentence with none of them and no number to call either."""
    out: set[int] = set()
    for k in range(2, len(blocks)):
        q, a = shapes[k - 1], shapes[k]
        if not (
            reason[k - 2] is None
            and QUESTION_END.search(blocks[k - 1].text)
            and q.words <= POSED_QUESTION_WORDS
            and q.cue_score == 0
            and not (q.linkish or q.imperative or q.separators or q.contact)
            and a.prose
            and not QUESTION_END.search(blocks[k].text)
            and a.cue_score == 0
            and not (a.linkish or a.imperative or a.separators or a.contact)
            and not CONTACT.search(blocks[k].text)
        ):
            continue
        if shapes[k - 2].prose:
            out.update((k - 1, k))
        elif k >= 3 and _question_heading(blocks, shapes, reason, k - 2):
            out.update((k - 2, k - 1, k))  # under a heading of its own ("FAQ")
    return out


# A short heading of the article's own over its questions ("Fragen und Antworten", "FAQ"),
# right under its kept prose: no sentence, no colon, no phrase cue, link or call. An ad label
# or a photo credit there carries a phrase cue.
POSED_HEADING_WORDS = 4


def _question_heading(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], h: int
) -> bool:
    """Block ``h`` heads the posed question under it (see above)."""
    sh, text = shapes[h], blocks[h].text.strip()
    return (
        reason[h] is None
        and reason[h - 1] is None
        and shapes[h - 1].prose
        and not sh.prose
        and sh.words <= POSED_HEADING_WORDS
        and not text.endswith((".", "!", "?", ":"))
        and ":" not in text
        and plain_line(sh)
        and not sh.outlet_voice
    )


def list_siblings(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Items of a list the article keeps: an item removed on a weak phrase alone ("... in der
    App" in a list of advice) is article text like its siblings."""
    out: set[int] = set()
    for items, numbered in item_runs(blocks):
        kept = sum(1 for k in items if reason[k] is None)
        # numbered steps written as sentences ("1. Öffnen Sie die App ...", "2. Ändern Sie
        # ..."): a how-to of the article, where one step may name a phrase of full weight
        steps = numbered and all(shapes[k].prose and shapes[k].sentence_end for k in items)
        most = WEAK_CUE + (STEP_CUE_MARGIN if steps else 0.0)
        if len(items) >= MIN_LIST_ITEMS and kept >= LIST_KEPT_SHARE * len(items):
            out.update(
                k
                for k in items
                if reason[k] not in (None, "outlet-repeated") and shapes[k].cue_score < most
            )
    return out


# Numbered steps in sentences keep an item whose phrase cue weighs up to WEAK_CUE inclusive.
STEP_CUE_MARGIN = 0.5
# A summary heading ("Das Wichtigste in Kürze:", with or without its colon) over list items that
# are sentences the article keeps is the article's own: a fact box lists "Key: value" lines, not
# sentences.
SUMMARY_HEADING_WORDS = 6
# a list item (ITEM_MARK) that opens with a key and a colon ("- Ort: ...", "1. Preis: ...")
_KEY_ITEM = re.compile(ITEM_MARK.pattern + r"[\w .&/-]{1,30}:\s")


def _heading_end(text: str) -> bool:
    """A heading's end: a colon, or a bare last word without a sentence mark."""
    last = text.rstrip()[-1:]
    return last == ":" or last.isalpha()


def summary_headings(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None]
) -> set[int]:
    """A fact-box heading (bare or ending in ":") over two or more kept list items in
    sentences."""
    out: set[int] = set()
    for i, sh in enumerate(shapes):
        if (
            reason[i] != "factbox"
            or sh.reasons != ["factbox"]
            or sh.words > SUMMARY_HEADING_WORDS
            or not _heading_end(blocks[i].text)
        ):
            continue
        j = i + 1
        while (
            j < len(blocks)
            and reason[j] is None
            and ITEM_MARK.match(blocks[j].text)
            and shapes[j].sentence_end
            and not _KEY_ITEM.match(blocks[j].text)
        ):
            j += 1
        if j - i - 1 >= MIN_INTRODUCED_ITEMS:
            out.add(i)
    return out


# A line in the article's own words that opens a list ("Die Stiftung rät Eltern:"): a few
# words, a share of them lower-case (verbs, articles), no phrase cue, nobody addressed.
LEAD_IN_MIN_WORDS = 4
LEAD_IN_LOWER = 0.25
MIN_INTRODUCED_ITEMS = 2
# a lead-in that ends in a comma ("Die Fraktion fordert,") is half a sentence: its items must
# finish it, each ending in a comma and the last in a full stop
SENTENCE_LEAD_IN_WORDS = 2


def _own_voice(sh: Shape, min_words: int) -> bool:
    """At least ``min_words`` words in the article's own voice: prose case, no phrase cue, no
    call to the reader, no outlet voice, no link."""
    return (
        sh.words >= min_words
        and sh.lower_ratio >= LEAD_IN_LOWER
        and sh.cue_score == 0
        and not (sh.reader or sh.outlet_voice or sh.imperative or sh.linkish)
    )


def _lead_in(b: Block, sh: Shape) -> bool:
    return b.text.endswith((":", ",")) and _own_voice(
        sh, LEAD_IN_MIN_WORDS if b.text.endswith(":") else SENTENCE_LEAD_IN_WORDS
    )


# A question in the article's own words may open a list as a colon does ("Was gilt jetzt für
# Mieter?" / "- ..." / "- ..." / more prose): a service piece's sub-heading, answered by the
# items under it. A question put to the reader ("Was meinen Sie?") is no such lead-in.
QUESTION_LEAD_IN_WORDS = 3


def _question_lead_in(b: Block, sh: Shape) -> bool:
    return b.text.rstrip().endswith("?") and _own_voice(sh, QUESTION_LEAD_IN_WORDS)


def _continues_sentence(items: list[Block]) -> bool:
    """Items that carry on the lead-in's sentence: "," after each, "." after the last."""
    return all(b.text.endswith((",", ";")) for b in items[:-1]) and items[-1].text.endswith(".")


def introduced_lists(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None]
) -> set[int]:
    """Items of a list that the article introduces in its own words and then goes on after
    ("Die Verbraucherzentrale rät:" / "1. ..." / "2. ..." / more prose): an item that merely
    names a furniture word ("Lässt sich ein Abo pausieren?") is article text like its
    siblings. No kept lead-in of rounds 1-17 opens a furniture list. An item that talks to the
    reader, links, or carries more than one phrase cue still goes."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if reason[i] == "outlet-repeated" or not (
            _lead_in(b, shapes[i]) or _question_lead_in(b, shapes[i])
        ):
            continue
        j = i + 1
        while j < len(blocks) and ITEM_MARK.match(blocks[j].text):
            j += 1
        if j - i - 1 < MIN_INTRODUCED_ITEMS or j >= len(blocks):
            continue
        if reason[j] is not None or not shapes[j].prose:
            continue  # the article must go on after the list
        if b.text.endswith(",") and not _continues_sentence(blocks[i + 1 : j]):
            continue
        if reason[i] is not None:
            # a lead-in without a phrase of its own that a neighbour carried off (the line
            # after an ad label) comes back when every item of its list is kept, or when the
            # carried-off items hold no phrase but a weak one either (a teaser's reason spread
            # over the sub-heading and its list)
            if any(
                reason[k] is not None and shapes[k].cue_score > WEAK_CUE for k in range(i + 1, j)
            ):
                continue
            out.add(i)
        # under a question in the article's words ("Was können Betroffene tun?") the items
        # answer it, and an answer may be a call ("Fristen beachten: ..."): advice, no offer
        answers = _question_lead_in(b, shapes[i])
        out.update(
            k
            for k in range(i + 1, j)
            if reason[k] != "outlet-repeated"
            and shapes[k].cue_score <= WEAK_CUE
            and not (shapes[k].reader or shapes[k].outlet_voice)
            and (answers or not shapes[k].imperative)
            and not shapes[k].linkish
        )
    return out


# A small table the article introduces itself ("Nach zwölf Wochen lagen die Werte so:" /
# "Gruppe | vorher | nachher" / "A | 141 | 133"): pipe-separated rows with the same number
# of cells, figures in most of them, the article's prose resuming within TABLE_RESUME blocks.
# A table may also follow a plain kept sentence of the article ("Wir haben vier Geräte
# verglichen."): then it needs a header row without figures and a figure in every row under it
# (a menu of section names has no figure rows).
_TABLE_CELL_SPLIT = re.compile(r"\s+\|\s+")
MIN_TABLE_ROWS = 2
TABLE_RESUME = 2
TABLE_SENTENCE_WORDS = 6
_TABLE_LOOKALIKE = frozenset({"navigation", "dateline"})
_SPEC_CELL = re.compile(r"^[A-ZÄÖÜ][\w-]{1,24}\s*:\s+\S*\d")


def _voiced_lead_in(shapes: list[Shape], reason: list[str | None], i: int) -> bool:
    """A lead-in in which the outlet speaks of its own work ("Die wichtigsten Termine haben
    wir zusammengestellt:", "Wir haben sie getestet und bewertet:"), right under kept prose:
    a blog or a client letter presents its table so. It talks to no reader and has no phrase
    cue, no link."""
    sh = shapes[i]
    return (
        sh.outlet_voice
        and sh.words >= LEAD_IN_MIN_WORDS
        and sh.lower_ratio >= LEAD_IN_LOWER
        and sh.cue_score == 0
        and not (sh.reader or sh.imperative or sh.linkish or sh.contact)
        and _inside_prose(shapes, reason, i)
    )


def _table_cells(text: str) -> int:
    return len(_TABLE_CELL_SPLIT.split(text.strip())) if " | " in text else 0


def _table_rows(blocks: list[Block], start: int) -> int:
    """End of the run of table rows from ``start``, each with as many cells as the first."""
    cells = _table_cells(blocks[start].text)
    j = start
    while j < len(blocks) and _table_cells(blocks[j].text) == cells:
        j += 1
    return j


def _has_figure(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _figure_rows(blocks: list[Block], rows: range) -> int:
    return sum(1 for k in rows if _has_figure(blocks[k].text))


def _figure_cells(text: str) -> int:
    return sum(1 for c in _TABLE_CELL_SPLIT.split(text.strip()) if _has_figure(c))


def _header_row(blocks: list[Block], rows: range) -> bool:
    """The first row heads the table: no figure in it; or a figure in at most one of its
    cells (a unit or a period, "Veränderung nach 12 Wochen") where every row under it has
    figures in more cells and the header has words in most of its own."""
    head = blocks[rows.start].text
    if not _has_figure(head):
        return True
    below = range(rows.start + 1, rows.stop)
    lead = _figure_cells(head)
    return (
        len(below) >= MIN_TABLE_ROWS
        and lead == 1
        and 2 * lead < _table_cells(head)
        and all(_figure_cells(blocks[k].text) > lead for k in below)
    )


# A table's footnote right under its last row ("* Gilt nur, wenn ...", "** ohne Zuschläge"):
# a sentence opening with the star that one of the rows carries. The star makes the row look
# like a price with a shop's footnote mark, and the note like a shop's small print, so a
# starred row and its note count as the table's only when the note reads as a plain sentence
# (no other phrase cue, link, contact, price, call or outlet voice).
_TABLE_NOTE = re.compile(r"^\*{1,2}\s*[A-ZÄÖÜ]")
_NOTE_REASONS = frozenset({"promo"})  # the footnote star's own cue
TABLE_NOTE_MAX_CUE = 1.5
# a placeholder of an embedded control, all in brackets ("[Suchfeld: Ort eingeben]")
_PLACEHOLDER = re.compile(r"^\[[^\[\]]{3,160}\]$")


def _table_note(blocks: list[Block], shapes: list[Shape], rows: range) -> bool:
    """The line under ``rows`` is the table's footnote (see above)."""
    s = rows.stop
    if s >= len(blocks) or not _TABLE_NOTE.match(blocks[s].text):
        return False
    sh = shapes[s]
    return (
        any("*" in blocks[k].text for k in rows)
        and sh.prose
        and set(sh.reasons) <= _NOTE_REASONS
        and sh.cue_score <= TABLE_NOTE_MAX_CUE
        and "€" not in blocks[s].text
        and not (sh.linkish or sh.contact or sh.imperative or sh.outlet_voice)
    )


def _starred_row(b: Block, sh: Shape) -> bool:
    """A row that is a lookalike once its footnote stars are taken out."""
    return _lookalike_row(sh) or ("*" in b.text and _lookalike_row(shape(b.text.replace("*", ""))))


def _lookalike_row(sh: Shape) -> bool:
    """A row whose only cues are the ones its separators and figures add up (a menu, a
    dateline): no link, call to the reader or contact."""
    return set(sh.reasons) <= _TABLE_LOOKALIKE and not (
        sh.linkish or sh.reader or sh.imperative or sh.contact
    )


def introduced_tables(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None]
) -> set[int]:
    """Rows of a table under a lead-in of the article's own (see above)."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        # a lead-in of its own voice that only its neighbours made furniture (between a shop
        # teaser and the rows, which look like a menu) may still open a table of the article's
        filled = reason[i] is not None and not shapes[i].reasons and shapes[i].cue_score == 0
        if reason[i] is not None and not filled:
            continue
        colon = b.text.endswith(":") and (
            _lead_in(b, shapes[i]) or _voiced_lead_in(shapes, reason, i)
        )
        if filled and not (colon and _inside_prose(shapes, reason, i)):
            continue
        # advice to the reader may introduce a table of reference values ("Prüfen Sie diese
        # Werte, im Sommer gelten folgende Grenzen:"); then the table must look like one of
        # figures: a header row without figures and a figure in every row under it
        advice = (
            not colon
            and b.text.endswith(":")
            and shapes[i].words >= LEAD_IN_MIN_WORDS
            and shapes[i].lower_ratio >= LEAD_IN_LOWER
            and shapes[i].cue_score == 0
            and not (shapes[i].outlet_voice or shapes[i].linkish)
        )
        # after a kept sentence of the article's own, a table needs a header row without
        # figures and a figure in every row under it
        sentence = (
            b.text.endswith(".") and shapes[i].prose and _own_voice(shapes[i], TABLE_SENTENCE_WORDS)
        )
        # a short label of the article's own ("Die wichtigsten Daten:", "Technische Daten:")
        # right under its kept prose announces a table too, when every row has a figure
        short = (
            not (colon or filled)
            and b.text.endswith(":")
            and shapes[i].words >= SENTENCE_LEAD_IN_WORDS
            and shapes[i].cue_score == 0
            and not (
                shapes[i].reader
                or shapes[i].outlet_voice
                or shapes[i].imperative
                or shapes[i].linkish
            )
            and _inside_prose(shapes, reason, i)
        )
        if not (colon or sentence or advice or short):
            continue
        cells = _table_cells(blocks[i + 1].text) if i + 1 < len(blocks) else 0
        if cells < 2:
            continue
        j = _table_rows(blocks, i + 1)
        rows = range(i + 1, j)
        figures = _figure_rows(blocks, rows)
        header = not _has_figure(blocks[i + 1].text)
        # two columns ("Wert | Grenze") only in the strict shape: a header without figures
        # over at least three rows that each have one ("pH | 6,5-7,5")
        strict = len(rows) >= MIN_TABLE_ROWS + 1 and header and figures == len(rows) - 1
        # under a colon lead-in of its own, a two-column list with a figure in every row of at
        # least three ("Rang 1 | 40 Punkte") is the table the sentence announces
        ranked = (colon or short) and len(rows) >= MIN_TABLE_ROWS + 1 and figures == len(rows)
        # two such rows are enough when the prose goes on right under them and came right
        # before the lead-in ("Die neuen Zeiten:" / "Montag bis Freitag | 8 bis 18 Uhr" /
        # "Samstag | 9 bis 13 Uhr" / more prose): a lone "Politik | 12.03.2027" is a dateline
        paired = (
            (colon or short)
            and len(rows) == MIN_TABLE_ROWS
            and figures == len(rows)
            and _inside_prose(shapes, reason, i)
            and j < len(blocks)
            and reason[j] is None
            and shapes[j].prose
        )
        # narrow tables, and any under a short label, need one of those shapes
        if (cells < 3 or short) and not (strict or ranked or paired):
            continue
        # one row of labelled figures under a colon lead-in is a spec line ("Akku: 4.000 mAh |
        # Gewicht: 180 g | Preis: 299 €")
        spec = (
            colon
            and len(rows) == 1
            and all(
                _SPEC_CELL.match(c) for c in _TABLE_CELL_SPLIT.split(blocks[i + 1].text.strip())
            )
        )
        if not spec and (len(rows) < MIN_TABLE_ROWS or 2 * figures < len(rows)):
            continue
        if (sentence or advice) and (
            len(rows) < MIN_TABLE_ROWS + 1
            or not _header_row(blocks, rows)
            or figures < len(rows) - 1
        ):
            continue
        # the separators and figures of a row look like a menu or a dateline to the phrase
        # cues; any other cue, a link or a call to the reader is furniture
        noted = _table_note(blocks, shapes, rows)
        if not all(
            _starred_row(blocks[k], shapes[k]) if noted else _lookalike_row(shapes[k]) for k in rows
        ):
            continue
        # the table's footnote and source line, then at most one control of its own, may
        # stand between its last row and the prose going on
        end = j + int(noted)
        if end < len(blocks) and _source_line(blocks[end], shapes[end]):
            end += 1
        resumes = any(
            reason[k] is None and shapes[k].prose
            for k in range(j, min(len(blocks), _resume_end(blocks, j)))
        ) or (end > j and _prose_resumes(blocks, shapes, reason, end, TABLE_CONTROL_SKIP))
        if filled and not strict:
            continue
        if resumes:
            out.update(rows)
            if noted:
                out.add(j)
            if filled:
                out.add(i)
    return out


# Data the article introduces: rows of figures under a lead-in of its own ending in a colon
# ("Die Kennzahlen im Überblick:", "Der Absatz nach Sorten:", "Der Spielstand im Verlauf:"),
# the article's prose going on under them. A row is a table row (cells split by " | ", as many
# in every row, a figure in every row but a header), a fact row ("Spiele: 97", "Umsatz: 4,2 Mio.
# Euro (+3 %)") or a score line ("15. Minute: 7:8", "Halbzeit: 12:10"). A furniture heading
# or an ad label right above the lead-in may have carried it off with the rows, a media player
# between the rows and the prose does not stop the prose from going on, and cues that only see
# the separators and figures of a row (a menu, a dateline) do not make it furniture. Without a
# lead-in the rows must stand between two kept paragraphs and carry a figure each. Furniture
# rows (a stock ticker, an event box, "Stand: ...") sit under a furniture label, not under a
# sentence of the article, and its prose does not resume right under them.
_FACT_ROW = re.compile(
    r"^(?:[-–•·]\s+)?(?:\d{1,3}\.\s+)?[A-ZÄÖÜ0-9][\w.,()/&+' -]{0,40}?:\s+(?P<value>\S.{0,80})$"
)
DATA_LEAD_IN_WORDS = 3
DATA_VALUE_WORDS = 10
DATA_RESUME_SKIP = 3
WIDE_TABLE_CELLS = 3
# a table's caption under its label is short ("Tabelle: Mitteltemperatur im Juli und
# Abweichung vom Mittel 1991–2020" runs to a dozen words with its figures)
CAPTION_MAX_WORDS = 12
# the separators and figures of a row may add up lookalike cues (a menu, a dateline)
DATA_ROW_MAX_CUE = 4.0


def _fact_row(text: str) -> bool:
    m = _FACT_ROW.match(text.strip())
    return (
        m is not None
        and _has_figure(m.group("value"))
        and len(m.group("value").split()) <= DATA_VALUE_WORDS
        and " | " not in text
    )


def _data_rows(blocks: list[Block], start: int) -> int:
    """End of the run of data rows from ``start``: table rows with one count of cells, or fact
    and score rows; ``start`` itself when there is none."""
    n = len(blocks)
    if start >= n or not (":" in blocks[start].text or " | " in blocks[start].text):
        return start
    if _table_cells(blocks[start].text) >= 2:
        return _table_rows(blocks, start)
    j = start
    while j < n and _fact_row(blocks[j].text):
        j += 1
    return j


def _data_row_ok(sh: Shape) -> bool:
    """A row of figures: a lookalike row (``_lookalike_row``) without promotion or the outlet's
    voice, whose lookalike cues add up to little."""
    return (
        _lookalike_row(sh)
        and sh.cue_score <= DATA_ROW_MAX_CUE
        and sh.promo_words == 0
        and not sh.outlet_voice
    )


def _data_lead_in(b: Block, sh: Shape) -> bool:
    """A plain lead-in of the article's own words over data: capital start, a colon at its
    end."""
    return (
        sh.words >= DATA_LEAD_IN_WORDS
        and sh.lower_ratio >= LEAD_IN_LOWER
        and plain_colon_line(b.text, sh)
    )


def _short_lead_in(b: Block, sh: Shape) -> bool:
    """A plain lead-in of one or two words ("Ein Rechenbeispiel:", "Zum Vergleich:"): it
    introduces data only where the article's prose goes on right under the rows."""
    return sh.words < DATA_LEAD_IN_WORDS and plain_colon_line(b.text, sh)


def _prose_resumes(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], j: int, skip: int
) -> bool:
    """Kept prose of the article at ``j``, or after at most ``skip`` removed lines that carry a
    furniture phrase of their own (a media player, an ad label, a teaser)."""
    k = j
    while (
        k < len(blocks)
        and k - j < skip
        and reason[k] is not None
        and (shapes[k].reasons or _PLACEHOLDER.match(blocks[k].text))
    ):
        k += 1
    return k < len(blocks) and reason[k] is None and shapes[k].prose


def _source_line(b: Block, sh: Shape) -> bool:
    """A short plain source label under a table or chart ("Quelle: Landesamt", "Daten: ..."):
    it may name its source by a bare domain ("Quelle: spielerdaten.de, eigene Recherche")."""
    if _DATA_SOURCE.match(b.text) is None or sh.words > DATA_SOURCE_WORDS:
        return False
    if sh.linkish and names_domains_only(b.text):
        return _quiet_source(replace(sh, linkish=False))
    return _quiet_source(sh)


def _quiet_source(sh: Shape) -> bool:
    """A source or caption line with no furniture phrase but a source's own ("Quelle:", a
    credit), no link, call to the reader, contact or separators."""
    return set(sh.reasons) <= _SOURCE_REASONS and not (
        sh.linkish or sh.reader or sh.imperative or sh.contact or sh.separators
    )


def _resumes_past_source(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], j: int
) -> bool:
    """Kept prose at ``j`` right under a table; or its source line at ``j``, then at most one
    control line of the table's with a furniture phrase of its own ("Tabelle sortieren",
    "Grafik vergrößern"), then the prose."""
    if j < len(blocks) and _source_line(blocks[j], shapes[j]):
        return _prose_resumes(blocks, shapes, reason, j + 1, TABLE_CONTROL_SKIP)
    return _prose_resumes(blocks, shapes, reason, j, 0)


def _text_goes_on(shapes: list[Shape], reason: list[str | None], j: int) -> bool:
    """The article goes on at ``j`` without furniture between: kept prose, or a kept line (a
    subheading) right over kept prose."""
    kept = [k for k in range(j, min(len(shapes), j + 2)) if reason[k] is None]
    return bool(kept) and kept[0] == j and any(shapes[k].prose for k in kept)


def _table_caption(b: Block, sh: Shape) -> bool:
    """A table's caption under its label ("Tabelle: Vergleich alter und neuer Geräte",
    "Übersicht: Preise 2026 und 2027"): a short plain labelled line without a sentence mark."""
    text = b.text.strip()
    return (
        sh.labelled
        and not text.endswith((":", ".", "!", "?"))
        and DATA_LEAD_IN_WORDS <= sh.words <= CAPTION_MAX_WORDS
        and plain_line(sh)
    )


def introduced_data(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Rows of data the article introduces (see above), and their lead-in."""
    out: set[int] = set()
    n = len(blocks)
    for i in range(n - 1):
        short = _short_lead_in(blocks[i], shapes[i]) and reason[i] != "outlet-repeated"
        lead = short or (_data_lead_in(blocks[i], shapes[i]) and reason[i] != "outlet-repeated")
        # a table's caption between two kept paragraphs: right under kept prose, table rows
        # with a figure in each under it, the prose going on right under the last row
        caption = (
            not lead
            and i > 0
            and reason[i - 1] is None
            and shapes[i - 1].prose
            and reason[i] != "outlet-repeated"
            and _table_caption(blocks[i], shapes[i])
        )
        # without a lead-in: rows right under a kept paragraph of the article
        bare = not (lead or caption) and reason[i] is None and shapes[i].prose
        if not (lead or caption or bare):
            continue
        j = _data_rows(blocks, i + 1)
        rows = range(i + 1, j)
        if len(rows) < MIN_TABLE_ROWS or not all(_data_row_ok(shapes[k]) for k in rows):
            continue
        figures = _figure_rows(blocks, rows)
        header = not _has_figure(blocks[i + 1].text)
        if figures < max(MIN_TABLE_ROWS, len(rows) - int(header)):
            continue
        if caption:
            ok = _table_cells(blocks[i + 1].text) >= 2 and _resumes_past_source(
                blocks, shapes, reason, j
            )
        elif lead:
            # an ad's price table under the ad label is the ad
            ad_above = i > 0 and _BARE_AD_LABEL.match(blocks[i - 1].text) is not None
            # under a short lead-in the text goes on right under the rows; a table of three
            # or more columns may have one line with a phrase of its own under it (a shop
            # button, an ad tag) before the prose goes on
            wide = _table_cells(blocks[i + 1].text) >= WIDE_TABLE_CELLS
            ok = (
                _inside_prose(shapes, reason, i)
                and (
                    _text_goes_on(shapes, reason, j)
                    or (wide and _prose_resumes(blocks, shapes, reason, j, 1))
                    if short
                    else _prose_resumes(blocks, shapes, reason, j, DATA_RESUME_SKIP)
                )
                and not (ad_above and any("€" in blocks[k].text for k in rows))
            )
        else:
            ok = (
                not header
                and not any(shapes[k].reasons for k in rows)
                and _prose_resumes(blocks, shapes, reason, j, 0)
            )
        if ok:
            out.update(rows)
            if lead or caption:
                out.add(i)
    return out


# The source of a kept table, right under its last row with the article's prose going on under
# it ("Quelle: Statistisches Landesamt", "Daten: Wetterdienst"), belongs to the table. A source
# line under the article's last paragraph is the page's (its place, not its words, tells).
_DATA_SOURCE = re.compile(r"^(?:Quellen?|Daten(?:quelle)?)\s*:\s+\S")
DATA_SOURCE_WORDS = 10
_SOURCE_REASONS = frozenset({"factbox", "credit"})  # the cues a source label itself carries
TABLE_CONTROL_SKIP = 1  # a table's own control line under its source ("Tabelle sortieren")


def data_sources(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], rows: set[int]
) -> set[int]:
    """Source lines between a kept table's last row and the article's prose (see above)."""
    out: set[int] = set()
    for k in rows:
        s = k + 1
        if s in rows or s + 1 >= len(blocks) or k - 1 not in rows:
            continue
        # a control line of the table's may sit between the source and the prose
        if _source_line(blocks[s], shapes[s]) and _prose_resumes(
            blocks, shapes, reason, s + 1, TABLE_CONTROL_SKIP
        ):
            out.add(s)
    return out


# A chart of the article's own between two of its paragraphs: a caption under a chart label that
# names its data source ("Grafik: Zahl der Hitzetage je Jahr, in Tagen. Quelle: Wetterdienst").
# A label alone ("Grafik: Sitzverteilung"), a loader ("Karte wird geladen") or a photo caption
# with its credit is the page's; the source inside the caption tells a chart of data.
_CHART_CAPTION = re.compile(
    r"^(?:Grafik|Infografik|Diagramm|Schaubild|Karte|Tabelle)\s*:\s+[A-ZÄÖÜ].{10,}?[.;]\s+"
    r"(?:Quellen?|Daten(?:quelle)?|Datenbasis)\s*:\s+\S"
)
CHART_CAPTION_WORDS = 30


def sourced_charts(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Captions of the article's own charts that name their source (see above)."""
    out: set[int] = set()
    for i in range(1, len(blocks) - 1):
        if reason[i] is None or ("uelle" not in blocks[i].text and "aten" not in blocks[i].text):
            continue
        sh = shapes[i]
        if (
            _CHART_CAPTION.match(blocks[i].text)
            and sh.words <= CHART_CAPTION_WORDS
            and _quiet_source(sh)
            and reason[i - 1] is None
            and shapes[i - 1].prose
            and _prose_resumes(blocks, shapes, reason, i + 1, TABLE_CONTROL_SKIP)
        ):
            out.add(i)
    return out


def _resume_end(blocks: list[Block], j: int) -> int:
    """End of the window after a table's last row in which the article's prose must go on.

    An ad slot placed right under the table (a bare label such as "Anzeige" and the one line
    of copy under it) does not count against the window: the prose resumes after it.
    """
    end = j + TABLE_RESUME
    if j < len(blocks) and _BARE_AD_LABEL.match(blocks[j].text):
        end += 2
    return end


# A live blog is a run of timestamped entries: each entry opens with its time of day and a
# dash, colon or bar ("14:05 Uhr – Die Feuerwehr meldet ...", "9.40: ..."), or the time stands
# alone on the line above the entry's first sentence. Where a body holds at least
# MIN_LIVE_ENTRIES time stamps, every such entry is the article: the stamp's dash is no
# teaser dash, and an entry right under an ad label is the blog going on, not the ad's copy.
# A stamp with a middle dot ("19:30 Uhr · Lesung ...") is an event listing, a date before
# the time ("12.03.2027, 14:05 Uhr") a dateline; neither opens an entry.
_STAMP = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*Uhr)?"
_STAMPED_ENTRY = re.compile(rf"^\W{{0,2}}{_STAMP}\s*(?:[–—-]|:|\|)\s+(?=\S)")
_BARE_STAMP = re.compile(rf"^\W{{0,2}}{_STAMP}\W{{0,2}}$")
MIN_LIVE_ENTRIES = 3
_STAMP_START = frozenset("0123456789")


def live_entries(blocks: list[Block], shapes: list[Shape]) -> set[int]:
    """The entries of a live blog: sentences opening with a time stamp, or right under a bare
    one, in a body with at least MIN_LIVE_ENTRIES time stamps (see _STAMPED_ENTRY)."""
    stamped: list[int] = []
    bare: list[int] = []
    for i, b in enumerate(blocks):
        head = b.text.lstrip(" *•▪►▶")[:1]
        if head not in _STAMP_START:
            continue
        if _STAMPED_ENTRY.match(b.text):
            stamped.append(i)
        elif len(b.text) <= 16 and _BARE_STAMP.match(b.text):
            bare.append(i)
    if len(stamped) + len(bare) < MIN_LIVE_ENTRIES:
        return set()
    out = {i for i in stamped if shapes[i].sentence_end}
    out.update(i + 1 for i in bare if i + 1 < len(blocks) and shapes[i + 1].prose)
    return out


# A search-engine deck under the head: a run of search phrases, separated by commas or dashes,
# that repeat one keyword, then a sentence ("Streik Bahn heute, Streik Bahn aktuell, Bahn
# News: Hier finden Sie ..."; "Hitze Tipps, Hitze heute, Hitzewelle – alle Infos"). It sits
# above the article's first paragraph and carries no news of its own.
_DECK_SPLIT = re.compile(r",\s+|\s+[–—-]\s+")
_DECK_WORD = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{3,}")
DECK_MIN_ITEMS = 3
DECK_ITEM_WORDS = 4
DECK_MAX_CHARS = 320


def _keyword_deck(text: str) -> bool:
    if len(text) > DECK_MAX_CHARS or ("," not in text and "–" not in text):
        return False
    items: list[str] = []
    for part in _DECK_SPLIT.split(text.split(":", 1)[0]):
        if len(part.split()) > DECK_ITEM_WORDS or any(c in part for c in ".!?;"):
            break
        items.append(part)
    if len(items) < DECK_MIN_ITEMS:
        return False
    # the keyword is a noun, capitalised in each phrase ("Nicht Geld, nicht Sex, ..." repeats
    # a word of the sentence, no keyword); again inside a compound it counts too ("Rente ...,
    # Rentenerhöhung ...")
    words = {w for item in items for w in _DECK_WORD.findall(item)}
    return any(sum(1 for item in items if word in item) >= 2 for word in words)


def keyword_decks(blocks: list[Block], reason: list[str | None], first_prose: int) -> list[int]:
    """Kept lines above or at the article's first paragraph that are a search deck."""
    return [
        i
        for i in range(min(first_prose + 1, len(blocks)))
        if reason[i] is None and _keyword_deck(blocks[i].text)
    ]


# The note that the article goes on below the ad ("Der Text geht unter der Anzeige weiter")
# stands over the ad like a bare label does.
_AD_NOTE = re.compile(
    r"\b(?:unter|unterhalb|nach)\s+der\s+(?:anzeige|werbung)\s+(?:weiter|fortgesetzt)\b",
    re.IGNORECASE,
)
AD_NOTE_MAX_CHARS = 80


def _ad_above(text: str) -> bool:
    return len(text) < AD_NOTE_MAX_CHARS and bool(_AD_NOTE.search(text))


def ad_copy(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    interview: set[int] | frozenset[int] = frozenset(),
    entries: set[int] | frozenset[int] = frozenset(),
) -> list[int]:
    """The kept line right under a removed bare ad label ("Anzeige", "Werbung") or the note
    that the article goes on under the ad, when it sells.

    The label may also stand alone over an image ad, with the article going on under it; the
    ad's own copy shows itself by a sales word ("jetzt", "kostenlos") or an offer's word
    ("Sale", "reduziert", "Gutschein"), by talking to the reader or for the outlet, by a price
    in euros or by the teaser dash joining a product to its offer ("Sättel und Gurte – alles
    für dein Team im Shop"). A report under the label has none;
    a sales word inside someone's quoted words ("„So etwas sehen wir hier nie“") is theirs, and
    a question of an interview (``interview``: its turns) is put to the guest, not the reader.
    """
    # a line that opens with the label ("Gesponsert: Der Versicherer X übernimmt ...") is
    # the ad however plainly it then reports
    out = [
        i
        for i, b in enumerate(blocks)
        if reason[i] is None and b.text[:1] in _AD_PREFIX_START and _AD_PREFIX.match(b.text)
    ]
    for i in range(len(blocks) - 1):
        if reason[i] is None or reason[i + 1] is not None:
            continue
        if not (_BARE_AD_LABEL.match(blocks[i].text) or _ad_above(blocks[i].text)):
            continue
        sh, text = shapes[i + 1], blocks[i + 1].text
        if i + 1 in interview and QUESTION_END.search(text):
            continue  # the interviewer's question to the guest, answered on the next line
        if i + 1 in entries:
            continue  # a live blog's next entry goes on under the ad slot
        if resumed_lead_in(blocks, shapes, reason, i + 1):
            continue  # the article's own lead-in under an empty ad slot, its items under it
        if (
            (sh.promo_words and PROMO_WORDS.search(_QUOTED.sub(" ", text)))
            or _AD_OFFER.search(_QUOTED.sub(" ", text))
            or sh.reader
            or sh.imperative
            or sh.outlet_voice
            or " – " in text
            or "€" in text
        ):
            out.append(i + 1)
    return out


# Quoted words, stripped before a line's own sales words are counted.
_QUOTED = re.compile(r"[„“»\"][^„“”»«\"]*[“”«\"]")
# The words of an offer in an ad's copy: a sale, a reduced price, a voucher, free delivery
# ("Matratzen gerade im Herbst-Sale", "jetzt reduziert", "mit Gutscheincode")
_AD_OFFER = re.compile(
    r"\b(?:[\w-]*-)?sale\b|\b(?:reduziert|gutschein\w*|versandkostenfrei|preisvorteil\w*)\b",
    re.IGNORECASE,
)


# A newsletter's pitch right above its sign-up form ("Der Wochenbrief: jeden Freitag das
# Wichtigste, gratis" / "E-Mail eingeben | Anmelden") below the article: the form's field and
# button say what the line above them offers. The pitch promotes (a phrase cue, a sales word,
# the outlet's voice or name); the article's last paragraph right above a bare form does not.
_SIGNUP_FIELD = re.compile(r"\b(?:e-?mail|mail)(?:-?adresse)?\b|\badresse\b", re.IGNORECASE)
_SIGNUP_BUTTON = re.compile(
    r"\b(?:anmelden|eintragen|abschicken|absenden|abonnieren|registrieren|senden)\b",
    re.IGNORECASE,
)
SIGNUP_FORM_WORDS = 6


def _signup_form(b: Block, sh: Shape) -> bool:
    return (
        sh.words <= SIGNUP_FORM_WORDS
        and not sh.sentence_end
        and bool(_SIGNUP_FIELD.search(b.text))
        and bool(_SIGNUP_BUTTON.search(b.text))
    )


def signup_pitches(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], outlet: str | None
) -> None:
    """Cut the kept pitch right above a cut sign-up form, nothing kept below it (see above)."""
    own = own_outlet_text(outlet)
    for i in range(len(blocks) - 1):
        sh = shapes[i]
        if reason[i] is not None or reason[i + 1] is None:
            continue
        if not _signup_form(blocks[i + 1], shapes[i + 1]):
            continue
        if any(reason[k] is None for k in range(i + 2, len(blocks))):
            continue
        named = bool(own) and names_outlet(own, normalise_text(blocks[i].text))
        if sh.reasons or sh.promo_words or sh.outlet_voice or named:
            reason[i] = "newsletter"


# An FAQ box a site appends under the article: each line a question and its answer behind a
# dash ("Gilt das auch für Mieter? – Nein, nur für ..."), two or more of them, nothing but
# furniture after them, and the box's heading right above. The article asks and answers its
# questions on lines of their own.
_FAQ_LINE = re.compile(r"^[^?]{3,150}\?\s+[–—-]\s+\S")
MIN_FAQ_LINES = 2
FAQ_HEADING_WORDS = 6


def appended_faqs(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """Cut an FAQ box of one-line questions and answers below the article."""
    n = len(blocks)
    i = 0
    while i < n:
        if not _FAQ_LINE.match(blocks[i].text):
            i += 1
            continue
        j = i
        while j < n and _FAQ_LINE.match(blocks[j].text):
            j += 1
        if j - i >= MIN_FAQ_LINES and all(reason[k] is not None for k in range(j, n)):
            for k in range(i, j):
                reason[k] = reason[k] or "related"
            h = i - 1
            if (
                h > 0
                and reason[h] is None
                and not shapes[h].sentence_end
                and not blocks[h].text.endswith(":")
                and shapes[h].words <= FAQ_HEADING_WORDS
            ):
                reason[h] = "related"
        i = j


# A subheading the outlet's template puts into every article ("Fazit", "Unser Urteil") recurs
# like furniture; between two kept paragraphs of prose (the one under it the article's own),
# with no phrase of furniture and no sentence of its own, it heads the paragraph under it.
TEMPLATE_HEADING_WORDS = 3
# An explainer's template puts the same question over a paragraph in every piece ("Was bedeutet
# das für mich?"); it comes back on the same terms, without addressing the reader.
TEMPLATE_QUESTION_WORDS = 8


def _template_question(b: Block, sh: Shape) -> bool:
    """An explainer's template question over its answer ("Was heißt das für mich?"): one short
    question that does not address the reader."""
    return (
        b.text.rstrip().endswith("?")
        and b.text.count("?") == 1
        and sh.words <= TEMPLATE_QUESTION_WORDS
        and not (sh.reader or sh.imperative or sh.outlet_voice)
    )


def template_headings(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], content: list[bool]
) -> None:
    """Give back a short repeated heading that sits between kept paragraphs of prose; a
    template question needs the article going on under it (its answer) and the article above
    it: a kept line, or kept prose over one insert (an ad, a poll)."""
    for i in range(1, len(blocks) - 1):
        sh = shapes[i]
        if (
            reason[i] != "outlet-repeated"
            or sh.cue_score != 0
            or sh.linkish
            or sh.separators
            or reason[i + 1] is not None
        ):
            continue
        heading = (
            sh.words <= TEMPLATE_HEADING_WORDS
            and not (sh.sentence_end or sh.questions)
            and not blocks[i].text.endswith(":")
            and reason[i - 1] is None
            and shapes[i - 1].prose
            and content[i + 1]
        )
        question = (
            _template_question(blocks[i], sh)
            and _text_goes_on(shapes, reason, i + 1)
            and (reason[i - 1] is None or _inside_prose(shapes, reason, i))
        )
        if heading or question:
            reason[i] = None


def _inside_prose(shapes: list[Shape], reason: list[str | None], i: int) -> bool:
    """Kept prose of the article within TABLE_RESUME blocks before block ``i``."""
    return any(reason[k] is None and shapes[k].prose for k in range(max(0, i - TABLE_RESUME), i))


# Lines inside the article's own prose, with kept prose on both sides. Advice pieces speak to
# the reader between their paragraphs ("Achtung: Kündigen Sie nicht allein in der App ..."): a
# cut run of at most two such lines goes back when it talks to the reader in full sentences
# with at most a weak phrase cue; furniture inside an article (a teaser, an ad slot, a call to
# donate) links, has separators, promotes, exclaims or is the outlet speaking. A kept prose line
# without any phrase cue between kept prose (or before a match report's line-up) is protected
# from the learned model, which otherwise cuts a club's "Wir wünschen gute Besserung!" report.
# Third-person news between the paragraphs (a paper reporting on its own app, naming the
# subscription and what stays free) goes back too when its discounted cue weight is weak.
# No furniture line of rounds 1-19 is restored by any of these.
EMBED_MIN_WORDS = 6
# the line under a bare ad label ("Anzeige", "Sponsored") is the ad's copy, even when it talks
# to the reader like advice does
_AD_LABELS = (
    r"anzeige|werbung|sponsored|advertorial|partner-?inhalt|(?:verlags-?)?sonderveröffentlichung"
)
_BARE_AD_LABEL = re.compile(
    rf"^\W*(?:{_AD_LABELS}|gesponsert(?:e[rs]? (?:inhalt|beitrag|artikel|text))?)\W*$",
    re.IGNORECASE,
)
# a line that opens with the label, then a colon, bar, dash or the label's closing bracket
# ("Anzeige – ...", "[Werbung] ...")
_AD_PREFIX = re.compile(
    rf"^\W{{0,3}}(?:{_AD_LABELS}|gesponsert(?:er (?:inhalt|beitrag))?)(?:\s*[:|\])]|\s+[–—])\s+\S",
    re.IGNORECASE,
)
_AD_PREFIX_START = frozenset("AaWwSsGgPpVv📣*[(")
EMBED_MAX_RUN = 2
EMBED_CUE = 2.0
EMBED_REPORT_WORDS = 10
_EMBED_REASONS = ("newsletter", "promo")


def _embeddable(sh: Shape, cfg: BoilerplateConfig) -> bool:
    # advice to the reader counts its phrase cues in full; a report in the third person counts
    # the cues news may report about at a discount, as the block score does ("Wer kein
    # Abonnement hat, bekommt die Meldungen weiterhin kostenlos" reports on a product, offers
    # none)
    if sh.reader or sh.imperative:
        cue = sh.cue_score
    elif _reports(sh) and sh.words >= EMBED_REPORT_WORDS:
        cue = own_cue(sh, cfg, labels=True)
    else:
        return False
    return (
        sh.words >= EMBED_MIN_WORDS
        and cue <= EMBED_CUE
        and sh.promo_words <= 1
        and not (sh.linkish or sh.separators or sh.contact or sh.options)
        and not (sh.outlet_voice or sh.exclaims or sh.self_question)
        and sh.sentence_end
    )


def _kept_report(sh: Shape) -> bool:
    """A kept line of report between kept prose: prose of some length without a phrase cue,
    not the outlet talking to the reader."""
    return (
        sh.prose
        and not (sh.reader and sh.outlet_voice)
        and sh.cue_score == 0
        and sh.words >= EMBED_REPORT_WORDS
    )


def embedded_lines(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    cfg: BoilerplateConfig | None = None,
    names_outlet: list[bool] | None = None,
) -> set[int]:
    """Short runs of lines between kept prose blocks that are article text like their
    neighbours: cut ones go back, and the learned model may not cut them either. A cut line
    that talks to the reader and names the page's own outlet (``names_outlet``) stays cut:
    advice does not name the site that gives it, its own product or appeal does ("Mit dem
    Blatt-Rechner sehen Sie ...", "Schon 500 Mitglieder unterstützen X. Machen Sie mit.")."""
    cfg = cfg or BoilerplateConfig()
    named = names_outlet or [False] * len(blocks)
    out: set[int] = set()
    n = len(blocks)
    i = 1
    while i < n - 1:
        if reason[i - 1] is not None or not shapes[i - 1].prose:
            i += 1
            continue
        j = i
        while j < n and j - i < EMBED_MAX_RUN + 1 and reason[j] is not None:
            j += 1
        if j == i:  # a kept line between kept prose: the learned model may not cut it
            if (
                i + 1 < n
                and (
                    (reason[i + 1] is None and shapes[i + 1].prose)
                    or roster_line(blocks[i + 1].text)
                )
                and _kept_report(shapes[i])
            ):
                out.add(i)
            i += 1
            continue
        if j >= n or j - i > EMBED_MAX_RUN:
            i += 1
            continue
        if reason[j] is None and shapes[j].prose:
            # the kept report right under one insert with a phrase of its own (a newsletter
            # box set into the text) is the article going on, as between kept prose
            if (
                j == i + 1
                and shapes[i].reasons
                and j + 1 < n
                and reason[j + 1] is None
                and shapes[j + 1].prose
                and _kept_report(shapes[j])
            ):
                out.add(j)
            out.update(
                k
                for k in range(i, j)
                if reason[k] in _EMBED_REASONS
                and _embeddable(shapes[k], cfg)
                and not (named[k] and (shapes[k].reader or shapes[k].imperative))
                and not (k > 0 and _BARE_AD_LABEL.match(blocks[k - 1].text))
            )
        i += 1
    return out


# A line-up or scorer line of a match report: a short label, then names separated by commas,
# semicolons or dashes, with minutes, goals or scores ("Tore: 0:1 Name (12.), 1:1 Name (41.)")
# or in the goalkeeper-first form "Name – Name, Name, Name". Tag and menu lines name topics
# without numbers and without that form.
# a team may carry its club number ("SV Musterstadt 09:", "1. FC Beispiel:", "Hannover 96:")
_ROSTER_HEAD = re.compile(
    r"^(?:\d\.\s)?(?:(?:[A-ZÄÖÜ][\w.-]*|\d{2,4})\s){0,2}(?:[A-ZÄÖÜa-zäöü][\w.-]*|\d{2,4})"
    r":\s+(?P<body>.+)$"
)
_ROSTER_SPLIT = re.compile(r"\s*(?:[,;]|/(?!\d))\s*(?![^()]*\))|\s+[–—-]\s+")
_ROSTER_NUMBER = re.compile(r"\(\d{1,3}\.?[^)]*\)|^\d{1,2}:\d{1,2}\s")
_ROSTER_NAME = re.compile(r"^(?:\d{1,2}:\d{1,2}\s+)?(?:[A-ZÄÖÜ][\w'.-]*\s?){1,3}(?:\([^)]*\))?$")
# Handball and basketball list scorers as a name and a count ("Name 7", "Name 9/4" with the
# penalties after the slash): such a part is a name and a number at once.
_ROSTER_SCORER = re.compile(r"^(?:[A-ZÄÖÜ][\w'.-]*\s){1,3}\d{1,2}(?:/\d{1,2})?$")
ROSTER_MIN_NUMBERED = 2
ROSTER_MIN_NAMES = 5


def roster_line(text: str) -> bool:
    """A line-up or scorer line of a match report (see above)."""
    m = _ROSTER_HEAD.match(text.strip())
    if not m:
        return False
    parts = [p.strip(" .") for p in _ROSTER_SPLIT.split(m.group("body")) if p.strip(" .")]
    scorers = sum(1 for p in parts if _ROSTER_SCORER.match(p))
    names = [p for p in parts if _ROSTER_NAME.match(p)]
    if len(names) + scorers < len(parts) - 1:
        return False  # most parts must be names (one referee or venue note may follow)
    numbered = scorers + sum(1 for p in parts if _ROSTER_NUMBER.search(p))
    body = m.group("body")
    # the keeper, a dash, the back four (typed with a plain hyphen too: "Name - Name, Name")
    dashed = " – " in body or (" - " in body and "," in body)
    keeper_first = dashed and len(names) >= ROSTER_MIN_NAMES
    return numbered >= ROSTER_MIN_NUMBERED or keeper_first


# A short label over line-ups ("Die Aufstellungen:", "Aufstellung:") and the match's closing
# facts under them ("Schiedsrichter: Name (Ort). Zuschauer: 240."): a line-up may sit below an
# ad or a widget, away from the kept prose, and is the report's own data all the same.
ROSTER_LABEL_WORDS = 3
ROSTER_FACT_WORDS = 12


def _roster_label(b: Block, sh: Shape) -> bool:
    return (
        b.text.rstrip().endswith(":")
        and sh.words <= ROSTER_LABEL_WORDS
        and sh.cue_score == 0
        and sh.promo_words == 0
        and not (sh.linkish or sh.separators or sh.contact)
    )


# A fact given as a bare count under its label ("Zuschauer: 2350", "Zuschauer: 1.100").
_ROSTER_COUNT = re.compile(r"^[A-ZÄÖÜ][\w-]*:\s+\d{1,3}(?:\.?\d{3})*\s*$")


def _roster_fact(b: Block, sh: Shape) -> bool:
    return bool(
        ":" in b.text
        and (sh.sentence_end or _ROSTER_COUNT.match(b.text.strip()))
        and sh.words <= ROSTER_FACT_WORDS
        and sh.cue_score == 0
        and sh.promo_words == 0
        and not (sh.linkish or sh.separators or sh.contact or sh.reader or sh.imperative)
        and _ROSTER_HEAD.match(b.text.strip())
    )


def roster_lines(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Line-ups and scorers right after the article's kept text (or after each other), or
    under a short label of their own, with the match's facts line after them."""
    out: set[int] = set()
    for i in range(1, len(blocks)):
        # a line with a phrase of its own is the page's ("Bildnachweis: Agentur (5), ...")
        if shapes[i].cue_score > 0 or not roster_line(blocks[i].text):
            continue
        if reason[i - 1] is None or i - 1 in out:
            out.add(i)
        elif (
            i + 1 < len(blocks)
            and _roster_label(blocks[i - 1], shapes[i - 1])
            and roster_line(blocks[i + 1].text)
        ):
            out.update((i - 1, i))  # a labelled line-up of two or more teams
        elif i + 1 < len(blocks) and roster_line(blocks[i + 1].text):
            out.add(i)  # the line-ups or scorers of both teams, under a sponsor line or ad
    for i in sorted(out):
        j = i + 1
        if (
            j < len(blocks)
            and j not in out
            and roster_line(blocks[i].text)
            and _roster_fact(blocks[j], shapes[j])
            and not roster_line(blocks[j].text)
        ):
            out.add(j)
    return out


# Messenger channels and live blogs set a pictogram before each news line ("🔴 Die Feuerwehr
# warnt ...", "👉 Fenster geschlossen halten."). In a post where such a line is kept article
# prose, a pictogram-led full sentence next to the kept text is article text too, even when it
# tells the reader what to do: at most a weak phrase cue (the pictogram itself is one), no
# link, no contact offer of the outlet's own, not the outlet speaking. Channel furniture with
# a pictogram (view counts, "Kanal abonnieren: t.me/...", "Foto: ...") has no sentence or links.
_PICTO_LEAD = re.compile(r"^\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s+\S")
PICTO_MIN_WORDS = 4


def _picto_sentence(b: Block, sh: Shape) -> bool:
    return (
        bool(_PICTO_LEAD.match(b.text))
        and sh.sentence_end
        and sh.words >= PICTO_MIN_WORDS
        and sh.cue_score <= WEAK_CUE
        and not (sh.linkish or sh.separators or sh.outlet_voice or sh.options)
    )


def pictogram_lines(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Pictogram-led sentences of a post whose own kept prose uses such lines, next to kept
    prose (or after another such line)."""
    picto = [_picto_sentence(b, sh) for b, sh in zip(blocks, shapes, strict=True)]
    if not any(p and reason[i] is None and shapes[i].prose for i, p in enumerate(picto)):
        return set()
    out: set[int] = set()
    for i in range(1, len(blocks)):
        if not picto[i] or reason[i] == "outlet-repeated":
            continue
        after = i + 1 < len(blocks) and reason[i + 1] is None and shapes[i + 1].prose
        if (reason[i - 1] is None and shapes[i - 1].prose) or i - 1 in out or after:
            out.add(i)
    return out


# Advice that closes a service article ("Für Mieter heißt das: Holen Sie ...", "Tipp: Bewahren
# Sie ... auf. Das Finanzamt verlangt ..."): the article's own conclusion, talking to the reader
# in full sentences without any phrase cue, at most ADVICE_GAP blocks after the article's kept
# prose (an ad line may sit between). The learned model may not cut it. Calls to act on the
# outlet (subscribe, write to us) carry phrase cues, links, contacts or the outlet's voice.
ADVICE_MIN_WORDS = 10
ADVICE_GAP = 2
# A shorter closing tip in the formal imperative ("Lüften Sie den Keller täglich.") is advice
# too, unless its verb asks the reader to act on the outlet or its media: subscribe, follow,
# share, read, listen, watch, click, comment, rate, recommend, support, visit, download.
SHORT_ADVICE_WORDS = 5
_MEDIA_CALL = re.compile(
    r"^\W*(?:abonnier|folg|teil|lies|les|hör|schau|seh|sieh|registrier|klick|kommentier|"
    r"bewert|empfehl|unterstütz|spend|besuch|entdeck|download|stöber|abstimm|stimm)"
    r"\w*\s+sie\b",
    re.IGNORECASE,
)


def _short_advice(sh: Shape, text: str) -> bool:
    return sh.imperative and sh.words >= SHORT_ADVICE_WORDS and not _MEDIA_CALL.match(text)


def _advice(sh: Shape, text: str) -> bool:
    if sh.words < ADVICE_MIN_WORDS and not _short_advice(sh, text):
        return False
    return (
        sh.prose
        and sh.reader
        and sh.sentence_end
        and sh.cue_score == 0
        and sh.promo_words <= 1
        and not (sh.linkish or sh.separators or sh.contact or sh.options)
        and not (sh.outlet_voice or sh.exclaims or sh.self_question or sh.questions)
    )


# A warning in the reader's own interest: advice that tells the reader NOT to act ("Klicken
# Sie im Zweifel nicht auf den Link", "Geben Sie nie Ihre PIN weiter") cut on promotion words
# alone, right after kept prose. Ads and calls of the outlet never say "nicht" or "nie" to the
# act they ask for; "Verpassen Sie keine Folge" is the one negated call and stays furniture.
_NEGATED = re.compile(r"\b(?:nicht|nie|niemals|keinesfalls|keine[nmrs]?)\b")
_NEGATED_CALL = re.compile(r"\bverpass", re.IGNORECASE)
WARNING_MIN_WORDS = 8


def warning_advice(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Negated reader advice cut on promotion words alone, just after kept prose."""
    out: set[int] = set()
    for i in range(1, len(blocks)):
        sh = shapes[i]
        if reason[i] != "promo" or sh.reasons or sh.cue_score > 0 or reason[i - 1] is not None:
            continue
        if not (shapes[i - 1].prose and sh.prose and sh.reader and sh.sentence_end):
            continue
        if sh.words < WARNING_MIN_WORDS or sh.promo_words > 2:
            continue
        if sh.linkish or sh.separators or sh.contact or sh.options or sh.exclaims:
            continue
        if sh.outlet_voice or sh.questions:
            continue
        text = blocks[i].text
        if (
            ("nicht" in text or "nie" in text or "kein" in text)
            and _NEGATED.search(text)
            and not _NEGATED_CALL.search(text)
        ):
            out.add(i)
    return out


def _advice_goes_on(sh: Shape, text: str) -> bool:
    """A shorter sentence to the reader that carries on the advice right above it ("Und
    vergessen Sie den Nacken nicht."): the advice's shape without its length."""
    return SHORT_ADVICE_WORDS <= sh.words < ADVICE_MIN_WORDS and _advice(
        replace(sh, words=max(sh.words, ADVICE_MIN_WORDS)), text
    )


def closing_advice(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Kept reader advice just after the article's last kept prose; a short sentence to the
    reader right under such advice carries it on, however far the run has gone."""
    kept_prose = [i for i, sh in enumerate(shapes) if reason[i] is None and sh.prose]
    advice = {i for i in kept_prose if _advice(shapes[i], blocks[i].text)}
    out: set[int] = set()
    for i in kept_prose:
        if i - 1 in out and i not in advice and _advice_goes_on(shapes[i], blocks[i].text):
            out.add(i)
            continue
        before = [k for k in kept_prose if k < i and k not in advice]
        if before and i - before[-1] <= ADVICE_GAP and i in advice:
            out.add(i)
    return out


# Thanks to a third party closing a report, right after its kept prose ("Ein großes
# Dankeschön an alle Helferinnen!", "Danke an alle, die mitgezählt haben!"): the report's own
# last line, which the footer sweep and the learned model may not cut. The page thanks its
# reader or speaks for itself ("Danke fürs Lesen!", "Danke an alle Leser!", "Vielen Dank an
# unsere Partner!", "Danke an alle, die uns unterstützen!").
_THANKS_TO_OTHERS = re.compile(
    r"^\W*(?:(?:vielen|herzlichen|ein\s+großes|großes)\s+)?(?:dank|danke|dankeschön)\s+an\s+"
    r"(?!(?:sie|dich|euch|unsere?\w*|alle\s+(?:leser|abonnent|zuschauer|hörer|nutzer|"
    r"user|follower)\w*)\b)",
    re.IGNORECASE,
)
THANKS_MAX_WORDS = 12


def closing_thanks(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Thanks to a third party right after the article's kept prose (see above)."""
    out: set[int] = set()
    for i in range(1, len(blocks)):
        sh = shapes[i]
        if reason[i] not in (None, "trailing") or reason[i - 1] is not None:
            continue
        if not (shapes[i - 1].prose and sh.words <= THANKS_MAX_WORDS and sh.sentence_end):
            continue
        if sh.reader or sh.outlet_voice or sh.cue_score > 0 or sh.linkish or sh.separators:
            continue
        if blocks[i].text.lstrip()[:1] in "DdVvHhEeGg" and _THANKS_TO_OTHERS.match(blocks[i].text):
            out.add(i)
    return out


# A short sentence that goes on from the article's kept prose just before it, opening with a
# word that points back ("Diese sind kostenlos und vertraulich.", "Dort gibt es auch
# Beratung."): it explains what the sentence before named, so the learned model may not cut it
# even when a weak phrase cue ("kostenlos") keeps it out of the prose core. The word stands
# alone, a verb after it: "Dieser Beitrag gehört zu ..." / "Diese Seite ..." speak of the page
# itself. It may not talk to the reader, link, give contacts, exclaim or speak in the outlet's
# voice.
#
# "Sonst" ("Sonst zahlen ...") draws the consequence of the sentence before it. A "wir"/"unser"
# that speaks for everyone ("unsere Kinder", "unser Land", "wir alle") is a writer's, not the
# outlet's: a comment may close on it.
_POINTS_BACK = re.compile(
    r"^(?:Diese[rsnm]?|Dies|Dort|Dabei|Damit|Dafür|Davon|Darin|Dazu|Deshalb|Daher|Sonst|Er|Es)"
    r"\s+[a-zäöß]"
)
FOLLOW_UP_MAX_WORDS = 20
_COLLECTIVE_VOICE = re.compile(
    r"\b(?:wir|uns)\s+alle\w*\b|\bunser(?:e|er|em|en|es)?\s+(?:Kinder|Enkel\w*|Land|Landes|"
    r"Gesellschaft|Demokratie|Zukunft|Generation|Städte|Dörfer|Gemeinden|Umwelt|Planet\w*|"
    r"Wohlstand\w*|Rente\w*)\b",
    re.I,
)


def _collective_voice(text: str) -> bool:
    """Every "wir"/"unser" of ``text`` speaks for everyone (see above)."""
    return bool(_COLLECTIVE_VOICE.search(text)) and not OUTLET_VOICE.search(
        _COLLECTIVE_VOICE.sub(" ", text)
    )


def resumed_questions(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None]
) -> list[int]:
    """A question subheading of the article ("Wie geht es jetzt weiter?") that furniture next
    to it took along (it has no furniture phrase of its own), once the article's kept prose
    stands right above and right under it: the article asks and answers it."""
    return [
        i
        for i in range(1, len(blocks) - 1)
        if reason[i] not in (None, "outlet-repeated", "headline", "repeated-headline")
        and not shapes[i].reasons
        and reason[i - 1] is None
        and shapes[i - 1].prose
        and reason[i + 1] is None
        and shapes[i + 1].prose
        and question_subheading(blocks[i].text, shapes[i])
    ]


# A heading that a byline follows, the byline followed by the article's kept prose ("Pro: Wer
# verdient, soll zahlen" / "Von A. Autorin" / text; then "Contra: ..." / "Von B. Autor" / text):
# the heading of one of the article's own parts, each under its author, not a line of the page
# around it, whatever furniture (a date line, an ad label) stands right above it. Above all of
# the article's prose such a line is its headline, unless another part follows under a heading
# of the same kind (a pro and a contra, each under its author). Not the line taken as the
# headline, a line with a phrase cue or a furniture score of its own, a link, a menu row or a
# one-word rubric ("Kommentar").
BYLINED_HEADING_WORDS = (2, 12)
BYLINED_PARTS = 2


def bylined_headings(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], scores: list[float]
) -> set[int]:
    """Section headings over a byline over kept prose (see above): protected."""
    out: set[int] = set()
    lo, hi = BYLINED_HEADING_WORDS
    for i in range(1, len(blocks) - 2):
        sh = shapes[i]
        if reason[i] in ("headline", "repeated-headline", "byline") or not lo <= sh.words <= hi:
            continue
        if reason[i + 1] != "byline" or reason[i + 2] is not None or not shapes[i + 2].prose:
            continue
        if sh.cue_score > 0 or scores[i] > 0 or sh.linkish or sh.separators or sh.prose:
            continue
        if sh.reader or sh.imperative or sh.outlet_voice or sh.contact or sh.options:
            continue
        out.add(i)
    if len(out) >= BYLINED_PARTS:
        return out
    return {i for i in out if any(reason[k] is None and shapes[k].prose for k in range(i))}


# A sectioned article (an event calendar, a test of several products) heads each section with
# a short plain line and gives the section's lines under it ("Stadtfest am Markt" / "Samstag ab
# 11 Uhr, Eintritt frei" / "Auf zwei Bühnen spielen ..."). Where an insert (an ad, a widget)
# sits between two sections, the next section's heading opens under furniture, where the
# learned model reads it as more of the insert. It is the article's own when an earlier
# section of the article opens the same way under its kept prose: a heading line of no more
# than SECTION_HEADING_WORDS words without a sentence mark, colon, phrase, link or call, the
# kept lines under it reaching a kept sentence within SECTION_REACH lines.
SECTION_HEADING_WORDS = 8
SECTION_REACH = 3


def _section_heading(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], h: int
) -> bool:
    """Block ``h`` is a plain heading over kept lines that reach a kept sentence."""
    sh, text = shapes[h], blocks[h].text.strip()
    if reason[h] is not None or sh.prose or not 2 <= sh.words <= SECTION_HEADING_WORDS:
        return False
    if text.endswith((".", "!", "?", ":", "…")) or ":" in text or not text[:1].isupper():
        return False
    if not plain_line(sh) or sh.outlet_voice:
        return False
    for k in range(h + 1, min(len(blocks), h + 1 + SECTION_REACH)):
        if reason[k] is not None or shapes[k].cue_score > 0:
            return False
        if shapes[k].prose and shapes[k].sentence_end:
            return k > h + 1 or not shapes[k].questions
    return False


def resumed_sections(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None]
) -> set[int]:
    """Section headings right under an insert, where an earlier section heading of the
    article sits right under its kept prose (see above): protected."""
    opened = False  # an earlier section opened under the article's kept prose
    out: set[int] = set()
    for h in range(2, len(blocks)):
        if not _section_heading(blocks, shapes, reason, h):
            continue
        if reason[h - 1] is None and shapes[h - 1].prose:
            opened = True
        elif reason[h - 1] is not None and opened:
            out.add(h)
    return out


# A sentence the article opens with a pointed label of its own, an article and a noun ("Der
# Grund: Die Nachfrage brach ein.", "Die Überraschung: Der Vertrag galt noch!"): tabloids and
# news sites write so in the middle of a report. Right under the article's kept prose, with no
# phrase cue, nobody addressed, no link and not the outlet's voice, it is article text (teasers
# under a label end without a full stop; a byline under "Der Autor:" carries a cue).
_POINTED = re.compile(r"^(?:Der|Die|Das)\s+[A-ZÄÖÜ][\w-]+:\s+[A-ZÄÖÜ„»\"][^|·•]*[.!][“”«\"]?$")
POINTED_MAX_WORDS = 25


def pointed_lines(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Kept pointed-label sentences right under the article's kept prose: protected."""
    return {
        i
        for i in range(1, len(blocks))
        if reason[i] is None
        and reason[i - 1] is None
        and shapes[i - 1].prose
        and shapes[i].sentence_end
        and shapes[i].words <= POINTED_MAX_WORDS
        and shapes[i].cue_score == 0
        and not (shapes[i].reader or shapes[i].imperative or shapes[i].linkish)
        and not (shapes[i].contact or shapes[i].outlet_voice or shapes[i].separators)
        and _POINTED.match(blocks[i].text.strip())
    }


def follow_up_sentences(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None]
) -> set[int]:
    """Kept sentences that point back to the kept prose line right before them (see above)."""
    out: set[int] = set()
    for i in range(1, len(blocks)):
        sh, prev = shapes[i], shapes[i - 1]
        if (
            reason[i] is None
            and reason[i - 1] is None
            and prev.prose
            and prev.cue_score == 0
            and sh.prose
            and sh.sentence_end
            and sh.words <= FOLLOW_UP_MAX_WORDS
            and sh.cue_score <= WEAK_CUE
            and _POINTS_BACK.match(blocks[i].text)
            and not (sh.reader or sh.imperative or sh.linkish or sh.contact or sh.exclaims)
            and not (sh.separators or sh.questions)
            and not (sh.outlet_voice and not _collective_voice(blocks[i].text))
        ):
            out.add(i)
    return out


# A sentence that quotes a named speaker in the third person ("Die Trainerin sprach gegenüber
# der Lokalzeitung von „einem bitteren Abend“.", "Er nannte den Ausfall „ärgerlich“, sagte der
# Sprecher.") reports the news even when furniture stands on both sides of it: the learned
# model may not cut it, for furniture quotes no one. It needs a verb of speech or "gegenüber"/"im Gespräch
# mit" outside the quote, a quotation of at least two words, an end mark, no phrase cue and no
# call to the reader, link, contact or outlet voice.
_QUOTATION = re.compile(r"[„“»\"][^„“”»«\"]*\s[^„“”»«\"]*[“”«\"]")
_SPEECH = re.compile(
    r"\b(?:sprach|sprachen|sagte|sagten|erklärte|erklärten|betonte|nannte|nannten|meinte|"
    r"kritisierte|warnte|räumte|berichtete|gab\s+\w+\s+zu)\b|\b(?:gegenüber|im Gespräch mit)\s"
)
QUOTE_MAX_WORDS = 35
# The outlet may be the one spoken to ("sagte sie uns", "verriet er uns", "gegenüber uns"):
# that "uns" reports an interview of the outlet's, it does not speak to the reader.
_TOLD_US = re.compile(
    r"\b(?:sagte|sagten|erzählte|erzählten|verriet|verrieten|erklärte|erklärten|schrieb|"
    r"schrieben|betonte|versicherte)\s+(?:(?:er|sie|es)\s+)?uns\b|\b(?:gegenüber|mit)\s+uns\b",
    re.IGNORECASE,
)


def _told_us(text: str) -> bool:
    """The outlet's voice in ``text`` is only the addressee of a quoted speaker (see above)."""
    outside = _TOLD_US.sub(" ", _QUOTATION.sub(" ", text))
    return OUTLET_VOICE.search(outside) is None


def quoted_reports(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Kept sentences that quote a speaker in the third person (see above): protected."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        sh = shapes[i]
        if reason[i] is not None or not sh.sentence_end or sh.words > QUOTE_MAX_WORDS:
            continue
        if sh.cue_score > 0 or sh.reader or sh.imperative or sh.contact:
            continue
        if sh.exclaims or sh.separators or sh.questions or sh.options:
            continue
        if sh.outlet_voice and not _told_us(b.text):
            continue
        m = _QUOTATION.search(b.text)
        if m is None or not _SPEECH.search(b.text[: m.start()]):
            continue
        if not b.text[:1].isupper():
            continue
        out.add(i)
    return out


# An interview or a portrait is often headed by a quotation from its own text ("„Wir können
# nicht alles bezahlen“"). The body line that holds those quoted words is the speaker's answer,
# however much it looks like the outlet's voice ("wir") next to a page's closing furniture.
HEADLINE_QUOTE_MIN_WORDS = 4
_HEAD_QUOTED = re.compile(r"^\W*[„“»\"](?P<quote>[^„“”»«\"]+)[“”«\"]\W*$")
_NON_WORD = re.compile(r"[^\w]+")


def _plain(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().lower()


def headline_quotes(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], title: str | None
) -> set[int]:
    """Kept sentences that hold the words a quoted headline cites: protected."""
    m = _HEAD_QUOTED.match(title or "")
    if m is None:
        return set()
    quote = _plain(m.group("quote"))
    if len(quote.split()) < HEADLINE_QUOTE_MIN_WORDS:
        return set()
    return {
        i
        for i, b in enumerate(blocks)
        if reason[i] is None
        and shapes[i].sentence_end
        and shapes[i].cue_score == 0
        and quote in _plain(b.text)
        and _plain(b.text) != quote
    }


# The verdict of a review or fact check: "Fazit: ...", "Unser Fazit: ..." opens the article's
# own conclusion (furniture never labels itself so); the outlet's "unser" must not cost it. A
# review's "Unser Urteil: ..." and the answer of a reader-question piece ("Unsere Antwort: ...")
# are verdicts too, and so is the outlet's labelled assessment ("Unsere Einschätzung: Solche
# Leaks trafen bisher meist zu.", "Unsere Einordnung: ...").
_VERDICT = re.compile(
    r"^\W*(?:(?:unser|mein|das|kurzes)\s+)?(?:fazit|urteil|testurteil)\s*:\s+\S"
    r"|^\W*(?:unsere|meine)\s+(?:einschätzung|einordnung|bewertung|sicht)\s*:\s+\S"
    r"|^\W*(?:unsere|meine|die\s+kurze)\s+antwort\s*:\s+\S",
    re.IGNORECASE,
)


def verdict_lines(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Kept prose that opens with a verdict label: protected from the learned model."""
    return {
        i
        for i, (b, sh) in enumerate(zip(blocks, shapes, strict=True))
        if reason[i] is None and sh.prose and _VERDICT.match(b.text)
    }


# A tip the article gives its reader under its own label, right after its kept prose ("Unser
# Tipp: Kommt am Sonntag vor 13 Uhr.", "Mein Tipp: Früh losfahren, die Parkplätze sind
# knapp."): the label is a shop teaser's too ("Unser Tipp: Fressbremse X im Test ab 39,90 € bei
# Y*"), so the rest must be plain advice: no phrase cue, no promotion word, price, footnote
# star, teaser dash, link, contact or outlet voice, a full stop at its end.
_TIP_LABEL = re.compile(
    r"^\W{0,3}(?:unser|mein)e?\s+(?:tipp|rat|ratschlag|empfehlung)\s*:\s+(?=\S)", re.IGNORECASE
)
_TIP_START = frozenset("UuMm*►▶→»")
TIP_MIN_WORDS = 4


def tip_lines(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Promo-cut lines right after kept prose that give the reader a plain tip (see above)."""
    out: set[int] = set()
    for i in range(1, len(blocks)):
        if reason[i] != "promo" or reason[i - 1] is not None or not shapes[i - 1].prose:
            continue
        text = blocks[i].text
        m = _TIP_LABEL.match(text) if text.lstrip()[:1] in _TIP_START else None
        if m is None:
            continue
        rest = text[m.end() :]
        if any(c in rest for c in "€*%@") or " – " in rest or not rest.rstrip().endswith("."):
            continue
        sh = shape(rest)
        if sh.words < TIP_MIN_WORDS or sh.cue_score > 0 or sh.promo_words:
            continue
        if sh.outlet_voice or sh.linkish or sh.contact or sh.separators or sh.options:
            continue
        out.add(i)
    return out


# A note under a call label over a plain statement of fact ("Bitte beachten: Der Markt fällt
# bei Regen aus.", "Vormerken: Die Ausstellung läuft bis Ende Mai."), right under the article's
# kept lines and inside its text (kept plain prose, addressing no one, follows further down):
# the label asks, but what it asks the reader to note is the article's own fact in the third
# person. An offer under such a label promotes, prices, links or talks to the reader ("Jetzt
# sichern: Nur heute 20 Prozent Rabatt!"), the outlet's own product note speaks in its voice,
# and a service note under the article's last prose belongs to the page's service box.
NOTE_MIN_WORDS = 5


def noted_facts(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Call-labelled plain facts right under the article's kept lines (see above)."""
    out: set[int] = set()
    kept = [k for k, sh in enumerate(shapes) if reason[k] is None and sh.solid]
    for i in range(1, kept[-1] if kept else 0):
        if reason[i] != "promo" or reason[i - 1] is not None or shapes[i].cue_score > 1.0:
            continue
        text = blocks[i].text
        m = LABEL_CALL.match(text) if ":" in text else None
        if m is None or shapes[i - 1].words < NOTE_MIN_WORDS:
            continue
        rest = text[text.index(":") + 1 :].strip()
        if not rest.endswith(".") or any(c in rest for c in "€*%@"):
            continue
        sh = shape(rest)
        if sh.words < NOTE_MIN_WORDS or sh.cue_score > 0 or sh.promo_words or not sh.prose:
            continue
        if sh.reader or sh.imperative or sh.outlet_voice or sh.exclaims or sh.questions:
            continue
        if sh.linkish or sh.contact or sh.separators or sh.options:
            continue
        out.add(i)
    return out


# An "Ihr"/"Ihre" label between the article's kept prose lines ("Ihre Faustregel: zwei
# Drittel Grundfarbe, ein Drittel Akzent.") is the possessive of the woman the text quotes
# ("her"), not the reader's widget ("Ihr Tageshoroskop: ..."), which sits at the page's edge,
# not inside its prose. The line must read as a plain statement: nobody addressed (no "Sie"
# after the label either: "Ihr Vorteil: Sie sparen ..." is the reader's), no link, widget
# dash, promotion word, separators or outlet voice, a full stop at its end, and no phrase but
# the label's.
_HER_LABEL = re.compile(r"^(?:Ihr|Ihre)\s+[\w-]+\s*:\s+(?!.*\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b)\S")
HER_LABEL_CUE = 2.0
HER_MIN_WORDS = 6


def her_labels(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """Promo-cut "Ihr(e) X:" statements with kept prose right above and below (see above)."""
    out: set[int] = set()
    for i in range(1, len(blocks) - 1):
        sh = shapes[i]
        if reason[i] != "promo" or not blocks[i].text.startswith("Ihr"):
            continue
        if not all(reason[k] is None and shapes[k].prose for k in (i - 1, i + 1)):
            continue
        if sh.cue_score > HER_LABEL_CUE or sh.words < HER_MIN_WORDS or not sh.sentence_end:
            continue
        if sh.reader or sh.imperative or sh.linkish or sh.contact or sh.separators:
            continue
        if sh.outlet_voice or sh.exclaims or sh.questions or sh.promo_words or sh.options:
            continue
        if " – " not in blocks[i].text and _HER_LABEL.match(blocks[i].text):
            out.add(i)
    return out


# A reference list under a professional article: a heading alone ("Literatur:", "Quellen:",
# "Referenzen") that the rules remove, then numbered items; the items are the references.
_REFERENCE_HEAD = re.compile(
    r"^\W*(?:literatur(?:verzeichnis|angaben|hinweise)?|quellen(?:angaben)?|referenzen|references"
    r"|original(?:publikation|veröffentlichung|arbeit|artikel|studie)|(?:fach)?publikation)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


# A review's venue box under its last paragraph: the venue's address as name, street with its
# number and place ("Gasthaus Linde, Kirchweg 4, Oberdorf"), then at most VENUE_FACT_LINES
# short plain facts ("Montag Ruhetag", "Hauptgerichte 12 bis 20 Euro"), the page's furniture
# right under it. The address opening the box tells a review's venue from an event notice's
# trailing "Öffnungszeiten: ..." / "Eintritt: ..." box, which is the page's.
_VENUE_ADDRESS = re.compile(
    r"^[^,|·:;]{3,50},\s+[A-ZÄÖÜ][^,|·:;\d]{2,40}\s\d{1,4}[a-z]?,\s+[A-ZÄÖÜ][^,|·:;]{1,40}$"
)
VENUE_FACT_LINES = 3
VENUE_FACT_WORDS = 14


def _venue_fact(b: Block, sh: Shape) -> bool:
    """A short plain fact line of a venue box: no sentence, phrase cue, call or link."""
    return (
        sh.words <= VENUE_FACT_WORDS
        and not b.text.rstrip().endswith((".", "!", "?", ":"))
        and sh.cue_score == 0
        and sh.promo_words == 0
        and not (
            sh.reader
            or sh.outlet_voice
            or sh.imperative
            or sh.linkish
            or sh.contact
            or sh.separators
        )
    )


def venue_boxes(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> set[int]:
    """The lines of a review's venue box right under its kept prose (see above)."""
    out: set[int] = set()
    n = len(blocks)
    for i in range(1, n):
        if not (reason[i - 1] is None and shapes[i - 1].prose) or shapes[i].cue_score:
            continue
        if not _VENUE_ADDRESS.match(blocks[i].text):
            continue
        j = i + 1
        while j < n and j - i <= VENUE_FACT_LINES and _venue_fact(blocks[j], shapes[j]):
            j += 1
        if j < n and reason[j] is None:
            continue  # the article goes on: an address inside its text, no box
        out.update(range(i, j))
    return out


def reference_lists(blocks: list[Block], reason: list[str | None]) -> None:
    """Numbered items under a removed reference heading go with it."""
    for i, b in enumerate(blocks):
        if reason[i] is None or not _REFERENCE_HEAD.match(b.text):
            continue
        j = i + 1
        while j < len(blocks) and _reference_item(blocks[j].text):
            reason[j] = reason[j] or reason[i]
            j += 1


# A citation: "Lindqvist, M. et al. (2027): ..." or "Roth, A., Berg, T. (2026). ...", or its
# DOI line.
_CITATION = re.compile(
    r"^\W*[A-ZÄÖÜ][\w'-]+,\s+[A-ZÄÖÜ]\.[^()]{0,160}\((?:19|20)\d{2}[a-z]?\)"
    r"|^\W*(?:doi\s*:\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,}/",
    re.IGNORECASE,
)


def _reference_item(text: str) -> bool:
    m = ITEM_MARK.match(text)
    return bool(m and m.group(2)) or bool(_CITATION.match(text))


# A contact heading alone ("Wissenschaftliche Ansprechpartnerin:", "Pressekontakt:") and the
# person lines under it, each with a phone number or e-mail address.
_CONTACT_HEAD = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}(?:ansprechpartner\w*|kontakte?|pressekontakt|medienkontakt)\s*:\s*$",
    re.IGNORECASE,
)
CONTACT_MAX_LINES = 3
CONTACT_MAX_WORDS = 25


def contact_lists(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """Short lines with a phone number or e-mail address under a removed contact heading go
    with it."""
    for i, b in enumerate(blocks):
        if reason[i] is None or not _CONTACT_HEAD.match(b.text):
            continue
        j = i + 1
        while (
            j < len(blocks)
            and j - i <= CONTACT_MAX_LINES
            and shapes[j].words <= CONTACT_MAX_WORDS
            and CONTACT.search(blocks[j].text)
        ):
            reason[j] = reason[j] or reason[i]
            j += 1


_TRIMMABLE = frozenset(
    {"newsletter", "social", "promo", "related", "comments", "contact", "cookie"}
)


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Tuning constants, calibrated on bench/data/boilerplate/tuning.txt."""

    threshold: float = 2.0  # furniture score at which a block is removed
    imperative_bonus: float = 1.0  # "Lesen Sie ...", "Folgen Sie ..." at block start
    promo_bonus: float = 0.5  # two or more promotional words in a short block
    link_bonus: float = 0.5  # URL, domain, e-mail or @handle
    separator_bonus: float = 0.5  # "Teilen | Drucken" style separators
    # a short line cut into segments by separators is a menu, a widget or an ad slot, not prose
    # ("Werbeplatz · Inhalt wird geladen"): article sentences are never written that way
    separator_line_bonus: float = 1.5
    separator_line_words: int = 25
    exclaim_bonus: float = 0.5  # short block ending in "!"
    reader_bonus: float = 1.0  # addresses the reader ("Sie", "Ihnen", "du") inside a sentence
    address_cap: float = 1.5  # most that reader address, imperatives etc. add without a cue
    voice_bonus: float = 0.5  # the outlet speaking ("wir", "unser"), outside quotes
    question_bonus: float = 0.25  # a question outside quotes
    # a line that opens with a question both to the reader and for the outlet, then goes on
    # ("Gefällt Ihnen unsere Arbeit? Unser Brief ..."):
    # no kept line of rounds 1-16 asks one, 21 furniture lines do
    self_question_bonus: float = 0.5
    edge_bonus: float = 0.5  # block before the first / after the last prose block
    edge_max_prose_words: int = 40  # longer paragraphs get no edge bonus: they are the article
    outlet_bonus: float = 3.0  # the outlet repeats this line across its articles
    self_reference_bonus: float = 1.5  # a short line naming the article's own outlet
    reported_cue_factor: float = 0.5  # cue weight in prose that never addresses the reader ...
    reported_min_words: int = 10  # ... and has at least this many words
    prose_penalty: float = 0.5  # per step of prose length (20+, 40+, 60+ words)
    max_carry: int = 12  # longest run of non-prose lines a heading carries along
    title_similarity: float = 90.0  # rapidfuzz ratio for "this line repeats the headline"
    min_trim_chars: int = 200  # blocks at least this long are trimmed sentence by sentence
    trim_margin: float = 1.0  # extra score a sentence needs to be cut from a content block
    learned: bool = True  # the learned block classifier decides blocks the rules keep

    def __post_init__(self) -> None:
        if self.threshold <= 0:
            raise LagebildError(f"threshold={self.threshold}: must be > 0 (default 2.0)")
        if self.max_carry < 0:
            raise LagebildError(f"max_carry={self.max_carry}: must be >= 0")


@dataclass(slots=True)
class CleanResult:
    text: str
    removed: list[RemovedBlock] = field(default_factory=list)
    title: str | None = None


def _score(sh: Shape, cfg: BoilerplateConfig) -> float:
    # long third-person prose that merely mentions comments, cookies or apps is news
    s = own_cue(sh, cfg)
    if sh.promo_words >= 2:
        s += cfg.promo_bonus
    if sh.linkish:
        s += cfg.link_bonus
    if sh.separators:
        s += cfg.separator_bonus
        if sh.words <= cfg.separator_line_words:
            s += cfg.separator_line_bonus
    address = (
        cfg.imperative_bonus * sh.imperative
        + cfg.reader_bonus * sh.reader
        + cfg.voice_bonus * sh.outlet_voice
        + cfg.question_bonus * sh.questions
        + cfg.self_question_bonus * sh.self_question
        + cfg.exclaim_bonus * (sh.exclaims and sh.words < 25)
    )
    if sh.cue_score == 0 and not (sh.reader and sh.outlet_voice):
        # advice columns and interviews talk to the reader too: without a furniture phrase,
        # or the outlet speaking to the reader about itself ("Unterstützen Sie uns"),
        # talking to the reader alone never removes a block
        address = min(address, cfg.address_cap)
    s += address
    if sh.prose:
        s -= cfg.prose_penalty * ((sh.words >= 20) + (sh.words >= 40) + (sh.words >= 60))
    return s


# A short name line above the first paragraph that the furniture below the article repeats:
# the issuing office of a press release ("Stadtwerke Talheim" over the text, "Kontakt:
# Stadtwerke Talheim, Pressestelle" under it) is the page's credit, not the article's.
ECHO_MAX_WORDS = 5


def echoed_head_names(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    first_prose: int,
    last_prose: int,
) -> None:
    """Cut short name lines above the first paragraph that removed tail lines repeat."""
    tail = [
        normalise_text(blocks[j].text)
        for j in range(last_prose + 1, len(blocks))
        if reason[j] is not None
    ]
    if not tail:
        return
    for i in range(min(first_prose, len(blocks))):
        sh = shapes[i]
        if reason[i] is not None or sh.prose or not 2 <= sh.words <= ECHO_MAX_WORDS:
            continue
        name = normalise_text(blocks[i].text)
        echo = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)") if name else None
        if echo and any(echo.search(t) for t in tail):
            reason[i] = "credit"


# The author named in the head's byline ("Ein Gastbeitrag von Prof. Dr. Anna Beispiel · 3.4.",
# "Von Jan Muster | Lesedauer"): first name and surname, titles skipped.
_BYLINE_NAME = re.compile(
    r"\b(?:von|Von|VON)\s+(?:(?:Prof|Dr|PD|Dipl)\.(?:[\s-]*\w+\.)?\s+)*"
    r"(?P<name>[A-ZÄÖÜ][\w-]+\s+(?:(?:von|van|de|zu)\s+)?[A-ZÄÖÜ][\w-]+)\b"
)
# the name opens the note and a verb in the third person follows ("... lehrt", "... ist")
_NOTE_VERB = re.compile(r"\s+(?:ist|war|lehrt|leitet|arbeitet|forscht|schreibt|lebt|berät)\b")


def author_notes(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], first_prose: int
) -> None:
    """The author's note at the end of an opinion piece: the last kept paragraph opens with
    the name the cut byline above the text gave, then a verb in the third person ("Anna
    Beispiel lehrt Staatsrecht in X", "Jan Muster ist Ökonom"). A report's last paragraph
    names the people it reports on, not the writer of its byline."""
    names = {
        m.group("name")
        for i in range(min(first_prose, len(blocks)))
        if reason[i] is not None and not shapes[i].prose
        for m in [_BYLINE_NAME.search(blocks[i].text)]
        if m
    }
    if not names:
        return
    last = next((i for i in range(len(blocks) - 1, first_prose, -1) if reason[i] is None), None)
    if last is None or not shapes[last].prose:
        return
    text = blocks[last].text.lstrip()
    for name in names:
        if text.startswith(name) and _NOTE_VERB.match(text, len(name)):
            reason[last] = "byline"
            return


def _reports(sh: Shape) -> bool:
    """Prose in the third person: neither the reader nor the outlet is spoken to or for."""
    return sh.prose and not (sh.reader or sh.outlet_voice or sh.imperative)


# The site's masthead: its name, a dash and a slogan of a few words ("Weltblick – Politik.
# Klar erklärt."). A slogan's verb reports no speech; a report naming the outlet has more words
# and does not open with the name and a dash.
MASTHEAD_WORDS = 7
_MASTHEAD_DASH = re.compile(r"\s+[–—|]\s+")


def _masthead(text: str, sh: Shape, own: str) -> bool:
    """``text`` opens with the outlet's name ``own`` (normalised), a dash and a short slogan."""
    if sh.words > MASTHEAD_WORDS:
        return False
    norm = normalise_text(text)
    return norm.startswith(own) and _MASTHEAD_DASH.match(norm, len(own)) is not None


def _quotes(sh: Shape) -> bool:
    """Prose that may report speech: the outlet may be in it ("sagte sie zum Schluss unseres
    Gesprächs mit dem Boten", an interview's last line), the reader may not."""
    return sh.prose and not (sh.reader or sh.imperative)


def _same_line(a: str, b: str, cfg: BoilerplateConfig) -> bool:
    na, nb = normalise_text(a), normalise_text(b)
    if na == nb or (nb and na.startswith(nb) and len(na) - len(nb) < 40):
        return True
    return fuzz.ratio(na, nb) >= cfg.title_similarity


@dataclass(slots=True)
class Decisions:
    """The rules' verdict on each block of a body (``reason`` None = keep), before output."""

    blocks: list[Block]
    shapes: list[Shape]
    reason: list[str | None]
    scores: list[float]  # the per-block furniture score of the rules
    self_ref: list[bool]  # a short line naming the article's own outlet
    turns: set[int]  # interview turns: article text whatever else they look like
    title: str | None


def clean_body(
    body: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    outlet_stats: OutletLineStats | None = None,
    config: BoilerplateConfig | None = None,
    model: BlockModel | None = None,
) -> CleanResult:
    """Split ``body`` into kept text and removed furniture (with reasons and offsets).

    ``model`` is the learned block classifier (default: the one shipped in
    ``lagebild/models``); ``config.learned=False`` runs the rules alone.
    """
    cfg = config or BoilerplateConfig()
    d = decide(body, title=title, outlet=outlet, outlet_stats=outlet_stats, config=cfg)
    if d is None:
        return CleanResult("", [], title)
    if cfg.learned:
        apply_learned(
            model or default_model(),
            d.blocks,
            d.shapes,
            d.reason,
            d.scores,
            d.self_ref,
            outlet=outlet,
            outlet_stats=outlet_stats,
            protected=d.turns,
        )
    tail_boxes(d.blocks, d.shapes, d.reason)
    signup_pitches(d.blocks, d.shapes, d.reason, outlet)
    # a short line inside the prose core where the outlet turns to the reader
    core_calls(d.blocks, d.shapes, d.reason, d.scores, protected=d.turns)
    # an offer-shaped line inside the core that shares no word with the article
    off_topic_inserts(d.blocks, d.shapes, d.reason, d.scores, title=d.title, protected=d.turns)
    return _assemble(d, cfg)


# A box under the article: a heading cut as furniture, then rows marked by a number, a date
# or a bullet ("Termine in Talheim" / "02.05. Frühlingsmarkt" / "05.05. Blutspende"; a league
# table's "3. Team 27 Sp. 48 Pkt."), nothing but furniture after them to the end of the text.
# The rows go with their heading. An article's own list under a heading of its own is kept
# prose's business (the heading stays, or kept text follows the list).
_BOX_ROW = re.compile(
    r"^\s*(?:[-–•·*▪►▶→]\s+|\d{1,2}[.)]\s+|(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+)?"
    r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?:?\s+)"
)
BOX_ROW_MAX_WORDS = 12
BOX_HEADING_WORDS = 8
BOX_KEPT_ROWS = 3
_NOT_BOX_HEADING = frozenset({"headline", "repeated-headline", "dateline"})


def _box_row(b: Block, sh: Shape) -> bool:
    return (
        bool(_BOX_ROW.match(b.text))
        and not sh.prose
        and sh.words <= BOX_ROW_MAX_WORDS
        and sh.cue_score == 0
        and not (sh.reader or sh.imperative or sh.linkish)
    )


def _box_heading(b: Block, sh: Shape) -> bool:
    """A kept line that can only be a box's heading: short, no sentence, no lead-in colon."""
    text = b.text.strip()
    return (
        not sh.prose
        and sh.words <= BOX_HEADING_WORDS
        and not text.endswith((":", ".", "!", "?"))
        and not _BOX_ROW.match(text)
        and not (sh.reader or sh.imperative)
    )


def tail_boxes(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """Cut the marked rows under a cut heading at the end of the text (see above). A kept
    heading goes with its rows when there are BOX_KEPT_ROWS or more of them, under the kept
    article ("Tabelle Landesliga (Auszug)" / "1. Team 20 Sp. 44 Pkt." / ...): in the development
    golds every short heading over marked rows with only furniture after them is a box."""
    n = len(blocks)
    for i in range(1, n - MIN_TABLE_ROWS):
        cut = reason[i] is not None
        if reason[i] in _NOT_BOX_HEADING or shapes[i].prose:
            continue
        if not cut and not (
            _box_heading(blocks[i], shapes[i])
            and any(reason[k] is None and shapes[k].prose for k in range(i))
        ):
            continue
        j = i + 1
        while j < n and reason[j] is None and _box_row(blocks[j], shapes[j]):
            j += 1
        rows = j - i - 1
        if rows < (MIN_TABLE_ROWS if cut else BOX_KEPT_ROWS):
            continue
        if any(reason[k] is None for k in range(j, n)):
            continue
        for k in range(i if not cut else i + 1, j):
            reason[k] = "related"


# A line opening with a quotation mark: a speaker's words, which may close an article.
_QUOTE_OPEN = re.compile(r"^\s*[„“»\"‚]")
# A third party's advice relayed in the present ("Die Polizei rät: ..."): the news.
_ADVISES = re.compile(r"\b(?:rät|raten|empfiehlt|empfehlen|mahnt|warnt|fordert|appelliert)\b")
# The longest run of kept lines taken as the teasers under a cut list heading at the end.
TAIL_LIST_LINES = 4


def _island_line(b: Block, sh: Shape) -> bool:
    """A kept line that reads as a teaser or a call, not as the article's closing report: a
    headline's question or cry, or the reader addressed in the present; never reported speech,
    a quotation, narration or advice a third party gives ("Die Polizei rät: ...")."""
    if _REPORTED_SPEECH.search(b.text) or _QUOTE_OPEN.search(b.text):
        return False
    if sh.questions or sh.exclaims:
        return True  # a teaser's headline ("Sie war die Erste! Was macht sie heute?")
    calls = sh.reader or sh.imperative
    return calls and not (NARRATIVE.search(b.text) or _ADVISES.search(b.text))


def tail_islands(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    """Cut the last run of up to TAIL_LIST_LINES kept lines that stands right under a cut list
    heading ("Auch spannend für dich:", "Mehr zum Thema:") with nothing kept after it: the
    teasers of that list, when every line reads as a teaser or a call (:func:`_island_line`)
    and none shares a content word with the article above (its own closing question under an
    ad's label goes on with its subject). A position alone does not do: in the development
    golds the article's closing lines often stand between an inline ad and the page's tail."""
    n = len(blocks)
    kept = [i for i in range(n) if reason[i] is None]
    if len(kept) < 4 or kept[-1] == n - 1:
        return  # too little text, or it ends with a kept line: no tail of cut lines
    end = kept[-1]
    start = end
    while start - 1 >= 0 and reason[start - 1] is None and end - start + 1 < TAIL_LIST_LINES:
        start -= 1
    if start == 0 or reason[start - 1] is None:
        return  # a longer kept run, or no cut line above it
    if not blocks[start - 1].text.rstrip().endswith(":"):
        return  # no cut list heading over the run
    above = start - 1
    while above - 1 >= 0 and reason[above - 1] is not None:
        above -= 1
    prose_before = [i for i in kept if i < above and shapes[i].prose]
    if len(prose_before) < 3:
        return
    run = range(start, end + 1)
    if not all(_island_line(blocks[k], shapes[k]) for k in run):
        return
    text_words: set[str] = set().union(
        *(
            content_words(blocks[k].text)
            for k in range(above)
            if reason[k] is None or reason[k] in ("headline", "repeated-headline")
        )
    )
    if any(content_words(blocks[k].text) & text_words for k in run):
        return
    for k in run:
        reason[k] = "related"


def decide(
    body: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    outlet_stats: OutletLineStats | None = None,
    config: BoilerplateConfig | None = None,
) -> Decisions | None:
    """The rules' decisions for every block of ``body`` (None for an empty body)."""
    cfg = config or BoilerplateConfig()
    blocks = split_blocks(body)
    if not blocks:
        return None
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None] * len(blocks)
    scores = [_score(sh, cfg) for sh in shapes]
    # a short line naming the article's own outlet speaks about the outlet, not the news;
    # prose that reports ("sagte sie dem Boten") is the news, whatever outlet it names
    own = own_outlet_text(outlet)
    mentions = [bool(own) and names_outlet(own, normalise_text(b.text)) for b in blocks]
    masthead = [
        named and _masthead(b.text, sh, own)
        for b, sh, named in zip(blocks, shapes, mentions, strict=True)
    ]
    self_ref = [
        named
        and sh.words <= SELF_REFERENCE_WORDS
        and (not (_quotes(sh) and _REPORTED_SPEECH.search(b.text)) or head)
        for b, sh, named, head in zip(blocks, shapes, mentions, masthead, strict=True)
    ]
    for i, flag in enumerate(self_ref):
        if flag:
            scores[i] += cfg.self_reference_bonus
    content = [is_content(sh, scores[i]) for i, sh in enumerate(shapes)]
    prose_idx = [i for i, c in enumerate(content) if c]
    first_prose = prose_idx[0] if prose_idx else len(blocks)
    # where the article starts for the head's edge bonus: the first prose without a furniture
    # phrase, even when it talks to the reader (an advice piece does so from its first line)
    first_text = next(
        (i for i, sh in enumerate(shapes) if sh.prose and sh.cue_score == 0 and not self_ref[i]),
        len(blocks),
    )
    last_prose = prose_idx[-1] if prose_idx else -1

    # weak outlet evidence (a small outlet) counts only outside the article's own prose core
    weak = [False] * len(blocks)
    if outlet_stats is not None:
        weak = [outlet_stats.is_weak_furniture(outlet, b.text) for b in blocks]
    core = [i for i in prose_idx if not weak[i]]
    if not core:
        weak = [False] * len(blocks)  # nothing of its own: a version, or nothing to judge by
    first_core = core[0] if core else len(blocks)
    last_core = core[-1] if core else -1
    for i, (b, sh) in enumerate(zip(blocks, shapes, strict=True)):
        if outlet_stats is not None and (
            outlet_stats.is_furniture(outlet, b.text)
            or (
                weak[i]
                and (
                    # a repeated line that also looks like furniture goes wherever it is
                    sh.cue_score > 0
                    or sh.outlet_voice
                    or sh.reader
                    or (not sh.prose and (i > last_core or i < first_core))
                )
            )
        ):
            # a line with its own furniture phrase keeps that reason (an ad label still
            # carries its ad along); otherwise the repetition is the reason
            strong = scores[i] >= cfg.threshold and sh.reasons
            reason[i] = sh.reasons[0] if strong else "outlet-repeated"
            continue
        # a note under its own label counts its cues in full here (see own_cue), as does a
        # note whose label is itself the phrase ("Rechtlicher Hinweis: Die Berichte ...")
        label_cue = sh.cue_score if _phrase_label(b.text, sh) else own_cue(sh, cfg, labels=True)
        s = scores[i] + label_cue - own_cue(sh, cfg)
        furniture_like = sh.cue_score > 0 or (sh.reader and sh.outlet_voice) or self_ref[i]
        # above the article's first paragraph the site's masthead is its head, slogan or not
        if (i < min(first_prose, first_text) and (not sh.prose or masthead[i])) or (
            i > last_prose
            and (not sh.prose or (furniture_like and sh.words < cfg.edge_max_prose_words))
        ):
            s += cfg.edge_bonus
        if s >= cfg.threshold:
            reason[i] = sh.reasons[0] if sh.reasons else "promo"

    if outlet_stats is not None:
        template_headings(blocks, shapes, reason, content)
    comment_section(blocks, shapes, reason, first_prose)
    ad_frames(blocks, shapes, reason)
    _teletext_pointers(blocks, shapes, reason)
    named = [
        flag and not normalise_text(b.text).startswith(own)
        for b, flag in zip(blocks, self_ref, strict=True)
    ]
    title = _headline(blocks, shapes, reason, title, first_prose, cfg, named, own)
    head_and_tail(blocks, shapes, reason, title, outlet, first_prose, last_prose)
    fact_boxes(blocks, shapes, reason)
    reference_lists(blocks, reason)
    contact_lists(blocks, shapes, reason)
    carry_headings(blocks, shapes, reason, cfg)
    close_runs(blocks, shapes, reason, first_prose, last_prose)
    join_neighbours(blocks, shapes, reason)
    sweep_tail(blocks, shapes, reason, scores, content, self_ref, first_prose, cfg)
    about_boxes(blocks, shapes, reason, first_prose)
    section_links(blocks, shapes, reason)
    cut_teasers(blocks, shapes, reason)
    echoed_head_names(blocks, shapes, reason, first_prose, last_prose)
    if any(weak):
        # A weakly repeated sentence after the prose core: versions of one story may share
        # their last paragraph, and then they share lines inside the core too. Such a
        # sentence goes when the core shares nothing or furniture separates it from the core.
        version_like = any(weak[i] for i in prose_idx if i < last_core)
        for i in range(last_core + 1, len(blocks)):
            separated = any(reason[j] is not None for j in range(last_core + 1, i))
            if weak[i] and reason[i] is None and (separated or not version_like):
                reason[i] = "outlet-repeated"

    interview = interview_turns(blocks) | answered_questions(blocks, shapes)
    turns = set(interview)
    turns |= posed_questions(blocks, shapes, reason)
    turns |= list_siblings(blocks, shapes, reason)
    turns |= introduced_lists(blocks, shapes, reason)
    turns |= summary_headings(blocks, shapes, reason)
    data = introduced_tables(blocks, shapes, reason) | introduced_data(blocks, shapes, reason)
    turns |= data | data_sources(blocks, shapes, reason, data)
    turns |= sourced_charts(blocks, shapes, reason)
    turns |= embedded_lines(blocks, shapes, reason, cfg, mentions)
    turns |= roster_lines(blocks, shapes, reason)
    turns |= pictogram_lines(blocks, shapes, reason)
    turns |= closing_advice(blocks, shapes, reason)
    turns |= closing_thanks(blocks, shapes, reason)
    turns |= warning_advice(blocks, shapes, reason)
    turns |= verdict_lines(blocks, shapes, reason)
    turns |= tip_lines(blocks, shapes, reason)
    turns |= venue_boxes(blocks, shapes, reason)
    turns |= noted_facts(blocks, shapes, reason)
    turns |= her_labels(blocks, shapes, reason)
    turns |= follow_up_sentences(blocks, shapes, reason)
    turns |= pointed_lines(blocks, shapes, reason)
    turns |= resumed_sections(blocks, shapes, reason)
    turns |= bylined_headings(blocks, shapes, reason, scores)
    turns |= quoted_reports(blocks, shapes, reason)
    turns |= headline_quotes(blocks, shapes, reason, title)
    # a live blog's entries are its text; an entry with a strong phrase of its own still goes
    live = live_entries(blocks, shapes)
    turns |= {i for i in live if shapes[i].cue_score < WEAK_CUE}
    # the line taken as the title under the page's head furniture leaves the text even when it
    # looks like a question the article answers ("Hitze im Stall: Wie kommen Hühner durch den
    # Sommer?"); a question opening a bare body may be its first sentence and stays
    turns = {
        i for i in turns if not (reason[i] == "headline" and i > 0 and reason[i - 1] is not None)
    }
    for i in turns:
        if reason[i] != "outlet-repeated":
            reason[i] = None
            self_ref[i] = False
    for i in keyword_decks(blocks, reason, first_prose):
        reason[i] = "teaser"
        turns.discard(i)
    for i in ad_copy(blocks, shapes, reason, interview, live):
        reason[i] = "promo"
    for i in resumed_questions(blocks, shapes, reason):
        reason[i] = None
        turns.add(i)
    appended_faqs(blocks, shapes, reason)
    tail_islands(blocks, shapes, reason)
    author_notes(blocks, shapes, reason, first_prose)
    return Decisions(blocks, shapes, reason, scores, self_ref, turns, title)


def _phrase_label(text: str, sh: Shape) -> bool:
    """A note whose label carries a furniture phrase of its own ("Rechtlicher Hinweis: ...",
    "Transparenzhinweis: ..."): the page speaking under its label, not a report about the
    topic, so the phrase is not discounted as one (see ``own_cue``)."""
    if not (sh.labelled and sh.topic_score > 0):
        return False
    m = LABEL_START.match(text)
    return m is not None and cue_hits(m.group(0))[0] > 0


def _ad_copy_block(blocks: list[Block], reason: list[str | None], i: int) -> bool:
    """Block ``i`` is cut right under a cut bare ad label ("Anzeige", "Partnerinhalt"): the
    ad's copy as a whole, its plain opening sentences included (they are not trimmed off)."""
    return (
        i > 0
        and reason[i] is not None
        and reason[i - 1] is not None
        and _BARE_AD_LABEL.match(blocks[i - 1].text) is not None
    )


def _assemble(d: Decisions, cfg: BoilerplateConfig) -> CleanResult:
    """Kept text and removed blocks; furniture glued to prose is trimmed sentence by sentence."""
    blocks, shapes, reason, self_ref = d.blocks, d.shapes, d.reason, d.self_ref
    removed: list[RemovedBlock] = []
    kept: list[Block] = []
    for i, b in enumerate(blocks):
        r = reason[i]
        text = b.text
        sh = shapes[i]
        if self_ref[i]:
            pass  # a line about the outlet itself is furniture as a whole
        elif (r in _TRIMMABLE and not _ad_copy_block(blocks, reason, i)) or (
            r is None and len(text) >= cfg.min_trim_chars and sh.cue_score > 0
        ):
            # cutting sentences out of a block judged to be content needs stronger evidence
            need = cfg.threshold + (cfg.trim_margin if r is None else 0.0)
            # a furniture block keeps only a content sentence that comes before the furniture
            text, cut = _trim_sentences(b, cfg, need, leading=r is None)
            if cut and text:
                removed.extend(cut)
                r = None
            elif r is None:
                text = b.text
        if r is not None:
            removed.append(RemovedBlock(b.text, r, b.start))
        elif text:
            kept.append(Block(text, b.start, b.blank_before))
    out: list[str] = []
    for j, b in enumerate(kept):
        if j:
            out.append("\n\n" if b.blank_before else "\n")
        out.append(b.text)
    removed.sort(key=lambda r: r.start)
    return CleanResult("".join(out), removed, d.title)


# A page title that frames the headline with the site's name ("Weltblick.net – Nachrichten:
# Hochwasser ...", "Ratgeberhafen: Kindergeld ...", "Hochwasser ... | Weltblick"): the
# headline is the body's line without the frame.
_FRAME_SEPARATORS = (":", "–", "—", "-", "|", "·")
FRAME_MAX_CHARS = 40
# A page title that puts the state of the copy before the headline ("Berichtigung: ...",
# "Update: ...", "Eilmeldung: ..."): the status of the page, not part of the headline the body
# repeats without it (a rubric such as "Bundesliga: ..." is the headline's own).
_STATUS_FRAME = re.compile(
    r"^(?:berichtigung|berichtigt|korrektur|korrigiert|richtigstellung|update|aktualisiert|"
    r"eilmeldung|eil|breaking|neu)\s*[:–—-]\s+",
    re.I,
)


def _status_framed(title: str, line: str) -> bool:
    """``title`` is ``line`` under a status label (see above)."""
    m = _STATUS_FRAME.match(title.strip())
    return m is not None and title.strip()[m.end() :] == line.strip()


# a one-word genre label opening a page title ("Kommentar: ", "Analyse: "): on its own a
# rubric, no frame; with the outlet's frame on the other side the line is the headline
_GENRE_LABEL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß-]{2,20}:\s+")


def _site_framed(title: str, line: str, own: str) -> bool:
    """``title`` is ``line`` with a short frame naming the outlet ``own`` (normalised) before
    or after it behind a separator ("Bundesliga: ..." is a rubric, no frame)."""
    t, s = title.strip(), line.strip()
    if t == s or not s:
        return False
    if t.endswith(s):
        rest = t[: -len(s)].rstrip()
        sep = rest.endswith(_FRAME_SEPARATORS)
    elif t.startswith(s):
        rest = t[len(s) :].lstrip()
        sep = rest.startswith(_FRAME_SEPARATORS)
    elif (m := _GENRE_LABEL.match(t)) is not None:
        # the genre's label before the framed line: "Kommentar: <line> – <outlet>"
        return _site_framed(t[m.end() :], line, own)
    else:
        return False
    return sep and 0 < len(rest) <= FRAME_MAX_CHARS and names_outlet(own, normalise_text(rest))


def _headline(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    title: str | None,
    first_prose: int,
    cfg: BoilerplateConfig,
    named: list[bool] | None = None,
    own: str = "",
) -> str | None:
    """Drop lines that repeat the headline; without a title, take a title-like first line.

    A line cut only because it names the page's own outlet inside it (no phrase cue, the name
    not opening it as a masthead does) may still be the headline: "Zahl der Mitglieder im
    Talheimer Turnverein gestiegen" on the club's own site."""
    head = range(min(len(blocks), max(first_prose, 1), HEADLINE_SEARCH_BLOCKS))
    if title:
        # a headline that asks in a full sentence ("Wie gut ist der neue Club?") reads as
        # the first prose line: the page's given title repeated there is still its headline
        if first_prose < min(len(blocks), HEADLINE_SEARCH_BLOCKS) and _same_line(
            blocks[first_prose].text, title, cfg
        ):
            head = range(first_prose + 1)
        bare = None
        for i in head:
            framed = (bool(own) and _site_framed(title, blocks[i].text, own)) or _status_framed(
                title, blocks[i].text
            )
            if reason[i] in (None, "promo", "navigation") and (
                framed or _same_line(blocks[i].text, title, cfg)
            ):
                reason[i] = "repeated-headline"
                if bare is None and framed:
                    bare = blocks[i].text
        return bare or title
    # the site's menu ends its masthead: the headline is the first kept line under the last
    # menu line (a slogan or a login note above the menu is no headline)
    menus = [
        i
        for i in head
        if (reason[i] == "navigation" and not _head_figure(blocks[i].text, shapes[i]))
        or _menu_row(blocks[i].text, reason[i])
    ]
    if menus:
        # a prompt over a widget the rules cut ("Straße und Hausnummer eingeben:" over the
        # form's fields) belongs to the widget, not to the headlines
        below = [
            i
            for i in head
            if i > menus[-1]
            and reason[i] is None
            and not (blocks[i].text.endswith(":") and i + 1 < len(blocks) and reason[i + 1])
        ]
        # a kicker in capitals over the headline ("+++ EILMELDUNG +++", "RATGEBER & RECHT"):
        # the rubric, not the headline; the title-like line right under it is
        if (
            len(below) > 1
            and below[1] == below[0] + 1
            and _kicker(blocks[below[0]].text)
            and _title_line(blocks[below[1]].text, shapes[below[1]])
        ):
            return _take_headline(blocks, reason, below[1], cfg)
        # ... also under a ticker line, when the line under the kicker has the head's meta
        # lines under it ("LIVE: Stau auf der A 1" / "ZOFF IM RAT" / headline / date)
        for a, b in pairwise(below[1:]):
            if (
                b == a + 1
                and b + 1 < len(blocks)
                and _kicker(blocks[a].text)
                and _title_line(blocks[b].text, shapes[b])
                and (reason[b + 1] == "dateline" or _head_meta_under(reason, b + 1, first_prose))
            ):
                return _take_headline(blocks, reason, b, cfg)
        # a label or ticker line between the menu and the headline ("Recht / Urteile", "LIVE
        # ● A 1 : 0 B"): when a longer title-like line under it sits right above the dateline,
        # that line is the headline (a headline is followed by its date; a label under the
        # headline, "Pressemitteilung Nr. 12/2027", is shorter than the headline); a notice
        # under its label may be the longer line ("Achtung Baustelle: Die Kreisstraße ist bis
        # Freitag gesperrt" over "Neue Brücke über die Aller wird gebaut"), so under a labelled
        # line a title of TITLE_UNDER_BANNER_WORDS or more right above the dateline is taken;
        # a page without a dateline puts the headline right above the first paragraph, under
        # its section label of at most LABEL_MAX_WORDS words ("Umwelt & Verkehr"; a longer
        # line there is a headline over its deck)
        if (
            len(below) > 1
            and below[1] == below[0] + 1
            and below[1] + 1 < len(blocks)
            and (
                reason[below[1] + 1] == "dateline"
                or (
                    (
                        _opens_text(shapes, reason, below[1] + 1, first_prose)
                        or _head_meta_under(reason, below[1] + 1, first_prose)
                    )
                    and shapes[below[0]].words <= LABEL_MAX_WORDS
                )
            )
            and _title_line(blocks[below[1]].text, shapes[below[1]])
            and not shapes[below[0]].sentence_end
            and (
                shapes[below[1]].words > shapes[below[0]].words
                or (
                    shapes[below[0]].labelled and shapes[below[1]].words >= TITLE_UNDER_BANNER_WORDS
                )
            )
        ):
            return _take_headline(blocks, reason, below[1], cfg)
        if below and _title_line(blocks[below[0]].text, shapes[below[0]]):
            return _take_headline(blocks, reason, below[0], cfg)
        # two or more short labels stacked between the menu and the headline ("Eilmeldung" /
        # "Landtag" / headline / date): the longer title-like line right above the dateline
        stacked = _under_stacked_labels(blocks, shapes, reason, below)
        if stacked is not None:
            return _take_headline(blocks, reason, stacked, cfg)
        # a note in full sentences between the menu and the headline ("Sie lesen einen
        # Beitrag aus unserem Plus-Bereich."): the title-like line right above the dateline
        dated = [
            i
            for i in below
            if i + 1 < len(blocks)
            and reason[i + 1] == "dateline"
            and _title_line(blocks[i].text, shapes[i])
        ]
        if below and dated and shapes[below[0]].sentence_end:
            return _take_headline(blocks, reason, dated[0], cfg)
        # ... or the title-like line right under the dateline, right above the article's first
        # paragraph ("Sommerferien: Am Samstag haben wir nur bis 13 Uhr geöffnet." /
        # "01.07.2027 · Tipps" / headline / paragraph)
        under = [
            i
            for i in below
            if reason[i - 1] == "dateline"
            and i + 1 < len(blocks)
            and _opens_text(shapes, reason, i + 1, first_prose)
            and _title_line(blocks[i].text, shapes[i])
        ]
        if below and under and under[0] > below[0] and shapes[below[0]].sentence_end:
            return _take_headline(blocks, reason, under[0], cfg)
        # a headline under a label of its own ("Umfrage: Jeder Dritte gibt auf", "Warnung:
        # Programm unterbrochen") whose label carries a phrase cue too weak to remove it on
        # its own (the head's edge bonus may have): right above the dateline, nothing kept
        # between the menu and it
        labelled = [
            i
            for i in head
            if menus[-1] < i <= (below[0] if below else i)
            and i + 1 < len(blocks)
            and reason[i + 1] == "dateline"
            and reason[i] not in _NOT_HEADLINE
            and _labelled_title(blocks[i].text, shapes[i], cfg)
        ]
        if labelled:
            return _take_headline(blocks, reason, labelled[0], cfg)
    for i in head:
        outlet_only = bool(named and named[i]) and shapes[i].cue_score == 0
        if reason[i] is not None and not (reason[i] == "promo" and outlet_only):
            continue
        if _title_line(blocks[i].text, shapes[i]):
            # a rubric or blog name over the headline: the title-like line right above the
            # first paragraph is the headline, the one above it the page's label
            nxt = i + 1
            if (
                nxt + 1 == first_prose
                and not blocks[i].text.rstrip().endswith("?")  # a rubric asks nothing
                and reason[nxt] is None
                and _title_line(blocks[nxt].text, shapes[nxt])
            ):
                return _take_headline(blocks, reason, nxt, cfg)
            return _take_headline(blocks, reason, i, cfg)
        if _wide_row(blocks[i].text) and not shapes[i].prose:
            continue  # a fixed-width rubric row over the headline
        if _kicker(blocks[i].text):
            continue  # a kicker in capitals over the headline ("LIVE", "EILMELDUNG")
        if _section_label(blocks, shapes, reason, i, first_prose):
            # the page's section over the headline ("Wirtschaft", "Karriere")
            return _take_headline(blocks, reason, i + 1, cfg)
        break
    cut_head = _dated_headline(blocks, shapes, reason, first_prose)
    if cut_head is not None:
        return _take_headline(blocks, reason, cut_head, cfg)
    return _pictogram_headline(blocks, reason, first_prose, cfg)


def _dated_headline(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], first_prose: int
) -> int | None:
    """A head cut whole by its edge (no menu the rules know, every line short): the last
    title-like line that carries no phrase cue of its own, right above the dateline or the
    head's other cut meta lines (a reading time), which run down to the first paragraph."""
    for i in range(min(first_prose, HEADLINE_SEARCH_BLOCKS) - 2, -1, -1):
        if reason[i] not in (None, "promo") or shapes[i].cue_score or shapes[i].reasons:
            continue
        if reason[i + 1] in (None, "promo") or not _head_meta_under(reason, i + 1, first_prose):
            continue
        return i if _title_line(blocks[i].text, shapes[i]) else None
    return None


def _section_label(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], i: int, first_prose: int
) -> bool:
    """Block ``i`` is a section label of at most LABEL_MAX_WORDS words ("Wirtschaft",
    "Sport regional") over a longer title-like line, and under that line the article begins:
    the dateline, the first paragraph, or only the head's cut meta lines (a reading time, a
    byline) before it."""
    text, k = blocks[i].text.strip(), i + 1
    if not (
        k + 1 < len(blocks)
        and 0 < shapes[i].words <= LABEL_MAX_WORDS
        and reason[k] is None
        and _title_line(blocks[k].text, shapes[k])
    ):
        return False
    bare = text[:1].isupper() and not any(c.isdigit() or c in ".!?:" for c in text)
    if bare and (reason[k + 1] == "dateline" or k + 1 == first_prose):
        return True
    return (
        not shapes[i].sentence_end
        and shapes[k].words > shapes[i].words
        and (reason[k + 1] == "dateline" or _head_meta_under(reason, k + 1, first_prose))
    )


# A teletext page (its header row: a page number 100-899 and the day and time it was drawn,
# "Kreiswelle Text  112  Mi 02.06.27 07:48:10") points to other pages by number at the end of
# a line, after a run of spaces: "Tabelle Landesliga  313    Torschützen  314",
# "Programm heute  301". Only on such a page, and only lines that are no sentence.
_TELETEXT_ROW = re.compile(
    r"(?:^|\s)[1-8]\d\d\s+(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?\s+\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|\s(?:Text|Videotext|Teletext)\s+[1-8]\d\d\s*$"  # or the service's name, no clock
)
_PAGE_POINTER = re.compile(r"\S {2,}[1-8]\d\d(?:\s*[-–]\s*[1-8]\d\d)?\s*$")


def _teletext_pointers(blocks: list[Block], shapes: list[Shape], reason: list[str | None]) -> None:
    if not any(len(b.text) <= 100 and _TELETEXT_ROW.search(b.text) for b in blocks[:2]):
        return  # a header row is short: long first paragraphs are not searched
    for i, (b, sh) in enumerate(zip(blocks, shapes, strict=True)):
        text = b.text.rstrip()
        if (
            reason[i] is None
            and "  " in text
            and not sh.sentence_end
            and _PAGE_POINTER.search(text)
        ):
            reason[i] = "navigation"


# A menu row cut under another reason because one of its items is a furniture word
# ("Brauereien | Technik | Personalien | Stellenmarkt" reads as a job cue): a row of
# MENU_MIN_ITEMS or more items between separators, none of them a sentence or a date.
MENU_MIN_ITEMS = 4


def _menu_row(text: str, why: str | None) -> bool:
    if why is None or why in ("headline", "repeated-headline"):
        return False
    if text.count("|") + text.count("·") + text.count("•") < MENU_MIN_ITEMS - 1:
        return False
    items = SEPARATORS.split(text)
    if why == "dateline" and not _dated_menu(items):
        return False
    return len(items) >= MENU_MIN_ITEMS and all(
        0 < len(p.split()) <= 3 and not p.rstrip().endswith((".", "!", "?")) for p in items
    )


def _dated_menu(items: list[str]) -> bool:
    """A menu row that ends in the issue's number ("Politik · Wirtschaft · Kultur · Sport ·
    Wissen · Ausgabe 12/2027"): the date cue took it for a dateline, yet MENU_MIN_ITEMS + 1
    sections without a digit come before the one dated item."""
    *menu, last = items
    return (
        len(menu) > MENU_MIN_ITEMS
        and any(c.isdigit() for c in last)
        and not any(c.isdigit() for p in menu for c in p)
    )


KICKER_MAX_WORDS = 4
# a section label over a headline that has no dateline under it (see _headline)
LABEL_MAX_WORDS = 3


def _kicker(text: str) -> bool:
    """A rubric line in capitals: at most three words, no sentence mark but a tabloid's
    closing exclamation ("ZWISCHENFALL", "+++ STURM-TICKER +++", "GELD & RECHT", "IRRE
    GESCHICHTE!")."""
    core = text.strip("+*#|–—-· ").rstrip("!").rstrip()
    return (
        bool(core)
        and core.isupper()
        and len(core.split()) <= KICKER_MAX_WORDS
        and not any(c in core for c in ".!?:")
    )


# items set apart by runs of spaces, as a fixed-width page lays out its rubric and menu rows
# ("SPORT REGIONAL      Handball", "Bildung  Schule  Kita"): a label row, never a headline
_WIDE_GAP = re.compile(r"\S {2,}\S")


def _wide_row(text: str) -> bool:
    return "  " in text and bool(_WIDE_GAP.search(text.strip()))


# A menu or a breadcrumb names sections in words; a short line with a figure under the
# headline is the head's meta line ("Lesedauer: 4 Minuten", "⏱ 3 Min."), whatever cue cut it.
HEAD_FIGURE_WORDS = 4


def _head_figure(text: str, sh: Shape) -> bool:
    return sh.words <= HEAD_FIGURE_WORDS and not sh.separators and any(c.isdigit() for c in text)


def _head_meta_under(reason: list[str | None], i: int, first_prose: int) -> bool:
    """From block ``i`` to the article's first paragraph every line is cut: the head's meta
    lines under a headline (a reading time, a byline, a date) with nothing kept between."""
    return i < first_prose and all(reason[k] is not None for k in range(i, first_prose))


def _opens_text(shapes: list[Shape], reason: list[str | None], i: int, first_prose: int) -> bool:
    """Block ``i`` opens the article: the first prose, or a kept paragraph in which the
    outlet speaks ("Immer wieder werden wir gefragt, ...": a shop's or a club's own story)."""
    return i == first_prose or (
        reason[i] is None and shapes[i].prose and shapes[i].cue_score == 0 and i < first_prose
    )


def _under_stacked_labels(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], below: list[int]
) -> int | None:
    """The title-like line right above the dateline under a run of short labels (at most
    LABEL_MAX_WORDS words each, no sentence), longer than each of them."""
    run = [k for n, k in enumerate(below) if k == below[0] + n]
    for pos in range(1, len(run)):
        k = run[pos]
        labels = [shapes[m] for m in run[:pos]]
        if (
            k + 1 < len(blocks)
            and reason[k + 1] == "dateline"
            and _title_line(blocks[k].text, shapes[k])
            and all(sh.words <= LABEL_MAX_WORDS and not sh.sentence_end for sh in labels)
            and shapes[k].words > max(sh.words for sh in labels)
        ):
            return k
    return None


def _title_line(text: str, sh: Shape) -> bool:
    # a line cut off by an ellipsis is a teaser or a placeholder ("Suche auf der Seite …")
    return (
        looks_like_title(text)
        and sh.cue_score == 0
        and not sh.truncated
        and not _DATELINE_START.match(text)
        and not _wide_row(text)
    )


# decisions a headline line is never cut for
_NOT_HEADLINE = frozenset({"navigation", "dateline", "headline", "repeated-headline"})


def _labelled_title(text: str, sh: Shape, cfg: BoilerplateConfig) -> bool:
    """A title-like line under a label whose phrase cue is too weak to remove it."""
    return (
        0 < sh.cue_score < cfg.threshold
        and sh.labelled
        and not (sh.reader or sh.imperative or sh.linkish or sh.truncated)
        and looks_like_title(text)
        and not _DATELINE_START.match(text)
        and not _wide_row(text)
    )


def _take_headline(
    blocks: list[Block], reason: list[str | None], i: int, cfg: BoilerplateConfig
) -> str:
    reason[i] = "headline"
    found = blocks[i].text
    for j in range(i + 1, min(len(blocks), i + 4)):
        if reason[j] is None and _same_line(blocks[j].text, found, cfg):
            reason[j] = "repeated-headline"
    return found


def _pictogram_headline(
    blocks: list[Block], reason: list[str | None], first_prose: int, cfg: BoilerplateConfig
) -> str | None:
    """A channel post's headline: the line right above its first prose, a pictogram before a
    title-like line without any phrase cue of its own ("⚡️ Großbrand im Hafen")."""
    i = first_prose - 1
    if not 0 <= i < len(blocks) or reason[i] not in (None, "promo"):
        return None
    m = _PICTO_LEAD.match(blocks[i].text)
    if not m:
        return None
    rest = blocks[i].text[m.end() - 1 :]
    if not _title_line(rest, shape(rest)):
        return None
    return _take_headline(blocks, reason, i, cfg)


def _trim_sentences(
    b: Block, cfg: BoilerplateConfig, need: float, leading: bool = True
) -> tuple[str, list[RemovedBlock]]:
    """Cut furniture sentences glued to the start or end of a block.

    Returns the kept middle and the cut sentences; the middle must be clean prose (no cue at
    all), otherwise nothing is cut and the caller decides on the whole block.
    """
    sents = split_sentences(b.text)
    if len(sents) < 2:
        return b.text, []
    lo, hi = 0, len(sents)
    while hi - lo > 1 and _score(shape(sents[hi - 1][1]), cfg) >= need:
        hi -= 1
    while leading and hi - lo > 1 and _score(shape(sents[lo][1]), cfg) >= need:
        lo += 1
    if lo == 0 and hi == len(sents):
        return b.text, []
    start = sents[lo][0]
    end = sents[hi][0] if hi < len(sents) else len(b.text)
    middle = b.text[start:end].strip()
    msh = shape(middle)
    if not msh.solid or len(middle) < MIN_TRIMMED_CHARS:
        return b.text, []
    if lo > 0 and _BACK_REFERENCE.match(middle):
        return b.text, []  # "Dort gibt es ...": the rest explains the furniture sentence
    cut: list[RemovedBlock] = []
    for k in [*range(lo), *range(hi, len(sents))]:
        off, s = sents[k]
        ssh = shape(s)
        cut.append(RemovedBlock(s, ssh.reasons[0] if ssh.reasons else "promo", b.start + off))
    return middle, cut
