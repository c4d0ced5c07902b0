from __future__ import annotations

import importlib.util
import json
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from lagebild.clean.blocks import split_sentences
from lagebild.clean.boilerplate import BoilerplateConfig, clean_body, decide
from lagebild.clean.learned import (
    FEATURES,
    MODEL_FILE,
    BlockModel,
    ModelError,
    block_features,
    candidates,
    default_model,
    load_model,
)

ROOT = Path(__file__).resolve().parents[2]

P1 = (
    "Ab Montag fährt eine neue Buslinie stündlich zwischen Oberau, Niederau und dem Bahnhof "
    "in Berg. Der Kreis zahlt dafür im ersten Jahr rund 400.000 Euro, teilte die Verwaltung mit."
)
P2 = (
    "Die Linie soll vor allem Schülerinnen und Pendlern helfen, die bisher auf das Auto "
    "angewiesen waren. Ob sie dauerhaft bleibt, entscheidet der Kreistag nach einem Jahr."
)
# Prose that talks like furniture ("wir", "Sie") but is long and sits inside the article.
LONG_VOICE = (
    "Wir haben in den vergangenen Wochen mit Fahrgästen, Busfahrern und Bürgermeistern aus "
    "allen drei Orten gesprochen, und Sie werden in diesem Text ihre Einschätzungen finden, "
    "auch die kritischen Stimmen aus dem Gemeinderat von Niederau."
)


def test_shipped_model_loads_and_fits_the_code() -> None:
    model = default_model()
    assert MODEL_FILE.exists()
    assert set(model.features) <= set(FEATURES)
    assert 0.9 <= model.threshold < 1.0
    # trained only on the gold files the training script lists (no blind round)
    # (rounds 13 and 14, heldout4 and heldout5, joined after their first sight; the later
    # development rounds are not in its training: retraining with them did worse, see the
    # bench README)
    assert model.meta["files"] == [
        "tuning",
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
    ]
    x = np.zeros((3, len(FEATURES)))
    p = model.proba(x)
    assert p.shape == (3,) and np.all((p >= 0) & (p <= 1))


def test_model_file_ships_with_the_package() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = pyproject["tool"]["setuptools"]["package-data"]["lagebild"]
    assert "models/*" in data
    assert MODEL_FILE.parent.name == "models" and MODEL_FILE.parent.parent.name == "lagebild"


def test_a_bare_link_under_the_article_goes_as_learned() -> None:
    body = f"{P1}\n\n{P2}\n\nZurück zur Startseite\n"
    res = clean_body(body, outlet="Kreisbote")
    assert [(r.reason, r.text) for r in res.removed] == [("learned", "Zurück zur Startseite")]
    assert res.text == f"{P1}\n\n{P2}"
    rules = clean_body(body, outlet="Kreisbote", config=BoilerplateConfig(learned=False))
    assert rules.removed == []


def test_long_prose_inside_the_article_is_never_a_candidate() -> None:
    body = f"{P1}\n\n{LONG_VOICE}\n\n{P2}\n"
    d = decide(body)
    assert d is not None
    assert d.shapes[1].outlet_voice and d.shapes[1].reader  # it does look like furniture
    assert candidates(d.blocks, d.shapes, d.reason, d.scores, d.turns) == []
    assert clean_body(body).removed == []


def test_the_only_prose_of_a_body_stays() -> None:
    for body in (P1, "Alle Religionen feiern – zu Weihnachten stellen wir einige ihrer Feste vor."):
        d = decide(body)
        assert d is not None
        assert candidates(d.blocks, d.shapes, d.reason, d.scores, d.turns) == []
        assert clean_body(body).removed == []


def test_interview_turns_are_never_candidates() -> None:
    body = (
        f"{P1}\n"
        "Kreisbote: Und die Fahrpreise?\n"
        "Berger: Die bleiben, wie sie sind. Darauf haben wir uns mit dem Kreis geeinigt.\n"
        "Kreisbote: Auch am Wochenende?\n"
        "Berger: Ja.\n"
        f"{P2}\n"
    )
    d = decide(body, outlet="Kreisbote")
    assert d is not None and d.turns == {1, 2, 3, 4}
    assert not set(candidates(d.blocks, d.shapes, d.reason, d.scores, d.turns)) & d.turns
    res = clean_body(body, outlet="Kreisbote")
    assert "Berger: Ja." in res.text and "Kreisbote: Auch am Wochenende?" in res.text


def test_clean_prose_loses_nothing_one_sentence_per_line() -> None:
    from clean.test_boilerplate import ADVICE, CLEAN, INTERVIEW

    for text in [*CLEAN, ADVICE, INTERVIEW]:
        sents = [s for _, s in split_sentences(text.replace("\n", " "))]
        for body in ("\n".join(sents), "\n\n".join(sents)):
            res = clean_body(body)
            assert not [r.text for r in res.removed if r.reason == "learned"], body[:60]


def test_model_round_trips_and_rejects_what_does_not_fit(tmp_path: Path) -> None:
    model = default_model()
    path = tmp_path / "m.json"
    model.save(path)
    again = load_model(path)
    x = np.random.default_rng(0).normal(size=(5, len(FEATURES)))
    assert np.allclose(model.proba(x), again.proba(x), atol=1e-6)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features"][0] = "no_such_feature"
    with pytest.raises(ModelError, match="no_such_feature"):
        BlockModel.from_json(data)
    with pytest.raises(ModelError, match="format"):
        BlockModel.from_json({**data, "format": 99})
    with pytest.raises(ModelError, match="cannot read"):
        load_model(tmp_path / "missing.json")


def test_features_are_finite_and_shaped() -> None:
    body = f"Lokales › Kreis\n{P1}\n\n{P2}\n\nZurück zur Startseite\n© Kreisbote 2025\n"
    d = decide(body, outlet="Kreisbote")
    assert d is not None
    x = block_features(d.blocks, d.shapes, d.reason, d.scores, d.self_ref, outlet="Kreisbote")
    assert x.shape == (len(d.blocks), len(FEATURES))
    assert np.isfinite(x).all()
    part = block_features(
        d.blocks, d.shapes, d.reason, d.scores, d.self_ref, outlet="Kreisbote", rows=[3]
    )
    assert np.array_equal(part[0], x[3])


def _train_script() -> ModuleType:
    if "train_boilerplate" in sys.modules:
        return sys.modules["train_boilerplate"]
    path = ROOT / "scripts" / "train_boilerplate.py"
    spec = importlib.util.spec_from_file_location("train_boilerplate", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_boilerplate"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_training_is_deterministic_on_a_tiny_fixture() -> None:
    train = _train_script()
    furniture = ["Zurück zur Startseite", "Teilen · Merken · Drucken", "Lokales › Kreis"]
    docs = []
    for k, line in enumerate(furniture):
        body = f"{line}\n{P1}\n\n{P2}\n{furniture[k - 1]}\n"
        doc = train.make_doc("t", f"t{k}", body, [1, 0, 0, 1])
        assert doc is not None
        docs.append(doc)
    a = train.fit(docs, train.Spec(c=0.5))
    b = train.fit(docs, train.Spec(c=0.5))
    assert a.features == b.features
    for (wa, ba), (wb, bb) in zip(a.layers, b.layers, strict=True):
        assert np.array_equal(wa, wb) and np.array_equal(ba, bb)
    p = a.proba(docs[0].x)
    assert p[0] > p[1] and p[3] > p[2]  # the furniture lines score above the paragraphs
