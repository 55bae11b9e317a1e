"""Hostile input (issue 17): articles, front matter, the repository's configuration and packs.

Every test runs the real CLI in a subprocess on a temporary tree, with the address space capped,
and asserts what a user sees: the exit code, one line on stderr and never a traceback, the
findings, and a bounded time.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

TODAY = "2026-11-21"
MEMORY_LIMIT = 1536 * 1024 * 1024


class Result:
    def __init__(self, run: subprocess.CompletedProcess[bytes], seconds: float) -> None:
        self.exit_code = run.returncode
        self.stdout = run.stdout.decode("utf-8", "replace")
        self.stderr = run.stderr.decode("utf-8", "replace")
        self.seconds = seconds

    def findings(self) -> list[dict]:
        return json.loads(self.stdout)

    def codes(self) -> set[tuple[str, str, int]]:
        return {(Path(f["path"]).name, f["code"], f["line"]) for f in self.findings()}

    def assert_clean_failure(self) -> None:
        """Exit 2 with one line on stderr, no traceback."""
        assert self.exit_code == 2, (self.exit_code, self.stderr)
        assert "Traceback" not in self.stderr, self.stderr
        assert len(self.stderr.strip().splitlines()) == 1, self.stderr
        assert len(self.stderr) < 500, self.stderr[:1000]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def cli(*args: str, cwd: Path, stdin: int | None = None, timeout: float = 60,
        preamble: str = "") -> Result:
    """`medlint ARGS` in a fresh process, offline, memory capped; `preamble` is Python run
    first (only for fault injection)."""
    code = f"{preamble}\nfrom linter.cli import main\nmain()"
    # The installed medlint, as users run it: the checkout's own `linter/` has no `packs`
    # (setuptools maps them from `rules/`), so PYTHONPATH must not point there.
    env = {**os.environ, "MEDLINT_CACHE_DIR": str(cwd / ".cache"), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env,
                         stdin=stdin if stdin is not None else subprocess.DEVNULL,
                         capture_output=True, timeout=timeout, preexec_fn=_limit_memory)
    return Result(run, time.monotonic() - started)


def check(*args: str, cwd: Path, **kwargs) -> Result:
    return cli("check", "--offline", "--today", TODAY, "--format", "json", "-q", *args, cwd=cwd, **kwargs)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


BODY = "# Title\n\nHer2 testing.\n"  # TERM001 on line 3 of the body: proof the body was linted


def alias_bomb(levels: int = 30) -> str:
    lines = ["b0: &b0 [xxxxxxxx, xxxxxxxx, xxxxxxxx]"]
    lines += [f"b{i}: &b{i} [*b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


# -- exit codes ------------------------------------------------------------------------------

def test_a_full_disk_is_one_line_and_exit_2(tmp_path: Path) -> None:
    write(tmp_path / "a.md", BODY)
    to_file = cli("check", "--offline", "--format", "text", "-o", "/dev/full", "a.md", cwd=tmp_path)
    to_file.assert_clean_failure()
    assert "No space left on device" in to_file.stderr
    with open("/dev/full", "wb") as full:
        to_stdout = _stdout_to(full, tmp_path)
    to_stdout.assert_clean_failure()


def _stdout_to(stream, cwd: Path) -> Result:
    env = {**os.environ, "MEDLINT_CACHE_DIR": str(cwd / ".cache")}
    run = subprocess.run([sys.executable, "-c", "from linter.cli import main; main()", "check",
                          "--offline", "-q", "a.md"], cwd=cwd, env=env, stdout=stream,
                         stderr=subprocess.PIPE, timeout=60)
    return Result(subprocess.CompletedProcess(run.args, run.returncode, b"", run.stderr), 0)


def test_stdin_from_dev_zero_is_read_bounded(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        result = check("-", "--stdin-filename", "zero.md", cwd=tmp_path, stdin=zero.fileno())
    assert result.exit_code == 1, result.stderr
    assert result.codes() == {("zero.md", "FILE003", 1)}
    assert result.seconds < 30


def test_a_pack_that_is_dev_zero_is_a_configuration_error(tmp_path: Path) -> None:
    write(tmp_path / ".medlint.yml", "packs: [/dev/zero]\n")
    write(tmp_path / "a.md", BODY)
    result = check("a.md", cwd=tmp_path)
    result.assert_clean_failure()
    assert "/dev/zero" in result.stderr


def test_a_pack_message_with_a_format_spec_is_refused(tmp_path: Path) -> None:
    write(tmp_path / ".medlint.yml", "packs: [house.yml]\n")
    write(tmp_path / "house.yml", """\
pack: house
rules:
  - {code: TERM901, name: wide, kind: pattern, message: "{match:>900000000}",
     description: d, options: {terms: [testing]}}
""")
    write(tmp_path / "a.md", BODY)
    result = check("a.md", cwd=tmp_path)
    result.assert_clean_failure()
    assert "house.yml: rule TERM901: field 'message': placeholders are plain names" in result.stderr


def test_a_deeply_nested_configuration_is_refused(tmp_path: Path) -> None:
    write(tmp_path / ".medlint.yml", "rules:\n" + "".join("  " * i + f"  k{i}:\n" for i in range(500)))
    write(tmp_path / "a.md", BODY)
    result = check("a.md", cwd=tmp_path)
    result.assert_clean_failure()
    assert "nested more than" in result.stderr


def test_a_crash_in_one_rule_is_a_finding_and_exit_2(tmp_path: Path) -> None:
    """Fault injection: one rule raises on one file; the other rules and files still run."""
    write(tmp_path / "bad.md", BODY)
    write(tmp_path / "good.md", BODY)
    preamble = """
import linter.kinds.substitution as kind
original = kind.check
def check(doc, rule, context):
    if doc.path.endswith("bad.md"):
        raise ZeroDivisionError("injected")
    return original(doc, rule, context)
kind.check = check
"""
    result = check("bad.md", "good.md", cwd=tmp_path, preamble=preamble)
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr
    found = result.codes()
    assert ("bad.md", "FILE007", 1) in found
    assert ("good.md", "TERM001", 3) in found
    assert not any(f["code"] == "FILE007" for f in result.findings() if f["path"].endswith("good.md"))
    [internal] = [f for f in result.findings() if f["code"] == "FILE007" and "TERM001" in f["message"]]
    assert internal["message"] == "internal error in TERM001 (her2-spelling): ZeroDivisionError: injected"
    assert internal["severity"] == "error"
    assert "bad.md: internal error in TERM001" in result.stderr


# -- YAML ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "line"), [
    ("date: 2020-13-45", 2),
    ("date: 0000-01-01", 2),
    ("date: !!timestamp 'garbage'", 2),
    ("count: " + "9" * 5000, 2),
    ("title: x\n# " + "*x " * 150 + "\nlist: " + "[" * 900 + "]" * 900, 4),
    ("title: x\n" + alias_bomb(), None),
])
def test_front_matter_yaml_cannot_construct_is_file002_and_the_body_is_linted(
        tmp_path: Path, value: str, line: int | None) -> None:
    article = write(tmp_path / "a.md", f"---\n{value}\n---\n" + BODY)
    body_line = article.read_text().count("\n", 0, article.read_text().index("Her2")) + 1
    result = check("a.md", cwd=tmp_path, timeout=30)
    assert result.exit_code == 1, result.stderr
    assert result.stderr == ""
    front = [f for f in result.findings() if f["code"] == "FILE002"]
    assert len(front) == 1, result.findings()
    if line is not None:
        assert front[0]["line"] == line
    assert len(front[0]["message"]) < 300
    assert ("a.md", "TERM001", body_line) in result.codes()
    assert result.seconds < 20


def test_many_aliases_in_a_comment_do_not_change_the_loader(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\ntitle: x\ndate: 2025-01-02\n# " + "*x " * 500 + "\n---\n" + BODY)
    result = check("a.md", cwd=tmp_path)
    assert result.exit_code == 1
    assert ("a.md", "FILE002", 1) not in result.codes()


def test_an_alias_bomb_in_the_configuration_is_a_short_error(tmp_path: Path) -> None:
    write(tmp_path / ".medlint.yml", alias_bomb() + "ignore: *b29\n")
    write(tmp_path / "a.md", BODY)
    result = check("a.md", cwd=tmp_path, timeout=30)
    result.assert_clean_failure()
    assert "aliases are expanded" in result.stderr
    assert result.seconds < 20


def test_an_alias_bomb_in_a_pack_is_a_short_error(tmp_path: Path) -> None:
    write(tmp_path / ".medlint.yml", "packs: [house.yml]\n")
    write(tmp_path / "house.yml", alias_bomb() + "rules: *b29\n")
    write(tmp_path / "a.md", BODY)
    result = check("a.md", cwd=tmp_path, timeout=30)
    result.assert_clean_failure()
    assert "house.yml: rule pack is not valid YAML" in result.stderr


def test_a_large_value_is_quoted_short(tmp_path: Path) -> None:
    write(tmp_path / ".medlint.yml", "fail-on: " + "x" * 100_000 + "\n")
    write(tmp_path / "a.md", BODY)
    result = check("a.md", cwd=tmp_path)
    result.assert_clean_failure()
    assert "must be error, warning or info, not 'xxxx" in result.stderr


# -- front matter tunes rules, never supplies patterns or paths; packs cannot take codes ---------

@pytest.mark.parametrize(("medlint", "says"), [
    ("{rules: {TERM002: {patterns: ['(a+)+$']}}}", "option 'patterns' can be set only in the configuration"),
    ("{rules: {DATE008: {therapies_file: /etc/passwd}}}", "option 'therapies_file' can be set only"),
    ("{ignore: [CIT01]}", "'ignore': no rule 'CIT01'"),
    ("{severity: {CITOO1: info}}", "'severity': no rule 'CITOO1'"),
])
def test_front_matter_may_not_supply_patterns_paths_or_unknown_codes(
        tmp_path: Path, medlint: str, says: str) -> None:
    write(tmp_path / "a.md", f"---\nmedlint: {medlint}\n---\n# T\n\n{'a' * 5000}!\n\nHer2 testing.\n")
    result = check("a.md", cwd=tmp_path, timeout=30)
    assert result.exit_code == 1, result.stderr
    [front] = [f for f in result.findings() if f["code"] == "FILE002"]
    assert (front["line"], front["severity"]) == (1, "error")
    assert says in front["message"]
    assert ("a.md", "TERM001", 8) in result.codes()
    assert result.seconds < 20


def test_front_matter_may_still_tune_numbers_and_choices(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\nmedlint: {rules: {READ003: {max_words: 3}}}\n---\n"
                             "One two three four five six.\n")
    result = check("--select", "READ003,FILE", "a.md", cwd=tmp_path)
    assert result.codes() == {("a.md", "READ003", 4)}


def _house_pack(tmp_path: Path, codes: list[str]) -> None:
    write(tmp_path / ".medlint.yml", "packs: [house.yml]\n")
    write(tmp_path / "house.yml", "pack: house\nrules:\n" + "".join(
        f"  - {{code: {code}, name: n{i}, kind: pattern, message: m, description: d, "
        f"options: {{terms: [x]}}}}\n" for i, code in enumerate(codes)))
    write(tmp_path / "a.md", BODY)


def test_a_pack_may_not_take_a_built_in_code(tmp_path: Path) -> None:
    _house_pack(tmp_path, ["CIT001"])
    result = check("a.md", cwd=tmp_path)
    result.assert_clean_failure()
    assert "house.yml: rule CIT001: the code is already declared by the built-in pack 'citations'" \
        in result.stderr


def test_a_pack_may_not_declare_a_code_twice(tmp_path: Path) -> None:
    _house_pack(tmp_path, ["TERM901", "TERM901"])
    result = check("a.md", cwd=tmp_path)
    result.assert_clean_failure()
    assert "house.yml: rule TERM901: the code is already declared by pack 'house'" in result.stderr


# -- filesystem ------------------------------------------------------------------------------

def test_a_device_or_fifo_named_md_is_file001_without_a_hang(tmp_path: Path) -> None:
    (tmp_path / "x.md").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "y.md")
    write(tmp_path / "z.md", BODY)
    result = check(".", cwd=tmp_path, timeout=30)
    assert result.exit_code == 1, result.stderr
    by_file = {Path(f["path"]).name: f for f in result.findings() if f["code"] == "FILE001"}
    assert by_file["x.md"]["message"] == "not linted: a character device, not a regular file"
    assert by_file["y.md"]["message"] == "not linted: a FIFO, not a regular file"
    assert ("z.md", "TERM001", 3) in result.codes()
    assert result.seconds < 20
