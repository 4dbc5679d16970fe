"""Every example in README.md and docs/*.md runs and prints what the page says it prints.

- A fenced ```python block containing ``>>>`` is a doctest: each block is parsed with
  ``doctest.DocTestParser`` and run with ``NORMALIZE_WHITESPACE | ELLIPSIS``. The blocks of
  one page run in order in one namespace, so a later block may use an earlier block's names.
- A fenced ```console block is a terminal session: each ``$ bengali-outage ...`` line is run
  in this process through ``bengali_outage.cli.main`` (the pipeline loads once, so this is
  cheap), from the repository root, and its standard output is compared with the lines
  that follow it up to the next ``$`` line. Output that is JSON (one object per line, or
  one indented object after ``| python -m json.tool``) compares as JSON; other output
  compares as text, where ``...`` stands for anything. A ``$`` line running anything
  else, or redirecting output (``>``), is not run.
- A fenced ```sh block is illustrative (installs, placeholders such as ``DIR`` or
  ``GOLD_DIR``, slow evaluations) and is not run.

Fences may be indented (inside an admonition); the indentation is removed first.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import json
import re
import shlex
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from bengali_outage import cli

REPO = Path(__file__).resolve().parent.parent
PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S
)
_JSON_TOOL = re.compile(r"\|\s*python3? -m json\.tool(?:\s+--no-ensure-ascii)?\s*$")


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # 1-based line of the block's first body line
    lang: str
    body: str


@dataclass(frozen=True)
class Command:
    block: Block
    line: int
    argv: list[str]
    as_json_tool: bool
    expected: str

    @property
    def id(self) -> str:
        return f"{self.block.page.name}:{self.line}"


def blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a page, dedented."""
    text = page.read_text(encoding="utf-8")
    out = []
    for m in _FENCE.finditer(text):
        line = text.count("\n", 0, m.start("body")) + 1
        out.append(Block(page, line, m.group("lang"), textwrap.dedent(m.group("body"))))
    return out


def python_blocks(page: Path) -> list[Block]:
    return [b for b in blocks(page) if b.lang == "python" and ">>>" in b.body]


def commands(page: Path) -> list[Command]:
    """The ``$ bengali-outage`` lines of a page's console blocks, with their expected output."""
    out = []
    for block in blocks(page):
        if block.lang != "console":
            continue
        lines = block.body.splitlines()
        starts = [i for i, line in enumerate(lines) if line.startswith("$ ")]
        for n, i in enumerate(starts):
            command = lines[i][2:].strip()
            expected = "\n".join(lines[i + 1 : starts[n + 1] if n + 1 < len(starts) else len(lines)])
            json_tool = _JSON_TOOL.search(command)
            if json_tool:
                command = command[: json_tool.start()].strip()
            if not command.startswith("bengali-outage ") or any(c in command for c in "|><;&"):
                continue
            out.append(Command(block, block.line + i, shlex.split(command)[1:], bool(json_tool), expected))
    return out


PYTHON_PAGES = [page for page in PAGES if python_blocks(page)]
ALL_COMMANDS = [c for page in PAGES for c in commands(page)]


def test_the_docs_have_examples_to_run() -> None:
    """The parser finds the examples: a page losing its fences would otherwise pass silently."""
    readme = REPO / "README.md"
    assert python_blocks(readme), "README.md has no >>> example"
    assert len(ALL_COMMANDS) >= 3, [c.id for c in ALL_COMMANDS]
    for name in ("quickstart.md", "extracts.md", "spacy.md"):
        assert python_blocks(REPO / "docs" / name), f"docs/{name} has no >>> example"


def test_fence_parser_reads_indented_blocks_and_skips_other_commands(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "??? example\n\n    ```console\n    $ bengali-outage schema | head\n    $ bengali-outage --version\n"
        "    bengali-outage 0.1.0\n    ```\n\n```python\n>>> 1 + 1\n2\n```\n",
        encoding="utf-8",
    )
    [command] = commands(page)
    assert (command.argv, command.expected, command.line) == (["--version"], "bengali-outage 0.1.0", 5)
    [block] = python_blocks(page)
    assert block.body == ">>> 1 + 1\n2\n"


@pytest.mark.parametrize("page", PYTHON_PAGES, ids=lambda p: p.name)
def test_python_examples(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the page's ``>>>`` blocks in order, in one namespace, from the repository root."""
    monkeypatch.chdir(REPO)
    found = python_blocks(page)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    globs: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    report = io.StringIO()
    for block in found:
        test = parser.get_doctest(block.body, globs, f"{page.name}:{block.line}", str(page), block.line - 1)
        runner.run(test, out=report.write, clear_globs=False)
        globs = test.globs
    result = runner.summarize(verbose=False)
    assert result.failed == 0, report.getvalue()


def _run(argv: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code: int | str | None
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # --version, --help
            code = exc.code
    assert code in (0, None), f"bengali-outage {shlex.join(argv)} exited {code}: {err.getvalue()}"
    return out.getvalue()


def _json_lines(text: str) -> list[object] | None:
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError:
        return None


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda c: c.id)
def test_console_examples(command: Command, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    got = _run(command.argv)
    if command.as_json_tool:
        assert json.loads(got) == json.loads(command.expected)
        return
    expected_json = _json_lines(command.expected)
    if command.expected.lstrip().startswith("{") and expected_json is not None:
        assert _json_lines(got) == expected_json
        return
    checker = doctest.OutputChecker()
    want = command.expected.rstrip("\n") + "\n"
    assert checker.check_output(want, got, FLAGS), f"{command.id}\nexpected:\n{want}\ngot:\n{got}"
