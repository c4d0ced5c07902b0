"""Media names: recognising them, normalising their inflected forms, finding an article's outlet.

An outlet name in running German text is inflected ("des Spiegels", "der Süddeutschen Zeitung",
"dem Boten"); :func:`normalise_outlet` turns it back into the name form ("Spiegel",
"Süddeutsche Zeitung", "Bote"). :func:`is_media_name` separates media from other sources
("laut Polizei", "laut Scholz" are not outlets): known agencies and outlets, media words
(Zeitung, Kurier, Rundschau, ...) and domains. :func:`find_outlet` reads the outlet from the
article's own sign-off and self-promotion lines, and where their wording is unknown, from signals
that need no wording: the name that spells the page's own domain, a medium's name in the page's
furniture or in a staff photo credit, and the name the head and tail furniture repeat where an
owner stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from lagebild.ner.resources import CITIES_FILE, FIRSTNAMES_FILE, MODELS_DIR, data_rows

# Agencies: lower-case key -> the usual spelling.
AGENCIES = {
    "dpa": "dpa", "afp": "AFP", "reuters": "Reuters", "ap": "AP", "kna": "KNA", "epd": "epd",
    "sid": "SID", "apa": "APA", "sda": "SDA", "ddp": "ddp", "dapd": "dapd", "ansa": "ANSA",
    "efe": "EFE", "upi": "UPI", "bloomberg": "Bloomberg", "tass": "TASS", "xinhua": "Xinhua",
    "ots": "ots", "idea": "idea", "dts": "dts", "afx": "AFX", "dpa-afx": "dpa-AFX",
    "rtr": "Reuters",  # Reuters' wire code in "(dpa/AFP/rtr)"
    "keystone-sda": "SDA",  # the Swiss agency's name since 2018; its credits still say "(sda)"
}  # fmt: skip
# Outlets that are one ordinary-looking word: without the list they look like any noun.
KNOWN_OUTLETS = frozenset({
    "Spiegel", "Stern", "Focus", "Welt", "Bild", "Zeit", "taz", "Tagesspiegel", "Handelsblatt",
    "Tagesschau", "Tagesthemen", "Heute", "Heise", "Golem", "Politico", "Wired", "Cicero",
    "Correctiv", "Netzpolitik", "Table.Media", "Capital", "Manager Magazin", "WirtschaftsWoche",
    "ARD", "ZDF", "NDR", "WDR", "BR", "MDR", "SWR", "rbb", "HR", "SR", "ORF", "SRF",
    "Deutschlandfunk", "RTL", "n-tv", "Phoenix", "Arte", "3sat", "BBC", "CNN", "NPR",
    "Guardian", "Bloomberg", "Axios", "Semafor", "Euronews", "Reuters", "Standard", "Presse",
    "Kurier", "Falter", "Profil", "Blick", "Watson", "FAZ", "SZ", "NZZ", "FR", "WAZ", "HAZ",
    "The Verge", "Financial Times", "New York Times", "Washington Post", "Wall Street Journal",
    "Le Monde", "El País", "Corriere della Sera", "t-online", "Merkur", "Express", "Abendblatt", "Morgenpost", "Bunte", "Gala", "Brigitte", "Kicker", "Sky", "Sky Sport", "Sport1", "DAZN", "Eurosport",
    "Sport Bild", "Auto Bild", "Computer Bild", "Chip", "Netzwelt", "Tagesanzeiger", "Tages-Anzeiger",
    "Krone", "Kronen Zeitung", "Exxpress", "Vorarlberger Nachrichten", "Salzburger Nachrichten",
    "Kleine Zeitung", "Wiener Zeitung", "Der Standard", "Die Presse", "Weltwoche", "Republik", "Freitag",
    "Junge Welt", "Neues Deutschland", "Jungle World", "Übermedien", "Krautreporter", "Business Insider",
    "Die Information", "The Information", "The Economist", "Economist", "Time", "Newsweek", "Le Figaro",
    "Libération", "La Repubblica", "Politico Europe", "Euractiv", "Al Jazeera", "NBC", "CBS", "ABC", "Fox News",
    "Sky News", "Deutsche Welle", "DW", "Radio Bremen", "Funke", "RND", "Redaktionsnetzwerk Deutschland",
    "Table.Briefings", "Pioneer", "t3n", "c't", "Gründerszene", "Finanztip", "Ökotest", "Öko-Test",
    # broadcaster programmes and English sites whose names carry no media word
    "Hessenschau", "Sportschau", "Abendschau", "Landesschau", "Buten un binnen", "Kontraste",
    "The Times", "Times", "Sunday Times", "Ars Technica", "TechCrunch", "Engadget", "Mashable", "BuzzFeed", "HuffPost", "Vice",
    # member and customer magazines with a large readership
    "Apotheken Umschau", "ADAC Motorwelt",
    # European sports dailies whose names carry no media word
    "L'Équipe", "Gazzetta dello Sport", "Corriere dello Sport", "Tuttosport", "Marca",
    "Mundo Deportivo", "The Athletic",
})  # fmt: skip
_KNOWN_LOWER = {k.lower(): k for k in KNOWN_OUTLETS}
# Head nouns of media names, with the grammatical gender that decides adjective endings.
_FEMININE = (
    "zeitung",
    "rundschau",
    "post",
    "presse",
    "zeit",
    "welt",
    "allgemeine",
    "woche",
    "nachricht",
    "stimme",
    "volksstimme",
    "tageszeitung",
    "illustrierte",
    "agentur",
    "schau",
)
_MASCULINE = (
    "kurier",
    "anzeiger",
    "bote",
    "spiegel",
    "merkur",
    "standard",
    "beobachter",
    "generalanzeiger",
    "express",
    "tagesspiegel",
    "sender",
    "rundfunk",
    "funk",
    "blick",
    "report",
    "courier",
    "herold",
    "landbote",
    "teletext",
    "dienst",
)
_NEUTER = (
    "blatt",
    "tageblatt",
    "abendblatt",
    "wochenblatt",
    "journal",
    "magazin",
    "echo",
    "radio",
    "fernsehen",
    "portal",
    "volk",
    "tagblatt",
)
_PLURAL = ("nachrichten", "news", "neueste")
# a weekly's compound counts too ("Baustoffwoche"), but not a week of the calendar or of events
# ("Kalenderwoche", "Aktionswoche", "Themenwoche")
MEDIA_WORDS = re.compile(
    r"(?:zeitung|rundschau|kurier|post|bote|boten|blatt|anzeiger|nachrichten|magazin|\btv\b|radio|rundfunk|\bonline\b|tagesschau|presse|journal|echo|merkur|express|spiegel|news|times|tribune|gazette|herald|daily|agentur|sender|fernsehen|funk|\bfm\b|podcast|portal|insider|report|blog|standard|beobachter|tagblatt|volksstimme|allgemeine|wire|(?<=[a-zäöüß]{4})(?<!kalender)(?<!aktions)(?<!themen)(?<!projekt)(?<!ferien)(?<!fest)(?<!arbeits)(?<!oster)(?<!urlaubs)woche)(?:s|es|n|en)?\d*\b",
    re.IGNORECASE,
)
# (labels bounded in count and length, as DNS bounds them: an unbounded "(?:[a-z0-9-]+\.)+"
# backtracks quadratically over a long run of "a.a.a." and took half a minute on 40 KB)
DOMAIN = re.compile(
    r"\b(?:www\.)?((?:[a-z0-9-]{1,63}\.){1,6}(?:de|com|at|ch|org|net|eu|info|io|fr|it|uk|co\.uk|news|online|media|tv|fm))\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:der|die|das|dem|den|des|the|einem|einer|eines)\s+", re.IGNORECASE)
# Capitalised function words a name match can start with at the start of a sentence.
_LEADING = re.compile(
    r"^(?:nach|laut|wie|so|auch|bei|im|am|zum|zur|aus|mit|von|für|über|unter|dort|hier|und|aber|doch|denn|als|wenn|dass|ob|weil|da|bereits|schon|erst|noch|zuvor|zuerst|demnach|dabei)\s+",
    re.IGNORECASE,
)
# Same outlet, other spelling.
_ALIASES = {
    "focus online": "Focus",
    "spiegel online": "Spiegel",
    "zeit online": "Zeit",
    "bild-zeitung": "Bild",
    "bild zeitung": "Bild",
    "welt online": "Welt",
    "ntv": "n-tv",
    "tagesschau.de": "tagesschau.de",
    # agencies written out: "wie die Deutsche Presse-Agentur berichtete"
    "deutsche presse-agentur": "dpa",
    "agence france-presse": "AFP",
    "associated press": "AP",
    "the associated press": "AP",
    "katholische nachrichten-agentur": "KNA",
    "evangelischer pressedienst": "epd",
    "evangelische pressedienst": "epd",  # after the article: "der Evangelische Pressedienst"
    "sport-informations-dienst": "SID",
    "austria presse agentur": "APA",
    "schweizerische depeschenagentur": "SDA",
}
# A name: capitalised words (hyphens, digits, dots allowed), a few lower-case joiners inside.
_TOKEN = r"[A-ZÄÖÜ0-9][\w&'’-]*(?:\.[\w&'’-]+)*"
NAME = (
    r"(?:"
    + _TOKEN
    # a domain before the short brands, so "n-tv.de" stays a domain and is not cut to "n-tv"
    + r"|[a-z0-9-]+\.(?:de|com|at|ch|org|net|eu|io)\b|n-tv|ntv|taz|rbb|epd|dpa-AFX|dpa-afx|dpa|sid|t-online|c't|c’t)"
    # Romance particles inside a title: "Diario de Mallorca", "Corriere della Sera"; a name
    # never runs over a line break ("Anzeige" above "Die Financial Times berichtete")
    r"(?:[^\S\n]+(?:(?:am\s+(?=Sonntag|Wochenende)|an\s+der\s+|der\s+|für\s+|und\s+|&\s+"
    r"|(?:de|del|della|dello|delle|degli|di|da|do|dos|du)\s+(?=[A-Z])))?(?:"
    + _TOKEN
    + r"|Online|TV))*"
)


def _head_gender(head: str) -> str:
    h = head.lower()
    for gender, heads in (("f", _FEMININE), ("p", _PLURAL), ("n", _NEUTER), ("m", _MASCULINE)):
        if any(
            h.endswith(x) or h.endswith(x + "s") or h.endswith(x + "es") or h.endswith(x + "n")
            for x in heads
        ):
            return gender
    return "?"


def _uninflect_head(head: str) -> str:
    """Genitive/dative endings off a masculine or neuter head noun: Kuriers -> Kurier."""
    low = head.lower()
    if low.endswith("allgemeinen"):  # a feminine adjective used as the name's head
        return head[:-1]
    for x in _MASCULINE + _NEUTER:
        for suffix in ("es", "s", "n", "en"):
            if low.endswith(x + suffix) and not low.endswith(x):
                return head[: len(head) - len(suffix)]
    if head.endswith("s") and head[:-1].lower() in _KNOWN_LOWER and low not in _KNOWN_LOWER:
        return head[:-1]
    return head


# adjectives in a name's strong dative or genitive form ("laut Junger Welt"); place adjectives
# such as "Frankfurter" never change
_STRONG_ADJ = frozenset({"Neuer", "Junger", "Kleiner", "Freier", "Deutscher"})


def normalise_outlet(name: str) -> str:
    """Name form of an inflected media name: "der Süddeutschen Zeitung" -> "Süddeutsche Zeitung"."""
    name = name.strip(" \t\"'„“”«»‚‘’.,;:()")
    if name.lower() in _ALIASES:
        return _ALIASES[name.lower()]
    if name.lower() in _KNOWN_LOWER:
        return _KNOWN_LOWER[name.lower()]
    name = _LEADING.sub("", name).strip()
    name = _ARTICLE.sub("", name).strip()
    if name.lower() in _ALIASES:
        return _ALIASES[name.lower()]
    first, _, rest = name.partition(" ")
    if rest and MEDIA_WORDS.search(first) and first.lower() not in _KNOWN_LOWER:
        # a description before a known name: "Technikportal Golem", "Nachrichtenagentur dpa"
        known = _KNOWN_LOWER.get(rest.lower()) or AGENCIES.get(rest.lower())
        if known:
            return known
    dom = DOMAIN.fullmatch(name)
    if dom:
        return dom.group(1).lower()
    low = name.lower()
    if low in AGENCIES:
        return AGENCIES[low]
    if low in _KNOWN_LOWER:
        return _KNOWN_LOWER[low]
    words = name.split()
    if not words:
        return name
    head = _uninflect_head(words[-1])
    gender = _head_gender(words[-1])
    ending = {"f": "e", "m": "er", "n": "es", "p": "en", "?": None}[gender]
    fixed: list[str] = []
    for w in words[:-1]:
        # an inflected adjective before the head: "Süddeutschen", "Neuen", "Westfälischen"
        if ending and w[0].isupper() and w.endswith("en") and len(w) > 4:
            w = w[:-2] + ending
        elif gender == "f" and (w.endswith("scher") or w in _STRONG_ADJ):
            w = w[:-1]  # "laut Sächsischer Zeitung", "von Süddeutscher Zeitung", "Neuer"
        elif (
            ending and gender in ("m", "n") and w[0].isupper() and w.endswith("sche") and len(w) > 5
        ):
            # the weak form after "der"/"das": "Der Bayerische Rundfunk" -> "Bayerischer"
            w += ending[1:]
        fixed.append(w)
    out = " ".join([*fixed, head])
    out = _ALIASES.get(out.lower(), out)
    return _KNOWN_LOWER.get(out.lower(), out)


def is_media_name(name: str) -> bool:
    """True for agencies, known outlets, names with a media word, and domains."""
    if not name:
        return False
    low = name.lower()
    if low in AGENCIES or low in _KNOWN_LOWER or DOMAIN.fullmatch(name):
        return True
    words = name.split()
    if len(words) > 6:
        return False
    return bool(MEDIA_WORDS.search(name))


# Section names that open breadcrumbs instead of the site's name ("Region » Kempten").
_SECTIONS = (
    "startseite|start|home|homepage|nachrichten|news|aktuell|aktuelles|region|regionales|lokales|"
    "lokal|politik|wirtschaft|finanzen|geld|sport|kultur|panorama|wissen|wissenschaft|digital|"
    "technik|tech|ratgeber|service|verbraucher|gesundheit|reise|auto|mobilität|leben|"
    "gesellschaft|meinung|kommentar|video|videos|fotos|bilder|themen|ressorts?|rubrik|inland|"
    "ausland|welt|deutschland|international|europa|feuilleton|karriere|immobilien|"
    "business|economy|world|sports?|culture|science|opinion|lifestyle|digitales|vermischtes|"
    "blaulicht|polizei|vereine|leute|boulevard|regionales|medien|multimedia|netzwelt|bildung|"
    "umwelt|klima|verkehr|familie|freizeit|unterhaltung|börse|märkte|unternehmen|recht|justiz|"
    "archiv|dossiers?|specials?|live|liveticker|ticker|eilmeldungen?|schlagzeilen|top-?themen|"
    "trending|popular|most read|latest|"
    # the press room of an organisation's own site: "Presse › Pressemitteilungen"
    "presse|pressemitteilungen|pressemeldungen|neuigkeiten|"
    # the kind of a release on a wire's page: "Corporate News · 07.30 h", "Ad-hoc · 9:00"
    r"(?:corporate|company|business|breaking)\s+news|press\s+releases?|ad-hoc|"
    "unternehmensmitteilung|unternehmensnachrichten|"
    # a site's blog or forum, and its reader's own area: "Blog › Interviews", "Kundenbereich ·
    # Merkliste · Nachrichten"
    r"blog|forum|community|[\w-]*bereich|merkliste|warenkorb|"
    # a login or members' link at the end of a menu row: "Mitglieder-Login", "Mein Konto"
    "(?:[\\w-]+-)?login|log-?in|einloggen|anmelden|mein\\s+konto|mitgliederbereich"
)
_SECTION_NAME = re.compile(r"(?i:" + _SECTIONS + ")")
# links in a site's or newsletter's footer: a line of them names no outlet
# ("Mediadaten · Impressum · Datenschutz", "Abbestellen · Empfangseinstellungen · Datenschutz")
_FOOTER_LINKS = (
    r"impressum|datenschutz\w*|kontakt|agb|mediadaten|barrierefreiheit\w*|leichte\s+sprache|"
    # house rules of a platform: "Nutzungsregeln", "Community-Richtlinien", "Hausordnung"
    r"nutzungs\w+|[\w-]*regeln|[\w-]*richtlinien|hausordnung|cookies?(?:-einstellungen)?|privatsphäre\w*|abbestellen|abmelden|"
    r"austragen|empfangseinstellungen|einstellungen|hilfe|faq|über\s+uns|werben|anzeigen|"
    r"unsubscribe|privacy|terms|imprint|accessibility|about|contact|"
    # legal links of broadcasters and Austrian and Swiss papers: "Jugendschutz · Impressum",
    # "Offenlegung gem. § 25 MedienG", "Netiquette", "Sitemap"
    r"jugendschutz|offenlegung|netiquette|sitemap|widerruf\w*|rss|"
    # legal notes and consent settings: "Rechtliche Hinweise · Cookie-Präferenzen ändern"
    r"rechtliche[sn]?(?:\s+(?:hinweise|informationen|angaben))?|cookie-[\w-]+"
)
# the outlet describing itself: "Ruhrgebiet Live ist Teil eines Netzwerks regionaler
# Newsportale", "Rhein-Main Report wird herausgegeben von ...", "... ist ein Projekt ..."
# (a firm, a charity or a club describes itself in the same words: :func:`_describes_a_medium`
# keeps only the lines that speak of a medium)
_SELF_DESCRIPTION = re.compile(
    r"^(?:(?:Die|Der|Das)\s+)?(?P<name>"
    + NAME
    + r")\s+(?i:(?:ist|sind)\s+(?:werbefrei|leserfinanziert|spendenfinanziert|unabhängig\s+und|ein(?:e)?\s+(?:[\w-]+\s+)?(?:projekt|angebot|produkt|marke|publikation|portal|newsportal|nachrichtenportal|online-?magazin|blog|newsletter)|teil\s+(?:des|der|eines|einer)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:netzwerk|verbund|gruppe|verlag|medienhaus|portal|angebot)s?\b)|wird\s+(?:herausgegeben|verlegt|betrieben|produziert|finanziert)|erscheint\s+(?:im|bei|täglich|wöchentlich)"
    # "Die Kanalnotizen finanzieren sich nur über Leserinnen und Leser"
    # (by its readers: "Die Tafel finanziert sich über Spenden" is a charity)
    r"|finanzier(?:t|en)\s+sich\s+[^.!?]{0,40}?\b(?:leser\w*|abonnent\w*|abos?|unterstützer\w*|"
    r"readers?|subscribers?)\b)"
)
# the outlet within its media group: "Sternklatsch ist Teil der Nordwind Media Group",
# "X ist ein Angebot des Y Verlags" (the group's name ends in its media word: "Teil der Jury des
# Medienpreises" or "der Initiative Medienkompetenz" names no publisher)
_IN_MEDIA_GROUP = re.compile(
    r"^(?:(?:Die|Der|Das)\s+)?(?P<name>"
    + NAME
    + r")(?i:\s+ist\s+(?:ein\s+)?(?P<kind>teil|angebot|marke|unternehmen|produkt)\s+(?:der|des|von)\s+"
    r"[^.!?]{0,40}\b(?:media|\w*medien|medien(?:gruppe|haus|holding|verbund|konzern)\w*|"
    r"[\w-]*verlag\w*|publishing)\b)"
)
# words of a medium in what a self-description says: "... eines Netzwerks regionaler
# Newsportale", "... ein Projekt freier Journalistinnen", "... ist werbefrei", "... über ihre
# Leser", "... erscheint im Fachverlag X" (not "ist Teil der Südholz Gruppe", "ist ein Projekt
# der Caritas", "wird betrieben von der Stadt", "finanziert sich über Spender")
_MEDIUM_PREDICATE = re.compile(
    r"(?i:\w*(?:zeitung|magazin|blog|portal|nachrichten|news|verlag|redaktion|journalis|"
    r"newsletter|podcast|publikation)\w*|\w*medien\b|\bmedien(?:haus|gruppe|verbund|holding)\w*|"
    r"\bmedia\b|\bpublishing\b|\bwerbefrei\w*|\bleser\w*|\babonnent\w*|\babos?\b|\breaders?\b|"
    r"\bsubscribers?\b|\bwird\s+herausgegeben\b|\berscheint\s+(?:täglich|wöchentlich)\b)"
)
# the end of a self-description's sentence: a full stop after a word (not after "St." or
# "Co."), or a separator of footer items ("... erscheint im Fachverlag X · Impressum")
_SENTENCE_END = re.compile(r"(?<=\w\w\w\w[.!?])\s|(?<=[!?])\s|\s[·|]\s")
# someone else's words: "..., sagte der Sprecher", "..., wie das Unternehmen mitteilte",
# "..., so die Leiterin", "laut Unternehmen", "nach eigenen Angaben"
_REPORTED = re.compile(
    r"(?i:,\s*(?:wie\s+)?(?:[\w-]+\s+){0,4}?(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|"
    r"betonte|betonten|betont|teilte|teilten|mitteilte|mitteilten|berichtete|berichteten|"
    r"bestätigte|bestätigten|meinte|ergänzte|unterstrich|versicherte|hieß|heißt|räumte|"
    r"verriet|schrieb|schreibt)\b|\blaut\b|\bzufolge\b|\bnach\s+(?:eigenen\s+)?angaben\b)"
    r"|,\s*so\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ])"
)
# a quotation closing before any opens: the line ends a quote begun before it
_QUOTE_CLOSES = re.compile(r"^[^„“”\"»«]*[“”\"»«](?!\w)")


def _describes_a_medium(m: re.Match[str]) -> bool:
    """True when a self-description line (:data:`_SELF_DESCRIPTION`, :data:`_IN_MEDIA_GROUP`)
    describes a medium in the page's own voice: not in someone's quoted or reported words,
    not of a common-noun phrase ("Die Firma Kellerbach", "Das Klinikum Nord"), and with a medium
    in the name ("Das Datenwerk Magazin", "talblick.de") or in what it says of itself."""
    name = m.group("name")
    sentence = _SENTENCE_END.split(m.string[m.end("name") :], maxsplit=1)[0]
    if _REPORTED.search(sentence) or _QUOTE_CLOSES.search(sentence):
        return False  # "Kellerbach ist Teil der Südholz Gruppe, sagte der Sprecher."
    if m.start("name") > 0 and _common_noun_phrase(name):
        return False  # "Die Firma Kellerbach", "Der Verein Lesefreunde", "Das Klinikum Nord"
    if is_media_name(name):
        return True
    if m.re is _IN_MEDIA_GROUP:
        # a firm of a media group may be its printer or its ad sales: its name must say medium
        return m.group("kind").lower() != "unternehmen"
    return bool(_MEDIUM_PREDICATE.search(sentence))


def _common_noun_phrase(name: str) -> bool:
    """A kind of thing before its name ("Firma Kellerbach", "Verein Lesefreunde", "Klinikum
    Nord"): the first of several words is an ordinary noun in its base form. A place adjective
    ("Kölner", "Allgäuer") or an inflected adjective ("Neue", "Rheinische") is part of a name,
    and so is a media word ("Magazin Talblick")."""
    first, _, rest = name.partition(" ")
    if not rest or first.endswith("er") or is_media_name(name):
        return False
    import simplemma  # loaded only when a self-description turns up

    return simplemma.is_known(first, lang="de") and simplemma.lemmatize(first, lang="de") == first


# a breadcrumb that starts at the site's home: "Topmeldung360.de » Digital » Streaming"
# (not a more-link: "Weitere Kommentare › Archiv", "Mehr Reportagen »" name no site)
_BREADCRUMB = re.compile(
    r"^(?!(?i:"
    + _SECTIONS
    + r")\b)(?!(?:Weitere|Mehr|Alle|Zurück|Noch)\b)(?P<name>"
    + NAME
    + r")\s*[»›>]\s*[\w&]"
)
# "Bis morgen – Ihr Weserland Echo"
# (after a comma only with the capitalised pronoun: ", ihre Aufstiegschance." is prose; and
# not in a masthead whose name opens the line: "X – Ihre Kammer für 11.000 Betriebe" is X's
# slogan, the masthead pattern below reads X)
_PRONOUN_SIGNOFF = re.compile(
    r"^(?!" + NAME + r"\s+[–—|·-]\s+(?i:ihre?|deine?|eure?)\s).*?"
    r"(?:(?:^|[–—-]\s*)(?i:ihre?|eure?|deine?|your)|,\s*(?:Ihre?|Eure?|Deine?|Your))\s+(?P<name>"
    + NAME
    + r")\s*[.!]?$"
)
# the sender of a newsletter: "Von: Bördebrief <post@boerdebrief.de>" (a person's name is not
# the outlet: "Von: Anna Berger <a.berger@...>")
_MAIL_SENDER = re.compile(
    r"^(?i:von|from|absender)\s*:\s*(?:(?:Die|Der|Das|The)\s+)?(?P<name>"
    + NAME
    + r")\s*<[^<>@\s]+@[^<>\s]+>\s*$"
)
# a person signing for the outlet: "Bis morgen, Ihr Mattis Hornung vom Bördebrief",
# "Einen guten Start wünscht Ihnen Katrin Welzow von der Saalepost"
_PERSON_OF_OUTLET = re.compile(
    r"(?:(?i:\b(?:ihre?|eure?|deine?|euer|dein)\s+)|(?i:\b(?:wünscht|wünschen|grüßt|grüßen)\s+(?:ihnen|euch|dir)\s+))"
    r"(?:[A-ZÄÖÜ][\w.-]*\s+){1,3}?(?i:vom|von\s+der|von\s+den)\s+(?P<name>" + NAME + r")\s*[.!]?$"
)
# a masthead with a self-description as tagline: "Kanalnotizen — unabhängig, werbefrei, aus X"
_MASTHEAD_VIRTUES = re.compile(
    r"^(?P<name>"
    + NAME
    + r")\s+[–—|·-]\s+(?i:unabhängig|werbefrei|leserfinanziert|spendenfinanziert|gemeinnützig|"
    r"independent|ad-free|reader-funded|reader-supported|non-?profit)\b[^\n]{0,60}$"
)
# the legal form after a German organisation's name: a company's, or a registered association's
# or charity's ("e. V.", "gGmbH", "gUG")
_CHARITY_FORM = r"(?:e\.\s?V\.|gGmbH|gUG)"
_LEGAL_FORM = r"(?:GmbH|mbH|AG|KG|UG|SE|" + _CHARITY_FORM + ")"
# the outlet over its publisher: "Bördebrief · Börde Medienhaus GmbH · Marktstraße 4 · ..."
# (the company must be a publisher: "Stadtwerke X · Stadtwerke X GmbH" in an ad is no masthead)
_PUBLISHER_LINE = re.compile(
    r"^(?P<name>"
    + NAME
    + r")\s*[·|,–—]\s*[^·|\n]{0,50}?(?i:medien|media|verlag|presse|zeitung|rundfunk|"
    r"publishing|publikation|redaktion|news)[^·|\n]{0,30}?\b"
    r"(?:GmbH|gGmbH|mbH|AG|KG|UG|e\.\s?V\.|Ltd\.?|Inc\.?|LLC)"
    r"(?:\s*&\s*Co\.?\s*KG)?\s*(?:[·|,]|$)"
)
# a footer line with the site's legal links: "Beispiel.de – schnell informiert · Impressum"
_FOOTER_NAME = re.compile(
    r"^(?!(?i:"
    + _FOOTER_LINKS
    + "|"
    + _SECTIONS
    + r")\b)(?P<name>"
    + NAME
    + r")\s+[–—|·-]\s+(?:[^\n]{0,40}[·|]\s*)?(?i:impressum|datenschutz|kontakt|agb)\b"
)
# Sign-offs and self-promotion lines that name the outlet, strongest first.
_SIGNOFFS = [
    # "Ihre Redaktion der Musterstadt-Zeitung", "Ihr Team der Alpenland Post" (not the reader's
    # own team as an object: "alles für dein Team im Onlineshop von X")
    re.compile(
        r"(?<![Ff]ür )(?<![Mm]it )(?<![Aa]n )(?i:\b(?:ihre?|eure?|dein|euer)\s+(?:[\w-]+\s+)?(?:redaktion|team|newsroom)\s+(?:der|des|vom|von|bei|beim|im)\s+)(?P<name>"
        + NAME
        + ")"
    ),
    _MAIL_SENDER,
    # "Ihr Kurier-Team", "Ihre Bote-Redaktion"
    re.compile(r"(?i:\b(?:ihre?|eure?|dein|euer)\s+)(?P<name>" + NAME + r")-(?i:redaktion|team)\b"),
    # "© Musterstadt-Zeitung 2024", "Copyright 2024 Lausitzer Tageblatt", "(c) KI-Puls"
    re.compile(r"(?i:\balle\s+rechte\s+(?:bei|liegen\s+bei)\s+)(?P<name>" + NAME + ")"),
    _PRONOUN_SIGNOFF,
    _PERSON_OF_OUTLET,
    # the publisher's word before a name of two words goes: "© Verlag Kesselbacher Bote, ..."
    # ("© Verlag Kornblum" is the house's name)
    _COPYRIGHT := re.compile(
        r"(?i:(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?)"
        r"(?:(?:Verlag|Verlagshaus)\s+(?:(?:der|des)\s+)?(?=[A-ZÄÖÜ][\w-]*\s+[A-ZÄÖÜ]))?(?P<name>"
        + NAME
        + ")"
    ),
    # the site's name with its legal form before the copyright: "Wanderland Mittelgau e. V.
    # © 2027 · Impressum", "Seeklinik Hohenrain GmbH (c) 2026"
    re.compile(
        r"^(?P<name>"
        + NAME
        + r")\s+"
        + _LEGAL_FORM
        + r"\s*(?:©|\((?i:c)\)|(?i:copyright))\s*\d{4}\b"
    ),
    # "Folgen Sie dem Boten auf ...", "Folge KI-Puls auf LinkedIn", "Follow Digital Insider on"
    re.compile(
        r"(?i:\b(?:folgen\s+sie|folge|follow)\s+(?:uns\s+als\s+)?(?:(?:dem|der|den|the)\s+)?)(?P<name>"
        + NAME
        + r")(?i:\s+(?:auch\s+)?(?:auf|bei|on|via)\b)"
    ),
    # a masthead with a slogan to the reader: "Vogtland Bote – Ihre Heimat. Ihre Zeitung."
    re.compile(
        r"^(?P<name>" + NAME + r")\s+[–—|·-]\s+(?i:ihre?|deine?|eure?|unsere?|wir)\b[^\n]{0,60}$"
    ),
    # a masthead with a tagline about news: "Südwest Digital · Nachrichten für Baden-Württemberg"
    _NEWS_TAGLINE := re.compile(
        r"^(?P<name>"
        + NAME
        + r")\s+[–—|·-]\s+(?:[^\n]{0,30}\b)?(?i:nachrichten|news|zeitung|heimat|magazin|blog|newsletter|podcasts?|journalismus|pressemitteilungen|pressemeldungen|meldungen|presseportal|hintergründe|analysen|berichte|"
        # a press office or fact-check desk under its body's name: "Universität X · Presse und
        # Kommunikation", "Stadt X – Pressestelle", "Y – Faktenchecks seit 2019"
        r"pressestelle|pressereferat|pressebüro|presse\s+und\s+(?:kommunikation|öffentlichkeitsarbeit)|"
        r"(?:kommunikation|öffentlichkeitsarbeit)\s+und\s+presse|medieninformationen|presseinformationen|"
        r"newsroom|faktenchecks?)\b[^\n]{0,50}$"
    ),
    # a print masthead with its issue: "Hunsrücker Wochenbote · Ausgabe 12/2028 · Mittwoch, ..."
    re.compile(
        r"^(?P<name>"
        + NAME
        + r")\s+[–—|·,-]\s+(?i:ausgabe|nr\.?|nummer|jahrgang|jg\.|heft|edition|issue|vol\.)\s*\d"
    ),
    _MASTHEAD_VIRTUES,
    _PUBLISHER_LINE,
    # a distributor named under a press release: "..., verbreitet über PR-Kanal Deutschland"
    re.compile(
        r"(?i:\b(?:verbreitet|übermittelt|veröffentlicht|distributed|published)\s+(?:über|durch|via|by)\s+)(?P<name>"
        + NAME
        + r")\s*[.]?$"
    ),
    _SELF_DESCRIPTION,
    _BREADCRUMB,
    _FOOTER_NAME,
    _IN_MEDIA_GROUP,
    # jobs at the outlet: "Jobs bei Rechenkern", "Karriere beim Kurier"
    _JOBS_AT := re.compile(
        r"^(?i:jobs|karriere|stellenangebote|wir suchen)\s+(?i:bei|beim|im|in der)\s+(?P<name>"
        + NAME
        + r")\b"
    ),
    # a related-reading header naming the outlet: "Weiterlesen im Allgäuer Morgen:"
    _READ_MORE_AT := re.compile(
        r"^(?i:weiterlesen|mehr lesen|lesen sie (?:mehr|weiter)|mehr dazu|mehr davon)\s+(?i:im|beim|bei|auf|in der)\s+(?P<name>"
        + NAME
        + r")\s*:?\s*$"
    ),
    # a byline naming the outlet's newsroom: "von Redaktion Ruhrgebiet Live | 01.03.2025"
    re.compile(
        r"^(?i:von\s+(?:der\s+)?(?:redaktion|newsroom|team))\s+(?P<name>"
        + NAME
        + r")\s*(?:[|·,–—-]|$)"
    ),
    # "Die Alpenland Post gibt es auch als App", "Schon gewusst? Den Boten gibt es als E-Paper"
    re.compile(
        r"(?:^|[.!?:]\s+)(?i:(?:die|der|das|den|the)\s+)(?P<name>"
        + NAME
        + r")(?i:\s+(?:gibt\s+es|ist\s+auch|jetzt\s+auch|auch\s+als|finden\s+sie)\b[^.!?]{0,30}\b(?:app|e-?paper|newsletter|podcast|abo|digital|print|online|whatsapp|telegram|instagram|facebook|tiktok|youtube|kanal|kiosk|smartphone|tablet)\b)"
    ),
]
# Patterns whose one-word name must be no ordinary German word.
_NEEDS_PROPER_NAME = (
    _SELF_DESCRIPTION,
    _IN_MEDIA_GROUP,  # "Der Konzern ist Teil der X Mediengruppe"
    _BREADCRUMB,
    _PRONOUN_SIGNOFF,
    _MAIL_SENDER,
    _PERSON_OF_OUTLET,
    _MASTHEAD_VIRTUES,
    _PUBLISHER_LINE,
    _JOBS_AT,  # "Karriere beim Landkreis" names a kind of employer, not its name
    _READ_MORE_AT,  # "Weiterlesen in der Landespolitik" names a section, not the outlet
    _FOOTER_NAME,  # "Vereinssatzung · Impressum": one more legal link, not the site's name
    _NEWS_TAGLINE,  # "Finanzierungen | Exits | Analysen": a section menu, not a masthead
)
# Patterns whose name is never a person's, not even as a fallback.
_NO_PERSON = (_MAIL_SENDER, _PERSON_OF_OUTLET)
# Weaker evidence: the name must look like a medium ("Mehr Nachrichten aus Weißenfels" names a
# place, "Mehr Nachrichten vom Saale-Kurier" a paper).
_MEDIA_SIGNOFFS = [
    re.compile(
        r"(?i:\b(?:mehr|weitere)\s+(?:nachrichten|news|artikel|meldungen)\s+(?:von|aus|auf|bei|im|vom)\s+(?:(?:dem|der|den)\s+)?)(?P<name>"
        + NAME
        + ")"
    ),
    # "die Lokalnachrichten vom Saale-Kurier", "der Newsletter des Boten"
    re.compile(
        r"(?i:\b(?:\w*nachrichten|news|newsletter|app|e-paper|abo|artikel|podcast|briefing)\s+(?:vom|von\s+der|von|des|der)\s+)(?P<name>"
        + NAME
        + ")"
    ),
    # "Das Datenwerk Magazin ist werbefrei ..."
    re.compile(
        r"^(?i:(?:die|der|das|den)\s+)(?P<name>"
        + NAME
        + r")(?i:\s+(?:ist|wird|gibt|bietet|erscheint|finanziert|informiert)\b)"
    ),
    # "Schlagzeilen-Express24 – schnell informiert." as the last line
    re.compile(r"^(?P<name>" + NAME + r")\s+[–—|-]\s+[a-zäöü][^.!?]{0,50}[.!]?$"),
]
_CREDIT_START = re.compile(
    r"^\s*(?:foto|fotos|bild|bilder|grafik|bildquelle|quelle|symbolbild|titelbild|photo|image)\b",
    re.IGNORECASE,
)
_PERSON_LIKE = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?$"
)
_TRAILING_NOISE = re.compile(
    # a copyright year goes ("© Bote 2026"), a club's founding year stays ("TuS Musterdorf 1908");
    # company forms of other countries too ("S.L.", "S.A.", "B.V.")
    r"(?:\s+(?:19[89]\d|20\d\d|All|Alle|Rights|Reserved|Rechte|Vorbehalten|GmbH|gGmbH|mbH|AG|KG|SE|g?UG|Co\.?|&|Ltd\.?|Inc\.?|LLC"
    r"|e\.\s?V\.?|S\.\s?[LA]\.?|S\.r\.l\.?|B\.V\.?|N\.V\.?"
    # a company form joined to the publisher's word: "Verlags-GmbH", "Medien-KG"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,}-(?:GmbH|gGmbH|mbH|AG|KG|SE|g?UG)"
    r"|Verlag|[A-ZÄÖÜ][a-zäöüß]{2,}verlag|Verlagsgesellschaft|Verlagshaus|Verlagsgruppe|Mediengruppe|Mediengesellschaft|Medienhaus|Medien|Media"
    # a publisher's compound of "medien": "Kulturmedien", "Fachmedien", "Regionalmedien"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,}medien"
    # the kind of site after its name: "Sturmwarte Wetterportal", "Kiezblick Nachrichtenportal"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,}portal"
    # the trade of the company that runs the site: "Postfix Internetdienste", "X Onlinedienste"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,}dienste"
    r"|Holding"
    # the outlet's media library or app under its name: "Rhönfunk Mediathek", "Abendpost App",
    # and its teletext service: "Rhönfunk Text", "Talwelle Videotext"
    r"|Mediathek|Audiothek|Videothek|App|E-Paper|ePaper|Text|Videotext|Teletext"
    # a legal link of the footer run into the name: "Torblick24 Impressum | Datenschutz"
    r"|Impressum|Datenschutz|AGB))+$"
)


# an account or phone number in a footer field: an IBAN's country code with its check digits,
# or two groups of figures in a row ("DE12 3456 ...", "0170 555 ...")
_ACCOUNT_LIKE = re.compile(r"\b[A-Z]{2}\d{2}\s+\d{4}\b|\b\d{3,}\s+\d{2,}\b")


# a publisher's seat after its company word: "© Beispiel Verlag Bremen", "X Fachverlag Kiel"
_COMPANY_SEAT = re.compile(
    r"\s(?:Verlag|[A-ZÄÖÜ][a-zäöüß]{2,}verlag|Verlagshaus|Medienhaus|GmbH|AG|KG)\s+(?P<seat>[A-ZÄÖÜ][\w-]+)$"
)


# words that name a house's roles, not the house: a name made of them alone is no outlet
_ROLE_WORDS = frozenset(
    {"verlag", "redaktion", "herausgeber", "herausgeberin", "team", "und", "&", "autoren"}
)


def _clean_name(raw: str, nominative: bool = False) -> str | None:
    raw = raw.strip(" .,;:")
    if "erlag" in raw or "haus" in raw or " G" in raw or "AG" in raw or "KG" in raw:
        seat = _COMPANY_SEAT.search(raw)
        if seat and seat.group("seat") in gazetteer(CITIES_FILE):
            raw = raw[: seat.start("seat")].rstrip()  # the seat goes, then the company word
    name = _TRAILING_NOISE.sub("", raw).strip(" .,;:")
    if not name or len(name) > 60 or _TRAILING_NOISE.fullmatch(" " + name):
        return None  # "© 2027 Media GmbH" names a company form, not an outlet
    if not any(c.isalpha() for c in name):
        return None  # "© 2027 · Alle Rechte vorbehalten" names a year, not an outlet
    if _ACCOUNT_LIKE.search(name):
        return None  # "Spendenkonto DE12 3456 7890 ..." or a phone number: figures, no name
    name = _ALIASES.get(name.lower(), name) if nominative else normalise_outlet(name)
    if name.lower() in {"uns", "us", "unsere", "our", "sie", "you", "ihnen", "redaktion", "team"}:
        return None
    if set(name.lower().split()) <= _ROLE_WORDS:
        return None  # "© 2027 Verlag und Redaktion": the house's roles, not its name
    return name


# "Digitalwerkstatt – 1. März 2027" heads a blog post, but "Berlin – 1. März 2027" a report
# and "Anna Berger, 1. März 2027" a byline.
_NAME_DATE = re.compile(
    r"^(?P<name>"
    + NAME
    + r")\s*[–—|·,-]\s*(?:\w+,?\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-Za-zäöü]+\.?)\s*\d{2,4}\s*$"
)
# the outlet's own voice, or the outlet speaking to its reader ("Dir gefällt KI-Radar?")
_OWN_VOICE = re.compile(
    r"\b(?:wir|uns|unser\w*|our|we|du|dir|dich|dein\w*|euch|eure?\w*)\b", re.IGNORECASE
)


@cache
def gazetteer(filename: str) -> frozenset[str]:
    """The first column of one of the shipped name lists (cities, first names), loaded once."""
    try:
        return frozenset(row[0].strip() for row in data_rows(MODELS_DIR / filename))
    except OSError:  # pragma: no cover - the file ships with the package
        return frozenset()


def _place_or_person(name: str) -> bool:
    """A town ("Berlin – 4. März") or a person's name ("Anna Berger, 4. März") heading a text."""
    words = name.split()
    return name in gazetteer(CITIES_FILE) or (
        len(words) >= 2 and words[0] in gazetteer(FIRSTNAMES_FILE)
    )


def _masthead(lines: list[str]) -> tuple[str | None, str | None]:
    """A "Name – date" header: (a name the text speaks of in its own voice, another name)."""
    other: str | None = None
    for line in lines[:3]:
        m = _NAME_DATE.match(line)
        if not m or not (name := _clean_name(m.group("name"), nominative=True)):
            continue
        pattern = re.compile(r"\b" + re.escape(m.group("name").strip()) + r"\b")
        if any(ln is not line and pattern.search(ln) and _OWN_VOICE.search(ln) for ln in lines):
            return name, None
        if other is None and not _place_or_person(name) and name.lower() not in AGENCIES:
            other = name
    return None, other


def _common_word(name: str) -> bool:
    """One ordinary German word that is no media name ("Grund", "Digitales", "Startseite"):
    a section, a sentence's subject or a label, not an outlet (outlets of one ordinary word,
    "Spiegel", "Stern", are in :data:`KNOWN_OUTLETS`)."""
    if " " in name or is_media_name(name):
        return False
    import simplemma  # loaded only when a one-word candidate turns up

    # a compound of words written with a hyphen is as ordinary as its last part
    # ("Startup-Szene", "Kultur-Tipps"); a media name's last part makes it one
    # ("Rhein-Zeitung"), an acronym in it a name ("KI-Radar")
    parts = name.split("-")
    if len(parts) > 1 and all(len(p) > 2 and p[:1].isupper() and not p.isupper() for p in parts):
        return bool(simplemma.is_known(parts[-1], lang="de"))
    return bool(simplemma.is_known(name, lang="de"))


_PAIR_SPLIT = re.compile(r"\s+(?:&|und)\s+")


def _common_pair(name: str) -> bool:
    """Two ordinary words joined by "&" or "und" ("Lebensmittel & Getränke", "Bau und
    Wohnen"): a section's name, not an outlet's."""
    parts = _PAIR_SPLIT.split(name)
    return len(parts) == 2 and all(_common_word(p) for p in parts)


# A messenger channel's header: its name over its audience count ("📢 Eilkanal Nordstadt" /
# "48.312 Abonnenten"); the name line may open with a pictogram. A name of one word counts only
# when it is a media name or a known outlet.
_AUDIENCE = re.compile(
    r"^\d[\d.,]*\s*(?:[KkMm]|Tsd\.?|Mio\.?)?\s+(?:Abonnent(?:en|\*innen|innen)?|Mitglieder|"
    r"Follower(?:innen)?|subscribers|members|followers)\s*$"
)
_CHANNEL_NAME = re.compile(r"^[^\w]*(?P<name>" + NAME + r")\s*$")
CHANNEL_HEAD_LINES = 3


def _channel_name(lines: list[str]) -> str | None:
    """The name over an audience count in the first lines of a channel post."""
    for k in range(min(CHANNEL_HEAD_LINES, len(lines) - 1)):
        if not _AUDIENCE.match(lines[k + 1]):
            continue
        m = _CHANNEL_NAME.match(lines[k])
        name = _clean_name(m.group("name"), nominative=True) if m else None
        # one word over a count may be a label or a short form ("Eilmeldungen", "Kanal")
        if name and (" " in name or is_media_name(name) or name in KNOWN_OUTLETS):
            return name
    return None


def find_outlet(text: str) -> str | None:
    """The outlet that published the text, read from its sign-off or self-promotion lines,
    then from signals that need no known phrasing (:func:`_generic_outlet`)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    name = _find_outlet(lines)
    return _title_suffix(_page_casing(name, lines), lines) if name else name


# a magazine's title may end in a lower-case word ("Teilhabe heute", "Pflege aktuell"), which a
# name (capitalised words) stops before
_SUFFIX_WORDS = (
    r"heute|aktuell|kompakt|konkret|direkt|spezial|international|regional|digital|mobil|live"
)
_MASTHEAD_SUFFIX = r"(?:\s+(?:" + _SUFFIX_WORDS + r")(?=\s+[–—|·]\s))?"
# the company's legal form after such a title, then the line's end or a separator
_TITLE_LEGAL_FORM = r"\s+(?:eG|e\.\s?V\.|gGmbH|GmbH|UG|AG|KG)(?:\s*$|\s+[–—|·:]\s)"


def _title_suffix(name: str, lines: list[str]) -> str:
    """``name`` with its title's lower-case last word, when the page writes the two as its
    title: opening a line or after a copyright sign, and ending the line or before a separator
    or the company's legal form ("Teilhabe heute – Das Magazin für ...", "© 2027 Teilhabe
    heute", "© 2027 Talbus mobil eG | Impressum"); "Wabenpost heute mit
    neuen Zahlen" leaves "Wabenpost" as it is."""
    probe = name + " "
    if not any(probe in line for line in lines):
        return name
    titled = re.compile(
        r"(?:^|©\s*(?:\d{4}\s+)?)"
        + re.escape(name)
        + r"\s+(?P<word>"
        + _SUFFIX_WORDS
        + r")(?=\s*$|\s+[–—|·:]\s|\s+\d{4}\b|"
        + _TITLE_LEGAL_FORM
        + r")"
    )
    for line in lines:
        if probe in line and (m := titled.search(line)):
            return f"{name} {m.group('word')}"
    return name


# a word set in capitals for display ("ZOCKERZONE – News"); short ones are acronyms (NDR, WAZ)
_CAPS_WORD = re.compile(r"\b[A-ZÄÖÜ]{5,}\b")


def _page_casing(name: str, lines: list[str]) -> str:
    """A masthead's capitals in the spelling the page itself uses elsewhere: "ZOCKERZONE" over
    a footer "© Zockerzone Media" is "Zockerzone". A name the page only ever capitalises is
    written with a capital initial when it is all capitals ("ABENDBLATT" is "Abendblatt"),
    and stays as it is beside words in lower case ("BLITZ Weserland")."""

    display = name.isupper()

    def spelt(m: re.Match[str]) -> str:
        word = m.group(0)
        other = re.compile(rf"\b{word[0]}(?i:{re.escape(word[1:])})\b")
        for line in lines:
            for hit in other.finditer(line):
                if not hit.group(0).isupper():
                    return hit.group(0)
        # a masthead set in capitals as a whole ("ABENDBLATT") is a name in display type; a
        # capitalised word beside others in lower case ("BLITZ Weserland") is the brand's own
        return word.capitalize() if display else word

    return _CAPS_WORD.sub(spelt, name)


# a teletext page's header row: the service's name, the page number (100-899), and the day and
# time the page was drawn ("Talwelle Text  112  Mi 02.06.27 07:48:10"); without the clock only
# when the name is the teletext service's ("Talwelle Videotext  145")
_TELETEXT_HEADER = re.compile(
    r"^(?P<name>" + NAME + r")\s+[1-8]\d\d(?:\s+(?P<day>(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?\s+"
    r"\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?))?\s*$"
)
_TELETEXT_WORD = re.compile(r"\s(?:Text|Videotext|Teletext)$")


def _teletext_header(lines: list[str]) -> str | None:
    for line in lines[:2]:
        if not any(c.isdigit() for c in line):
            continue
        m = _TELETEXT_HEADER.match(line)
        if not m or not (m.group("day") or _TELETEXT_WORD.search(m.group("name"))):
            continue
        name = _clean_name(m.group("name"), nominative=True)
        if (
            name
            and not (" " not in name and name.lower().endswith("text"))
            and not _common_word(name)
        ):
            return name  # "Regionaltext  134 ..." names the service's kind, not its broadcaster
    return None


# one word naming the role of whoever runs the page, not its name: "Betreiber",
# "Forenbetreiber", "Seitenanbieter", "Herausgeberin"
_ROLE_NOUN = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]*(?:betreiber|anbieter|herausgeber|inhaber|urheber|verfasser)(?:in|innen)?"
    r"|(?:Betreiber|Anbieter|Herausgeber|Inhaber|Urheber|Verfasser)(?:in|innen)?"
)


def _find_outlet(lines: list[str]) -> str | None:
    edge = lines[-12:] + lines[:6] if len(lines) > 18 else lines[::-1]
    if channel := _channel_name(lines):
        return channel
    if teletext := _teletext_header(lines):
        return teletext
    voiced, header = _masthead(lines)
    if header is not None and _common_word(header):
        header = None  # "Pressemitteilung · 24.04.2028" is a label with a date
    fallback: str | None = voiced
    for pattern, name in _edge_names(_SIGNOFFS, edge):
        if _SECTION_NAME.fullmatch(name):
            continue  # "Home | News | Teams | Verein": a menu's first item, not the site's name
        if pattern in _NEEDS_PROPER_NAME and _common_word(name) and not _heads_page(name, lines):
            continue  # "Digitales › Apps", "Der Grund ist ein Projekt ...", "ihre Kollegen."
        if _ROLE_NOUN.fullmatch(name):
            continue  # "© Seitenbetreiber", "Herausgeber": a role in place of the site's name
        if pattern is _BREADCRUMB and _menu_item(name, lines):
            continue  # "Kurse › Jugend" under "Start | Kurse | Verein": a section of the menu
        if pattern is _BREADCRUMB and _common_pair(name):
            continue  # "Freizeit & Tourismus › Parks": a section of two ordinary words
        if pattern is _COPYRIGHT and (title := _titled_copyright(name, lines)):
            return title
        if pattern is _COPYRIGHT and name.lower() in AGENCIES:
            # "© dpa-infocom, dpa:..." under agency copy credits the copy; the site republishing
            # it signs its own footer
            fallback = fallback or name
            continue
        if pattern in _NO_PERSON and _place_or_person(name):
            continue  # "Von: Anna Berger <...>", "Ihr Jonas vom Team" name people
        if _PERSON_LIKE.match(name) and not is_media_name(name) and _place_or_person(name):
            # "© Anna Berger" is more likely a photographer than the outlet
            fallback = fallback or name
            continue
        if name in gazetteer(CITIES_FILE):
            continue  # "Kempten – Nachrichten aus der Region" heads a section, not the outlet
        return _fuller_name(name, lines)
    for _, name in _edge_names(_MEDIA_SIGNOFFS, edge):
        if is_media_name(name):
            return _fuller_name(name, lines)
    if association := _association_masthead(lines):
        return association
    if medium := _medium_masthead(lines):
        return medium
    if confirmed := _confirmed_masthead(lines):
        return confirmed
    if owned := _owned_masthead(lines):
        return owned
    if caps := _caps_masthead(lines):
        return caps
    if voiced:
        return voiced
    return _press_office(lines) or _generic_outlet(lines) or fallback or header


# a menu row: three or more items set apart by bars or middle dots
_MENU_SPLIT = re.compile(r"\s+[|·•]\s+")
MENU_ITEMS = 3


def _menu_item(name: str, lines: list[str]) -> bool:
    """``name`` is an item of the page's menu row ("Start | Kurse & Reisen | Verein"): a
    breadcrumb that opens with it starts at a section, not at the site's home."""
    for line in lines:
        if name not in line:
            continue
        items = _MENU_SPLIT.split(line)
        if len(items) >= MENU_ITEMS and any(item.strip() == name for item in items):
            return True
    return False


# a masthead over its tagline after a dash, the tagline in running words ("Luvseite – Segeln,
# Surfen, Paddeln"); a menu row ("Finanzierungen | Exits | Köpfe") is no masthead
_DASH_MASTHEAD = re.compile(
    r"^(?P<name>" + NAME + r")\s+[–—]\s+(?=[^\n]*\s[a-zäöüß]{3,})[^\n]{3,80}$"
)


def _heads_page(name: str, lines: list[str]) -> bool:
    """True when the page's first line is ``name`` over its tagline ("Luvseite – Segeln und
    Surfen"): a one-word name that is also a German word ("Luvseite", "Kompass") is the
    site's when the page heads itself so and a sign-off names it again."""
    m = _DASH_MASTHEAD.match(lines[0]) if lines and lines[0].startswith(name) else None
    return m is not None and m.group("name").strip() == name


# the page's first line: a title over a tagline in running words after a dash, middle dot or bar
_TITLE_MASTHEAD = re.compile(
    r"^(?P<name>" + NAME + r")\s+[–—|·]\s+(?=[^\n]*\s[a-zäöüß]{3,})[^\n]{3,80}$"
)


# ... or over a list of what it offers ("Seebad Talheim – Hallenbad · Sauna · Kurse"): the
# copyright line naming the title after its company confirms it
_LISTED_MASTHEAD = re.compile(
    r"^(?P<name>" + NAME + r")\s+[–—|]\s+[A-ZÄÖÜ][\w-]+(?:\s+[·|,]\s+[A-ZÄÖÜ][\w-]+){1,6}$"
)


# ... or over a slogan of short capitalised sentences ("Vitaltreff Magazin · Fit. Frisch.
# Froh.")
_SLOGAN_SENTENCES_MASTHEAD = re.compile(
    r"^(?P<name>" + NAME + r")\s+[–—|·]\s+[A-ZÄÖÜ][\w-]+[.!](?:\s+[A-ZÄÖÜ][\w-]+[.!]){1,4}$"
)
# a word of a name that tells it apart: capitalised, four letters or more, not a generic word
# a company and its title may share by chance
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w-]{3,}")
_GENERIC_NAME_WORDS = frozenset(
    "Verlag Verlags Medien Media Gruppe Holding Service Services Deutschland Online Digital "
    "Magazin Zeitung News Nachrichten Verein Stiftung Stadt Gemeinde Kreis Landkreis".split()
)


def _brand_title(head: str, name: str) -> bool:
    """The masthead's title and the copyright's company open with the same brand word and
    each has a word of its own ("Fitpunkt Journal" / "Fitpunkt Studios GmbH"): a company of
    another trade and the publication it runs. A place closes such names ("Seebad Talheim" /
    "Gemeindewerke Talheim") and a company named by the shared word alone ("Kanzleibrief
    Ostermann" over "© Ostermann Verlagsgesellschaft") is the publisher: neither counts."""
    head_words, name_words = head.split(), name.split()
    first = head_words[0]
    return (
        len(head_words) > 1
        and len(name_words) > 1
        and first == name_words[0]
        and bool(_NAME_WORD.fullmatch(first))
        and first not in _GENERIC_NAME_WORDS
        and set(head_words) != set(name_words)
    )


def _tagline_names(tagline: str, name: str) -> bool:
    """The masthead's tagline opens with the copyright's company: the page heads itself with
    its title and the company that runs it."""
    return tagline.lstrip(" –—|·-").startswith(name + " ") or tagline.strip(" –—|·-") == name


def _titled_copyright(name: str, lines: list[str]) -> str | None:
    """The publication a copyright line names after its company, when the page's first line
    heads itself with that publication ("Kanzleibrief Ostermann – Mandanteninformationen"
    over "© 2027 Ostermann & Partner mbB · Kanzleibrief Ostermann · Impressum"): a client
    letter's or a newsletter's own title, not the company that owns it. The masthead's tagline
    may follow a middle dot or a bar ("Wabenblatt · Das Portal des Imkervereins"), and the
    copyright line may name the title after a dash or as the subject of its own sentence
    ("© Imkerverein Talheim e.V. · Wabenblatt erscheint viermal im Jahr")."""
    m = (
        (
            _TITLE_MASTHEAD.match(lines[0])
            or _LISTED_MASTHEAD.match(lines[0])
            or _SLOGAN_SENTENCES_MASTHEAD.match(lines[0])
        )
        if lines
        else None
    )
    head = _clean_name(m.group("name"), nominative=True) if m else None
    if not head or head == name or head.startswith(name) or len(head.split()) > 4:
        return None
    if _common_word(head) or _SECTION_NAME.fullmatch(head):
        return None
    if _initials_of(head, name):
        return None  # "HLR – Hallerland Rundfunk": the masthead's short form of the same name
    if _brand_title(head, name):
        return head  # the title opens with the company's brand: its publication
    if m and _tagline_names(m.group(0)[m.end("name") :], name):
        return head  # "Tierheim Talheim – Tierschutzverein Talheim e. V.": title – operator
    segment = re.compile(
        r"\s[·|–—]\s" + re.escape(head) + r"(?=\s[·|–—]\s|\s*$|\s+[a-zäöüß]{3,}\s)"
    )
    for line in lines[1:][-_TAIL:]:
        cm = _COPYRIGHT.search(line) if name in line else None
        if cm and segment.search(line, cm.start("name") + len(name)):
            return head
    return None


# an association's or charity's own site heads its pages with its registered name and a
# tagline: "Flussfreunde e.V. – Für saubere Bäche", "Tierhilfe Nord gGmbH | Gemeinsam helfen"
_ASSOCIATION_MASTHEAD = re.compile(
    r"^(?P<name>" + NAME + r")\s+" + _CHARITY_FORM + r"\s+[–—|·-]\s+[^.!?\n]{3,60}$"
)


# a masthead whose tagline says which medium it heads: "Feilkloben – Die Schülerzeitung der BBS
# Ostheim", "Kompass | Das Magazin für ...", "Luvseite – Dein Segelblog" (a one-word name that is
# also a German word is the site's too, when its tagline names it a paper, magazine or blog)
_MEDIUM_TAGLINE = re.compile(
    r"^(?P<name>"
    + NAME
    + _MASTHEAD_SUFFIX
    + r")\s+[–—|·]\s+(?:(?:Die|Das|Der|Dein|Deine|Ihr|Ihre|Eure?|Unser|Unsere)"
    r"\s+)?(?:[\w-]+\s+)?(?=[A-ZÄÖÜ])[\w-]*?(?:[Zz]eitung|[Zz]eitschrift|[Mm]agazin|[Bb]log|"
    r"[Nn]ewsletter|[Pp]odcast|[Ii]nfobrief|[Rr]undbrief)(?!\w)"
)


def _medium_masthead(lines: list[str]) -> str | None:
    """The name over a tagline that names the medium (:data:`_MEDIUM_TAGLINE`)."""
    m = _MEDIUM_TAGLINE.match(lines[0]) if lines and len(lines[0]) <= 100 else None
    name = _clean_name(m.group("name"), nominative=True) if m else None
    if not name or len(name.split()) > 4 or _SECTION_NAME.fullmatch(name):
        return None
    if _place_or_person(name) or name in gazetteer(CITIES_FILE):
        return None  # "Kempten – Die Zeitung der Region" heads a local edition
    return name


def _association_masthead(lines: list[str]) -> str | None:
    """The association named with its legal form in the page's first line."""
    m = _ASSOCIATION_MASTHEAD.match(lines[0]) if lines else None
    name = _clean_name(m.group("name"), nominative=True) if m else None
    return name if name and not _common_word(name) else None


# an organisation's own site heads its pages with its name and a slogan ("Seeklinik Hohenrain –
# Gesundheit am Wasser") and names itself again at the foot, with its legal form or on a
# social network ("Seeklinik Hohenrain gGmbH · Ein Haus der ...", "Seeklinik Hohenrain auf
# Instagram"): a name at both edges is the site's own
_SLOGAN_MASTHEAD = re.compile(r"^(?P<name>" + NAME + r")\s+[–—|·]\s+[^\n]{3,60}$")
_FOOT_SELF = (
    r"\s+(?:"
    + _LEGAL_FORM
    + r"(?:\s|$)|(?i:auf|bei)\s+(?:Facebook|Instagram|LinkedIn|YouTube|X|Mastodon|TikTok)\b)"
)


_FOOT_SAYS = r"\s+ist\s+(?:das|die|der|ein|eine)\s+[\w-]+\s+(?:der|des|von|für)\s"


# A bare name heading the page (alone on one of its first lines) that a line at its foot names
# with its publisher: "Kurvenblatt" ... "Kurvenblatt gehört zur Beispiel Verlags-GmbH © 2027",
# "... ist ein Angebot der Beispiel Medien GmbH"
_BARE_MASTHEAD = re.compile(r"^(?P<name>" + NAME + r")$")
_OWNED_BY = (
    r"\s+(?i:gehört\s+zu[rm]?|ist\s+(?:ein\s+(?:angebot|produkt|titel|portal)|teil))"
    r"\s+(?:der|des|dem|von)?\s*[^\n]{0,60}" + _LEGAL_FORM + r"\b"
)
BARE_MASTHEAD_LINES = 3


def _owned_masthead(lines: list[str]) -> str | None:
    """The bare masthead name its footer names with its publisher (see above)."""
    for line in lines[:BARE_MASTHEAD_LINES]:
        m = _BARE_MASTHEAD.match(line)
        name = _clean_name(m.group("name"), nominative=True) if m else None
        if not name or _common_word(name) or len(name.split()) > 4:
            continue
        owned = re.compile("^" + re.escape(line) + _OWNED_BY)
        if any(owned.match(other) for other in lines[1:][-_TAIL:]):
            return name
    return None


def _confirmed_masthead(lines: list[str]) -> str | None:
    """The first line's masthead name when a line at the page's foot names it again."""
    m = _SLOGAN_MASTHEAD.match(lines[0]) if lines else None
    name = _clean_name(m.group("name"), nominative=True) if m else None
    if not name or _common_word(name) or len(name.split()) > 4:
        return None
    foot = re.compile("^" + re.escape(m.group("name").strip()) + _FOOT_SELF) if m else None
    if foot and any(foot.match(line) for line in lines[1:][-_TAIL:]):
        return name
    # or says what the site is in a segment of the footer: "Impressum · Kontakt · Wabenblatt
    # ist das Portal des Imkervereins Talheim"
    said = re.compile(r"\s[·|]\s" + re.escape(m.group("name").strip()) + _FOOT_SAYS) if m else None
    if said and any(said.search(line) for line in lines[1:][-_TAIL:]):
        return name
    return None


# a masthead set in capitals over a tagline ("WERKBANK AKTUELL | Das Portal für ...",
# "STERNWARTE · Astronomie"), named again in its own spelling where the page speaks as itself:
# its newsroom, its social channels ("Leserbriefe an die Redaktion von Werkbank Aktuell",
# "Folgen Sie Sternwarte auf Mastodon"), someone speaking to it at a sentence's end ("sagte sie
# dem Bühnenblatt Elbtal."); the capitals alone may be a section or a slogan. The masthead may
# stand alone on its line ("BÜHNENBLATT ELBTAL") since the self-reference has to confirm it
_CAPS_MASTHEAD = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][A-ZÄÖÜß-]{2,}(?:\s+[A-ZÄÖÜ][A-ZÄÖÜß-]{2,}){0,3})(?:\s+[–—|·]\s+\S|\s*$)"
)
_PAGE_SELF = (
    r"(?:\b(?:redaktion|team|newsletter|podcast)\s+(?:von|der|des)\s+(?:NAME)\b|"
    r"\bfolgen\s+sie\s+(?:NAME)\s+(?:auf|bei|im)\b|"
    # someone told the masthead's name: "sagte sie dem Bühnenblatt", "im Gespräch mit der X"
    r"\b(?:sagte|sagten|erklärte|bestätigte|sagt)\s+(?:[\w-]+\s+){0,3}?(?:dem|der|gegenüber\s+(?:dem|der))\s+(?:NAME)(?=\s*[.,;]|$)|"
    r"\bim\s+gespräch\s+mit\s+(?:dem|der)\s+(?:NAME)\b|"
    r"\b(?:NAME)\s+(?:auf|bei|im)\s+(?:facebook|instagram|linkedin|youtube|mastodon|tiktok|"
    r"fediverse|bluesky|threads)\b)"
)


def _caps_masthead(lines: list[str]) -> str | None:
    """The first line's masthead in capitals, in the spelling the page speaks of itself in."""
    m = _CAPS_MASTHEAD.match(lines[0]) if lines else None
    if not m:
        return None
    caps = m.group("name")
    spelt = r"\s+".join(w[0] + "(?i:" + re.escape(w[1:]) + ")" for w in caps.split())
    self_ref = re.compile(_PAGE_SELF.replace("NAME", spelt), re.IGNORECASE)
    for line in lines[1:]:
        for hit in self_ref.finditer(line):
            name = next(
                (g for g in re.findall(spelt, hit.group(0)) if not g.isupper()),
                None,
            )
            if name and (cleaned := _clean_name(name, nominative=True)):
                return cleaned
    return None


# public bodies that run their own press pages, in the genitive after "der"/"des"
_PUBLIC_BODY = (
    r"(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Kreisstadt|Samtgemeinde|Verbandsgemeinde|"
    r"Landkreis(?:es)?|Kreis(?:es)?|Bezirk(?:s|es)?|Bezirksamt(?:s|es)?|Landratsamt(?:s|es)?|"
    r"Kreisverwaltung|Stadtverwaltung|Bezirksregierung|Regierungspräsidium(?:s)?|"
    r"(?:Technischen\s+|Freien\s+)?Universität|Hochschule|Fachhochschule|Universitätsklinikum(?:s)?|"
    r"Klinikum(?:s)?|Ministerium(?:s)?|Staatsministerium(?:s)?|Senatsverwaltung|Staatskanzlei|"
    r"Polizeipräsidium(?:s)?|Polizeidirektion|Polizeiinspektion|Landesamt(?:s|es)?|"
    r"Bundesamt(?:s|es)?|Landtag(?:s|es)?)"
)
# a press office naming the body it speaks for, as a line of its own: "Pressestelle des
# Landkreises Musterland", "Presse- und Öffentlichkeitsarbeit der Stadt Ebersmark · Tel. ..."
_PRESS_OFFICE = re.compile(
    r"^(?i:(?:presse|medien)(?:stelle|referat|büro|abteilung)|presse-\s+und\s+öffentlichkeitsarbeit|"
    r"(?:stabsstelle\s+|abteilung\s+|referat\s+)?(?:kommunikation|öffentlichkeitsarbeit|"
    r"hochschulkommunikation|unternehmenskommunikation)(?:\s+und\s+(?:presse|marketing|medien))?)"
    r"\s+(?:der|des)\s+(?P<body>"
    + _PUBLIC_BODY
    + r")\s+(?P<rest>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})\s*(?:[·|,–—:(]|$)"
)
_BODY_GENITIVE = re.compile(
    r"(?:(?<=amt)es|(?<=kreis)es|(?<=bezirk)e?s|(?<=um)s|(?<=tag)e?s|(?<=amt)s)$"
)


def _press_office(lines: list[str]) -> str | None:
    """The public body whose press office signs the page, in the name form ("des Landkreises
    Musterland" -> "Landkreis Musterland", "der Technischen Universität X" -> "Technische
    Universität X")."""
    for line in lines[:_HEAD] + lines[-_TAIL:]:
        if len(line) > 160 or not (m := _PRESS_OFFICE.match(line)):
            continue
        words = m.group("body").split()
        words[-1] = _BODY_GENITIVE.sub("", words[-1])
        if len(words) == 2 and words[0].endswith("en"):
            words[0] = words[0][:-1]  # "Technischen Universität" -> "Technische"
        name = " ".join([*words, m.group("rest")])
        if not _cited_anywhere(name, lines):
            return name
    return None


# a call to the reader read into a name ("Folgen Sie X auf allen Kanälen" gives "Folgen Sie
# X"): no outlet's name has the reader's pronoun before the short name
_CALL_PRONOUN = re.compile(r"\b(?:Sie|du|dich|euch)\b")


def _fuller_name(name: str, lines: list[str]) -> str:
    """The page's fuller name of a sign-off's short one: "© Hellweg Medienhaus" (a publisher,
    "Hellweg" once its company word is off) under a masthead "Hellweg Rundschau", "Ihr Echo"
    under "Weserland Echo": the name the furniture signals find, when it starts or ends with
    the short name."""
    fuller = _generic_outlet(lines)
    if (
        fuller
        and fuller != name
        and (fuller.startswith(name + " ") or fuller.endswith(" " + name))
        and not _PRODUCT_WORD.search(fuller)
        and not _PUBLISHER_WORD.match(fuller)
        and not _COMPANY_WORD.search(fuller)
        and not _CALL_PRONOUN.search(fuller)
    ):
        return fuller
    # the page's first line, a masthead with its tagline ("Elbtal Aktuell – Nachrichten aus
    # dem Kreis"), spells out a sign-off's short name ("© Elbtal")
    m = _TAGLINE_MASTHEAD.match(lines[0]) if lines else None
    head = _clean_name(m.group("name"), nominative=True) if m else None
    if head and head.startswith(name + " ") and len(head.split()) <= 4:
        return head
    # ... or shows the brand alone where the copyright names its company after it ("SPÄTBLATT
    # · ..." over "© Spätblatt Interaktiv GmbH"): the brand is the outlet
    if head and name.lower().startswith(head.lower() + " ") and _company_named(name, lines):
        return head
    # ... or spells it as the page's own domain, the brand alone ("tagesrund.de | Startseite"
    # over "© Tagesrund Digital GmbH"): the brand is the outlet, the company runs it
    if (
        fuller
        and name.startswith(fuller + " ")
        and _company_named(name, lines)
        and _domain_outlet(lines, _contact_lines(lines)) == fuller
    ):
        return fuller
    # ... or heads a menu of sections ("KAMMERTON ONLINE · Oper · Konzert" over "© Kammerton
    # Verlag"): the masthead's name with a web-edition word is the outlet
    m = _MENU_MASTHEAD.match(lines[0]) if lines else None
    menu_head = _clean_name(m.group("name"), nominative=True) if m else None
    if menu_head and menu_head.lower().startswith(name.lower() + " "):
        added = menu_head[len(name) + 1 :]
        if _EDITION_WORD.fullmatch(added):
            return name + " " + (added.capitalize() if added.isupper() else added)
    return name


# a masthead over its section menu: "<Name> · Oper · Konzert · Klassik"
_MENU_MASTHEAD = re.compile(
    r"^(?P<name>" + NAME + r")\s+[·|]\s+[A-ZÄÖÜ][\w-]+(?:\s+[·|]\s+[A-ZÄÖÜ][\w-]+)+\s*$"
)
# the word a web edition adds to the publisher's name: "<Name> Online", "<Name> Digital"
_EDITION_WORD = re.compile(r"(?i:online|digital|aktuell|news|magazin)")


# the publisher's or the newsroom's word before the outlet's name ("Verlag Kesselbacher Bote",
# "Redaktion Talblick Online"): the house, not a fuller name of the outlet
_PUBLISHER_WORD = re.compile(
    r"(?:Verlag|Verlagshaus|Verlagsgruppe|Mediengruppe|Medienhaus|Redaktion|Lokalredaktion)\s"
)


# ... or the company's word after it ("Tal TV Fernsehgesellschaft" of the footer's "Tal TV
# Fernsehgesellschaft mbH"): the company behind the outlet, not a fuller name of it
_COMPANY_WORD = re.compile(
    r"\s[A-ZÄÖÜ][\w-]*(?:gesellschaft|verlag|holding|gruppe|medienhaus)$|\s(?:Verlag|Holding)$"
)


# a product of the outlet named after it: "<Outlet> Daily" (a newsletter), "<Outlet> Plus"
_PRODUCT_WORD = re.compile(
    r"\s(?:Daily|Weekly|Morning|Briefing|Update|Newsletter|Podcast|Premium|Plus|Gold|Pur|Forum|Shop)$"
)


def _company_named(name: str, lines: list[str]) -> bool:
    """True when the page writes the name with a legal form after it ("X Digital GmbH")."""
    pattern = re.compile(re.escape(name) + r"\s+" + _LEGAL_FORM)
    return any(pattern.search(line) for line in lines)


_TAGLINE_MASTHEAD = re.compile(r"^(?P<name>" + NAME + r")\s+[–—·|]\s+[A-ZÄÖÜ]?[a-zäöüß]+\s+[\w„]")


_SELF_DESCRIBING = (_SELF_DESCRIPTION, _IN_MEDIA_GROUP)


def _edge_names(
    patterns: Iterable[re.Pattern[str]], edge: list[str]
) -> Iterator[tuple[re.Pattern[str], str]]:
    """(pattern, cleaned name) the patterns find in the edge lines, pattern by pattern, in
    line order."""
    for pattern in patterns:
        for line in edge:
            if len(line) > 300 or _CREDIT_START.match(line):
                continue
            m = pattern.search(line)
            if m and pattern in _SELF_DESCRIBING and not _describes_a_medium(m):
                continue
            # a name opening the line or after "©" is in the nominative: no inflection to undo
            # ("© 2027 Fellnasen Journal" is no inflected "Fellnases Journal")
            nominative = m is not None and (m.start("name") == 0 or pattern is _COPYRIGHT)
            if m and (name := _clean_name(m.group("name"), nominative=nominative)):
                yield pattern, name


# --- signals that need no known phrasing --------------------------------------------------
# A page names its outlet where it talks about itself: its own domain and e-mail addresses,
# and the lines around the text (masthead, copyright, app, newsletter, subscription, legal
# links). The signals below read those places in any wording; a name a cite introduces ("laut
# X", "wie X berichtete") or an organisation in a press release's contact or "about" block is
# someone else's, and is never the outlet.

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e"})
# platforms a page links to: their domains name no outlet ("Tonspur auf Spotify")
_PLATFORMS = frozenset(
    "facebook instagram twitter x youtube youtu tiktok linkedin xing whatsapp telegram threads "
    "bsky mastodon social spotify apple google amazon deezer soundcloud podigee paypal steady "
    "steadyhq patreon github wikipedia gmail gmx web t-online outlook icloud".split()
)
# a cite in front of or after a name: "laut X", "wie X berichtete", "Quelle: X", "X zufolge"
_CITE_BEFORE = re.compile(
    r"(?i:\b(?:laut|lt\.|zufolge|berichtet(?:e|en)?|berichten|meldet(?:e|en)?|schreibt|schrieb|"
    r"zitiert(?:e)?|gegenüber|quellen?|via|unter\s+berufung\s+auf|erschienen\s+(?:bei|in|im|auf)|"
    r"according\s+to|reported\s+by|told|source|sagte|sagten|erklärte|nach\s+angaben|"
    r"nach\s+informationen|recherchen|wie|(?:bericht|artikel|beitrag|meldung|material|inhalt|"
    r"original-?inhalt|text)\w*\s+(?:von|vom|des|der|bei|beim|auf|aus|im|in))\b)"
    r"[\s:„\"'(]*(?:(?:der|die|das|dem|den|des|the)\s+)?"
    # (reporting *for* X is working for it: "berichtet für Rechenkern über KI")
    r"(?:(?!für\b|for\b)[\w.-]+\s+){0,2}$"
)
_CITE_AFTER = re.compile(
    r"^[\s\"“”')]*(?i:zufolge|berichtet(?:e|en)?|meldet(?:e|en)?|schreibt|schrieb|zitiert(?:e)?|"
    r"reported|reports|wrote|hatte\s+(?:zuerst\s+)?berichtet|(?:zuerst\s+)?berichtet\s+hatte)\b"
)
# a press release's block about, or for contacting, the organisation behind it
_CONTACT_LABEL = re.compile(
    r"^(?i:(?:über|about)\s+(?!uns\b|us\b)\S|(?:presse|medien|firmen|unternehmens|media)?kontakt\b|"
    r"ansprechpartner\w*|(?:für\s+)?rückfragen|pressestelle\s*:|media\s+contact|press\s+contact)"
)
# lines a contact block runs after its label: a name, a role, street, town, phone, mail, web
_CONTACT_SPAN = 6
# a line of page furniture: segmented, a copyright, or naming what a page offers besides text
_SEGMENTED = re.compile(r"\s[·|»›/]\s|©|\(c\)", re.IGNORECASE)
# a masthead or label line: a dash between short parts and no sentence end
_DASHED = re.compile(r"^(?:[^.!?]|\.(?=\w)){1,40}\s[–—]\s[^.!?]{1,70}$")
_FURNITURE_CUE = re.compile(
    r"(?i:\b(?:app|apps|newsletter|abo|abos|abonnieren|abonnement|e-?paper|podcasts?|impressum|"
    r"datenschutz\w*|mediadaten|kontakt|cookies?|anzeige|werbung|push|teilen|folgen|follow|"
    r"startseite|archiv|redaktion|copyright|rechte|vorbehalten|reserved|herausgeber|verlag|"
    r"\w*formulare?n?)\b)"
)
_READER = re.compile(r"\b(?:Sie|Ihnen|Ihre?[nmrs]?)\b")
_HEAD, _TAIL = 6, 12  # edge lines, as in find_outlet
_MAX_FURNITURE = 120  # characters: a longer line is prose


def _letters(text: str) -> str:
    """Lower-case letters and digits, umlauts written out: "Lindenbrück" -> "lindenbrueck"."""
    return re.sub(r"[^a-z0-9]", "", text.lower().translate(_TRANSLIT))


def _domain_label(host: str) -> str | None:
    """The registered name of a host: "www.kreisblatt-wetterau.de" -> "kreisblatt-wetterau"."""
    labels = host.lower().split(".")
    labels = labels[:-2] if host.lower().endswith(".co.uk") else labels[:-1]
    if not labels or labels[-1] in _PLATFORMS:
        return None
    return labels[-1]


def _part_match(part: str, word: str) -> bool:
    """A domain part and a word of a name spell the same stem: "wetterau" / "wetterauer",
    "portal" / "stadtportal" (the head of a compound), "hunsrueck" / "hunsruecker", and
    "hochland" / "hochlaender" (an umlaut of the derived word, written out or dropped)."""
    return any(_stem_match(part, w) for w in {word, word.replace("ae", "a").replace("oe", "o")})


def _stem_match(part: str, word: str) -> bool:
    if part == word:
        return True
    if (
        min(len(part), len(word)) >= 4
        and abs(len(part) - len(word)) <= 3
        and (word.startswith(part) or part.startswith(word))
    ):
        return True
    return len(part) >= 4 and len(word) > len(part) and word.endswith(part)


def _matches_domain(name: str, label: str) -> int:
    """How a name spells the domain's label, in any word order: 2 when every part of the label
    is a word of the name and every word of the name a part of the label, 1 when one word is
    written as its initials ("lk-ostheide" for "Landkreis Ostheide"), else 0."""
    words = [_letters(w) for w in re.split(r"[\s-]+", name)]
    words = [w for w in words if w and w not in {"der", "die", "das", "the"}]
    parts = [p for p in (_letters(x) for x in label.split("-")) if p]
    if not words or not parts or len("".join(parts)) < 5:
        return 0
    joined = "".join(parts)
    if "".join(words) == joined or (len(words) == 2 and words[1] + words[0] == joined):
        return 2
    spelled = [any(_part_match(p, w) for w in words) for p in parts]
    rest = [w for w in words if not any(_part_match(p, w) for p in parts)]
    if all(spelled) and not rest:
        return 2
    # one word shortened to its initials beside the others spelled out: "lk-ostheide" for
    # "Landkreis Ostheide", "stadt-ma" is not enough (every other part must be spelled)
    if len(parts) != len(words) or len(parts) < 2 or len(rest) != 1:
        return 0
    short = [p for p, ok in zip(parts, spelled, strict=True) if not ok]
    return int(len(short) == 1 and 2 <= len(short[0]) <= 3 and _abbreviates(short[0], rest[0]))


def _initials_of(head: str, name: str) -> bool:
    """``head`` is a short form in capitals of ``name``, of two words or more: "HLR" of
    "Hallerland Rundfunk", "SWK" of "Südwest Kurier" (its first letter, the others in order)."""
    words = name.split()
    if len(words) < 2 or not (head.isupper() and head.isalpha() and 2 <= len(head) <= 5):
        return False
    return _abbreviates(head.lower(), "".join(words).lower())


def _abbreviates(short: str, word: str) -> bool:
    """Letters that abbreviate a (compound) word: its first letter, then the rest in order
    ("lk" / "landkreis", "vg" / "verbandsgemeinde")."""
    if len(word) < 2 * len(short) or short[0] != word[0]:
        return False
    pos = 1
    for c in short[1:]:
        pos = word.find(c, pos) + 1
        if not pos:
            return False
    return True


def _cited_at(line: str, start: int, end: int) -> bool:
    return bool(_CITE_BEFORE.search(line[:start]) or _CITE_AFTER.match(line[end:]))


def _cited_anywhere(name: str, lines: list[str]) -> bool:
    """The text cites the name somewhere: a source, never the page's own outlet."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?!\w)")
    return any(_cited_at(ln, m.start(), m.end()) for ln in lines for m in pattern.finditer(ln))


# a statement given to a medium: "sagte dem Boten", "erklärte sie gegenüber der Zeitung"
_TOLD_BEFORE = re.compile(
    r"(?i:\b(?:sagte|sagten|erklärte|erklärten|gegenüber|told)\b)"
    r"[\s:„\"'(]*(?:(?:der|die|das|dem|den|des|the)\s+)?(?:[\w.-]+\s+){0,2}$"
)


def _only_told(name: str, lines: list[str]) -> bool:
    """Every place the text cites the name is a statement given to it (see _TOLD_BEFORE)."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?!\w)")
    return all(
        _TOLD_BEFORE.search(ln[: m.start()]) and not _CITE_AFTER.match(ln[m.end() :])
        for ln in lines
        for m in pattern.finditer(ln)
        if _cited_at(ln, m.start(), m.end())
    )


def _contact_lines(lines: list[str]) -> set[int]:
    """Indices of lines in a press release's contact or "about the company" block."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if _CONTACT_LABEL.match(line):
            out.update(range(i, min(len(lines), i + _CONTACT_SPAN + 1)))
    return out


def _is_furniture(line: str) -> bool:
    """A line of page furniture: short, and segmented, a copyright, a dashed masthead or label,
    or a furniture word in a line that is short or talks to the reader ("Teilen über X ist
    möglich" is a sentence of prose)."""
    if len(line) > _MAX_FURNITURE:
        return False
    if _SEGMENTED.search(line) or _DASHED.match(line):
        return True
    return bool(_FURNITURE_CUE.search(line)) and (
        len(line.split()) <= 8 or bool(_OWN_VOICE.search(line) or _READER.search(line))
    )


def _name_spans(line: str) -> Iterator[tuple[int, int, str]]:
    """Runs of 1-4 capitalised words in a line (hyphens and digits allowed)."""
    tokens = list(re.finditer(r"[A-ZÄÖÜ0-9][\wÄÖÜäöüß&'’-]*(?:\.[a-z]{2,4}\b)?", line))
    for i, first in enumerate(tokens):
        for j in range(i, min(len(tokens), i + 4)):
            if j > i and line[tokens[j - 1].end() : tokens[j].start()] != " ":
                break
            yield first.start(), tokens[j].end(), line[first.start() : tokens[j].end()]


_LABELS_ONLY = re.compile(r"(?:(?i:" + _FOOTER_LINKS + "|" + _SECTIONS + r")(?:[\s/&-]+|$))+")


def _proper(name: str, line: str, start: int) -> bool:
    """A name that can be an outlet's: no place, person or ordinary word."""
    if name in gazetteer(CITIES_FILE) or _place_or_person(name):
        return False
    before = line[:start].split()
    if before and before[-1] in gazetteer(FIRSTNAMES_FILE):
        return False  # "Anna Berger": a person's surname
    if " " not in name and "-" not in name and not any(c.isdigit() for c in name):
        import simplemma

        if simplemma.is_known(name, lang="de") or name.lower() in AGENCIES:
            return False
    first, _, rest = name.partition(" ")
    if rest and rest[0].islower():
        import simplemma

        if MEDIA_WORDS.fullmatch(first.split("-")[-1]) or simplemma.is_known(first, lang="de"):
            # a description: "Nachrichten für Baden-Württemberg", "Redaktion der Tagesschau"
            return False
    # a section or a footer link ("Lokales", "Impressum"), not a name
    return not _LABELS_ONLY.fullmatch(name)


# an ad or a sponsor's message: the domains in it are the advertiser's
_AD_LINE = re.compile(
    r"(?i:\b(?:anzeige|werbung|sponsor\w*|gesponsert|unterstützt\s+(?:von|durch|das|die|der|den)|"
    r"präsentiert\s+von|mit\s+freundlicher\s+unterstützung|advertisement|sponsored|promoted|"
    r"in\s+kooperation\s+mit|partnerangebot)\b)"
)


def _domain_outlet(lines: list[str], contact: set[int]) -> str | None:
    """The name in the text that spells one of the page's own domains or e-mail domains."""
    labels: set[str] = set()
    for line in lines:
        domains = list(DOMAIN.finditer(line)) if "." in line else []
        if not domains or _AD_LINE.search(line):
            continue  # none, or an advertiser's or sponsor's ("Probefahrt unter autohaus-x.de")
        for m in domains:
            label = _domain_label(m.group(1))
            if label and not _cited_at(line, m.start(), m.end()):
                labels.add(label)
    if not labels:
        return None
    # name -> (written as the domain, furniture lines outside contact blocks, all lines)
    found: dict[str, tuple[bool, int, int]] = {}
    for i, line in enumerate(lines):
        if len(line) > 300 or _CREDIT_START.match(line):
            continue
        for start, end, span in _name_spans(line):
            if _cited_at(line, start, end) or _strip_lead(line, start, span)[0] != start:
                continue  # a cite, or a span opening with an article or label ("Die X")
            if DOMAIN.fullmatch(span):
                # the brand written as its domain: "Infohappen.net – Nachrichten ..."
                brand = _domain_label(span) in labels
                name: str | None = span if brand else None
            else:
                brand = False
                name = _clean_name(span, nominative=start == 0)
                # initials are weaker: the name must open a segmented line (the site's
                # bar: "Landkreis X · Bürgerservice · Politik") or follow a copyright sign; a
                # company's "kv-westpfalz.de" under its own headline in a press release is not
                # the page's
                spelled = max(_matches_domain(name, label) for label in labels) if name else 2
                if spelled == 0 or (
                    spelled == 1
                    and not (
                        (start == 0 and _SEGMENTED.search(line))
                        or _OWNER_BEFORE.search(line[:start])
                    )
                ):
                    name = None
            if name is None or not _proper(name, line, start):
                continue
            own = i not in contact and _is_furniture(line)
            _, a, t = found.get(name, (False, 0, 0))
            found[name] = (brand, a + own, t + 1)
    best = [(brand, own, t, len(n), n) for n, (brand, own, t) in found.items() if own]
    return max(best)[4] if best else None


# words a run of capitalised words can start with that are no part of a name: "Copyright 2027
# Kreisblatt", "Keine Nachrichten", "Die Alpenland Post"
_LEAD_WORDS = re.compile(
    r"^(?:(?i:der|die|das|dem|den|des|the|ein|eine|keine|kein|alle|mehr|weitere|neue|aktuelle|"
    r"unsere[mnrs]?|unser|ihre[mnrs]?|ihr|eure[mnrs]?|deine[mnrs]?|seine[mnrs]?|copyright|jetzt|"
    r"hier|auch)|\d+|©)\s+"
)
# prepositions and verbs that stand before a name; another lower-case word ending like an
# adjective makes the name a common noun phrase ("die wichtigsten KI-News")
_NOT_ADJECTIVE = frozenset(
    "gegen unter über hinter neben zwischen seit ohne entlang wegen trotz während innerhalb "
    "außerhalb oben unten folgen lesen hören sehen finden abonnieren".split()
)


def _strip_lead(line: str, start: int, raw: str) -> tuple[int, str]:
    """The name without the label, article or year before it, and where it starts."""
    while m := _LEAD_WORDS.match(raw):
        start, raw = start + m.end(), raw[m.end() :]
    # a counted noun opens no name: "12 Ausgaben Hufschlag Journal", "3 Monate Tagblatt Plus"
    if start and line[:start].rstrip()[-1:].isdigit() and (c := _COUNTED.match(raw)):
        start, raw = start + c.end(), raw[c.end() :]
    return start, raw


# a plural noun after a number, before the name it counts
_COUNTED = re.compile(
    r"(?:Ausgaben|Hefte|Monate|Wochen|Jahre|Tage|Exemplare|Folgen|Nummern|Issues|Months|Weeks)\s+"
)


def _is_label(line: str, start: int, end: int) -> bool:
    """A name opening the line as a label: an interviewer ("Morgenlage: Und die Löhne?"), a
    source or a speaker, never a masthead."""
    return start == 0 and line[end:].lstrip().startswith(":")


def _adjective_before(line: str, start: int) -> bool:
    before = line[:start].split()
    if not before:
        return False
    word = before[-1]
    return (
        word.islower()
        and len(word) >= 4
        and word not in _NOT_ADJECTIVE
        and bool(re.search(r"(?:en|ste|ster|stes|ige|iges|ische|isches)$", word))
    )


def _furniture_names(lines: list[str], indices: list[int]) -> Iterator[tuple[str, str, bool, bool]]:
    """Candidate names in the given furniture lines (credit lines skipped), as (the name as
    written, the name with an offer stripped: "Abendpost-App" -> "Abendpost", whether an offer
    was stripped, whether the name stands in an owner's place: opening the line, after a
    copyright sign or a possessive, or in front of an offer). Names the line cites, adjectives,
    labels, names of more than four words and improper names are left out."""
    for i in indices:
        line = lines[i]
        if _CREDIT_START.match(line):
            continue
        for m in re.finditer(NAME, line):
            start, raw = _strip_lead(line, m.start(), m.group(0))
            if not raw or _cited_at(line, start, m.end()) or _adjective_before(line, start):
                continue
            if _is_label(line, start, m.end()):
                continue
            full = _clean_name(raw, nominative=start == 0)
            if not full or len(full.split()) > 4:
                continue
            compound = _OWNER_COMPOUND.match(full)
            name = compound.group("name") if compound else full
            if not _proper(name, line, start) or _SECTION_NAME.fullmatch(name):
                continue  # "Trending now" in the menu and over a list is a section, no owner
            owner_place = bool(compound or m.start() == 0 or _OWNER_BEFORE.search(line[:start]))
            yield full, name, bool(compound), owner_place


# a line that names the page's partners or sponsors: "Partner: Radio X · Brauerei Y",
# "Präsentiert von Radio X – ...", "Medienpartner: ..."; a medium named there is a sponsor
_SPONSOR_LINE = re.compile(
    r"^\W*(?:(?:unsere\s+)?(?:medien|kooperations|haupt|premium)?partner(?:innen|in)?\b"
    r"|(?:haupt)?sponsor(?:en|in|innen)?\b|förderer\b|(?:präsentiert|unterstützt|gefördert|"
    r"gesponsert)\s+(?:von|durch)\b|in\s+kooperation\s+mit\b|mit\s+freundlicher\s+"
    r"unterstützung\b)",
    re.IGNORECASE,
)


def _media_outlet(lines: list[str], contact: set[int]) -> str | None:
    """A name of a medium's shape ("... Kreisblatt", "Radio ...") in the page's furniture at its
    head or tail, that the text never cites: the most frequent one. A line that names the
    page's partners or sponsors does not count."""
    n = len(lines)
    edge = set(range(min(n, _HEAD))) | set(range(max(0, n - _TAIL), n))
    counts: dict[str, int] = {}
    placed: set[str] = set()  # seen where an owner stands (see _owner_outlet)
    indices = [
        i
        for i in sorted(edge - contact)
        if _is_furniture(lines[i]) and not _SPONSOR_LINE.match(lines[i])
    ]
    for full, name, _, owner_place in _furniture_names(lines, indices):
        if full.lower() in AGENCIES or not is_media_name(name) or DOMAIN.fullmatch(name):
            continue
        counts[name] = counts.get(name, 0) + 1
        if owner_place:
            placed.add(name)
    if not counts:
        return None
    for short in list(counts):
        # a short form supports the full name it ends: "Abendpost" -> "Uckermark Abendpost"
        longer = [c for c in counts if c != short and c.endswith(" " + short)]
        if len(longer) == 1:
            counts[longer[0]] += counts.pop(short)
            if short in placed:
                placed.add(longer[0])
    for name in counts:
        # a medium the text cites anywhere is a source, not the page; a statement given to a
        # name the page's furniture repeats, or names in an owner's place ("Der Bote gehört
        # zur ..."), is given to the page ("sagte dem Boten")
        if _cited_anywhere(name, lines) and not (
            (counts[name] > 1 or name in placed) and _only_told(name, lines)
        ):
            counts[name] = -1
    # once, a medium's name may stand in a list of links; the owner's stands in an owner's
    # place or comes back
    best = sorted(
        (
            (c, len(name), name)
            for name, c in counts.items()
            if c > 1 or (c == 1 and name in placed)
        ),
        reverse=True,
    )
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None  # two media names as often: no owner
    return best[0][2]


# what a page offers under its own name: "die Abendpost-App", "den Rechenkern-Newsletter"
_OWNER_COMPOUND = re.compile(
    r"^(?P<name>.+?)-(?i:app|newsletter|abo|podcast|redaktion|team|plus|e-?paper|shop|club|"
    r"leser\w*|community|konto|account|push|kanal|digest|briefing|ticker|liveblog|mediathek|feed)$"
)
# the owner's place before a name: "© 2027 X", "Copyright X", a possessive ("Ihr X", "Euer
# X"), or the genitive of something the page offers ("die Redaktion des X", "Rechte bei X",
# "die Lokalnachrichten vom X")
_OWNER_BEFORE = re.compile(
    r"(?i:(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?|\b(?:ihr|ihre|dein|deine|euer|eure|your)\s+|"
    r"\b\w*(?:redaktion|team|nachrichten|news|newsletter|app|abo|podcast|paper|rechte|angebot|"
    r"ausgabe|kanal|formular|leser\w*)\s+(?:des|der|vom|von\s+der|von|bei|beim|im|of|from)\s+)$"
)


_QUOTED = re.compile(r"[„“”\"»«]|\b(?:sagte|sagt|sagten|erklärte|betonte|so)\b")


def _speaks_as_page(line: str) -> bool:
    """Furniture, or the page's own voice outside quotes: "X ist werbefrei. Unterstütze uns"."""
    if _is_furniture(line):
        return True
    return len(line) <= 2 * _MAX_FURNITURE and bool(
        _OWN_VOICE.search(line) and not _QUOTED.search(line)
    )


def _owner_outlet(lines: list[str], contact: set[int]) -> str | None:
    """The name the page's head and tail furniture (or lines in its own voice) both repeat, at
    least once where an owner stands: opening a line (masthead, breadcrumb, "X ist werbefrei"),
    after a copyright sign, or in front of what the page offers ("X-App", "X-Newsletter")."""
    n = len(lines)
    head = [i for i in range(min(n, _HEAD)) if i not in contact]
    tail = [i for i in range(max(0, n - _TAIL), n) if i not in contact]
    furniture = [i for i in sorted(set(head) | set(tail)) if _speaks_as_page(lines[i])]
    runs: dict[str, bool] = {}  # candidate -> seen as a name of its own (not only in a compound)
    owner: set[str] = set()
    for full, name, compound, owner_place in _furniture_names(lines, furniture):
        if DOMAIN.fullmatch(full):
            continue
        runs[name] = runs.get(name, False) or not compound
        if owner_place:
            owner.add(name)
    scored: list[tuple[int, int, str]] = []
    for name in runs:
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w])")
        where = [i for i in furniture if pattern.search(lines[i])]
        if len(where) < 2 or not any(i in head for i in where) or not any(i in tail for i in where):
            continue
        if not any(o == name or pattern.search(o) for o in owner):
            continue
        if not any(_is_furniture(lines[i]) for i in where):
            continue  # lines in the page's voice alone are prose that may quote someone
        scored.append((len(where), len(name), name))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][2] not in scored[1][2]:
        return None  # two names as often, neither part of the other: no owner
    best = scored[0][2]
    if not runs[best]:
        # only seen inside compounds ("Abendpost-App"): the full name that ends or starts with it
        longer = [r for r in runs if r != best and runs[r] and best in r.split()]
        return max(longer, key=len) if longer else None
    return best


_NAME_RE = re.compile(NAME)
# a date in a masthead line: "Dienstag, 9. März 2027", "09.03.2027", "2027-03-09", "March 9, 2027"
_LINE_DATE = re.compile(
    r"\b\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[A-ZÄÖÜa-zäöü]{3,}\.?\s+\d{4})\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b"
)
_SEGMENT_SEP = re.compile(r"\s+[·|•]\s+")
# the info line of a video or audio clip: "Video · 3:42 Min. · 18.11.2026 · Abendschau Nord"
# (the name in it is the programme's, not the page's)
_CLIP_INFO = re.compile(
    r"^\W*(?i:video|audio|clip|podcast|sendung|beitrag)\s*[·|•]|\b\d{1,3}:\d{2}\s*(?i:min\b|minuten)"
)


def _dated_masthead(lines: list[str], contact: set[int]) -> str | None:
    """A medium's name that fills a whole segment of a segmented head line carrying the date,
    the page's masthead in any order ("E-Paper · Musterstädter Anzeiger · Ausgabe Nord ·
    Montag, 3. Mai 2027", "3. Mai 2027 | Musterstädter Anzeiger | Lokales"): one such name only."""
    for i in range(min(len(lines), _HEAD)):
        line = lines[i]
        if (
            i in contact
            or len(line) > _MAX_FURNITURE
            or ("·" not in line and "|" not in line and "•" not in line)
            or not _LINE_DATE.search(line)
            or _CLIP_INFO.search(line)
        ):
            continue
        segments = [seg.strip() for seg in _SEGMENT_SEP.split(line)]
        if len(segments) < 3:
            continue
        names: set[str] = set()
        for seg in segments:
            if not _NAME_RE.fullmatch(seg) or _LINE_DATE.search(seg):
                continue
            name = _clean_name(seg, nominative=True)
            if (
                name
                and is_media_name(name)
                and name.lower() not in AGENCIES
                and not DOMAIN.fullmatch(name)
                and _proper(name, seg, 0)
            ):
                names.add(name)
        if len(names) == 1:
            return names.pop()
    return None


# a page title as a browser shows it: the headline and the site's name ("Brücke gesperrt |
# Musterstädter Anzeiger", "Musterportal – Brücke gesperrt")
_TITLE_SEPS = (" | ", " – ", " — ", " - ", " :: ", " » ")
_TITLE_SEP = re.compile(r"\s+(?:\||–|—|-|::|»)\s+")


def _norm_line(line: str) -> str:
    return " ".join(line.casefold().split()).strip(" .:!?")


def _title_outlet(lines: list[str], contact: set[int]) -> str | None:
    """The site's name beside a repeated headline in the head: a line that is another head
    line (the headline) plus one separator and a name, as page titles are written."""
    head = lines[:8]
    seen: set[str] | None = None
    for i, line in enumerate(head):
        if i in contact or len(line) > 200 or not any(sep in line for sep in _TITLE_SEPS):
            continue
        parts = _TITLE_SEP.split(line)
        if len(parts) != 2:
            continue
        for title, raw in (parts, parts[::-1]):
            if len(raw) > 60 or not _NAME_RE.fullmatch(raw) or len(raw.split()) > 4:
                continue
            if seen is None:
                seen = {_norm_line(ln) for ln in head}
            if (
                len(title.split()) < 3
                or _norm_line(title) not in seen
                or _norm_line(title) == _norm_line(line)
            ):
                continue
            name = _clean_name(raw, nominative=True)
            if (
                name
                and name.lower() not in AGENCIES
                and _proper(name, raw, 0)
                and not _common_word(name)
            ):
                return name
    return None


# a photo by the page's own staff: a medium's name and the photographer's initials, the credit
# closing a caption or standing alone ("Foto: Musterstädter Anzeiger / kl")
_STAFF_CREDIT = re.compile(
    r"(?:^|[.!?]\s+|\s[|·]\s)(?i:bild|foto|fotos|photo|aufnahme)\s*:\s*(?P<name>"
    + NAME
    + r")\s*/\s*[a-zäöü]{2,4}\s*$"
)


def _staff_credit_outlet(lines: list[str], contact: set[int]) -> str | None:
    """A medium's name crediting a photo with a staff member's initials; a name only agencies
    carry (dpa, Reuters) is a photo source, not the page."""
    for i, line in enumerate(lines):
        if i in contact or len(line) > 300 or "/" not in line:
            continue
        m = _STAFF_CREDIT.search(line)
        if not m:
            continue
        name = _clean_name(m.group("name"), nominative=True)
        if name and name.lower() not in AGENCIES and is_media_name(name):
            return name
    return None


def _generic_outlet(lines: list[str]) -> str | None:
    """The outlet from signals that need no known phrasing: the name that spells the page's own
    domain, else the site's name beside the repeated headline (a page title), else a medium's
    name in a dated masthead line, else the medium named most often in the page's furniture,
    else a medium crediting a staff photo, else the name the head and tail furniture repeat in
    an owner's place."""
    if not lines:
        return None
    contact = _contact_lines(lines)
    signals = (
        _domain_outlet,
        _title_outlet,
        _dated_masthead,
        _media_outlet,
        _staff_credit_outlet,
        _owner_outlet,
    )
    for signal in signals:
        name = signal(lines, contact)
        # (the media count has weighed statements given to its name already)
        if name and (
            not _cited_anywhere(name, lines)
            or (signal is _media_outlet and _only_told(name, lines))
        ):
            return name
    return None
