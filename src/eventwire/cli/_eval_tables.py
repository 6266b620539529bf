"""Rich tables for ``eventwire eval``: figures of the look and check halves side by side."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.table import Table

Row = tuple[str, Callable[[dict[str, Any]], str]]


def _prf(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda r: f"{r[key]['precision']:.3f} / {r[key]['recall']:.3f} / {r[key]['f1']:.3f}"


def _num(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda r: f"{r[key]:.3f}" if isinstance(r[key], float) else str(r[key])


def _clean(r: dict[str, Any]) -> str:
    c = r["clean_empty_sentences"]
    return f"{c['clean']} of {c['empty']} ({c['ratio']:.3f})"


WIRE_ROWS: tuple[Row, ...] = (
    ("articles / sentences", lambda r: f"{r['articles']} / {r['sentences']}"),
    ("system events / core gold events", lambda r: f"{r['system_events']} / {r['core_gold_events']}"),
    ("triple P / R / F1", _prf("triple")),
    ("type P / R / F1", _prf("type")),
    (
        "source sector accuracy",
        lambda r: f"{r['source_sector_accuracy']:.3f} (n={r['source_sector_scored']})",
    ),
    ("date accuracy", lambda r: f"{r['date_accuracy']:.3f} (n={r['date_scored']})"),
    ("clean empty sentences", _clean),
    ("asserted falsehoods", _num("asserted_falsehoods")),
)

PLOVER_ROWS: tuple[Row, ...] = (
    ("records", _num("records")),
    ("event type accuracy", _num("event_type_accuracy")),
    ("source country accuracy", _num("source_country_accuracy")),
    ("target country accuracy", _num("target_country_accuracy")),
    ("source sector accuracy", _num("source_sector_accuracy")),
    ("triple main P / R / F1", _prf("triple_main")),
    ("triple all events P / R / F1", _prf("triple_all_events")),
)


def figures_table(title: str, parts: dict[str, dict[str, Any]], rows: tuple[Row, ...]) -> Table:
    """One row per measure, one column per half (look, check, all)."""
    table = Table(title=title)
    table.add_column("measure")
    for name in parts:
        table.add_column(name, justify="right")
    for label, cell in rows:
        table.add_row(label, *(cell(figures) for figures in parts.values()))
    return table


def error_table(title: str, errors: list[dict[str, Any]], columns: tuple[str, ...], worst: int) -> Table:
    """The first ``worst`` errors (look half only) with the given columns."""
    table = Table(title=f"{title} (look half; {min(worst, len(errors))} of {len(errors)})", show_lines=True)
    for column in columns:
        table.add_column(column, overflow="fold")
    for error in errors[:worst]:
        table.add_row(*(_cell(error[c]) for c in columns))
    return table


def _cell(value: Any) -> str:
    return "\n".join(value) if isinstance(value, list) else str(value)


def plover_tables(result: dict[str, Any], worst: int) -> list[Table]:
    """Confusion matrix and worst errors of the look half, then the figures of every half."""
    tables = []
    if "look" in result["parts"]:
        confusion = Table(title="confusion, look half (gold -> predicted, errors only)")
        confusion.add_column("gold -> predicted")
        confusion.add_column("n", justify="right")
        pairs = [
            (k, n) for k, n in result["parts"]["look"]["confusion"].items() if len(set(k.split("->"))) > 1
        ]
        for pair, n in sorted(pairs, key=lambda kv: -kv[1])[:20]:
            confusion.add_row(pair, str(n))
        tables += [
            confusion,
            error_table("worst errors", result["errors"], ("gold", "predicted", "text"), worst),
        ]
    return [*tables, figures_table("PLOVER gold", result["parts"], PLOVER_ROWS)]


def wire_tables(result: dict[str, Any], worst: int) -> list[Table]:
    """Worst misses and false positives of the look half, then the figures of every half."""
    tables = []
    if "look" in result["parts"]:
        tables = [
            error_table("missed core events", result["missed"], ("gold", "system", "sentence"), worst),
            error_table("false positives", result["false_positives"], ("system", "gold", "sentence"), worst),
        ]
    return [*tables, figures_table(f"wire gold: {result['gold']}", result["parts"], WIRE_ROWS)]


def claims_table(result: dict[str, Any], worst: int) -> Table:
    """Claims gold: grouping (pairwise), stance accuracy, mentions found, and the first errors."""
    table = Table(title="claims gold (gold/claims/README.md)")
    table.add_column("measure")
    table.add_column("score", justify="right")
    pairs = result["pairs"]
    rows = (
        ("claims / gold mentions / found", f"{result['claims']} / {result['mentions']} / {result['found']}"),
        ("grouping pairwise P / R / F1", _prf("grouping")(result)),
        ("pairs gold / system / both", f"{pairs['gold']} / {pairs['system']} / {pairs['both']}"),
        ("stance accuracy (found mentions)", f"{result['stance_accuracy']:.3f}"),
        ("sentences whose sha1 differs", str(result["misaligned_sentences"])),
    )
    for name, value in rows:
        table.add_row(name, value)
    for error in result["errors"][:worst]:
        table.add_row(f"[dim]{error['claim']} {error['article'][:40]} s{error['s']}[/dim]", error["error"])
    return table
