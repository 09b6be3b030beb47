"""Issue 11 item 6, mail: notifications through a real SMTP server (aiosmtpd), on SQLite and
PostgreSQL. Immediate mails carry nomor berkas, perihal, step, batas waktu and the link; the
daily digest lists a day's notifications once; 'mati' and users without an address get none;
failures are retried with back-off and given up; 200 mails and 4 concurrent senders give 200
distinct mails; a hung SMTP server never delays a request; the background loop delivers."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import LiveServer
from mailserver import SilentServer, SmtpServer, free_port, settings_for
from sqlalchemy import select

from engine import outbox
from engine.actors import Actor
from engine.background import Background
from engine.clock import SimulatedClock, using
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.models import Notification, OutboxMail, User
from engine.notify import format_due
from engine.runtime import Runtime
from engine.users import create_user, hash_password

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
DINAS = "dinas"
PPTK = ("PPTK", DINAS)
STARTER = Actor("pptk", frozenset({PPTK}))
_HASH = hash_password("rahasia")
# (username, address, mode): every one holds PPTK, so each case's first step tells them all
STAFF = [("segera", "segera@dinas.example", "segera"),
         ("harian", "harian@dinas.example", "harian"),
         ("mati", "mati@dinas.example", "mati"),
         ("tanpa-alamat", "", "segera")]
# 05:00 WIB on a Tuesday: before the digest hour (07:00)
EARLY = datetime(2026, 12, 1, 22, 0, tzinfo=UTC) - timedelta(days=1)


@pytest.fixture
def smtp():
    server = SmtpServer(refuse=frozenset({"ditolak@dinas.example"}))
    yield server
    server.stop()


@pytest.fixture
def office(db_url, smtp, monkeypatch):
    """The SPJ fixture deployed, PPTK holders in every mail mode, mail on (SMTP at ``smtp``)."""
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:
        deploy(db, [("spj.bpmn", FIXTURE.read_bytes(), DINAS)])
        create_user(db, "pptk", "", [PPTK], password_hash=_HASH)
        for name, address, mode in STAFF:
            user = create_user(db, name, "", [PPTK], password_hash=_HASH, email=address)
            user.notify_mode = mode
    settings = smtp.settings()
    monkeypatch.setattr(outbox, "_settings", settings)
    runtime = Runtime(factory)
    runtime.mail_enabled = True
    return factory, runtime, settings


def _unmailed(factory) -> list[str]:
    with transaction(factory) as db:
        return sorted(db.scalars(select(Notification.username)
                                 .where(Notification.mailed_at.is_(None))))


def test_an_immediate_user_gets_one_mail_with_the_facts_and_the_link(office, smtp):
    factory, runtime, settings = office
    with using(SimulatedClock(EARLY)):
        case = runtime.start("fixture_spj", STARTER, business_key="SPJ-1",
                             title="Perjalanan dinas ke Jakarta")
        assert outbox.send_due(factory, settings, EARLY) == 1
    assert [rcpt for rcpt, _ in smtp.inbox.mails()] == [["segera@dinas.example"]]
    mail = smtp.inbox.to("segera@dinas.example")[0]
    task = case.tasks[0]
    body = mail.get_content()
    assert mail["Subject"] == "Tugas baru: Penyerahan SPJ [SPJ-1]"
    assert mail["From"] == "SOP AP <noreply@dinas.example>"
    assert mail.get_content_charset() == "utf-8"
    due = format_due(EARLY + timedelta(hours=1))
    for line in ("Nomor berkas: SPJ-1", "Perihal: Perjalanan dinas ke Jakarta",
                 "Langkah: Penyerahan SPJ", f"Batas waktu: {due}",
                 f"Buka: https://sop.dinas.example/tugas/{task.id}",
                 "Case number: SPJ-1", "Step: Penyerahan SPJ",
                 f"Open: https://sop.dinas.example/tugas/{task.id}"):
        assert line in body, line
    assert body.index("Batas waktu") < body.index("English:") < body.index("Due:")
    assert "https://sop.dinas.example/akun" in body
    assert outbox.send_due(factory, settings, EARLY + timedelta(hours=1)) == 0, "sent once"
    # the immediate one and 'mati' / no address are done with; 'harian' waits for the digest
    assert _unmailed(factory) == ["harian"]


def test_the_daily_digest_lists_a_days_notifications_once_at_the_digest_hour(office, smtp):
    factory, runtime, settings = office
    clock = SimulatedClock(EARLY)
    with using(clock):
        runtime.start("fixture_spj", STARTER, business_key="SPJ-1", title="Perjalanan satu")
        clock.advance(minutes=30)
        runtime.start("fixture_spj", STARTER, business_key="SPJ-2", title="Perjalanan dua")
        assert outbox.digest(factory, settings, clock.now) == 0, "05:30 WIB: before 07:00"
        outbox.send_due(factory, settings, clock.now)
        assert smtp.inbox.to("harian@dinas.example") == []
        clock.advance(hours=1, minutes=30)  # 07:00 WIB
        assert outbox.digest(factory, settings, clock.now) == 1
        assert outbox.digest(factory, settings, clock.now) == 0, "once a day"
        assert outbox.send_due(factory, settings, clock.now) == 1
    [digest] = smtp.inbox.to("harian@dinas.example")
    body = digest.get_content()
    assert digest["Subject"] == "Ringkasan harian SOP AP 01-12-2026: 2 pemberitahuan"
    assert "1. Tugas baru: Penyerahan SPJ" in body and "2. Tugas baru: Penyerahan SPJ" in body
    assert "Nomor berkas: SPJ-1" in body and "Nomor berkas: SPJ-2" in body
    assert "Perihal: Perjalanan dua" in body and "Your notifications since" in body
    assert _unmailed(factory) == []
    everyone = {address for rcpt, _ in smtp.inbox.mails() for address in rcpt}
    assert everyone == {"segera@dinas.example", "harian@dinas.example"}, \
        "'mati' and the user without an address get nothing"
    assert len(smtp.inbox.to("segera@dinas.example")) == 2


def test_a_notification_after_the_days_digest_waits_for_tomorrows(office, smtp):
    factory, runtime, settings = office
    clock = SimulatedClock(EARLY + timedelta(hours=3))  # 08:00 WIB
    with using(clock):
        runtime.start("fixture_spj", STARTER, business_key="SPJ-1", title="Pagi")
        assert outbox.digest(factory, settings, clock.now) == 1
        clock.advance(hours=2)
        runtime.start("fixture_spj", STARTER, business_key="SPJ-2", title="Siang")
        assert outbox.digest(factory, settings, clock.now) == 0
        assert _unmailed(factory) == ["harian"]
        clock.advance(hours=22)  # 08:00 WIB the next day
        assert outbox.digest(factory, settings, clock.now) == 1
        outbox.send_due(factory, settings, clock.now)
    first, second = smtp.inbox.to("harian@dinas.example")
    assert "SPJ-1" in first.get_content() and "SPJ-2" not in first.get_content()
    assert "SPJ-2" in second.get_content() and "SPJ-1" not in second.get_content()


def _queue(factory, count: int, now: datetime, recipient: str = "staf@dinas.example") -> None:
    with transaction(factory, write=True) as db:
        db.add_all(OutboxMail(dedupe_key=f"t:{i}", username="staf", recipient=recipient,
                              subject=f"Surat {i}", body=f"Isi surat {i}\n", created_at=now,
                              next_attempt_at=now, attempts=0) for i in range(count))


def _rows(factory) -> list[OutboxMail]:
    with transaction(factory) as db:
        return list(db.scalars(select(OutboxMail).order_by(OutboxMail.id)))


def test_smtp_down_counts_attempts_backs_off_and_sends_once_when_it_is_back(office):
    factory, _, _ = office
    port, now = free_port(), EARLY
    down = settings_for(port)
    _queue(factory, 1, now)
    assert outbox.send_due(factory, down, now) == 0
    [row] = _rows(factory)
    assert row.attempts == 1 and row.sent_at is None and row.failed_at is None
    assert "Connection refused" in row.last_error or "Errno" in row.last_error
    assert row.next_attempt_at.replace(tzinfo=UTC) == now + timedelta(minutes=1)
    server = SmtpServer(port=port)
    try:
        assert outbox.send_due(factory, down, now + timedelta(seconds=30)) == 0, "not yet due"
        assert outbox.send_due(factory, down, now + timedelta(minutes=1)) == 1
        assert outbox.send_due(factory, down, now + timedelta(hours=9)) == 0
    finally:
        server.stop()
    assert len(server.inbox.mails()) == 1
    [row] = _rows(factory)
    assert row.sent_at is not None and row.attempts == 2 and row.last_error is None


def test_after_max_attempts_the_mail_is_given_up(office):
    factory, _, _ = office
    down, now = settings_for(free_port()), EARLY
    _queue(factory, 1, now)
    waits = []
    for _ in range(outbox.MAX_ATTEMPTS):
        assert outbox.send_due(factory, down, now) == 0
        [row] = _rows(factory)
        waits.append(row.next_attempt_at.replace(tzinfo=UTC) - now)
        now = row.next_attempt_at.replace(tzinfo=UTC)
    [row] = _rows(factory)
    assert row.attempts == outbox.MAX_ATTEMPTS and row.failed_at is not None
    assert waits[:-1] == list(outbox.BACKOFF)
    assert outbox.send_due(factory, down, now + timedelta(days=30)) == 0, "given up"
    with transaction(factory) as db:
        found = outbox.summary(db, now)
    assert found["failed"] == 1 and found["pending"] == 0
    assert found["errors"][0]["attempts"] == outbox.MAX_ATTEMPTS


def test_a_refused_recipient_is_given_up_at_once_and_the_others_still_go(office, smtp):
    """Refused (550), an address that cannot be written in a header: each given up at once,
    in one session with the good ones."""
    factory, _, settings = office
    bad = ["ditolak@dinas.example", "c@dinas.example\nBcc: x@y"]
    with transaction(factory, write=True) as db:
        for i, address in enumerate(["a@dinas.example", *bad, "b@dinas.example"]):
            db.add(OutboxMail(dedupe_key=f"r:{i}", username="x", recipient=address,
                              subject="s", body="b", created_at=EARLY,
                              next_attempt_at=EARLY, attempts=0))
    assert outbox.send_due(factory, settings, EARLY) == 2
    given_up = {row.recipient: row for row in _rows(factory) if row.failed_at is not None}
    assert set(given_up) == set(bad)
    assert all(row.attempts == 1 for row in given_up.values())
    assert "550" in given_up["ditolak@dinas.example"].last_error
    assert sorted(r[0] for r, _ in smtp.inbox.mails()) == ["a@dinas.example", "b@dinas.example"]


def test_200_mails_and_4_concurrent_senders_give_200_distinct_mails(db_url, smtp):
    factories = [make_session_factory(make_engine(db_url)) for _ in range(4)]
    settings = smtp.settings()
    _queue(factories[0], 200, EARLY)
    counts: list[int] = []
    start = threading.Barrier(4)

    def sender(factory) -> None:
        start.wait()
        total = 0
        while sent := outbox.send_due(factory, settings, EARLY, batch=10):
            total += sent
        counts.append(total)

    threads = [threading.Thread(target=sender, args=(f,)) for f in factories]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    mails = smtp.inbox.mails()
    ids = [message["Message-ID"] for _, message in mails]
    subjects = sorted(message["Subject"] for _, message in mails)
    assert len(mails) == 200 and len(set(ids)) == 200
    assert subjects == sorted(f"Surat {i}" for i in range(200)), "each mail, none twice"
    assert sum(counts) == 200 and len([c for c in counts if c]) >= 2, counts
    rows = _rows(factories[0])
    assert all(row.sent_at is not None and row.attempts == 1 for row in rows)


def test_a_hung_smtp_server_never_delays_a_request(db_url):
    """The background sender waits on an SMTP server that accepts and never answers, while
    a step is completed over HTTP: the request returns at once (on SQLite: the sender holds
    no lock while it waits) and its mail waits in the outbox."""
    silent = SilentServer()
    settings = settings_for(silent.port, timeout=4.0)
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:
        deploy(db, [("spj.bpmn", FIXTURE.read_bytes(), DINAS)])
        create_user(db, "pptk", "", [PPTK], password_hash=_HASH, email="pptk@dinas.example")
        create_user(db, "bend", "", [("Bendahara Pengeluaran", DINAS)], password_hash=_HASH,
                    email="bend@dinas.example")
        create_user(db, "pptk2", "", [PPTK], password_hash=_HASH, email="pptk2@dinas.example")
    server = LiveServer(db_url, {"MAIL_SETTINGS": settings})
    loop = Background(factory, settings, interval=0.1)
    try:
        client = server.login("pptk")
        case = client.post("/api/process-definition/key/fixture_spj/start", json={}).json()
        loop.start()
        assert silent.accepted.wait(5), "the sender is now waiting on the silent server"
        task = case["tasks"][0]
        started = time.monotonic()
        resp = client.post(f"/api/task/{task['id']}/complete",
                           json={"variables": {"kelengkapan_1": True, "jumlah": 2}})
        elapsed = time.monotonic() - started
        assert resp.status_code == 200, resp.text
        assert elapsed < 2.0, f"the request took {elapsed:.2f} s"
        with transaction(factory) as db:
            waiting = {row.recipient: row for row in db.scalars(select(OutboxMail))}
        assert set(waiting) == {"pptk2@dinas.example", "bend@dinas.example"}
        claimed = waiting["pptk2@dinas.example"]
        assert claimed.attempts == 0 and claimed.sent_at is None, \
            "the sender was still waiting on the server all along"
        assert waiting["bend@dinas.example"].sent_at is None
    finally:
        silent.stop()  # the waiting sender gets its answer (a closed connection) now
        loop.stop()
        server.stop()


def test_the_background_loop_delivers_a_queued_mail_and_stops(office, smtp):
    factory, runtime, settings = office
    runtime.start("fixture_spj", STARTER, business_key="SPJ-9", title="Loop")
    loop = Background(factory, settings, interval=0.2).start()
    try:
        deadline = time.monotonic() + 5
        while not smtp.inbox.to("segera@dinas.example") and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        started = time.monotonic()
        loop.stop()
    assert time.monotonic() - started < 2 and not loop.running
    [mail] = smtp.inbox.to("segera@dinas.example")
    assert "SPJ-9" in mail["Subject"]
    with transaction(factory) as db:
        assert db.scalar(select(OutboxMail.sent_at)) is not None
        assert db.scalar(select(User.notify_mode).where(User.username == "harian")) == "harian"


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtp_login_with_user_and_password(office):
    factory, _, _ = office
    server = SmtpServer(login=("sop", "kata-sandi"))
    try:
        _queue(factory, 1, EARLY)
        wrong = server.settings(user="sop", password="salah")
        assert outbox.send_due(factory, wrong, EARLY) == 0
        [row] = _rows(factory)
        assert "535" in row.last_error and row.failed_at is None, "retried: the admin may fix it"
        right = server.settings(user="sop", password="kata-sandi")
        assert outbox.send_due(factory, right, EARLY + timedelta(minutes=1)) == 1
    finally:
        server.stop()
    assert len(server.inbox.mails()) == 1
