"""Simulated office activity: cases played through the real runtime, as the users holding each
lane, on a simulated clock, with decisions drawn from a seeded random generator.

The demo (``sop run``) opens on a living office with it (:func:`demo_office`), and longer
histories (months of cases, for reports and benchmarks) reuse :func:`simulate` with other SOPs,
counts and a different :class:`Mix`. Nothing here writes rows itself: every case is started,
claimed and completed through :class:`engine.runtime.Runtime`, so the stored state, history,
batas waktu and outcomes are exactly what real use would store, at the simulated times
(``engine.models.utcnow`` reads the clock, see :mod:`engine.clock`).

All actions of all cases go through one queue ordered by time, so the database fills in the
order an office would fill it (case ids grow with their start, events interleave).

Each case is played towards a *goal*, the state it should be in at the end:

``selesai``       finished (returns drawn on the way at ``Mix.tidak_share``)
``ditolak``       ended by a Tidak that ends the SOP (the SOP must have such a decision)
``dikembalikan``  sent back by a Tidak a moment ago; the returned step waits for a redo
``menunggu``      waiting at a step reached recently (within its batas waktu)
``diambil``       waiting like ``menunggu``, and claimed by a holder of the step's role
``terlambat``     waiting at a step that became ready days ago, past its batas waktu

What each step's form receives and how a case is named is :mod:`engine.paperwork`. The engine
does not import ``forms`` (dependencies point api -> forms -> engine), so the caller passes
the forms validator (``validate``) and the data is checked exactly as a user's would be.
"""

from __future__ import annotations

import heapq
import itertools
import random
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from SpiffWorkflow.bpmn.specs.mixins.exclusive_gateway import ExclusiveGateway
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from . import calls, document_rules, supervisors
from .actors import Actor
from .clock import SimulatedClock, using
from .db import transaction
from .deadlines import DEFAULT_ZONE, deadline, is_working_day
from .documents import Documents, Upload
from .errors import NotFound
from .models import ProcessInstance, User, UserRole
from .paperwork import document_name, document_pdf, fill_form, name_case
from .runtime import InstanceView, Runtime, TaskView, Validator
from .specs import DefinitionUnusable, spec_for
from .starting import first_steps, is_user_step
from .subprocesses import all_task_specs
from .tidak import KEMBALI, TOLAK, tidak_kind
from .users import actor_for

GOALS = ("selesai", "ditolak", "dikembalikan", "menunggu", "diambil", "terlambat")
WAITING_GOALS = ("menunggu", "diambil", "terlambat")
_TIDAK = re.compile(r"""keputusan\s*==\s*["']Tidak["']""")


@dataclass(frozen=True)
class Mix:
    """How the office behaves: how often a decision says Tidak, how long steps take against
    their mutu baku waktu and how many are late. Durations are fractions of each step's own
    standard (its batas waktu from ready); a step without one takes ``default_step``."""

    tidak_share: float = 0.25          # share of Tidak at a decision that sends the case back
    max_returns: int = 2               # a case is sent back at most this often, then Ya
    late_share: float = 0.15           # share of steps finished after their batas waktu
    on_time: tuple[float, float] = (0.25, 0.95)  # duration / standard when on time
    late: tuple[float, float] = (1.3, 4.0)       # ... and when late
    default_step: timedelta = timedelta(hours=3)
    step_durations: Mapping[str, timedelta] = field(default_factory=dict)
    """Standards overriding the model's, by ``"key:step_id"`` or ``"step_id"``."""
    terlambat_claimed_share: float = 0.5  # overdue waiting steps that someone has claimed
    very_late_share: float = 0.0       # of all steps, finished very late (within late_share)
    very_late: tuple[float, float] = (5.0, 12.0)  # duration / standard when very late
    office_hours: bool = False
    """Claims and completions only in office hours (Mon-Fri 08.00-15.00 WIB, no holiday): an
    on-time step that would end after closing ends before it, a late one the next morning."""


@dataclass(frozen=True)
class Order:
    """Play ``counts[goal]`` cases of the SOP ``key``."""

    key: str
    counts: Mapping[str, int]
    span: timedelta | None = None
    """How far back the cases start (default: the span given to :func:`simulate`)."""
    window: tuple[float, float] | None = None
    """Where in the span finished cases start, as shares back from the end (early, late);
    default (1.0, 0.15)."""


@dataclass(frozen=True)
class PlayedCase:
    instance_id: int
    key: str
    goal: str
    business_key: str
    title: str


@dataclass
class Report:
    cases: list[PlayedCase] = field(default_factory=list)

    def count(self, goal: str | None = None, key: str | None = None) -> int:
        return sum(1 for c in self.cases if goal in (None, c.goal) and key in (None, c.key))

    def by_goal(self) -> dict[str, int]:
        return dict(Counter(c.goal for c in self.cases))


@dataclass
class _Sop:
    """What the generator needs to know about one SOP, read once from its parsed model."""

    key: str
    name: str
    instansi: str
    spec: Any
    decisions: dict[str, str]   # step id of a decision step -> 'return' | 'refuse' (its Tidak)
    ya_length: int              # user steps on the all-Ya path (parallel branches all count)
    shortest: timedelta         # the shortest standard of its steps


@dataclass
class _Case:
    sop: _Sop
    goal: str
    start_at: datetime
    stop_after: int             # completions after which a waiting goal stops
    business_key: str = ""
    title: str = ""
    instance_id: int | None = None
    completions: int = 0        # scheduled so far
    returns: int = 0
    stopped: bool = False
    scheduled: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)  # normalised items attached so far
    parent: _Case | None = None  # the case whose call activity started this one
    called: set[int] = field(default_factory=set)  # cases its call activities started


class _Office:
    """One simulation run: the queue of timed actions and the people acting."""

    def __init__(self, factory: sessionmaker[Session], clock: SimulatedClock, rng: random.Random,
                 mix: Mix, validate: Validator | None, runtime: Runtime | None = None):
        self.factory, self.clock, self.rng, self.mix, self.validate = (
            factory, clock, rng, mix, validate)
        self.runtime = runtime or Runtime(factory)
        self.documents = Documents(factory)
        self.end = clock.now
        self.queue: list[tuple[datetime, int, _Case, str, Any]] = []
        self.seq = itertools.count()
        self._holders: dict[tuple[str, str], list[Actor]] = {}
        self._sops: dict[str, _Sop] = {}

    # -- people ------------------------------------------------------------------------------
    def holders(self, role: str, instansi: str) -> list[Actor]:
        """The active users holding ``role`` in ``instansi`` (or everywhere), as actors."""
        found = self._holders.get((role, instansi))
        if found is None:
            with transaction(self.factory) as session:
                users = session.scalars(
                    select(User).join(UserRole, UserRole.user_id == User.id)
                    .where(UserRole.role == role,
                           or_(UserRole.instansi == instansi, UserRole.instansi == "*"),
                           User.disabled.is_(False))
                    .order_by(User.username).distinct())
                found = [actor_for(user, session) for user in users]
            self._holders[(role, instansi)] = found
        return found

    def actor(self, role: str, instansi: str) -> Actor:
        holders = self.holders(role, instansi)
        if not holders:
            raise ValueError(f"nobody holds the role '{role}' in '{instansi}'")
        return self.rng.choice(holders)

    # -- the queue ---------------------------------------------------------------------------
    def at(self, when: datetime, case: _Case, action: str, payload: Any = None) -> None:
        when = max(min(when, self.end), self.clock.now)
        heapq.heappush(self.queue, (when, next(self.seq), case, action, payload))

    def run(self) -> None:
        while self.queue:
            when, _, case, action, payload = heapq.heappop(self.queue)
            if case.stopped and action == "complete":
                continue
            self.clock.now = when
            getattr(self, f"_{action}")(case, payload)
        self.clock.now = self.end

    # -- actions -----------------------------------------------------------------------------
    def _start(self, case: _Case, _payload: Any) -> None:
        lane = first_steps(case.sop.spec)[0].lane or ""
        view = self.runtime.start(case.sop.key, self.actor(lane, case.sop.instansi), {},
                                  business_key=case.business_key, title=case.title)
        case.instance_id = view.id
        self._after(case, view, final=case.stop_after == 0 and case.goal in WAITING_GOALS)

    def _claim(self, case: _Case, payload: tuple[TaskView, Actor]) -> None:
        task, actor = payload
        self.runtime.claim(task.id, actor)

    def _complete(self, case: _Case, payload: tuple[TaskView, Actor, str | None, bool]) -> None:
        task, actor, decision, final = payload
        task_spec = case.sop.spec.task_specs[task.step_id]
        data = fill_form(task_spec, decision, self.rng, case.sop.key,
                         refusing=case.sop.decisions.get(task.step_id) == "refuse")
        if decision != "Tidak":
            self._attach_documents(case, task, actor, task_spec)
        view = self.runtime.complete(task.id, actor, data, self.validate)
        self._after(case, view, final)

    def _attach_documents(self, case: _Case, task: TaskView, actor: Actor,
                          task_spec: Any) -> None:
        """Upload a PDF for each document the step requires (dokumen=wajib) that the case
        does not hold yet, as the clerk doing the step, through the documents service."""
        for slot in document_rules.slots(task_spec):
            key = document_rules.normalise(slot.label)
            if not slot.required or key in case.documents:
                continue
            name = document_name(slot.label, case.title)
            pdf = document_pdf(name, case.title, case.business_key, case.sop.instansi)
            self.documents.attach(task.id, actor, Upload(name, "", slot.field_id,
                                                         f"{name}.pdf", pdf))
            case.documents.add(key)

    def _after(self, case: _Case, view: InstanceView, final: bool) -> None:
        """Schedule the steps that became ready, or stop the case where its goal is."""
        if view.status == "completed":
            case.stopped = True
            self._resume_caller(case)
            return
        fresh = [t for t in view.tasks if t.id not in case.scheduled]
        if final:
            case.stopped = True
            self._claim_at_stop(case, fresh)
            return
        for task in fresh:
            case.scheduled.add(task.id)
            self._schedule_step(case, task)
        self._follow_calls(case)

    # -- call activities ---------------------------------------------------------------------
    def _follow_calls(self, case: _Case) -> None:
        """A case the runtime started for a call activity of ``case`` is played to its end as
        a case of its own SOP (engine.calls); its end moves the calling case on."""
        with transaction(self.factory) as session:
            found = [(c.id, c.process_key, c.business_key or "")
                     for c in calls.children(session, case.instance_id)]
        for child_id, key, business_key in found:
            if child_id in case.called:
                continue
            case.called.add(child_id)
            child = _Case(self._sop(key), "selesai", self.clock.now, 0, business_key,
                          case.title, child_id, parent=case)
            self._after(child, self.runtime.instance(child_id), final=False)

    def _resume_caller(self, case: _Case) -> None:
        """The called case ended and the runtime moved its caller on: schedule what is ready."""
        parent = case.parent
        if parent is not None and not parent.stopped:
            self._after(parent, self.runtime.instance(parent.instance_id), final=False)

    def _sop(self, key: str) -> _Sop:
        if key not in self._sops:
            self._sops[key] = read_sop(self.factory, key, self.mix.default_step)
        return self._sops[key]

    def _claim_at_stop(self, case: _Case, waiting: list[TaskView]) -> None:
        if not waiting:
            return
        task = waiting[0]
        if case.goal == "diambil":
            delay = (self.end - self.clock.now) * self.rng.uniform(0.1, 0.9)
        elif (case.goal == "terlambat"
              and self.rng.random() < self.mix.terlambat_claimed_share):
            delay = timedelta(minutes=self.rng.uniform(20, 600))
        else:
            return
        self.at(self.clock.now + delay, case, "claim", (task, self.actor(task.role,
                                                                         task.instansi)))

    def _schedule_step(self, case: _Case, task: TaskView) -> None:
        """Claim and complete ``task`` after a duration drawn against its standard."""
        ready = self.clock.now
        standard = self.standard(case.sop, task, ready)
        draw = self.rng.random()
        late = draw < self.mix.late_share
        span = (self.mix.very_late if draw < self.mix.very_late_share
                else self.mix.late if late else self.mix.on_time)
        work = standard * self.rng.uniform(*span)
        decision = self._decide(case, task.step_id)
        case.completions += 1
        final = ((case.goal in WAITING_GOALS and case.completions == case.stop_after)
                 or (case.goal == "dikembalikan" and decision == "Tidak"))
        done_at = ready + work
        if self.mix.office_hours:
            done_at = self.office_done(ready, done_at, late)
        if final and case.goal != "terlambat":  # the last move happened a moment ago
            done_at = max(done_at, self.end - self.recent(case.sop))
        actor = self.actor(task.role, task.instansi)
        claim_at = min(ready + work * self.rng.uniform(0.05, 0.4), done_at)
        if self.mix.office_hours:
            claim_at = max(min(self.office_before(claim_at), done_at), ready)
        self.at(claim_at, case, "claim", (task, actor))
        self.at(done_at, case, "complete", (task, actor, decision, final))

    def _decide(self, case: _Case, step_id: str) -> str | None:
        kind = case.sop.decisions.get(step_id)
        if kind is None:
            return None
        if kind == "refuse":
            return "Tidak" if case.goal == "ditolak" else "Ya"
        if kind == "skip":  # a conditional step skipped now and then, as offices do
            return "Tidak" if self.rng.random() < self.mix.tidak_share else "Ya"
        if case.goal == "dikembalikan":
            return "Tidak"
        if (case.goal != "terlambat" and case.returns < self.mix.max_returns
                and self.rng.random() < self.mix.tidak_share):
            case.returns += 1
            return "Tidak"
        return "Ya"

    # -- time --------------------------------------------------------------------------------
    def standard(self, sop: _Sop, task: TaskView, ready: datetime) -> timedelta:
        """The step's mutu baku waktu as a span from ``ready`` (its batas waktu minus ready)."""
        override = (self.mix.step_durations.get(f"{sop.key}:{task.step_id}")
                    or self.mix.step_durations.get(task.step_id))
        if override is not None:
            return override
        due = deadline(ready, task.properties.get("waktu_iso"),
                       task.properties.get("waktu_hari") or "kerja")
        return (due - ready) if due is not None and due > ready else self.mix.default_step

    def recent(self, sop: _Sop) -> timedelta:
        """How long ago the last move of a waiting case was: well within the shortest standard
        of its SOP, so the waiting step is not yet late when the demo opens."""
        return min(timedelta(minutes=30), sop.shortest) * self.rng.uniform(0.05, 0.3)

    def office_done(self, ready: datetime, done_at: datetime, late: bool) -> datetime:
        """``done_at`` in office hours: an on-time step finishes before closing (earlier, so
        still on time), a late one the next working morning (later, so still late)."""
        if _in_office(done_at):
            return done_at
        if late:
            return self.office_moment(done_at)
        before = self.office_before(done_at)
        return max(before - (before - ready) * self.rng.uniform(0.0, 0.3), ready)

    @staticmethod
    def office_before(moment: datetime) -> datetime:
        """The latest moment not after ``moment`` in office hours (closing time, 15.00 WIB,
        of the last working day when ``moment`` is outside them)."""
        if _in_office(moment):
            return moment
        local = moment.astimezone(DEFAULT_ZONE)
        if local.hour < 8:
            local -= timedelta(days=1)
        while not is_working_day(local.date()):
            local -= timedelta(days=1)
        closing = local.replace(hour=14, minute=59, second=0, microsecond=0)
        return closing.astimezone(UTC)

    def office_moment(self, moment: datetime) -> datetime:
        """``moment`` moved into office hours (Mon-Fri 08.00-15.00 WIB, not a holiday)."""
        local = moment.astimezone(DEFAULT_ZONE)
        if is_working_day(local.date()) and 8 <= local.hour < 15:
            return moment
        if local.hour >= 8 or not is_working_day(local.date()):
            local += timedelta(days=1)
        while not is_working_day(local.date()):
            local += timedelta(days=1)
        local = local.replace(hour=8, minute=0, second=0, microsecond=0)
        return (local + timedelta(minutes=self.rng.randint(0, 360))).astimezone(UTC)


def _in_office(moment: datetime) -> bool:
    local = moment.astimezone(DEFAULT_ZONE)
    return is_working_day(local.date()) and 8 <= local.hour < 15


# -- reading the model ---------------------------------------------------------------------
def read_sop(factory: sessionmaker[Session], key: str,
             default_step: timedelta = Mix.default_step) -> _Sop:
    """The latest deployed version of ``key``, with its decisions classified: a Tidak that
    reaches an end without another user step refuses; any other Tidak sends the case back."""
    with transaction(factory) as session:
        definition = Runtime(factory).definition(session, key)
        spec = spec_for(definition)
        name, instansi = definition.name, definition.instansi
    decisions: dict[str, str] = {}
    standards: list[timedelta] = []
    for task_spec in all_task_specs(spec):  # inner steps of sub-processes too
        if not is_user_step(task_spec):
            continue
        props = dict(getattr(task_spec, "extensions", None) or {})
        probe = datetime(2026, 1, 5, 9, tzinfo=UTC)  # a Monday: spans in clock terms
        due = deadline(probe, props.get("waktu_iso"), props.get("waktu_hari") or "kerja")
        if due is not None and due > probe:
            standards.append(due - probe)
        kind = tidak_kind(spec, task_spec.name)
        if kind is not None:  # a Tidak that skips ahead is neither a return nor a refusal
            decisions[task_spec.name] = {KEMBALI: "return", TOLAK: "refuse"}.get(kind, "skip")
    return _Sop(key=key, name=name, instansi=instansi, spec=spec, decisions=decisions,
                ya_length=_ya_length(spec), shortest=min(standards, default=default_step))


def _ya_length(spec: Any) -> int:
    """How many user steps a case passes when every decision says Ya."""
    count, seen, queue = 0, set(), [spec.start]
    while queue:
        task_spec = queue.pop(0)
        if task_spec.name in seen:
            continue
        seen.add(task_spec.name)
        count += is_user_step(task_spec)
        nexts = list(task_spec.outputs)
        if isinstance(task_spec, ExclusiveGateway):
            tidak = {t for c, t in getattr(task_spec, "cond_task_specs", [])
                     if c is not None and _TIDAK.search(str((c.args or [""])[0]))}
            nexts = [t for t in nexts if t.name not in tidak] or nexts
        queue.extend(nexts)
    return count


# -- the generator -------------------------------------------------------------------------
def simulate(factory: sessionmaker[Session], orders: Sequence[Order], clock: SimulatedClock,
             span: timedelta = timedelta(weeks=5), seed: int = 2026, mix: Mix | None = None,
             validate: Validator | None = None, runtime: Runtime | None = None) -> Report:
    """Play the ordered cases over the ``span`` before ``clock.now`` (which stays the end:
    nothing is stored later than it). Deterministic for a seed, but for generated ids.

    Raises ValueError before playing anything when an order cannot be met: an unknown goal, a
    ``ditolak`` for an SOP without a refusing decision, a ``dikembalikan`` without a decision
    that sends back, or a lane nobody holds.
    """
    mix = mix or Mix()
    rng = random.Random(seed)
    office = _Office(factory, clock, rng, mix, validate, runtime)
    cases = _plan(office, orders, span)
    report = Report()
    with using(clock):
        clock.now = min((c.start_at for c in cases), default=office.end)
        for case in cases:
            office.at(case.start_at, case, "start")
        office.run()
    for case in cases:
        report.cases.append(PlayedCase(case.instance_id or 0, case.sop.key, case.goal,
                                       case.business_key, case.title))
    return report


def _plan(office: _Office, orders: Sequence[Order], span: timedelta) -> list[_Case]:
    """Every case with its goal, start, stop and name; checked before anything is played."""
    rng, end = office.rng, office.end
    windows = {"selesai": (1.0, 0.15), "ditolak": (1.0, 0.15), "dikembalikan": (0.5, 0.05),
               "menunggu": (0.5, 0.05), "diambil": (0.5, 0.05), "terlambat": (0.9, 0.3)}
    cases: list[_Case] = []
    for order in orders:
        order_span = order.span or span
        try:
            sop = read_sop(office.factory, order.key, office.mix.default_step)
        except (NotFound, DefinitionUnusable) as err:
            raise ValueError(f"SOP '{order.key}' cannot be played: {err.message_en}") from err
        _check(office, sop, order)
        for goal, count in order.counts.items():
            for _ in range(count):
                early, late = windows[goal]
                if order.window and goal in ("selesai", "ditolak"):
                    early, late = order.window
                start = office.office_moment(end - order_span * rng.uniform(late, early))
                if goal in ("menunggu", "diambil"):
                    stop = rng.randint(0, max(0, sop.ya_length - 1))
                    if stop == 0:  # waiting at the first step: started a moment ago
                        start = end - office.recent(sop)
                elif goal == "terlambat":
                    stop = rng.randint(min(1, sop.ya_length - 1), max(1, sop.ya_length - 2))
                else:
                    stop = -1
                cases.append(_Case(sop, goal, min(start, end), stop))
    cases.sort(key=lambda c: c.start_at)
    urut: dict[str, int] = {}
    titles: set[str] = set()
    for case in cases:
        if case.sop.key not in urut:
            urut[case.sop.key] = _existing(office.factory, case.sop.key)
        urut[case.sop.key] += 1
        for _ in range(20):  # two files with one perihal cannot be told apart in a list
            case.business_key, case.title = name_case(
                case.sop.key, case.sop.name, case.sop.instansi, case.start_at,
                urut[case.sop.key], rng)
            if case.title not in titles:
                break
        titles.add(case.title)
    return cases


def _check(office: _Office, sop: _Sop, order: Order) -> None:
    unknown = set(order.counts) - set(GOALS)
    if unknown:
        raise ValueError(f"unknown goal(s) {sorted(unknown)}; goals are {GOALS}")
    kinds = set(sop.decisions.values())
    if order.counts.get("ditolak") and "refuse" not in kinds:
        raise ValueError(f"SOP '{sop.key}' has no Tidak that ends it: no case can be refused")
    if order.counts.get("dikembalikan") and "return" not in kinds:
        raise ValueError(f"SOP '{sop.key}' has no Tidak that sends a case back")
    for task_spec in all_task_specs(sop.spec):
        if is_user_step(task_spec):
            office.actor(task_spec.lane or "", sop.instansi)  # raises when nobody holds it


def _existing(factory: sessionmaker[Session], key: str) -> int:
    """Cases of the SOP already stored, so a second history continues the nomor urut."""
    with transaction(factory) as session:
        return session.scalar(select(func.count()).select_from(ProcessInstance)
                              .where(ProcessInstance.process_key == key)) or 0


# -- the demo office ---------------------------------------------------------------------------
DEMO_ORDERS = (
    Order("serang_kominfo_penyusunan_spj",
          {"selesai": 6, "dikembalikan": 2, "menunggu": 3, "diambil": 2, "terlambat": 2}),
    Order("lumajang_dukcapil_pengajuan_cuti",
          {"selesai": 3, "ditolak": 3, "dikembalikan": 1, "menunggu": 2, "diambil": 1,
           "terlambat": 1}),
    Order("lumajang_dukcapil_penerbitan_akta_kelahiran",
          {"selesai": 4, "dikembalikan": 1, "menunggu": 2, "diambil": 1, "terlambat": 1}),
    Order("lumajang_dukcapil_penerbitan_akta_kematian",
          {"selesai": 2, "dikembalikan": 1, "menunggu": 1, "terlambat": 1}),
)
"""40 cases: two instansi's everyday files in every state."""
DEMO_PENGAWAS = (("kepala-sub-bagian-keuangan@serang-diskominfo", "serang-diskominfo"),
                 ("sekretaris@lumajang-disdukcapil", "lumajang-disdukcapil"))
"""Demo users marked pengawas, so that Berkas Unit has a supervisor to show it to."""
DEMO_HISTORY = {"serang_kominfo_penyusunan_spj": 15, "lumajang_dukcapil_pengajuan_cuti": 10,
                "lumajang_dukcapil_penerbitan_akta_kelahiran": 10,
                "lumajang_dukcapil_penerbitan_akta_kematian": 5}
"""Finished cases a month, over :data:`DEMO_HISTORY_MONTHS` before the demo's weeks
(engine.history), so the monitoring reports and charts show something on the first run."""
DEMO_HISTORY_MONTHS = 6
DEMO_SLOW_STEPS = {"lumajang_dukcapil_penerbitan_akta_kematian:langkah_03": timedelta(minutes=40)}
"""Steps the demo office works slower than their standard (15 menit), so one SOP's monitoring
proposes Tidak berjalan dengan baik: the kutipan akta kematian is usually printed late."""


def demo_office(factory: sessionmaker[Session], validate: Validator | None = None,
                now: datetime | None = None, seed: int = 2026,
                orders: Sequence[Order] = DEMO_ORDERS,
                history_months: int = DEMO_HISTORY_MONTHS) -> Report | None:
    """Fill an empty database with the demo office (``sop run``): the cases of
    :data:`DEMO_ORDERS` over the last five weeks and, before and among them, ``history_months``
    of finished cases of :data:`DEMO_HISTORY` (some late, some sent back, some refused), all
    in office hours, as the demo users, in one queue. None, and nothing added,
    when the database already holds a case (a second ``sop run``, or a database in use); SOPs
    not deployed or with a lane nobody holds are left out. The users of :data:`DEMO_PENGAWAS`
    become pengawas of their instansi."""
    with transaction(factory) as session:
        if session.scalar(select(func.count()).select_from(ProcessInstance)):
            return None
    from .history import HISTORY_MIX, history_orders  # history builds on this module

    mix = replace(HISTORY_MIX, step_durations=DEMO_SLOW_STEPS)
    clock = SimulatedClock(now or datetime.now(UTC))
    office = _Office(factory, clock, random.Random(seed), mix, validate)
    orders = list(orders)
    if history_months:
        for key, per_month in DEMO_HISTORY.items():
            try:
                orders += history_orders(factory, [key], history_months, per_month)[:1]
            except (NotFound, DefinitionUnusable):
                continue
    playable = []
    for order in orders:
        try:
            _check(office, read_sop(factory, order.key), order)
        except (NotFound, DefinitionUnusable, ValueError):
            continue
        playable.append(order)
    report = simulate(factory, playable, clock, seed=seed, mix=mix, validate=validate)
    _appoint_pengawas(factory)
    return report


def _appoint_pengawas(factory: sessionmaker[Session]) -> None:
    """Audited (engine.audit) like an admin's appointment, as the operator ``cli``."""
    with transaction(factory, write=True) as session:
        for username, instansi in DEMO_PENGAWAS:
            if session.scalars(select(User.id).where(User.username == username)).first():
                supervisors.appoint(session, username, instansi, "cli")
