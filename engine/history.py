"""Months of office history for reports, charts, the demo and tests: cases of a few SOPs played
through the real runtime (:mod:`engine.simulate`) on a simulated clock, so the stored rows are
exactly those real use writes, at times an office would write them.

The monitoring reports (Permenpan RB 35/2012 asks for them every semester) need history to show
anything: per step durations against the mutu baku waktu (most on time, a tail late, a few very
late), Tidak answers that send a case back, refusals, months to compare, and cases still running
and overdue now. :func:`history` makes that: finished cases spread over ``months`` before ``end``
(starts, claims and completions only in office hours, Mon-Fri 08.00-15.00 WIB, no holiday),
and a handful still waiting, some past their batas waktu, started in the last weeks.
Deterministic for a seed (but for generated ids).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from .clock import SimulatedClock
from .db import transaction
from .deployment import latest_versions
from .errors import NotFound
from .runtime import Validator
from .simulate import Mix, Order, Report, _check, _Office, read_sop, simulate
from .specs import DefinitionUnusable

HISTORY_MIX = Mix(tidak_share=0.15, max_returns=2, late_share=0.15, very_late_share=0.03,
                  on_time=(0.3, 0.95), late=(1.1, 3.0), very_late=(4.0, 10.0),
                  office_hours=True)
"""Most steps on time, 12 % a little late, 3 % very late; 15 % of the decisions that can send
a case back do so; everything in office hours."""
MONTH = timedelta(days=30.44)
RECENT = timedelta(weeks=3)  # the cases still waiting started within these weeks
REFUSED_SHARE = 0.1          # finished cases refused, for SOPs that can refuse


def history_orders(factory: sessionmaker[Session], keys: Sequence[str], months: int = 6,
                   cases_per_month: int = 20) -> list[Order]:
    """Per SOP: ``months * cases_per_month`` finished cases (a tenth refused where the SOP has
    a Tidak that ends it) over the months, and a few still running over the last weeks
    (waiting, claimed, sent back a moment ago, overdue); at least one of each."""
    orders: list[Order] = []
    few = max(1, cases_per_month // 10)
    for key in keys:
        kinds = set(read_sop(factory, key).decisions.values())
        finished = months * cases_per_month
        refused = round(finished * REFUSED_SHARE) if "refuse" in kinds else 0
        orders.append(Order(key, {"selesai": finished - refused, "ditolak": refused},
                            span=MONTH * months, window=(1.0, 0.01)))
        running = {"menunggu": few, "diambil": few, "terlambat": few}
        if "return" in kinds:
            running["dikembalikan"] = few
        orders.append(Order(key, running, span=RECENT))
    return orders


def playable_keys(factory: sessionmaker[Session], instansi_or_keys: str | Sequence[str],
                  mix: Mix = HISTORY_MIX) -> list[str]:
    """The SOP keys meant: one key, a list of keys, or every deployed SOP of an instansi;
    SOPs that cannot be played (not deployed, unusable, a lane nobody holds) are left out."""
    if isinstance(instansi_or_keys, str):
        with transaction(factory) as session:
            known = {d.key: d.instansi for d in latest_versions(session)}
        wanted = ([instansi_or_keys] if instansi_or_keys in known
                  else sorted(k for k, i in known.items() if i == instansi_or_keys))
    else:
        wanted = list(instansi_or_keys)
    office = _Office(factory, SimulatedClock(datetime.now(UTC)), random.Random(0),
                     mix, None)
    keys = []
    for key in wanted:
        try:
            _check(office, read_sop(factory, key), Order(key, {"selesai": 1}))
        except (NotFound, DefinitionUnusable, ValueError):
            continue
        keys.append(key)
    return keys


def history(factory: sessionmaker[Session], instansi_or_keys: str | Sequence[str],
            months: int = 6, cases_per_month: int = 20, seed: int = 2026,
            end: datetime | None = None, validate: Validator | None = None,
            mix: Mix = HISTORY_MIX) -> Report:
    """Play ``months`` of history of the SOPs meant (a key, keys, or an instansi's SOPs) ending
    at ``end`` (default now: nothing is stored later), as the users holding each lane.

    Raises ValueError when none of them can be played. Pass the forms validator as
    ``validate`` so every step's data is checked as a user's would be.
    """
    keys = playable_keys(factory, instansi_or_keys, mix)
    if not keys:
        raise ValueError(f"no playable SOP in {instansi_or_keys!r} (deployed, with users?)")
    clock = SimulatedClock(end or datetime.now(UTC))
    return simulate(factory, history_orders(factory, keys, months, cases_per_month), clock,
                    seed=seed, mix=mix, validate=validate)
