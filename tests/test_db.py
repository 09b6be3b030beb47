"""The SQLite writer lock: one writer at a time, across threads (and so across processes)."""

import threading
import time

from engine.db import _SqliteWriterLock


def test_writer_lock_admits_one_holder_at_a_time(tmp_path):
    lock = _SqliteWriterLock(str(tmp_path / "db.sqlite"))
    inside, most = [0], [0]

    def work() -> None:
        for _ in range(30):
            with lock.held():
                inside[0] += 1
                most[0] = max(most[0], inside[0])
                time.sleep(0.0005)
                inside[0] -= 1

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] == 1
