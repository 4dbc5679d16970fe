"""The command line: one line per article, clear errors, the other files still processed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bengali_outage.cli import main
from tests.conftest import FIXTURES

EXAMPLE = FIXTURES / "example" / "x_outage.txt"


def test_extract_prints_one_report_per_file_with_the_file_stem_as_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.txt"
    a.write_text("রাত আটটা নাগাদ এক্স ডাউন হয়ে যায়।", encoding="utf-8")
    assert main(["extract", str(a), str(EXAMPLE), "--reference", "2025-01-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", EXAMPLE.stem]


def test_bad_files_get_one_line_errors_and_the_rest_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    good = tmp_path / "good.txt"
    good.write_text("এক্স ডাউন।", encoding="utf-8")
    code = main(["extract", str(bad), str(empty), str(missing), str(good)])
    captured = capsys.readouterr()
    assert code == 1
    # Every input gets its line on standard output: a report, or an error record.
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [d["id"] for d in out] == ["latin1", "empty", "missing", "good"]
    assert [d.get("error", {}).get("type") for d in out] == ["DecodeError", "EmptyText", "ReadError", None]
    assert "incidents" in out[3]
    errors = captured.err.splitlines()
    assert len(errors) == 3 + 1  # one line per bad file, then the summary
    assert "not UTF-8" in errors[0]
    assert "empty file" in errors[1]
    assert "missing.txt" in errors[2]
    assert errors[3].startswith("bengali-outage: 4 articles,")
    assert "3 errors" in errors[3]


def test_directory_input_reads_its_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("জিও নেটওয়ার্ক বন্ধ হয়ে যায়।", encoding="utf-8")
    (tmp_path / "two.txt").write_text("হোয়াটসঅ্যাপ ডাউন।", encoding="utf-8")
    (tmp_path / "skip.md").write_text("# not an article", encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    ids = sorted(json.loads(line)["id"] for line in capsys.readouterr().out.splitlines())
    assert ids == ["one", "two"]


def test_schema_prints_the_report_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Report"
    assert "incidents" in schema["properties"]


def test_show_marks_entities(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    assert main(["show", str(EXAMPLE), "--html", str(page)]) == 0
    assert "<mark" in page.read_text(encoding="utf-8")
    assert main(["show", str(EXAMPLE)]) == 0
    assert "[SERVICE " in capsys.readouterr().out


def test_schema_rejects_a_report_that_breaks_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    assert main(["schema"]) == 0
    validator = jsonschema.Draft202012Validator(json.loads(capsys.readouterr().out))
    assert main(["extract", str(EXAMPLE), "--reference", "2025-01-01", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out.splitlines()[0])
    assert list(validator.iter_errors(report)) == []
    report["incidents"][0]["status"] = "down"  # not in the SPEC's vocabulary
    assert list(validator.iter_errors(report)) != []
