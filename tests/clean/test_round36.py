"""Round 36 (heldout27) rules: labelled line-ups with their match facts, negated reader
warnings, and menu rows cut under another reason that still end the masthead. All lines are
invented for these tests."""

from __future__ import annotations

from samples import kept_text as _kept

from lagebild.clean.boilerplate import (
    _menu_row,
    clean_body,
    roster_line,
    roster_lines,
    shape,
    split_blocks,
    warning_advice,
)


def test_labelled_line_up_under_an_ad_is_kept() -> None:
    body = (
        "Der FC Almental gewann am Sonntag verdient mit 3:1 gegen die Reserve aus Birkhof.\n"
        "Nach der Pause drehte die Mannschaft von Trainer Jens Ober richtig auf und traf zweimal.\n"
        "Anzeige\n"
        "Möbelhaus Krieger – Jetzt Küchen-Rabatt sichern!\n"
        "Die Teams:\n"
        "FC Almental: Wulf – Brinck, Sager, Merz, Olt – Hahn, Irle – Kamp (80. Feld), Rau, Sieg.\n"
        "Birkhof II: Lenz – Aust, Bock, Dorn, Ernst – Funk, Gabel – Holm, Iske, Jost – Kerl.\n"
        "Schiedsrichter: Paul Ammer (Dorfen). Zuschauer: 180.\n"
        "© 2027 Sportbote Almental · Impressum · Datenschutz\n"
    )
    kept = _kept(body)
    assert "Die Teams:" in kept
    assert "FC Almental: Wulf" in kept
    assert "Birkhof II: Lenz" in kept
    assert "Schiedsrichter: Paul Ammer" in kept
    assert "Möbelhaus Krieger" not in kept


def test_roster_label_needs_two_line_ups() -> None:
    lines = [
        "Ein langer Satz aus dem Bericht, der hier als Artikeltext steht und bleibt.",
        "Anzeige",
        "Aufstellung:",
        "FC Almental: Wulf – Brinck, Sager, Merz, Olt – Hahn, Irle – Kamp, Rau, Sieg.",
        "Ende",
    ]
    blocks = split_blocks("\n".join(lines) + "\n")
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, "promo", "promo", "promo", "promo"]
    assert roster_line(lines[3])
    assert 2 not in roster_lines(blocks, shapes, reason)  # one team alone: no label rescue


def test_match_facts_line_needs_a_line_up_before_it() -> None:
    lines = [
        "Ein langer Satz aus dem Bericht, der hier als Artikeltext steht und bleibt.",
        "Newsletter:",
        "Schiedsrichter: Paul Ammer (Dorfen). Zuschauer: 180.",
    ]
    blocks = split_blocks("\n".join(lines) + "\n")
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, "newsletter", "promo"]
    assert roster_lines(blocks, shapes, reason) == set()


def _warning(lines: list[str], reason: list[str | None]) -> set[int]:
    blocks = split_blocks("\n".join(lines) + "\n")
    shapes = [shape(b.text) for b in blocks]
    return warning_advice(blocks, shapes, reason)


def test_negated_reader_warning_after_prose_is_kept() -> None:
    prose = "Die Betrüger verschicken seit Wochen Nachrichten, die echt aussehen sollen."
    warn = "Klicken Sie auf solche Links nie, sondern öffnen Sie die App Ihrer Bank selbst."
    assert _warning([prose, warn], [None, "promo"]) == {1}


def test_warning_rescue_counter_examples() -> None:
    prose = "Die Betrüger verschicken seit Wochen Nachrichten, die echt aussehen sollen."
    # a call without a negation stays an ad
    ad = "Klicken Sie jetzt hier und laden Sie die App unserer Partner herunter."
    assert _warning([prose, ad], [None, "promo"]) == set()
    # "verpassen Sie keine ..." is the negated call of an outlet
    call = "Verpassen Sie keine Folge mehr und laden Sie sich jetzt unsere App herunter."
    assert _warning([prose, call], [None, "promo"]) == set()
    # not right after kept prose
    warn = "Klicken Sie auf solche Links nie, sondern öffnen Sie die App Ihrer Bank selbst."
    assert _warning(["Anzeige", warn], ["promo", "promo"]) == set()


def test_menu_row_under_another_reason() -> None:
    assert _menu_row("Zucht | Futter | Technik | Markt | Stellenmarkt", "job")
    assert _menu_row("Oper · Tanz · Konzert · Karriere", "job")
    assert not _menu_row("Zucht | Futter | Technik | Markt", None)  # kept lines are no menu
    assert not _menu_row("12.03.2027 | Technik | Markt | Zucht", "dateline")
    assert not _menu_row("Jetzt abonnieren | Mehr lesen", "promo")  # two items only
    assert not _menu_row(
        "Sie lesen einen Beitrag. | Mehr dazu hier. | Login. | Konto.", "promo"
    )  # sentences, not menu items


def test_headline_under_a_menu_cut_as_job() -> None:
    body = (
        "Hofblatt · Fachdienst für Landwirte\n"
        "Zucht | Futter | Technik | Markt | Stellenmarkt\n"
        "Milchpreis steigt im Herbst deutlich an\n"
        "12.10.2027 | Markt\n"
        "Die Molkereien zahlen im Oktober im Schnitt zwei Cent mehr je Kilogramm Milch aus.\n"
        "Grund sind die gestiegenen Preise für Butter und Käse an den Terminmärkten.\n"
    )
    assert clean_body(body).title == "Milchpreis steigt im Herbst deutlich an"


def test_helper_verb_after_an_infinitive_is_no_cited_medium() -> None:
    from lagebild.clean.cites import find_cites

    assert find_cites("Wollt ihr über euer Fest berichten lassen? Schreibt uns.") == []
    assert find_cites("Wir werden darüber ausführlich berichten können.") == []
    assert find_cites("Das Portal golem.de berichtet über die Lücke.") == ["golem.de"]
    assert find_cites("Das sei ein Risiko, berichtet heise online.") == ["heise online"]


def test_bare_caps_masthead_confirmed_by_someone_speaking_to_it() -> None:
    from lagebild.clean.outlets import find_outlet

    body = (
        "HOFBLATT ALMEN\n"
        "Zucht · Futter · Technik\n"
        "Der Milchpreis steigt im Herbst um zwei Cent je Kilogramm.\n"
        "„Das hilft uns sehr“, sagte ein Landwirt dem Hofblatt Almen.\n"
    )
    assert find_outlet(body) == "Hofblatt Almen"
    # the capitals alone are a rubric, not a masthead
    rubric = "EILMELDUNG\nDer Rat tagte bis spät in die Nacht.\n„Nein“, sagte sie dem Spiegel.\n"
    assert find_outlet(rubric) is None
    # the name must close the sentence: "der Eilmeldung zufolge" is no one speaking to it
    assert (
        find_outlet("EILMELDUNG\nDer Rat tagte.\n„Nein“, sagte sie der Eilmeldung zufolge.\n")
        is None
    )
