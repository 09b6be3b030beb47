"""``sop worker`` (the background loop alone, for extra machines) and ``sop outbox`` (the mail
queue for admins), and the mail line ``sop run`` / ``serve`` print at start."""

from __future__ import annotations

import signal
import threading

import click

from engine import outbox
from engine.background import Background, interval_from_env
from engine.db import make_engine, make_session_factory, transaction
from engine.mailer import MailSettings, banner
from engine.models import utcnow


def mail_settings() -> MailSettings:
    """The environment's SMTP settings; a bad value stops the command with its message."""
    try:
        return MailSettings.from_env()
    except ValueError as err:
        raise click.ClickException(str(err)) from err


def echo_mail_banner(settings: MailSettings | None = None) -> None:
    """Say where mail goes (or that it goes nowhere), Indonesian then English."""
    for line in banner(settings or mail_settings()):
        click.echo(line)


@click.command("worker")
@click.pass_context
def worker(ctx: click.Context) -> None:
    """Run only the background loop (timers, Terlambat scan, daily digest, mail outbox) until
    SIGTERM or Ctrl-C: for a machine that serves no pages. Any number may run with the
    servers; each mail is sent once and each timer fires once."""
    settings = mail_settings()
    try:
        interval = interval_from_env()
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    echo_mail_banner(settings)
    engine = make_engine(ctx.obj["url"])
    loop = Background(make_session_factory(engine), settings, interval=interval)
    stopped = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    loop.start()
    click.echo(f"Background loop every {interval:g} s; Ctrl-C or SIGTERM stops it.")
    try:
        while not stopped.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        loop.stop()
        engine.dispose()
    click.echo("Background loop stopped.")


@click.command("outbox")
@click.option("--last", default=10, type=click.IntRange(0, 1000),
              help="How many mails with an error to list.")
@click.option("--retry-failed", is_flag=True,
              help="Give the mails given up on a fresh set of attempts.")
@click.pass_context
def outbox_cmd(ctx: click.Context, last: int, retry_failed: bool) -> None:
    """The mail outbox: pending, retrying, sent and failed mails, and the last errors."""
    engine = make_engine(ctx.obj["url"])
    factory = make_session_factory(engine)
    now = utcnow()
    try:
        if retry_failed:
            with transaction(factory, write=True) as db:
                click.echo(f"{outbox.retry_failed(db, now)} failed mail(s) queued again.")
        with transaction(factory) as db:
            found = outbox.summary(db, now, last)
    finally:
        engine.dispose()
    echo_mail_banner()
    click.echo(f"Pending: {found['pending']} (due now: {found['due']}, retrying: "
               f"{found['retrying']})  Sent: {found['sent']}  Failed: {found['failed']}")
    for mail in found["errors"]:
        state = (f"failed {mail['failed_at']:%Y-%m-%d %H:%M}" if mail["failed_at"]
                 else f"next try {mail['next_attempt_at']:%Y-%m-%d %H:%M}")
        click.echo(f"  #{mail['id']} {mail['recipient']}: {mail['attempts']} attempt(s), "
                   f"{state} UTC: {mail['last_error']}")
