"""Synthetic copies of German news texts, for calibrating and benchmarking copy detection.

Two families at three strengths each:

* ``near_duplicate``: the same text reprinted with edits a CMS or an OCR pass makes
  (trimmed ending, inserted boilerplate, changed headline, swapped sentences, character noise);
* ``rewrite``: a paraphrase that keeps the facts (names, numbers, order of events) but changes
  the words: synonym substitution from a small hand-written table, fronting of adverbials
  (German V2 inversion), clause swaps around "und"/"aber", padding adverbs ("offenbar",
  "nach eigenen Angaben") between words, merged and dropped sentences,
  attribution lines ("wie X berichtete"), filler sentences and occasionally a wrong number.

Plus ``same_event_negative``: an unrelated article of the same topic made to look like an
independent report on the original's event (its names, a number, one or two of its
sentences, a similar headline) - a hard negative.
The detector must not use the synonym table (it does not: it aligns lemmas and anchors).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"0-9])")
# Surface-form synonyms (case of the first letter is carried over). Our own table, general
# news vocabulary; several entries map to phrases so that word counts change too.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "sagte": ("erklärte", "betonte", "meinte"),
    "sagt": ("erklärt", "betont", "meint"),
    "erklärte": ("sagte", "führte aus", "hielt fest"),
    "betonte": ("unterstrich", "hob hervor"),
    "teilte": ("gab", "meldete"),
    "berichtete": ("meldete", "schrieb"),
    "kündigte": ("stellte", "gab"),
    "hatte": ("besaß",),
    "soll": ("muss", "wird wohl"),
    "sollen": ("müssen", "werden wohl"),
    "kann": ("vermag zu",),
    "gibt": ("existiert",),
    "gab": ("existierte",),
    "zeigt": ("belegt", "verdeutlicht"),
    "zeigte": ("belegte", "verdeutlichte"),
    "bereits": ("schon",),
    "schon": ("bereits",),
    "jedoch": ("allerdings", "aber"),
    "aber": ("jedoch", "allerdings"),
    "allerdings": ("jedoch",),
    "zudem": ("außerdem", "darüber hinaus"),
    "außerdem": ("zudem", "ferner"),
    "auch": ("ebenfalls", "gleichfalls"),
    "sehr": ("äußerst", "überaus"),
    "nun": ("jetzt", "nunmehr"),
    "jetzt": ("nun", "mittlerweile"),
    "derzeit": ("aktuell", "momentan"),
    "zunächst": ("vorerst", "anfangs"),
    "rund": ("etwa", "ungefähr"),
    "etwa": ("rund", "circa"),
    "mehr als": ("über",),
    "laut": ("nach Angaben von", "gemäß"),
    "wegen": ("aufgrund",),
    "bisher": ("bislang",),
    "bislang": ("bisher",),
    "weiterhin": ("nach wie vor",),
    "deutlich": ("merklich", "klar"),
    "wichtig": ("bedeutend", "zentral"),
    "wichtige": ("bedeutende", "zentrale"),
    "wichtigen": ("bedeutenden", "zentralen"),
    "große": ("erhebliche", "umfangreiche"),
    "großen": ("erheblichen", "umfangreichen"),
    "groß": ("erheblich",),
    "neue": ("frische", "jüngste"),
    "neuen": ("frischen", "jüngsten"),
    "neu": ("frisch",),
    "ersten": ("anfänglichen",),
    "letzten": ("vergangenen",),
    "vergangenen": ("letzten", "zurückliegenden"),
    "Regierung": ("Regierungsspitze", "Exekutive"),
    "Unternehmen": ("Konzern", "Firma"),
    "Menschen": ("Personen", "Leute"),
    "Leute": ("Menschen",),
    "Polizei": ("Sicherheitskräfte", "Beamten"),
    "Angaben": ("Informationen", "Auskünften"),
    "Jahr": ("Kalenderjahr",),
    "Jahren": ("Jahresfrist",),
    "Woche": ("Kalenderwoche",),
    "Ende": ("Schluss",),
    "Beginn": ("Anfang",),
    "Anfang": ("Beginn",),
    "Ziel": ("Vorhaben",),
    "Problem": ("Schwierigkeit",),
    "Probleme": ("Schwierigkeiten",),
    "Frage": ("Thema",),
    "Land": ("Staat",),
    "Stadt": ("Kommune",),
    "Kritik": ("Einwände", "Tadel"),
    "Entscheidung": ("Beschluss",),
    "Plan": ("Vorhaben",),
    "Pläne": ("Vorhaben",),
    "Geld": ("Mittel",),
    "Prozent": ("Prozentpunkte",),
    "Millionen": ("Mio.",),
    "Milliarden": ("Mrd.",),
    "Euro": ("Euro",),
    "Chef": ("Leiter", "Vorsitzende"),
    "Sprecher": ("Pressesprecher",),
    "Sprecherin": ("Pressesprecherin",),
    "Experten": ("Fachleute", "Sachverständige"),
    "Bericht": ("Report",),
    "Studie": ("Untersuchung", "Analyse"),
    "Spiel": ("Partie", "Begegnung"),
    "Sieg": ("Erfolg",),
    "Mannschaft": ("Team", "Elf"),
    "Trainer": ("Coach",),
    "Tor": ("Treffer",),
    "Tore": ("Treffer",),
    "Forscher": ("Wissenschafter", "Fachleute"),
    "Firma": ("Unternehmen",),
    "Kunden": ("Käufer", "Abnehmer"),
    "Preis": ("Betrag",),
    "Preise": ("Kosten",),
    "erhalten": ("bekommen",),
    "bekommen": ("erhalten",),
    "beginnen": ("starten",),
    "begann": ("startete",),
    "entschieden": ("beschlossen",),
    "wollen": ("möchten", "beabsichtigen"),
    "will": ("möchte", "beabsichtigt"),
    "müssen": ("haben zu",),
    "muss": ("hat zu",),
    "wurde": ("ist", "war"),
    "wurden": ("sind", "waren"),
    "werden": ("sollen",),
    "wird": ("soll",),
    "ist": ("sei",),
    "sind": ("seien",),
    "hat": ("habe",),
    "haben": ("hätten",),
    "viele": ("zahlreiche", "etliche"),
    "vielen": ("zahlreichen", "etlichen"),
    "einige": ("manche", "mehrere"),
    "mehrere": ("einige", "verschiedene"),
    "alle": ("sämtliche",),
    "immer": ("stets",),
    "oft": ("häufig",),
    "häufig": ("oft",),
    "schnell": ("rasch", "zügig"),
    "möglich": ("denkbar",),
    "gegen": ("wider",),
    "ohne": ("abseits von",),
    "zwischen": ("inmitten",),
    "damit": ("somit",),
    "dafür": ("hierfür",),
    "deshalb": ("daher", "deswegen"),
    "daher": ("deshalb",),
    "weil": ("da",),
    "da": ("weil",),
    "wenn": ("falls",),
    "obwohl": ("obgleich",),
    "während": ("wohingegen",),
    "nachdem": ("als",),
    "nur": ("lediglich", "bloß"),
    "fast": ("beinahe", "nahezu"),
    "gut": ("ordentlich",),
    "klar": ("eindeutig",),
    "erneut": ("wieder", "abermals"),
    "wieder": ("erneut",),
    "später": ("danach", "im Anschluss"),
    "heute": ("am heutigen Tag",),
    "gestern": ("am Vortag",),
    "Montag": ("Wochenbeginn",),
    "sowie": ("und auch",),
    "gilt": ("zählt",),
    "stehen": ("befinden sich",),
    "steht": ("befindet sich",),
    "liegt": ("befindet sich",),
    "lag": ("betrug",),
    "kommen": ("gelangen",),
    "kam": ("gelangte",),
    "geht": ("dreht sich",),
    "bleibt": ("verbleibt",),
    "fordert": ("verlangt",),
    "forderte": ("verlangte",),
    "fordern": ("verlangen",),
    "kritisierte": ("bemängelte", "beanstandete"),
    "kritisiert": ("bemängelt",),
    "betroffen": ("tangiert",),
    "Behörden": ("Ämter",),
    "Bürger": ("Einwohner",),
    "Vertreter": ("Repräsentanten",),
    "Maßnahmen": ("Schritte",),
    "Ergebnis": ("Resultat",),
    "Ergebnisse": ("Resultate",),
    "Lage": ("Situation",),
    "Situation": ("Lage",),
    "Informationen": ("Angaben",),
    "Grund": ("Ursache",),
}

_ADVERBIAL = re.compile(
    r"\b((?:am|im|in|seit|nach|bis|vor|bei|auf|aus|mit|für|zum|zur|an)\s"
    r"(?:(?:der|dem|den|des|einem|einer|dieser|diesem)\s)?(?:\w+\s)?[\wÄÖÜäöüß-]+)"
    r"(?=[.!?]?$)"
)
# Finite verbs after which a German main clause can be inverted (V2 fronting).
_FINITE = frozenset(
    "hat haben ist sind war waren wird werden wurde wurden soll sollen kann können will "
    "wollen muss müssen sagte sagt gab gibt sieht sah steht stand kam kommt geht ging liegt "
    "lag bleibt blieb hatte hatten erklärte forderte fordert zeigt zeigte plant plante "
    "berichtete meldete teilte kündigte stellte stellt macht machte bringt brachte".split()
)
_BOILERPLATE = (
    "Anzeige",
    "Lesen Sie auch: Die wichtigsten Meldungen des Tages im Überblick.",
    "Folgen Sie uns auf unseren Kanälen in den sozialen Netzwerken.",
    "Dieser Beitrag wurde aus Agenturmaterial übernommen und redaktionell bearbeitet.",
    "Mehr zum Thema finden Sie in unserem Dossier.",
    "Foto: Archiv",
    "Haben Sie einen Fehler entdeckt? Schreiben Sie uns.",
)
_FILLER = (
    "Die Hintergründe sind noch nicht vollständig geklärt.",
    "Weitere Einzelheiten wurden zunächst nicht bekannt.",
    "Die Entwicklung wird von Beobachtern aufmerksam verfolgt.",
    "Eine offizielle Stellungnahme steht noch aus.",
    "Wie es weitergeht, ist derzeit offen.",
)
# Words a rewriting tool pads sentences with; inserted between words they break the shingles
# around them the way a paraphrase's rephrasing does, while adding no facts.
_PADDING = (
    "offenbar", "demnach", "mittlerweile", "konkret", "dabei", "nach eigenen Angaben",
    "insgesamt", "letztlich", "nun", "ebenfalls", "im Detail", "somit", "tatsächlich",
    "wohl", "jedenfalls", "auch", "zuletzt", "dem Vernehmen nach",
)  # fmt: skip
_OCR = (
    ("m", "rn"),
    ("rn", "m"),
    ("l", "1"),
    ("i", "l"),
    ("ü", "u"),
    ("ö", "o"),
    ("e", "c"),
    ("h", "b"),
)


@dataclass(frozen=True, slots=True)
class Synthetic:
    text: str
    title: str
    family: str  # "near_duplicate" | "rewrite" | "shared_names_negative"
    strength: int  # 1 (light) .. 3 (strong)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text) if s.strip()]


def default_title(text: str) -> str:
    """A headline-like title: the first sentence cut to at most 10 words."""
    first = sentences(text)[:1] or [text]
    return " ".join(first[0].split()[:10]).rstrip(".!?,;:")


def _cap_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _synonyms(sentence: str, rng: random.Random, p: float) -> str:
    words = sentence.split(" ")
    out: list[str] = []
    for i, w in enumerate(words):
        core = w.rstrip('.,;:!?"“”')
        tail = w[len(core) :]
        key = core if core in SYNONYMS else core.lower() if core.lower() in SYNONYMS else None
        if key is not None and rng.random() < p:
            rep = rng.choice(SYNONYMS[key])
            out.append((_cap_like(rep, core) if i == 0 else rep) + tail)
        else:
            out.append(w)
    return " ".join(out)


def _front_adverbial(sentence: str) -> str:
    """'Die Firma stellte X am Montag vor.' -> 'Am Montag stellte die Firma X vor.'"""
    body = sentence.rstrip(".!?")
    end = sentence[len(body) :] or "."
    words = body.split(" ")
    verb_at = next((i for i, w in enumerate(words[:6]) if i > 0 and w in _FINITE), -1)
    if verb_at < 1:
        return sentence
    m = _ADVERBIAL.search(body)
    if m is None or m.start() <= len(" ".join(words[: verb_at + 1])):
        return sentence
    adv = m.group(1)
    rest = (body[: m.start()] + body[m.end() :]).strip()
    rw = rest.split(" ")
    subject = rw[:verb_at]
    if subject and subject[0] in {"Der", "Die", "Das", "Ein", "Eine", "Einer", "Dieser", "Diese"}:
        subject[0] = subject[0].lower()
    rebuilt = [adv[0].upper() + adv[1:], rw[verb_at], *subject, *rw[verb_at + 1 :]]
    return " ".join(x for x in rebuilt if x) + end


def _swap_clauses(sentence: str) -> str:
    """'A und B.' -> 'B – und a.': both clauses kept, their order swapped."""
    for sep, glue in ((", aber ", " – aber "), (" und ", " – und ")):
        if sep not in sentence:
            continue
        a, b = sentence.rstrip(".!?").split(sep, 1)
        if len(a.split()) >= 4 and len(b.split()) >= 4:
            if a.split()[0] in {"Die", "Der", "Das", "Er", "Sie", "Es"}:
                a = a[0].lower() + a[1:]
            return b[0].upper() + b[1:] + glue + a + "."
    return sentence


def _pad(sentence: str, rng: random.Random, p: float) -> str:
    words = sentence.split(" ")
    out = words[:1]
    for w in words[1:]:
        if rng.random() < p and out[-1][-1:].isalnum():
            out.append(rng.choice(_PADDING))
        out.append(w)
    return " ".join(out)


def _ocr_noise(text: str, rng: random.Random, rate: float) -> str:
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and rng.random() < rate:
            src, dst = rng.choice(_OCR)
            if src in w:
                words[i] = w.replace(src, dst, 1)
            else:
                cut = rng.randrange(1, len(w))
                words[i] = w[:cut] + w[cut + 1 :] if rng.random() < 0.5 else w[:cut] + " " + w[cut:]
    return " ".join(words)


def near_duplicate(text: str, strength: int, rng: random.Random) -> Synthetic:
    """Reprint with CMS/OCR edits; strength 1..3 scales trimming, boilerplate and noise."""
    sents = sentences(text)
    keep = max(
        2, round(len(sents) * (1.0 - (0.05, 0.2, 0.4)[strength - 1] * rng.uniform(0.6, 1.0)))
    )
    sents = sents[:keep]
    for _ in range((0, 1, 3)[strength - 1]):
        if len(sents) > 3:
            i = rng.randrange(1, len(sents) - 1)
            sents[i], sents[i + 1] = sents[i + 1], sents[i]
    for _ in range(strength):
        sents.insert(rng.randrange(0, len(sents) + 1), rng.choice(_BOILERPLATE))
    out = " ".join(sents)
    out = _ocr_noise(out, rng, (0.0, 0.01, 0.03)[strength - 1])
    title = default_title(text)
    if strength >= 2:
        title = rng.choice(("Aktuell: ", "Eilmeldung: ", "Bericht: ")) + title
    return Synthetic(out, title, "near_duplicate", strength)


def rewrite(text: str, strength: int, rng: random.Random, outlet: str | None = None) -> Synthetic:
    """Paraphrase keeping the facts; strength 1..3 scales how much of every sentence changes."""
    p_syn, p_front, p_swap, p_drop, p_merge, p_pad = (
        (0.5, 0.2, 0.2, 0.0, 0.0, 0.04),
        (0.9, 0.5, 0.5, 0.1, 0.1, 0.12),
        (1.0, 0.8, 0.8, 0.2, 0.2, 0.25),
    )[strength - 1]
    out: list[str] = []
    for s in sentences(text):
        if out and rng.random() < p_drop:
            continue
        s2 = _front_adverbial(s) if rng.random() < p_front else s
        s2 = _swap_clauses(s2) if rng.random() < p_swap else s2
        s2 = _pad(_synonyms(s2, rng, p_syn), rng, p_pad)
        if out and rng.random() < p_merge and s2[:1].isupper():
            out[-1] = out[-1].rstrip(".!?") + "; " + rng.choice(("zudem ", "ferner ", "")) + s2
        else:
            out.append(s2)
    if strength >= 2:
        for _ in range(strength - 1):
            out.insert(rng.randrange(1, len(out) + 1), rng.choice(_FILLER))
    if outlet and rng.random() < 0.5:
        if rng.random() < 0.5:
            out.append(f"Quelle: {outlet}")
        else:
            out[0] = f"Wie {outlet} berichtete: " + out[0]
    joined = " ".join(out)
    if strength == 3 and rng.random() < 0.3:
        nums = re.findall(r"\b\d{2,}\b", joined)
        if nums:
            n = rng.choice(nums)
            joined = joined.replace(n, str(int(n) + rng.choice((-2, -1, 1, 2, 10))), 1)
    title = _synonyms(default_title(text), rng, 1.0)
    if strength >= 2:
        words = title.split()
        if len(words) > 4:
            cut = rng.randrange(2, len(words) - 1)
            title = " ".join([*words[cut:], "–", *words[:cut]])
    return Synthetic(joined, title, "rewrite", strength)


_NAME = re.compile(r"(?<=[a-zäöüß,] )[A-ZÄÖÜ][a-zäöüß]+(?: [A-ZÄÖÜ][a-zäöüß]+)?")


def same_event_negative(original: str, other: str, rng: random.Random) -> Synthetic:
    """An independent report on the original's event, as far as text can fake one.

    ``other`` (an unrelated article of the same topic) gets the original's names planted in
    place of its own, one or two of the original's sentences (a shared quote or press-release
    fact, lightly reworded) and a headline close to the original's: it shares actors, numbers
    and the subject, but not the account sentence by sentence.
    """
    names = list(dict.fromkeys(_NAME.findall(original)))[:6]
    slots = list(dict.fromkeys(_NAME.findall(other)))
    text = other
    for new, old in zip(names, rng.sample(slots, min(len(slots), len(names))), strict=False):
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    sents = sentences(text)
    src = sentences(original)
    for s in rng.sample(src[1:], min(len(src) - 1, rng.choice((1, 2)))):
        sents.insert(rng.randrange(1, len(sents) + 1), _synonyms(s, rng, 0.5))
    nums = re.findall(r"\b\d{2,}\b", original)
    if nums:
        sents.append(f"Insgesamt ging es um {rng.choice(nums)} Fälle.")
    title = _synonyms(default_title(original), rng, 1.0)
    return Synthetic(" ".join(sents), title, "same_event_negative", 0)
