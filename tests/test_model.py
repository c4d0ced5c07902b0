from lagebild.model import Article, Mention, RemovedBlock, article_id, normalise_text


def test_article_id_is_stable_under_whitespace_and_case() -> None:
    assert article_id("Der  Rat\n tagt.") == article_id("der rat tagt.")
    assert article_id("Der Rat tagt.", "https://a.example/1") != article_id("Der Rat tagt.")
    assert len(article_id("x")) == 16


def test_normalise_text_nfc() -> None:
    assert normalise_text("Mu\u0308nchen") == normalise_text("München")


def test_article_dict_round_trip() -> None:
    a = Article(
        source="s",
        raw="r",
        removed=[RemovedBlock("x", "promo")],
        mentions=[Mention("A", "PER", 0, 1)],
    )
    assert Article.from_dict(a.to_dict()) == a
