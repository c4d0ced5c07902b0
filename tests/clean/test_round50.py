"""Round 50 (heldout41) rules, all about article text the cleaner lost: handball scorers as
"Name 7, Name 9/4" and a bare-count fact under them ("Zuschauer: 2350") are a match report's
own data; the body line holding the words a quoted headline cites is the speaker's answer; a
line that tells the reader what not to do, with no cue of an offer, is advice and no promo in
the text; a longer exclamation in the writer's "wir" that turns to no reader closes the report
and does not join the footer. All lines are invented for these tests."""

from __future__ import annotations

from lagebild.clean.blocks import Block, shape, split_blocks
from lagebild.clean.boilerplate import (
    BoilerplateConfig,
    _roster_fact,
    clean_body,
    headline_quotes,
    roster_line,
)
from lagebild.clean.core_furniture import CORE_REASON, core_calls


def test_handball_scorers_are_a_roster_line() -> None:
    assert roster_line("Tore TSV: Halvorsen 8/3, Brandt 6, Okafor 4, Meiners 2, Quast 1")
    assert roster_line("Tore: Wendt 7, Ljungberg 5/2, Tasche 3")


def test_topics_with_years_and_plain_lists_are_no_roster() -> None:
    assert not roster_line("Themen: Haushalt 2027, Wahl 2028, Verkehr")
    assert not roster_line("Mehr zum Thema: Kreistag, Landrat, Haushalt")
    assert not roster_line("Tabelle: 1. TSV Birkenau 30:6 | 2. HC Wesermünde 28:8")
    assert not roster_line("Ressorts: Politik | Sport 24 | Kultur")


def _fact(text: str) -> bool:
    return _roster_fact(Block(text, 0, True), shape(text))


def test_a_bare_count_under_its_label_is_a_match_fact() -> None:
    assert _fact("Zuschauer: 2350")
    assert _fact("Zuschauer: 1.480")
    assert not _fact("Tickets: 19 € im Vorverkauf")
    assert not _fact("Hotline: 0800 123456")


def test_the_scorers_and_the_attendance_stay_under_the_report() -> None:
    body = (
        "Der TSV Birkenau hat das Derby gegen den HC Wesermünde mit 31:27 gewonnen.\n\n"
        "Nach der Pause zog die Mannschaft von Trainer Pohl auf sechs Tore davon.\n\n"
        "Torhüter Aksoy hielt in der Schlussphase zwei Siebenmeter.\n\n"
        "Tore TSV: Halvorsen 8/3, Brandt 6, Okafor 4, Meiners 2, Quast 1\n\n"
        "Tore HC: Lindau 9/5, Petersen 6, Wiebe 5, Kruse 4, Adam 3\n\n"
        "Zuschauer: 1480\n\n"
        "Nächstes Heimspiel: Sa., 20.04., 19 Uhr – Karten im Onlineshop\n\n"
        "Teilen: Facebook | WhatsApp | E-Mail\n"
    )
    kept = clean_body(body).text
    assert "Tore TSV: Halvorsen" in kept
    assert "Tore HC: Lindau 9/5" in kept
    assert "Zuschauer: 1480" in kept
    assert "Teilen:" not in kept


def _quotes(title: str | None, lines: list[str]) -> set[int]:
    blocks = split_blocks("\n\n".join(lines))
    shapes = [shape(b.text) for b in blocks]
    return headline_quotes(blocks, shapes, [None] * len(blocks), title)


_ANSWERS = [
    "Sie haben den Etat für Schulen gekürzt.",
    "Das ist nur die halbe Wahrheit.",
    "Und klar ist auch: Wir können nicht jedes Schwimmbad retten.",
]


def test_the_line_a_quoted_headline_cites_is_protected() -> None:
    assert _quotes("„Wir können nicht jedes Schwimmbad retten“", _ANSWERS) == {2}


def test_plain_or_short_headlines_protect_nothing() -> None:
    assert _quotes("Wir können nicht jedes Schwimmbad retten", _ANSWERS) == set()
    assert _quotes("„Nicht jedes Bad“", _ANSWERS) == set()
    assert _quotes(None, _ANSWERS) == set()
    # the headline repeated alone is the headline, no answer
    assert (
        _quotes("„Das ist nur die halbe Wahrheit“", ["„Das ist nur die halbe Wahrheit“"]) == set()
    )


def _core(line: str) -> list[str | None]:
    texts = [
        "Der neue Funkstandard für Thermostate kommt im Herbst in den Handel.",
        "Die ersten Geräte sollen rund 60 Euro kosten.",
        line,
        "Wer jetzt ein Gerät braucht, findet auch ältere Modelle mit gutem Ruf.",
        "Im Test schnitten drei Thermostate mit der Note gut ab.",
    ]
    blocks = split_blocks("\n\n".join(texts))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None] * len(blocks)
    core_calls(blocks, shapes, reason, [0.0] * len(blocks))
    return reason


def test_advice_against_buying_is_no_promo_in_the_text() -> None:
    assert _core("Unser Rat: Warten Sie nicht auf die erste Gerätegeneration.")[2] is None
    assert _core("Unser Rat: Kaufen Sie kein Thermostat ohne Garantie auf Updates.")[2] is None


def test_an_offer_in_the_text_still_goes() -> None:
    assert _core("Unser Tipp: Testen Sie unseren Thermostat-Ratgeber als PDF.")[2] == CORE_REASON


_RULES = BoilerplateConfig(learned=False)


def test_a_closing_exclamation_in_the_clubs_voice_stays() -> None:
    body = (
        "Am Samstag empfängt der TSV Birkenau den Tabellenführer aus Wesermünde.\n\n"
        "Die Halle ist seit Tagen ausverkauft, die Mannschaft hat fast alle Spieler an Bord.\n\n"
        "Für Kinder gibt es vor dem Anpfiff ein Torwandschießen am Halleneingang.\n\n"
        "Wir freuen uns auf einen stimmungsvollen Abend!\n\n"
        "Live-Ticker zum Spiel ab 18:45 Uhr an dieser Stelle\n\n"
        "Präsentiert von Bäckerei Ohlsen – frisch aus Birkenau\n\n"
        "© 2027 TSV Birkenau | Impressum | Datenschutz\n"
    )
    # the footer sweep of the rules (the learned model judges such a line on its own)
    kept = clean_body(body, config=_RULES).text
    assert "Wir freuen uns auf einen stimmungsvollen Abend!" in kept
    assert "© 2027" not in kept


def test_a_short_call_to_the_reader_still_joins_the_footer() -> None:
    body = (
        "Am Samstag empfängt der TSV Birkenau den Tabellenführer aus Wesermünde.\n\n"
        "Die Halle ist seit Tagen ausverkauft, die Mannschaft hat fast alle Spieler an Bord.\n\n"
        "Für Kinder gibt es vor dem Anpfiff ein Torwandschießen am Halleneingang.\n\n"
        "Folgen Sie uns auch auf Instagram und verpassen Sie kein Spiel!\n\n"
        "Präsentiert von Bäckerei Ohlsen – frisch aus Birkenau\n\n"
        "© 2027 TSV Birkenau | Impressum | Datenschutz\n"
    )
    kept = clean_body(body, config=_RULES).text
    assert "Folgen Sie uns" not in kept


def _cues(text: str) -> list[str]:
    return shape(text).reasons


def test_round50_cue_families() -> None:
    assert "promo" in _cues("Präsentiert vom Möbelhaus Tenbrink – Wohnen in Birkenau")
    assert "promo" in _cues("Gesponsert von Stadtwerke Birkenau – Energie für die Region")
    assert "paywall" in _cues("Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten.")
    assert "related" in _cues("Dossier: Alles zur Grundsteuer im Überblick")
    assert "related" in _cues("Auch im Test: Heimlicht Sensor 2 – reicht die Reichweite?")
    assert "promo" in _cues("Gesamtnote: 7,5/10 – gut")
    assert "promo" in _cues("Die Volksbank Birkenau unterstützt unsere Jugendarbeit")


def test_round50_cues_spare_article_sentences() -> None:
    # a sponsor reported in a sentence, a right reserved to someone, a topic overview in prose,
    # a test reported, a score in a match report, a club thanking its sponsor in a sentence
    assert not _cues("Präsentiert wurde der Entwurf von Landrat Ohlsen am Montag.")
    assert not _cues("Die Entscheidung bleibt dem Stadtrat vorbehalten.")
    assert not _cues("Der Kreis will alles zur Grundsteuer im Überblick darstellen, sagte er.")
    assert not _cues("Auch im Test der Stiftung schnitt das Gerät gut ab.")
    assert not _cues("Die Wertung der Jury fiel mit 3:2 knapp aus.")
    assert not _cues(
        "Die Volksbank unterstützt unsere Jugendarbeit seit 2019 mit jährlich 5000 Euro."
    )
