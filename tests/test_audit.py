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
    (archive / "clean-her2-basics.md").write_text("Studies show it. Her2.\n")
    audit(str(archive), "--history", str(history), "--report", str(page))
    html = page.read_text()
    assert "findings now, 47 at the previous audit" in html
    assert 'id="trend-chart"' in html


@pytest.fixture(scope="module")
def browser():
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
    from selenium.webdriver.chrome.service import Service

    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
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
