"""Write a table as YAML in the transcribers' style: every string double-quoted, every field
present, contract key order. A hand-written emitter (rather than yaml.dump) because the
contract's key ``no`` must be written quoted and all values quoted, which PyYAML cannot do
per key; JSON string syntax is valid YAML double-quoted syntax.
"""

from __future__ import annotations

import json
from typing import Any

from .model import SopTable, table_to_dict


def scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def key(name: str) -> str:
    """Keys plain, except ``no`` (a boolean to YAML 1.1 readers)."""
    return '"no"' if name == "no" else name


def _emit(value: Any, indent: int, lines: list[str], name: str) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        lines.append(f"{pad}{key(name)}:")
        for k, v in value.items():
            _emit(v, indent + 2, lines, k)
    elif isinstance(value, list) and not value:
        lines.append(f"{pad}{key(name)}: []")
    elif isinstance(value, list):
        lines.append(f"{pad}{key(name)}:")
        for item in value:
            _emit_item(item, indent + 2, lines)
    else:
        lines.append(f"{pad}{key(name)}: {scalar(value)}")


def _emit_item(item: Any, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    if not isinstance(item, dict):
        lines.append(f"{pad}- {scalar(item)}")
        return
    sub: list[str] = []
    for k, v in item.items():
        _emit(v, indent + 2, sub, k)
    sub[0] = f"{pad}- {sub[0][indent + 2:]}"
    lines.extend(sub)


def dump_data(data: dict) -> str:
    lines: list[str] = []
    for k, v in data.items():
        _emit(v, 0, lines, k)
    return "\n".join(lines) + "\n"


def dump_table(table: SopTable) -> str:
    """The table as YAML text (all optionals written out)."""
    return dump_data(table_to_dict(table))
