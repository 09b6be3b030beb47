"""The ``sop`` command: everything an operator does (database, deploy, users, server, tables)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from engine import accounts, audit, jabatan, supervisors
from engine.days_off import EVERY_INSTANSI, add_day_off, list_days_off, remove_day_off
from engine.db import database_url, make_engine, make_session_factory, transaction
from engine.deadlines import national_holidays
from engine.deployment import (
    collect_files,
    deploy,
    instansi_of,
    latest_versions,
    record_deployment,
)
from engine.errors import EngineError
from engine.migrate import upgrade
from engine.specs import usable
from engine.users import DEMO_PASSWORD, ensure_demo_users, revoke_tokens_of

from .cli_mail import echo_mail_banner, outbox_cmd, worker
from .cli_plt import plt

DEFAULT_BPMN_DIR = Path("bpmn")


@click.group()
@click.option("--database-url", envvar="DATABASE_URL", default=None,
              help="SQLAlchemy URL (default: SQLite file var/sop.sqlite).")
@click.pass_context
def main(ctx: click.Context, database_url: str | None) -> None:
    """Run Indonesian SOP AP documents as BPMN workflows."""
    ctx.obj = {"url": database_url}


main.add_command(plt)
main.add_command(worker)
main.add_command(outbox_cmd)


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
            changed = jabatan.load_all(db, jabatan.files_under(paths))
            for instansi in changed:
                click.echo(f"  katalog jabatan {instansi} dimuat")
            result = deploy(db, files, name="cli", deployed_by="cli", allow_scripts=allow_scripts)
            record_deployment(db, result, "cli", os_user=_os_user(),
                              files=[name for name, _, _ in files][:200])
    except jabatan.CatalogueError as err:
        for problem in err.problems:
            click.echo(f"error: {problem}", err=True)
        click.echo("Deployment refused; nothing was changed.", err=True)
        sys.exit(1)
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


def _os_user() -> str:
    """Who ran the command, for the audit log (``cli`` is the actor either way)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@main.command("create-user")
@click.argument("username")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--role", "roles", multiple=True,
              help="ROLE@INSTANSI (repeatable); ROLE alone means every instansi.")
@click.option("--full-name", default="")
@click.option("--email", default="")
@click.option("--nip", default="", help="NIP: 18 digits.")
@click.option("--admin", is_flag=True)
@click.option("--pengawas", "supervised", multiple=True, metavar="INSTANSI",
              help="Supervise INSTANSI (repeatable; '*' = every instansi): see all its cases.")
@click.option("--notify", "notify_mode", type=click.Choice(accounts.NOTIFY_MODES),
              default="segera", show_default=True,
              help="Mail of notifications: one each, a daily digest, or none.")
@click.pass_context
def create_user_cmd(ctx: click.Context, username: str, password: str, roles: tuple[str, ...],
                    full_name: str, email: str, nip: str, admin: bool,
                    supervised: tuple[str, ...], notify_mode: str) -> None:
    """Create a user holding one or more roles (jabatan); the password policy applies."""
    with _account_change(ctx) as db:
        accounts.create_account(db, username, password, "cli", [_role_arg(r) for r in roles],
                                full_name, nip, email, admin)
        if notify_mode != "segera":
            accounts.update_profile(db, username, "cli", notify_mode=notify_mode)
        for instansi in supervised:
            supervisors.appoint(db, username, instansi, "cli")
    click.echo(f"User {username} created.")


@contextmanager
def _account_change(ctx: click.Context):
    """A write transaction whose refusal (weak password, unknown user...) is a clear error."""
    try:
        with transaction(_factory(ctx), write=True) as db:
            yield db
    except EngineError as err:
        field = err.details.get("field")
        raise click.ClickException(f"{err.message_en}" + (f" [{field}]" if field else "")
                                   ) from err


def _role_arg(text: str) -> tuple[str, str]:
    try:
        return accounts.parse_role(text)
    except EngineError as err:
        raise click.BadParameter(err.message_en) from err


@main.group("user")
def user_group() -> None:
    """Accounts: list, disable / enable, passwords, roles (every change is audited)."""


@user_group.command("list")
@click.option("--search", default=None, help="Part of a username, name, NIP or email.")
@click.pass_context
def user_list(ctx: click.Context, search: str | None) -> None:
    """Every user with their state and roles."""
    with transaction(_factory(ctx)) as db:
        for user in accounts.list_users(db, search, limit=100_000):
            flags = [f for f, on in (("admin", user.is_admin), ("disabled", user.disabled),
                                     ("must-change-password", user.must_change_password),
                                     ("demo-password", user.demo_password)) if on]
            roles = ", ".join(f"{r.role}@{r.instansi}" for r in user.roles)
            click.echo(f"{user.username:40s} {user.full_name:30s} {' '.join(flags):20s} {roles}")


@user_group.command("disable")
@click.argument("username")
@click.pass_context
def user_disable(ctx: click.Context, username: str) -> None:
    """Disable USERNAME: no login, every token and page session ends."""
    with _account_change(ctx) as db:
        accounts.disable(db, username, "cli")
    click.echo(f"User {username} disabled.")


@user_group.command("enable")
@click.argument("username")
@click.pass_context
def user_enable(ctx: click.Context, username: str) -> None:
    """Enable a disabled USERNAME again."""
    with _account_change(ctx) as db:
        accounts.enable(db, username, "cli")
    click.echo(f"User {username} enabled.")


@user_group.command("reset-password")
@click.argument("username")
@click.pass_context
def user_reset_password(ctx: click.Context, username: str) -> None:
    """Give USERNAME a temporary password (printed once) to change at the next login."""
    with _account_change(ctx) as db:
        temporary = accounts.reset_password(db, username, "cli")
    click.echo(f"Temporary password of {username}: {temporary}")
    click.echo("It must be changed at the next login; every session of the user has ended.")


@user_group.command("set-password")
@click.argument("username")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--temporary", is_flag=True, help="The user must change it at the next login.")
@click.pass_context
def user_set_password(ctx: click.Context, username: str, password: str, temporary: bool) -> None:
    """Set the password of USERNAME (e.g. the demo accounts' before `sop serve`)."""
    with _account_change(ctx) as db:
        accounts.assign_password(db, username, password, "cli", must_change=temporary)
    click.echo(f"Password of {username} set; every session of the user has ended.")


@user_group.command("add-role")
@click.argument("username")
@click.argument("role")
@click.pass_context
def user_add_role(ctx: click.Context, username: str, role: str) -> None:
    """Give USERNAME the ROLE (Jabatan@instansi; without @instansi: every instansi)."""
    with _account_change(ctx) as db:
        accounts.add_role(db, username, *_role_arg(role), "cli")
    click.echo(f"{username} now holds {role}.")


@user_group.command("pengawas")
@click.argument("action", type=click.Choice(["add", "remove"]))
@click.argument("username")
@click.argument("instansi")
@click.pass_context
def user_pengawas(ctx: click.Context, action: str, username: str, instansi: str) -> None:
    """Make USERNAME a pengawas (supervisor) of INSTANSI, or no longer: a pengawas sees every
    case of the instansi ('*': every instansi) in Berkas Unit."""
    with _account_change(ctx) as db:
        if action == "add":
            changed = supervisors.appoint(db, username, instansi, "cli")
        else:
            changed = supervisors.dismiss(db, username, instansi, "cli")
    verb = "is now" if action == "add" else "is no longer"
    click.echo(f"{username} {verb} a pengawas of {instansi}." + ("" if changed else
                                                                   " (unchanged)"))


@user_group.command("remove-role")
@click.argument("username")
@click.argument("role")
@click.pass_context
def user_remove_role(ctx: click.Context, username: str, role: str) -> None:
    """Take ROLE (Jabatan@instansi) away from USERNAME."""
    with _account_change(ctx) as db:
        accounts.remove_role(db, username, *_role_arg(role), "cli")
    click.echo(f"{username} no longer holds {role}.")


@main.command("import-users")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_users_cmd(ctx: click.Context, file: Path) -> None:
    """Create or update staff from a CSV (username,nama,nip,email,jabatan[,password]); all or
    nothing: a bad cell names its row and column and nothing is imported."""
    try:
        with transaction(_factory(ctx), write=True) as db:
            result = accounts.import_staff(db, file.read_text(encoding="utf-8-sig"), "cli")
    except EngineError as err:
        for cell in err.details.get("errors", []):
            click.echo(f"error: {file}: row {cell['row']}, column {cell['column']}: "
                       f"{cell['message_en']}", err=True)
        click.echo("Import refused; nothing was changed.", err=True)
        sys.exit(1)
    click.echo(f"{len(result.created)} user(s) created, {len(result.updated)} updated.")
    for username, temporary in result.temporary.items():
        click.echo(f"  {username:40s} temporary password: {temporary}")


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


@main.command("unlock")
@click.argument("username", required=False)
@click.option("--address", default=None,
              help="Instead: forget the failed logins from this client address.")
@click.pass_context
def unlock_cmd(ctx: click.Context, username: str | None, address: str | None) -> None:
    """Let USERNAME, locked out by too many wrong passwords, try again at once (audited)."""
    from engine.throttle import unlock, unlock_address

    if bool(username) == bool(address):
        raise click.UsageError("Give a USERNAME or --address, not both.")
    try:
        with transaction(_factory(ctx), write=True) as db:
            if username:
                cleared = unlock(db, username, actor="cli")
            else:
                cleared = unlock_address(db, address, actor="cli")
    except EngineError as err:
        raise click.ClickException(err.message_en) from err
    click.echo(f"{username or address} unlocked ({cleared} failed login(s) forgotten).")


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
            audit.record(db, audit.DAY_OFF_ADDED, "cli", f"{day.date()}@{instansi}", name=name)
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
            audit.record(db, audit.DAY_OFF_REMOVED, "cli", f"{day.date()}@{instansi}")
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
        created = ensure_demo_users(db, usable(latest_versions(db)))  # skips broken ones
    for username, role, instansi in created:
        click.echo(f"  {username:45s} {role} ({instansi})")
    click.echo(f"{len(created)} demo user(s) created; password for all: {DEMO_PASSWORD}")


@main.command("run")
@click.option("--host", default="127.0.0.1")
@click.option("--port", default=5000, type=int)
@click.option("--workers", default=2, type=int)
@click.option("--threads", default=8, type=int,
              help="Threads per worker (a login waiting for the password check holds one).")
@click.option("--bpmn", "bpmn_dir", default=str(DEFAULT_BPMN_DIR), type=click.Path(path_type=Path))
@click.option("--no-demo-data", is_flag=True,
              help="Do not fill an empty database with the demo office's cases.")
@click.pass_context
def run(ctx: click.Context, host: str, port: int, workers: int, threads: int,
        bpmn_dir: Path, no_demo_data: bool) -> None:
    """Set up everything (schema, every SOP under bpmn/, demo users, on an empty database the
    demo office's cases) and serve with gunicorn."""
    set_up_demo(ctx, bpmn_dir, demo_data=not no_demo_data)
    echo_mail_banner()
    click.echo(f"\nServing on http://{host}:{port}/  (API: /api, OpenAPI: /api/openapi.json)")
    click.echo("Log in as any user above (e.g. admin / demo): "
               f"curl -X POST http://{host}:{port}/api/auth/token -H 'Content-Type: "
               "application/json' -d '{\"username\": \"admin\", \"password\": \"demo\"}'")
    serve(host, port, workers, ctx.obj["url"], threads)


def set_up_demo(ctx: click.Context, bpmn_dir: Path = DEFAULT_BPMN_DIR,
                demo_data: bool = True) -> None:
    """``sop run`` before serving: schema, SOPs, demo users and, once, the demo office."""
    upgrade(ctx.obj["url"])
    if bpmn_dir.exists():
        _deploy(ctx, [bpmn_dir])
    _demo_users(ctx)
    if demo_data:
        _demo_office(ctx)


def _demo_office(ctx: click.Context) -> None:
    """A few dozen cases of several SOPs in every state (engine.simulate.demo_office), played
    as the demo users over the last weeks; nothing when the database already holds a case."""
    from engine.simulate import demo_office

    from .resources import validate_task_data  # the forms check users' data goes through

    try:
        report = demo_office(_factory(ctx), validate_task_data)
    except (EngineError, ValueError) as err:  # the demo must not keep the server from starting
        click.echo(f"Demo office incomplete: {getattr(err, 'message_en', err)}", err=True)
        return
    if report is None:
        click.echo("Demo office: the database already holds cases; none added.")
        return
    shown = ", ".join(f"{count} {goal}" for goal, count in sorted(report.by_goal().items()))
    click.echo(f"Demo office: {len(report.cases)} case(s) played ({shown}).")


@main.command("serve")
@click.option("--host", default="127.0.0.1")
@click.option("--port", default=5000, type=int)
@click.option("--workers", default=2, type=int)
@click.option("--threads", default=8, type=int,
              help="Threads per worker (a login waiting for the password check holds one).")
@click.option("--bpmn", "bpmn_dir", default=str(DEFAULT_BPMN_DIR), type=click.Path(path_type=Path))
@click.pass_context
def serve_cmd(ctx: click.Context, host: str, port: int, workers: int, threads: int,
              bpmn_dir: Path) -> None:
    """Production start: schema, every SOP under bpmn/, NO demo users; refuses to start while
    any account still has the demo password."""
    upgrade(ctx.obj["url"])
    if bpmn_dir.exists():
        _deploy(ctx, [bpmn_dir])
    refuse_demo_passwords(ctx)
    echo_mail_banner()
    click.echo(f"\nServing on http://{host}:{port}/  (API: /api, OpenAPI: /api/openapi.json)")
    serve(host, port, workers, ctx.obj["url"], threads)


def refuse_demo_passwords(ctx: click.Context) -> None:
    """Exit 1 naming every account that still has the shared demo password (``sop run``'s)."""
    with transaction(_factory(ctx)) as db:
        found = accounts.demo_password_users(db)
    if not found:
        return
    shown = ", ".join(found[:20]) + (f" and {len(found) - 20} more" if len(found) > 20 else "")
    click.echo(f"Refusing to start: {len(found)} account(s) still have the demo password: "
               f"{shown}.\nDisable them (sop user disable NAME) or give each its own password "
               "(sop user set-password NAME); `sop run` is the demo start.", err=True)
    sys.exit(1)


def serve(host: str, port: int, workers: int, url: str | None, threads: int = 8) -> None:
    """Run the app under gunicorn (a production WSGI server), threaded workers: a login
    waiting for the machine-wide password check (engine.throttle.HashGate) holds a thread,
    not a whole worker, and argon2 releases the GIL while it hashes."""
    import os

    from gunicorn.app.base import BaseApplication

    if url:
        os.environ["DATABASE_URL"] = url
    os.environ.setdefault("SECRET_KEY", _secret_key())

    class _Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("threads", threads)
            self.cfg.set("accesslog", None)

        def load(self):
            # in each worker after the fork: its own background loop (the outbox's claims
            # and the writer lock keep every mail sent once however many workers run it)
            from .app import create_app, start_background
            app = create_app()
            start_background(app)
            return app

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
