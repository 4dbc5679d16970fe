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
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TextIO

from bengali_outage import __version__, batch
from bengali_outage._pipeline import extract
from bengali_outage.errors import BengaliOutageError, ModelUnavailableError
from bengali_outage.evaluate import evaluate
from bengali_outage.models import Report

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2025-11-18") from exc


def _read(path: Path | None) -> str:
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BengaliOutageError(
            f"not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
        ) from exc
    if not text.strip():
        raise BengaliOutageError("empty file")
    return text


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from exc
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be 1 or more")
    return number


def _on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM: the same orderly stop as Ctrl-C."""
    raise KeyboardInterrupt


class _Progress:
    """The progress bar (when standard error is a terminal) and the per-record error lines."""

    def __init__(self, args: argparse.Namespace, total: Callable[[], int]) -> None:
        self.quiet: bool = args.quiet
        self.bar = None
        if not self.quiet and sys.stderr.isatty():
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked after this
            self.bar = tqdm(total=total(), unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(self, count: int, stats: batch.Stats) -> None:
        if self.bar is not None:
            self.bar.update(count)
            self.bar.set_postfix(incidents=stats.incidents, errors=stats.errors, refresh=False)

    def error(self, where: str, message: str) -> None:
        if self.quiet:
            return
        line = f"bengali-outage: {where}: {message}"
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self, summary: str) -> None:
        if self.bar is not None:
            self.bar.close()
        if not self.quiet:
            print(f"bengali-outage: {summary}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    previous = signal.getsignal(signal.SIGTERM)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        if args.engine == "dask":
            return _extract_dask(args)
        return _extract_local(args, out)
    except (batch.UsageError, ModelUnavailableError) as exc:
        print(f"bengali-outage: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, previous)


def _fields(args: argparse.Namespace) -> batch.Fields:
    return batch.Fields(
        text=args.text_field, id=args.id_field, published=args.published_field, url=args.url_field
    )


def _extract_local(args: argparse.Namespace, out: TextIO) -> int:
    started = time.perf_counter()
    out_path = Path(args.out) if args.out else None
    sources = batch.expand_inputs(args.paths, input_format=args.input_format)
    output = batch.open_output(out_path, format=args.format, resume=args.resume, stream=_binary(out))
    stats = batch.Stats()
    done = output.done if isinstance(output, batch.ResumableOutput) else batch.Done()
    if done.truncated and not args.quiet:
        print(
            f"bengali-outage: {out_path}: cut a torn last line ({done.truncated} bytes) before resuming",
            file=sys.stderr,
        )
    progress = _Progress(args, lambda: batch.count_records(sources) - done.lines)
    in_flight: deque[batch.Record] = deque()

    def records() -> Iterator[batch.Record]:
        for source in sources:
            for record in batch.read_source(source, fields=_fields(args), max_bytes=args.max_bytes):
                if done.take(record.id):
                    stats.skipped += 1
                    continue
                in_flight.append(record)
                yield record

    results = batch.extract_dicts(
        records(),
        n_process=args.jobs,
        batch_size=args.batch_size or batch.BATCH_SIZE,
        reference=args.reference,
    )
    try:
        for line in results:
            record = in_flight.popleft()
            output.write(line, record)
            stats.add(line)
            if batch.is_error(line):
                progress.error(record.where, line["error"]["message"])
            progress.update(1, stats)
    except KeyboardInterrupt:
        _close(results)
        output.abort()
        again = " (rerun with --resume to continue)" if args.resume else ""
        progress.close(f"interrupted{again}; " + stats.summary(time.perf_counter() - started))
        return EXIT_INTERRUPTED
    except BaseException:
        _close(results)
        output.abort()
        raise
    output.commit()
    errors = stats.errors + done.errors
    summary = stats.summary(time.perf_counter() - started)
    if done.errors:
        summary += f"; {done.errors:,} earlier errors in {out_path}"
    progress.close(summary)
    return EXIT_SOME_FAILED if errors else EXIT_OK


class _TextBytes:
    """A binary face on a text stream that has no ``buffer`` (a ``StringIO``, say)."""

    def __init__(self, text: TextIO) -> None:
        self.text = text

    def write(self, data: bytes) -> int:
        return self.text.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.text.flush()


def _binary(out: TextIO) -> IO[bytes]:
    out.flush()
    buffer = getattr(out, "buffer", None)
    return buffer if buffer is not None else _TextBytes(out)  # type: ignore[return-value]


def _close(results: Iterator[object]) -> None:
    close = getattr(results, "close", None)
    if close is not None:
        close()


def _extract_dask(args: argparse.Namespace) -> int:
    if not args.out or args.format != "jsonl":
        raise batch.UsageError("--engine dask writes partitioned JSONL: give --out DIR (and --format jsonl)")
    started = time.perf_counter()
    sources = batch.expand_inputs(args.paths, input_format=args.input_format)
    progress = _Progress(args, lambda: batch.count_records(sources))
    failed = 0

    def on_partition(part: batch.Partition, result: Mapping[str, int] | BaseException) -> None:
        nonlocal failed
        if isinstance(result, BaseException):
            failed += 1
            where = ", ".join(s.where for s in part.sources[:3]) + (" ..." if len(part.sources) > 3 else "")
            progress.error(part.name, f"failed, its records are not written ({result}); inputs: {where}")
        else:
            stats_so_far.merge(result)
            progress.update(result["articles"], stats_so_far)

    stats_so_far = batch.Stats()
    try:
        stats = batch.run_dask(
            sources,
            Path(args.out),
            scheduler=args.scheduler,
            n_workers=args.jobs,
            fields=_fields(args),
            max_bytes=args.max_bytes,
            reference=args.reference,
            resume=args.resume,
            files_per_partition=args.batch_size or 64,
            on_partition=on_partition,
        )
    except KeyboardInterrupt:
        progress.close("interrupted (rerun with --resume to continue; finished parts are kept)")
        return EXIT_INTERRUPTED
    summary = stats.summary(time.perf_counter() - started)
    if failed:
        summary += f"; {failed} partitions failed (rerun with --resume to retry them)"
    progress.close(summary)
    return EXIT_SOME_FAILED if stats.errors else EXIT_OK


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
    ap = argparse.ArgumentParser(
        prog="bengali-outage", description="Outage incident records from Bengali news."
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ref_help = (
        "date relative expressions fall back on when the article gives no publication date "
        f"(default: today, {today.isoformat()}, read from this machine's clock)"
    )

    p = sub.add_parser(
        "extract",
        help="one SPEC JSON report (or error record) per article",
        description="Extract outage reports: one output line per input record, in input order. "
        "Exit status: 0 all records extracted, 1 some records failed (their error records are in "
        "the output), 2 usage error, 130 interrupted. See docs/batch.md.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="INPUT",
        help="text files, directories (their *.txt, recursively), globs, JSONL/CSV record files, or - for standard input",
    )
    p.add_argument("--reference", type=_date, default=today, help=ref_help)
    p.add_argument(
        "--out",
        metavar="FILE",
        help="write here instead of standard output; it appears when complete "
        "(a directory of part files with --engine dask)",
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "parquet"),
        default="jsonl",
        help="jsonl: one report per line (default); csv/parquet: one row per incident",
    )
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl", "csv"),
        default="auto",
        help="auto: .jsonl/.ndjson and .csv files hold records, anything else is one article",
    )
    p.add_argument("--text-field", default="text", help="record field holding the article (default: text)")
    p.add_argument("--id-field", default="id", help="record field holding its id (default: id)")
    p.add_argument(
        "--published-field",
        default="published",
        help="record field holding an ISO publication date or time (default: published)",
    )
    p.add_argument(
        "--url-field", default="url", help="record field holding its URL, kept in CSV/Parquet rows"
    )
    p.add_argument(
        "--jobs", "-j", type=_positive, default=1, help="worker processes (Dask workers for a local cluster)"
    )
    p.add_argument(
        "--batch-size",
        type=_positive,
        help=f"articles per task sent to a worker (default {batch.BATCH_SIZE}); "
        "with --engine dask, text files per partition (default 64)",
    )
    p.add_argument(
        "--max-bytes",
        type=_positive,
        default=batch.MAX_BYTES,
        help=f"longer articles are error records (default: {batch.MAX_BYTES:,} bytes of UTF-8)",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="append to --out, skipping records whose id it already holds; safe after a crash",
    )
    p.add_argument(
        "--quiet", "-q", action="store_true", help="no progress bar, error lines or summary on standard error"
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="dask: run on a Dask cluster (needs the [dask] extra)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a new local cluster of --jobs workers)",
    )
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
