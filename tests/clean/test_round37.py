"""Round 37: a publisher's seat after its company word in a copyright line is no part of the
outlet's name ("© 2027 Beispiel Verlag Bremen" names the outlet "Beispiel")."""

from lagebild.clean.outlets import _clean_name, find_outlet


def test_company_seat_goes_with_the_company_word() -> None:
    assert _clean_name("Kiebitz Verlag Oldenburg") == "Kiebitz"
    assert _clean_name("Nadelöhr Fachverlag Würzburg") == "Nadelöhr"
    assert _clean_name("Kiebitz Verlagshaus Kassel") == "Kiebitz"


def test_a_word_that_is_no_city_stays() -> None:
    # "Verlag Schneider": a publisher named after a family, no seat
    assert _clean_name("Kiebitz Verlag Hummelsang") != "Kiebitz"
    # no company word before the city: the city belongs to the name
    assert _clean_name("Rundschau Oldenburg") == "Rundschau Oldenburg"


def test_outlet_from_footer_with_seat() -> None:
    text = "\n".join(
        [
            "Kiebitz – Vogelkunde aktuell",
            "Im Wattenmeer sind in diesem Frühjahr mehr Brutpaare gezählt worden als je zuvor.",
            "Die Zählung stützt sich auf Meldungen von zweihundert Ehrenamtlichen an der Küste.",
            "© 2027 Kiebitz Verlag Oldenburg · Anzeigen · Impressum",
        ]
    )
    assert find_outlet(text) == "Kiebitz"
