"""DATE rules on the false-positive classes of real health sites (issue 15), written in our
own words: each false positive stays quiet and a true positive of the same shape beside it is
still reported, as whole findings (line, column, code, severity, message)."""

from __future__ import annotations

import time

import pytest

CLIPPED = """\
---
title: Gut flora transfer
date: 2025-02-02
---

# Gut flora transfer

Evidence searched through: Jan 2025. | This summary last updated: Sep 21, 2024.

- Possibly practice-changing

    Safety Notice Updated 9 Dec 2024

    A stool-based product was approved for adults after repeated infections.

**Figure 2.** Advice on testing for flu. (Reprinted from a health agency's guide to testing
while flu is spreading. Last reviewed March 4, 2019.)
"""


def test_dates_of_a_clipped_or_cited_source_are_not_the_pages_update(lint_whole) -> None:
    # The clip's source's own update line, an alert's date and a figure credit's review date
    # are earlier than the note, as a clip's always are: no error.
    assert lint_whole(CLIPPED, "--select", "DATE007") == []


@pytest.mark.parametrize("label", [
    "_Last updated: 3 January 2025_",
    "Page last reviewed: 3 January 2025",
    "This article was updated on 3 January 2025.",
    "By Ann Roe, updated 3 January 2025",
    "Published 2 February 2025 · Updated 3 January 2025",
])
def test_a_byline_labelling_the_page_before_its_publication_is_still_an_error(lint_whole, label: str) -> None:
    column = label.index("3 January") + 1
    assert lint_whole(CLIPPED + "\n" + label + "\n", "--select", "DATE007") == [
        (19, column, "DATE007", "error",
         "updated date 2025-01-03 is before the publication date 2025-02-02"
         if "reviewed" not in label else
         "reviewed date 2025-01-03 is before the publication date 2025-02-02")]


STUB = """\
---
title: Night sweats
date: 2021-03-01
---

> [!info]
>
> 🌱 from: [[Symptoms]]

# Night sweats
"""
STALE = (3, 7, "DATE001", "warning",
         "last published 2021-03-01, 5 years 8 months ago; review articles at least every 36 months")
TIMELESS = "; it states nothing reviews usually change (treatment, doses, figures, advice)"


@pytest.mark.parametrize("body", [
    "",  # a stub: its title and provenance note only
    "\n> [!note]\n> **🚧 Being written, check back soon 🚧**\n",  # a placeholder banner
    "\n## Form\n\n```\nSweats: yes___ / no___\nWeight: ___ kg\n```\n",  # a fill-in template
    "\n- Chapter 1: [[Fever]]\n- Chapter 2: [[Weight loss]]\n- [[Itching]]\n- [[Lymph nodes]]\n",  # links
    "\n**Table 4.2** \u2022 Drugs that ease night sweats\n",  # a caption without its table
    "\nsee: [[Fever]]\n\n[[Weight loss]]\n",  # one word of its own beside two links
    "\nhyperhidrosis\n",  # a term's other name
    "\nNight\nSweats\n",  # an outline that repeats its title's words (audit s20)
    "\ntest here\n",  # a placeholder where the text will go (audit s21)
    "\n**Figure 3.1: Fans and cooling mats.**\n\n*Source: Sleep Charity.*\n",  # a caption and its credit
    # a line that repeats its heading over links to the notes under it (audit s22a)
    "\n## Sweats in lymphoma\n\nSweats in Lymphoma\n\n* [[Causes of sweats in lymphoma]]\n"
    "* [[Treatment of sweats in lymphoma]]\n* [[Outcomes of sweats in lymphoma]]\n",
])
def test_a_page_with_nothing_to_review_is_not_stale(lint_whole, body: str) -> None:
    assert lint_whole(STUB + body, "--select", "DATE001") == []


@pytest.mark.parametrize("body", [
    "\nOften lymphoma; check LDH.\n",  # a terse note still says something
    "\n> [!note]\n> Drenching sweats with weight loss call for a chest X-ray and blood counts.\n",
    "\n- [[Fever]] and [[Weight loss]]: check for infection or lymphoma, then TB and HIV.\n"
    "- [[Itching]]\n- [[Lymph nodes]]\n",  # a list of links with a sentence among them
    "\n**Figure 2:** Night sweats. Soaked sheets with fever and weight loss call for a chest scan.\n",
])
def test_a_short_page_that_says_something_is_still_stale(lint_whole, body: str) -> None:
    assert lint_whole(STUB + body, "--select", "DATE001") == [STALE]


@pytest.mark.parametrize("body", [
    "\nFigure: ![Causes of night sweats](https://example.org/sweats.png)\n",  # a figure of causes
    "\nLymphoma.\n",  # a sentence of one word
    "\nsee: [[Fever]], 38 \u00b0C\n",  # a word and a number
    "\nThe Koebner sign is a rash that appears along a scratch or a cut.\n",  # a definition
    "\n## Causes\n\n- lymphoma\n- tuberculosis\n- the menopause\n",  # a list of causes
    # a note in Chinese, read by the vocabulary's terms in its script (audit s20): "night sweats
    # are common in lymphoma"
    "\n- 夜間盜汗常見於淋巴瘤\n- [[Fever]]\n- [[Weight loss]]\n- [[Itching]]\n",
    # a definition over links to the notes that treat it (audit s21): the links' labels name
    # other pages, not what this one says
    "\n- a rise in red cells with no cause outside the marrow\n- [[Treatment of polycythaemia]]\n"
    "- [[Prognosis of polycythaemia]]\n",
    # a line under its heading that says more than the heading (not a repeated label)
    "\n## Sweats in lymphoma\n\nSweats in lymphoma come at night\n\n* [[Causes of sweats in lymphoma]]\n"
    "* [[Treatment of sweats in lymphoma]]\n* [[Outcomes of sweats in lymphoma]]\n",
])
def test_a_stale_page_that_states_nothing_reviews_change_is_reported_at_info(lint_whole, body: str) -> None:
    """A definition, a caption or a list of causes stays true; a stale page of them is worth a
    review only when there is time, so it is reported at info, saying why."""
    line, column, code, _, message = STALE
    assert lint_whole(STUB + body, "--select", "DATE001") == [(line, column, code, "info", message + TIMELESS)]


@pytest.mark.parametrize("body", [
    "\n## Treatment\n\n- rest\n- fluids\n",  # a heading says what its list is
    "\nSunscreen needs reapplying every two hours.\n",  # patient advice
    "\nAdults take 500 mg up to four times a day.\n",  # a dose
    "\nAbout 1 in 8 women develop it, and survival has risen.\n",  # figures
    "\nThe 2016 WHO classification names five subtypes.\n",  # a classification's version
    "\n- 淋巴瘤的治療：化療與放療\n- [[Fever]]\n",  # in Chinese: "lymphoma's treatment: chemotherapy and radiotherapy"
    "\n## Treatment\n\n- 口服類固醇\n- 觀察\n",  # a heading in English over a list in Chinese
])
def test_a_stale_page_that_states_what_reviews_change_is_a_warning(lint_whole, body: str) -> None:
    assert lint_whole(STUB + body, "--select", "DATE001") == [STALE]


def test_a_draft_is_no_published_article(lint_whole) -> None:
    page = "---\ntitle: Sunscreen\ndate: 2019-05-01\ndraft: true\n---\n\nSunscreen needs reapplying every two hours.\n"
    assert lint_whole(page, "--select", "DATE001,DATE002") == []
    published = page.replace("draft: true", "draft: false")
    assert lint_whole(published, "--select", "DATE001,DATE002") == [
        (3, 7, "DATE001", "warning",
         "last published 2019-05-01, 7 years 6 months ago; review articles at least every 36 months")]
    undated = "---\ntitle: Vaccines\npublished: false\n---\n\n# Vaccines\n\n- How vaccines work\n- Adjuvants\n"
    assert lint_whole(undated, "--select", "DATE002") == []
    assert lint_whole(undated.replace("published: false\n", ""), "--select", "DATE002") == [
        (5, 1, "DATE002", "warning", "the article has no publication, update or review date")]


def test_a_long_line_before_a_byline_is_read_in_linear_time(lint_whole) -> None:
    # Markup runs of this length once made the own-label check backtrack for minutes.
    page = "---\ndate: 2025-01-01\n---\n\n" + "*" * 200_000 + "x Updated 1 Jan 2020\n"
    started = time.monotonic()
    assert lint_whole(page, "--select", "DATE007") == []
    assert time.monotonic() - started < 10


PAPER_NOTE = """\
# Roe et al. (2004) - Honey for night cough

Children given honey coughed less at night than those given nothing.

## Citation

Roe AB, Doe C. Honey and night cough in children: a small trial. *Made-up Pediatrics*. 2004;12(3):45-52.
"""
OLD_LIST = (7, 88, "DATE004", "warning", "newest reference published in 2004, 22 years ago (limit 10)")


def test_a_note_on_one_paper_is_not_stale_for_that_papers_age(lint_whole) -> None:
    assert lint_whole(PAPER_NOTE, "--select", "DATE004") == []
    by_its_title = PAPER_NOTE.replace("Roe et al. (2004) - Honey for night cough",
                                      "Honey and night cough in children")
    assert lint_whole(by_its_title, "--select", "DATE004") == []
    # An article on its topic whose only source is old, or a second old paper, is still reported.
    on_the_topic = PAPER_NOTE.replace("Roe et al. (2004) - Honey for night cough", "Night cough")
    assert lint_whole(on_the_topic, "--select", "DATE004") == [OLD_LIST]
    two_papers = PAPER_NOTE + "\nDoe C. Lemon and cough. *Made-up Pediatrics*. 2003;11:1-5.\n"
    assert lint_whole(two_papers, "--select", "DATE004") == [OLD_LIST]


@pytest.mark.parametrize(("title", "body", "severity"), [
    ("FNA", "fine needle aspiration", None),
    ("NEAD", "no evidence of active disease", None),
    ("AIs", "aromatase inhibitors", None),
    ("FNA", "fine needle aspiration finds most thyroid cancers", "info"),  # a statement, but timeless
    ("FNA", "biopsy with a thin needle", "info"),  # not its letters
    ("Night sweats", "sweating at night", "info"),  # no abbreviation
    ("emtansine", "DM1", None),  # another name: a digit inside a name states nothing
    ("emtansine", "3.6 mg/kg", "warning"),  # a dose
])
def test_an_abbreviations_page_that_only_spells_it_out_has_nothing_to_review(
        lint_whole, title: str, body: str, severity: str | None) -> None:
    page = STUB.replace("Night sweats", title) + "\n" + body + "\n"
    message = "last published 2021-03-01, 5 years 8 months ago; review articles at least every 36 months"
    expected = [(3, 7, "DATE001", severity, message + (TIMELESS if severity == "info" else ""))]
    assert lint_whole(page, "--select", "DATE001") == (expected if severity else [])


def test_a_reading_note_titled_by_its_paper_is_dated_by_it(lint_whole) -> None:
    """A note on one paper ("Key findings: Roe et al. (2022)") is as current as the paper; a page
    on the same subject with no such title still lacks a date."""
    note = """\
        ---
        title: "Key findings: Roe et al. (2022) - tiredness after exercise"
        ---

        # Key findings

        The trial found that symptoms worsened after exertion in most participants.
        """
    page = note.replace("Key findings: Roe et al. (2022) - tiredness", "Tiredness")
    assert lint_whole(note, "--select", "DATE002") == []
    assert lint_whole(page, "--select", "DATE002") == [
        (5, 1, "DATE002", "warning", "the article has no publication, update or review date")]


def test_a_dated_claim_is_info_until_five_years_old(lint_whole) -> None:
    """'Currently being studied' may well still be true: a reminder to date it (info) until the
    article is five years old, a warning after (warning_age_months, 60)."""
    text = "---\ndate: {date}\n---\nPatch testing for this allergy is currently being studied.\n"
    assert [f[3] for f in lint_whole(text.format(date="2023-02-01"), "--select", "DATE011")] == ["info"]
    assert [f[3] for f in lint_whole(text.format(date="2020-02-01"), "--select", "DATE011")] == ["warning"]


def test_a_claim_with_its_own_date_is_not_asked_to_be_dated(lint_whole) -> None:
    """'As of 2019, ...' is dated already: the finding asks only whether it is still true."""
    assert lint_whole("As of 2019, most clinics in the survey used paper charts.\n", "--select", "DATE011") == [
        (1, 1, "DATE011", "warning",
         "'As of 2019': its date (2019-12-31) is 6 years 10 months old; check it is still true")]


def test_a_notes_date_label_dates_it_and_a_papers_publication_date_does_not(lint_whole) -> None:
    """'**Date:** 2022-03-11' under a note's title says when it was written; a paper's record
    ('**Publication Date:** May 2005') in a note about it is the paper's."""
    note = "# Review of the new papers\n**Date:** 2022-03-11\n**Reviewer:** the team\n\nNotes on their treatments follow.\n"
    assert lint_whole(note, "--select", "DATE001,DATE002") == [
        (2, 11, "DATE001", "warning",
         "last published 2022-03-11, 4 years 8 months ago; review articles at least every 36 months")]
    record = note.replace("**Date:** 2022-03-11", "**Publication Date:** May 2005")
    assert lint_whole(record, "--select", "DATE001,DATE002") == [
        (1, 1, "DATE002", "warning", "the article has no publication, update or review date")]


def test_a_notes_own_dated_label_or_dated_title_dates_it(lint_whole) -> None:
    """HA9: "**Comparison Date:** 2022-02-03" labels a note's own date as "Date:" does; a title
    that ends with its date ("# Clinic talk — 23 July 2022", or the bold line under it,
    "**Chat transcript - January 2022**") dates the page; a later section's dated heading does not."""
    stale = "last published {}, {} ago; review articles at least every 36 months"
    labelled = "# Gap analysis\n\n**Comparison Date:** 2022-02-03\n\nThe gaps in treatment follow.\n"
    assert lint_whole(labelled, "--select", "DATE001,DATE002") == [
        (3, 22, "DATE001", "warning", stale.format("2022-02-03", "4 years 9 months"))]
    titled = "# Clinic talk — 23 July 2022\n\nThe slides on dosing follow.\n"
    assert lint_whole(titled, "--select", "DATE001,DATE002") == [
        (1, 17, "DATE001", "warning", stale.format("2022-07-23", "4 years 3 months"))]
    subtitled = "# Pacing questions\n\n**Chat transcript - January 2022**\n\nThe answers on treatment follow.\n"
    assert lint_whole(subtitled, "--select", "DATE001,DATE002") == [
        (3, 21, "DATE001", "warning", stale.format("2022-01-01", "4 years 10 months"))]
    sectioned = "# Pacing\n\nThe answers follow.\n\n## Update - January 2022\n\nMore.\n"
    assert lint_whole(sectioned, "--select", "DATE001,DATE002") == [
        (1, 1, "DATE002", "warning", "the article has no publication, update or review date")]


def test_a_generated_or_compiled_label_dates_a_note_and_compiled_data_does_not(lint_whole) -> None:
    """'Generated: 2022-01-31' under a note's title says when it was made; data 'compiled in 2019'
    in its prose is no date of the page."""
    note = "# Reference ranges\n\nGenerated: 2022-01-31\n\nSodium 135-145 mmol/L.\n"
    assert lint_whole(note, "--select", "DATE001,DATE002") == [
        (3, 12, "DATE001", "warning",
         "last published 2022-01-31, 4 years 9 months ago; review articles at least every 36 months")]
    compiled = note.replace("Generated: 2022-01-31", "The ranges were compiled in 2019.")
    assert lint_whole(compiled, "--select", "DATE001,DATE002") == [
        (1, 1, "DATE002", "warning", "the article has no publication, update or review date")]


def test_a_note_on_one_trial_is_as_current_as_the_trial(lint_whole) -> None:
    """A note titled by one named trial sums up that trial: it does not go stale as a guide does."""
    note = "---\ndate: 2021-01-10\n---\n# FINCH-2 trial\n\nThe trial compared two doses; the lower one did as well.\n"
    assert lint_whole(note, "--select", "DATE001") == []
    guide = note.replace("# FINCH-2 trial", "# Choosing a dose")
    assert lint_whole(guide, "--select", "DATE001") == [
        (2, 7, "DATE001", "warning",
         "last published 2021-01-10, 5 years 10 months ago; review articles at least every 36 months")]


def test_a_listed_notes_date_is_not_the_pages(lint_whole) -> None:
    """'- [[Other note]] date: 2025-02-23' (a note index) dates the note it lists."""
    page = "---\ndate: 2021-01-10\n---\n# Index\n\n- [[Chest pain]] date: 2025-02-23\n"
    assert [f[:3] for f in lint_whole(page, "--select", "DATE001")] == [(2, 7, "DATE001")]


LINK_DIRECTORY = """\
# Where to find help

Groups and charities we trust:

Pump users' forum: <a href="https://example.org/pumps" target="_blank">Pump users</a><br>

Parents of children with diabetes: <a href="https://example.org/parents">Parents group</a><br>

- [Diabetes charity helpline](https://example.org/helpline) – advice by phone
- [Eating disorders support](https://example.org/ed)
- Cycling club for people with diabetes: <https://example.org/cycling>

If a link here stops working, tell us.
"""


def test_a_directory_of_web_links_is_no_article_to_date_or_score(lint_whole) -> None:
    assert lint_whole(LINK_DIRECTORY, "--select", "DATE002,READ001") == []


def test_a_list_of_cited_claims_is_still_an_article(lint_whole) -> None:
    # Each bullet is a statement with its source, not a name beside a link.
    claims = LINK_DIRECTORY.replace("Pump users' forum:", "Pumps cut severe lows by 30%:").replace(
        "Parents of children with diabetes:", "Sensors are now free on the NHS.")
    claims = claims.replace("advice by phone", "2 in 3 callers were helped.").replace(
        "- [Eating disorders support]", "- Insulin omission affects 1 in 10 [Eating disorders support]")
    assert lint_whole(claims, "--select", "DATE002") == [
        (1, 1, "DATE002", "warning", "the article has no publication, update or review date")]


def test_a_short_article_above_its_further_reading_is_still_an_article(lint_whole) -> None:
    article = ("# Lows at night\n\nA low at night can wake you sweating or with a headache. Keep "
               "glucose tablets by the bed, check your level before you sleep and talk to your team "
               "if it keeps happening, since your evening dose may need to change.\n\n"
               "## Further reading\n\n" + LINK_DIRECTORY.split("\n", 4)[4])
    assert lint_whole(article, "--select", "DATE002") == [
        (1, 1, "DATE002", "warning", "the article has no publication, update or review date")]
