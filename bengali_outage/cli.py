"""``bengali-outage``: the command line, thin over the public API.

    bengali-outage extract FILE|DIR|- ...   one SPEC JSON object per line
    bengali-outage evaluate GOLD_DIR TEXT_DIR
    bengali-outage show FILE [--html OUT.html]
    bengali-outage schema
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from bengali_outage import __version__
from bengali_outage._pipeline import extract
from bengali_outage.errors import BengaliOutageError
from bengali_outage.evaluate import evaluate
from bengali_outage.models import Report

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2025-11-18") from exc


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """(id, path) per article; '-' is standard input; a directory gives its *.txt files."""
    for raw in paths:
        if raw == "-":
            yield "stdin", None
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*.txt")):
                yield child.stem, child
        else:
            yield path.stem, path


def _read(path: Path | None) -> str:
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BengaliOutageError(f"not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from exc
    if not text.strip():
        raise BengaliOutageError("empty file")
    return text


def _report_line(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False)


def cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    failed = 0
    for ident, path in _inputs(args.paths):
        where = "stdin" if path is None else str(path)
        try:
            text = _read(path)
            report = extract(text, reference=args.reference, id=ident)
        except (OSError, BengaliOutageError) as exc:
            failed += 1
            print(f"bengali-outage: {where}: {exc}", file=sys.stderr)
            continue
        out.write(_report_line(report) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    predictions: dict[str, object] = {}
    for gold in sorted(Path(args.gold_dir).glob("*.json")):
        text_path = Path(args.text_dir) / f"{gold.stem}.txt"
        if not text_path.exists():
            continue
        report = extract(_read(text_path), reference=args.reference, id=gold.stem)
        predictions[gold.stem] = report.model_dump(mode="json")
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for obj in predictions.values():
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    result = evaluate(Path(args.gold_dir), predictions)
    for stem in result.missing:
        print(f"{stem:<28} missing prediction", file=sys.stderr)
    out.write(result.table() + "\n")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    out.write(json.dumps(Report.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from bengali_outage.show import render_html, render_terminal

    text = _read(Path(args.file))
    report = extract(text, reference=args.reference, id=Path(args.file).stem)
    if args.html:
        Path(args.html).write_text(render_html(text, report), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    else:
        out.write(render_terminal(text, report, colour=out.isatty()) + "\n")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    today = dt.date.today()
    ap = argparse.ArgumentParser(prog="bengali-outage", description="Outage incident records from Bengali news.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ref_help = (
        "date relative expressions fall back on when the article gives no publication date "
        f"(default: today, {today.isoformat()}, read from this machine's clock)"
    )

    p = sub.add_parser("extract", help="print one SPEC JSON report per article")
    p.add_argument("paths", nargs="+", help="text files, directories of *.txt, or - for standard input")
    p.add_argument("--reference", type=_date, default=today, help=ref_help)
    p.set_defaults(run=cmd_extract)

    p = sub.add_parser("evaluate", help="score extraction against gold records (SPEC section 5)")
    p.add_argument("gold_dir")
    p.add_argument("text_dir")
    p.add_argument("--reference", type=_date, default=today, help=ref_help)
    p.add_argument("--predictions", help="also write the predictions as JSONL here")
    p.set_defaults(run=cmd_evaluate)

    p = sub.add_parser("show", help="print an article with what was found highlighted")
    p.add_argument("file")
    p.add_argument("--html", metavar="OUT.html", help="write a displaCy-style page instead")
    p.add_argument("--reference", type=_date, default=today, help=ref_help)
    p.set_defaults(run=cmd_show)

    p = sub.add_parser("schema", help="print the JSON Schema of a report")
    p.set_defaults(run=cmd_schema)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    code: int = args.run(args, sys.stdout)
    return code


if __name__ == "__main__":
    sys.exit(main())
