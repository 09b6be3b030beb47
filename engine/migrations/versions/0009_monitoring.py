"""monitoring settings and reviews

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 17:22:18
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('monitoring_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('instansi', sa.String(length=100), nullable=False),
    sa.Column('process_key', sa.String(length=200), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('proposed', sa.String(length=20), nullable=True),
    sa.Column('penilaian', sa.String(length=20), nullable=True),
    sa.Column('catatan', sa.Text(), nullable=False),
    sa.Column('tindakan', sa.Text(), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=True),
    sa.Column('penilai', sa.String(length=100), nullable=True),
    sa.Column('penilai_nama', sa.String(length=200), nullable=True),
    sa.Column('penilai_jabatan', sa.String(length=200), nullable=True),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('process_key', 'period_from', 'period_to')
    )
    with op.batch_alter_table('monitoring_reviews', schema=None) as batch_op:
        batch_op.create_index('ix_monitoring_reviews_instansi', ['instansi', 'period_from'], unique=False)

    op.create_table('monitoring_settings',
    sa.Column('instansi', sa.String(length=100), nullable=False),
    sa.Column('min_on_time', sa.Double(), nullable=False),
    sa.Column('max_rework', sa.Double(), nullable=False),
    sa.Column('penilai_jabatan', sa.String(length=200), nullable=True),
    sa.Column('updated_by', sa.String(length=100), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('instansi')
    )


def downgrade() -> None:
    op.drop_table('monitoring_settings')
    with op.batch_alter_table('monitoring_reviews', schema=None) as batch_op:
        batch_op.drop_index('ix_monitoring_reviews_instansi')

    op.drop_table('monitoring_reviews')
