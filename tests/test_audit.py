"""Editors' audits: scores, CSV, history, and the HTML report in a real headless browser."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
from conftest import TODAY, medlint

from linter.findings import Finding, Severity
from linter.scoring import score

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def finding(code: str, severity: Severity) -> Finding:
    return Finding("a.md", 1, 1, code, 1, 2, "x", severity, "m")


def test_score_is_100_minus_weighted_findings() -> None:
    assert score([]) == 100.0
    assert score([finding("CIT001", Severity.WARNING)] * 2) == 91.0
    assert score([finding("TERM001", Severity.INFO)]) == 99.8
    assert score([finding("SPAM001", Severity.ERROR)] * 6) == 0.0


def audit(*args: str):
    return medlint("audit", "--offline", "--today", TODAY, *args)


def test_audit_lists_worst_first_and_writes_csv(tmp_path: Path) -> None:
    report = tmp_path / "r.csv"
    result = audit(str(EXAMPLES), "--report", str(report))
    assert result.exit_code == 0
    worst = [line.split()[-1] for line in result.stdout.splitlines() if line.startswith("  ")]
    assert Path(worst[0]).name == "comment-spam.md" and Path(worst[-1]).name == "clean-her2-basics.md"
    rows = list(csv.DictReader(report.open()))
    assert [r["path"] for r in rows] == worst
    clean = rows[-1]
    assert (clean["score"], clean["CIT"], clean["total"]) == ("100.0", "0", "0")


def test_history_records_each_audit_and_shows_the_trend(tmp_path: Path) -> None:
    archive, history, page = tmp_path / "archive", tmp_path / "h.sqlite", tmp_path / "r.html"
    shutil.copytree(EXAMPLES, archive)
    audit(str(archive), "--history", str(history))
    # The first audit's total, as a check of the same archive counts it.
    before = len(medlint("check", "--format", "json", "--offline", "--today", TODAY, str(archive)).findings())
    (archive / "clean-her2-basics.md").write_text("Studies show it. Her2.\n")
    audit(str(archive), "--history", str(history), "--report", str(page))
    html = page.read_text()
    assert f"findings now, {before} at the previous audit" in html
    assert 'id="trend-chart"' in html


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    webdriver = pytest.importorskip("selenium.webdriver")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("needs Debian's chromium and chromium-driver")
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,1400"):
        options.add_argument(flag)
    # The browser's profile, crash reports and caches live in the test's own folder, never in
    # the user's home.
    home = tmp_path_factory.mktemp("browser-home")
    options.add_argument(f"--user-data-dir={home / 'profile'}")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache")}
    from selenium.webdriver.chrome.service import Service

    driver = webdriver.Chrome(service=Service(executable_path=driver_path, env=env), options=options)
    yield driver
    driver.quit()


def test_html_report_renders_sorts_filters_and_charts(browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page = tmp_path / "report.html"
    assert audit(str(EXAMPLES), "--report", str(page)).exit_code == 0
    assert "<script src" not in page.read_text() and "<link " not in page.read_text()
    browser.get(page.as_uri())

    def paths() -> list[str]:
        return [Path(row.get_attribute("data-path")).name
                for row in browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr.article")
                if row.is_displayed()]

    assert paths()[0] == "comment-spam.md" and paths()[-1] == "clean-her2-basics.md"
    bars = browser.find_elements(By.CSS_SELECTOR, "#category-chart g.bar")
    assert [b.get_attribute("data-category") for b in bars][:2] == ["CIT", "DATE"]
    assert float(browser.find_element(By.CSS_SELECTOR, "g.bar[data-category=CIT] rect").get_attribute("width")) > 0

    browser.find_element(By.CSS_SELECTOR, "th[data-key=score]").click()  # now best first
    assert paths()[0] == "clean-her2-basics.md"
    browser.find_element(By.CSS_SELECTOR, "th[data-key=path]").click()
    assert paths() == sorted(paths())

    Select(browser.find_element(By.ID, "filter-category")).select_by_value("SPAM")
    assert set(paths()) == {"comment-spam.md", "pharmacy-page.md"}
    Select(browser.find_element(By.ID, "filter-category")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-code")).select_by_value("LINK005")
    assert paths() == ["broken-citations.md"]
    row = browser.find_element(By.CSS_SELECTOR, "tr.article[data-path$='broken-citations.md']")
    row.find_element(By.TAG_NAME, "summary").click()  # expands its findings
    assert "line 12:1 LINK005" in row.find_element(By.TAG_NAME, "details").text
    Select(browser.find_element(By.ID, "filter-code")).select_by_value("")
    browser.find_element(By.ID, "filter-text").send_keys("side effects")  # a title, not a path
    assert paths() == ["broken-citations.md"]
    browser.find_element(By.ID, "filter-text").clear()
    score_box = browser.find_element(By.ID, "filter-score")
    score_box.clear()
    score_box.send_keys("50")
    assert sorted(paths()) == ["comment-spam.md", "pharmacy-page.md"]
    assert browser.find_element(By.ID, "shown").text == "2 of 6 articles"


def _archive_with_history(tmp_path: Path) -> tuple[Path, Path]:
    """The examples audited twice with a history, an article improved in between."""
    archive, history, page = tmp_path / "her2-archive", tmp_path / "h.sqlite", tmp_path / "r.html"
    shutil.copytree(EXAMPLES, archive)
    assert audit(str(archive), "--history", str(history)).exit_code == 0
    stale = archive / "stale-blog-post.md"
    stale.write_text(stale.read_text().replace("Studies show", "Our editors think"))
    assert audit(str(archive), "--history", str(history), "--report", str(page)).exit_code == 0
    return archive, page


def _viewport(browser, width: int, scripts: bool = True) -> None:
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not scripts})


def _screenshot(browser, name: str, tmp_path: Path) -> Path:
    """The whole page, kept only where asked (MEDLINT_TEST_ARTIFACTS), never in the checkout."""
    artifacts = Path(os.environ.get("MEDLINT_TEST_ARTIFACTS") or tmp_path)
    artifacts.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    width = browser.execute_script("return window.innerWidth")
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    screenshot = artifacts / name
    assert browser.save_screenshot(str(screenshot)) and screenshot.stat().st_size > 10_000
    return screenshot


@pytest.mark.parametrize("width", [1400, 390])
def test_report_shows_what_editors_act_on_at_desktop_and_phone_widths(browser, tmp_path: Path,
                                                                      width: int) -> None:
    from selenium.webdriver.common.by import By

    _, page = _archive_with_history(tmp_path)
    _viewport(browser, width)
    try:
        browser.get(page.as_uri())
        assert browser.execute_script("return window.innerWidth") == width
        assert browser.execute_script(  # nothing but the tables scrolls sideways
            "var root = document.documentElement; return root.scrollWidth <= root.clientWidth")
        assert browser.find_element(By.ID, "archive-name").text == "her2-archive"
        stale = browser.find_element(By.CSS_SELECTOR, "#articles tr[data-path$='stale-blog-post.md']")
        assert stale.find_element(By.CSS_SELECTOR, ".title").text == "Thoughts on Her2 breast cancer"
        meta = stale.find_element(By.CSS_SELECTOR, ".meta").text
        assert "stale-blog-post.md" in meta and "her2-archive" in meta and "Published 2012-09-12" in meta
        assert stale.find_element(By.CSS_SELECTOR, "td.change").text == "+4.5"
        assert browser.find_element(By.CSS_SELECTOR, "#articles tr[data-path$='clean-her2-basics.md']"
                                    " td.change").text == "±0"
        axis = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#trend-chart text.axis-x")]
        assert len(axis) == 2 and all(len(label) == 10 and label[4] == "-" for label in axis)
        legend = browser.find_element(By.ID, "trend-legend").text
        total = browser.find_element(By.ID, "total-findings").text
        cited = browser.find_elements(By.CSS_SELECTOR, "g.bar[data-category=CIT] text")[-1].text
        assert f"All findings ({total})" in legend and f"Citations ({cited})" in legend
        overdue = [r.get_attribute("data-path").rsplit("/", 1)[-1]
                   for r in browser.find_elements(By.CSS_SELECTOR, "#overdue tbody tr")]
        assert overdue == ["pharmacy-page.md", "stale-blog-post.md"]  # no date first
        uncited = browser.find_element(By.CSS_SELECTOR, "#uncited tbody tr")
        assert "Understanding Her2 Positive Breast Cancer" in uncited.text
        for element in (stale, browser.find_element(By.ID, "trend-chart"),
                        browser.find_element(By.ID, "overdue"), browser.find_element(By.ID, "uncited-csv")):
            assert element.is_displayed()
        _screenshot(browser, f"audit-report-{width}.png", tmp_path)
    finally:
        _viewport(browser, 1280)


def test_report_is_complete_with_scripts_off(browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    _, page = _archive_with_history(tmp_path)
    _viewport(browser, 1400, scripts=False)
    try:
        browser.get(page.as_uri())
        assert browser.find_element(By.ID, "shown").text == ""  # the script did not run
        rows = browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr.article")
        assert len(rows) == 6 and all(row.is_displayed() for row in rows)
        assert rows[0].find_element(By.CSS_SELECTOR, ".title").text == "HER2 testing explained"
        rows[0].find_element(By.TAG_NAME, "summary").click()  # <details> opens without scripts
        assert "SPAM" in rows[0].find_element(By.TAG_NAME, "details").text
        assert len(browser.find_elements(By.CSS_SELECTOR, "#overdue tbody tr")) == 2
        assert len(browser.find_elements(By.CSS_SELECTOR, "#trend-table tbody tr")) == 2
        link = browser.find_element(By.ID, "overdue-csv").get_attribute("href")
        assert link.startswith("data:text/csv;charset=utf-8;base64,")
        _screenshot(browser, "audit-report-no-scripts.png", tmp_path)
    finally:
        _viewport(browser, 1280)


def test_view_tables_sort_by_any_column(browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    _, page = _archive_with_history(tmp_path)
    browser.get(page.as_uri())

    def overdue() -> list[str]:
        return [r.get_attribute("data-path").rsplit("/", 1)[-1]
                for r in browser.find_elements(By.CSS_SELECTOR, "#overdue tbody tr")]

    score = browser.find_elements(By.CSS_SELECTOR, "#overdue th")[-1]
    score.click()  # a number column sorts the highest first
    assert overdue() == ["stale-blog-post.md", "pharmacy-page.md"]
    score.click()
    assert overdue() == ["pharmacy-page.md", "stale-blog-post.md"]


HOSTILE_TITLE = "</script><script>window.pwned = 1</script><!--"


def _hostile_archive(tmp_path: Path) -> Path:
    archive = tmp_path / "archive"
    archive.mkdir()
    article = (f"---\ntitle: '{HOSTILE_TITLE}'\ndate: 2020-01-01\n---\n\nStudies show 90% of "
               "people.\n\n[x](<!--<script>.md)\n")
    for name in ("<!--<script>.md", "\"><img src=x onerror=window.pwned=2>.md", "__DATA__.md"):
        (archive / name).write_text(article, encoding="utf-8")
    return archive


def test_hostile_names_and_titles_are_shown_never_run(browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    archive, page = _hostile_archive(tmp_path), tmp_path / "r.html"
    assert audit(str(archive), "--report", str(page)).exit_code == 0
    text = page.read_text(encoding="utf-8")
    data = text.split('id="audit-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\\u003c!--\\u003cscript\\u003e.md" in data
    for scripts in (True, False):
        _viewport(browser, 1400, scripts=scripts)
        try:
            browser.get(page.as_uri())
            assert browser.execute_script("return window.pwned === undefined") is not False
            assert len(browser.find_elements(By.TAG_NAME, "script")) == 2
            assert len(browser.find_elements(By.TAG_NAME, "img")) == 0
            rows = browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr.article")
            assert sorted(Path(r.get_attribute("data-path")).name for r in rows) == sorted(
                p.name for p in archive.iterdir())
            assert {r.find_element(By.CSS_SELECTOR, ".title").text for r in rows} == {HOSTILE_TITLE}
            uncited = browser.find_elements(By.CSS_SELECTOR, "#uncited tbody tr .title")
            assert [title.text for title in uncited] == [HOSTILE_TITLE] * 3
        finally:
            _viewport(browser, 1280)
    browser.get(page.as_uri())
    assert browser.find_element(By.ID, "shown").text == "3 of 3 articles"  # the script still runs


def _crafted_history(path: Path) -> None:
    """A history as someone else might leave it: rows of the wrong types and sizes, markup."""
    import sqlite3

    from linter.reports.history import SCHEMA

    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    rows = [("2026-01-01T00:00:00", 3, 30, 80.0, '{"CIT": 10}'),
            ("<script>window.pwned=3</script>", 3, 30, 80.0, "{}"),
            ("2026-02-01T00:00:00", "</script><script>window.pwned=4</script>", 30, 80.0, "{}"),
            ("2026-03-01T00:00:00", 3, 30, 1e308, "{}"),
            ("2026-04-01T00:00:00", 3, 30, 80.0, "[" * 100_000),
            ("2026-05-01T00:00:00", 3, 30, 80.0, '{"<img src=x>": 1}'),
            ("2026-06-01T00:00:00", 3, 25, 75.0, '{"CIT": 5, "DATE": 20}')]
    connection.executemany("INSERT INTO audits (run_at, files, findings, mean_score, by_category,"
                           " by_severity) VALUES (?, ?, ?, ?, ?, '{}')", rows)
    last = connection.execute("SELECT max(id) FROM audits").fetchone()[0]
    connection.executemany("INSERT INTO scores VALUES (?, ?, ?, 1)", [
        (last, "x" * 5000, 50.0), (last, "ignored.md", "<script>window.pwned=5</script>")])
    connection.commit()
    connection.close()


def test_a_crafted_history_is_validated_and_never_reaches_the_page_as_markup(
        browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    archive, page, history = _hostile_archive(tmp_path), tmp_path / "r.html", tmp_path / "h.sqlite"
    _crafted_history(history)
    result = audit(str(archive), "--history", str(history), "--report", str(page))
    assert result.exit_code == 0
    assert result.stderr.count("warning") == 1 and "ignored 5 row(s)" in result.stderr
    text = page.read_text(encoding="utf-8")
    assert "pwned=3" not in text and "pwned=4" not in text and "<img src=x>" not in text
    import re

    trend_table = text.split('id="trend-table"')[1].split("</table>")[0]
    dates = re.findall(r"<tr><td>([^<]*)</td>", trend_table)
    assert dates[-2:] == ["2026-06-01", "2026-01-01"]  # the two valid earlier audits, newest first
    browser.get(page.as_uri())
    assert browser.execute_script("return window.pwned === undefined") is not False
    assert "25 at the previous audit (2026-06-01)" in browser.find_element(By.ID, "trend-summary").text


@pytest.mark.parametrize("damage", ["not a database", "truncated"])
def test_an_unusable_history_is_one_warning_and_the_audit_goes_on(tmp_path: Path, damage: str) -> None:
    history, page = tmp_path / "h.sqlite", tmp_path / "r.html"
    if damage == "not a database":
        history.write_bytes(b"\x00garbage" * 1000)
    else:
        assert audit(str(EXAMPLES), "--history", str(history)).exit_code == 0
        data = history.read_bytes()
        history.write_bytes(data[:100] + b"\xff" * 400 + data[500:])  # a damaged header page
    before = history.read_bytes()
    result = audit(str(EXAMPLES), "--history", str(history), "--report", str(page))
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "cannot use as audit history" in warnings[0]
    assert "Traceback" not in result.stderr and "No earlier audits" in page.read_text()
    assert history.read_bytes() == before  # left as it was


def test_fail_under_makes_audit_a_ci_gate(tmp_path: Path) -> None:
    passing = audit(str(EXAMPLES / "clean-her2-basics.md"), "--fail-under", "90")
    assert passing.exit_code == 0
    failing = audit(str(EXAMPLES), "--fail-under", "50", "--report", str(tmp_path / "r.csv"))
    assert failing.exit_code == 1 and "articles below --fail-under 50" in failing.stderr
    assert (tmp_path / "r.csv").exists()  # the reports are written before the gate closes
    assert audit(str(EXAMPLES), "--fail-under", "0").exit_code == 0
    assert audit(str(EXAMPLES), "--fail-under", "101").exit_code == 2


def test_ties_in_score_sort_by_severity_then_the_oldest_date(tmp_path: Path) -> None:
    from datetime import datetime

    from linter.article_facts import ArticleFacts
    from linter.reports import Audit

    one_error = [Finding("e.md", 1, 1, "LINK001", 1, 2, "x", Severity.ERROR, "m")]
    warnings = [Finding("w.md", 1, 1, "DATE002", 1, 2, "x", Severity.WARNING, "m")] * 3 + [
        Finding("w.md", 1, 1, "READ001", 1, 2, "x", Severity.INFO, "m")] * 2  # also 90 points
    facts = {"old.md": ArticleFacts(published="2010-01-01"), "new.md": ArticleFacts(reviewed="2026-01-01"),
             "none.md": ArticleFacts()}
    result = Audit.build({"w.md": warnings, "new.md": one_error, "old.md": one_error,
                          "none.md": one_error, "e.md": one_error}, datetime(2026, 11, 21), facts)
    assert [a.score for a in result.articles] == [90.0] * 5
    assert [a.path for a in result.articles] == ["e.md", "none.md", "old.md", "new.md", "w.md"]


def test_view_csv_downloads_are_the_tables_with_formulas_neutralised(tmp_path: Path) -> None:
    import base64

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "=cmd.md").write_text("---\ntitle: \"@SUM(1+1)\"\n---\n\nStudies show 90% of people.\n")
    page = tmp_path / "r.html"
    assert audit(str(archive), "--report", str(page)).exit_code == 0
    text = page.read_text(encoding="utf-8")
    for view in ("overdue", "uncited"):
        link = text.split(f'id="{view}-csv"', 1)[1].split('href="', 1)[1].split('"', 1)[0]
        table = base64.b64decode(link.split("base64,", 1)[1]).decode("utf-8")
        rows = list(csv.reader(table.splitlines()))
        assert len(rows) == 2 and rows[1][1] == "'@SUM(1+1)"
        assert rows[1][0].endswith("=cmd.md") and not rows[1][0].startswith("=")
