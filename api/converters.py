"""URL converters whose values every database can store and compare.

Werkzeug's ``int`` converter accepts any number of digits; an id above 2^63 then breaks SQLite's
driver (OverflowError) and one above 2^31 PostgreSQL's ``integer`` columns (DataError), so a
typo in an address answered 500. Ids here are database integers (32-bit signed on PostgreSQL):
anything larger cannot exist, and the route simply does not match (404).
"""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import IntegerConverter

DB_INT_MAX = 2**31 - 1
"""The largest value of PostgreSQL's ``integer`` (and so of every id column here)."""


class DbIntConverter(IntegerConverter):
    """``<dbint:x>``: a non-negative integer no larger than :data:`DB_INT_MAX`."""

    def __init__(self, map, fixed_digits: int = 0, min: int | None = None,
                 max: int | None = DB_INT_MAX, signed: bool = False) -> None:
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def register_converters(app: Flask) -> None:
    """Install ``dbint`` and make it the ``int`` converter too, before any route is added.

    Replacing ``int`` bounds every ``<int:...>`` route of every blueprint (pages included)
    without each author having to remember; flask-smorest documents the bound as ``maximum``.
    """
    app.url_map.converters["dbint"] = DbIntConverter
    app.url_map.converters["int"] = DbIntConverter
