"""The outbox around the sender: SMTP settings from the environment, what start-up says,
which notifications are left to the digest or marked done, two workers queueing one digest,
``sop outbox``, ``sop worker`` and ``sop serve``'s workers delivering through a real SMTP
server (aiosmtpd)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from conftest import ROOT
from mailserver import SmtpServer, free_port
from sqlalchemy import func, select

from api.app import create_app
from api.cli import main
from engine import outbox
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.mailer import MailSettings, banner
from engine.models import Notification, OutboxMail
from engine.users import create_user, hash_password

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
_HASH = hash_password("rahasia")
AT_EIGHT = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 08:00 WIB


def test_settings_from_the_environment():
    assert not MailSettings.from_env({}).enabled
    plain = MailSettings.from_env({"SMTP_HOST": "mail.dinas.go.id"})
    assert plain.enabled and (plain.port, plain.security) == (25, "none")
    assert plain.sender == "SOP AP <noreply@localhost>"
    assert plain.public_url == "http://127.0.0.1:5000" and plain.digest_hour == 7
    assert MailSettings.from_env({"SMTP_PORT": "587"}).security == "starttls"
    assert MailSettings.from_env({"SMTP_PORT": "465"}).security == "ssl"
    assert MailSettings.from_env({"SMTP_PORT": "465", "SMTP_SECURITY": "none"}).security \
        == "none"
    full = MailSettings.from_env({
        "SMTP_HOST": "smtp", "SMTP_PORT": "2525", "SMTP_SECURITY": "STARTTLS",
        "SMTP_USER": "sop", "SMTP_PASSWORD": "rahasia", "MAIL_FROM": "SOP <sop@dinas.go.id>",
        "PUBLIC_URL": "https://sop.dinas.go.id/", "DIGEST_HOUR": "6"})
    assert (full.port, full.security, full.user, full.password, full.digest_hour) == \
        (2525, "starttls", "sop", "rahasia", 6)
    assert full.link("/tugas/x") == "https://sop.dinas.go.id/tugas/x"
    for bad in ({"SMTP_PORT": "dua lima"}, {"SMTP_PORT": "0"}, {"DIGEST_HOUR": "24"},
                {"SMTP_SECURITY": "tls"}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            MailSettings.from_env(bad)


def test_start_up_says_where_mail_goes():
    assert banner(MailSettings()) == (
        "Surel: tidak dikirim (SMTP_HOST belum diatur); notifikasi tetap tampil di aplikasi.",
        "Mail: not sent (SMTP_HOST is not set); notifications still show in the app.")
    on = MailSettings(host="smtp.dinas.go.id", port=587, sender="SOP <sop@dinas.go.id>")
    assert banner(on)[0] == \
        "Surel: dikirim lewat smtp.dinas.go.id:587 sebagai SOP <sop@dinas.go.id>"
    assert banner(on)[1] == "Mail: sent through smtp.dinas.go.id:587 as SOP <sop@dinas.go.id>"


def test_the_app_turns_mail_on_only_with_smtp_host(db_url):
    off = create_app({"DATABASE_URL": db_url, "MAIL_SETTINGS": MailSettings()})
    assert off.extensions["sop_runtime"].mail_enabled is False
    assert "sop_background" not in off.extensions, "no thread in create_app"
    on = create_app({"DATABASE_URL": db_url, "MAIL_SETTINGS": MailSettings(host="smtp")})
    assert on.extensions["sop_runtime"].mail_enabled is True
    for app in (off, on):
        app.extensions["sop_engine"].dispose()


def _office(url: str, users: list[tuple[str, str, str, bool]]):
    """Users (name, address, mode, disabled) and one notification each, not yet mailed."""
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        for name, address, mode, disabled in users:
            user = create_user(db, name, "", [], password_hash=_HASH, email=address)
            user.notify_mode, user.disabled = mode, disabled
        db.add_all(Notification(username=name, kind="task_ready", data={
            "nomor": f"N-{name}", "perihal": "P", "step": "Langkah", "due": None},
            created_at=AT_EIGHT - timedelta(hours=1)) for name, *_ in users)
    return factory


def test_notifications_nobody_will_mail_are_marked_and_do_not_pile_up(db_url):
    factory = _office(db_url, [("harian", "h@x.example", "harian", False),
                               ("mati", "m@x.example", "mati", False),
                               ("tanpa", "", "harian", False),
                               ("nonaktif", "n@x.example", "harian", True),
                               ("segera", "s@x.example", "segera", False)])
    early = AT_EIGHT - timedelta(hours=2)  # 06:00 WIB: no digest yet, the sweep still runs
    assert outbox.digest(factory, MailSettings(host="smtp"), early) == 0
    with transaction(factory) as db:
        waiting = db.scalars(select(Notification.username)
                             .where(Notification.mailed_at.is_(None))).all()
    assert waiting == ["harian"]
    assert outbox.digest(factory, MailSettings(host="smtp"), AT_EIGHT) == 1
    with transaction(factory) as db:
        assert db.scalar(select(func.count()).where(Notification.mailed_at.is_(None))) == 0
        [mail] = db.scalars(select(OutboxMail)).all()
    assert mail.dedupe_key == "digest:harian:2026-12-01" and mail.recipient == "h@x.example"


def test_notifications_older_than_a_week_are_left_to_the_app(db_url):
    factory = _office(db_url, [("harian", "h@x.example", "harian", False)])
    later = AT_EIGHT + outbox.DIGEST_MAX_AGE + timedelta(days=1)
    assert outbox.digest(factory, MailSettings(host="smtp"), later) == 0
    with transaction(factory) as db:
        assert db.scalar(select(func.count()).select_from(OutboxMail)) == 0


def test_two_workers_queue_one_digest(db_url):
    """Several workers reach the digest hour together: one digest per user and day."""
    factory = _office(db_url, [(f"harian{i}", f"h{i}@x.example", "harian", False)
                               for i in range(20)])
    settings = MailSettings(host="smtp")
    factories = [make_session_factory(make_engine(db_url)) for _ in range(3)]
    made: list[int] = []
    barrier = threading.Barrier(3)

    def worker(f) -> None:
        barrier.wait()
        made.append(outbox.digest(f, settings, AT_EIGHT))

    threads = [threading.Thread(target=worker, args=(f,)) for f in factories]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sum(made) == 20
    with transaction(factory) as db:
        keys = db.scalars(select(OutboxMail.dedupe_key)).all()
        assert db.scalar(select(func.count()).where(Notification.mailed_at.is_(None))) == 0
    assert sorted(keys) == sorted(f"digest:harian{i}:2026-12-01" for i in range(20))


def test_sop_outbox_lists_counts_and_errors_and_retries_the_failed(db_url):
    factory = make_session_factory(make_engine(db_url))
    now = datetime.now(UTC)
    with transaction(factory, write=True) as db:
        db.add(OutboxMail(dedupe_key="a", username="u", recipient="ok@x.example", subject="s",
                          body="b", created_at=now, next_attempt_at=now, attempts=0,
                          sent_at=now))
        db.add(OutboxMail(dedupe_key="b", username="u", recipient="retry@x.example",
                          subject="s", body="b", created_at=now,
                          next_attempt_at=now + timedelta(minutes=5), attempts=2,
                          last_error="ConnectionRefusedError: [Errno 111]"))
        db.add(OutboxMail(dedupe_key="c", username="u", recipient="gone@x.example",
                          subject="s", body="b", created_at=now, next_attempt_at=now,
                          attempts=1, failed_at=now, last_error="SMTPRecipientsRefused 550"))
    runner = CliRunner()
    result = runner.invoke(main, ["--database-url", db_url, "outbox"], env={"SMTP_HOST": ""},
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Pending: 1 (due now: 0, retrying: 1)  Sent: 1  Failed: 1" in result.output
    assert "gone@x.example: 1 attempt(s), failed" in result.output
    assert "retry@x.example: 2 attempt(s), next try" in result.output
    assert "Errno 111" in result.output and "Surel: tidak dikirim" in result.output
    again = runner.invoke(main, ["--database-url", db_url, "outbox", "--retry-failed"],
                          catch_exceptions=False)
    assert "1 failed mail(s) queued again." in again.output
    assert "Pending: 2 (due now: 1, retrying: 1)  Sent: 1  Failed: 0" in again.output


@pytest.fixture
def smtp():
    server = SmtpServer()
    yield server
    server.stop()


def _wait_for(predicate, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _spawn(args: list[str], url: str, smtp_port: int) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url, "SMTP_HOST": "127.0.0.1",
           "SMTP_PORT": str(smtp_port), "MAIL_FROM": "SOP AP <sop@dinas.example>",
           "PUBLIC_URL": "https://sop.dinas.example", "BACKGROUND_INTERVAL": "0.2"}
    return subprocess.Popen([sys.executable, "-m", "api.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def _stop(proc: subprocess.Popen) -> tuple[int, str]:
    os.killpg(proc.pid, signal.SIGTERM)
    output = proc.communicate(timeout=30)[0]
    return proc.returncode, output


def test_sop_worker_sends_the_outbox_until_sigterm(db_url, smtp):
    factory = make_session_factory(make_engine(db_url))
    now = datetime.now(UTC)
    with transaction(factory, write=True) as db:
        db.add(OutboxMail(dedupe_key="w", username="u", recipient="staf@dinas.example",
                          subject="Tugas baru", body="Isi\n", created_at=now,
                          next_attempt_at=now, attempts=0))
    proc = _spawn(["worker"], db_url, smtp.port)
    try:
        assert _wait_for(lambda: smtp.inbox.mails()), "the worker sent the mail"
    finally:
        code, output = _stop(proc)
    assert code == 0, output
    assert f"Surel: dikirim lewat 127.0.0.1:{smtp.port} sebagai SOP AP <sop@dinas.example>" \
        in output and "Background loop stopped." in output
    assert [rcpt for rcpt, _ in smtp.inbox.mails()] == [["staf@dinas.example"]]


def test_sop_serve_workers_mail_a_task_once(tmp_path: Path, smtp):
    """Two gunicorn workers each run the loop: the mail of a new task arrives once."""
    url = f"sqlite:///{tmp_path / 'serve.sqlite'}"
    assert CliRunner().invoke(main, ["--database-url", url, "init-db"]).exit_code == 0
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        deploy(db, [("spj.bpmn", FIXTURE.read_bytes(), "dinas")])
        create_user(db, "pptk", "", [("PPTK", "dinas")], password_hash=_HASH)
        create_user(db, "bend", "", [("Bendahara Pengeluaran", "dinas")],
                    password_hash=_HASH, email="bend@dinas.example")
    port = free_port()
    proc = _spawn(["serve", "--port", str(port), "--workers", "2",
                   "--bpmn", str(tmp_path / "none")], url, smtp.port)
    try:
        base = f"http://127.0.0.1:{port}"
        assert _wait_for(lambda: _up(base), 60), "the server started"
        token = requests.post(base + "/api/auth/token", timeout=10,
                              json={"username": "pptk", "password": "rahasia"}).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        case = requests.post(base + "/api/process-definition/key/fixture_spj/start",
                             json={}, headers=headers, timeout=10).json()
        done = requests.post(f"{base}/api/task/{case['tasks'][0]['id']}/complete",
                             json={"variables": {"kelengkapan_1": True}}, headers=headers,
                             timeout=10)
        assert done.status_code == 200, done.text
        assert _wait_for(lambda: smtp.inbox.to("bend@dinas.example"))
        time.sleep(1.0)  # both workers' loops go round a few more times
    finally:
        code, output = _stop(proc)
    assert f"Surel: dikirim lewat 127.0.0.1:{smtp.port}" in output, output
    [mail] = smtp.inbox.to("bend@dinas.example")
    assert mail["Subject"].startswith("Tugas baru: Penerimaan SPJ")
    assert "https://sop.dinas.example/tugas/" in mail.get_content()


def _up(base: str) -> bool:
    try:
        return requests.get(base + "/api/openapi.json", timeout=2).status_code == 200
    except requests.RequestException:
        return False
