"""Every rule's whole findings on its own fixture: start, end, severity, message and fix,
kept as a snapshot per rule, as ruff and Vale keep theirs.

tests/fixtures/CODE/ holds the rule's cases, one article per file: each `bad-*` file must
give at least one finding, `good-*` files and helper files (link targets) none.
tests/snapshots/CODE.txt holds the findings, one per line:

    bad-1.md:1:7-1:12 warning CIT001 statistic '20-25%' has no source

A change in any finding fails with a diff. `MEDLINT_UPDATE_SNAPSHOTS=1` rewrites the
snapshots instead (the only time a test writes into the checkout): review them with `git diff`.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import ssl
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import TODAY, medlint
from test_links import SETTINGS, _DualProtocolServer, server  # noqa: F401 (the fixture)

import linter.kinds.substitution
from linter.rules import builtin_rules, load_pack

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
SNAPSHOTS = TESTS / "snapshots"
HOUSE_STYLE = TESTS.parent / "examples" / "house-style.yml"
UPDATE = os.environ.get("MEDLINT_UPDATE_SNAPSHOTS") == "1"


def every_code() -> list[str]:
    """The built-in rules and the example house-style pack's."""
    return sorted({rule.code for rule in builtin_rules()} | {rule.code for rule in load_pack(HOUSE_STYLE)})


def snapshot_line(finding: dict) -> str:
    line = (f"{Path(finding['path']).name}:{finding['line']}:{finding['column']}-"
            f"{finding['end_line']}:{finding['end_column']} {finding['severity']} "
            f"{finding['code']} {finding['message']}")
    if "fix" in finding:
        line += f" (fix: {json.dumps(finding['fix'], ensure_ascii=False)})"
    return line


# Cases that a file cannot hold: each prepares the copied fixture folder and says how to run.
class Setup:
    def __init__(self, folder: Path, request: pytest.FixtureRequest) -> None:
        self.folder = folder
        self.request = request
        self.select = [folder.name]
        self.offline = True
        self.servers: dict[str, str] = {}  # placeholder in the fixtures -> the address this run


def _dangling_symlink(setup: Setup) -> None:
    (setup.folder / "bad-dangling-link.md").symlink_to(setup.folder / "deleted-article.md")


def _latin1(setup: Setup) -> None:
    (setup.folder / "bad-latin1.md").write_bytes("# Caf\xe9 notes\n\nHER2 na\xefve text.\n".encode("latin-1"))


def _binary(setup: Setup) -> None:
    (setup.folder / "bad-image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


def _crashing_rule(setup: Setup) -> None:
    """Fault injection: TERM001's kind raises on the bad files (in this process: -j 1)."""
    original = linter.kinds.substitution.check

    def check(doc, rule, context):  # type: ignore[no-untyped-def]
        if Path(doc.path).name.startswith("bad-"):
            raise ZeroDivisionError("injected")
        return original(doc, rule, context)

    setup.request.getfixturevalue("monkeypatch").setattr(linter.kinds.substitution, "check", check)
    setup.select.append("TERM001")


def _house_style(setup: Setup) -> None:
    shutil.copy(HOUSE_STYLE, setup.folder / "house-style.yml")


def _link_server(setup: Setup) -> None:
    setup.offline = False
    setup.servers["{server}"] = setup.request.getfixturevalue("server")
    (setup.folder / ".medlint.yml").write_text(SETTINGS.format(cache=setup.folder / ".cache" / "links.sqlite"))


def _secure_link_server(setup: Setup) -> None:
    """HTTP and HTTPS on one port, under a test CA trusted for this run only."""
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    bundle = setup.folder.parent / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    setup.request.getfixturevalue("monkeypatch").setenv("REQUESTS_CA_BUNDLE", str(bundle))
    httpd = _DualProtocolServer(context)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    setup.request.addfinalizer(httpd.server_close)
    setup.request.addfinalizer(httpd.shutdown)
    port = httpd.server_address[1]
    setup.offline = False
    setup.servers.update({"{server}": f"http://127.0.0.1:{port}", "{secure_server}": f"https://127.0.0.1:{port}"})
    settings = SETTINGS.format(cache=setup.folder / ".cache" / "links.sqlite")
    (setup.folder / ".medlint.yml").write_text(settings.replace("check_https: false", "check_https: true"))


SETUPS: dict[str, Callable[[Setup], None]] = {
    "FILE001": _dangling_symlink,
    "FILE004": _latin1,
    "FILE005": _binary,
    "FILE007": _crashing_rule,
    "LINK001": _link_server,
    "LINK002": _link_server,
    "LINK003": _link_server,
    "LINK004": _secure_link_server,
    "TERM101": _house_style,
    "TERM102": _house_style,
}


def lint_fixture(code: str, tmp_path: Path, request: pytest.FixtureRequest) -> tuple[list[dict], list[str]]:
    """The fixture copied to tmp_path and linted with only CODE selected: its findings, and
    the files it holds."""
    folder = tmp_path / code
    shutil.copytree(FIXTURES / code, folder)
    setup = Setup(folder, request)
    if code in SETUPS:
        SETUPS[code](setup)
    for path in folder.glob("*.md"):
        if setup.servers and path.is_file():
            text = path.read_text(encoding="utf-8")
            for placeholder, address in setup.servers.items():
                text = text.replace(placeholder, address)
            path.write_text(text, encoding="utf-8")
    flags = ["--offline"] if setup.offline else []
    result = medlint("check", "--format", "json", "--today", TODAY, "-j", "1", "--select",
                     ",".join(setup.select), *flags, str(folder))
    # exit 2 only where a crash is the case under test; otherwise say why medlint failed
    assert result.exit_code in ((2,) if code == "FILE007" else (0, 1)), result.stderr
    assert "Traceback" not in result.stderr
    findings = result.findings()
    for finding in findings:
        for placeholder, address in setup.servers.items():
            for key in ("message", "fix"):
                if key in finding:
                    finding[key] = finding[key].replace(address, placeholder)
    return findings, sorted(path.name for path in folder.iterdir() if path.suffix == ".md")


def compare(snapshot: Path, actual: str) -> None:
    if UPDATE:
        if not snapshot.exists() or snapshot.read_text(encoding="utf-8") != actual:
            snapshot.write_text(actual, encoding="utf-8")
        return
    assert snapshot.exists(), f"no snapshot {snapshot.name}: run with MEDLINT_UPDATE_SNAPSHOTS=1 and review it"
    expected = snapshot.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"snapshots/{snapshot.name}", "this run"))
        pytest.fail(f"findings changed (MEDLINT_UPDATE_SNAPSHOTS=1 accepts them):\n{diff}", pytrace=False)


@pytest.mark.parametrize("code", every_code())
def test_findings_match_the_snapshot(code: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    findings, files = lint_fixture(code, tmp_path, request)
    lines = [snapshot_line(f) for f in findings]
    header = f"# {code}: medlint check --select {code} on tests/fixtures/{code} (today {TODAY})\n"
    compare(SNAPSHOTS / f"{code}.txt", header + "".join(line + "\n" for line in lines))

    assert {f["code"] for f in findings} == {code}, lines
    with_findings = {Path(f["path"]).name for f in findings}
    bad = {name for name in files if name.startswith("bad-")}
    assert with_findings == bad, f"findings in {sorted(with_findings)}, bad cases {sorted(bad)}"


def test_every_rule_has_a_fixture_and_a_snapshot() -> None:
    codes = set(every_code())
    fixtures = {path.name for path in FIXTURES.iterdir() if path.is_dir()}
    snapshots = {path.stem for path in SNAPSHOTS.glob("*.txt")}
    assert fixtures == codes, f"rules without fixture: {codes - fixtures}; stale: {fixtures - codes}"
    assert snapshots == codes, f"rules without snapshot: {codes - snapshots}; stale: {snapshots - codes}"
    for code in codes:
        names = [path.name for path in (FIXTURES / code).iterdir()]
        assert any(n.startswith("good-") for n in names), f"{code}: no good case"
        assert any(n.startswith("bad-") for n in names) or code in SETUPS, f"{code}: no bad case"
