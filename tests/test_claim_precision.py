"""CIT001/CIT002 false-positive classes of the session-5 audit, in our own words: each case
keeps the false positive quiet and an unsourced claim of the same shape reported, as whole
findings (start, end, severity, message)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from conftest import TODAY, medlint


def findings(tmp_path: Path, markdown: str, codes: str) -> list[tuple[int, int, int, int, str, str, str]]:
    path = tmp_path / "article.md"
    path.write_text(textwrap.dedent(markdown), encoding="utf-8")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY, "--select", codes, str(path))
    assert result.exit_code in (0, 1), result.stderr
    return [(f["line"], f["column"], f["end_line"], f["end_column"], f["code"], f["severity"], f["message"])
            for f in result.findings()]


def test_a_range_in_a_table_that_classifies_bounds_a_class(tmp_path: Path) -> None:
    markdown = """\
        # Bleeding

        | Level | Volume lost | Share of blood lost |
        |---|---|---|
        | I | up to 700 mL | 0-14% |
        | II | 700-1400 mL | 14-29% |

        | Test | Normal | Borderline | High |
        |---|---|---|---|
        | Glycated haemoglobin | 4-5.6% | 5.7-6.4% | 6.5% or more |

        | Grade | Share of adults affected |
        |---|---|
        | Mild | 20-25% |

        | Class | Yearly risk of rupture |
        |---|---|
        | Large | 10-20% per year |
        """
    # A range or an open bound ("6.5% or more") in a table that classifies bounds a class; the
    # third table's header names no classification, so its range is a prevalence, and so is a
    # range in a classifying table's column headed by a rate.
    assert findings(tmp_path, markdown, "CIT001") == [
        (14, 10, 14, 16, "CIT001", "warning", "statistic '20-25%' has no source"),
        (18, 11, 18, 17, "CIT001", "warning", "statistic '10-20%' has no source"),
    ]


def test_a_range_under_a_class_column_and_a_rate_beside_it(tmp_path: Path) -> None:
    markdown = """\
        # Heart pumping

        | Ejection fraction | Interpretation |
        |---|---|
        | 50-70% | Normal |
        | 41-49% | Mildly reduced |

        About 30-40% of people with heart failure have a reduced ejection fraction.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (8, 7, 8, 13, "CIT001", "warning", "statistic '30-40%' has no source"),
    ]


def test_a_bound_on_a_studys_size_is_no_statistic(tmp_path: Path) -> None:
    markdown = """\
        # Pacing

        - **Limits:** every trial so far was run in single clinics with fewer than 30 patients.
        - **Limits:** the studies had small samples (under 150 participants) and short follow-up.
        - Fewer than 40 patients in the country have this syndrome.
        - The pilot enrolled 60 patients, and 35% of them improved.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (5, 14, 5, 25, "CIT001", "warning", "statistic '40 patients' has no source"),
        (6, 22, 6, 33, "CIT001", "warning", "statistics '60 patients' and '35%' have no source"),
    ]


def test_a_risk_lowered_by_the_readers_own_care_is_advice_not_an_appeal(tmp_path: Path) -> None:
    markdown = """\
        # Living with diabetes

        Eye and kidney damage can follow, but the risk is significantly reduced with steady daily management.

        With careful precautions, such as checking levels and carrying snacks, the risk of a low can be significantly reduced.

        The new tablet significantly reduced the risk of kidney failure.

        Mortality was significantly reduced with intensive management in the trial.
        """
    assert findings(tmp_path, markdown, "CIT002") == [
        (7, 16, 7, 37, "CIT002", "warning",
         "claim 'significantly reduced' appeals to research or an authority but cites none"),
        (9, 15, 9, 36, "CIT002", "warning",
         "claim 'significantly reduced' appeals to research or an authority but cites none"),
    ]


def test_a_legal_alcohol_limit_converted_to_a_percentage_is_no_statistic(tmp_path: Path) -> None:
    markdown = """\
        # Drink-driving

        - **40 micrograms of alcohol in 100 millilitres of breath** (≈ **0.04% {{<abbr "BAC" "Blood Alcohol Concentration" >}}**)
        - The limit is about 0.06% in blood and 0.02% in breath.
        - About 12% in blood donor surveys drove after drinking.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (5, 9, 5, 12, "CIT001", "warning", "statistic '12%' has no source"),
    ]
