"""cases a dinas runs every day: perihal, SOP key and instansi on the case, outcome, batas waktu
and 'returned' on ready tasks, the capacity an actor acted in, supervisors, Plt./Plh.
substitutions, nomor berkas counters

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 08:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('process_instances', schema=None) as batch_op:
        batch_op.add_column(sa.Column('process_key', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('instansi', sa.String(length=100), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('title', sa.String(length=500), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('outcome', sa.String(length=20), nullable=True))
    # existing cases: copy the SOP's key and instansi; a finished case ended as 'selesai'
    op.execute("UPDATE process_instances SET process_key = (SELECT d.key FROM "
               "process_definitions d WHERE d.id = process_instances.definition_id), "
               "instansi = (SELECT d.instansi FROM process_definitions d "
               "WHERE d.id = process_instances.definition_id)")
    op.execute("UPDATE process_instances SET outcome = 'selesai' WHERE status = 'completed'")
    with op.batch_alter_table('process_instances', schema=None) as batch_op:
        for column in ('process_key', 'instansi', 'title'):
            batch_op.alter_column(column, server_default=None)
        batch_op.create_index('ix_process_instances_process_key', ['process_key'])
        batch_op.create_index('ix_instances_instansi_status', ['instansi', 'status', 'id'])
        batch_op.create_index('ix_instances_started_by', ['started_by', 'id'])
        batch_op.create_index('ix_instances_running', ['id'],
                              postgresql_where=sa.text("status = 'active'"),
                              sqlite_where=sa.text("status = 'active'"))
        batch_op.create_unique_constraint('uq_process_instances_process_key',
                                          ['process_key', 'business_key'])

    with op.batch_alter_table('active_tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('returned', sa.Boolean(), nullable=False,
                                      server_default=sa.text('false')))
    with op.batch_alter_table('active_tasks', schema=None) as batch_op:
        batch_op.alter_column('returned', server_default=None)

    with op.batch_alter_table('task_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('acting_as', sa.String(length=200), nullable=True))

    op.create_table(
        'supervisors',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('instansi', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'instansi'),
    )
    op.create_index('ix_supervisors_user_id', 'supervisors', ['user_id'])
    op.create_table(
        'substitutions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=200), nullable=False),
        sa.Column('instansi', sa.String(length=100), nullable=False),
        sa.Column('kind', sa.String(length=3), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=False),
        sa.Column('ends_on', sa.Date(), nullable=False),
        sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_by', sa.String(length=100), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_substitutions_user_id', 'substitutions', ['user_id'])
    op.create_index('ix_substitutions_role', 'substitutions', ['instansi', 'role'])
    op.create_table(
        'case_counters',
        sa.Column('process_key', sa.String(length=200), nullable=False),
        sa.Column('period', sa.String(length=20), nullable=False),
        sa.Column('value', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('process_key', 'period'),
    )


def downgrade() -> None:
    op.drop_table('case_counters')
    op.drop_table('substitutions')
    op.drop_table('supervisors')
    with op.batch_alter_table('task_events', schema=None) as batch_op:
        batch_op.drop_column('acting_as')
    with op.batch_alter_table('active_tasks', schema=None) as batch_op:
        batch_op.drop_column('returned')
        batch_op.drop_column('due_at')
    with op.batch_alter_table('process_instances', schema=None) as batch_op:
        batch_op.drop_constraint('uq_process_instances_process_key', type_='unique')
        batch_op.drop_index('ix_instances_running')
        batch_op.drop_index('ix_instances_started_by')
        batch_op.drop_index('ix_instances_instansi_status')
        batch_op.drop_index('ix_process_instances_process_key')
        for column in ('outcome', 'title', 'instansi', 'process_key'):
            batch_op.drop_column(column)
