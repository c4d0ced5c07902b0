from __future__ import annotations

import pytest

from lagebild.clean.cites import find_cites
from lagebild.clean.outlets import find_outlet, is_media_name, normalise_outlet


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("des Spiegel", "Spiegel"),
        ("des Spiegels", "Spiegel"),
        ("der Süddeutschen Zeitung", "Süddeutsche Zeitung"),
        ("der Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeine Zeitung"),
        ("dem Boten", "Bote"),
        ("des Wiesbadener Kuriers", "Wiesbadener Kurier"),
        ("www.Spiegel.de", "spiegel.de"),
        ("Focus Online", "Focus"),
        ("The Verge", "The Verge"),
    ],
)
def test_normalise_outlet(raw: str, name: str) -> None:
    assert normalise_outlet(raw) == name


def test_people_and_authorities_are_not_media() -> None:
    for name in ("Polizei", "Scholz", "Feuerwehr", "Pressemitteilung der Stadt"):
        assert not is_media_name(name)
    for name in ("dpa", "Märkische Oderzeitung", "Radio Bremen", "heise.de", "Tagesschau"):
        assert is_media_name(name)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Text.\n\nIhre Redaktion der Musterstadt-Zeitung", "Musterstadt-Zeitung"),
        ("Text.\n© Musterstadt-Zeitung 2024", "Musterstadt-Zeitung"),
        ("Text.\nFolgen Sie dem Boten auf Instagram.", "Bote"),
        ("Text.\nHerzliche Grüße, Ihr Team der Alpenland Post", "Alpenland Post"),
        ("Text.\nCopyright 2024 Lausitzer Tageblatt", "Lausitzer Tageblatt"),
        ("Text.\nBis morgen – Ihr Weserland Echo", "Weserland Echo"),
        ("Text.\n© 2024 Harbour Daily News. All rights reserved.", "Harbour Daily News"),
        ("Nur ein Satz ohne Absender.", None),
        ("Rheintal Bote – Ihre Heimat. Ihre Zeitung.\nText.", "Rheintal Bote"),
        # a name and a date heading the text: an outlet only when it speaks of itself
        (
            "Netzlabor – 4. März 2027\nText.\nHinter dem Netzlabor stehen wir zu dritt.",
            "Netzlabor",
        ),
        ("Berlin – 4. März 2027\nDie Regierung hat beschlossen, dass wir sparen.", None),
        ("Text.\nSaaleblick · Nachrichten für Halle und den Saalekreis", "Saaleblick"),
        ("Text.\nNetzlabor ist ein Projekt freier Journalistinnen.", "Netzlabor"),
        ("Text.\nDie Mainzeile wird herausgegeben von der Rheinufer Medien GmbH.", "Mainzeile"),
        ("von Redaktion Ruhrland Live | 01.03.2025 08:15\nText.", "Ruhrland Live"),
        ("Text.\nWeiterlesen im Kemptener Morgen:\nAndere Meldung", "Kemptener Morgen"),
        ("Zukunftswerk, 2. Juli 2026\nText.", "Zukunftswerk"),
        ("Anna Berger, 2. Juli 2026\nText.", None),  # a byline, not an outlet
        # prose that only looks like self-promotion or a sign-off
        ("Text.\nDie Fortsetzung gibt es dann ab Ende April in fünf Folgen.", None),
        ("Text.\nDer Kapitän ist Teil des neuen Werbespots.", None),
        ("Text.\nSie verspielten am Abend, ihre Aufstiegschance.", None),
        # company forms after the name, print mastheads, distributors of press releases
        ("Text.\n© Abendlicht Medien GmbH 2029 · Impressum", "Abendlicht"),
        ("Eifeler Wochenspiegel · Ausgabe 31/2029 · Donnerstag\nText.", "Eifeler Wochenspiegel"),
        (
            "Text.\nInhalt der Firma Beispiel AG, verbreitet über Meldungskanal Süd",
            "Meldungskanal Süd",
        ),
        ("Text.\nKanal Süd · Pressemitteilungen aus der Region", "Kanal Süd"),
        # one ordinary word is a section, a label or a sentence's subject, not an outlet
        ("Digitales › Apps\nText.", None),
        ("Text.\nDer Grund ist ein Projekt mit der Schule.", None),
        ("Pressemitteilung · 24.04.2029\nText.", None),
        ("Sie kamen mit dem Chef und\nihre Stellvertreter.", None),
    ],
)
def test_find_outlet(text: str, outlet: str | None) -> None:
    assert find_outlet(text) == outlet


def test_photo_credit_is_not_the_outlet() -> None:
    assert find_outlet("Text.\nFoto: © Anna Berger") is None


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("Wie der Spiegel berichtete, steigen die Preise.", ["Spiegel"]),
        (
            "Das geht aus einem Bericht des Handelsblatts hervor. Laut dpa ist das neu.",
            ["Handelsblatt", "dpa"],
        ),
        ("Nach Angaben der Süddeutschen Zeitung ist der Vertrag fertig.", ["Süddeutsche Zeitung"]),
        (
            "Laut einem Bericht der Frankfurter Allgemeinen Zeitung gibt es Streit.",
            ["Frankfurter Allgemeine Zeitung"],
        ),
        ("Berlin (dpa/bb) – Der Landtag tagt.", ["dpa"]),
        ("Zuerst hatte Politico darüber berichtet.", ["Politico"]),
        ("Wie heise online berichtete, fehlen Chips.", ["heise online"]),
        ("Daten sind betroffen, berichtet heise online.", ["heise online"]),
        ("Laut t3n wächst der Markt.", ["t3n"]),
        # lower-case words in the same places are no sources
        ("Laut eigenen Angaben wächst der Markt, wie viele berichten.", []),
        ("Das Magazin selbst schweigt, die Zeitung verwendet keine Namen.", []),
        ("Paris (AFP) – Frankreich plant ein Gesetz.", ["AFP"]),
        ("Graz (APA) – Ein Unfall.", ["APA"]),
        ("Linz (kap) – Die Diözese lädt ein.", ["kap"]),
        ("Wien (red) – Die Stadt baut.", []),
        ("Text.\nQuellen: dpa, rbb24.de, Pressemitteilung der Stadt", ["dpa", "rbb24.de"]),
        ("Golem zufolge läuft der Test in Deutschland.", ["Golem"]),
        ("Nach Reuters-Informationen ist ein Kauf geplant.", ["Reuters"]),
        (
            "According to Bloomberg, the deal is worth $2bn. The Guardian reported it first.",
            ["Bloomberg", "Guardian"],
        ),
        ("Laut Polizei war der Fahrer betrunken. Laut Scholz ist das falsch.", []),
        ("Wie die Feuerwehr berichtete, brannte es lange.", []),
        # a description before a known name
        ("Das kostet mehr, wie das Technikportal Golem berichtete.", ["Golem"]),
    ],
)
def test_find_cites(text: str, cites: list[str]) -> None:
    assert find_cites(text) == cites
