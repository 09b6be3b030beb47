"""SQLAlchemy models: definitions, instances, active tasks, the append-only task log, users.

Instance state is stored pruned (see :mod:`engine.state`), so a row's size does not grow with
the instance's history; history lives in ``task_events`` instead, which is only ever inserted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

_CLOCK: Callable[[], datetime] | None = None


def utcnow() -> datetime:
    """Now, in UTC; a simulated clock (engine.clock) may stand in for demo data and tests."""
    return _CLOCK() if _CLOCK is not None else datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite forgets the zone of stored times; they are all UTC, so say so."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class Base(DeclarativeBase):
    pass


class Deployment(Base):
    __tablename__ = "deployments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    deployed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deployed_by: Mapped[str | None] = mapped_column(String(100))


class ProcessDefinition(Base):
    __tablename__ = "process_definitions"
    __table_args__ = (UniqueConstraint("key", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    instansi: Mapped[str] = mapped_column(String(100), default="")
    resource: Mapped[str] = mapped_column(String(500))
    content_hash: Mapped[str] = mapped_column(String(64))
    bpmn_xml: Mapped[str] = mapped_column(Text, deferred=True)
    deployment_id: Mapped[int] = mapped_column(ForeignKey("deployments.id"))
    deployed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # {lane name as drawn: official jabatan} from the instansi's catalogue at deployment
    # (engine.jabatan); only lanes spelled otherwise than their jabatan are listed
    lane_jabatan: Mapped[str | None] = mapped_column(Text, nullable=True)
    # a retired version starts no new case (its running cases go on, or migrate); None: in use
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ProcessInstance(Base):
    """A case (berkas): one run of an SOP, with its nomor berkas (business key, unique per SOP
    across its versions) and perihal (title)."""

    __tablename__ = "process_instances"
    __table_args__ = (UniqueConstraint("process_key", "business_key"),
                      Index("ix_instances_instansi_status", "instansi", "status", "id"),
                      Index("ix_instances_started_by", "started_by", "id"),
                      # the running cases only: the task list joins its few thousand waiting
                      # tasks to them without scanning a year of finished cases (tasklist.py)
                      Index("ix_instances_running", "id",
                            postgresql_where=text("status = 'active'"),
                            sqlite_where=text("status = 'active'")))
    id: Mapped[int] = mapped_column(primary_key=True)
    definition_id: Mapped[int] = mapped_column(ForeignKey("process_definitions.id"), index=True)
    # the SOP's key and instansi, copied from the definition so that lists filter without a join
    process_key: Mapped[str] = mapped_column(String(200), index=True)
    instansi: Mapped[str] = mapped_column(String(100), default="")
    business_key: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | completed
    # how it ended: selesai | ditolak (an end reached by a Tidak) | dibatalkan (cancelled)
    outcome: Mapped[str | None] = mapped_column(String(20))
    state: Mapped[bytes] = mapped_column(LargeBinary)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    started_by: Mapped[str | None] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # an admin paused the case: its steps can be neither claimed nor completed, timers wait
    suspended: Mapped[bool] = mapped_column(default=False, server_default=text("false"))
    # a case started by a call activity of another case: that case and its waiting step
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("process_instances.id"), index=True)
    parent_task_id: Mapped[str | None] = mapped_column(String(36))
    definition: Mapped[ProcessDefinition] = relationship(lazy="joined")


class ActiveTask(Base):
    """A user task that is ready now: the inbox. Rows leave when the task completes."""

    __tablename__ = "active_tasks"
    __table_args__ = (Index("ix_active_role", "instansi", "role"),
                      Index("ix_active_due", "due_at"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    instance_id: Mapped[int] = mapped_column(
        ForeignKey("process_instances.id", ondelete="CASCADE"), index=True
    )
    definition_key: Mapped[str] = mapped_column(String(200), index=True)
    instansi: Mapped[str] = mapped_column(String(100), default="")
    step_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(200))
    assignee: Mapped[str | None] = mapped_column(String(100), index=True)
    ready_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # the batas waktu (from the step's mutu baku waktu), stored so the inbox sorts and filters
    # overdue tasks in SQL; None when the step has no time standard
    due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # the step is here again because a decision sent the case back (Kembalikan / Tidak)
    returned: Mapped[bool] = mapped_column(default=False)
    # its holders were told it became Terlambat (engine.notify's overdue scan), once
    overdue_notified: Mapped[bool] = mapped_column(default=False)
    instance: Mapped[ProcessInstance] = relationship(lazy="joined")


class Timer(Base):
    """A timer event a case waits on (boundary or intermediate catch), due at ``due_at``.

    The row is written in the transaction that made the timer wait and deleted in the one that
    fires or cancels it; the background loop claims due rows (``FOR UPDATE SKIP LOCKED`` on
    PostgreSQL), so with several workers each timer fires once (engine.timers)."""

    __tablename__ = "timers"
    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(
        ForeignKey("process_instances.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[str] = mapped_column(String(36), unique=True)  # the waiting event's task
    event_id: Mapped[str] = mapped_column(String(200))  # the BPMN id of the timer event
    kind: Mapped[str] = mapped_column(String(20))  # duration | date | cycle | batas
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseAction(Base):
    """What an admin did to a whole case (suspend, activate, cancel, reset to a step, migrate
    to another version): append-only, shown in the case's timeline beside the steps."""

    __tablename__ = "case_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(
        ForeignKey("process_instances.id", ondelete="CASCADE"), index=True)
    # suspended | activated | cancelled | reset | migrated
    kind: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # the reason, the step reset to, the versions migrated from and to
    detail: Mapped[dict | None] = mapped_column(JSON)


class TaskEvent(Base):
    """Append-only log: one row per thing that happened to a user task."""

    __tablename__ = "task_events"
    # who acted in which case: the "acted in it" ground of engine.access, for lists and counts
    __table_args__ = (Index("ix_task_events_actor", "actor", "instance_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    task_id: Mapped[str] = mapped_column(String(36), index=True)
    step_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # ready | claimed | unclaimed | completed
    actor: Mapped[str | None] = mapped_column(String(100))
    # the capacity the actor acted in when not their own jabatan: "Plh. Kasubag Keuangan"
    acting_as: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    data: Mapped[dict | None] = mapped_column(JSON)
    # completed events only, written at completion from the inbox row that leaves (so the
    # monitoring groups in SQL instead of pairing events): when the step became ready, its
    # batas waktu, and the working minutes between ready and done (engine.working_time).
    # work_minutes NULL marks a completion stored before migration 0010: reports compute it.
    ready_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    work_minutes: Mapped[float | None] = mapped_column()


class ActivityEvent(Base):
    """Append-only: every BPMN flow node an instance passed, with the node it came from.

    It is what Camunda calls historic activity instances; consecutive pairs give the sequence
    flows taken, which BPMN coverage reports need.
    """

    __tablename__ = "activity_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    node_id: Mapped[str] = mapped_column(String(200))
    node_type: Mapped[str] = mapped_column(String(100))
    from_node_id: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    is_admin: Mapped[bool] = mapped_column(default=False)
    nip: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    disabled: Mapped[bool] = mapped_column(default=False)
    # set by an admin's reset: the user must choose a new password before doing anything else
    must_change_password: Mapped[bool] = mapped_column(default=False)
    # the account still has the shared demo password (``sop run``'s demo office); a production
    # start (``sop serve``) refuses to run while any user has it
    demo_password: Mapped[bool] = mapped_column(default=False)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # how the user hears of their work by e-mail (engine.notify): 'segera' one mail per
    # notification, 'harian' one daily digest, 'mati' none (the bell in the app always shows)
    notify_mode: Mapped[str] = mapped_column(String(10), default="segera")
    roles: Mapped[list[UserRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", back_populates="user"
    )


class Jabatan(Base):
    """One jabatan of an instansi's catalogue (its SOTK): the official name lanes and roles
    carry, and the other spellings that mean it (engine.jabatan)."""

    __tablename__ = "jabatan"
    __table_args__ = (UniqueConstraint("instansi", "nama"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    instansi: Mapped[str] = mapped_column(String(100), index=True)
    nama: Mapped[str] = mapped_column(String(200))
    singkatan: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of spellings
    luar: Mapped[bool] = mapped_column(Boolean, default=False)
    catatan: Mapped[str] = mapped_column(Text, default="")
    urutan: Mapped[int] = mapped_column(Integer, default=0)


class UserRole(Base):
    """A jabatan held by a user in one instansi (the lane name of the SOPs)."""

    __tablename__ = "user_roles"
    # the holders of a lane, for telling them a task reached it (engine.notify)
    __table_args__ = (UniqueConstraint("user_id", "role", "instansi"),
                      Index("ix_user_roles_role", "role", "instansi"))
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(200))
    instansi: Mapped[str] = mapped_column(String(100), default="")
    user: Mapped[User] = relationship(back_populates="roles")


class ApiToken(Base):
    """A Bearer token of the API (``kind`` 'api') or a staff page login session ('session').

    Both are server-side, so logging out or changing the password ends them for good: deleting
    the rows of a user ends every session and token they have."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="api")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user: Mapped[User] = relationship(lazy="joined")


class DayOff(Base):
    """A regional day off (libur daerah: an anniversary of the kabupaten, a local cuti) that the
    national calendar of the ``holidays`` package does not know. ``instansi`` '*' means every
    instansi served by this installation."""

    __tablename__ = "days_off"
    __table_args__ = (UniqueConstraint("day", "instansi"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    instansi: Mapped[str] = mapped_column(String(100), default="*")
    name: Mapped[str] = mapped_column(String(200))


class LoginAttempt(Base):
    """One login try (API or page), kept for throttling: failures per account and per address
    within a window decide whether the next try is answered at all."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_user_at", "username", "at"),
                      Index("ix_login_address_at", "address", "at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    username: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(64), default="")
    success: Mapped[bool] = mapped_column(default=False)


class AuditEntry(Base):
    """The audit log: logins, account changes, deployments, every admin action.

    Only ever inserted; the migration adds database triggers that refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str | None] = mapped_column(String(100), index=True)
    action: Mapped[str] = mapped_column(String(60), index=True)
    target: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict | None] = mapped_column(JSON)


class Incident(Base):
    """Something the engine could not do on its own (a condition that failed to evaluate): the
    case waits at its step and admins see the incident until it is resolved."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    element_id: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Supervisor(Base):
    """A pengawas: a user an admin marks as supervising an instansi (Kepala Dinas, Sekretaris,
    Kasubag...). Supervisors see every case of the instansi's SOPs and may hand tasks over."""

    __tablename__ = "supervisors"
    __table_args__ = (UniqueConstraint("user_id", "instansi"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    instansi: Mapped[str] = mapped_column(String(100))


class Substitution(Base):
    """Plt. / Plh.: a user acts in a jabatan of an instansi from one date to another (both
    inclusive, in the office's calendar); ``ended_at`` set when an admin ends it early."""

    __tablename__ = "substitutions"
    __table_args__ = (Index("ix_substitutions_role", "instansi", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(200))
    instansi: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(3))  # Plt | Plh
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseCounter(Base):
    """The last sequence number (urut) given to a nomor berkas per SOP and period (a year),
    so proposals are short and unique without scanning the cases."""

    __tablename__ = "case_counters"
    process_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    period: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Blob(Base):
    """A document's bytes, stored once per content: the key is their SHA-256, so the same SPJ
    uploaded at three steps (or in two cases) is kept once. In the database by default, so a
    backup of the database is a backup of every case's documents."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Attachment(Base):
    """A document attached to a task and so to its case (Camunda's task attachment).

    ``item`` names the kelengkapan or output it stands for (the form field's label, e.g.
    "SPJ"), so a step that requires that document is satisfied by it (engine.documents)."""

    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    task_id: Mapped[str] = mapped_column(String(36), index=True)
    step_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String(100), default="")
    item: Mapped[str] = mapped_column(String(500), default="")
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    uploaded_by: Mapped[str] = mapped_column(String(100))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Comment(Base):
    """A note left on a task or on the case as a whole (``task_id`` None), with the jabatan
    its author wrote it in."""

    __tablename__ = "comments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    instance_id: Mapped[int] = mapped_column(ForeignKey("process_instances.id"), index=True)
    task_id: Mapped[str | None] = mapped_column(String(36), index=True)
    author: Mapped[str] = mapped_column(String(100))
    jabatan: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TaskDraft(Base):
    """A step's form saved without completing it (Simpan draf), per holder; gone when the task
    completes (the foreign key cascades from ``active_tasks``)."""

    __tablename__ = "task_drafts"
    # a draft lives as long as its task waits: the completion's DELETE of the active task takes
    # the drafts with it (no statement of its own on the hot path)
    task_id: Mapped[str] = mapped_column(ForeignKey("active_tasks.id", ondelete="CASCADE"),
                                         primary_key=True)
    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Notification(Base):
    """Something a user should know of (the bell): a task reached their jabatan, came back to
    them, became Terlambat; their case ended. ``data`` holds the facts (nomor, perihal,
    step, batas waktu, outcome) so the text is worded in the reader's language when shown."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user", "username", "read_at", "id"),
                      Index("ix_notifications_unmailed", "mailed_at", "username"))
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100))
    # task_ready | task_returned | task_overdue | case_ended
    kind: Mapped[str] = mapped_column(String(30))
    instance_id: Mapped[int | None] = mapped_column(ForeignKey("process_instances.id"))
    task_id: Mapped[str | None] = mapped_column(String(36))
    data: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # put in the mail outbox (at once, or in a daily digest); None while not (yet) mailed
    mailed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class OutboxMail(Base):
    """A mail to send, written in the transaction that caused it and sent by the background
    sender (engine.outbox), which retries; ``dedupe_key`` makes each mail exist once however
    many workers compose it ("n:<notification id>", "digest:<user>:<date>")."""

    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_outbox_pending", "sent_at", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    username: Mapped[str] = mapped_column(String(100))
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # gave up after the last retry (engine.outbox.MAX_ATTEMPTS); admins see why
    failed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)


class MonitoringSetting(Base):
    """An instansi's rule for proposing the Penilaian of an SOP in its monitoring (reports.
    monitoring), and the jabatan whose holder is the penilai who confirms and signs it."""

    __tablename__ = "monitoring_settings"
    instansi: Mapped[str] = mapped_column(String(100), primary_key=True)
    # "Berjalan dengan baik" when at least this share of steps ended on time ...
    min_on_time: Mapped[float] = mapped_column(default=0.8)
    # ... and the share of decisions answered Tidak (rework) stays under this
    max_rework: Mapped[float] = mapped_column(default=0.2)
    penilai_jabatan: Mapped[str | None] = mapped_column(String(200))
    updated_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MonitoringReview(Base):
    """The Penilaian of one SOP for one period ("Monitoring Pelaksanaan SOP AP"): proposed by
    the rule, confirmed or changed by the penilai with Catatan and Tindakan, then signed (the
    paraf: name, jabatan, time), after which it and its measured ``figures`` are frozen."""

    __tablename__ = "monitoring_reviews"
    __table_args__ = (UniqueConstraint("process_key", "period_from", "period_to"),
                      Index("ix_monitoring_reviews_instansi", "instansi", "period_from"))
    id: Mapped[int] = mapped_column(primary_key=True)
    instansi: Mapped[str] = mapped_column(String(100))
    process_key: Mapped[str] = mapped_column(String(200))
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    proposed: Mapped[str | None] = mapped_column(String(20))  # baik | tidak_baik (the rule)
    penilaian: Mapped[str | None] = mapped_column(String(20))  # baik | tidak_baik (penilai)
    catatan: Mapped[str] = mapped_column(Text, default="")
    tindakan: Mapped[str] = mapped_column(Text, default="")
    figures: Mapped[dict | None] = mapped_column(JSON)  # the rows as measured when signed
    penilai: Mapped[str | None] = mapped_column(String(100))  # username
    penilai_nama: Mapped[str | None] = mapped_column(String(200))
    penilai_jabatan: Mapped[str | None] = mapped_column(String(200))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revision: Mapped[int] = mapped_column(Integer, default=1)  # two penilai never overwrite
    updated_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SopDraft(Base):
    """A designer's unfinished edit of one SOP (the modeler and the table editor share it): kept
    per user until it is deployed, never read by the engine, so nothing half-saved reaches staff.

    ``bpmn_xml`` is the model as last saved (in the modeler, or made by the importer from the
    table editor); ``table_json`` is the table editor's form while it cannot be imported yet
    (a row half typed), None once it is. ``base_version`` is the version the edit started from
    (None: a new SOP), so deploying over someone else's newer version can be caught.
    """

    __tablename__ = "sop_drafts"
    __table_args__ = (UniqueConstraint("key", "username"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    username: Mapped[str] = mapped_column(String(100), index=True)
    instansi: Mapped[str] = mapped_column(String(100), default="")
    base_version: Mapped[int | None] = mapped_column(Integer)
    bpmn_xml: Mapped[str | None] = mapped_column(Text)
    table_json: Mapped[str | None] = mapped_column(Text)
    edited_in: Mapped[str] = mapped_column(String(20), default="modeler")  # or "tabel"
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
