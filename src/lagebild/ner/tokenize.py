"""A fast regex tokenizer and sentence splitter for German news text with exact offsets.

Tokens follow the GermEval 2014 conventions closely enough for the tagger: punctuation is split
off, hyphenated compounds ("EU-Außenbeauftragte") stay one token, known abbreviations and
initials keep their full stop ("Dr.", "z.B.", "J."), day ordinals keep theirs ("3. Oktober"), and
a genitive apostrophe stays on the name ("Scholz'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "Dr",
        "Prof",
        "Hr",
        "Fr",
        "St",
        "Nr",
        "Str",
        "bzw",
        "ca",
        "usw",
        "vgl",
        "etc",
        "Mio",
        "Mrd",
        "Jh",
        "Jhd",
        "Abs",
        "Art",
        "Hrsg",
        "Tel",
        "inkl",
        "evtl",
        "ggf",
        "sog",
        "Gen",
        "Bd",
        "Dipl",
        "Ing",
        "Mag",
        "Jan",
        "Feb",
        "Mär",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
        "Mr",
        "Mrs",
        "Ms",
        "Co",
        "Inc",
        "Ltd",
        "Corp",
        "Corp",
        "Sen",
        "Rep",
        "Gov",
        "Abg",
        "Kap",
        "Bzw",
        "zB",
        "uä",
        "ua",
        "dh",
        "ff",
        "Min",
        "Std",
        "Tsd",
        "Pfd",
        "Verf",
        "Red",
        "Anm",
        "Zt",
        "Zit",
    ]
)

_TOKEN = re.compile(
    r"""
    (?P<url>https?://\S+[\w/]|www\.\S+[\w/])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<multiabbr>(?:[^\W\d_]{1,2}\.){2,}(?=\s|$|[,;:)]))          # z.B. u.a. U.S.
  | (?P<num>\d+(?:[.,:]\d+)*(?:-\w+)*)
  | (?P<word>[^\W\d_][\w]*(?:[-'’.&][\w]+)*(?:-(?=\s+(?:und|oder|bis|sowie)\b))?)
  | (?P<dots>\.{2,}|…)
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)

_ORDINAL_NEXT = re.compile(
    r"\s+(?:[a-zäöü]|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert)"
)
_SENT_END = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset({'"', "“", "”", "«", "»", "'", "’", ")", "]"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with character offsets (``text[start:end] == token``)."""
    out: list[Token] = []
    n = len(text)
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        start, end = m.start(), m.end()
        if kind == "word" and end < n and text[end] == ".":
            word = m.group()
            # abbreviation or single-letter initial keeps its full stop
            if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                end += 1
        elif kind == "word" and end < n and text[end] in "'’" and m.group()[-1] in "sßxzSXZ":
            nxt = text[end + 1 : end + 2]
            if not nxt or not nxt.isalnum():
                end += 1  # genitive apostrophe: "Scholz'"
        elif (
            kind == "num"
            and end < n
            and text[end] == "."
            and end - start <= 2
            and _ORDINAL_NEXT.match(text, end + 1)
        ):
            end += 1
        if out and out[-1].end > start:
            continue  # swallowed by the previous token's extension
        out.append(Token(text[start:end], start, end))
    return out


def split_sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Group tokens into sentences at end punctuation (plus closers) and at line breaks."""
    sentences: list[list[Token]] = []
    cur: list[Token] = []
    for i, tok in enumerate(tokens):
        if cur:
            gap = text[cur[-1].end : tok.start]
            if "\n" in gap:
                sentences.append(cur)
                cur = []
        cur.append(tok)
        if tok.text in _SENT_END:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.text in _CLOSERS and nxt.start == tok.end:
                continue  # the closing quote belongs to this sentence; split after it
            if nxt is None or _starts_sentence(nxt.text):
                sentences.append(cur)
                cur = []
        elif tok.text in _CLOSERS and len(cur) >= 2 and cur[-2].text in _SENT_END:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or _starts_sentence(nxt.text):
                sentences.append(cur)
                cur = []
    if cur:
        sentences.append(cur)
    return sentences


def _starts_sentence(word: str) -> bool:
    ch = word[:1]
    return ch.isupper() or ch.isdigit() or ch in "\"„“»«'‚("
