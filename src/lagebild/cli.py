"""The command line: thin commands over the library. Only this module prints."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from lagebild import __version__
from lagebild.errors import LagebildError
from lagebild.store.db import DEFAULT_DB
from lagebild.stories.cli import story

log = logging.getLogger("lagebild")

db_option = click.option(
    "--db",
    "db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file of the corpus.",
)


def _fail(exc: LagebildError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lagebild")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """lagebild: turn news articles into a situation picture (Lagebild).

    \b
    Example:
      lagebild run --db demo.db examples/corpus/txt examples/corpus/articles.jsonl
      lagebild export --db demo.db -o lagebild.json
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(
        level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s"
    )


@cli.command()
@db_option
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for the per-article steps (default: all cores).",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where the per-article steps run: this machine's cores, or Ray (pip install 'lagebild[ray]').",
)
@click.option(
    "--ray-address", default=None, help="Ray cluster to join (default: start Ray locally)."
)
@click.option(
    "--allow-private", is_flag=True, help="Allow fetching URLs on private or loopback addresses."
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
def run(
    db: str,
    inputs: tuple[str, ...],
    workers: int | None,
    executor: str,
    ray_address: str | None,
    allow_private: bool,
    as_json: bool,
) -> None:
    """Ingest and analyse INPUTS (files, directories, http(s) URLs of feeds or pages, or - for
    JSON lines on stdin). Rerunning on the same input adds nothing; an interrupted run resumes.

    \b
    Example:
      lagebild run --db news.db ~/articles/ https://example.org/feed.xml
      zcat dump.jsonl.gz | lagebild run --db news.db -
    """
    from lagebild.executor import Executor, LocalExecutor
    from lagebild.ingest import IngestOptions
    from lagebild.runner import run as run_job
    from lagebild.store import Store

    chosen: Executor
    if executor == "ray":
        from lagebild.executor.ray import RayExecutor

        chosen = RayExecutor(address=ray_address, num_cpus=workers)
    else:
        chosen = LocalExecutor(workers)
    try:
        store = Store.open(db)
        with store, _progress() as advance:
            report = run_job(
                store,
                list(inputs),
                options=IngestOptions(allow_private=allow_private),
                executor=chosen,
                progress=advance,
            )
    except LagebildError as exc:
        _fail(exc)
        return
    except KeyboardInterrupt:
        click.echo("interrupted: everything committed so far is kept; rerun to resume", err=True)
        sys.exit(130)
    summary = report.to_dict()
    if as_json:
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        _print_summary(summary, db)
    if report.stats.quarantined:
        sys.exit(1)


def _print_summary(summary: dict[str, Any], db: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=False)
    table = Table(title="per-article steps", show_lines=False)
    for col in ("step", "seen", "kept", "dropped", "seconds"):
        table.add_column(col, justify="right" if col != "step" else "left")
    for s in summary["steps"]:
        dropped = ", ".join(f"{k}: {v}" for k, v in s["dropped"].items()) or "0"
        table.add_row(s["name"], str(s["seen"]), str(s["kept"]), dropped, f"{s['seconds']:.2f}")
    console.print(table)
    console.print(
        f"inputs {summary['inputs']}, already known {summary['skipped_known']}, "
        f"new articles {summary['stored']}, quarantined {summary['quarantined']} -> {db}"
    )
    for name, counts in summary["corpus"].items():
        console.print(f"corpus step {name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if summary["quarantined"]:
        console.print(
            f"[yellow]{summary['quarantined']} input(s) quarantined: see `lagebild stats --db {db}`"
        )


class _progress:
    """A rich progress bar on a terminal; silent otherwise."""

    def __enter__(self) -> Callable[[int], None] | None:
        if not sys.stderr.isatty():
            return None
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(
            TextColumn("articles"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=True,
        )
        self.bar.start()
        task = self.bar.add_task("run", total=None)
        return lambda n: self.bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "bar"):
            self.bar.stop()


@cli.command()
@db_option
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--interval",
    type=click.FloatRange(min=1),
    default=30,
    show_default=True,
    help="Seconds between polls.",
)
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes.")
@click.option(
    "--allow-private", is_flag=True, help="Allow fetching URLs on private or loopback addresses."
)
def watch(
    db: str, inputs: tuple[str, ...], interval: float, workers: int | None, allow_private: bool
) -> None:
    """Keep the picture current: poll INPUTS (folders, files, feed URLs) and analyse what is new
    or changed, until Ctrl-C. Each round is an ordinary, idempotent `run`.

    \b
    Example:
      lagebild watch --db news.db --interval 300 ~/inbox https://example.org/feed.xml
    """
    from lagebild.executor import LocalExecutor
    from lagebild.ingest import IngestOptions
    from lagebild.runner import RunReport
    from lagebild.runner import watch as watch_job
    from lagebild.store import Store

    def show(report: RunReport) -> None:
        s = report.stats
        click.echo(
            f"run {report.run_id}: inputs {s.inputs}, new articles {s.stored}, "
            f"quarantined {s.quarantined}"
        )

    try:
        with Store.open(db) as store:
            watch_job(
                store,
                list(inputs),
                interval=interval,
                options=IngestOptions(allow_private=allow_private),
                executor=LocalExecutor(workers),
                on_report=show,
            )
    except LagebildError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        click.echo("stopped; everything committed is kept", err=True)


@cli.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of stdout.",
)
def export(db: str, fmt: str, output: str | None) -> None:
    """Export the situation picture (schema lagebild.export/1, see docs/export.md).

    \b
    Example:
      lagebild export --db news.db -o lagebild.json
      lagebild export --db news.db --format jsonl | jq 'select(.record=="story")'
    """
    from lagebild.export import write_export
    from lagebild.store import Store

    try:
        _require_db(db)
        with Store.open(db) as store:
            if output:
                tmp = Path(output + ".tmp")
                with open(tmp, "w", encoding="utf-8") as fh:
                    n = write_export(store, fh, fmt)
                tmp.replace(output)
                click.echo(f"wrote {n} records to {output}", err=True)
            else:
                write_export(store, sys.stdout, fmt)
    except LagebildError as exc:
        _fail(exc)


def _require_db(db: str) -> None:
    from lagebild.errors import StoreError

    if not Path(db).exists():
        raise StoreError(f"no database at {db}; create one with `lagebild run --db {db} INPUT...`")


@cli.command()
@click.argument("input", default="-")
@click.option(
    "--allow-private", is_flag=True, help="Allow fetching URLs on private or loopback addresses."
)
def analyze(input: str, allow_private: bool) -> None:
    """Analyse one input without a store and print the full analysis as JSON: one object for
    one article, a list for several.

    \b
    Example:
      lagebild analyze article.html | jq .text
      echo '{"title": "Streik bei der Bahn", "text": "..."}' | lagebild analyze -
    """
    from lagebild.analyze import analyze as analyze_input
    from lagebild.ingest import IngestOptions

    try:
        results = analyze_input(input, IngestOptions(allow_private=allow_private))
    except LagebildError as exc:
        _fail(exc)
        return
    payload: object = results[0] if len(results) == 1 else results
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    if any("quarantined" in r for r in results):
        sys.exit(1)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def stats(db: str, as_json: bool) -> None:
    """Counts per table and a summary of the quarantine.

    \b
    Example:
      lagebild stats --db news.db
    """
    from lagebild.store import Store

    try:
        _require_db(db)
        with Store.open(db) as store:
            data: dict[str, Any] = {
                "counts": store.counts(),
                "quarantine": store.quarantine_summary(),
            }
    except LagebildError as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for table, n in data["counts"].items():
        click.echo(f"{table:16} {n:>8}")
    if data["quarantine"]:
        click.echo("\nquarantine (step, reason, count, example):")
        for q in data["quarantine"]:
            click.echo(f"  {q['step']:10} {q['count']:>5}  {q['reason']}  e.g. {q['example']}")


@cli.command()
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default="report.html",
    show_default=True,
    help="HTML file to write.",
)
def report(db: str, output: str) -> None:
    """Write a self-contained HTML report of the corpus (stories, copies, timeline, conflicts,
    entities, quotes, articles with what was removed, quarantine).

    \b
    Example:
      lagebild report --db news.db -o lagebild.html
    """
    from lagebild.store import Store
    from lagebild.web.report import render_report

    try:
        _require_db(db)
        with Store.open(db) as store:
            html = render_report(store)
    except LagebildError as exc:
        _fail(exc)
        return
    Path(output).write_text(html, encoding="utf-8")
    click.echo(f"wrote {output}", err=True)


@cli.command()
@click.option(
    "--conll",
    is_flag=True,
    required=True,
    help="Read one token per line (first column), blank lines between sentences.",
)
def tag(conll: bool) -> None:
    """Tag tokens from stdin with the German named-entity recogniser; writes token<TAB>BIO-label
    (PER, ORG, LOC, MISC), so the recogniser can be evaluated on any CoNLL-style data.

    \b
    Example:
      lagebild tag --conll < NER-de-test.tsv > tagged.tsv
    """
    from lagebild.ner.conll import tag_conll

    try:
        n = tag_conll(sys.stdin, sys.stdout)
    except LagebildError as exc:
        _fail(exc)
        return
    click.echo(f"tagged {n} sentences", err=True)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Browse the corpus in a web UI (read-only): stories, articles with their copies and
    removed blocks, entities, search. Listens on localhost unless --host says otherwise.

    \b
    Example:
      lagebild serve --db demo/lagebild.db   # then open http://127.0.0.1:8765/
    """
    import uvicorn

    from lagebild.web.app import create_app

    try:
        app = create_app(db)
    except LagebildError as exc:
        _fail(exc)
        return
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"warning: listening on {host}; anyone who can reach it can read the corpus", err=True
        )
    click.echo(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


cli.add_command(story)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
