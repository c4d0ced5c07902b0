from __future__ import annotations

import pytest

from lagebild.clean.dates import find_published, is_date_line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 12.05.2024 um 09:14\n\nText.", ("2024-05-12T09:14", "minute")),
        ("Stand: 03.11.2023 18:02 Uhr", ("2023-11-03T18:02", "minute")),
        ("Online gestellt am 01.02.2027 um 06:20 Uhr", ("2027-02-01T06:20", "minute")),
        ("Hochgeladen: 3. März 2025\n\nText.", ("2025-03-03", "day")),
        ("Datum: 2024-01-15", ("2024-01-15", "day")),
        ("12. Mai 2024, 09:14 Uhr", ("2024-05-12T09:14", "minute")),
        ("Published May 12, 2024", ("2024-05-12", "day")),
        ("Updated 3 June 2024, 4:05 pm", ("2024-06-03T16:05", "minute")),
        ("Erstellt am 4. Jänner 2024, 08:12", ("2024-01-04T08:12", "minute")),
        ("Mi., 7. August 2024 – 11:32", ("2024-08-07T11:32", "minute")),
        ("Posted: 2024-02-01T07:30:15", ("2024-02-01T07:30:15", "second")),
        ("Berlin, 02.06.24", ("2024-06-02", "day")),
        # a time before the date with the weekday between them (added after round 21)
        ("07:45 Uhr | Freitag, 14.05.2027 · Pressestelle", ("2027-05-14T07:45", "minute")),
        ("16:20 | Mi., 3. März 2027", ("2027-03-03T16:20", "minute")),
    ],
)
def test_date_forms(text: str, expected: tuple[str, str]) -> None:
    assert find_published(text) == expected


def test_first_published_wins_over_update() -> None:
    text = "Aktualisiert am 02.06.2024 um 13:45\nVeröffentlicht am 02.06.2024 um 08:20\n\nDer Pegel steigt."
    assert find_published(text) == ("2024-06-02T08:20", "minute")
    text = (
        "Zuletzt aktualisiert: 08.02.2024, 16:05 Uhr\nErstveröffentlichung: 08.02.2024, 13:20 Uhr"
    )
    assert find_published(text) == ("2024-02-08T13:20", "minute")


def test_dates_in_prose_are_not_publication_dates() -> None:
    assert find_published("Am 12. Mai 2024 trat das neue Gesetz in Kraft.") is None
    assert (
        find_published("Die Frist endet am 30.11.2024, teilte die Behörde am Montag mit.") is None
    )
    assert not is_date_line("Am 12. Mai 2024 trat das neue Gesetz in Kraft.")


def test_impossible_dates_are_ignored() -> None:
    assert find_published("Datum: 31.02.2024") is None
    assert find_published("Stand: 2024-13-01") is None


def test_date_segment_with_time_and_participle_labels() -> None:
    # a date with "um" and its time, then another segment of the byline line
    assert find_published("3. Juni 2029 um 18:47 · Lesedauer ca. 2 Minuten") == (
        "2029-06-03T18:47",
        "minute",
    )
    # participles without ge-: eröffnet, verschickt, redigiert
    assert find_published("Ticker eröffnet am 09.02.2029, 06:10 Uhr") == (
        "2029-02-09T06:10",
        "minute",
    )
    assert find_published("Verschickt: 14.08.2029") == ("2029-08-14", "day")
    assert find_published("Redigiert am 1. Juli 2029") == ("2029-07-01", "day")
    # prose with such a verb is still no date line
    assert find_published("Der Markt wurde am 3. Juni 2029 feierlich eröffnet.") is None


def test_broadcast_and_event_dates_are_not_publication_dates() -> None:
    # the programme's air time loses to the page's own date, even an update label
    text = "Stand: 20.05.2029, 18:10 Uhr\n\nText.\n\nSendung: Elbtal Eins, 20.05.2029, 17:40 Uhr"
    assert find_published(text) == ("2029-05-20T18:10", "minute")
    # alone, the air time is the best there is
    assert find_published("Text.\nSendung vom 3. März 2029, 19:00 Uhr") == (
        "2029-03-03T19:00",
        "minute",
    )
    # kick-off, deadlines, the next collection: never the publication date
    assert find_published("Anpfiff: 12.05.2029, 15:30 Uhr\nText.") is None
    assert find_published("Text.\nAnmeldeschluss: 30.06.2029") is None
    assert find_published("Text.\nNächste Abfuhr: 14.03.2029") is None
    text = "Veröffentlicht: 02.05.2029\nText.\nTermin: 01.04.2029 · Stadthalle"
    assert find_published(text) == ("2029-05-02", "day")


def test_embargo_is_the_release_time() -> None:
    text = "Sperrfrist: 18.04.2029, 08:00 Uhr\nKöln, 17. April 2029\nText."
    assert find_published(text) == ("2029-04-18T08:00", "minute")


def test_event_dates_still_make_date_lines() -> None:
    # the cleaner removes such lines as furniture; only the publication date ignores them
    assert is_date_line("Anpfiff: 12.05.2029, 15:30 Uhr")
    assert is_date_line("Nächste Abfuhr: 14.03.2029")
    assert is_date_line("Sendung: Elbtal Eins, 20.05.2029, 17:40 Uhr")


def test_rerank_labels_make_no_date_lines_of_prose() -> None:
    assert not is_date_line("Die Sendung läuft am 3. Mai 2029 im Ersten, teilte der Sender mit.")
    assert not is_date_line("Die Sperrfrist endet am 12.05.2029, sagte die Sprecherin.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekday abbreviations and long forms before the date, separators before the time
        ("Do., 08.03.2029 – 07:45", ("2029-03-08T07:45", "minute")),
        ("Sonnabend, 10. März 2029 | 16:05 Uhr", ("2029-03-10T16:05", "minute")),
        ("Thurs, Mar 8, 2029 · 7:45 pm", ("2029-03-08T19:45", "minute")),
        ("Tues 6 March 2029, 11:20 GMT", ("2029-03-06T11:20", "minute")),
        # a full hour without minutes: "14 Uhr"
        ("Halle, 12.04.2029, 9 Uhr", ("2029-04-12T09:00", "minute")),
        ("Stand: 12.04.2029, 17 Uhr", ("2029-04-12T17:00", "minute")),
        # the time before the date, at the start of the line or of its segment
        ("06:55 Uhr | 12.04.2029", ("2029-04-12T06:55", "minute")),
        ("Lokales · 18:40, 12.04.2029", ("2029-04-12T18:40", "minute")),
        ("9:05 AM, Apr 12, 2029", ("2029-04-12T09:05", "minute")),
        ("Erschienen 11.15 Uhr, 12. April 2029", ("2029-04-12T11:15", "minute")),
        # a slashed date whose first number cannot be a month is day first
        ("Posted 23/04/2029 08:10", ("2029-04-23T08:10", "minute")),
        ("04/23/2029", ("2029-04-23", "day")),
    ],
)
def test_header_date_and_time_forms(text: str, expected: tuple[str, str]) -> None:
    assert find_published(text) == expected


def test_no_time_is_guessed_from_other_figures() -> None:
    # a number before the date without a colon, "Uhr" or am/pm is no time
    assert find_published("Ausgabe 17 | 12.04.2029") == ("2029-04-12", "day")
    assert find_published("Heft 11.15 · 12.04.2029") == ("2029-04-12", "day")
    # a time span before the date is an event's, not the line's time
    assert find_published("08:00 - 12:00 Uhr, 12.04.2029") == ("2029-04-12", "day")
    # an hour in a sentence makes no date line
    assert find_published("Die Versammlung beginnt am 12.04.2029 um 19 Uhr.") is None
    # an event's time before the date stays an event's
    assert find_published("Einlass: 18:30 Uhr, 12.04.2029\nText.") is None


def test_relative_times_give_no_date() -> None:
    assert find_published("vor 5 Stunden\n\nText.") is None
    assert find_published("Panorama · vor 2 Tagen\n\nText.") is None
    assert find_published("40 minutes ago\n\nText.") is None
    assert not is_date_line("vor 5 Stunden")


def test_update_after_the_date_does_not_win() -> None:
    # the update's label in the same line ends the first date's segment
    text = "12.04.2029, 06:30 Uhr (aktualisiert 13.04.2029, 10:02 Uhr)\n\nText."
    assert find_published(text) == ("2029-04-12T06:30", "minute")
    text = "12.04.2029 – 06:30 Uhr / Update: 13.04.2029 – 10:02 Uhr\n\nText."
    assert find_published(text) == ("2029-04-12T06:30", "minute")
    # a trailing update word with no date of its own makes this date the update time
    text = "Veröffentlicht am 11.04.2029\n13.04.2029, 10:02 Uhr, aktualisiert\n\nText."
    assert find_published(text) == ("2029-04-11", "day")
    assert is_date_line("13.04.2029, 10:02 Uhr, aktualisiert")
    # an update word inside prose still makes no date line
    assert not is_date_line("Der Plan wurde am 13.04.2029 erneut aktualisiert und verschickt.")


def test_price_and_index_lines_are_not_publication_dates() -> None:
    # ticker lines of a markets page: still date lines (furniture), never the publication date
    assert find_published("Kupfer 9.412,50 USD · 12.04.2029 17:35\n\nText.") is None
    assert find_published("MDAX 26.310 Punkte · Stand: 12.04.2029, 17:40 Uhr") is None
    assert find_published("Brent −1,2 % · 12.04.2029, 17:40 Uhr") is None
    assert is_date_line("Kupfer 9.412,50 USD · 12.04.2029 17:35")
    # the page's own date wins over an earlier quote time
    text = "Stand: 12.04.2029, 18:05 Uhr\nSilber 31,20 EUR · 11.04.2029 22:00\n\nText."
    assert find_published(text) == ("2029-04-12T18:05", "minute")
    # a labelled publication date keeps its rank beside a figure
    text = "Veröffentlicht: 12.04.2029 · Leitzins 2,75 %\n\nText."
    assert find_published(text) == ("2029-04-12", "day")
    # a price with no date is no date line at all
    assert not is_date_line("Euro/Dollar 1,0914 +0,3 % · 17:35 Uhr")


def test_a_posts_edit_time_after_the_day_is_its_time() -> None:
    # round 20 (own wording): a channel post shows the day and the time it was last edited
    assert find_published("Die Brücke ist gesperrt.\n📅 03.12.27 · bearbeitet 14:05") == (
        "2027-12-03T14:05",
        "minute",
    )
    # a time right after the day still wins over a later edit time
    assert find_published("03.12.2027, 09:10 Uhr · bearbeitet 14:05\n\nText.") == (
        "2027-12-03T09:10",
        "minute",
    )
