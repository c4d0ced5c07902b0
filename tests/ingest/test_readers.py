from __future__ import annotations

import io
from pathlib import Path

from samples import FEED, HTML_ARTICLE, JSONL_RECORDS, TXT_ARTICLE, write_jsonl, write_warc

from lagebild.ingest import IngestOptions, InputProblem, iter_inputs
from lagebild.ingest.base import decode_text, repair_mojibake
from lagebild.ingest.sources import detect_format
from lagebild.model import Article


def _split(items: list[Article | InputProblem]) -> tuple[list[Article], list[InputProblem]]:
    arts = [i for i in items if isinstance(i, Article)]
    probs = [i for i in items if isinstance(i, InputProblem)]
    return arts, probs


def test_detect_format_by_longest_ending() -> None:
    assert detect_format(Path("a.jsonl.gz")) == "jsonl"
    assert detect_format(Path("a.WARC.GZ")) == "warc"
    assert detect_format(Path("a.htm")) == "html"
    assert detect_format(Path("a.pdf")) is None


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TXT_ARTICLE, encoding="utf-8")
    arts, probs = _split(list(iter_inputs([str(p)])))
    assert not probs and len(arts) == 1
    assert arts[0].raw_format == "text" and arts[0].source == str(p)
    assert "Radwegenetz" in arts[0].raw


def test_latin1_text_is_decoded_and_flagged(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Überschwemmung in Göttingen\n\nDie Straßen sind gesperrt.".encode("latin-1"))
    arts, _ = _split(list(iter_inputs([str(p)])))
    assert arts[0].raw.startswith("Überschwemmung in Göttingen")
    assert "decoded-cp1252" in arts[0].flags


def test_mojibake_is_repaired() -> None:
    broken = "FuÃŸball in MÃ¼nchen: GrÃ¶ÃŸter Sieg"
    assert repair_mojibake(broken) == "Fußball in München: Größter Sieg"
    text, flags = decode_text(broken.encode("utf-8"), "x")
    assert text == "Fußball in München: Größter Sieg" and "repaired-mojibake" in flags


def test_html_file_keeps_raw_for_parse_step(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(HTML_ARTICLE, encoding="utf-8")
    arts, _ = _split(list(iter_inputs([str(p)])))
    assert arts[0].raw_format == "html" and "<article>" in arts[0].raw


def test_jsonl_fields_and_title_only_record(tmp_path: Path) -> None:
    p = write_jsonl(tmp_path / "r.jsonl", JSONL_RECORDS)
    arts, probs = _split(list(iter_inputs([str(p)])))
    assert not probs
    first, second = arts
    assert first.source == f"{p}#1" and first.ref == "w-1"
    assert first.published == "2024-04-20T06:30+02:00" and first.published_precision == "minute"
    assert first.outlet == "Wirtschaftsecho" and first.language == "de"
    assert second.source == f"{p}#2" and second.title == "Bahn kündigt neue Sprinterzüge an"
    assert second.raw == ""


def test_jsonl_bad_lines_are_problems_and_rest_is_read(tmp_path: Path) -> None:
    p = tmp_path / "r.jsonl"
    p.write_text(
        '{"title": "gut"}\nkein json\n[1, 2]\n{"url": "https://x.example"}\n\n{"text": "auch gut"}\n'
    )
    arts, probs = _split(list(iter_inputs([str(p)])))
    assert [a.source for a in arts] == [f"{p}#1", f"{p}#6"]
    reasons = {pr.source: pr.reason for pr in probs}
    assert "not valid JSON" in reasons[f"{p}#2"]
    assert "not an object" in reasons[f"{p}#3"]
    assert "neither 'title' nor 'text'" in reasons[f"{p}#4"]


def test_jsonl_gz_and_truncated_gz(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "r.jsonl.gz", JSONL_RECORDS * 40, gz=True)
    arts, probs = _split(list(iter_inputs([str(good)])))
    assert len(arts) == 80 and not probs
    cut = tmp_path / "cut.jsonl.gz"
    data = good.read_bytes()
    cut.write_bytes(data[: len(data) - 12])
    arts, probs = _split(list(iter_inputs([str(cut)])))
    assert len(probs) == 1 and "truncated or corrupt gzip" in probs[0].reason
    assert probs[0].source == str(cut)


def test_stdin_jsonl() -> None:
    stream = io.BytesIO(b'{"title": "Eins"}\n{"title": "Zwei", "text": "Text"}\n')
    arts, _ = _split(list(iter_inputs(["-"], stdin=stream)))
    assert [a.source for a in arts] == ["-#1", "-#2"]


def test_warc_html_records_only(tmp_path: Path) -> None:
    p = write_warc(
        tmp_path / "c.warc.gz",
        {"https://a.example/1": HTML_ARTICLE, "https://a.example/2": HTML_ARTICLE},
    )
    arts, probs = _split(list(iter_inputs([str(p)])))
    assert not probs
    assert [a.url for a in arts] == ["https://a.example/1", "https://a.example/2"]
    assert arts[0].source == f"{p}#https://a.example/1"
    assert arts[0].fetched == "2024-06-03T10:00Z" and arts[0].raw_format == "html"


def test_truncated_warc_keeps_earlier_records(tmp_path: Path) -> None:
    pages = {f"https://a.example/{i}": HTML_ARTICLE + f"<!-- {i} -->" for i in range(5)}
    p = write_warc(tmp_path / "c.warc", pages)
    data = p.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) // 2])
    arts, probs = _split(list(iter_inputs([str(cut)])))
    assert 1 <= len(arts) < 5
    assert len(probs) == 1 and "truncated" in probs[0].reason


def test_feed_items(tmp_path: Path) -> None:
    p = tmp_path / "f.xml"
    p.write_text(FEED, encoding="utf-8")
    arts, probs = _split(list(iter_inputs([str(p)])))
    assert not probs and len(arts) == 2
    a, b = arts
    assert a.source == f"{p}#1" and a.ref == "talbote-4711"
    assert a.title == "Deichbruch bei Grimmstedt verhindert"
    assert a.raw == "Helfer haben in der Nacht einen Deichbruch verhindert."
    assert a.url == "https://www.talbote.example/region/deich"
    assert a.published == "2024-06-03T06:10+02:00" and a.outlet == "Talbote Nachrichten"
    assert b.raw == "" and b.title == "Pegel an der Mulde sinken"


def test_feed_with_entity_declarations_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "bomb.xml"
    p.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
        "<rss><channel><item><title>&b;</title></item></channel></rss>"
    )
    _, probs = _split(list(iter_inputs([str(p)])))
    assert len(probs) == 1 and "entities" in probs[0].reason


def test_malformed_feed_is_a_problem(tmp_path: Path) -> None:
    p = tmp_path / "broken.xml"
    p.write_text("<rss><channel><title>kaputt</title>")
    _, probs = _split(list(iter_inputs([str(p)])))
    assert len(probs) == 1 and probs[0].source == str(p)


def test_bad_files_in_directory(corpus_dir: Path) -> None:
    arts, probs = _split(list(iter_inputs([str(corpus_dir)])))
    by_source = {p.source: p.reason for p in probs}
    assert by_source[str(corpus_dir / "empty.txt")] == "empty file"
    assert by_source[str(corpus_dir / "junk.txt")] == "binary data, not text"
    assert "truncated or corrupt gzip" in by_source[str(corpus_dir / "truncated.jsonl.gz")]
    formats = {a.source.split("#")[0].rsplit(".", 1)[-1] for a in arts}
    assert {"txt", "html", "xml", "jsonl", "gz"} <= formats


def test_unknown_and_missing_and_huge(tmp_path: Path) -> None:
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    big = tmp_path / "big.txt"
    big.write_text("Wort " * 3000)
    items = list(
        iter_inputs(
            [str(tmp_path / "doc.pdf"), str(tmp_path / "nope.txt"), str(big)],
            IngestOptions(max_article_bytes=1000),
        )
    )
    _, probs = _split(items)
    reasons = [p.reason for p in probs]
    assert "unknown file type '.pdf'" in reasons[0]
    assert reasons[1] == "no such file or directory"
    assert "over the" in reasons[2]
