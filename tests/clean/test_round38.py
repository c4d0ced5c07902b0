"""Round 38 (heldout29) rules: cite phrasings (a medium that showed or speculated, that has
presented something, someone speaking or praised in a medium mid-sentence), a magazine title
ending in a lower-case word, an event's next edition, and label-colon furniture shapes. All
lines are invented for these tests."""

from __future__ import annotations

from lagebild.clean.cites import find_cites
from lagebild.clean.outlets import find_outlet


def test_cite_as_shown_with_a_time_adverbial() -> None:
    assert find_cites("Das gibt es auch in Tirol, wie der ORF im Sommer zeigte.") == ["ORF"]
    assert find_cites("Wie die Berliner Zeitung am Montag spekulierte, tritt sie zurück.") == [
        "Berliner Zeitung"
    ]


def test_cite_as_shown_counter_examples() -> None:
    assert find_cites("Wie die Studie im Frühjahr zeigte, sinkt der Wert.") == []
    assert find_cites("Wie der Versuch im Labor zeigte, hält das Material.") == []


def test_cite_subject_with_present_perfect_and_speculation() -> None:
    assert find_cites("Der Tagesspiegel hat den Plan gestern ausführlich vorgestellt.") == [
        "Tagesspiegel"
    ]
    assert find_cites(
        "Die Frankfurter Rundschau hatte schon im Mai über einen Rückzug spekuliert."
    ) == ["Frankfurter Rundschau"]


def test_cite_subject_with_its_code_in_brackets() -> None:
    assert find_cites("Der Evangelische Pressedienst (epd) meldete, dass die Zahl stieg.") == [
        "epd"
    ]
    assert find_cites("Der Westdeutsche Rundfunk (WDR) berichtete am Abend.") == [
        "Westdeutscher Rundfunk"
    ]


def test_cite_subject_counter_examples() -> None:
    assert find_cites("Der Verband (VDB) meldete, dass die Zahlen steigen.") == []
    assert find_cites("Die Stadt hat das Projekt kürzlich in einer Sitzung vorgestellt.") == []
    assert find_cites("Die Polizei hatte bereits im Januar über ein Motiv spekuliert.") == []


def test_cite_spoke_or_praised_in_a_medium() -> None:
    assert find_cites("Die Sängerin sprach im Bayerischen Rundfunk von einem Neuanfang.") == [
        "Bayerischer Rundfunk"
    ]
    assert find_cites("Ein Kollege würdigte sie in der Süddeutschen Zeitung als Vorbild.") == [
        "Süddeutsche Zeitung"
    ]


def test_cite_spoke_in_counter_examples() -> None:
    assert find_cites("Der Bürgermeister sprach im Stadtrat von einem Erfolg.") == []
    assert find_cites("Der Trainer würdigte ihn in der Halle als Vorbild.") == []
    assert find_cites("Sie sprach im Radio von einem Erfolg.") == []  # a kind, no name


def test_outlet_title_with_lower_case_last_word() -> None:
    assert find_outlet("Pflege aktuell – Das Magazin für die Praxis\nText.") == "Pflege aktuell"
    assert find_outlet("Text hier.\n© 2027 Gartenpost heute") == "Gartenpost heute"
    assert find_outlet("Text hier.\nImpressum · © Gartenpost heute 2027") == "Gartenpost heute"


def test_outlet_title_suffix_counter_examples() -> None:
    # the word in running text is no part of the name
    assert find_outlet("Text.\n© Gartenpost 2027\nDie Gartenpost heute zeigt: alles neu.") == (
        "Gartenpost"
    )
    assert find_outlet("Gartenpost – Das Magazin für Gärtner\nGartenpost heute mit Tipps.") == (
        "Gartenpost"
    )


def _cue_reasons(line: str) -> set[str]:
    from lagebild.clean.lexicon import _ROUND38

    return {cue.reason for cue in _ROUND38 if cue.pattern.search(line)}


def test_round38_cues() -> None:
    assert _cue_reasons("Regeln für Kommentare: freundlich bleiben, keine Werbung.") == {"comments"}
    assert _cue_reasons("Redaktioneller Hinweis: Der Autor ist Mitglied des Vereins.") == {
        "disclaimer"
    }
    assert _cue_reasons("Gefördert von: Stiftung Nordlicht") == {"disclaimer"}
    assert _cue_reasons("Affiliate-Links: Für Käufe über diese Links erhalten wir Geld.") == {
        "disclaimer"
    }
    assert _cue_reasons("Wanderschuhe im Test beim Fachhändler kaufen*") == {"disclaimer"}
    assert _cue_reasons("Plus-Artikel: Die ganze Analyse lesen Sie mit Abo.") == {"paywall"}
    assert _cue_reasons(
        "Ohne Bezahlschranke: Das geht nur, wenn Sie uns mit einer Spende unterstützen."
    ) == {"promo"}
    assert _cue_reasons("Grafik: Pegelstände im Kreis (interaktiv, wird geladen …)") == {"widget"}
    assert _cue_reasons("Push-Benachrichtigungen aktivieren und nichts verpassen") == {"newsletter"}
    assert _cue_reasons("Teilen Sie Ihre Erfahrungen im Kommentarfeld weiter unten.") == {
        "comments"
    }


def test_round38_cue_counter_examples() -> None:
    assert _cue_reasons("Die Regeln für Kommentare im Landtag wurden geändert.") == set()
    assert _cue_reasons("Der Verein wird unterstützt durch die Stadt.") == set()
    assert _cue_reasons("Viele Kunden wollen Schuhe vor Ort kaufen.") == set()
    assert _cue_reasons("Der Pro-Artikel des Gesetzes regelt die Frist.") == set()
    assert _cue_reasons("Die Zeitung hat eine Bezahlschranke eingeführt.") == set()
    assert _cue_reasons("Die Seite wird geladen, sagte er (im Scherz).") == set()
    assert _cue_reasons("Die Push-Nachrichten der App störten viele Nutzer.") == set()
    assert _cue_reasons("Das Formular liegt unten im Rathaus aus.") == set()


def test_event_next_edition_is_no_schedule_note() -> None:
    from lagebild.clean.lexicon import CUES

    def dateline(line: str) -> bool:
        return any(c.reason == "dateline" and c.pattern.search(line) for c in CUES)

    assert not dateline("Die nächste Ausgabe ist für Mai 2029 angekündigt.")
    assert not dateline("Die nächste Ausgabe findet im Herbst statt.")
    assert dateline("Die nächste Ausgabe erscheint am 5. Mai.")
