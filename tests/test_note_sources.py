"""Issue 15, session 7: false positives of CIT003, TERM001, READ001 and CIT004 on real notes
and patient pages, each beside a true positive of the same shape that must still be reported.
Fixtures are written for this project."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Whole, lint_text

NO_SOURCES = "the article makes 1 medical claim(s) but cites no source and has no references section"


@pytest.fixture()
def findings(tmp_path: Path):
    """findings(markdown, *flags) -> (line, column, code, severity, message) of each finding."""

    def run(text: str, *flags: str, name: str = "note.md") -> list[Whole]:
        return [(f["line"], f["column"], f["code"], f["severity"], f["message"])
                for f in lint_text(tmp_path, text, *flags, name=name)]

    return run


def _note(provenance: str) -> str:
    return ("---\ntitle: Adrenal crisis\n---\n\n> [!info]\n>\n"
            f"> {provenance}\n\n# Adrenal crisis\n\nAbout 60% of crises follow an infection.\n")


@pytest.mark.parametrize("provenance", [
    "🌱 from: [[Okafor's Ward Notes]]",  # an author's book
    "🌱 來自: [[Okafor's Ward Notes]]",
    "created from: [[The Night Shift Handbook]]",  # a reference work
    "from: [[2021 Endocrine Society Guideline on Adrenal Care]]",  # a dated guideline
])
def test_a_provenance_line_naming_a_work_is_a_source(findings, provenance: str) -> None:
    assert findings(_note(provenance), "--select", "CIT003") == []


@pytest.mark.parametrize("provenance", [
    "🌱 from: [[adrenal disease]]",  # the author's own topic note: no source
    "🌱 來自: [[Endocrine emergencies]]",
    "from: [[Adrenal guideline notes]]",  # a guideline, but which one? no year
])
def test_a_provenance_line_naming_another_note_is_no_source(findings, provenance: str) -> None:
    assert findings(_note(provenance), "--select", "CIT003") == [
        (9, 1, "CIT003", "warning", NO_SOURCES)]


def test_the_provenance_must_be_the_whole_line(findings) -> None:
    # "from:" inside a sentence names nothing the note is taken from.
    note = ("# Adrenal crisis\n\nAdvice from: Okafor's Ward Notes say 60% of crises follow an "
            "infection.\n")
    assert findings(note, "--select", "CIT003") == [(1, 1, "CIT003", "warning", NO_SOURCES)]


def test_a_note_titled_as_the_guideline_it_reproduces_names_its_source(findings) -> None:
    guideline = ("# Summary of recommendations for testing thyroid nodules\n\n"
                 "- About 60% of nodules need no biopsy.\n")
    topic = "# Testing thyroid nodules\n\n- About 60% of nodules need no biopsy.\n"
    assert findings(guideline, "--select", "CIT003") == []
    assert findings(topic, "--select", "CIT003") == [(1, 1, "CIT003", "warning", NO_SOURCES)]


def test_a_note_titled_as_the_reference_work_it_reproduces_names_its_source(findings) -> None:
    """Audit s21: a vault's excerpt of a manual, titled by it ("Riverside Manual Kidney
    Disorders"), is that manual's, its figures too; a note titled by its topic is not."""
    excerpt = ("# Riverside Manual Kidney Disorders\n\n## Stones\n\n"
               "About 10% of adults form a kidney stone, and half form another within 10 years.\n")
    topic = excerpt.replace("Riverside Manual Kidney Disorders", "Kidney disorders")
    assert findings(excerpt, "--select", "CIT001,CIT003") == []
    assert [code for _, _, code, _, _ in findings(topic, "--select", "CIT001,CIT003")] == ["CIT003", "CIT001"]


def test_her2_inside_a_dotted_template_name_is_left_alone(findings) -> None:
    note = ("# Templates\n\nI keep onc.breast.Her2.early and onc.breast.Her2.late as templates "
            "for Her2 disease.\n\nThe Her2.The typo and Her2. at a sentence end are prose.\n")
    message = "Write 'HER2' rather than 'Her2'"
    assert findings(note, "--select", "TERM001") == [
        (3, 72, "TERM001", "warning", message),
        (5, 5, "TERM001", "warning", message),
        (5, 23, "TERM001", "warning", message),
    ]


PLAIN_LIST_PAGE = """\
# Treating an infected insect bite

Your GP may give you antibiotic tablets if the skin around the bite gets infected. You usually take them for a week.

It is important to keep taking the antibiotics until they are finished, even when you start feeling better again.

You can help your recovery and make yourself more comfortable by:

- taking paracetamol or ibuprofen regularly for the discomfort and swelling
- keeping the affected area raised on a pillow when you are resting or sleeping at night
- washing the area gently with soap and water and patting it dry with a clean towel

Try to avoid:

- scratching
- tight clothing
- perfumed creams

Go back to your GP if the redness is spreading quickly, or if you develop a high temperature.
"""

HARD_LIST_PAGE = """\
# Treating an infected insect bite

Antimicrobial therapy is generally indicated when periwound cellulitis develops, typically continued for approximately seven days.

Completion of the prescribed antimicrobial course is essential, irrespective of symptomatic improvement. Premature discontinuation predisposes to recurrence and antimicrobial resistance. Hypersensitivity reactions necessitate immediate discontinuation and medical evaluation.

Symptomatic management comprises:

- regular administration of simple analgesia or nonsteroidal anti-inflammatory medication
- elevation of the affected extremity to facilitate resolution of localised oedema
- gentle cleansing of the affected area with non-perfumed preparations

Patients should avoid:

- scratching
- occlusive clothing
- perfumed emollients

Seek medical reassessment if erythema progresses rapidly or systemic features develop. Lymphangitic streaking or pyrexia warrants urgent evaluation for systemic dissemination.
"""


def test_a_list_lead_in_and_one_word_items_do_not_raise_the_grade(findings) -> None:
    # Main read "…more comfortable by: taking paracetamol…" as one sentence and added
    # "scratching" to the next one's words: grade 8.7 for a plainly written page.
    assert findings(PLAIN_LIST_PAGE, "--select", "READ001") == []


def test_hard_prose_in_the_same_shape_is_still_reported(findings) -> None:
    # Its labels are not scored but still count towards the 100 words a score needs.
    assert findings(HARD_LIST_PAGE, "--select", "READ001") == [
        (3, 1, "READ001", "warning",
         "the article reads at grade 20.1 (Flesch-Kincaid grade), above the target grade 8")]


SOURCE_TABLE_QUOTE = """\
# Heat stroke

## Sources

| Field | Value |
| --- | --- |
| **Interview** | https://radio.example.org/heat-2025 (radio interview with Dr. Ana Lima, head of the city ambulance school) |

## Overview

"Every minute of cooling counts in heat stroke." -- Dr. Ana Lima, city ambulance service
"""


def test_a_quote_whose_speaker_the_source_table_names_is_sourced(findings) -> None:
    assert findings(SOURCE_TABLE_QUOTE, "--select", "CIT004") == []


def test_a_quote_whose_speaker_no_source_names_is_still_reported(findings) -> None:
    # The table names another Lima: the family name alone does not source the quote.
    other = SOURCE_TABLE_QUOTE.replace("interview with Dr. Ana Lima", "interview with Dr. Ben Lima")
    assert findings(other, "--select", "CIT004") == [
        (11, 53, "CIT004", "warning", "quote attributed to 'Dr. Ana Lima' has no link or reference")]


PAPER_NOTE = """\
# Key findings

1. Symptoms worsened the day after exertion in 78% of participants.
2. Studies show that recovery took more than two days.

## References

1. Roe A, Doe B. Tiredness after exertion. J Fatigue Res. 2009;4:12-19.
2. Poe C. Pacing in chronic fatigue. Fatigue Rev. 2005;2:40-48.
"""
PAPER_NOTE_FINDINGS = [
    (1, 1, "DATE002", "warning", "the article has no publication, update or review date"),
    (3, 48, "CIT001", "warning", "statistic '78%' has no source"),
    (4, 4, "CIT002", "warning", "claim 'Studies show' reports a research finding or appeals to an authority but cites none"),
    (8, 59, "DATE004", "warning", "newest reference published in 2009, 17 years ago (limit 10)"),
]


@pytest.mark.parametrize("place", [
    "Roe_2009_Exertion/key-findings.md",  # a literature folder's paper folder
    "Roe2009Exertion/notes.md",
    "critique-vanRoe-2009/notes.md",
    "pacing/Roe_2009_summary.md",  # a file named for its paper
    "FatigueNET_2009_GWAS/notes.md",  # a consortium's paper
    "trials/toxicity_in_stride-4.md",  # a file named for its trial by the trial's code
    "trials/STRIDE-4.md",
])
def test_a_note_filed_under_its_papers_name_is_that_papers(findings, tmp_path: Path, place: str) -> None:
    """Issue 15 (audit s9, class 1): a note in a folder named "Surname_YEAR_Topic" summarises
    that paper: its figures are the paper's results and its date is the paper's, and the list it
    keeps is the paper's context, not an evidence base gone stale."""
    (tmp_path / place).parent.mkdir(parents=True, exist_ok=True)
    assert findings(PAPER_NOTE, "--select", "CIT001,CIT002,CIT003,DATE002,DATE004", name=place) == []


@pytest.mark.parametrize("place", [
    "exertion/key-findings.md",  # a topic folder names no paper
    "Summer_2024_reading/notes.md",  # a season names no author
    "STATUS_2026-02-05/notes.md",  # a dated file names no paper
    "Update-2009/notes.md",
    "CURB-65/notes.md",  # a score is no trial's code: only a note's own name is read
])
def test_a_note_in_a_folder_naming_no_paper_is_still_reported(findings, tmp_path: Path, place: str) -> None:
    (tmp_path / place).parent.mkdir(parents=True, exist_ok=True)
    assert findings(PAPER_NOTE, "--select", "CIT001,CIT002,CIT003,DATE002,DATE004",
                    name=place) == PAPER_NOTE_FINDINGS


@pytest.mark.parametrize("head", [
    "# Key findings: Roe 2009 — tiredness after exertion",
    "# Notes - Roe et al. (2009)",
    "# Exertion notes\n\n**Primary source:** Roe & Doe (2009), \"Tiredness after exertion\"",
    "# Exertion trial",  # a note on one named trial
    "# STRIDE-4",  # a note titled by its trial's code (HA8: a vault's trial notes)
    "# Toxicity in STRIDE-4",
    "# Summary of WALKERx",
])
def test_a_note_heading_itself_with_its_paper_is_that_papers(findings, head: str) -> None:
    note = PAPER_NOTE.replace("# Key findings", head)
    assert findings(note, "--select", "CIT001,CIT002,CIT003,DATE002,DATE004") == []


@pytest.mark.parametrize("head", [
    "# Key findings: Summer 2009 — tiredness after exertion",  # a season, no author
    "# Exertion notes\n\nPrimary sources are listed below.",
    "# Clinical trial",  # a kind of trial, not one trial
    "# GIST 2",  # a vault's second copy of a disease note, not a trial's code
    "# COVID-19",  # a disease numbered like a trial
    "# Week 3",  # a course's week
    "# Summary of COVID",
])
def test_a_heading_naming_no_paper_leaves_the_note_reported(findings, head: str) -> None:
    note = PAPER_NOTE.replace("# Key findings", head)
    shift = head.count("\n")
    assert findings(note, "--select", "CIT001,CIT002,CIT003,DATE002,DATE004") == [
        (line + (shift if line > 1 else 0), column, code, severity, message)
        for line, column, code, severity, message in PAPER_NOTE_FINDINGS]


@pytest.mark.parametrize("label", [
    "**References**",  # a bold paragraph in place of a heading
    "**Sources:**",
    "Further reading:",
    "## Citations (3 papers)",  # a count after the list's name
    "## Papers analysed",  # a literature batch's list of the papers it read
])
def test_a_references_list_under_a_label_or_a_counted_heading_is_one(findings, label: str) -> None:
    note = ("# Pacing\n\nAbout 40% of patients felt better with pacing.\n\n"
            f"{label}\n\n- Roe2014 (pacing study)\n- Doe2018 (heart-rate monitors)\n")
    assert [f[2] for f in findings(note, "--select", "CIT003")] == []


def test_prose_after_a_labelled_list_is_still_the_articles(findings) -> None:
    # The label opens a list; the paragraph below the list is prose again, with its claims.
    note = ("# Pacing\n\n**Sources:**\n\n- Clinic leaflet (2024)\n\n"
            "About 40% of patients felt better with pacing.\n")
    assert findings(note, "--select", "CIT001") == [
        (7, 7, "CIT001", "warning", "statistic '40%' has no source")]
    assert findings(note.replace("**Sources:**", "**Sources for this page, checked by our team:**"),
                    "--select", "CIT003") == [(1, 1, "CIT003", "warning", NO_SOURCES)]


def test_a_note_taken_from_a_named_work_has_its_figures_sourced_by_it(findings) -> None:
    """HA6 and HA7: the figures of a note clipped from a named book are the book's (CIT001 and
    CIT002, as CIT003 already read it); a clip of the author's own topic note has no source."""
    assert findings(_note("🌱 來自: [[Okafor's Ward Notes]]"), "--select", "CIT001,CIT002") == []
    assert findings(_note("🌱 來自: [[Endocrine emergencies]]"), "--select", "CIT001,CIT002") == [
        (11, 7, "CIT001", "warning", "statistic '60%' has no source")]


def test_a_references_heading_after_a_marker_is_one(findings) -> None:
    # "#### ■ FURTHER READING" in a clipped textbook chapter names its references list.
    note = ("# Pacing\n\nAbout 40% of patients felt better with pacing.\n\n"
            "#### ■ FURTHER READING\n\n- Roe A, Doe B. Pacing. J Fatigue. 2014;3:1-9.\n")
    assert findings(note, "--select", "CIT003") == []


def test_a_reading_note_headed_by_its_papers_record_is_as_current_as_the_paper(findings) -> None:
    """HA7: a note headed by one paper's PMID reports that paper's results, so it is neither
    undated (DATE002) nor without sources (CIT003), as it already was not for CIT001."""
    note = "# Notes on a fatigue trial\n\n**PMID:** 31234567\n\n## Findings\n\n- Fatigue fell in 40% of patients.\n"
    assert findings(note, "--select", "CIT001,CIT003,DATE002") == []
    unheaded = note.replace("**PMID:** 31234567\n\n", "")
    assert [f[2] for f in findings(unheaded, "--select", "CIT001,CIT003,DATE002")] == [
        "CIT003", "DATE002", "CIT001"]
