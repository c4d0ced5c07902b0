from __future__ import annotations

import pickle

from lagebild.clean.language import detect
from lagebild.clean.outlet_stats import OutletLineStats
from lagebild.clean.steps import CleanStep, LanguageStep
from lagebild.model import Article
from lagebild.steps.base import Drop

GERMAN = (
    "Die Landesregierung hat am Dienstag ein neues Programm zur Förderung von Wärmepumpen "
    "vorgestellt. Hausbesitzer sollen bis zu 40 Prozent der Kosten erstattet bekommen."
)
ENGLISH = (
    "The city council approved a new budget on Tuesday, with most of the money going to "
    "schools and public transport."
)


def test_language_and_mixed_flag() -> None:
    assert detect(GERMAN) == ("de", [])
    assert detect(ENGLISH)[0] == "en"
    code, flags = detect(GERMAN + "\n" + ENGLISH + "\n" + GERMAN)
    assert code == "de" and flags == ["mixed-language:en"]
    assert detect("ok") == (None, [])


BODY = """Neue Förderung für Wärmepumpen
Veröffentlicht am 14.05.2024 um 17:40

Die Landesregierung hat am Dienstag ein neues Programm zur Förderung von Wärmepumpen vorgestellt. Wie die Pfälzer Volkszeitung berichtete, stehen dafür 50 Millionen Euro bereit.

Hausbesitzer sollen bis zu 40 Prozent der Kosten erstattet bekommen. Anträge sind ab Juni möglich.

Jetzt Newsletter abonnieren und nichts verpassen!
Ihre Redaktion der Westpfalz-Rundschau
"""


def test_clean_step_fills_only_what_is_missing() -> None:
    step = pickle.loads(pickle.dumps(CleanStep(outlet_stats=OutletLineStats())))
    art = step.process(Article(source="t", raw=BODY, body=BODY))
    assert isinstance(art, Article)
    assert art.title == "Neue Förderung für Wärmepumpen"
    assert art.published == "2024-05-14T17:40" and art.published_precision == "minute"
    assert art.published_source == "text"
    assert art.outlet == "Westpfalz-Rundschau"
    assert art.cites == ["Pfälzer Volkszeitung"]
    assert "Newsletter" not in art.text and "Anträge sind ab Juni möglich." in art.text
    known = Article(
        source="t", raw=BODY, body=BODY, outlet="Pfalz-Bote", published="2024-05-13",
        published_precision="day", published_source="html",
    )  # fmt: skip
    art = step.process(known)
    assert isinstance(art, Article)
    assert (art.outlet, art.published, art.published_source) == ("Pfalz-Bote", "2024-05-13", "html")


def test_clean_step_never_cites_the_known_outlet() -> None:
    body = (
        "Der Kreistag hat den Haushalt beschlossen. Das sagte die Landrätin im Gespräch mit "
        "dem Pfalz-Boten. Die Opposition stimmte dagegen."
    )
    step = CleanStep()
    plain = step.process(Article(source="t", raw=body, body=body))
    known = step.process(Article(source="t", raw=body, body=body, outlet="Pfalz-Bote"))
    assert isinstance(plain, Article) and isinstance(known, Article)
    assert plain.cites == ["Pfalz-Bote"]  # from the text alone it reads as another medium
    assert known.cites == []  # the feed says the page is the Pfalz-Bote itself


def test_clean_step_drops_pure_furniture() -> None:
    body = "Jetzt Newsletter abonnieren!\nFolgen Sie uns auf Instagram."
    assert isinstance(CleanStep().process(Article(source="t", raw=body, body=body)), Drop)


def test_language_step() -> None:
    art = LanguageStep().process(Article(source="t", raw="", text=GERMAN + "\n" + ENGLISH))
    assert isinstance(art, Article)
    assert art.language == "de" and art.flags == ["mixed-language:en"]
