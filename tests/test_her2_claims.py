"""DATE010's claims read by their parts, and what DATE008 and DATE011 learned beside them.

A fact's `claims` (rules/data/her2-facts.yml) say what an outdated statement is about, in which
setting, and what it says, each as terms an editor can extend; the sentences here reach them
the ways real pages do: the drug named in an earlier clause, by the section, by a callout's
title or only by a pronoun; the setting named by the question a FAQ answer answers or by a
table's header row. Beside them, statements that must stay quiet: a question, history, a
claim split across two clauses, another drug's biosimilar. Every article was written for this
test. Each case asserts whole findings: position, severity, code and message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import medlint

TODAY = "2026-12-01"
SELECT = "DATE008,DATE010,DATE011"

USPSTF_FROM_40 = (
    'outdated since 2024-04-30: the USPSTF recommended screening mammography every other year from '
    'age 40 to 74 (its 2016 recommendation started at 50 and left the 40s to individual choice) '
    '(USPSTF final recommendation statement, Screening for Breast Cancer, 30 April 2024 (JAMA '
    '2024;331(22):1918-1930))'
)
TDM1_NO_LONGER_SECOND_LINE = (
    'outdated since 2022-05-04: trastuzumab deruxtecan replaced T-DM1 as the preferred second-line '
    'treatment of HER2-positive metastatic breast cancer after DESTINY-Breast03, and the FDA '
    'approved it after one prior anti-HER2 regimen (DESTINY-Breast03 (Cortés et al., N Engl J Med '
    '2022;386:1143-1154); FDA approval, BLA 761139 (Enhertu), 4 May 2022)'
)

# (case, article, findings as (line, column, end line, end column, severity, code, message)).
CASES = [
    ('clause-subject',
     'Enhertu works in HER2-positive breast cancer, but for a HER2-mutant lung tumour you would have to join a trial.\n',
     [
         (1, 1, 1, 112, 'warning', 'DATE010', 'outdated since 2022-08-11: trastuzumab deruxtecan was FDA-approved (accelerated approval) for non-small cell lung cancer with activating HER2 (ERBB2) mutations after prior systemic therapy (FDA accelerated approval, BLA 761139 (Enhertu), 11 August 2022; DESTINY-Lung02)'),
     ]),
    ('section-subject',
     '## Enhertu\n\n- HER2-low: FDA-approved in 2022\n- HER2-ultralow: not yet licensed\n',
     [
         (4, 3, 4, 34, 'warning', 'DATE010', 'outdated since 2025-01-27: trastuzumab deruxtecan was FDA-approved for HR-positive HER2-low or HER2-ultralow metastatic breast cancer after one or more endocrine therapies (FDA supplemental approval, BLA 761139 (Enhertu), 27 January 2025; DESTINY-Breast06 (Bardia et al., N Engl J Med 2024;391:2110-2122))'),
     ]),
    ('faq-question',
     '**Do I need a mammogram in my forties?**\n\nThe task force says it can wait until 50.\n',
     [
         (3, 1, 3, 42, 'warning', 'DATE010', USPSTF_FROM_40),
     ]),
    ('table-header',
     '| Age | Mammogram advice (USPSTF) |\n|---|---|\n| 40-49 | individual decision (grade C) |\n',
     [
         (3, 3, 3, 40, 'warning', 'DATE010', USPSTF_FROM_40),
     ]),
    ('pronoun',
     'Kadcyla is given into a vein every three weeks. When the cancer grows after the first treatment, it is the usual next step.\n',
     [
         (1, 49, 1, 124, 'warning', 'DATE010', TDM1_NO_LONGER_SECOND_LINE),
     ]),
    ('callout',
     '> [!note] Second line\n> Kadcyla (T-DM1), the usual choice\n',
     [
         (2, 3, 2, 36, 'warning', 'DATE010', TDM1_NO_LONGER_SECOND_LINE),
     ]),
    ('predates',
     '---\ndate: 2018-05-01\n---\nTucatinib is a new tablet that is still being tested in trials.\n',
     [
         (4, 1, 4, 64, 'warning', 'DATE010', 'outdated since 2020-04-17: tucatinib with trastuzumab and capecitabine was FDA-approved for advanced HER2-positive breast cancer, including people with brain metastases (HER2CLIMB) (FDA approval letter, NDA 213411 (Tukysa), 17 April 2020; HER2CLIMB (Murthy et al., N Engl J Med 2020;382:597-609)); this article (dated 2018-05-01) predates the change'),
         (4, 35, 4, 53, 'warning', 'DATE011', "'still being tested': Tucatinib was FDA-approved on 2020-04-17: with trastuzumab and capecitabine, advanced HER2-positive breast cancer (FDA approval letter, NDA 213411 (Tukysa), 17 April 2020 (HER2CLIMB; Murthy et al., N Engl J Med 2020;382:597-609))"),
     ]),
    ('trial-before-approval',
     '---\ndate: 2016-05-01\n---\nONT-380 is currently in a phase 2 trial that includes people with brain metastases.\n',
     [
         (4, 1, 4, 84, 'warning', 'DATE010', 'outdated since 2020-04-17: tucatinib with trastuzumab and capecitabine was FDA-approved for advanced HER2-positive breast cancer, including people with brain metastases (HER2CLIMB) (FDA approval letter, NDA 213411 (Tukysa), 17 April 2020; HER2CLIMB (Murthy et al., N Engl J Med 2020;382:597-609)); this article (dated 2016-05-01) predates the change'),
         (4, 12, 4, 40, 'warning', 'DATE011', "'currently in a phase 2 trial': ONT-380 (tucatinib) was FDA-approved on 2020-04-17: with trastuzumab and capecitabine, advanced HER2-positive breast cancer (FDA approval letter, NDA 213411 (Tukysa), 17 April 2020 (HER2CLIMB; Murthy et al., N Engl J Med 2020;382:597-609))"),
     ]),
    ('fda-reviewing',
     '---\ndate: 2019-04-01\n---\nAs of April 2019, the FDA is reviewing Kadcyla for residual disease after surgery.\n',
     [
         (4, 1, 4, 17, 'warning', 'DATE011', "'As of April 2019': Kadcyla (ado-trastuzumab emtansine) was FDA-approved on 2019-05-03: adjuvant treatment of HER2-positive early breast cancer with residual invasive disease after neoadjuvant taxane and trastuzumab (KATHERINE) (FDA supplemental approval, BLA 125427 (Kadcyla), 3 May 2019 (KATHERINE; von Minckwitz et al., N Engl J Med 2019;380:617-628))"),
     ]),
    ('recent-old',
     '---\ndate: 2024-03-01\n---\nPhesgo has just been approved as an injection under the skin.\n',
     [
         (4, 1, 4, 7, 'warning', 'DATE008', "Phesgo (pertuzumab, trastuzumab and hyaluronidase) is called 'has just been approved' but was FDA-approved on 2020-06-29, 6 years 5 months ago: HER2-positive early and metastatic breast cancer, subcutaneous injection (FDA approval letter, BLA 761170 (Phesgo), 29 June 2020)"),
     ]),
    ('postdates',
     '---\ndate: 2024-05-01\n---\nTucatinib is a tablet that is still being tested in trials.\n',
     [
         (4, 31, 4, 49, 'info', 'DATE011', "'still being tested': the article's date (2024-05-01) is 2 years 7 months old; check it is still true of Tucatinib and date it"),
     ]),
    ('question',
     'Is Kadcyla still the standard second-line treatment?\n',
     []),
    ('history',
     'Before DESTINY-Breast03, Kadcyla was the standard second-line treatment.\n\nPrior recommendation (2016): mammograms from 50 (USPSTF).\n',
     []),
    ('two-clauses',
     'Enhertu is approved for HER2-low disease; it is not approved for HER2-null tumours.\n',
     []),
    ('other-biosimilar',
     'Enhertu has no biosimilar yet.\n',
     []),
    # A date an awaited event was expected by, passed ("results expected in 2021").
    ('results-expected',
     '---\ndate: 2019-06-01\n---\n- DESTINY-Breast03 (T-DXd vs T-DM1): results expected in 2021\n',
     [
         (4, 3, 4, 62, 'warning', 'DATE010', 'outdated since 2022-05-04: trastuzumab deruxtecan replaced T-DM1 as the preferred second-line treatment of HER2-positive metastatic breast cancer after DESTINY-Breast03, and the FDA approved it after one prior anti-HER2 regimen (DESTINY-Breast03 (Cortés et al., N Engl J Med 2022;386:1143-1154); FDA approval, BLA 761139 (Enhertu), 4 May 2022); this article (dated 2019-06-01) predates the change'),
         (4, 38, 4, 62, 'warning', 'DATE011', "'results expected in 2021': the date it expects (2021-12-31) has passed; "
          "since then DESTINY-Breast03 (fam-trastuzumab deruxtecan) led to FDA approval on 2022-05-04: HER2-positive "
          "metastatic breast cancer after one prior anti-HER2 regimen (DESTINY-Breast03) (FDA approval (regular), BLA "
          "761139 (Enhertu), 4 May 2022 (DESTINY-Breast03; Cortés et al., N Engl J Med 2022;386:1143-1154))"),
     ]),
    ('expected-to-follow',
     '---\ndate: 2020-02-01\n---\nEnhertu has accelerated approval. Full approval is expected to follow in 2022.\n',
     [
         (4, 49, 4, 78, 'warning', 'DATE011', "'is expected to follow in 2022': the date it expects (2022-12-31) has passed"),
     ]),
    # "Just approved" stays fair for two years from the approval, measured to today.
    ('recent-fresh',
     '---\ndate: 2025-03-01\n---\nEnhertu has just been approved for HER2-ultralow disease.\n',
     []),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    folder = tmp_path_factory.mktemp("claims")
    for name, text, _ in CASES:
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY, "-j1", "--select", SELECT,
                     str(folder))
    assert result.exit_code in (0, 1), result.stderr
    findings: dict[str, list[tuple]] = {name: [] for name, _, _ in CASES}
    for f in result.findings():
        findings[Path(f["path"]).stem].append(
            (f["line"], f["column"], f["end_line"], f["end_column"], f["severity"], f["code"], f["message"]))
    return findings


@pytest.mark.parametrize(("case", "expected"), [(c[0], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_whole_findings(found: dict[str, list[tuple]], case: str, expected: list[tuple]) -> None:
    assert sorted(found[case]) == sorted(expected)


CONFIG = """\
rules:
  DATE010:
    terms:
      EXAMPLUMAB: [examplumab, Exampla]
      NOT_YET: [not yet approved, still in trials]
      KIDNEY: [kidney cancer, renal cancer]
    facts:
      - id: examplumab-kidney
        changed: examplumab was approved for kidney cancer
        since: 2024-02-01
        source: an example approval letter, 1 February 2024
        claims:
%s
        current: Examplumab is approved for kidney cancer (since 2024).
"""
CLAIM = """\
          - about: ["<EXAMPLUMAB>"]
            setting: ["<KIDNEY>"]
            says: ["<NOT_YET>"]"""


def test_a_configuration_adds_a_fact_read_by_its_parts(tmp_path: Path) -> None:
    """Another team's fact, with its own terms and no Python: the claim needs its setting."""
    (tmp_path / ".medlint.yml").write_text(CONFIG % CLAIM, encoding="utf-8")
    (tmp_path / "a.md").write_text("For renal cancer, Exampla is still in trials.\n\n"
                                   "Exampla is still in trials for lung cancer.\n", encoding="utf-8")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY, "--select", "DATE010",
                     str(tmp_path / "a.md"))
    assert [(f["line"], f["column"], f["end_line"], f["end_column"], f["severity"], f["message"])
            for f in result.findings()] == [
        (1, 1, 1, 46, "warning", "outdated since 2024-02-01: examplumab was approved for kidney cancer "
                                 "(an example approval letter, 1 February 2024)"),
    ]


@pytest.mark.parametrize(("claim", "said"), [
    ('          - about: ["<EXAMPLUMAB>"]', "each claim is a mapping with 'about' and 'says'"),
    (CLAIM + "\n            when: later", "unknown claim field 'when'"),
    (CLAIM + "\n            dated_before: sometimes", "'dated_before' must be true or false"),
    ('          - about: ["<EXAMPLUMAB>"]\n            says: ["<NOPE>"]', "unknown term <NOPE>"),
])
def test_a_bad_claim_stops_the_run_in_one_line(tmp_path: Path, claim: str, said: str) -> None:
    (tmp_path / ".medlint.yml").write_text(CONFIG % claim, encoding="utf-8")
    (tmp_path / "a.md").write_text("Exampla is still in trials.\n", encoding="utf-8")
    result = medlint("check", "--offline", "--today", TODAY, "--select", "DATE010", str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and said in result.stderr, result.stderr
