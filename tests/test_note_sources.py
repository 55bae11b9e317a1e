"""Issue 15, session 7: false positives of CIT003, TERM001, READ001 and CIT004 on real notes
and patient pages, each beside a true positive of the same shape that must still be reported.
Fixtures are written for this project."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import TODAY, medlint

NO_SOURCES = "the article makes 1 medical claim(s) but cites no source and has no references section"


@pytest.fixture()
def findings(tmp_path: Path):
    """findings(markdown, *flags) -> (line, column, code, severity, message) of each finding."""

    def run(text: str, *flags: str, name: str = "note.md") -> list[tuple[int, int, str, str, str]]:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        result = medlint("check", "--format", "json", "--offline", "--today", TODAY, *flags, str(path))
        assert result.exit_code in (0, 1), result.stderr
        return [(f["line"], f["column"], f["code"], f["severity"], f["message"]) for f in result.findings()]

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
