"""Commands of this module register on reconcile.cli.app.app: ``reconcile fuse``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reconcile.cli.app import app, guarded
from reconcile.errors import InputError


def _parse_types(specs: list[str]) -> dict[str, str]:
    types: dict[str, str] = {}
    for spec in specs:
        attr, sep, kind = spec.partition("=")
        if not sep or not attr.strip() or not kind.strip():
            raise InputError("E111", text=spec, detail="write a type as attribute=time")
        types[attr.strip()] = kind.strip()
    return types


@app.command("fuse")
def fuse_cmd(
    input: Annotated[Path, typer.Argument(help="Claims table: CSV, TSV or JSON Lines.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the fused CSV.")],
    map: Annotated[
        str | None,
        typer.Option("--map", help="Column mapping, e.g. source=src,item=obj,value=value."),
    ] = None,
    attribute: Annotated[
        str | None, typer.Option("--attribute", help="Fixed attribute for every row.")
    ] = None,
    hierarchy: Annotated[
        Path | None,
        typer.Option("--hierarchy", help="Place hierarchy: child,parent or id,name,parent_id."),
    ] = None,
    type: Annotated[
        list[str] | None,
        typer.Option("--type", help="Attribute type, e.g. --type dep=time (time, number, "
                     "names, text); detected when not given."),
    ] = None,
    normalized: Annotated[
        bool, typer.Option("--normalized", help="Write normalized values, not as written.")
    ] = False,
    backoff: Annotated[
        float,
        typer.Option("--backoff", min=0.0, max=1.0,
                     help="With --hierarchy: answer with the nearest ancestor this sure when the "
                          "top place is less sure (0 = always the most specific place)."),
    ] = 0.85,
) -> None:
    """Reconcile a claims table: one row per item and attribute with the chosen value."""
    from reconcile.tabular import fuse, load_hierarchy, load_table, parse_mapping, write_fused
    from reconcile.truth import TruthSettings

    def run() -> int:
        mapping = parse_mapping(map) if map else None
        types = _parse_types(type or [])
        claims = load_table(input, mapping, attribute=attribute)
        tree = load_hierarchy(hierarchy) if hierarchy else None
        rows, _ = fuse(claims, types=types, hierarchy=tree, normalized=normalized,
                       settings=TruthSettings(backoff=backoff))
        write_fused(rows, out)
        return len(rows)

    n = guarded(run)
    typer.echo(f"wrote {n} fused rows to {out}")
