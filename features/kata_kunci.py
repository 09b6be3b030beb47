"""Let any step keyword open a scenario, as features/README.md promises.

pytest-bdd refuses a scenario (or Latar Belakang) whose first step starts with a conjunction
("Dan", "Tetapi") or "*": it needs a Given/When/Then to type the steps that follow. In these
features the keyword is for the reader only (every sentence is registered for every type), so
such a first step is read as a ``Dengan``; the keyword shown in reports stays the one written.
"""

from __future__ import annotations

import dataclasses

from pytest_bdd.parser import FeatureParser
from pytest_bdd.types import STEP_TYPE_BY_PARSER_KEYWORD

_OPENING = "Context"  # the parser's keyword type of Dengan / Given


def allow_any_first_keyword() -> None:
    """Patch pytest-bdd's step typing once; idempotent."""
    original = FeatureParser.parse_steps
    if getattr(original, "any_first_keyword", False):
        return

    def parse_steps(self, steps_data):  # noqa: ANN001, ANN202 (pytest-bdd's signature)
        if steps_data and steps_data[0].keyword_type not in STEP_TYPE_BY_PARSER_KEYWORD:
            steps_data = [dataclasses.replace(steps_data[0], keyword_type=_OPENING),
                          *steps_data[1:]]
        return original(self, steps_data)

    parse_steps.any_first_keyword = True
    FeatureParser.parse_steps = parse_steps
