"""accounts (nip, email, disabled, password state), server-side sessions, login attempts,
an append-only audit log, incidents

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 07:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_FALSE = sa.text('false')


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nip', sa.String(length=30), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('email', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('disabled', sa.Boolean(), nullable=False,
                                      server_default=_FALSE))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=_FALSE))
        batch_op.add_column(sa.Column('demo_password', sa.Boolean(), nullable=False,
                                      server_default=_FALSE))
        batch_op.add_column(sa.Column('password_changed_at', sa.DateTime(timezone=True),
                                      nullable=True))
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), nullable=False,
                                      server_default='api'))
    # the server defaults only filled the existing rows; the models set these values
    for table, columns in (('users', ('nip', 'email', 'disabled', 'must_change_password',
                                      'demo_password')), ('api_tokens', ('kind',))):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(column, server_default=None)

    op.create_table(
        'login_attempts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('username', sa.String(length=100), nullable=False),
        sa.Column('address', sa.String(length=64), nullable=False),
        sa.Column('success', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_login_user_at', 'login_attempts', ['username', 'at'])
    op.create_index('ix_login_address_at', 'login_attempts', ['address', 'at'])

    op.create_table(
        'audit_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=True),
        sa.Column('action', sa.String(length=60), nullable=False),
        sa.Column('target', sa.String(length=300), nullable=False),
        sa.Column('address', sa.String(length=64), nullable=False),
        sa.Column('detail', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_audit_log_at', 'audit_log', ['at'])
    op.create_index('ix_audit_log_actor', 'audit_log', ['actor'])
    op.create_index('ix_audit_log_action', 'audit_log', ['action'])
    _append_only('audit_log')

    op.create_table(
        'incidents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('instance_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('element_id', sa.String(length=200), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['instance_id'], ['process_instances.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_incidents_instance_id', 'incidents', ['instance_id'])
    # engine.access: the cases a user acted in (lists and counts filter on it)
    op.create_index('ix_task_events_actor', 'task_events', ['actor', 'instance_id'])


def _append_only(table: str) -> None:
    """Refuse UPDATE and DELETE in the database itself: the log cannot be edited by the app,
    a script or a careless SQL session (only by dropping the trigger, which is visible)."""
    if op.get_bind().dialect.name == 'sqlite':
        for verb in ('UPDATE', 'DELETE'):
            op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        return
    op.execute(f"""CREATE FUNCTION {table}_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION '{table} is append-only'; END; $$ LANGUAGE plpgsql""")
    op.execute(f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
               f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('DROP TRIGGER IF EXISTS audit_log_no_update')
        op.execute('DROP TRIGGER IF EXISTS audit_log_no_delete')
    else:
        op.execute('DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log')
        op.execute('DROP FUNCTION IF EXISTS audit_log_append_only()')
    op.drop_index('ix_task_events_actor', table_name='task_events')
    op.drop_table('incidents')
    op.drop_table('audit_log')
    op.drop_table('login_attempts')
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_column('kind')
    with op.batch_alter_table('users', schema=None) as batch_op:
        for column in ('password_changed_at', 'demo_password', 'must_change_password',
                       'disabled', 'email', 'nip'):
            batch_op.drop_column(column)
