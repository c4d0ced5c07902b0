"""`lagebild story ...`: the analyst's merge and split commands (thin over decisions.py).

The lead adds this group to the main CLI with ``cli.add_command(story)``.
"""

from __future__ import annotations

import sys

import click

from lagebild.errors import LagebildError
from lagebild.store.db import DEFAULT_DB

_db_option = click.option(
    "--db",
    "db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False, exists=True),
    help="SQLite database file of the corpus.",
)


def _fail(exc: LagebildError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(2)


@click.group(name="story")
def story() -> None:
    """Correct the story clustering; decisions are kept across later runs and rebuilds.

    \b
    Examples:
      lagebild story merge --db news.db st-1a2b3c4d5e6f7a8b st-9f8e7d6c5b4a3f2e
      lagebild story split --db news.db st-1a2b3c4d5e6f7a8b 0c1d2e3f4a5b6c7d
      lagebild story rebuild --db news.db
    """


@story.command()
@_db_option
@click.argument("a")
@click.argument("b")
def merge(db: str, a: str, b: str) -> None:
    """Merge story B into story A (A keeps its id; new articles may join it).

    \b
    Example:
      lagebild story merge --db news.db st-1a2b3c4d5e6f7a8b st-9f8e7d6c5b4a3f2e
    """
    from lagebild.store import Store
    from lagebild.stories.decisions import merge_stories

    try:
        with Store.open(db) as store:
            kept = merge_stories(store, a, b)
    except LagebildError as exc:
        _fail(exc)
        return
    click.echo(f"merged {b} into {kept}")


@story.command()
@_db_option
@click.argument("story_id")
@click.argument("articles", nargs=-1, required=True)
def split(db: str, story_id: str, articles: tuple[str, ...]) -> None:
    """Move ARTICLES out of STORY_ID into a new story (they never return to STORY_ID).

    \b
    Example:
      lagebild story split --db news.db st-1a2b3c4d5e6f7a8b 0c1d2e3f4a5b6c7d
    """
    from lagebild.store import Store
    from lagebild.stories.decisions import split_story

    try:
        with Store.open(db) as store:
            new_id = split_story(store, story_id, list(articles))
    except LagebildError as exc:
        _fail(exc)
        return
    click.echo(f"split {len(articles)} article(s) off {story_id} into {new_id}")


@story.command()
@_db_option
def rebuild(db: str) -> None:
    """Cluster all stored articles again from scratch and replay the merges and splits.

    \b
    Example:
      lagebild story rebuild --db news.db
    """
    from lagebild.store import Store
    from lagebild.stories.decisions import rebuild_stories

    try:
        with Store.open(db) as store:
            replayed = rebuild_stories(store)
    except LagebildError as exc:
        _fail(exc)
        return
    click.echo(f"rebuilt stories, replayed {replayed} decision(s)")
