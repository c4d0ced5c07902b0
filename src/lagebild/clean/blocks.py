"""Split a body into blocks (non-empty lines) and describe each block's shape.

The shape features are the ones that separate running prose from page furniture across sites:
length, whether the block ends like a sentence, how many of its words are lower-case (German
verbs and function words are; nouns in headings and link lists are not), links, list marks,
separators and imperatives addressed to the reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from lagebild.clean.dates import is_date_line
from lagebild.clean.lexicon import (
    ATTRIBUTED,
    CITED_DOMAIN,
    CONTACT,
    CUES,
    CUES_BY_KEY,
    EN_IMPERATIVE,
    EN_READER,
    FOLD_TRAPS,
    IMPERATIVE,
    INFINITIVE_CALL,
    KEY_PREFIXES,
    KEYS_BY_PREFIX,
    LABEL_CALL,
    LINKISH,
    OPTION_MARK,
    OUTLET_VOICE,
    PROMO_WORDS,
    RATING_GLYPHS,
    READER,
    REQUEST,
    SEPARATORS,
    SHORT_CHARS,
    SHORT_KEYS,
    TRUNCATED,
    UNKEYED,
    WITNESS_APPEAL,
    Cue,
)
from lagebild.model import normalise_text

# The lexicon the key index (CUES_BY_KEY) was built for. Training swaps ``CUES`` in this module
# for a random subset (scripts/train_boilerplate.py, lexicon dropout; bench --loro), whose
# positions the index does not describe: such a subset's cues are checked against the keys one
# by one (the same cues run, only slower).
_INDEXED_CUES = CUES

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Cue kinds that a news report can be *about* (a paper closing its comments, an app and its
# price, cookies);
# price tags, ISBNs, job codes or copyright lines are not topics of prose.
TOPIC_REASONS = frozenset(
    {"comments", "cookie", "social", "newsletter", "related", "disclaimer", "contact", "promo"}
)
_CLAUSE_END = re.compile(r"[.!?]")
_QUOTES = re.compile(r"[„“”\"»«]")
_QUOTED = re.compile(r"„[^“”\"]*[“”\"]|\"[^\"]*\"|»[^«]*«|«[^»]*»|“[^”]*”")
# born ... died: a star or "geb." before a date or year, a dagger or "gest." before a later one
_LIFE_DATE = r"(?:am\s+)?(?:\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+\.?)\s*)?\d{4}"
_LIFE_SPAN = re.compile(
    rf"^\s*(?:\*|geb\.|geboren)\s*{_LIFE_DATE}(?:\s+in\s+[A-ZÄÖÜ][\w.-]*)?"
    rf"\s*[-–,;·|]?\s*(?:†|gest\.|gestorben)\s*{_LIFE_DATE}(?:\s+in\s+[A-ZÄÖÜ][\w.-]*)?\s*$"
)
# a sentence may close with the agency's or editor's short sign-off in brackets
# ("... gestiegen. (dpa)", "... der Strecke. (dpa/red)"): that still ends a sentence
_SENTENCE_END = re.compile(
    r"[.!?…][\"“”»«’')\]]*(?:\s*\((?:[\w.&-]{1,12}(?:\s*[/,]\s*)?){1,4}\))?$"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"“”»«’')]*\s+(?=[\"„“»«(]?[A-ZÄÖÜ0-9])")
# Long blocks are scanned for cues only near their ends: furniture glued to prose sits there,
# and it keeps the step fast on long single-line bodies.
SCAN_WINDOW = 300
# A poll widget and a contact offer are furniture by their shape, whatever they say.
OPTIONS_SCORE = 2.0
CONTACT_SCORE = 1.5
WIDGET_SCORE = 2.0  # a rating scale drawn with glyphs
TEASER_MAX_WORDS = 30  # a teaser cut off mid-sentence is a short line
CONTACT_MAX_WORDS = 40  # longer paragraphs that give a number are the news (a hotline report)
MIN_SENTENCE_WORDS = 4  # "Der Mann wurde festgenommen." is prose; "Mehr zum Thema" is not
MIN_QUESTION_WORDS = 8
# "Nutzungshinweis: ...", "Hinweis der Redaktion: ...": a label opening a line; a bare
# "Hinweis:" or "Anmerkung:" also opens a note inside a report ("Hinweis: Die Messung wurde
# umgestellt."), so it does not count as a label of the page's own
LABEL_START = re.compile(r"^[\w-]+(?:\s+[\w-]+){0,2}\s*:\s")
_BARE_NOTE = re.compile(r"^(?:hinweis|anmerkung|note|info)\s*:", re.IGNORECASE)
DATA_DIGIT_SHARE = 0.1  # share of digits from which a line counts as data
LONG_BLOCK = 1000  # blocks longer than this are certainly prose; features are sampled


@dataclass(slots=True)
class Block:
    text: str
    start: int  # offset in the body
    blank_before: bool  # an empty line separated it from the block before


@dataclass(slots=True)
class Shape:
    words: int
    lower_ratio: float
    sentence_end: bool
    prose: bool
    cue_score: float
    topic_score: float  # the part of cue_score from cues news prose may also report about
    reasons: list[str]
    imperative: bool
    promo_words: int
    linkish: bool
    separators: bool
    exclaims: bool
    reader: bool  # addresses the reader ("Sie möchten ...", "dein Postfach")
    outlet_voice: bool  # "wir", "unser" outside quotes: the outlet speaking
    questions: bool
    options: bool = False  # two or more answer options of a poll widget ("○ Ja ○ Nein")
    contact: bool = False  # a phone number or e-mail address offered to the reader
    # the cues that news may report about sit only in sentences that address no one
    # ("In Posts heißt es, Zeitungen müssten Kommentare abschalten. Wir erklären, ...")
    topic_reported: bool = False
    truncated: bool = False  # a short line cut off mid-sentence ("die Preise liegen ...")
    # the outlet asks the reader about itself: "Gefällt Ihnen unsere Arbeit?"
    self_question: bool = False
    # the line opens with a label of one to three words and a colon ("Partnerhinweis: ...")
    labelled: bool = False

    @property
    def solid(self) -> bool:
        """Running prose with no sign of furniture at all."""
        return self.prose and self.cue_score == 0 and not self.reader and not self.imperative


def _linkish(head: str) -> bool:
    """A URL, domain, e-mail or handle, unless every one is a medium's bare domain that a
    report names as its source ("Laut tagesschau.de ...", see ``lexicon.CITED_DOMAIN``)."""
    link = LINKISH.search(head)
    if link is None:
        return False
    cited = CITED_DOMAIN.search(head)
    if cited is None or LINKISH.search(head, link.end()):
        return True
    return not cited.start() <= link.start() < cited.end()


def _witness_appeal(text: str) -> bool:
    """A request to the witnesses of a case (see WITNESS_APPEAL)."""
    return ("eug" in text or "EUG" in text) and bool(WITNESS_APPEAL.search(text))


def _imperative(text: str) -> bool:
    """ "Lesen Sie ..." addresses the reader; "Haben Sie ...?" (an interview question) does not."""
    if EN_IMPERATIVE.search(text) or INFINITIVE_CALL.search(text):
        return True
    if ":" in text and LABEL_CALL.search(text):
        return True  # "Stellplatz buchen: ..." (see lexicon.LABEL_CALL)
    m = IMPERATIVE.search(text)
    if not m:
        return False
    end = _CLAUSE_END.search(text, m.end())
    return end is None or end.group(0) != "?"


def _later_imperative(text: str) -> bool:
    """A call to the reader that opens a later sentence ("Gefällt es Ihnen? Machen Sie mit.");
    ``text`` has its quotations blanked, and advice a third party gave does not count."""
    if "Sie" not in text:
        return False
    for m in _SENTENCE_SPLIT.finditer(text):
        rest = text[m.end() :]
        if _imperative(rest) and IMPERATIVE.search(rest) and not ATTRIBUTED.match(rest):
            return True
    return False


def split_blocks(body: str) -> list[Block]:
    """Non-empty lines with their offsets; ``blank_before`` keeps paragraph breaks."""
    blocks: list[Block] = []
    pos = 0
    blank = False
    for raw in body.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            blocks.append(Block(stripped, pos + lead, blank))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return blocks


# A list item's marker: a bullet sign (group 1) or a number (group 2).
ITEM_MARK = re.compile(r"^\s*(?:([-–—•·*▪►▶→])|(\d{1,2})[.)])\s+")
# A looser list mark, the learned model's feature: more signs (arrows, squares, circles, ">",
# "+"), no space needed after a sign. The shipped model was trained on exactly this pattern;
# change it only with a retrain.
LIST_MARK = re.compile(r"^(?:[•·▶►▸▹●○■□◆◇→➜›>*+–—-]\s*|\d{1,2}[.)]\s)")


def item_runs(blocks: Sequence[Block]) -> Iterator[tuple[range, bool]]:
    """Runs of consecutive list items with one kind of marker (one bullet sign, or numbers),
    each with whether it is numbered."""
    i = 0
    while i < len(blocks):
        m = ITEM_MARK.match(blocks[i].text)
        if not m:
            i += 1
            continue
        j = i + 1
        while (
            j < len(blocks)
            and (mj := ITEM_MARK.match(blocks[j].text))
            and mj.group(1) == m.group(1)
        ):
            j += 1
        yield range(i, j), m.group(2) is not None
        i = j


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of a block with their offsets in it (a rough split, good enough for trimming)."""
    out: list[tuple[int, str]] = []
    last = 0
    for m in _SENTENCE_SPLIT.finditer(text):
        out.append((last, text[last : m.start()].strip()))
        last = m.end()
    out.append((last, text[last:].strip()))
    return [(i, s) for i, s in out if s]


def cue_hits(text: str) -> tuple[float, list[str], float]:
    """Summed weight of the furniture cues in ``text`` and their reasons, strongest first."""
    if len(text) > 2 * SCAN_WINDOW:
        text = text[:SCAN_WINDOW] + "\n" + text[-SCAN_WINDOW:]
    score = 0.0
    by_reason: dict[str, float] = {}
    low = text.lower()
    # every three-letter gram (lexicon.KEY_PREFIX), built in C; the shorter slices end it
    grams = set(zip(low, low[1:], low[2:], strict=False))
    present = {k for g in KEY_PREFIXES.intersection(grams) for k in KEYS_BY_PREFIX[g] if k in low}
    present.update(k for k in SHORT_KEYS if k in low)
    present.update(SHORT_CHARS.findall(low))
    gated = FOLD_TRAPS.search(text) is None
    if CUES is _INDEXED_CUES:
        # the cues the keys open, in CUES order (the order fixes the sums and the reasons' ties)
        opened = set(UNKEYED)
        for k in present:
            opened.update(CUES_BY_KEY[k])
        cues: Iterable[Cue] = map(CUES.__getitem__, sorted(opened))
    else:
        cues = [c for c in CUES if not c.keys or not c.keys.isdisjoint(present)]
    for cue in cues:
        if gated and cue.gate and cue.gate.isdisjoint(present):
            continue
        if cue.pattern.search(text):
            score += cue.weight
            by_reason[cue.reason] = by_reason.get(cue.reason, 0.0) + cue.weight
    reasons = sorted(by_reason, key=lambda r: -by_reason[r])
    return score, reasons, sum(v for r, v in by_reason.items() if r in TOPIC_REASONS)


def shape(text: str) -> Shape:
    if len(text) > LONG_BLOCK:
        # long blocks are prose by length; count words cheaply, sample the case ratio
        n = len(text.split())
        words = _WORD.findall(text, 0, SCAN_WINDOW)
    else:
        words = _WORD.findall(text)
        n = len(words)
    lower = sum(1 for w in words if w[0].islower())
    lower_ratio = lower / len(words) if words else 0.0
    sentence_end = bool(_SENTENCE_END.search(text))
    # a short question is more often a headline ("Wie gut sind Detektoren?") than prose
    question = text.rstrip("\"“”»«’') ").endswith("?")
    min_words = MIN_QUESTION_WORDS if question else MIN_SENTENCE_WORDS
    prose = (sentence_end and n >= min_words and lower_ratio >= 0.25) or n >= 30
    score, reasons, topic = cue_hits(text)
    # a life span ("* 3. Mai 1941 † 2. März 2027", "geb. 1941 – gest. 2027") heads a death
    # notice or a portrait: its dates are no publication date, its star marks no ad footnote
    if ("†" in text or "gest." in text) and len(text) <= 160 and _LIFE_SPAN.match(text):
        score, reasons, topic = 0.0, [], 0.0
    elif len(text) <= 160 and is_date_line(text):
        score += 2.0
        reasons.insert(0, "dateline")
    head = text[:SCAN_WINDOW]
    quoted = bool(_QUOTES.search(head))
    unquoted = _QUOTED.sub(" ", head) if quoted else head
    # advice a third party gave, reported without quotation marks ("Teilen Sie das nicht, rät
    # die Polizei."), does not talk to the reader: it counts as a quotation
    said = ATTRIBUTED.match(unquoted) if "," in unquoted else None
    addressed = " " + unquoted[said.end() :] if said else unquoted
    reader = n < 80 and bool(READER.search(addressed) or EN_READER.search(addressed))
    options = len(OPTION_MARK.findall(head)) >= 2
    if options:
        score += OPTIONS_SCORE
        reasons.insert(0, "poll")
    # the shape is enough on its own; a widget that also has a furniture phrase keeps that
    # phrase's score and reason
    if score < WIDGET_SCORE and RATING_GLYPHS.search(head):
        score = WIDGET_SCORE
        reasons.insert(0, "widget")
    voice = n < 80 and bool(OUTLET_VOICE.search(unquoted))
    # a number or address the reader is asked to use: "erreichen Sie unter ...", "bitte an ...",
    # or one the outlet gives for itself in a sentence ("Ein Anruf bei uns genügt: 0123 45 67.");
    # a bare "bitte" addressed to the witnesses of a case is the police's appeal, the news
    contact = (
        n < CONTACT_MAX_WORDS
        and (
            reader
            or (voice and prose)
            or (
                ("itte" in unquoted or "ITTE" in unquoted)
                and bool(REQUEST.search(unquoted))
                and not _witness_appeal(unquoted)
            )
        )
        and bool(CONTACT.search(unquoted))
    )
    if contact:
        score += CONTACT_SCORE
        reasons.append("contact")
    # a call opening a later sentence counts only when the outlet speaks for itself too
    # ("... weil Leser uns unterstützen. Machen Sie mit"); an advice piece's second sentence
    # ("Die Fläche stimmt oft nicht. Vergleichen Sie ...") is the article
    imperative = (not said and _imperative(head)) or (
        voice and n < CONTACT_MAX_WORDS and _later_imperative(addressed)
    )
    self_question = reader and voice and "?" in addressed and _asks_about_us(addressed)
    topic_reported = False
    if topic > 0 and prose and voice and not (reader or imperative):
        # only the outlet's voice, never the reader addressed ("Wenn Sie ..." is furniture)
        topic_reported = _topic_reported(unquoted)
    return Shape(
        words=n,
        lower_ratio=lower_ratio,
        sentence_end=sentence_end,
        prose=prose,
        cue_score=score,
        topic_score=topic,
        reasons=reasons,
        imperative=imperative,
        promo_words=len(PROMO_WORDS.findall(head)) if n < 60 else 0,
        linkish=_linkish(head),
        separators=bool(SEPARATORS.search(head)),
        exclaims=text.rstrip("\"“”»«’') ").endswith("!"),
        reader=reader,
        outlet_voice=voice,
        questions="?" in head and not quoted,
        options=options,
        contact=contact,
        topic_reported=topic_reported,
        self_question=self_question,
        truncated=n <= TEASER_MAX_WORDS and bool(TRUNCATED.search(text)),
        labelled=bool(LABEL_START.match(text)) and not _BARE_NOTE.match(text),
    )


def _addresses(sentence: str) -> bool:
    """The sentence talks to the reader or in the outlet's own voice."""
    if ATTRIBUTED.match(sentence):
        return False
    return bool(
        READER.search(sentence)
        or EN_READER.search(sentence)
        or OUTLET_VOICE.search(sentence)
        or _imperative(sentence)
    )


def _asks_about_us(text: str) -> bool:
    """The line opens with a question both to the reader and for the outlet, and an offer
    follows ("Sie haben Fragen an uns? Schreiben Sie ...")."""
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return False
    first = sentences[0][1]
    return first.endswith("?") and bool(READER.search(first) and OUTLET_VOICE.search(first))


def _topic_reported(text: str) -> bool:
    """Every sentence with a cue news may report about addresses no one (and there is one)."""
    reported = False
    for _, sentence in split_sentences(text):
        if cue_hits(sentence)[2] > 0:
            if _addresses(sentence):
                return False
            reported = True
    return reported


def looks_like_data(text: str) -> bool:
    """Result rows, tables, scores: many digits. Such lists are content, not link lists."""
    chars = sum(1 for c in text if not c.isspace())
    return chars > 0 and sum(1 for c in text if c.isdigit()) >= DATA_DIGIT_SHARE * chars


def looks_like_title(text: str) -> bool:
    """Short, capitalised, no final period: how a headline looks in plain text."""
    if len(text) > 180:
        return False
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 22:
        return False
    if text[-1] in ".,;:" or not (text[0].isupper() or text[0].isdigit() or text[0] in '„"»'):
        return False
    return not LINKISH.search(text)


def own_outlet_text(outlet: str | None) -> str:
    """The article's own outlet name, normalised for matching inside lines ("" when unknown or
    too short to match safely)."""
    return normalise_text(outlet) if outlet and len(outlet) >= 4 else ""


def plain_line(sh: Shape) -> bool:
    """No phrase of its own, nobody addressed, no promotion, link, contact or separators."""
    return (
        sh.cue_score == 0
        and not sh.reasons
        and sh.promo_words == 0
        and not (sh.reader or sh.imperative or sh.linkish or sh.contact or sh.separators)
    )


def plain_colon_line(text: str, sh: Shape) -> bool:
    """A plain line (``plain_line``) with a capital start and a colon at its end: a lead-in of
    the article's own words."""
    text = text.strip()
    return text.endswith(":") and text[:1].isupper() and plain_line(sh)


def is_content(sh: Shape, score: float) -> bool:
    """Solid prose with no furniture score, not the outlet speaking: the article's own text.
    A line of a few words cut off by an ellipsis is a search field's placeholder or a teaser
    ("Suche auf der Seite …"), not where the article starts or ends."""
    placeholder = sh.truncated and sh.words < MIN_QUESTION_WORDS
    return sh.solid and not sh.outlet_voice and score <= 0 and not placeholder


# A name may be inflected: a name of several words inflects its last word ("dem Talheimer
# Boten", "des Talheimer Kuriers"), a one-word name takes the genitive "s" ("des Kabelwerks");
# a one-word name with other letters after it is another word ("Taktraten" is no mention of
# the site "Taktrate", "Echolot" none of "Echo").
_PHRASE_ENDING = re.compile(r"(?:e?s|e?n)?(?!\w)")
_WORD_ENDING = re.compile(r"s?(?!\w)")


def names_outlet(own: str, norm: str) -> bool:
    """``norm`` (normalised text) names the outlet ``own`` (see :func:`own_outlet_text`)."""
    ending = _PHRASE_ENDING if " " in own else _WORD_ENDING
    start = norm.find(own)
    while start >= 0:
        if (start == 0 or not norm[start - 1].isalnum()) and ending.match(norm, start + len(own)):
            return True
        start = norm.find(own, start + 1)
    return False
