"""``sop plt add|list|end``: Plt. / Plh. from the command line (engine.substitutions, audited
with the actor "cli")."""

from __future__ import annotations

import click

from engine import substitutions
from engine.db import make_engine, make_session_factory, transaction
from engine.errors import EngineError

DATE = click.DateTime(formats=["%Y-%m-%d"])


def _factory(ctx: click.Context):
    return make_session_factory(make_engine((ctx.obj or {}).get("url")))


@click.group("plt", short_help="Acting officials (Plt. / Plh.): add, list, end.")
def plt() -> None:
    """Plt. / Plh.: a user acting in a jabatan of an instansi from one date to another."""


@plt.command("add")
@click.argument("username")
@click.argument("role")
@click.argument("instansi")
@click.argument("start", type=DATE)
@click.argument("end", type=DATE)
@click.option("--kind", type=click.Choice(substitutions.KINDS), default="Plh", show_default=True)
@click.pass_context
def plt_add(ctx: click.Context, username: str, role: str, instansi: str, start, end,
            kind: str) -> None:
    """USERNAME acts as ROLE of INSTANSI from START to END (YYYY-MM-DD, both inclusive)."""
    try:
        with transaction(_factory(ctx), write=True) as db:
            view = substitutions.create(db, username, role, instansi, start.date(), end.date(),
                                        kind, "cli")
    except EngineError as err:
        raise click.ClickException(err.message_en) from err
    click.echo(f"#{view.id} {view.username}: {view.label} ({view.instansi}) "
               f"{view.starts_on.isoformat()}..{view.ends_on.isoformat()}")


@plt.command("list")
@click.option("--user", "username", default=None)
@click.option("--instansi", default=None)
@click.option("--active", is_flag=True, help="Only those in force today.")
@click.pass_context
def plt_list(ctx: click.Context, username: str | None, instansi: str | None,
             active: bool) -> None:
    """Recorded substitutions, newest first."""
    with transaction(_factory(ctx)) as db:
        rows = substitutions.listing(db, username, instansi, True if active else None,
                                     limit=1000)
    for v in rows:
        state = "ended" if v.ended_at else ("in force" if v.active else "not today")
        click.echo(f"#{v.id:<5} {v.username:25s} {v.label} ({v.instansi}) "
                   f"{v.starts_on.isoformat()}..{v.ends_on.isoformat()}  {state}")
    if not rows:
        click.echo("No substitutions recorded.")


@plt.command("end")
@click.argument("substitution_id", type=int)
@click.pass_context
def plt_end(ctx: click.Context, substitution_id: int) -> None:
    """End a substitution now (its record stays)."""
    try:
        with transaction(_factory(ctx), write=True) as db:
            view = substitutions.end(db, substitution_id, "cli")
    except EngineError as err:
        raise click.ClickException(err.message_en) from err
    click.echo(f"#{view.id} {view.username}: {view.label} ended.")
