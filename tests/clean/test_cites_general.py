"""Cited sources from general constructions around a medium's name (invented sentences).

Each construction is tested with a medium and with counter-examples that must stay uncited: an
authority, a company, a scientific journal, a person named like a medium, and the page's own
outlet.
"""

from __future__ import annotations

import pytest

from lagebild.clean.cites import find_cites


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        # a medium that named, counted, honoured, called or pointed to something
        ("Der WDR nannte Wartezeiten von bis zu drei Jahren.", ["WDR"]),
        ("Auch die Nachrichtenagentur AFP nannte Leichtsinn als Ursache.", ["AFP"]),
        ("Der Hessische Rundfunk würdigte ihn als Vorbild der Region.", ["Hessischer Rundfunk"]),
        ("Der Rockexpress zählte das Konzert zu den besten des Jahres.", ["Rockexpress"]),
        ("Auch Sternwarte.de verwies auf ähnliche Zahlen aus Finnland.", ["sternwarte.de"]),
        ("Auch der Spiegel griff den Streit auf und fragte nach.", ["Spiegel"]),
        (
            "Deutschlandfunk Kultur hatte das Stück vorab als Wagnis bezeichnet.",
            ["Deutschlandfunk Kultur"],
        ),
        ("Der MDR hatte im Herbst für eine Reportage im Heim gedreht.", ["MDR"]),
        ("Das Fachportal Bauwelt hatte früh auf Mängel hingewiesen.", ["Bauwelt"]),
        ("Die Zeitschrift Gartenfreude zitiert mehrere Gärtner.", ["Gartenfreude"]),
        # a reporting verb after a comma, with the medium's article
        ("Laut dpa fehlen Busfahrer, der NDR meldete zuletzt Ausfälle.", ["dpa", "NDR"]),
        # more focus words before the medium, and a longer perfect
        ("Über das Projekt hatte zuletzt auch der Deutschlandfunk berichtet.", ["Deutschlandfunk"]),
        (
            "Ähnliche Fehler hatte zuvor schon Gleisbau-Kurier.de beschrieben.",
            ["gleisbau-kurier.de"],
        ),
        ("Einen Überblick hatte kürzlich die FAZ veröffentlicht.", ["FAZ"]),
        ("Über den Fund, über die zuletzt auch der SWR berichtete, wird gestritten.", ["SWR"]),
        # speech given to a medium
        (
            "Der Kurator sagte im Deutschlandfunk, die Schau lade zum Anfassen ein.",
            ["Deutschlandfunk"],
        ),
        # where a piece was seen or published, and a medium's report, survey or evaluation
        ("Der Unfall war zuerst bei RTL zu sehen.", ["RTL"]),
        ("Seine Fotos erschienen auch im Spiegel und in Bildbänden.", ["Spiegel"]),
        ("Quelle ist ein Bericht von SRF, wonach dort Felsen abgingen.", ["SRF"]),
        ("Das zeigt eine Auswertung von netzpolitik.org.", ["netzpolitik.org"]),
        ("Nach einer dpa-Umfrage liegt das Land hinten.", ["dpa"]),
        # a broadcaster's programme is the broadcaster
        ("Das NDR Regionalmagazin hatte über die Wege berichtet.", ["NDR"]),
        ("Wie das NDR Fernsehen berichtete, will der Sender drehen.", ["NDR"]),
        # lower-case brands
        ("Zuerst hatte heise online darüber berichtet.", ["heise online"]),
        ("Die Lage bessert sich; heise online berichtete zuletzt darüber.", ["heise online"]),
        ("Zuvor hatten Golem.de und die c't über den Fund berichtet.", ["golem.de", "c't"]),
        ("Wie c't in einem Vergleichstest feststellte, sind sie gut.", ["c't"]),
        ("Zuvor hatte der kicker über einen Wechsel spekuliert.", ["kicker"]),
        ("Die Firma hat 31 Stellen gestrichen, wie zuerst t3n berichtete.", ["t3n"]),
    ],
)
def test_general_constructions(text: str, cites: list[str]) -> None:
    assert find_cites(text) == cites


@pytest.mark.parametrize(
    "text",
    [
        # authorities, companies, institutes, police
        "Die Polizei nannte keine Einzelheiten.",
        "Das Landratsamt hatte zuvor auf Lücken hingewiesen.",
        "Die Deutsche Post nannte neue Preise.",
        "Die Bundesagentur für Arbeit nannte Zahlen.",
        "Eine Umfrage des ADAC zeigt das.",
        "Nach einer ADAC-Umfrage liegt das Land hinten.",
        "Das Portal ist führend bei Online-Umfragen.",
        "Nach einer Forsa-Umfrage liegt die Partei vorn.",
        "Laut Statistik fehlen Fahrer, die Polizei meldete zuletzt mehr Unfälle.",
        "Der Fall war zuerst bei der Polizei zu sehen.",
        "Auch der Bund verwies auf die Länder.",
        "Das Buch erschien im Rowohlt Verlag.",
        # scientific journals
        "Die Studie erschien im Fachblatt Lancet.",
        "Die Ergebnisse erschienen in der Zeitschrift Nature.",
        "Die Studie erschien im Westfalen Journal.",
        "Das Fachblatt Lancet hatte bereits darauf hingewiesen.",
        # ordinary words that are also media names, bare kind words
        "Die Welt zählte acht Milliarden Menschen.",
        "Die Zeit nannte ihn einen Helden.",
        "Der Sender zählte 20 Anrufe.",
        # a person named like a medium
        "Im Interview mit Hans Spiegel sagte sie, es gehe.",
        "Laut Anna Kurier ist das so.",
        "Im Gespräch mit dem Bürgermeister sagte er, es gehe.",
        # lower-case words that are no brand
        "Zuvor hatte die mehrheit darüber berichtet.",
    ],
)
def test_counter_examples_stay_uncited(text: str) -> None:
    assert find_cites(text) == []


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Im Gespräch mit dem Waldtaler Kurier sagte er, es gehe.", "Waldtaler Kurier"),
        ("Der Waldtaler Kurier nannte Zahlen.", "Waldtaler Kurier"),
        ("Das NDR Regionalmagazin hatte darüber berichtet.", "NDR"),
        ("Wie das NDR Fernsehen berichtete, fehlt Geld.", "NDR Regionalmagazin"),
    ],
)
def test_own_outlet_is_no_cite(text: str, own: str) -> None:
    assert find_cites(text, own) == []


def test_an_interview_im_gespraech_counts_where_the_own_outlet_is_known() -> None:
    text = "Im Gespräch mit dem Deutschlandfunk sagte sie, es fehle Geld."
    assert find_cites(text, "Waldtaler Kurier") == ["Deutschlandfunk"]
    # ... the page's own interview is no cite, and with no outlet known it may be one
    assert find_cites(text, "Deutschlandfunk") == []
    assert find_cites(text) == []
