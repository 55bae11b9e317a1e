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
    assert "findings now, 48 at the previous audit" in html
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
                for row in browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr.article")]

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
    browser.find_element(By.CSS_SELECTOR, "tr.article").click()  # expands its findings
    details = browser.find_element(By.CSS_SELECTOR, "tr.details").text
    assert "line 12:1 LINK005" in details
    Select(browser.find_element(By.ID, "filter-code")).select_by_value("")
    score_box = browser.find_element(By.ID, "filter-score")
    score_box.clear()
    score_box.send_keys("50")
    assert paths() == ["comment-spam.md", "pharmacy-page.md"]
    assert browser.find_element(By.ID, "shown").text == "2 of 6 articles"

    # Kept for a human to look at only where asked (MEDLINT_TEST_ARTIFACTS): never in the checkout.
    artifacts = Path(os.environ.get("MEDLINT_TEST_ARTIFACTS") or tmp_path)
    artifacts.mkdir(parents=True, exist_ok=True)
    screenshot = artifacts / "audit-report.png"
    assert browser.save_screenshot(str(screenshot)) and screenshot.stat().st_size > 10_000
