"""completion times on task events: ready_at, due_at, work_minutes of completed events

The monitoring (reports.measure) groups completions in SQL with these. Completions stored
before get their ready_at from their ready event here; due_at and work_minutes stay NULL
(work_minutes NULL tells the reports to compute both in Python, as before).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 18:13:53
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# the step's ready time from its (latest earlier) ready event, the same SQL on both databases
BACKFILL = (
    "UPDATE task_events SET ready_at = ("
    "SELECT r.at FROM task_events r WHERE r.task_id = task_events.task_id"
    " AND r.kind = 'ready' AND r.id < task_events.id ORDER BY r.id DESC LIMIT 1)"
    " WHERE kind = 'completed' AND ready_at IS NULL")


def upgrade() -> None:
    with op.batch_alter_table('task_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ready_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('due_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('work_minutes', sa.Double(), nullable=True))
    op.execute(BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table('task_events', schema=None) as batch_op:
        batch_op.drop_column('work_minutes')
        batch_op.drop_column('due_at')
        batch_op.drop_column('ready_at')
