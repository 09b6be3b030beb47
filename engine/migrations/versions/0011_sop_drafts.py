"""sop drafts: a designer's unfinished edit of an SOP, per user, until deployed

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 19:41:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sop_drafts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('username', sa.String(length=100), nullable=False),
        sa.Column('instansi', sa.String(length=100), nullable=False),
        sa.Column('base_version', sa.Integer(), nullable=True),
        sa.Column('bpmn_xml', sa.Text(), nullable=True),
        sa.Column('table_json', sa.Text(), nullable=True),
        sa.Column('edited_in', sa.String(length=20), nullable=False),
        sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('key', 'username'),
    )
    with op.batch_alter_table('sop_drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sop_drafts_username'), ['username'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sop_drafts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sop_drafts_username'))
    op.drop_table('sop_drafts')
