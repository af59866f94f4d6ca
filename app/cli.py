"""The `qala` command: serve, ingest files, reprocess after a model change, migrate."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from app.bootstrap import CeleryDispatcher, default_analyzer, model_version
from app.core.errors import QalaError
from app.core.settings import get_settings
from app.db.session import unit_of_work
from app.schemas.articles import ArticleIn
from app.schemas.common import validation_messages
from app.services.ingest import ingest_article
from app.services.migrate import upgrade_database
from app.services.reprocess import article_ids_to_reprocess, reprocess_one

cli = typer.Typer(help="Qala: Arabic news as data.", no_args_is_help=True, add_completion=False)
BAD_SETTING = "qala: bad setting: {reasons}"


@cli.callback()
def _settings_first() -> None:
    """Read the QALA_* settings before any command: a bad value is one line and exit 2, not a server's traceback."""
    try:
        get_settings()
    except ValidationError as exc:
        typer.echo(BAD_SETTING.format(reasons=validation_messages(exc)), err=True)
        raise typer.Exit(2) from None


def _files(paths: list[Path]) -> list[Path]:
    """The .txt files named, folders expanded (sorted, so runs are repeatable)."""
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    return out


def _article_from(path: Path) -> ArticleIn:
    """First line is the title; the whole file is the text (offsets refer to it as stored)."""
    text = path.read_text(encoding="utf-8")
    title = text.split("\n", 1)[0].strip() or None
    return ArticleIn(text=text, title=title, source=None)


def _reason(exc: Exception) -> str:
    """One line on why a file was refused (a validation error lists its messages)."""
    if isinstance(exc, ValidationError):
        return validation_messages(exc)
    return str(exc)


@cli.command()
def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Run the HTTP API with uvicorn; it migrates at start (QALA_MIGRATE_ON_START) and answers 503 while
    its database is away."""
    import uvicorn

    from app.core.http_wire import ProblemH11Protocol

    uvicorn.run("app.asgi:app", host=host, port=port, workers=workers, log_level="info", http=ProblemH11Protocol)


@cli.command()
def migrate() -> None:
    """Bring the configured database to the newest schema."""
    upgrade_database(get_settings().database_url)
    typer.echo("database is at the newest schema")


@cli.command()
def worker(concurrency: int = 0, pool: str = "prefork", loglevel: str = "INFO") -> None:
    """Run a Celery worker for batch jobs (needs QALA_QUEUE__BROKER_URL); loads the model once per process."""
    from app.tasks import celery_app

    settings = get_settings()
    if not settings.queue.broker_url:
        typer.echo("QALA_QUEUE__BROKER_URL is not set: the API runs batch jobs in-process.", err=True)
        raise typer.Exit(2)
    upgrade_database(settings.database_url)
    n = concurrency or settings.queue.worker_concurrency
    argv = ["worker", f"--loglevel={loglevel}", f"--concurrency={n}", f"--pool={pool}", "-Q", settings.queue.name]
    celery_app.worker_main(argv)


def _enqueue(paths: list[Path]) -> None:
    """Store the files as one batch job and hand it to the Celery workers."""
    from app.services.jobs import create_job

    settings = get_settings()
    if not settings.queue.broker_url:
        typer.echo("--queue needs QALA_QUEUE__BROKER_URL (a Redis broker) and running `qala worker`s.", err=True)
        raise typer.Exit(2)
    upgrade_database(settings.database_url)
    articles: list[ArticleIn] = []
    for path in _files(paths):
        try:
            articles.append(_article_from(path))
        except ValueError as exc:  # not UTF-8, or refused by the same rules as POST /v1/articles
            typer.echo(f"skipped {path}: {_reason(exc)}", err=True)
    if not articles:
        typer.echo("nothing to queue", err=True)
        raise typer.Exit(1)
    with unit_of_work(settings.database_url) as session:
        job_id = create_job(session=session, articles=articles)
    CeleryDispatcher(settings=settings).submit(job_id)
    typer.echo(f"queued job {job_id} with {len(articles)} articles; GET /v1/jobs/{job_id} follows it")


@cli.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt articles.")],
    queue: Annotated[bool, typer.Option("--queue", help="Enqueue for Celery workers instead.")] = False,
) -> None:
    """Analyse and store articles: each in its own transaction; failures are named, the rest kept."""
    from tqdm import tqdm

    if queue:
        _enqueue(paths)
        return
    settings = get_settings()
    upgrade_database(settings.database_url)
    stored = duplicates = 0
    failed: list[tuple[Path, str]] = []
    for path in tqdm(_files(paths), unit="article"):
        try:
            data = _article_from(path)
            with unit_of_work(settings.database_url) as session:
                _, created = ingest_article(session=session, data=data, analyzer=default_analyzer())
            stored += created
            duplicates += not created
        except (QalaError, ValueError, OSError) as exc:
            failed.append((path, _reason(exc)))
    typer.echo(f"stored {stored}, duplicate {duplicates}, failed {len(failed)}")
    for path, why in failed:
        typer.echo(f"  failed: {path}: {why}", err=True)
    if failed:
        raise typer.Exit(1)


@cli.command()
def healthcheck(url: str = "http://127.0.0.1:8000/healthz") -> None:
    """Container health for either role: the API answers /healthz, or this host's Celery worker answers a ping."""
    import socket
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=4) as response:
            raise typer.Exit(0 if response.status == 200 else 1)
    except (urllib.error.URLError, OSError):
        pass  # no API here: perhaps a worker container
    if not get_settings().queue.broker_url:
        raise typer.Exit(1)
    from app.tasks import celery_app

    replies = celery_app.control.ping(destination=[f"celery@{socket.gethostname()}"], timeout=3.0)
    raise typer.Exit(0 if replies else 1)


@cli.command()
def reprocess(
    all_: Annotated[bool, typer.Option("--all", help="Also articles already analysed by this model.")] = False,
) -> None:
    """Re-analyse stored articles with the current model, keeping their ids."""
    from tqdm import tqdm

    settings = get_settings()
    upgrade_database(settings.database_url)
    version = model_version()
    with unit_of_work(settings.database_url) as session:
        ids = article_ids_to_reprocess(session=session, model_version=version, everything=all_)
    for article_id in tqdm(ids, unit="article"):
        with unit_of_work(settings.database_url) as session:
            reprocess_one(session=session, article_id=article_id, analyzer=default_analyzer())
    typer.echo(f"reprocessed {len(ids)} articles")


def main() -> None:
    """Entry point of the `qala` script."""
    logging.basicConfig(level=logging.WARNING)
    cli()
