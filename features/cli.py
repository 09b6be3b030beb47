"""``sop features``: tools for the SOP features (mounted into the ``sop`` command).

``sop features draft BPMN [-o FILE]`` writes a first feature for QA to edit;
``sop features draft bpmn/ --out-dir features`` writes the missing ones of a whole library and
never overwrites a feature QA may have edited (unless ``--force``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .draft import draft, feature_path, uncovered
from .model import SopModel, load_models
from .paths import UnsupportedModel


@click.group("features")
def features() -> None:
    """Gherkin features (Bahasa Indonesia) of the SOP library, for QA."""


@features.command("draft")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the feature here (one SOP only) instead of standard output.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write <out-dir>/<instansi>/<id>.feature for every SOP found.")
@click.option("--force", is_flag=True, help="With --out-dir, overwrite existing features.")
def draft_cmd(paths: tuple[Path, ...], out: Path | None, out_dir: Path | None,
              force: bool) -> None:
    """Draft a feature from each BPMN (files or folders) under PATHS."""
    found = [(f, m) for f in _bpmn_files(paths) for m in _models(f)]
    if out and len(found) != 1:
        raise click.UsageError(f"-o takes exactly one SOP; found {len(found)}")
    problems = 0
    for path, model in found:
        try:
            text = draft(model, _display(path))
        except UnsupportedModel as err:
            click.echo(f"error: {_display(path)}: {err}", err=True)
            problems += 1
            continue
        _warn_uncovered(path, model)
        _emit(text, out or (feature_path(path, model, out_dir) if out_dir else None),
              force or bool(out))
    sys.exit(1 if problems else 0)


def _bpmn_files(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        files += sorted(p.rglob("*.bpmn")) if p.is_dir() else [p]
    return files


def _models(path: Path) -> list[SopModel]:
    try:
        return load_models(path)
    except Exception as err:  # noqa: BLE001 - one unreadable file must not stop the rest
        click.echo(f"error: {_display(path)}: {err}", err=True)
        return []


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _warn_uncovered(path: Path, model: SopModel) -> None:
    missing = uncovered(model)
    if missing:
        click.echo(f"warning: {_display(path)}: the drafted scenarios do not reach "
                   f"{', '.join(missing)}", err=True)


def _emit(text: str, target: Path | None, overwrite: bool) -> None:
    if target is None:
        click.echo(text, nl=False)
        return
    if target.exists() and not overwrite:
        click.echo(f"kept {_display(target)} (exists; --force to overwrite)", err=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    click.echo(f"wrote {_display(target)}", err=True)


if __name__ == "__main__":
    features()
