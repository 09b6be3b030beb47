"""Click commands for SOP tables; mount ``table_commands`` into the ``sop`` CLI.

Every command prints problems as ``file: [langkah N: ]field: what`` and exits 1 on any.
"""

from __future__ import annotations

import sys
import warnings

import click

from .check import main as check_main
from .exporter import export_file
from .importer import import_paths
from .isian import IsianWarning
from .manifest import write_manifest
from .model import TableError, display_path
from .verify import verify_bpmn


@click.group("table")
def table_commands() -> None:
    """SOP tables (YAML) in and out of the BPMN library."""


@table_commands.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", default="bpmn", show_default=True, type=click.Path(file_okay=False),
              help="Library folder; files go to <out>/<instansi.kode>/<id>.bpmn.")
def import_cmd(paths: tuple[str, ...], out: str) -> None:
    """Import TABLE_OR_DIR... into BPMN, then check each file (XSD + SpiffWorkflow)."""
    result = import_paths(paths, out)
    problems = list(result.problems)
    for path in result.written:
        found = verify_bpmn(path)
        problems.extend(found)
        if not found:
            click.echo(f"wrote {display_path(path)}")
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    _finish(problems, f"{len(result.written)} BPMN file(s) written")


@table_commands.command("export")
@click.argument("bpmn", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--out", "out", type=click.Path(dir_okay=False),
              help="Write the table here instead of standard output.")
def export_cmd(bpmn: str, out: str | None) -> None:
    """Export a BPMN file (possibly edited in a modeler) back to a table."""
    try:
        with warnings.catch_warnings(record=True) as lost:
            warnings.simplefilter("always", IsianWarning)
            text = export_file(bpmn, out)
    except TableError as exc:
        _finish(exc.problems, "")
    for warning in lost:
        if issubclass(warning.category, IsianWarning):
            click.echo(f"warning: {display_path(bpmn)}: {warning.message}", err=True)
    if out is None:
        click.echo(text, nl=False)
    else:
        click.echo(f"wrote {out}", err=True)


@table_commands.command("manifest")
@click.option("--bpmn", "bpmn_dir", default="bpmn", show_default=True,
              type=click.Path(file_okay=False, exists=True))
def manifest_cmd(bpmn_dir: str) -> None:
    """Write <bpmn>/MANIFEST.md: every process per seed file."""
    path, problems = write_manifest(bpmn_dir)
    _finish(problems, f"wrote {display_path(path)}")


@table_commands.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def check_cmd(paths: tuple[str, ...]) -> None:
    """Check tables (files or folders; default tables/) without importing them."""
    sys.exit(check_main(list(paths) or ["tables"]))


def _finish(problems: list[str], summary: str) -> None:
    for p in problems:
        click.echo(p, err=True)
    if summary:
        click.echo(summary, err=True)
    if problems:
        sys.exit(1)


def main() -> None:
    """``python -m engine.soptable.cli`` until the command is mounted into ``sop``."""
    table_commands()


if __name__ == "__main__":
    main()
