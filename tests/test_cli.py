from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from samples import HTML_ARTICLE

from lagebild.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"


def _invoke(*args: str, input: str | bytes | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_every_command_has_help_with_example_and_is_documented() -> None:
    readme = README.read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        result = _invoke(name, "--help")
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"`lagebild {name} --help` has no example"
        assert f"`lagebild {name}" in readme, f"README does not document `lagebild {name}`"
        for param in command.params:
            opts = [o for o in getattr(param, "opts", []) if o.startswith("-") and o != "--help"]
            if opts:
                assert any(o in readme for o in opts), f"`lagebild {name} {opts[0]}` not in README"


def test_run_export_stats_report(tmp_path: Path, corpus_dir: Path) -> None:
    db = str(tmp_path / "x.db")
    result = _invoke("run", "--db", db, "--workers", "1", str(corpus_dir))
    assert result.exit_code == 1  # three broken files quarantined
    assert "quarantined 3" in result.output
    result = _invoke("run", "--db", db, "--workers", "1", "--json", str(corpus_dir))
    summary = json.loads(result.output)
    assert result.exit_code == 0 and summary["stored"] == 0
    out = tmp_path / "export.json"
    assert _invoke("export", "--db", db, "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text())["schema"] == "lagebild.export/1"
    result = _invoke("stats", "--db", db, "--json")
    stats = json.loads(result.output)
    assert stats["counts"]["articles"] == 7 and stats["counts"]["quarantine"] == 3
    report = tmp_path / "r.html"
    assert _invoke("report", "--db", db, "-o", str(report)).exit_code == 0
    assert "Lagebild" in report.read_text()


def test_missing_db_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 2 and "no database at" in result.output


def test_analyze_one_html_file(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(HTML_ARTICLE, encoding="utf-8")
    result = _invoke("analyze", str(page))
    data = json.loads(result.output)
    assert data["url"].endswith("hochwasser-mulde-pegel") and data["language"] == "de"
    assert "raw" not in data and "Deiche" in data["text"]


def test_analyze_stdin_several_records() -> None:
    lines = (
        '{"title": "Eins", "text": "Der Landtag hat heute getagt."}\n{"title": "Zwei"}\nkaputt\n'
    )
    result = CliRunner().invoke(cli, ["analyze", "-"], input=lines)
    data = json.loads(result.output)
    assert len(data) == 3 and result.exit_code == 1
    assert data[0]["quarantined"]["reason"].startswith("not valid JSON")


@pytest.mark.parametrize("args", [["run"], ["export", "--format", "xml"]])
def test_usage_errors(args: list[str]) -> None:
    assert CliRunner().invoke(cli, args).exit_code == 2
