"""Batch extraction: many articles, in input order, in parallel, with nothing lost.

Three layers, each usable on its own (``docs/batch.md`` shows them at work):

- **Reading** (:func:`expand_inputs`, :func:`read_source`): command-line arguments (files,
  directories, globs, ``-``) become :class:`Record` objects. A record that cannot be read
  (not UTF-8, empty, oversized, a malformed JSONL line) is still a record, carrying its
  error, so it still gets its one output line.
- **Extracting** (:func:`extract_dicts`, :func:`extract_many`): records in, one plain dict per
  record out, in order, in this process or in ``n_process`` worker processes that each load
  the pipeline once and send back ``report.model_dump(mode="json")``, never spaCy objects.
  :func:`extract_dicts` never raises for a record: a failure is an error record
  ``{"id": ..., "error": {"type": ..., "message": ...}}``. :func:`extract_many` is the
  Python API: the same results as ``extract`` one by one, raising where ``extract`` would.
- **Writing** (:func:`open_output`): JSONL, CSV or Parquet to standard output, or to a file
  that appears atomically when complete, or (``resume=True``) that is appended to line by
  line and can be continued after a crash.

:func:`run_dask` runs the reading and extracting layers on a Dask cluster, one partition
of input per task, one JSONL part file per partition.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import io
import json
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any, Final, Literal, Protocol

from bengali_outage._pipeline import Reference, _check_time, extract, pipeline
from bengali_outage.errors import BengaliOutageError, InputError, ModelUnavailableError, ReferenceTimeError
from bengali_outage.models import Report

InputFormat = Literal["auto", "text", "jsonl", "csv"]
OutputFormat = Literal["jsonl", "csv", "parquet"]
StartMethod = Literal["fork", "spawn", "forkserver"]
Item = str | Mapping[str, Any]

MAX_BYTES: Final = 1_000_000
BATCH_SIZE: Final = 8
# Error types of records that fail before extraction; a failure inside extraction is named
# after its exception class (InputError, ReferenceTimeError, or a bug's own class).
READ_ERROR: Final = "ReadError"
DECODE_ERROR: Final = "DecodeError"
EMPTY_TEXT: Final = "EmptyText"
TOO_LARGE: Final = "TooLarge"
MALFORMED_RECORD: Final = "MalformedRecord"
WORKER_CRASH: Final = "WorkerCrash"

_EXCEPTION_KEY: Final = "__exception__"
_RECORD_SUFFIXES: Final[Mapping[str, Literal["jsonl", "csv"]]] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
_DIRECTORY_PATTERNS: Final[Mapping[str, str]] = {
    "auto": "*.txt",
    "text": "*.txt",
    "jsonl": "*.jsonl",
    "csv": "*.csv",
}
_GLOB_CHARACTERS: Final = frozenset("*?[")
# A JSON string escapes a Bengali letter as \u09xx: six bytes where UTF-8 needs three.
_JSON_ESCAPE_FACTOR: Final = 6


class UsageError(BengaliOutageError):
    """The command line asked for something that cannot be done (exit code 2)."""


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Record:
    """One article to extract, or one input that failed before extraction (``error`` set).

    ``where`` names the place it came from (``path`` or ``path:line``) for error messages.
    """

    id: str | None
    text: str | None = None
    published: object = None
    url: str | None = None
    error: tuple[str, str] | None = None
    where: str = ""


@dataclass(frozen=True)
class Fields:
    """Which field of a JSONL object or CSV row holds what."""

    text: str = "text"
    id: str = "id"
    published: str = "published"
    url: str = "url"


@dataclass(frozen=True)
class Source:
    """One input after directory and glob expansion: a file (``path``) or standard input."""

    path: Path | None
    format: Literal["text", "jsonl", "csv"]
    error: tuple[str, str] | None = None
    label: str = ""

    @property
    def where(self) -> str:
        return self.label or ("stdin" if self.path is None else str(self.path))

    @property
    def stem(self) -> str:
        return "stdin" if self.path is None else self.path.stem


def error_record(id: str | None, type: str, message: str) -> dict[str, Any]:
    """The output line of a record that produced no report.

    >>> error_record("a", "EmptyText", "empty file")
    {'id': 'a', 'error': {'type': 'EmptyText', 'message': 'empty file'}}
    """
    return {"id": id, "error": {"type": type, "message": message}}


def is_error(line: Mapping[str, Any]) -> bool:
    """Whether an output dict is an error record rather than a report."""
    return "error" in line and "schema_version" not in line


# --------------------------------------------------------------------------------------------
# Reading


def _format_of(path: Path, input_format: InputFormat) -> Literal["text", "jsonl", "csv"]:
    if input_format != "auto":
        return input_format
    return _RECORD_SUFFIXES.get(path.suffix.lower(), "text")


def expand_inputs(args: Sequence[str], *, input_format: InputFormat = "auto") -> list[Source]:
    """Files, directories (recursively), globs and ``-`` for standard input, in order.

    A directory gives its ``*.txt`` files (``*.jsonl``/``*.csv`` with that input format),
    sorted; a glob that matches nothing is one input that fails, so it is not silently lost.
    """
    sources: list[Source] = []
    for raw in args:
        if raw == "-":
            sources.append(Source(None, "text" if input_format == "auto" else input_format))
            continue
        path = Path(raw)
        if not path.exists() and _GLOB_CHARACTERS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                sources.append(Source(path, "text", (READ_ERROR, "no file matches this pattern"), label=raw))
            for match in matches:
                sources.extend(_expand_path(Path(match), input_format))
        else:
            sources.extend(_expand_path(path, input_format))
    return sources


def _expand_path(path: Path, input_format: InputFormat) -> list[Source]:
    if path.is_dir():
        pattern = _DIRECTORY_PATTERNS[input_format]
        return [Source(p, _format_of(p, input_format)) for p in sorted(path.rglob(pattern)) if p.is_file()]
    return [Source(path, _format_of(path, input_format))]


def read_source(
    source: Source, *, fields: Fields = Fields(), max_bytes: int = MAX_BYTES, stdin: IO[bytes] | None = None
) -> Iterator[Record]:
    """The records of one input; never raises for bad content (the record carries the error)."""
    if source.error is not None:
        yield Record(source.stem, error=source.error, where=source.where)
        return
    if source.format == "text":
        yield _read_text(source, max_bytes, stdin)
        return
    try:
        stream: IO[bytes] = (stdin or sys.stdin.buffer) if source.path is None else open(source.path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Record(source.stem, error=(READ_ERROR, exc.strerror or str(exc)), where=source.where)
        return
    try:
        reader = _read_jsonl if source.format == "jsonl" else _read_csv
        yield from reader(stream, source, fields, max_bytes)
    except OSError as exc:
        # An I/O failure half-way through a file: the rest of it is one failed input.
        yield Record(f"{source.stem}:rest", error=(READ_ERROR, exc.strerror or str(exc)), where=source.where)
    finally:
        if source.path is not None:
            stream.close()


def _read_text(source: Source, max_bytes: int, stdin: IO[bytes] | None) -> Record:
    ident, where = source.stem, source.where
    try:
        # + 3: a UTF-8 byte-order mark; a larger input is not read whole
        if source.path is None:
            data = (stdin or sys.stdin.buffer).read(max_bytes + 4)
            size = len(data)
        else:
            size = source.path.stat().st_size
            data = source.path.read_bytes() if size <= max_bytes + 3 else b""
    except OSError as exc:
        return Record(ident, error=(READ_ERROR, exc.strerror or str(exc)), where=where)
    if size > max_bytes + 3:
        amount = "" if source.path is None else f"{size:,} bytes, "  # standard input is not read to its end
        return Record(ident, error=(TOO_LARGE, f"{amount}more than --max-bytes {max_bytes:,}"), where=where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Record(ident, error=(DECODE_ERROR, _decode_message(data, exc)), where=where)
    return _checked(Record(ident, text, where=where), max_bytes, "file")


def _decode_message(data: bytes, exc: UnicodeDecodeError) -> str:
    return f"not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"


def _checked(record: Record, max_bytes: int, what: str) -> Record:
    """The record, or an error record when its text is empty, oversized or not encodable."""
    text = record.text or ""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        message = f"text has a lone surrogate {text[exc.start]!r} at {exc.start}, not valid Unicode"
        return Record(record.id, error=(DECODE_ERROR, message), where=record.where)
    if size > max_bytes:
        message = f"text is {size:,} bytes, more than --max-bytes {max_bytes:,}"
        return Record(record.id, error=(TOO_LARGE, message), where=record.where)
    if not text.strip():
        return Record(record.id, error=(EMPTY_TEXT, f"empty {what}"), where=record.where)
    return record


def _read_jsonl(stream: IO[bytes], source: Source, fields: Fields, max_bytes: int) -> Iterator[Record]:
    limit = _JSON_ESCAPE_FACTOR * max_bytes + 65_536
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue  # a blank line is not a record
        fallback, where = f"{source.stem}:{number}", f"{source.where}:{number}"
        if len(raw) > limit:
            yield Record(fallback, error=(TOO_LARGE, f"line is {len(raw):,} bytes"), where=where)
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Record(fallback, error=(DECODE_ERROR, _decode_message(raw, exc)), where=where)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(fallback, error=(MALFORMED_RECORD, f"not valid JSON ({exc})"), where=where)
            continue
        if not isinstance(obj, dict):
            yield Record(fallback, error=(MALFORMED_RECORD, "not a JSON object"), where=where)
            continue
        yield to_record(obj, fallback_id=fallback, where=where, fields=fields, max_bytes=max_bytes)


def _read_csv(stream: IO[bytes], source: Source, fields: Fields, max_bytes: int) -> Iterator[Record]:
    # surrogateescape keeps a bad byte as a lone surrogate, so one bad row fails, not the file
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(text)
    number = 0
    try:
        while True:
            number += 1
            fallback, where = f"{source.stem}:{number}", f"{source.where}:row {number}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Record(fallback, error=(MALFORMED_RECORD, f"not valid CSV ({exc})"), where=where)
                continue
            yield to_record(row, fallback_id=fallback, where=where, fields=fields, max_bytes=max_bytes)
    finally:
        text.detach()  # the caller closes the stream


def to_record(
    obj: Mapping[str, Any],
    *,
    fallback_id: str,
    where: str = "",
    fields: Fields = Fields(),
    max_bytes: int = MAX_BYTES,
) -> Record:
    """A record from one JSONL object or CSV row, checked as the command line checks it: an empty,
    oversized or non-Unicode text or a bad id gives a record carrying its error.
    ``fallback_id`` is the id when the object has none (CSV gives '' where JSON gives null).

    >>> to_record({"text": ""}, fallback_id="in:3").error
    ('EmptyText', 'empty text')
    """
    fallback = fallback_id
    raw_id = obj.get(fields.id)
    if raw_id is None or raw_id == "":
        ident = fallback
    elif isinstance(raw_id, str) and _encodable(raw_id):
        ident = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        ident = str(raw_id)
    else:
        return Record(
            fallback, error=(MALFORMED_RECORD, f"{fields.id!r} is not a string or integer"), where=where
        )
    text = obj.get(fields.text)
    if text is None:
        return Record(ident, error=(MALFORMED_RECORD, f"no {fields.text!r} field"), where=where)
    if not isinstance(text, str):
        return Record(ident, error=(MALFORMED_RECORD, f"{fields.text!r} is not a string"), where=where)
    published = obj.get(fields.published) or None
    url = obj.get(fields.url)
    record = Record(
        ident, text, published, url if isinstance(url, str) and _encodable(url) else None, where=where
    )
    return _checked(record, max_bytes, "text")


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_inputs(
    args: Sequence[str],
    *,
    input_format: InputFormat = "auto",
    fields: Fields = Fields(),
    max_bytes: int = MAX_BYTES,
) -> Iterator[Record]:
    """Every record named by command-line style arguments, in order."""
    for source in expand_inputs(args, input_format=input_format):
        yield from read_source(source, fields=fields, max_bytes=max_bytes)


def count_records(sources: Sequence[Source]) -> int:
    """A quick estimate of how many records ``sources`` hold (newlines of record files)."""
    total = 0
    for source in sources:
        if source.format == "text" or source.path is None or source.error is not None:
            total += 1
            continue
        try:
            with open(source.path, "rb") as fh:
                lines = sum(chunk.count(b"\n") for chunk in iter(partial(fh.read, 1 << 20), b""))
        except OSError:
            lines = 1
        total += max(1, lines - (1 if source.format == "csv" else 0))
    return total


# --------------------------------------------------------------------------------------------
# Extracting


def _parse_time(value: object, name: str) -> Reference | None:
    """A caller's date or time, from a ``date``/``datetime`` or an ISO 8601 string."""
    if value is None or isinstance(value, dt.date):
        return _check_time(value, name)
    if isinstance(value, str):
        try:
            parsed: Reference = (
                dt.date.fromisoformat(value) if len(value) <= 10 else dt.datetime.fromisoformat(value)
            )
        except ValueError as exc:
            raise ReferenceTimeError(
                f"{name}={value!r} is not an ISO date or date-time like 2025-11-18T20:00+05:30"
            ) from exc
        return _check_time(parsed, name)
    raise ReferenceTimeError(
        f"{name} must be an ISO date string, a date or an aware datetime, not {type(value).__name__}"
    )


def _as_record(item: object) -> Record:
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(None, item)
    if isinstance(item, Mapping):
        ident = item.get("id")
        text = item.get("text")
        if not isinstance(text, str):
            return Record(
                None if ident is None else str(ident),
                error=(InputError.__name__, "a record needs a 'text' string"),
            )
        return Record(None if ident is None else str(ident), text, item.get("published"), item.get("url"))
    # extract() itself names the problem (bytes, None, ...)
    return Record(None, item)  # type: ignore[arg-type]


def _extract_dict(record: Record, published: Reference | None, reference: Reference | None) -> dict[str, Any]:
    pub = _parse_time(record.published, "published") if record.published is not None else published
    report = extract(record.text, published=pub, reference=reference, id=record.id)  # type: ignore[arg-type]
    return report.model_dump(mode="json")


def _message(exc: BaseException) -> str:
    if isinstance(exc, BengaliOutageError):
        return str(exc)
    return f"{exc!s} (this is a bug in bengali_outage: please report it with this input)".lstrip()


def _outcome(
    record: Record, published: Reference | None, reference: Reference | None, keep_exception: bool
) -> dict[str, Any]:
    if record.error is not None:
        return error_record(record.id, *record.error)
    try:
        return _extract_dict(record, published, reference)
    except Exception as exc:  # the batch boundary: one article's failure must not stop the run
        out = error_record(record.id, type(exc).__name__, _message(exc))
        if keep_exception:
            out[_EXCEPTION_KEY] = _pickled(exc)
        return out


def _pickled(exc: BaseException) -> bytes | None:
    try:
        return pickle.dumps(exc)
    except Exception:  # an exception that cannot cross a process boundary
        return None


def _work(
    records: list[Record], published: Reference | None, reference: Reference | None, keep_exception: bool
) -> list[dict[str, Any]]:
    """What a worker process does with one batch."""
    return [_outcome(r, published, reference, keep_exception) for r in records]


def _init_worker() -> None:
    """Load the pipeline once per worker; Ctrl-C is the parent's to handle, and a worker whose
    parent has died (SIGKILL) exits instead of lingering."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the CLI's handler
    parent = os.getppid()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="parent-watch").start()
    pipeline()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Pool:
    """A process pool that can be rebuilt after a worker dies."""

    def __init__(self, n_process: int, start_method: StartMethod | None) -> None:
        self.n_process = n_process
        self.context = multiprocessing.get_context(start_method)
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=self.context, initializer=_init_worker)

    def rebuild(self) -> None:
        self.close()
        self.executor = self._new()

    def close(self) -> None:
        terminate = getattr(self.executor, "terminate_workers", None)  # Python >= 3.14
        if terminate is not None:
            terminate()
        else:
            processes = getattr(self.executor, "_processes", None) or {}
            for process in list(processes.values()):
                process.terminate()
        self.executor.shutdown(wait=True, cancel_futures=True)


def _ordered_parallel(
    records: Iterable[Record],
    work: Callable[[list[Record]], list[dict[str, Any]]],
    *,
    n_process: int,
    batch_size: int,
    start_method: StartMethod | None,
) -> Iterator[dict[str, Any]]:
    """Batches out to ``n_process`` workers, results back in input order, at most
    ``2 * n_process`` batches in flight (so memory stays flat on any input size)."""
    pool = _Pool(n_process, start_method)
    pending: deque[tuple[list[Record], Future[list[dict[str, Any]]]]] = deque()
    batches = _batches(records, batch_size)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < 2 * n_process:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    pending.append((batch, pool.executor.submit(work, batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory, a crash in native code). Find the
                # record that did it by running the batch one record at a time.
                pool.rebuild()
                results = [_isolated(pool, work, record) for record in batch]
                pending = deque((b, pool.executor.submit(work, b)) for b, _ in pending)
            yield from results
    finally:
        pool.close()


def _isolated(
    pool: _Pool, work: Callable[[list[Record]], list[dict[str, Any]]], record: Record
) -> dict[str, Any]:
    try:
        return _work_one(pool.executor.submit(work, [record]))
    except BrokenProcessPool:
        pool.rebuild()
        message = "the worker process died on this record (killed, out of memory, or a crash in native code)"
        return error_record(record.id, WORKER_CRASH, message)


def _work_one(future: Future[list[dict[str, Any]]]) -> dict[str, Any]:
    (result,) = future.result()
    return result


def _check_jobs(n_process: int, batch_size: int) -> None:
    if n_process < 1:
        raise InputError(f"n_process={n_process}; it must be 1 or more")
    if batch_size < 1:
        raise InputError(f"batch_size={batch_size}; it must be 1 or more")


def extract_dicts(
    records: Iterable[Item | Record],
    *,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
    published: Reference | None = None,
    reference: Reference | None = None,
    start_method: StartMethod | None = None,
) -> Iterator[dict[str, Any]]:
    """One JSON-ready dict per record, in order: a report, or an error record; never raises for a record.

    >>> [sorted(d) for d in extract_dicts(["এক্স ডাউন।", {"id": "b", "text": 5}])]
    [['dateline', 'entities', 'headline', 'id', 'incidents', 'published', 'schema_version', 'warnings'], ['error', 'id']]
    """
    _check_jobs(n_process, batch_size)
    pub, ref = _check_time(published, "published"), _check_time(reference, "reference")
    return _dicts((_as_record(r) for r in records), n_process, batch_size, pub, ref, start_method, False)


def _dicts(
    records: Iterable[Record],
    n_process: int,
    batch_size: int,
    published: Reference | None,
    reference: Reference | None,
    start_method: StartMethod | None,
    keep_exception: bool,
) -> Iterator[dict[str, Any]]:
    if n_process == 1:
        return (_outcome(r, published, reference, keep_exception) for r in records)
    work = partial(_work, published=published, reference=reference, keep_exception=keep_exception)
    return _ordered_parallel(
        records, work, n_process=n_process, batch_size=batch_size, start_method=start_method
    )


def extract_many(
    texts_or_records: Iterable[Item],
    *,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
    published: Reference | None = None,
    reference: Reference | None = None,
    start_method: StartMethod | None = None,
) -> Iterator[Report]:
    """``extract`` over many texts or records, in order, optionally in ``n_process`` processes.

    A record is a mapping with ``text`` and optional ``id`` and ``published`` (a date, an aware
    datetime or an ISO string; it overrides the ``published`` argument for that record). The
    results equal ``extract`` called one by one; where ``extract`` would raise, iteration raises
    the same error after yielding the reports before it.

    >>> [r.id for r in extract_many([{"id": "a", "text": "এক্স ডাউন।"}, "জিও বন্ধ।"])]
    ['a', None]
    """
    _check_jobs(n_process, batch_size)
    pub, ref = _check_time(published, "published"), _check_time(reference, "reference")
    records = (_as_record(item) for item in texts_or_records)
    if n_process == 1:
        return _reports_in_process(records, pub, ref)
    return _reports(_dicts(records, n_process, batch_size, pub, ref, start_method, True))


def _reports_in_process(
    records: Iterable[Record], published: Reference | None, reference: Reference | None
) -> Iterator[Report]:
    for record in records:
        if record.error is not None:
            raise InputError(record.error[1])
        pub = _parse_time(record.published, "published") if record.published is not None else published
        yield extract(record.text, published=pub, reference=reference, id=record.id)  # type: ignore[arg-type]


def _reports(dicts: Iterator[dict[str, Any]]) -> Iterator[Report]:
    for d in dicts:
        if not is_error(d):
            yield Report.model_validate(d)
            continue
        pickled = d.get(_EXCEPTION_KEY)
        exc = pickle.loads(pickled) if isinstance(pickled, bytes) else None
        if isinstance(exc, BaseException):
            raise exc
        error = d["error"]
        if error["type"] == InputError.__name__:
            raise InputError(error["message"])
        raise BengaliOutageError(f"{error['type']}: {error['message']}")


# --------------------------------------------------------------------------------------------
# Writing


class Output(Protocol):
    def write(self, line: Mapping[str, Any], record: Record | None = None) -> None: ...
    def commit(self) -> None: ...
    def abort(self) -> None: ...


def json_line(line: Mapping[str, Any]) -> bytes:
    return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")


class _AtomicFile:
    """A file that appears at ``path`` only once complete: a temporary file beside it, renamed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.temp = Path(name)
        self.fh: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.temp, self.path)
        _fsync_directory(self.path.parent)

    def abort(self) -> None:
        self.fh.close()
        self.temp.unlink(missing_ok=True)


def _fsync_directory(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # some systems cannot open a directory; the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class JsonlOutput:
    """JSONL to a byte stream: standard output (flushed per line) or an atomic file."""

    def __init__(self, path: Path | None, stream: IO[bytes] | None = None) -> None:
        self.file = _AtomicFile(path) if path is not None else None
        self.fh: IO[bytes] = self.file.fh if self.file is not None else (stream or sys.stdout.buffer)

    def write(self, line: Mapping[str, Any], record: Record | None = None) -> None:
        self.fh.write(json_line(line))
        if self.file is None:
            self.fh.flush()

    def commit(self) -> None:
        if self.file is not None:
            self.file.commit()
        else:
            self.fh.flush()

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()
        else:
            self.fh.flush()


@dataclass
class Done:
    """What an existing output file already holds: ids (with repeats) and error count."""

    ids: Counter[str | None] = field(default_factory=Counter)
    lines: int = 0
    errors: int = 0
    truncated: int = 0

    def take(self, ident: str | None) -> bool:
        """Whether a record with this id is already done (each done line excuses one record)."""
        if self.ids[ident] > 0:
            self.ids[ident] -= 1
            return True
        return False


def scan_output(path: Path, *, repair: bool = True) -> Done:
    """Read a JSONL output file back; with ``repair``, cut off a torn last line.

    A line is written with one ``write`` and ends with a newline, so a run killed mid-line
    leaves a last line without one; nothing else in the file can be torn.
    """
    done = Done()
    if not path.exists():
        return done
    with open(path, "rb") as fh:
        data = fh.read()
    keep = data.rfind(b"\n") + 1
    if keep < len(data):
        done.truncated = len(data) - keep
        if repair:
            with open(path, "r+b") as fh:
                fh.truncate(keep)
                fh.flush()
                os.fsync(fh.fileno())
    for number, raw in enumerate(data[:keep].splitlines(), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            raise UsageError(
                f"{path}:{number} is not a JSON line ({exc}); is this a file bengali-outage wrote?"
            ) from exc
        if not isinstance(obj, dict):
            raise UsageError(f"{path}:{number} is not a JSON object; is this a file bengali-outage wrote?")
        done.ids[obj.get("id")] += 1
        done.lines += 1
        done.errors += is_error(obj)
    return done


class ResumableOutput:
    """Appends JSONL to ``path``: each line one unbuffered ``write`` (so it reaches the OS
    before the next record starts), ``fsync`` at the end. See ``docs/batch.md``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done = scan_output(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(path, "ab", buffering=0)  # noqa: SIM115

    def write(self, line: Mapping[str, Any], record: Record | None = None) -> None:
        data = memoryview(json_line(line))
        while data:
            written = self.fh.write(data)
            data = data[written or 0 :]

    def commit(self) -> None:
        os.fsync(self.fh.fileno())
        self.fh.close()

    abort = commit


# One row per incident; a report without incidents and an error record get one row each.
TABLE_COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    ("id", "string"), ("url", "string"), ("incident", "int64"), ("role", "string"),
    ("services", "string"), ("regions", "string"), ("status", "string"), ("symptoms", "string"),
    *((f"{when}_{part}", kind) for when in ("start", "end") for part, kind in (
        ("year", "int64"), ("month", "int64"), ("day", "int64"), ("weekday", "string"), ("hour", "int64"),
        ("minute", "int64"), ("utc_offset", "string"), ("approximate", "bool"), ("text", "string"),
    )),
    ("duration_min_minutes", "double"), ("duration_max_minutes", "double"),
    ("user_reports_max", "double"), ("affected_users_min", "double"), ("affected_users_max", "double"),
    ("cause_category", "string"), ("cause_provider", "string"), ("cause_confirmed", "bool"),
    ("published", "string"), ("headline", "string"), ("warnings", "int64"),
    ("error_type", "string"), ("error_message", "string"),
)  # fmt: skip


def _render_time(tp: Mapping[str, Any] | None) -> str | None:
    """A TimePoint as ISO-like text, '?' for unknown parts: '2025-11-18 20:00 +05:30'."""
    if not tp:
        return None
    year, month, day = tp.get("year"), tp.get("month"), tp.get("day")
    out = f"{year if year is not None else '????'}-{month or 0:02d}-{day or 0:02d}".replace("-00", "-??")
    if tp.get("hour") is not None:
        out += f" {tp['hour']:02d}:{tp.get('minute') or 0:02d}"
    if tp.get("utc_offset"):
        out += f" {tp['utc_offset']}"
    return out


def incident_rows(line: Mapping[str, Any], url: str | None = None) -> list[dict[str, Any]]:
    """The table rows of one output line (see ``TABLE_COLUMNS``)."""
    base: dict[str, Any] = dict.fromkeys(name for name, _ in TABLE_COLUMNS)
    base |= {"id": line.get("id"), "url": url}
    if is_error(line):
        return [base | {"error_type": line["error"]["type"], "error_message": line["error"]["message"]}]
    base |= {
        "published": _render_time(line.get("published")),
        "headline": line.get("headline"),
        "warnings": len(line.get("warnings") or ()),
    }
    rows = []
    for index, incident in enumerate(line.get("incidents") or ()):
        row = dict(base)
        row |= {
            "incident": index,
            "role": incident["role"],
            "services": ";".join(s["id"] for s in incident["services"]),
            "regions": ";".join(r["code"] for r in incident["regions"]),
            "status": incident["status"],
            "symptoms": ";".join(incident["symptoms"]),
        }
        for when in ("start", "end"):
            tp = incident.get(when) or {}
            for part in (
                "year",
                "month",
                "day",
                "weekday",
                "hour",
                "minute",
                "utc_offset",
                "approximate",
                "text",
            ):
                row[f"{when}_{part}"] = tp.get(part)
        if incident.get("duration"):
            row["duration_min_minutes"] = incident["duration"]["min_minutes"]
            row["duration_max_minutes"] = incident["duration"]["max_minutes"]
        counts = [r["max"] if r["max"] is not None else r["min"] for r in incident["user_reports"]]
        counts = [c for c in counts if c is not None]
        row["user_reports_max"] = max(counts) if counts else None
        if incident.get("affected_users"):
            row["affected_users_min"] = incident["affected_users"]["min"]
            row["affected_users_max"] = incident["affected_users"]["max"]
        if incident.get("cause"):
            cause = incident["cause"]
            row |= {
                "cause_category": cause["category"],
                "cause_provider": cause["provider"],
                "cause_confirmed": cause["confirmed"],
            }
        rows.append(row)
    return rows or [base]


class CsvOutput:
    """Incident rows as CSV, to standard output or an atomic file."""

    def __init__(self, path: Path | None, stream: IO[bytes] | None = None) -> None:
        self.file = _AtomicFile(path) if path is not None else None
        binary = self.file.fh if self.file is not None else (stream or sys.stdout.buffer)
        self.text = io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=True)
        self.writer = csv.DictWriter(self.text, [name for name, _ in TABLE_COLUMNS])
        self.writer.writeheader()

    def write(self, line: Mapping[str, Any], record: Record | None = None) -> None:
        self.writer.writerows(incident_rows(line, record.url if record else None))

    def commit(self) -> None:
        self.text.flush()
        self.text.detach()
        if self.file is not None:
            self.file.commit()

    def abort(self) -> None:
        self.text.flush()
        self.text.detach()
        if self.file is not None:
            self.file.abort()


class ParquetOutput:
    """Incident rows as a Parquet file (needs the ``[parquet]`` extra), written atomically."""

    ROW_GROUP: Final = 10_000

    def __init__(self, path: Path) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ModelUnavailableError(
                "Parquet output needs pyarrow: pip install 'bengali-outage[parquet]'"
            ) from exc
        self.pa = pa
        self.schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in TABLE_COLUMNS])
        self.file = _AtomicFile(path)
        self.writer = pq.ParquetWriter(self.file.fh, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, line: Mapping[str, Any], record: Record | None = None) -> None:
        self.rows.extend(incident_rows(line, record.url if record else None))
        if len(self.rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def commit(self) -> None:
        self._flush()
        self.writer.close()
        self.file.commit()

    def abort(self) -> None:
        self.writer.close()
        self.file.abort()


def open_output(
    path: Path | None,
    *,
    format: OutputFormat = "jsonl",
    resume: bool = False,
    stream: IO[bytes] | None = None,
) -> Output:
    """Where results go: ``stream`` (standard output by default) when ``path`` is None, a file
    that appears atomically when complete, or (``resume``) a JSONL file appended to line by line."""
    if resume:
        if path is None or format != "jsonl":
            raise UsageError("--resume needs --out FILE and JSONL output")
        return ResumableOutput(path)
    if format == "jsonl":
        return JsonlOutput(path, stream)
    if format == "csv":
        return CsvOutput(path, stream)
    if path is None:
        raise UsageError("Parquet output needs --out FILE")
    return ParquetOutput(path)


# --------------------------------------------------------------------------------------------
# Counting


@dataclass
class Stats:
    """Running totals for the summary line."""

    articles: int = 0
    incidents: int = 0
    warnings: int = 0
    errors: int = 0
    skipped: int = 0

    def add(self, line: Mapping[str, Any]) -> None:
        self.articles += 1
        if is_error(line):
            self.errors += 1
        else:
            self.incidents += len(line.get("incidents") or ())
            self.warnings += len(line.get("warnings") or ())

    def merge(self, other: Mapping[str, int]) -> None:
        for name in ("articles", "incidents", "warnings", "errors", "skipped"):
            setattr(self, name, getattr(self, name) + other.get(name, 0))

    def summary(self, elapsed: float) -> str:
        rate = self.articles / elapsed if elapsed > 0 else 0.0
        text = (
            f"{self.articles:,} articles, {self.incidents:,} incidents, {self.warnings:,} warnings, "
            f"{self.errors:,} errors in {elapsed:.1f} s ({rate:.1f} articles/s)"
        )
        if self.skipped:
            text += f"; {self.skipped:,} already done, skipped"
        return text


# --------------------------------------------------------------------------------------------
# Dask


@dataclass(frozen=True)
class Partition:
    """One Dask task: some inputs, written to ``part-<index>.jsonl``."""

    index: int
    sources: tuple[Source, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}.jsonl"


def partitions(sources: Sequence[Source], *, files_per_partition: int = 64) -> list[Partition]:
    """A record file (JSONL/CSV) is a partition of its own; text files go ``files_per_partition`` at a time."""
    parts: list[Partition] = []
    group: list[Source] = []
    for source in sources:
        if source.format == "text":
            group.append(source)
            if len(group) >= files_per_partition:
                parts.append(Partition(len(parts), tuple(group)))
                group = []
            continue
        if group:
            parts.append(Partition(len(parts), tuple(group)))
            group = []
        parts.append(Partition(len(parts), (source,)))
    if group:
        parts.append(Partition(len(parts), tuple(group)))
    return parts


def run_partition(
    part: Partition, out_dir: str, fields: Fields, max_bytes: int, reference: Reference | None
) -> dict[str, int]:
    """Read, extract and write one partition (on a Dask worker); returns its counts."""
    stats = Stats()
    file = _AtomicFile(Path(out_dir) / part.name)
    try:
        records = (r for s in part.sources for r in read_source(s, fields=fields, max_bytes=max_bytes))
        for line in _dicts(records, 1, 1, None, reference, None, False):
            file.fh.write(json_line(line))
            stats.add(line)
    except BaseException:
        file.abort()
        raise
    file.commit()
    return {
        "articles": stats.articles,
        "incidents": stats.incidents,
        "warnings": stats.warnings,
        "errors": stats.errors,
    }


def warm_pipeline() -> bool:
    """Build this process's pipeline now rather than on its first article."""
    pipeline()
    return True


def run_dask(
    sources: Sequence[Source],
    out_dir: Path,
    *,
    scheduler: str | None = None,
    n_workers: int = 1,
    fields: Fields = Fields(),
    max_bytes: int = MAX_BYTES,
    reference: Reference | None = None,
    resume: bool = False,
    files_per_partition: int = 64,
    on_partition: Callable[[Partition, Mapping[str, int] | BaseException], None] | None = None,
) -> Stats:
    """Extract ``sources`` on a Dask cluster (a new local one without ``scheduler``) into
    ``out_dir/part-NNNNN.jsonl``; concatenated in name order they equal the single-process output.

    Workers read the inputs themselves, so the paths must be visible to them. With ``resume``,
    parts already written are kept (a part appears only when complete).
    """
    try:
        import distributed
    except ImportError as exc:
        raise ModelUnavailableError(
            "--engine dask needs dask.distributed: pip install 'bengali-outage[dask]'"
        ) from exc
    if any(s.path is None for s in sources):
        raise UsageError(
            "--engine dask reads files on the workers; standard input cannot be shared with them"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    existing = sorted(out_dir.glob("part-*.jsonl"))
    if existing and not resume:
        raise UsageError(
            f"{out_dir} already holds {len(existing)} part files; add --resume to continue, or empty it"
        )
    for stale in out_dir.glob(".part-*.tmp"):
        stale.unlink()
    stats = Stats()
    todo = []
    for part in partitions(sources, files_per_partition=files_per_partition):
        target = out_dir / part.name
        if target.exists():
            done = scan_output(target, repair=False)
            stats.skipped += done.lines
            stats.errors += done.errors
        else:
            todo.append(part)
    dd: Any = distributed  # untyped
    cluster = (
        None
        if scheduler
        else dd.LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    )
    client = dd.Client(scheduler or cluster)
    try:
        client.run(warm_pipeline)
        futures = {
            client.submit(run_partition, part, str(out_dir), fields, max_bytes, reference, pure=False): part
            for part in todo
        }
        for future in dd.as_completed(futures):
            part = futures[future]
            if future.status == "error":
                error = future.exception()
                stats.errors += 1
                if on_partition:
                    on_partition(part, error)
                continue
            counts = future.result()
            stats.merge(counts)
            if on_partition:
                on_partition(part, counts)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return stats
