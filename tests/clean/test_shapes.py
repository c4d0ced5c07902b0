"""Round 37b: general page shapes that carry to new sites (invented lines, counter-examples
from the way articles are written)."""

from __future__ import annotations

import pytest
from samples import kept_text as _kept

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import BoilerplateConfig, clean_body
from lagebild.clean.edges import ui_action
from lagebild.clean.lexicon import OPTION_MARK

P1 = (
    "Am Montagabend hat der Gemeinderat von Kesselbach den Ausbau der Grundschule beschlossen. "
    "Die Kosten liegen nach Angaben der Verwaltung bei knapp vier Millionen Euro."
)
P2 = (
    "Bürgermeisterin Hanne Lortzing sprach von einem wichtigen Schritt für die Familien im Ort. "
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen."
)
P3 = "Der Elternbeirat begrüßte die Entscheidung, mahnte aber eine Übergangslösung an."
FOOTER = "© 2027 Kesselbacher Blatt · Impressum · Datenschutz · Kontakt"
HEAD = "Kesselbach baut die Grundschule aus"


def _removed(body: str, **kw: str | None) -> dict[str, str]:
    return {r.text: r.reason for r in clean_body(body, **kw).removed}  # type: ignore[arg-type]


# --- (a) a related-links list led by arrows between the last paragraph and the footer -------


def test_arrow_link_list_before_the_footer_goes_even_with_figures() -> None:
    # the footer line under the list is furniture only as part of the sweep's run; the last
    # link's season figures made the sweep take it for a row of data and stop
    links = [
        "Weitere Schulthemen auf einen Blick:",
        "→ Neue Kita am Mühlbach eröffnet",
        "→ Haushalt 2027/28: Was die Gemeinde plant",
    ]
    note = (
        "Debatte zum Text: Beleidigungen und reine Werbelinks erscheinen hier grundsätzlich nicht."
    )
    body = "\n\n".join([HEAD, P1, P2, P3, *links, note, FOOTER])
    removed = _removed(body, title=HEAD)
    for line in links:
        assert line in removed
    assert P3 in _kept(body, title=HEAD)


def test_a_results_table_before_the_footer_stays() -> None:
    # result rows without link arrows are data: the sweep still stops at them
    rows = ["1. Kesselbach 2:1 (1:0)", "2. Talheim 14 Punkte, 23:9 Tore"]
    body = "\n\n".join([HEAD, P1, P2, *rows, "Kommentare sind geschlossen.", FOOTER])
    kept = _kept(body, title=HEAD)
    for row in rows:
        assert row in kept


def test_a_quotation_opening_with_guillemets_is_no_link_arrow() -> None:
    quote = "»Wir haben 2026/27 schon 14 Klassen«, sagt sie."
    body = "\n\n".join([HEAD, P1, P2, quote, FOOTER])
    assert quote in _kept(body, title=HEAD)


# --- (b) page controls: a bare noun phrase and an infinitive ------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Beitrag auf die Merkliste setzen",
        "Hörfassung abspielen (4:12)",
        "Artikel teilen",
        "Seite drucken",
        "Text vorlesen lassen",
    ],
)
def test_page_control_shape(line: str) -> None:
    assert ui_action(split_blocks(line)[0], shape(line))


@pytest.mark.parametrize(
    "line",
    [
        "Die Preise steigen",  # a clause with its subject
        "Wie Sie richtig vorsorgen",  # a subheading that asks
        "Streik bei der Bahn ab morgen",  # no infinitive: an adverb in -en
        "Die Bauarbeiten sollen im Frühjahr beginnen.",  # a sentence
        "Mieter müssen ab Januar deutlich mehr für Heizung und Warmwasser bezahlen",  # long
        "Lebensmittel spenden: Wo die Tafeln Hilfe brauchen",  # a label colon
    ],
)
def test_no_page_control(line: str) -> None:
    assert not ui_action(split_blocks(line)[0], shape(line))


def test_page_control_under_the_head_goes() -> None:
    dateline = "12.03.2027 · 08:15 Uhr · Lesezeit 2 Minuten"
    body = "\n\n".join([HEAD, dateline, "Text in die Leseliste legen", P1, P2, FOOTER])
    removed = _removed(body, title=HEAD)
    assert "Text in die Leseliste legen" in removed
    assert P1 in _kept(body, title=HEAD)


def test_page_control_under_the_last_paragraph_goes_by_rule() -> None:
    body = "\n\n".join([HEAD, P1, P2, "Hörfassung abspielen (3:05)"])
    res = clean_body(body, title=HEAD, config=BoilerplateConfig(learned=False))
    assert {r.text: r.reason for r in res.removed}["Hörfassung abspielen (3:05)"] == "widget"


def test_last_item_of_the_articles_own_list_stays() -> None:
    # the article's list ends the text: its last item follows another item, not prose
    items = ["Notruf wählen", "Erste Hilfe leisten"]
    body = "\n\n".join([HEAD, P1, "Die Feuerwehr rät im Ernstfall:", *items])
    kept = _kept(body, title=HEAD)
    for item in items:
        assert item in kept


def test_an_article_sentence_ending_in_an_infinitive_stays() -> None:
    line = "Die Gemeinde will die Schule bis 2029 vollständig sanieren lassen."
    body = "\n\n".join([HEAD, P1, P2, line])
    assert line in _kept(body, title=HEAD)


# --- (c) poll option rows drawn with ASCII brackets ---------------------------------------


def test_bracket_options_are_poll_options() -> None:
    assert len(OPTION_MARK.findall("( ) Ja  ( ) Nein  – Abstimmen")) == 2
    assert len(OPTION_MARK.findall("[ ] Ja [ ] Nein [ ] Weiß nicht")) == 3
    # a quoted yes or no in prose has no empty brackets
    assert not OPTION_MARK.findall("„Ja“ oder „Nein“ – die Frage (Stand: Mai) bleibt offen.")


def test_bracket_poll_row_inside_the_article_goes() -> None:
    poll = "( ) Ja, unbedingt  ( ) Nur am Wochenende  ( ) Nein  – Abstimmen"
    body = "\n\n".join([HEAD, P1, "Umfrage: Soll die Schule einen Neubau bekommen?", poll, P2])
    removed = _removed(body, title=HEAD)
    assert poll in removed
    assert P2 in _kept(body, title=HEAD)


def test_a_quoted_yes_stays() -> None:
    line = "„Ja, unbedingt“, sagte die Elternsprecherin, „und zwar bald.“"
    body = "\n\n".join([HEAD, P1, line, P2])
    assert line in _kept(body, title=HEAD)


# --- (d) the box on the expert, as a label ------------------------------------------------


def test_expert_box_label_goes_and_a_sentence_about_the_expert_stays() -> None:
    box = (
        "Über die Expertin: Hanne Lortzing ist Schulplanerin in Kesselbach und berät "
        "Gemeinden beim Ausbau von Grundschulen."
    )
    body = "\n\n".join([HEAD, P1, P2, box, FOOTER])
    assert box in _removed(body, title=HEAD)
    news = "Über den Experten hatte die Zeitung schon im Frühjahr berichtet, als er ins Amt kam."
    body = "\n\n".join([HEAD, P1, news, P2])
    assert news in _kept(body, title=HEAD)


# --- (e) ad labels with a dash, mandatory ad texts ----------------------------------------


def test_ad_label_with_a_dash_and_mandatory_text_go() -> None:
    ad = (
        "Anzeige – Pflichttext: Schmerzmittel Dolorex. Zu Risiken und Nebenwirkungen lesen Sie "
        "die Packungsbeilage."
    )
    body = "\n\n".join([HEAD, P1, ad, P2, FOOTER])
    assert ad in _removed(body, title=HEAD)
    hwg = "Fachinformation gemäß Heilmittelwerbegesetz: Zugang nur für Ärztinnen und Apotheker."
    body = "\n\n".join([HEAD, P1, hwg, P2, FOOTER])
    assert hwg in _removed(body, title=HEAD)


def test_the_law_named_in_a_sentence_stays() -> None:
    line = (
        "Das Heilmittelwerbegesetz verbietet solche Anzeigen für Laien, sagte der Sprecher der "
        "Kammer am Dienstag."
    )
    body = "\n\n".join([HEAD, P1, line, P2])
    assert line in _kept(body, title=HEAD)


def test_sponsored_label_carries_its_long_copy() -> None:
    copy = (
        "Sicher zur Schule ab dem ersten Tag: Die App RouteKid zeigt Ihnen und Ihren Kindern "
        "die sichersten Wege durch den Ort und meldet Baustellen. Laden Sie sie jetzt herunter."
    )
    body = "\n\n".join([HEAD, P1, "Gesponserter Beitrag", copy, P2, FOOTER])
    assert copy in _removed(body, title=HEAD)
    assert P2 in _kept(body, title=HEAD)


# --- (f) comments closed under this very text ---------------------------------------------


def test_comments_closed_note_goes_and_a_spokesmans_no_comment_stays() -> None:
    note = "Zu diesem Text sind keine Leserbeiträge möglich."
    body = "\n\n".join([HEAD, P1, P2, note, FOOTER])
    assert note in _removed(body, title=HEAD)
    news = "Zu laufenden Verfahren seien keine Kommentare möglich, sagte ein Sprecher der Polizei."
    body = "\n\n".join([HEAD, P1, news, P2])
    assert news in _kept(body, title=HEAD)


def test_the_next_edition_of_a_fair_is_news() -> None:
    line = "Die nächste Ausgabe der Messe ist für Juli in Kesselbach angesetzt."
    body = "\n\n".join([HEAD, P1, P2, line])
    assert line in _kept(body, title=HEAD)
