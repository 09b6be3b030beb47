"""Alembic environment: the URL comes from the caller (engine.migrate) or DATABASE_URL."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from engine.db import database_url
from engine.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url") or database_url()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    engine = engine_from_config({"sqlalchemy.url": url}, prefix="sqlalchemy.",
                                poolclass=pool.NullPool)
    with engine.connect() as connection:
        _run(connection)


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
