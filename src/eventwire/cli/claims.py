"""``eventwire claims``: the claims of a store, with the sentences that assert and deny each one."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eventwire.claims.models import Claim, Mention
from eventwire.errors import EventwireError


class ClaimFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class Status(StrEnum):
    uncontested = "uncontested"
    corroborated = "corroborated"
    contested = "contested"
    denied = "denied"
    negated = "negated"


CSV_COLUMNS = (
    "claim_id", "status", "proposition", "family", "source", "target", "date_start", "date_end",
    "num_articles", "asserting_sources", "denying_sources", "mention_id", "article_id", "article_title",
    "sentence_index", "stance", "side", "role", "voice", "voice_kind", "trigger", "sentence",
)  # fmt: skip


def _mention_line(mention: Mention) -> str:
    voice = mention.voice.text or ("the article" if mention.voice.kind == "none" else mention.voice.kind)
    where = f"{mention.article_title or mention.article_id[:10]} #{mention.sentence_index}"
    sentence = escape(mention.sentence).replace(
        escape(mention.trigger), f"[bold]{escape(mention.trigger)}[/bold]", 1
    )
    head = f"[cyan]{mention.stance}[/cyan] ({escape(voice)}; {escape(mention.role)})"
    return f"{head}\n{sentence}\n[dim]{escape(where)}[/dim]"


def claims_table(claims: Sequence[Claim], title: str) -> Table:
    """Claims as a table: the claim, then the asserting and the denying mentions side by side."""
    table = Table(title=title, show_lines=True)
    for column in ("claim", "asserted by", "denied or countered by"):
        table.add_column(column, overflow="fold", ratio=1 if column == "claim" else 3)
    for claim in claims:
        head = (
            f"[bold]{escape(claim.status)}[/bold]\n{escape(claim.proposition)}\n"
            f"[dim]{claim.date_start or 'undated'} · {claim.num_articles} article(s) · "
            f"{claim.asserting_sources} for / {claim.denying_sources} against · {claim.claim_id}[/dim]"
        )
        pro = "\n\n".join(_mention_line(m) for m in claim.mentions if m.side == "for") or "-"
        con = "\n\n".join(_mention_line(m) for m in claim.mentions if m.side == "against") or "-"
        table.add_row(head, pro, con)
    return table


def _csv_rows(claims: Sequence[Claim]) -> list[list[object]]:
    rows: list[list[object]] = []
    for c in claims:
        for m in c.mentions:
            rows.append([
                c.claim_id, c.status, c.proposition, c.family, c.source, c.target, c.date_start, c.date_end,
                c.num_articles, c.asserting_sources, c.denying_sources, m.mention_id, m.article_id,
                m.article_title, m.sentence_index, m.stance, m.side, m.role, m.voice.text, m.voice.kind,
                m.trigger, m.sentence,
            ])  # fmt: skip
    return rows


def _print(claims: Sequence[Claim], fmt: ClaimFormat, title: str) -> None:
    if fmt == ClaimFormat.jsonl:
        for claim in claims:
            print(json.dumps(claim.model_dump(mode="json"), ensure_ascii=False))
    elif fmt == ClaimFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(_csv_rows(claims))
    else:
        Console().print(claims_table(claims, title))


def register(app: typer.Typer) -> None:
    """Add ``claims`` to ``app``."""

    @app.command("claims")
    def claims_cmd(
        store: Annotated[
            Path, typer.Option("--store", "-s", help="DuckDB event store written by `eventwire batch`.")
        ],
        status: Annotated[Status | None, typer.Option(help="only claims of this status")] = None,
        actor: Annotated[
            str | None, typer.Option(help="only claims naming this actor code or ISO3 country")
        ] = None,
        fmt: Annotated[ClaimFormat, typer.Option("--format", help="table, jsonl or csv")] = ClaimFormat.table,
        limit: Annotated[int, typer.Option(min=0, help="show at most this many claims (0: all)")] = 0,
        save: Annotated[
            bool, typer.Option("--save", help="also write the claims into the store's claims tables")
        ] = False,
    ) -> None:
        """Claims of a store: one proposition, the mentions that assert and deny it, and its status."""
        from eventwire.claims.store import save_claims, store_claims

        try:
            found = store_claims(store, status.value if status else None, actor)
            if save:
                saved = save_claims(store)
                Console(stderr=True).print(f"saved {saved} claims into {escape(str(store))}")
        except EventwireError as exc:
            Console(stderr=True).print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
            raise typer.Exit(1) from None
        shown = found[:limit] if limit else found
        _print(shown, fmt, f"{len(found)} {status.value if status else ''} claims".replace("  ", " "))
