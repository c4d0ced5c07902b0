from lagebild.registry import corpus_steps, default_pipeline, step_classes


def test_step_names_are_pinned() -> None:
    assert list(step_classes()) == ["parse", "clean", "language", "extract"]
    assert default_pipeline().names == list(step_classes())
    assert [s.name for s in corpus_steps()] == ["furniture", "dedup", "entities", "stories"]
