"""HER2 currency: therapies called new or unapproved after their approval (DATE008), outdated
statements the dated-facts pack knows (DATE010) and claims tied to a date (DATE011).

Every fixture here was written for this project, in the styles of patient information and of
clinicians' notes; each finding is asserted at its line and column with the drug and the
source its message names."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import TODAY, medlint


@pytest.fixture()
def findings(tmp_path: Path):
    """findings(markdown, *flags) -> ['line:col CODE message', ...] via --format json."""

    def run(text: str, *flags: str, name: str = "article.md") -> list[str]:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        result = medlint("check", "--format", "json", "--offline", "--today", TODAY, *flags, str(path))
        assert result.exit_code in (0, 1), result.stderr
        return [f"{f['line']}:{f['column']} {f['code']} {f['message']}" for f in result.findings()]

    return run


def test_date008_names_the_subject_not_a_split_wikilink_or_the_comparator(findings) -> None:
    found = findings("""\
        # Metastatic HER2+ second line

        [[Trastuzumab]] deruxtecan (T-DXd) is an emerging option vs. trastuzumab emtansine.
        """, "--select", "DATE008")
    assert len(found) == 1
    assert found[0].startswith("3:3 DATE008 Trastuzumab deruxtecan (fam-trastuzumab deruxtecan) "
                               "is called 'emerging' but was FDA-approved on 2019-12-20")
    assert "BLA 761139 (Enhertu), 20 December 2019" in found[0]


@pytest.mark.parametrize("sentence", [
    "[[Trastuzumab]] deruxtecan (T-DXd): emerging data as 2nd line vs. trastuzumab emtansine.",
    "In 1998 trastuzumab was a new kind of drug.",
    "Trials are testing T-DXd before surgery, and it is being studied in early breast cancer.",
    "New results for pertuzumab were presented this year.",
    "Zanidatamab is a new bispecific antibody, studied after trastuzumab.",
    "Tucatinib is not approved in the UK for use before surgery.",
])
def test_date008_leaves_other_subjects_settings_and_history_alone(findings, sentence: str) -> None:
    assert findings(sentence + "\n", "--select", "DATE008") == []


def test_date008_lists_brand_and_abbreviation_once_per_drug(findings) -> None:
    found = findings("Newer drugs such as Kadcyla (T-DM1) and **Enhertu** are options.\n",
                     "--select", "DATE008")
    assert [f.split(" is called")[0] for f in found] == [
        "1:21 DATE008 Kadcyla (ado-trastuzumab emtansine)",
        "1:43 DATE008 Enhertu (fam-trastuzumab deruxtecan)",
    ]


def test_date008_unapproved_words_are_wrong_from_the_approval_day(findings) -> None:
    found = findings("""\
        ---
        date: 2023-02-01
        ---
        T-DXd for HER2-low disease is still experimental.

        ## Therapies under development

        - DS-8201 for HER2-low breast cancer
        - Zanidatamab, a bispecific antibody
        """, "--select", "DATE008")
    assert [f.split(" but ")[0] for f in found] == [
        "4:1 DATE008 T-DXd (fam-trastuzumab deruxtecan) is called 'experimental'",
        "8:3 DATE008 DS-8201 (fam-trastuzumab deruxtecan) is called 'under development'",
    ]
    assert all("on 2022-08-05" in f and "BLA 761139/S-017" in f for f in found)
