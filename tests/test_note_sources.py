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
