"""The ``sop`` command: everything an operator does (database, deploy, users, server, tables)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from engine.days_off import EVERY_INSTANSI, add_day_off, list_days_off, remove_day_off
from engine.db import database_url, make_engine, make_session_factory, transaction
from engine.deadlines import national_holidays
from engine.deployment import collect_files, deploy, instansi_of, latest_versions
from engine.errors import EngineError
from engine.migrate import upgrade
from engine.users import DEMO_PASSWORD, create_user, ensure_demo_users, revoke_tokens_of

DEFAULT_BPMN_DIR = Path("bpmn")


@click.group()
@click.option("--database-url", envvar="DATABASE_URL", default=None,
              help="SQLAlchemy URL (default: SQLite file var/sop.sqlite).")
@click.pass_context
def main(ctx: click.Context, database_url: str | None) -> None:
    """Run Indonesian SOP AP documents as BPMN workflows."""
    ctx.obj = {"url": database_url}


def _factory(ctx: click.Context):
    return make_session_factory(make_engine(ctx.obj["url"]))


@main.command("init-db")
@click.pass_context
def init_db(ctx: click.Context) -> None:
    """Create or upgrade the database schema (Alembic)."""
    upgrade(ctx.obj["url"])
    click.echo(f"Database ready: {_redact(database_url(ctx.obj['url']))}")


@main.command("deploy")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--allow-scripts", is_flag=True, help="Accept script tasks (they run code).")
@click.pass_context
def deploy_cmd(ctx: click.Context, paths: tuple[Path, ...], allow_scripts: bool) -> None:
    """Deploy every .bpmn under PATHS (default: bpmn/); all or nothing."""
    _deploy(ctx, list(paths) or [DEFAULT_BPMN_DIR], allow_scripts)


def _deploy(ctx: click.Context, paths: list[Path], allow_scripts: bool = False) -> None:
    files = [(str(f), f.read_bytes(), instansi_of(f, base)) for f, base in collect_files(paths)]
    try:
        with transaction(_factory(ctx), write=True) as db:
            result = deploy(db, files, name="cli", deployed_by="cli", allow_scripts=allow_scripts)
    except EngineError as err:
        for problem in err.details.get("problems", []):
            where = ":".join(str(p) for p in (problem["file"], problem["line"]) if p)
            element = f" [{problem['element']}]" if problem["element"] else ""
            click.echo(f"error: {where}{element}: {problem['message']}", err=True)
        click.echo("Deployment refused; nothing was changed.", err=True)
        sys.exit(1)
    click.echo(f"{len(files)} file(s): {len(result.created)} new version(s), "
               f"{len(result.unchanged)} unchanged.")
    for key, version in result.created:
        click.echo(f"  deployed {key} v{version}")


@main.command("create-user")
@click.argument("username")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--role", "roles", multiple=True,
              help="ROLE@INSTANSI (repeatable); ROLE alone means every instansi.")
@click.option("--full-name", default="")
@click.option("--admin", is_flag=True)
@click.pass_context
def create_user_cmd(ctx: click.Context, username: str, password: str, roles: tuple[str, ...],
                    full_name: str, admin: bool) -> None:
    """Create a user holding one or more roles (jabatan)."""
    pairs = [tuple(r.rsplit("@", 1)) if "@" in r else (r, "*") for r in roles]
    try:
        with transaction(_factory(ctx), write=True) as db:
            create_user(db, username, password, pairs, full_name, admin)
    except EngineError as err:
        raise click.ClickException(err.message_en) from err
    click.echo(f"User {username} created.")


@main.command("revoke-tokens")
@click.argument("username")
@click.pass_context
def revoke_tokens_cmd(ctx: click.Context, username: str) -> None:
    """Revoke every API token of USERNAME (running servers drop them within 30 seconds)."""
    try:
        with transaction(_factory(ctx), write=True) as db:
            count = revoke_tokens_of(db, username)
    except EngineError as err:
        raise click.ClickException(err.message_en) from err
    click.echo(f"{count} token(s) of {username} revoked.")


@main.group("holiday")
def holiday() -> None:
    """Regional days off (libur daerah) that working-day deadlines skip."""


@holiday.command("add")
@click.argument("day", type=click.DateTime(formats=["%Y-%m-%d"]))
@click.argument("name")
@click.option("--instansi", default=EVERY_INSTANSI, show_default=True,
              help="The instansi (folder under bpmn/) whose day off it is; '*' for all.")
@click.pass_context
def holiday_add(ctx: click.Context, day, name: str, instansi: str) -> None:
    """Record DAY (YYYY-MM-DD) as a day off called NAME."""
    try:
        with transaction(_factory(ctx), write=True) as db:
            add_day_off(db, day.date(), name, instansi)
    except EngineError as err:
        raise click.ClickException(err.message_en) from err
    click.echo(f"{day.date().isoformat()} {name} ({instansi}) recorded.")


@holiday.command("remove")
@click.argument("day", type=click.DateTime(formats=["%Y-%m-%d"]))
@click.option("--instansi", default=EVERY_INSTANSI, show_default=True)
@click.pass_context
def holiday_remove(ctx: click.Context, day, instansi: str) -> None:
    """Forget a recorded day off."""
    try:
        with transaction(_factory(ctx), write=True) as db:
            remove_day_off(db, day.date(), instansi)
    except EngineError as err:
        raise click.ClickException(err.message_en) from err
    click.echo(f"{day.date().isoformat()} ({instansi}) removed.")


@holiday.command("list")
@click.option("--instansi", default=None, help="Only the days off that apply to this instansi.")
@click.option("--year", type=int, default=None,
              help="Also list the national holidays and cuti bersama of this year.")
@click.pass_context
def holiday_list(ctx: click.Context, instansi: str | None, year: int | None) -> None:
    """Recorded days off, and with --year the national calendar beside them."""
    with transaction(_factory(ctx)) as db:
        rows = [(d.day, d.name, d.instansi) for d in list_days_off(db, instansi, year)]
    if year is not None:
        rows += [(day, name, "nasional") for day, name in national_holidays(year)]
    for day, name, whose in sorted(rows):
        click.echo(f"{day.isoformat()}  {whose:25s} {name}")
    if not rows:
        click.echo("No days off recorded.")


@main.command("demo-users")
@click.pass_context
def demo_users(ctx: click.Context) -> None:
    """Create a demo user per role of every deployed SOP (password: demo)."""
    _demo_users(ctx)


def _demo_users(ctx: click.Context) -> None:
    with transaction(_factory(ctx), write=True) as db:
        created = ensure_demo_users(db, latest_versions(db))
    for username, role, instansi in created:
        click.echo(f"  {username:45s} {role} ({instansi})")
    click.echo(f"{len(created)} demo user(s) created; password for all: {DEMO_PASSWORD}")


@main.command("run")
@click.option("--host", default="127.0.0.1")
@click.option("--port", default=5000, type=int)
@click.option("--workers", default=2, type=int)
@click.option("--bpmn", "bpmn_dir", default=str(DEFAULT_BPMN_DIR), type=click.Path(path_type=Path))
@click.pass_context
def run(ctx: click.Context, host: str, port: int, workers: int, bpmn_dir: Path) -> None:
    """Set up everything (schema, every SOP under bpmn/, demo users) and serve with gunicorn."""
    upgrade(ctx.obj["url"])
    if bpmn_dir.exists():
        _deploy(ctx, [bpmn_dir])
    _demo_users(ctx)
    click.echo(f"\nServing on http://{host}:{port}/  (API: /api, OpenAPI: /api/openapi.json)")
    click.echo("Log in as any user above (e.g. admin / demo): "
               f"curl -X POST http://{host}:{port}/api/auth/token -H 'Content-Type: "
               "application/json' -d '{\"username\": \"admin\", \"password\": \"demo\"}'")
    serve(host, port, workers, ctx.obj["url"])


def serve(host: str, port: int, workers: int, url: str | None) -> None:
    """Run the app under gunicorn (a production WSGI server)."""
    import os

    from gunicorn.app.base import BaseApplication

    if url:
        os.environ["DATABASE_URL"] = url
    os.environ.setdefault("SECRET_KEY", _secret_key())

    class _Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("accesslog", None)

        def load(self):
            from .app import create_app
            return create_app()

    _Server().run()


def _secret_key() -> str:
    """A per-installation secret kept in var/ so sessions survive restarts and workers agree."""
    path = Path("var") / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        import secrets
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def _redact(url: str) -> str:
    return url.split("@")[-1] if "@" in url and "://" in url else url


def _mount_table_commands() -> None:
    """Mount ``sop import/export/manifest/check`` from the SOP table library."""
    from engine.soptable.cli import table_commands
    for command in table_commands.commands.values():
        main.add_command(command)


def _mount_feature_commands() -> None:
    """Mount ``sop features draft`` (Gherkin drafts from a model's paths)."""
    from features.cli import features

    main.add_command(features)


_mount_table_commands()
_mount_feature_commands()


if __name__ == "__main__":
    main()
