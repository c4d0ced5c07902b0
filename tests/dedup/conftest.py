"""Short German news texts written for these tests (our own words), as fixtures."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

HAFEN = (
    "Der Hafen von Nordstrand wird ab Juli für 14 Millionen Euro ausgebaut. "
    "Das beschloss der Gemeinderat am Dienstagabend mit 17 zu 4 Stimmen. "
    "Geplant sind eine neue Kaimauer von 220 Metern Länge und zwei zusätzliche Liegeplätze für Fähren. "
    "Bürgermeisterin Ilka Sommerfeld sprach von einem wichtigen Tag für die Insel. "
    "Die Fischereigenossenschaft begrüßte die Pläne, warnte aber vor Einschränkungen während der Bauzeit. "
    "Nach Angaben der Verwaltung sollen die Arbeiten bis zum Herbst 2027 abgeschlossen sein. "
    "Das Land Schleswig-Holstein übernimmt 60 Prozent der Kosten. "
    "Die Opposition kritisierte, dass die Anwohner zu spät informiert worden seien."
)

HAFEN_REWRITE = (
    "Nordstrand bekommt einen größeren Hafen: Ab Juli fließen 14 Millionen Euro in den Ausbau. "
    "Mit 17 Ja- und 4 Nein-Stimmen gab der Gemeinderat am Dienstagabend grünes Licht. "
    "Vorgesehen sind zwei weitere Fährliegeplätze sowie eine 220 Meter lange Kaimauer. "
    "Für die Insel sei das ein wichtiger Tag, sagte Bürgermeisterin Ilka Sommerfeld. "
    "Die Fischereigenossenschaft zeigte sich erfreut über das Vorhaben, befürchtet allerdings Behinderungen, solange gebaut wird. "
    "Abgeschlossen sein sollen die Arbeiten laut Verwaltung im Herbst 2027. "
    "Schleswig-Holstein trägt 60 Prozent der Kosten. "
    "Kritik kam von der Opposition: Die Anwohner habe man zu spät informiert."
)

# Another report on the same council decision, written independently: same facts and
# names, different account.
HAFEN_INDEPENDENT = (
    "Auf Nordstrand gehen die Meinungen über den Hafenausbau weit auseinander. "
    "Fischer Jannik Lorenzen fürchtet, dass er während der Bauzeit nur eingeschränkt auslaufen kann. "
    "Im Gemeinderat hatte Bürgermeisterin Ilka Sommerfeld für das Projekt geworben, das 14 Millionen Euro kosten soll. "
    "Eine Anwohnerinitiative sammelt seit Wochen Unterschriften gegen die Pläne und verweist auf den Lärm. "
    "Urlauber dürften von den Arbeiten wenig merken, heißt es beim Tourismusverband. "
    "Der Verband rechnet im kommenden Sommer mit ähnlich vielen Gästen wie im Vorjahr."
)

SCHULE = (
    "In Lindenhain beginnt nach den Sommerferien der Unterricht in der neuen Gesamtschule. "
    "Der Bau hat drei Jahre gedauert und 31 Millionen Euro gekostet. "
    "Rund 900 Schülerinnen und Schüler sollen dort lernen, verteilt auf 36 Klassenräume. "
    "Schulleiter Matthias Brandl lobte die hellen Räume und die moderne Ausstattung. "
    "Eltern hatten lange über den Standort am Stadtrand gestritten. "
    "Eine neue Buslinie soll die Schule ab August im Zehn-Minuten-Takt anbinden."
)


@pytest.fixture
def texts() -> SimpleNamespace:
    return SimpleNamespace(
        hafen=HAFEN, hafen_rewrite=HAFEN_REWRITE, hafen_independent=HAFEN_INDEPENDENT, schule=SCHULE
    )
