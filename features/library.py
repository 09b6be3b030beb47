"""The SOP library on disk (``bpmn/<instansi>/<id>.bpmn``) and the features written for it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import SopModel, load_models

ROOT = Path(__file__).resolve().parent.parent
BPMN_DIR = ROOT / "bpmn"
FEATURES_DIR = Path(__file__).resolve().parent
DEPLOYS = re.compile(r'SOP\s+"([^"]+)"\s+diterapkan')


@dataclass(frozen=True)
class Entry:
    key: str
    path: Path
    instansi: str  # the folder under bpmn/: the engine's instansi of the SOP
    model: SopModel


def instansi_of(path: Path, base: Path) -> str:
    """The first folder under the library root, as the engine's deployment does."""
    try:
        parts = path.resolve().relative_to(base.resolve()).parts
    except ValueError:
        return path.parent.name
    return parts[0] if len(parts) > 1 else ""


@lru_cache(maxsize=8)
def library(base: Path = BPMN_DIR) -> dict[str, Entry]:
    """Every executable process under ``base``, by process id (cached per session)."""
    found: dict[str, Entry] = {}
    for path in sorted(base.rglob("*.bpmn")):
        for model in load_models(path):
            found[model.key] = Entry(model.key, path, instansi_of(path, base), model)
    return found


def feature_files(base: Path = FEATURES_DIR) -> list[Path]:
    return sorted(base.rglob("*.feature"))


def keys_with_features(base: Path = FEATURES_DIR) -> dict[str, list[Path]]:
    """SOP id -> the feature files whose Latar deploys it."""
    found: dict[str, list[Path]] = {}
    for path in feature_files(base):
        for key in DEPLOYS.findall(path.read_text(encoding="utf-8")):
            found.setdefault(key, []).append(path)
    return found
