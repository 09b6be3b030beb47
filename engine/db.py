"""Database engine and sessions: SQLite file by default (WAL), PostgreSQL via DATABASE_URL."""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_SQLITE_PATH = Path("var") / "sop.sqlite"


def database_url(url: str | None = None) -> str:
    """The URL to use: explicit argument, then DATABASE_URL, then the local SQLite file."""
    url = url or os.environ.get("DATABASE_URL")
    if url:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        return url
    DEFAULT_SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_SQLITE_PATH}"


def make_engine(url: str | None = None) -> Engine:
    """Create the SQLAlchemy engine, with SQLite tuned for a multi-process server."""
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        event.listen(engine, "handle_error", _sqlite_drop_unwritable)
        return engine
    # pool_pre_ping would cost a round trip per transaction; recycle idle connections instead
    # and let a dropped connection fail one request, which the client may retry.
    return create_engine(url, pool_recycle=1800, pool_size=10, max_overflow=10)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Python's sqlite3 opens transactions lazily; take control so that BEGIN IMMEDIATE below
    # serialises writers instead of failing late with "database is locked" on upgrade.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin_immediate(connection) -> None:
    # Writers take the lock up front (no failing upgrade later); readers stay concurrent (WAL).
    if connection.get_execution_options().get("sqlite_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


_UNWRITABLE = ("attempt to write a readonly database", "disk i/o error",
               "unable to open database file", "database or disk is full")


def is_unwritable(err: BaseException) -> bool:
    """SQLite could not write the file (read-only file or folder, full or failing disk)."""
    orig = getattr(err, "orig", err)
    return isinstance(orig, sqlite3.OperationalError) and \
        any(text in str(orig).lower() for text in _UNWRITABLE)


def _sqlite_drop_unwritable(context) -> None:
    # A connection opened while the file was read-only stays read-only for its whole life, and
    # one that met a disk I/O error may keep a broken WAL view; both would fail every write
    # after the cause is gone. Calling it a disconnect makes SQLAlchemy discard it and the rest
    # of the pool, so the next transaction opens fresh connections (cost: only on this error).
    if is_unwritable(context.original_exception):
        context.is_disconnect = True


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


class _SqliteWriterLock:
    """Serialises SQLite writers of every process and thread with a blocking file lock.

    SQLite's own busy handler polls with sleeps of up to 100 ms, so two gunicorn workers that
    meet at the write lock lose whole milliseconds and the tail latency explodes. A blocking
    ``flock`` wakes the waiter as soon as the holder releases. Each transaction opens the lock
    file anew and flock locks belong to the open file, so threads of one process queue too.
    """

    def __init__(self, db_path: str):
        self.path = db_path + ".writelock"

    @contextmanager
    def held(self) -> Iterator[None]:
        with open(self.path, "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


_WRITER_LOCKS: dict[str, _SqliteWriterLock] = {}


def _writer_lock(factory: sessionmaker[Session]) -> _SqliteWriterLock | None:
    engine = factory.kw.get("bind")
    if engine is None or engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    path = os.path.abspath(engine.url.database)
    return _WRITER_LOCKS.setdefault(path, _SqliteWriterLock(path))


@contextmanager
def transaction(factory: sessionmaker[Session], write: bool = False) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error.

    ``write=True`` marks a transaction that will change rows: on SQLite it queues on the
    writer lock, then takes SQLite's write lock at BEGIN (PostgreSQL ignores both: its row
    locks and the revision check do the work).
    """
    lock = _writer_lock(factory) if write else None
    with lock.held() if lock else nullcontext():
        session = factory()
        if write:
            session.connection(execution_options={"sqlite_write": True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
