"""Throughput of batch extraction, with plain spaCy tokenisation of the same corpus as the yardstick.

    python benchmarks/throughput.py [--repeat 10] [--sizes 1,4,16,64,256,1024] [--no-dask] [--profile KB]

Prints tables, asserts nothing. Measures, on the repository's ``fixtures/articles/*.txt`` repeated
``--repeat`` times:

- startup: ``import bengali_outage`` and the first ``extract`` in a fresh interpreter;
- articles/s and MB/s of ``extract_dicts`` with 1 and 2 processes and on a local Dask cluster of
  2 single-threaded worker processes, wall clock including worker start-up, and the peak RSS of
  each process that did the work;
- ``spacy.blank("bn")`` tokenisation of the same corpus, in the same run;
- time per article as one article grows from 1 KB to 1 MB (articles glued together), per KB
  beside the tokeniser's per KB: a flat column means linear time.

Each configuration runs in a fresh interpreter, so one does not warm up or bloat the next.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ARTICLES = sorted((REPO / "fixtures" / "articles").glob("*.txt"))
REFERENCE = "2025-11-22"


def corpus(repeat: int) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in ARTICLES] * repeat


def article_of(size: int) -> str:
    """One article of about ``size`` UTF-8 bytes, made of whole fixture paragraphs."""
    paragraphs = [
        para for p in ARTICLES for para in p.read_text(encoding="utf-8").split("\n\n") if para.strip()
    ]
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        para = paragraphs[i % len(paragraphs)]
        room = size - total
        if len(para.encode()) + 2 > room:
            para = para.encode()[: max(room - 2, 0)].decode("utf-8", errors="ignore")
        out.append(para)
        total += len(para.encode()) + 2
        i += 1
    return "\n\n".join(out)


# --------------------------------------------------------------------------------------------
# Child measurements: each prints one JSON object on its last line.


def _peak_rss_mb(who: int) -> float:
    import resource

    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def child_startup() -> dict[str, Any]:
    t0 = time.perf_counter()
    import bengali_outage  # noqa: F401

    t1 = time.perf_counter()
    from bengali_outage._pipeline import extract

    extract("শুক্রবার রাত আটটা নাগাদ ভারতে এক্স ডাউন হয়ে যায়।")
    t2 = time.perf_counter()
    return {"import_s": t1 - t0, "first_extract_s": t2 - t1}


def child_spacy(repeat: int) -> dict[str, Any]:
    import resource

    import spacy

    texts = corpus(repeat)
    nlp = spacy.blank("bn")
    t0 = time.perf_counter()
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    elapsed = time.perf_counter() - t0
    return {"elapsed_s": elapsed, "tokens": tokens, "rss_mb": [_peak_rss_mb(resource.RUSAGE_SELF)]}


def child_local(repeat: int, n_process: int) -> dict[str, Any]:
    import resource

    from bengali_outage import batch

    texts = corpus(repeat)
    records = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    results = batch.extract_dicts(records, n_process=n_process, reference=_ref(), start_method="spawn")
    lines = [next(results)]
    first = time.perf_counter() - t0  # with workers: their start-up and pipeline load
    lines += list(results)
    elapsed = time.perf_counter() - t0
    errors = sum(batch.is_error(d) for d in lines)
    if n_process == 1:
        rss = [_peak_rss_mb(resource.RUSAGE_SELF)]
    else:
        # RUSAGE_CHILDREN: the largest of the (now ended) workers
        rss = [_peak_rss_mb(resource.RUSAGE_CHILDREN), _peak_rss_mb(resource.RUSAGE_SELF)]
    return {"elapsed_s": elapsed, "first_s": first, "errors": errors, "rss_mb": rss}


def child_dask(repeat: int, n_workers: int) -> dict[str, Any]:
    import resource

    import distributed

    from bengali_outage import batch

    dd: Any = distributed  # untyped

    texts = corpus(repeat)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        per_part = max(1, len(texts) // (4 * n_workers))
        for part in range(0, len(texts), per_part):
            with open(inputs / f"in-{part:06d}.jsonl", "w", encoding="utf-8") as fh:
                for i in range(part, min(part + per_part, len(texts))):
                    fh.write(json.dumps({"id": str(i), "text": texts[i]}, ensure_ascii=False) + "\n")
        sources = batch.expand_inputs([str(inputs)], input_format="jsonl")
        t0 = time.perf_counter()
        with (
            dd.LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=":0"
            ) as cluster,
            dd.Client(cluster) as client,
        ):
            client.run(batch.warm_pipeline)
            t1 = time.perf_counter()
            stats = batch.run_dask(
                sources, Path(tmp) / "out", scheduler=cluster.scheduler_address, reference=_ref()
            )
            t2 = time.perf_counter()
            rss = sorted(client.run(lambda: _peak_rss_mb(resource.RUSAGE_SELF)).values())
    return {
        "elapsed_s": t2 - t0,
        "startup_s": t1 - t0,
        "extract_s": t2 - t1,
        "errors": stats.errors,
        "rss_mb": rss,
    }


def child_size(size: int, reps: int) -> dict[str, Any]:
    import spacy

    from bengali_outage._pipeline import extract

    text = article_of(size)
    extract(text[:2000])  # load the pipeline outside the timing
    t0 = time.perf_counter()
    for _ in range(reps):
        extract(text)
    per_article = (time.perf_counter() - t0) / reps
    nlp = spacy.blank("bn")
    t0 = time.perf_counter()
    for _ in range(reps):
        nlp.make_doc(text)
    tokenise = (time.perf_counter() - t0) / reps
    return {"bytes": len(text.encode()), "chars": len(text), "extract_s": per_article, "tokenise_s": tokenise}


def child_profile(size: int) -> dict[str, Any]:
    import cProfile
    import io
    import pstats

    from bengali_outage._pipeline import extract

    text = article_of(size)
    extract(text[:2000])
    profiler = cProfile.Profile()
    profiler.enable()
    extract(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
    return {"profile": out.getvalue()}


def _ref() -> Any:
    import datetime as dt

    return dt.date.fromisoformat(REFERENCE)


def run_child(*args: str, timeout: float = 3600) -> dict[str, Any]:
    """Run this script's ``--child`` mode in a fresh interpreter; its last stdout line is JSON."""
    cmd = [sys.executable, __file__, "--child", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def child_main(args: list[str]) -> None:
    kind, *rest = args
    numbers = [int(a) for a in rest]
    functions: dict[str, Callable[..., dict[str, Any]]] = {
        "startup": child_startup,
        "spacy": child_spacy,
        "local": child_local,
        "dask": child_dask,
        "size": child_size,
        "profile": child_profile,
    }
    print(json.dumps(functions[kind](*numbers)))


# --------------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=10, help="corpus = the 40 fixture articles this many times")
    ap.add_argument("--sizes", default="1,4,16,64,256,1024", help="article sizes in KB for the scaling table")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask row")
    ap.add_argument("--profile", type=int, metavar="KB", help="also print a cProfile of one article this big")
    ap.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child_main(args.child)
        return

    texts = corpus(args.repeat)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    print(
        f"corpus: {len(ARTICLES)} fixture articles x {args.repeat} = {len(texts)} articles, {megabytes:.2f} MB UTF-8"
    )
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")

    startup = run_child("startup")
    print(
        f"\nstartup: import bengali_outage {startup['import_s']:.2f} s, first extract {startup['first_extract_s']:.2f} s\n"
    )

    rows: list[tuple[str, dict[str, Any]]] = [
        ("spacy.blank('bn') tokenise", run_child("spacy", str(args.repeat)))
    ]
    rows.append(("extract, 1 process", run_child("local", str(args.repeat), "1")))
    rows.append(("extract, 2 processes", run_child("local", str(args.repeat), "2")))
    if not args.no_dask:
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("(dask row skipped: pip install 'bengali-outage[dask]')")
        else:
            rows.append(("extract, Dask local 2 workers", run_child("dask", str(args.repeat), "2")))
    print(
        f"{'configuration':<32} {'articles/s':>11} {'MB/s':>8} {'wall s':>8} {'start s':>8} "
        f"{'after start art/s':>18}  peak RSS MB (per process)"
    )
    for name, r in rows:
        rate = len(texts) / r["elapsed_s"]
        rss = ", ".join(f"{m:.0f}" for m in r["rss_mb"])
        # start: until the first result (workers up, pipelines loaded), or the Dask cluster's start
        start = r.get("first_s", r.get("startup_s", 0.0))
        steady = (len(texts) - (1 if "first_s" in r else 0)) / (r["elapsed_s"] - start)
        print(
            f"{name:<32} {rate:>11.1f} {megabytes / r['elapsed_s']:>8.3f} {r['elapsed_s']:>8.1f} {start:>8.1f} "
            f"{steady:>18.1f}  {rss}"
        )

    print(
        f"\n{'article KB':>10} {'chars':>9} {'extract s':>10} {'ms/KB':>8} {'tokenise ms/KB':>15} {'ratio':>7}"
    )
    for kb in (int(s) for s in args.sizes.split(",")):
        reps = max(1, 64 // kb)
        r = run_child("size", str(kb * 1024), str(reps))
        per_kb = r["extract_s"] * 1000 / (r["bytes"] / 1024)
        tok_kb = r["tokenise_s"] * 1000 / (r["bytes"] / 1024)
        print(
            f"{r['bytes'] / 1024:>10.0f} {r['chars']:>9,} {r['extract_s']:>10.3f} {per_kb:>8.2f} "
            f"{tok_kb:>15.3f} {per_kb / tok_kb:>7.0f}"
        )
    if args.profile:
        print(f"\ncProfile of one {args.profile} KB article (top 15 by own time):")
        print(run_child("profile", str(args.profile * 1024))["profile"])


if __name__ == "__main__":
    main()
