"""Batch extraction: same results as ``extract`` one by one, in order; one output line per input
record, whatever the input holds; resumable after a kill; observable; the same on Dask."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import io
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bengali_outage import batch
from bengali_outage._pipeline import extract, extract_many
from bengali_outage.cli import main
from bengali_outage.errors import InputError, ReferenceTimeError
from bengali_outage.models import Report
from tests.conftest import FIXTURES, REPO

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
SHORT = ["শুক্রবার রাত আটটা নাগাদ ভারতে এক্স ডাউন হয়ে যায়।", "জিও নেটওয়ার্ক বন্ধ হয়ে যায়।", "হোয়াটসঅ্যাপ ডাউন।"]
REF = dt.date(2025, 11, 22)


def _texts(n: int) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in ARTICLES[:n]]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _write_jsonl(path: Path, objs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# The Python API


@pytest.mark.parametrize(("n_process", "start_method"), [(1, None), (2, "fork"), (2, "spawn")])
def test_extract_many_equals_extract_one_by_one_in_order(
    n_process: int, start_method: batch.StartMethod
) -> None:
    texts = _texts(5) + SHORT
    expected = [extract(t, reference=REF) for t in texts]
    got = list(
        batch.extract_many(texts, n_process=n_process, batch_size=2, reference=REF, start_method=start_method)
    )
    assert all(isinstance(r, Report) for r in got)
    assert got == expected


def test_pipeline_extract_many_delegates_to_batch_and_takes_records() -> None:
    pub = dt.datetime(2025, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    records: list[dict[str, Any]] = [
        {"id": "a", "text": "মঙ্গলবার সন্ধ্যায় এক্স ডাউন হয়ে যায়।", "published": pub.isoformat()},
        {"id": "b", "text": "মঙ্গলবার সন্ধ্যায় এক্স ডাউন হয়ে যায়।", "published": pub},
        {"text": SHORT[1]},
    ]
    got = list(extract_many(records, n_process=2, batch_size=1, reference=REF))
    assert [r.id for r in got] == ["a", "b", None]
    assert got[0] == extract(records[0]["text"], published=pub, reference=REF, id="a")
    start = got[0].incidents[0].start
    assert start is not None
    assert (start.year, start.month, start.day) == (2025, 11, 18)
    assert got[2] == extract(SHORT[1], reference=REF)


@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many_raises_where_extract_would_after_the_reports_before(n_process: int) -> None:
    items: list[Any] = [SHORT[0], SHORT[1], b"\xe0\xa6\x8f", SHORT[2]]
    results = batch.extract_many(items, n_process=n_process, batch_size=1, start_method="fork")
    assert [r.incidents[0].services[0].id for r in (next(results), next(results))] == ["x", "jio"]
    with pytest.raises(InputError, match="decode"):
        next(results)


def test_extract_many_checks_reference_before_iterating() -> None:
    with pytest.raises(ReferenceTimeError, match="naive"):
        batch.extract_many(SHORT, reference=dt.datetime(2025, 1, 1, 10, 0))
    with pytest.raises(InputError, match="n_process"):
        batch.extract_many(SHORT, n_process=0)


def test_extract_dicts_turns_every_failure_into_an_error_record_in_place() -> None:
    records: list[Any] = [
        SHORT[0],
        {"id": "no-text"},
        {"id": "bad-published", "text": SHORT[1], "published": "next tuesday"},
        {"id": "naive", "text": SHORT[1], "published": "2025-01-01T10:00"},
        SHORT[2],
    ]
    out = list(batch.extract_dicts(records, n_process=2, batch_size=2, start_method="fork"))
    assert [batch.is_error(d) for d in out] == [False, True, True, True, False]
    assert [d["error"]["type"] for d in out[1:4]] == [
        "InputError",
        "ReferenceTimeError",
        "ReferenceTimeError",
    ]
    assert "naive" in out[3]["error"]["message"]
    assert out[4] == extract(SHORT[2]).model_dump(mode="json")
    assert all("__exception__" not in d for d in out)


def _crash_on_marker(record: batch.Record, published: Any, reference: Any) -> dict[str, Any]:
    if record.text == "CRASH":
        os._exit(3)  # a worker dying in native code, or killed by the OOM killer
    return {"id": record.id, "text": record.text}


def test_a_worker_that_dies_costs_one_error_record_not_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    # fork: the workers inherit the patched function
    monkeypatch.setattr(batch, "_extract_dict", _crash_on_marker)
    records = [{"id": str(i), "text": "CRASH" if i == 3 else f"t{i}"} for i in range(8)]
    out = list(batch.extract_dicts(records, n_process=2, batch_size=2, start_method="fork"))
    assert [d["id"] for d in out] == [str(i) for i in range(8)]
    assert [d.get("error", {}).get("type") for d in out] == [
        None,
        None,
        None,
        "WorkerCrash",
        None,
        None,
        None,
        None,
    ]
    assert [d.get("text") for d in out if "text" in d] == [f"t{i}" for i in range(8) if i != 3]


# --------------------------------------------------------------------------------------------
# Reading


def test_every_jsonl_line_gets_exactly_one_output_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = "এক্স ডাউন। " * 200
    lines = [
        json.dumps(
            {"id": "good", "text": SHORT[0], "url": "https://example.com/a"}, ensure_ascii=False
        ).encode(),
        b'{"id": "torn", "text": "abc',  # malformed JSON
        json.dumps({"id": "latin1", "text": "x"}).encode().replace(b'"x"', b'"caf\xe9"'),  # not UTF-8
        json.dumps({"id": "empty", "text": "   "}).encode(),
        json.dumps({"id": "big", "text": big}, ensure_ascii=False).encode(),
        json.dumps({"id": "no-text", "body": SHORT[1]}).encode(),
        json.dumps(["not", "an", "object"]).encode(),
        json.dumps({"text": SHORT[1]}, ensure_ascii=False).encode(),  # no id: file stem and line number
        json.dumps({"id": 7, "text": SHORT[2]}, ensure_ascii=False).encode(),
        json.dumps({"id": "lone", "text": "\udc80"}).encode(),  # a JSON escape that is not Unicode
        b"",  # a blank line is not a record
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines))
    code = main(["extract", str(src), "--max-bytes", "1000", "--reference", "2025-11-22"])
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1
    assert len(out) == 10
    ids = ["good", "in:2", "in:3", "empty", "big", "no-text", "in:7", "in:8", "7", "lone"]
    assert [d["id"] for d in out] == ids
    types = [d["error"]["type"] if batch.is_error(d) else None for d in out]
    assert types == [
        None, "MalformedRecord", "DecodeError", "EmptyText", "TooLarge", "MalformedRecord", "MalformedRecord", None, None, "DecodeError",
    ]  # fmt: skip
    assert out[0]["incidents"][0]["services"][0]["id"] == "x"
    errors = captured.err.splitlines()
    assert len(errors) == 7 + 1  # one line per failed record, then the summary
    assert errors[0].startswith(f"bengali-outage: {src}:2: not valid JSON")
    assert errors[-1].startswith("bengali-outage: 10 articles,")
    assert "7 errors" in errors[-1]


def test_an_oversized_text_file_is_an_error_record_and_is_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "big.txt").write_text("এক্স ডাউন। " * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(SHORT[0], encoding="utf-8")
    assert main(["extract", str(tmp_path), "--max-bytes", "500", "-q"]) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["id"] for d in out] == ["big", "small"]
    assert out[0]["error"]["type"] == "TooLarge"
    assert out[0]["error"]["message"].startswith(
        f"{(tmp_path / 'big.txt').stat().st_size:,} bytes, more than"
    )
    assert not batch.is_error(out[1])


def test_csv_records_with_mapped_field_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "news.csv"
    src.write_text(
        'key,body,date\na1,"এক্স ডাউন।\nশুক্রবার রাত আটটা নাগাদ ভারতে এক্স ডাউন হয়ে যায়।",2025-11-22\na2,,\n',
        encoding="utf-8",
    )
    args = ["extract", str(src), "--id-field", "key", "--text-field", "body", "--published-field", "date"]
    assert main(args) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["id"] for d in out] == ["a1", "a2"]
    start = out[0]["incidents"][0]["start"]
    assert (start["year"], start["month"], start["day"], start["hour"]) == (2025, 11, 21, 20)
    assert out[1]["error"]["type"] == "EmptyText"


def test_globs_and_directories_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "sub" / "b.txt").write_text(SHORT[1], encoding="utf-8")
    (tmp_path / "d" / "a.txt").write_text(SHORT[0], encoding="utf-8")
    (tmp_path / "d" / "skip.md").write_text(SHORT[0], encoding="utf-8")
    (tmp_path / "g1.txt").write_text(SHORT[2], encoding="utf-8")
    (tmp_path / "g2.jsonl").write_text(json.dumps({"id": "j", "text": SHORT[2]}) + "\n", encoding="utf-8")
    code = main(["extract", str(tmp_path / "d"), str(tmp_path / "g*"), str(tmp_path / "nothing-*.txt"), "-q"])
    out, err = capsys.readouterr()
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in lines] == ["a", "b", "g1", "j", "nothing-*"]
    assert lines[4]["error"] == {"type": "ReadError", "message": "no file matches this pattern"}
    assert err == ""


def test_records_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "".join(
        json.dumps({"id": f"s{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(SHORT)
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode() + b"{oops\n")))
    assert main(["extract", "-", "--input-format", "jsonl", "--reference", "2025-11-22"]) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["id"] for d in out] == ["s0", "s1", "s2", "stdin:4"]
    assert out[0] == extract(SHORT[0], id="s0", reference=REF).model_dump(mode="json")


# --------------------------------------------------------------------------------------------
# Writing


def test_out_file_is_written_whole_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SHORT[0], encoding="utf-8")
    out = tmp_path / "o" / "out.jsonl"
    assert main(["extract", str(good), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    assert [d["id"] for d in _lines(out)] == ["good"]
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.jsonl"]  # no temporary file left
    assert main(["extract", str(good), "--resume"]) == 2
    assert "--resume needs --out" in capsys.readouterr().err
    assert main(["extract", str(good), "--format", "parquet"]) == 2
    assert "Parquet output needs --out" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(good), "--jobs", "0"])
    assert exc.value.code == 2


def test_csv_output_has_one_row_per_incident(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    src = _write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "a", "text": _texts(1)[0], "url": "https://example.com/a"}, {"id": "e", "text": ""}],
    )
    assert main(["extract", str(src), "--format", "csv", "--quiet"]) == 1
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    report = extract(_texts(1)[0], id="a")
    assert [r["id"] for r in rows] == ["a"] * len(report.incidents) + ["e"]
    assert [r["role"] for r in rows[:-1]] == [i.role for i in report.incidents]
    assert rows[0]["services"] == ";".join(s.id for s in report.incidents[0].services)
    assert rows[0]["url"] == "https://example.com/a"
    assert (rows[-1]["error_type"], rows[-1]["incident"]) == ("EmptyText", "")


def test_parquet_output_matches_the_csv_rows(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs the [parquet] extra (pyarrow)")
    texts = _texts(3)
    src = _write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": t} for i, t in enumerate(texts)])
    assert main(["extract", str(src), "--format", "parquet", "--out", str(tmp_path / "o.parquet"), "-q"]) == 0
    table = pq.read_table(tmp_path / "o.parquet")
    assert table.column_names == [name for name, _ in batch.TABLE_COLUMNS]
    expected = [
        row
        for i, t in enumerate(texts)
        for row in batch.incident_rows(extract(t, id=str(i)).model_dump(mode="json"))
    ]
    assert table.to_pylist() == expected


def test_scan_output_cuts_a_torn_line_and_refuses_a_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(
        b'{"id": "a"}\n{"id": "b", "error": {"type": "T", "message": "m"}}\n{"id": "a"}\n{"id": "c", "inc'
    )
    done = batch.scan_output(out)
    assert (done.lines, done.errors, done.truncated) == (3, 1, len(b'{"id": "c", "inc'))
    assert out.read_bytes().endswith(b'{"id": "a"}\n')
    assert [done.take("a"), done.take("a"), done.take("a"), done.take("c")] == [True, True, False, False]
    out.write_bytes(b"hello\n{}\n")
    with pytest.raises(batch.UsageError, match="not a JSON line"):
        batch.scan_output(out)


# --------------------------------------------------------------------------------------------
# Interrupted runs


def _records(n: int) -> tuple[list[bytes], list[str]]:
    texts = [*SHORT, _texts(1)[0]]
    objs = [{"id": f"r{i:03d}", "text": texts[i % len(texts)]} for i in range(n)]
    objs[3]["id"] = objs[4]["id"] = "dup"  # a repeated id must still come out twice
    objs[5]["text"] = ""  # an error record is done too, not retried
    lines = [(json.dumps(o, ensure_ascii=False) + "\n").encode() for o in objs]
    return lines, [str(o["id"]) for o in objs]


def _wait_for(ready: Callable[[], bool], proc: subprocess.Popen[bytes] | None = None) -> None:
    """Poll until ``ready()`` (bounded, so a hang fails the test instead of blocking it)."""
    for _ in range(12_000):
        if ready():
            return
        if proc is None:
            pass
        elif proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            pytest.fail(f"the run ended before it could be interrupted: {err}")
        time.sleep(0.01)
    if proc is not None:
        proc.kill()
    pytest.fail("the run made no progress")


def _start(*args: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "bengali_outage.cli", "extract", "-", "--input-format", "jsonl", *args]
    return subprocess.Popen(
        cmd,
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        for child in map(int, children):
            found += [child, *_descendants(child)]
    return found


@pytest.mark.parametrize(("sig", "jobs"), [(signal.SIGKILL, "2"), (signal.SIGINT, "2")])
def test_resume_after_a_kill_gives_each_id_exactly_once(
    tmp_path: Path,
    sig: signal.Signals,
    jobs: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    records, ids = _records(24)
    out = tmp_path / "out.jsonl"
    common = ["--out", str(out), "--resume", "--jobs", jobs, "--batch-size", "1", "--reference", "2025-11-22"]
    # The first run gets half the input and then waits for more on its standard input: it is
    # killed mid-run, with some records written and more to come, whatever the machine's speed.
    proc = _start(*common)
    assert proc.stdin is not None
    proc.stdin.write(b"".join(records[:12]))
    proc.stdin.flush()
    _wait_for(lambda: _lines_in(out) >= 12 - 2 * int(jobs), proc)
    workers = _descendants(proc.pid)
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C reaches the whole process group, workers included
    else:
        proc.send_signal(sig)
    _, first_err = proc.communicate(timeout=120)
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
        assert len(workers) >= 2
        # orphaned workers notice their parent is gone and exit
        try:
            _wait_for(lambda: not any(Path(f"/proc/{w}").exists() for w in workers))
        finally:
            for w in workers:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(w, signal.SIGKILL)
        with open(out, "ab") as fh:  # what a write torn by the kill looks like
            fh.write(b'{"schema_version": 1, "id": "r0')
    else:
        assert proc.returncode == 130, first_err.decode()
        assert "interrupted (rerun with --resume to continue)" in first_err.decode()
    first = out.read_bytes().count(b"\n")
    assert 6 <= first <= 12

    # The same command again, all the input this time (in this process: it is quicker)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"".join(records))))
    assert main(["extract", "-", "--input-format", "jsonl", *common]) == 1  # record r005 is empty
    lines = _lines(out)
    assert [d["id"] for d in lines] == ids
    err = capsys.readouterr().err
    assert f"{first:,} already done, skipped" in err
    assert ("cut a torn last line" in err) == (sig == signal.SIGKILL)
    assert "0 errors" in err
    assert "1 earlier errors in" in err
    texts = {json.loads(r)["id"]: json.loads(r)["text"] for r in records}
    for line in lines[-4:]:  # what was appended after the resume is the real extraction
        assert line == extract(texts[line["id"]], id=line["id"], reference=REF).model_dump(mode="json")


def test_a_terminated_run_without_resume_stops_cleanly_and_leaves_no_output_file(tmp_path: Path) -> None:
    records, _ = _records(6)
    out = tmp_path / "out.jsonl"
    proc = _start("--out", str(out), "--batch-size", "1")
    assert proc.stdin is not None
    proc.stdin.write(b"".join(records))
    proc.stdin.flush()
    _wait_for(lambda: any(tmp_path.glob(".out.jsonl.*.tmp")), proc)
    proc.send_signal(signal.SIGTERM)  # `kill PID`: the same orderly stop as Ctrl-C
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "bengali-outage: interrupted; " in err.decode()
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------------------------
# Observability


def test_progress_bar_on_a_terminal_and_a_summary_line(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": t} for i, t in enumerate(SHORT)])
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a new pty is 0 wide
    proc = subprocess.Popen(
        [sys.executable, "-m", "bengali_outage.cli", "extract", str(src)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=follower,
    )
    os.close(follower)
    out, _ = proc.communicate(timeout=120)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal's other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    screen = b"".join(chunks).decode()
    assert proc.returncode == 0
    assert len(out.splitlines()) == 3
    assert "3/3" in screen  # tqdm: count of total
    assert "article/s" in screen or "s/article" in screen  # and rate
    assert "bengali-outage: 3 articles, " in screen.splitlines()[-1]


def test_no_progress_bar_when_standard_error_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": t} for i, t in enumerate(SHORT)])
    assert main(["extract", str(src)]) == 0
    out, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert "\r" not in err
    incidents = sum(len(json.loads(line)["incidents"]) for line in out.splitlines())
    warnings = sum(len(json.loads(line)["warnings"]) for line in out.splitlines())
    assert err.startswith(
        f"bengali-outage: 3 articles, {incidents} incidents, {warnings} warnings, 0 errors in "
    )


# --------------------------------------------------------------------------------------------
# Dask


def test_dask_local_cluster_output_equals_the_single_process_output(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="--engine dask needs the [dask] extra (dask[distributed])")
    import distributed

    dd: Any = distributed  # untyped

    texts = _texts(4)
    (tmp_path / "txt").mkdir()
    for i, t in enumerate(texts[:2]):
        (tmp_path / "txt" / f"t{i}.txt").write_text(t, encoding="utf-8")
    _write_jsonl(tmp_path / "a.jsonl", [{"id": "j0", "text": texts[2]}, {"id": "j1", "text": ""}])
    (tmp_path / "b.jsonl").write_bytes(json.dumps({"id": "j2", "text": texts[3]}).encode() + b"\n{broken\n")
    inputs = [str(tmp_path / "txt"), str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]
    single = tmp_path / "single.jsonl"
    assert main(["extract", *inputs, "--out", str(single), "-q", "--reference", "2025-11-22"]) == 1

    parts = tmp_path / "parts"
    with dd.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
    ) as cluster:
        args = ["extract", *inputs, "--engine", "dask", "--scheduler", cluster.scheduler_address]
        args += ["--out", str(parts), "-q", "--reference", "2025-11-22", "--batch-size", "1"]
        assert main(args) == 1
        names = sorted(p.name for p in parts.iterdir())
        assert names == [f"part-{i:05d}.jsonl" for i in range(4)]
        joined = b"".join((parts / name).read_bytes() for name in names)
        assert joined == single.read_bytes()
        assert len(joined.splitlines()) == 6
        # --resume keeps finished parts and redoes a missing one
        (parts / "part-00001.jsonl").unlink()
        assert main(args) == 2  # parts exist: refuse without --resume
        assert main([*args, "--resume"]) == 1
        assert b"".join((parts / name).read_bytes() for name in names) == single.read_bytes()
