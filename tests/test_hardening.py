"""Hostile input (issue 17): articles, front matter, the repository's configuration and packs.

Every test runs the real CLI in a subprocess on a temporary tree, with the address space capped,
and asserts what a user sees: the exit code, one line on stderr and never a traceback, the
findings, and a bounded time.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
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
        preamble: str = "", wrapper: list[str] | None = None) -> Result:
    """`medlint ARGS` in a fresh process, offline, memory capped; `preamble` is Python run
    first (only for fault injection), `wrapper` a command that runs it (setpriv)."""
    code = f"{preamble}\nfrom linter.cli import main\nmain()"
    # The installed medlint, as users run it: the checkout's own `linter/` has no `packs`
    # (setuptools maps them from `rules/`), so PYTHONPATH must not point there.
    env = {**os.environ, "MEDLINT_CACHE_DIR": str(cwd / ".cache"), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    started = time.monotonic()
    run = subprocess.run([*(wrapper or []), sys.executable, "-c", code, *args], cwd=cwd, env=env,
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
    assert by_file["x.md"]["message"] == "not linted: a symlink leading outside the linted files"
    assert by_file["y.md"]["message"] == "not linted: a FIFO, not a regular file"
    assert ("z.md", "TERM001", 3) in result.codes()
    assert result.seconds < 20


# -- symlinks: followed only to a regular file in the linted tree -------------------------------

def _symlink_attacks(root: Path) -> Path:
    """A repository whose docs/ holds every kind of symlink an attacker can commit, beside a
    checkout's credentials (.git/config) and a secret outside the checkout."""
    repo = root / "repo"
    write(repo / ".git" / "config", "[http]\n\textraheader = AUTHORIZATION: basic SECRET-TOKEN\n")
    write(root / "outside.md", "# Secret\n\nSECRET-OUTSIDE Her2\n")
    write(repo / "shared" / "real.md", BODY)
    docs = repo / "docs"
    docs.mkdir()
    for name, target in [("leak.md", "../.git/config"), ("out.md", "../../outside.md"),
                         ("out-missing.md", "../../nothing-here.md"), ("zero.md", "/dev/zero"),
                         ("dangling.md", "missing.md"), ("loop1.md", "loop2.md"),
                         ("loop2.md", "loop1.md"), ("dir.md", "../shared"),
                         ("ok.md", "../shared/real.md"), ("fifo-link.md", "fifo")]:
        (docs / name).symlink_to(target)
    os.mkfifo(docs / "fifo")
    write(repo / ".medlint.yml", "packs: []\n")
    return repo


SYMLINK_FINDINGS = {
    "leak.md": "not linted: a symlink leading outside the linted files",
    "out.md": "not linted: a symlink leading outside the linted files",
    "out-missing.md": "not linted: a symlink leading outside the linted files",
    "zero.md": "not linted: a symlink leading outside the linted files",
    "dangling.md": "not linted: a symlink to a missing file",
    "loop1.md": "not linted: a symlink loop",
    "loop2.md": "not linted: a symlink loop",
    "dir.md": "not linted: a directory, not a regular file",
    "fifo-link.md": "not linted: a FIFO, not a regular file",
}


def _assert_nothing_leaked(result: Result) -> None:
    assert "SECRET" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("how", ["walk", "command line"])
def test_symlinks_are_followed_only_to_regular_files_in_the_tree(tmp_path: Path, how: str) -> None:
    repo = _symlink_attacks(tmp_path)
    names = ["docs"] if how == "walk" else [f"docs/{name}" for name in [*SYMLINK_FINDINGS, "ok.md"]]
    result = cli("check", "--offline", "--today", TODAY, "--format", "json", "-q",
                 "--select", "FILE,TERM001", "--extend-select", "SPAM", *names, cwd=repo, timeout=30)
    assert result.exit_code == 1, result.stderr
    _assert_nothing_leaked(result)
    file001 = {Path(f["path"]).name: f["message"] for f in result.findings() if f["code"] == "FILE001"}
    assert file001 == SYMLINK_FINDINGS
    assert ("ok.md", "TERM001", 3) in result.codes()  # a symlink inside the tree is linted
    assert result.seconds < 20


def test_a_pack_rule_quoting_its_match_cannot_read_git_config(tmp_path: Path) -> None:
    """The issue's leak: docs/leak.md -> ../.git/config and a rule whose message is {match}."""
    repo = _symlink_attacks(tmp_path)
    write(repo / ".medlint.yml", "packs: [house.yml]\n")
    write(repo / "house.yml", "pack: house\nrules:\n  - {code: TERM901, name: echo, kind: pattern, "
                              "message: '{match}', description: d, options: {terms: [SECRET-TOKEN]}}\n")
    result = cli("check", "--offline", "--format", "github", "docs/leak.md", "docs", cwd=repo, timeout=30)
    assert result.exit_code == 1, result.stderr
    _assert_nothing_leaked(result)
    assert "leak.md,line=1,col=1" in result.stdout


def test_an_unreadable_folder_deep_in_the_tree_is_a_finding_and_the_run_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "a" / "b" / "locked" / "hidden.md", BODY)
    write(tmp_path / "a" / "b" / "open.md", BODY)
    (tmp_path / "a" / "b" / "locked").chmod(0)
    try:
        # As root, permissions are not enforced: drop the capabilities that bypass them.
        result = cli("check", "--offline", "--today", TODAY, "--format", "json", "-q", ".",
                     cwd=tmp_path, wrapper=_without_root_powers())
    finally:
        (tmp_path / "a" / "b" / "locked").chmod(0o755)
    assert result.exit_code == 1, result.stderr
    assert "Traceback" not in result.stderr
    [folder] = [f for f in result.findings() if f["code"] == "FILE001"]
    assert (Path(folder["path"]).as_posix(), folder["line"], folder["severity"]) == ("a/b/locked", 1, "error")
    assert folder["message"] == "cannot read folder: Permission denied; the files in it were not linted"
    assert ("open.md", "TERM001", 3) in result.codes()


def _without_root_powers() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all", "--"]


# -- LINK005 never probes the machine outside the tree ----------------------------------------

def test_local_links_out_of_the_tree_tell_nothing_and_never_hang(tmp_path: Path) -> None:
    repo = _symlink_attacks(tmp_path)
    os.mkfifo(repo / "shared" / "pipe.md")
    (repo / "shared" / "escape.md").symlink_to("../../outside.md")
    write(repo / "guide.md", "# Guide\n\n## Steps\n")
    links = ["/etc/passwd", "/etc/no-such-file", "file:///etc/hosts", "../../../../etc/passwd",
             "../../../../etc/no-such-file", "../outside.md#secret", "../nothing-here.md",
             "shared/pipe.md#x", "shared#x", "shared/escape.md#secret", "docs/leak.md",
             ".git/config", "guide.md#steps", "guide.md#missing"]
    write(repo / "a.md", "# A\n\n" + "".join(f"[l{i}]({url})\n\n" for i, url in enumerate(links)))
    result = cli("check", "--offline", "--format", "json", "-q", "--select", "LINK005", "a.md",
                 cwd=repo, timeout=30)
    assert result.exit_code == 1, result.stderr
    _assert_nothing_leaked(result)
    found = {f["line"]: f["message"] for f in result.findings()}
    line = {url: 3 + 2 * i for i, url in enumerate(links)}
    outside = "it leads outside the linted files (not checked)"
    assert found == {
        # Outside the tree: one answer, whether the file exists or not.
        line["../../../../etc/passwd"]: f"link to '../../../../etc/passwd' is dead: {outside}",
        line["../../../../etc/no-such-file"]: f"link to '../../../../etc/no-such-file' is dead: {outside}",
        line["../outside.md#secret"]: f"link to '../outside.md' is dead: {outside}",
        line["../nothing-here.md"]: f"link to '../nothing-here.md' is dead: {outside}",
        line["shared/escape.md#secret"]: f"link to 'shared/escape.md' is dead: {outside}",
        line["guide.md#missing"]: "link to 'guide.md#missing' is dead: no heading #missing in guide.md",
    }
    # In the checkout, existence is no secret (docs/leak.md leads to .git/config); without
    # `site:`, root-relative links are pages of the site, never files of the machine.
    assert line["/etc/passwd"] not in found and line["/etc/no-such-file"] not in found
    assert result.seconds < 20


def test_a_site_page_cannot_climb_or_link_out_of_its_content_folder(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    write(repo / ".medlint.yml", "site: {content: [content]}\n")
    write(repo / "content" / "etc" / "hosts.md", "# Hosts\n")
    write(tmp_path / "secret.md", "# Secret\n")
    (repo / "content" / "escape.md").symlink_to("../../secret.md")
    (repo / "content" / "escape-missing.md").symlink_to("../../nothing.md")
    write(repo / "content" / "a.md", "# A\n\n[h](/../../etc/hosts)\n\n[p](/../../../etc/passwd)\n\n"
                                     "[e](/escape)\n\n[m](/escape-missing)\n")
    result = cli("check", "--offline", "--format", "json", "-q", "--select", "LINK005", "content",
                 cwd=repo, timeout=30)
    found = {f["line"]: f["message"] for f in result.findings()}
    no_page = "is dead: no page for it in the site's content folders"
    assert found == {5: f"link to '/../../../etc/passwd' {no_page}", 7: f"link to '/escape' {no_page}",
                     9: f"link to '/escape-missing' {no_page}"}


# -- encodings ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("codec", "says"), [
    ("utf-16", "UTF-16 (little-endian, with a byte-order mark)"),
    ("utf-16-le", "UTF-16 (little-endian, without a byte-order mark)"),
    ("utf-16-be", "UTF-16 (big-endian, without a byte-order mark)"),
    ("utf-32", "UTF-32 (little-endian, with a byte-order mark)"),
    ("utf-32-be", "UTF-32 (big-endian, without a byte-order mark)"),
])
def test_utf16_and_utf32_are_an_encoding_problem_not_binary(tmp_path: Path, codec: str, says: str) -> None:
    write(tmp_path / "wide.md", "# Café\n\nHER2 testing, 日本語.\n".encode(codec))
    write(tmp_path / "image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = check(".", cwd=tmp_path)
    assert result.exit_code == 1, result.stderr
    assert [(Path(f["path"]).name, f["code"], f["severity"], f["message"]) for f in result.findings()] == [
        ("image.md", "FILE005", "warning", "binary file, not linted"),
        ("wide.md", "FILE004", "warning", f"not linted: the file is {says}, not UTF-8; save it as UTF-8"),
    ]


def test_a_stray_nul_byte_is_reported_and_the_note_still_linted(tmp_path: Path) -> None:
    """A clinician's note with one NUL byte pasted into it is text, not a binary file: the NUL
    is reported where it is and the rest of the note is read (its unsourced figure too)."""
    write(tmp_path / "note.md", b"# Sepsis bundle\n\nGive fluids\x00 within the first hour.\n\n"
                                b"Mortality falls by 40% with early antibiotics.\n")
    result = check(".", "--select", "FILE004,FILE005,CIT001", cwd=tmp_path)
    assert result.exit_code == 1, result.stderr
    assert [(f["line"], f["column"], f["code"], f["message"]) for f in result.findings()] == [
        (3, 12, "FILE004", "a NUL byte at line 3, no text: it was replaced and the rest was linted"),
        (5, 20, "CIT001", "statistic '40%' has no source"),
    ]


# -- link handling is linear -------------------------------------------------------------------

def _links_paragraph(path: Path, count: int, mixed: bool = True) -> Path:
    """One paragraph of `count` inline links; when mixed, every tenth also a wikilink and a
    bare URL (each kind of link has its own handling)."""
    return write(path, "# Links\n\n" + " ".join(
        f"[l{i}](https://e{i % 500}.example.org/p/{i})"
        + (f" [[Note {i}|n]] https://b{i % 300}.example.com/{i}" if mixed and i % 10 == 0 else "")
        for i in range(count)) + "\n")


def _cpu_seconds(*args: str, cwd: Path) -> float:
    """CPU time of one run: less sensitive than wall time to the other jobs on the machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = check(*args, cwd=cwd, timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert result.exit_code in (0, 1), result.stderr
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def test_100000_links_in_one_paragraph_cost_linear_time(tmp_path: Path) -> None:
    """The issue's 4.3 MB paragraph took 350 s; 10x the links must cost about 10x, not 100x."""
    big = _links_paragraph(tmp_path / "big.md", 100_000, mixed=False)
    assert big.stat().st_size > 4_000_000
    _links_paragraph(tmp_path / "small.md", 2_000)
    _links_paragraph(tmp_path / "large.md", 20_000)
    # CPU seconds with the process's start-up (about 1 s) included: 20,000 links cost about 50 s
    # when the handling was quadratic, about 4 s now.
    small = _cpu_seconds("small.md", cwd=tmp_path)
    large = _cpu_seconds("large.md", cwd=tmp_path)
    assert large < 15 * small, (small, large)
    # About 14 s on a 2-core EPYC; the bound leaves room for a machine shared with other jobs.
    assert _cpu_seconds("big.md", cwd=tmp_path) < 45


# -- files the repository's configuration names stay in its folder -----------------------------

def _data_file_repo(root: Path) -> Path:
    repo = root / "repo"
    write(root / "secret.yml", "therapies:\n  - {name: SECRET-DRUG, approved: 2020-01-01}\n")
    write(repo / "bad.yml", "SECRET: [unclosed\n")
    write(repo / "data" / "ours.yml", "therapies:\n  - {name: Examplimab, approved: 2015-11-20}\n")
    write(repo / ".git" / "config", "[core]\n")
    (repo / "link.yml").symlink_to("../secret.yml")
    write(repo / "a.md", BODY)
    return repo


@pytest.mark.parametrize(("setting", "says"), [
    ("rules: {DATE008: {therapies_file: ../secret.yml}}",
     "rules: DATE008: 'therapies_file' '../secret.yml' is outside the configuration's folder"),
    ("rules: {DATE008: {therapies_file: /etc/passwd}}",
     "rules: DATE008: 'therapies_file' '/etc/passwd' is outside the configuration's folder"),
    ("rules: {DATE010: {therapies_file: link.yml}}",
     "rules: DATE010: 'therapies_file' 'link.yml' is outside the configuration's folder"),
    ("rules: {DATE010: {facts_file: .git/config}}",
     "rules: DATE010: 'facts_file' '.git/config' is outside the configuration's folder"),
    ("packs: [../secret.yml]", "key 'packs': pack '../secret.yml' is outside the configuration's folder"),
    ("packs: [/etc/hostname]", "key 'packs': pack '/etc/hostname' is outside the configuration's folder"),
    ("result-cache: ../results.sqlite", "'../results.sqlite' is outside the configuration's folder"),
    ("links: {cache: /tmp/links.sqlite}", "'/tmp/links.sqlite' is outside the configuration's folder"),
    ("rules: {DATE008: {therapies_file: bad.yml}}", "bad.yml: therapies file is not valid YAML: line 2:"),
])
def test_data_files_named_by_the_configuration_stay_in_its_folder(
        tmp_path: Path, setting: str, says: str) -> None:
    repo = _data_file_repo(tmp_path)
    write(repo / ".medlint.yml", setting + "\n")
    result = check("a.md", cwd=repo)
    result.assert_clean_failure()
    assert says in result.stderr
    assert "SECRET" not in result.stderr and "core" not in result.stderr
    assert not (tmp_path / "results.sqlite").exists() and not Path("/tmp/links.sqlite").exists()


def test_a_data_file_in_the_configurations_folder_is_read_from_there(tmp_path: Path) -> None:
    repo = _data_file_repo(tmp_path)
    write(repo / ".medlint.yml", "rules: {DATE008: {therapies_file: data/ours.yml}}\n")
    write(repo / "a.md", "---\ndate: 2025-06-01\n---\n# T\n\nEmerging therapies such as examplimab "
                         "have shown promising results.\n")
    result = check("repo/a.md", "--select", "DATE008", cwd=tmp_path)  # run from another folder
    assert result.exit_code == 1, result.stderr
    assert [f["code"] for f in result.findings()] == ["DATE008"]


# -- a repository's patterns run with a time budget ------------------------------------------

CATASTROPHIC = "(a|aa)+$"  # exponential backtracking on 'aaa…a!' (re has no timeout)


def test_a_catastrophic_pattern_from_a_pack_or_the_configuration_is_cut_off(tmp_path: Path) -> None:
    write(tmp_path / ".medlint.yml", "packs: [house.yml]\nrules: {TERM001: {swap: {'" + CATASTROPHIC
          + "': b, 'Her2': HER2}}}\n")
    write(tmp_path / "house.yml", "pack: house\nrules:\n  - {code: TERM901, name: echo, kind: pattern, "
                                  f"message: 'house: {{match}}', summary: s, description: d, "
                                  f"options: {{patterns: ['{CATASTROPHIC}', 'testing']}}}}\n")
    write(tmp_path / "a.md", "# T\n\nHer2 testing.\n\n" + "a" * 60 + "!\n")
    write(tmp_path / "b.md", BODY)
    result = check("--select", "TERM", "a.md", "b.md", cwd=tmp_path, timeout=120)
    assert result.exit_code == 1, result.stderr
    assert result.stderr == ""
    cut = "'(a|aa)+$' was stopped after 1 s (it backtracks without end on this text); " \
          "the rule did not check the rest of the file"
    assert [(Path(f["path"]).name, f["line"], f["code"], f["message"]) for f in result.findings()] == [
        ("a.md", 1, "TERM001", f"TERM001's pattern {cut}"),
        ("a.md", 1, "TERM901", f"TERM901's pattern {cut}"),
        ("a.md", 3, "TERM001", "Write 'HER2' rather than 'Her2'"),
        ("a.md", 3, "TERM901", "house: testing"),
        ("b.md", 3, "TERM001", "Write 'HER2' rather than 'Her2'"),
        ("b.md", 3, "TERM901", "house: testing"),
    ]
    assert result.seconds < 60  # each cut costs a few budgets; re would never return


def test_a_catastrophic_link_exclude_pattern_is_one_line_and_exit_2(tmp_path: Path) -> None:
    write(tmp_path / ".medlint.yml", f"links: {{exclude: ['{CATASTROPHIC}']}}\n")
    write(tmp_path / "a.md", "# T\n\n[x](https://example.invalid/" + "a" * 60 + "!)\n")
    result = check("--select", "LINK", "a.md", cwd=tmp_path, timeout=60)
    result.assert_clean_failure()
    assert "links: exclude: the pattern '(a|aa)+$' was stopped after 1 s" in result.stderr


# Every kind's pattern options, set by the repository: each runs with the budget, whichever
# way of matching (a pattern set, or a regex the kind searches with) the kind uses. Each
# article gives the rule something to read, then the text that makes the pattern backtrack.
BACKTRACKS = "a" * 60 + "!"
KIND_PATTERN_OPTIONS = {
    "CIT001": ("{not_claims: ['" + CATASTROPHIC + "']}", "About 30% of people " + BACKTRACKS),
    "CIT002": ("{patterns: ['" + CATASTROPHIC + "']}", "Studies show it. " + BACKTRACKS),
    "CIT003": ("{subject: '" + CATASTROPHIC + "'}",
               "It treats cancer and it cures disease and reduces the risk of death " + BACKTRACKS),
    "CIT004": ("{attribution: ['" + CATASTROPHIC + "']}", "\"It works,\" says Dr Jane Roe. " + BACKTRACKS),
    "DATE008": ("{novelty: '" + CATASTROPHIC + "'}", "Trastuzumab is a new drug. " + BACKTRACKS),
    "DATE010": ("{facts: [{id: bomb, changed: x, since: 2020-01-01, source: y, outdated: ['"
                + CATASTROPHIC + "']}]}", "The standard treatment. " + BACKTRACKS),
    "DATE011": ("{claims: ['" + CATASTROPHIC + "']}", "As of June 2020 it is not approved. " + BACKTRACKS),
    "SPAM001": ("{fraud: ['" + CATASTROPHIC + "']}",
                "A new drug, says Dr Jane Roe. Write to quack@gmail.com. " + BACKTRACKS),
    "SPAM002": ("{patterns: ['" + CATASTROPHIC + "'], selling: ['" + CATASTROPHIC + "']}",
                "A miracle cure. " + BACKTRACKS),
}


@pytest.mark.parametrize("code", sorted(KIND_PATTERN_OPTIONS))
def test_every_kinds_pattern_options_from_the_configuration_run_with_the_budget(
        tmp_path: Path, code: str) -> None:
    options, text = KIND_PATTERN_OPTIONS[code]
    write(tmp_path / ".medlint.yml", f"rules:\n  {code}: {options}\n")
    write(tmp_path / "a.md", "---\ndate: 2021-01-01\n---\n\n# T\n\n" + text + "\n")
    result = check("--select", code, "a.md", cwd=tmp_path, timeout=120)
    assert result.exit_code in (0, 1), result.stderr  # the cut is at the rule's severity (SPAM001: info)
    assert result.stderr == ""
    cut = [(f["code"], f["line"], f["message"].split(" was ")[0]) for f in result.findings()
           if "was stopped after 1 s" in f["message"]]
    assert cut == [(code, 1, f"{code}'s pattern '{CATASTROPHIC}'")]
    assert result.seconds < 60


@pytest.mark.parametrize("config", ["mkdocs.yml", "hugo.toml"])
def test_a_hostile_site_configuration_costs_no_more_than_a_read(tmp_path: Path, config: str) -> None:
    """A generator's configuration of blank lines (the most its reader takes, 256 KiB) is read
    for pages-as-folders in one linear pass, not quadratically (minutes once)."""
    write(tmp_path / config, "\n" * (256 * 1024) + "use_directory_urls: false\nuglyURLs = true\n")
    write(tmp_path / "docs" / "img" / "pump.png", "png")
    write(tmp_path / "docs" / "guides" / "pump.md", '# Pump\n\n<img src="../../img/pump.png" alt="A pump">\n')
    result = check("--select", "LINK005", "docs", cwd=tmp_path, timeout=60)
    assert result.exit_code == 0, (result.stderr, result.findings())
    assert result.seconds < 20, result.seconds


def test_a_site_configuration_outside_the_linted_tree_is_never_read(tmp_path: Path) -> None:
    """Linting one folder of a larger tree, a configuration above that folder, or a link in it
    to a file outside, decides nothing: what lies outside the linted files changes no finding."""
    outside = write(tmp_path / "secret.yml", "use_directory_urls: false\n")
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "docs" / "mkdocs.yml").symlink_to(outside)
    write(site / "docs" / "img" / "pump.png", "png")
    write(site / "docs" / "guides" / "pump.md", '# Pump\n\n<img src="../../img/pump.png" alt="A pump">\n')
    dead = [f["message"] for f in check("--select", "LINK005", "docs", cwd=site).findings()]
    outside.write_text("site_name: x\n", encoding="utf-8")
    assert [f["message"] for f in check("--select", "LINK005", "docs", cwd=site).findings()] == dead == [
        "link to '../../img/pump.png' is dead: it leads outside the linted files (not checked)"]
