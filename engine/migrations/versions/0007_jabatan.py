"""jabatan catalogue: official names and short forms per instansi; the lane-to-jabatan map of
each definition

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 13:24:05
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('jabatan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('instansi', sa.String(length=100), nullable=False),
    sa.Column('nama', sa.String(length=200), nullable=False),
    sa.Column('singkatan', sa.Text(), nullable=False),
    sa.Column('luar', sa.Boolean(), nullable=False),
    sa.Column('catatan', sa.Text(), nullable=False),
    sa.Column('urutan', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('instansi', 'nama')
    )
    with op.batch_alter_table('jabatan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jabatan_instansi'), ['instansi'], unique=False)

    with op.batch_alter_table('process_definitions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lane_jabatan', sa.Text(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('process_definitions', schema=None) as batch_op:
        batch_op.drop_column('lane_jabatan')

    with op.batch_alter_table('jabatan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jabatan_instansi'))

    op.drop_table('jabatan')
