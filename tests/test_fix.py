"""`medlint check --fix`, `--diff` and `--unsafe-fixes` on real files, and the fix module's
promises checked with generated articles: idempotent, every byte outside a fix kept."""

from __future__ import annotations

import json
import re
import ssl
import textwrap
import threading
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from conftest import TODAY, medlint
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.config import Config
from linter.context import RunContext
from linter.engine import Linter
from linter.fixes import fix_file
from linter.selection import select_rules


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def check(*args: str):
    return medlint("check", "--offline", "--today", TODAY, *args)


ARTICLE = """\
# Her2 tests

Her-2 testing shows whether HER 2 is high. See `her-2` in code.

```text
HER-2 in a fenced block stays.
```

[the her-2 page](https://example.org/her-2) and <https://example.org/Her2>.

## References

1. Her-2/neu testing. Journal of Tests. 2024.
"""

FIXED = """\
# HER2 tests

HER2 testing shows whether HER2 is high. See `her-2` in code.

```text
HER-2 in a fenced block stays.
```

[the HER2 page](https://example.org/her-2) and <https://example.org/Her2>.

## References

1. Her-2/neu testing. Journal of Tests. 2024.
"""


def test_fix_writes_safe_fixes_and_reports_what_remains(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", ARTICLE)
    result = check("--fix", "--select", "TERM,DATE002", str(path))
    assert path.read_text(encoding="utf-8") == FIXED
    assert result.stdout == f"{path}:1:1: DATE002 the article has no publication, update or review date\n"
    assert result.exit_code == 1
    assert "fixed 4 findings in 1 file" in result.stderr


def test_fix_exits_zero_when_nothing_remains_and_a_second_fix_changes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", ARTICLE)
    first = check("--fix", "--select", "TERM001", str(path))
    assert (first.exit_code, first.stdout) == (0, "")
    again = check("--fix", "--select", "TERM001", str(path))
    assert (again.exit_code, again.stdout) == (0, "")
    assert "fixed 0 findings in 0 files" in again.stderr
    assert path.read_text(encoding="utf-8") == FIXED


def test_diff_prints_the_fixes_and_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "Intro.\n\nHer2 is a protein.\n\nNothing else.\n")
    result = check("--diff", "--select", "TERM001", str(path))
    assert result.stdout == (f"--- {path}\n+++ {path}\n@@ -1,5 +1,5 @@\n Intro.\n \n"
                             "-Her2 is a protein.\n+HER2 is a protein.\n \n Nothing else.\n")
    assert result.exit_code == 1
    assert "would fix 1 finding in 1 file" in result.stderr
    assert path.read_text(encoding="utf-8") == "Intro.\n\nHer2 is a protein.\n\nNothing else.\n"
    clean = check("--diff", "--select", "TERM001", str(write(tmp_path, "b.md", "HER2.\n")))
    assert (clean.exit_code, clean.stdout) == (0, "")


def test_diff_of_a_file_without_a_final_newline_says_so(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"Her2")
    result = check("--diff", "--select", "TERM001", str(path))
    assert result.stdout.endswith("-Her2\n\\ No newline at end of file\n+HER2\n\\ No newline at end of file\n")


def test_diff_reads_stdin_and_fix_refuses_it() -> None:
    piped = medlint("check", "--offline", "--diff", "--select", "TERM001", "--stdin-filename",
                    "x.md", "-", stdin="Her2.\n")
    assert (piped.exit_code, piped.stdout) == (1, "--- x.md\n+++ x.md\n@@ -1 +1 @@\n-Her2.\n+HER2.\n")
    refused = medlint("check", "--offline", "--fix", "-", stdin="Her2.\n")
    assert refused.exit_code == 2
    assert "cannot fix text read from '-'" in refused.stderr


def test_unsafe_fixes_only_with_the_flag(tmp_path: Path) -> None:
    text = "Her2 matters. Adjuvant therapy may improve the prognosis.\n"
    path = write(tmp_path, "a.md", text)
    safe = check("--fix", "--select", "TERM", "--format", "json", str(path))
    assert path.read_text(encoding="utf-8") == text.replace("Her2", "HER2")
    assert [(f["code"], f["fix"]) for f in safe.findings()] == [
        ("TERM003", "Treatment after surgery"), ("TERM003", "outlook")]
    assert safe.exit_code == 0  # info findings do not fail the run
    check("--fix", "--unsafe-fixes", "--select", "TERM", str(path))
    assert path.read_text(encoding="utf-8") == "HER2 matters. Treatment after surgery may improve the outlook.\n"


def test_plain_language_is_off_for_professional_audiences(tmp_path: Path) -> None:
    body = "The prognosis of metastatic breast cancer has improved.\n"
    patients = check("--select", "TERM003", "--format", "json", str(write(tmp_path, "a.md", body)))
    assert [(f["column"], f["fix"]) for f in patients.findings()] == [
        (5, "outlook"), (18, "breast cancer that has spread")]
    professional = write(tmp_path, "b.md", "---\naudience: professional\n---\n" + body)
    assert check("--select", "TERM003", "--format", "json", str(professional)).findings() == []


def test_line_endings_bom_and_other_bytes_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    original = ("\ufeffIntro \u00e9t\u00e9 \U0001f600 Her2.\r\n\r\nMixed endings: her-2\rand "
                "HER 2\n`her2` stays\u00a0\t \r\n").encode()
    path.write_bytes(original)
    check("--fix", "--select", "TERM001", str(path))
    assert path.read_bytes() == (original.replace(b"Her2.", b"HER2.").replace(b"her-2\r", b"HER2\r")
                                 .replace(b"HER 2\n", b"HER2\n"))


def test_invalid_utf8_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"Her2 \xff\xfe here.\n")
    check("--fix", "--select", "TERM001,FILE", str(path))
    assert path.read_bytes() == b"Her2 \xff\xfe here.\n"


def test_symlinked_files_are_not_written(tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("Her2.\n")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "link.md").symlink_to(outside)
    check("--fix", "--select", "TERM001", str(tree / "link.md"))
    assert outside.read_text() == "Her2.\n"


HOUSE_PACK = """\
rules:
  - code: TERM101
    name: say-oncologist
    kind: substitution
    message: "Write '{expected}' rather than '{actual}'"
    description: House style.
    options: {swap: {'\\bcancer doctors?\\b': oncologist}, ignore_case: true}
  - code: TERM102
    name: no-doctors-visit
    kind: substitution
    message: "Write '{expected}' rather than '{actual}'"
    description: Overlaps TERM101, so its fix waits for a second pass.
    options: {swap: {'\\bdoctor visit\\b': appointment}}
  - code: TERM103
    name: wording
    kind: substitution
    fix: unsafe
    message: "Write '{expected}' rather than '{actual}'"
    description: An unsafe fix.
    options: {swap: {'\\bill\\b': unwell}, ignore_case: true}
  - code: TERM104
    name: suggestion-only
    kind: substitution
    fix: none
    message: "Write '{expected}' rather than '{actual}'"
    description: A suggestion --fix never applies.
    options: {swap: {'\\bsick\\b': unwell}}
"""


def test_users_substitution_packs_fix_with_their_declared_safety(tmp_path: Path) -> None:
    write(tmp_path, "house.yml", HOUSE_PACK)
    write(tmp_path, ".medlint.yml", "packs: [house.yml]\nselect: [TERM1]\n")
    path = write(tmp_path, "a.md", "Your cancer doctor visit. Ill or sick, ask a Cancer doctor.\n")
    check("--fix", str(path))
    # TERM101 and TERM102 overlap at 'doctor': the first pass fixes one, the next finds no other.
    assert path.read_text() == "Your oncologist visit. Ill or sick, ask a Oncologist.\n"
    check("--fix", "--unsafe-fixes", str(path))
    assert path.read_text() == "Your oncologist visit. Unwell or sick, ask a Oncologist.\n"


def test_overlapping_fixes_are_applied_in_passes(tmp_path: Path) -> None:
    write(tmp_path, "house.yml", """\
        rules:
          - code: TERM101
            name: first
            kind: substitution
            message: "Write '{expected}'"
            description: Turns 'aa bb' into 'cc bb'.
            options: {swap: {'\\baa bb\\b': cc bb}}
          - code: TERM102
            name: second
            kind: substitution
            message: "Write '{expected}'"
            description: Turns 'bb' into 'dd', overlapping the first.
            options: {swap: {'\\bbb\\b': dd}}
        """)
    write(tmp_path, ".medlint.yml", "packs: [house.yml]\nselect: [TERM1]\n")
    path = write(tmp_path, "a.md", "Then aa bb came.\n")
    result = check("--fix", str(path))
    assert path.read_text() == "Then cc dd came.\n"
    assert "fixed 2 findings" in result.stderr


def test_fixes_that_never_settle_stop_after_a_bounded_number_of_passes(tmp_path: Path) -> None:
    write(tmp_path, "house.yml", """\
        rules:
          - code: TERM101
            name: there
            kind: substitution
            message: "Write '{expected}'"
            description: a to b.
            options: {swap: {'\\baaa\\b': bbb}}
          - code: TERM102
            name: back
            kind: substitution
            message: "Write '{expected}'"
            description: b to a.
            options: {swap: {'\\bbbb\\b': aaa}}
        """)
    write(tmp_path, ".medlint.yml", "packs: [house.yml]\nselect: [TERM1]\n")
    path = write(tmp_path, "a.md", "aaa\n")
    result = check("--fix", str(path))
    assert result.exit_code == 1 and path.read_text() in ("aaa\n", "bbb\n")


def test_explain_and_rules_show_fix_safety() -> None:
    assert "Fix: safe (applied by `medlint check --fix`;" in medlint("explain", "TERM001").stdout
    assert "Fix: unsafe (applied with `--fix --unsafe-fixes`)" in medlint("explain", "TERM003").stdout
    assert "Fix:" not in medlint("explain", "CIT001").stdout
    listed = {r["code"]: r["fix"] for r in json.loads(medlint("rules", "--format", "json").stdout)}
    assert (listed["TERM001"], listed["LINK003"], listed["TERM003"], listed["LINK001"]) == (
        "safe", "safe", "unsafe", "none")


@pytest.mark.parametrize(("entry", "error"), [
    ("kind: substitution\n    fix: maybe", "field 'fix': 'maybe' is not one of safe, unsafe, none"),
    ("kind: pattern\n    fix: safe", "field 'fix': kind 'pattern' makes no fixes"),
])
def test_pack_fix_field_is_validated(tmp_path: Path, entry: str, error: str) -> None:
    (tmp_path / "p.yml").write_text(f"rules:\n  - code: TERM101\n    name: x\n    {entry}\n"
                                    "    message: m\n    description: d\n")
    write(tmp_path, ".medlint.yml", "packs: [p.yml]\n")
    result = check(str(write(tmp_path, "a.md", "x\n")))
    assert result.exit_code == 2 and error in result.stderr


# -- link fixes against a real server -------------------------------------------------------

def test_moved_links_are_rewritten_to_their_final_url(tmp_path: Path) -> None:
    from http.server import ThreadingHTTPServer

    from test_links import SETTINGS, Site

    Site.hits = Counter()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    (tmp_path / ".medlint.yml").write_text(SETTINGS.format(cache=tmp_path / "links.sqlite"))
    text = (f"See [the {base}/r301 page]({base}/r301 \"title\"), <{base}/r301>, {base}/r301 and "
            f"[ref].\n\n![chart]( {base}/r301#present )\n\n[ref]: {base}/r301\n\n"
            f"```\n{base}/r301\n```\n\nIn HTML: <a href='{base}/r301' title=\"{base}/r301\">page</a>.\n\n"
            f"<p><img alt=\"chart\" src=\"{base}/r301\"></p>\n")
    path = write(tmp_path, "a.md", text)
    try:
        result = medlint("check", "--fix", "--select", "LINK", "--today", TODAY, str(path))
    finally:
        httpd.shutdown()
        httpd.server_close()
    final = f"{base}/ok"
    assert path.read_text() == (
        f"See [the {base}/r301 page]({final} \"title\"), <{final}>, {final} and "
        f"[ref].\n\n![chart]( {final}#present )\n\n[ref]: {final}\n\n```\n{base}/r301\n```\n\n"
        f"In HTML: <a href='{final}' title=\"{base}/r301\">page</a>.\n\n<p><img alt=\"chart\" src=\"{final}\"></p>\n")
    assert (result.exit_code, result.stdout) == (0, "")
    assert "fixed 7 findings in 1 file" in result.stderr


def test_insecure_links_become_https(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    trustme = pytest.importorskip("trustme")
    from test_links import SETTINGS, Site, _DualProtocolServer

    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    Site.hits = Counter()
    httpd = _DualProtocolServer(context)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    (tmp_path / ".medlint.yml").write_text(
        SETTINGS.format(cache=tmp_path / "links.sqlite").replace("check_https: false", "check_https: true"))
    url = f"http://127.0.0.1:{httpd.server_address[1]}/ok"
    path = write(tmp_path, "a.md", f"Read [the page]({url}).\n")
    try:
        result = medlint("check", "--fix", "--select", "LINK", "--today", TODAY, str(path))
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert path.read_text() == f"Read [the page](https{url[4:]}).\n"
    assert (result.exit_code, result.stdout) == (0, "")


# -- properties of the fix module -----------------------------------------------------------

def _linter(select: str) -> tuple[Linter, dict]:
    config = Config(root=Path.cwd())
    rules, selected = select_rules(config, [select], [], [])
    return Linter(config, rules, selected, RunContext(today=date(2026, 11, 21), offline=True)), rules


TERM_LINTER, TERM_RULES = _linter("TERM001")
VARIANTS = ["Her2", "her2", "HER-2", "HER 2", "Her-2/neu", "HER2/neu", "her-2", "HER2"]
# Pieces no fix may touch, each with a HER2 variant inside.
PROTECTED = ["`her-2 code`", "[link](https://example.org/Her-2)", "<https://example.org/her2>",
             "https://example.org/HER-2/page", "<!-- Her2 comment -->"]
WORDS = ["tests", "é", "😀", "naïve", "a\u00a0b", "cells", "(", ")", "*", "_", "\\", "#", "-", "1."]
SPACE = [" ", "  ", "\t"]


@st.composite
def articles(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    protected: list[str] = []
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        shape = draw(st.sampled_from(["prose", "prose", "fence", "reference"]))
        if shape == "fence":
            body = draw(st.sampled_from(VARIANTS)) + " fenced"
            lines += ["```", body, "```", ""]
            protected.append(body)
            continue
        pieces = []
        for _ in range(draw(st.integers(1, 8))):
            kind = draw(st.sampled_from(["word", "variant", "protected"]))
            if kind == "protected":
                piece = draw(st.sampled_from(PROTECTED))
                protected.append(piece)
            else:
                piece = draw(st.sampled_from(WORDS if kind == "word" else VARIANTS))
            pieces += [piece, draw(st.sampled_from(SPACE))]
        line = "".join(pieces)
        if shape == "reference":
            lines += ["## References", "", "1. Ref " + line, ""]
            protected.append("Ref " + line.rstrip(" \t"))
        else:
            lines += [line, ""]
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + newline.join(lines)).encode("utf-8"), protected


def fixed(data: bytes) -> bytes:
    result = TERM_LINTER.lint_bytes("a.md", data)
    outcome = fix_file("a.md", data, result, TERM_RULES, False, TERM_LINTER.lint_text)
    return outcome.data if outcome.data is not None else data


HER2_SPELLINGS = re.compile(rb"(?i:her)[- ]?2(?:/neu)?", re.IGNORECASE)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_fixing_is_idempotent_and_keeps_every_other_byte(article: tuple[bytes, list[str]]) -> None:
    data, protected = article
    once = fixed(data)
    assert fixed(once) == once
    # Outside the fixed spans nothing moves: with every spelling of HER2 read as one token,
    # the file is the same, line endings and BOM included.
    assert HER2_SPELLINGS.sub(b"HER2", once) == HER2_SPELLINGS.sub(b"HER2", data)
    text = once.decode("utf-8")
    for piece in protected:
        assert text.count(piece) >= data.decode("utf-8").count(piece), piece
    for ending in (b"\r\n", b"\r", b"\n"):
        assert once.count(ending) == data.count(ending)
