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


def test_a_table_of_normal_ranges_or_cut_offs_bounds_values_not_people(tmp_path: Path) -> None:
    """A table whose header names its column "Range", "Cut-off" or "Criteria" lists reference
    values ("| Total lung capacity | 80% to 120% |"), not shares of people; a table of rates
    beside it still states them."""
    markdown = """\
        # Lung function: normal values

        | Measure | Range |
        |---|---|
        | Total lung capacity | 80% to 120% |
        | Residual volume | 75% to 120% |

        | Test | Cut-off |
        |---|---|
        | Suppression | 50-60% |

        | Group | Smokers |
        |---|---|
        | Adults | 20-25% |
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (14, 12, 14, 18, "CIT001", "warning", "statistic '20-25%' has no source"),
    ]


def test_a_comparison_or_a_named_limit_bounds_a_class_too(tmp_path: Path) -> None:
    """"| Normal | >75% of predicted, up to 140% |" and "| Mild | 60% to LLN |" bound classes as a
    range does, for CIT001 and for CIT003's count of claims; a threshold in a note written in
    Chinese ("70% 以上", 70% or above) is one too. A share of people in the same note is still
    a claim."""
    markdown = """\
        # Gas transfer

        | Classification | Gas transfer |
        |---|---|
        | Normal | >75% of predicted, up to 140% |
        | Mild | 60% to LLN |
        | Moderate | 40% to 60% |
        | Severe | <40% |

        - 正常: 比值 70% 以上
        """
    assert findings(tmp_path, markdown, "CIT001,CIT003") == []
    with_a_share = markdown + "        - About 15% of smokers develop the disease.\n"
    assert findings(tmp_path, with_a_share, "CIT001,CIT003") == [
        (1, 1, 1, 1, "CIT003", "warning",
         "the article makes 1 medical claim(s) but cites no source and has no references section"),
        (11, 17, 11, 20, "CIT001", "warning", "statistic '15%' has no source"),
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
         "claim 'significantly reduced' reports a research finding or appeals to an authority but cites none"),
        (9, 15, 9, 36, "CIT002", "warning",
         "claim 'significantly reduced' reports a research finding or appeals to an authority but cites none"),
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


def test_a_citation_line_sources_the_entry_beside_it_or_the_section_it_opens(tmp_path: Path) -> None:
    markdown = """\
        # Trials

        ## Glucose control

        Two trials shaped the targets.

        **The Sugar Trial.** *J Made Up Med* 2001;12:345–356.

        - A trial that randomised 2400 patients to tight or loose control.

        - A later analysis found 18% fewer eye problems.

        ## Steroids in a flare

        Steroids significantly reduce treatment failure in a flare.

        [Steroids for flares, a review](https://example.org/review)

        ## Kidneys

        (Kidney J 2020;5:100; Renal Rev 2019;3:20)

        - About 10% of adults have kidney disease.
        - A third of them do not know it: 30% of cases are found late.

        ## Hearts

        Rehabilitation cuts deaths by 20-25% compared with usual care.

        See [our rehabilitation guide](/guides/rehab).
        """
    # The reference line sources the trial's first entry, not the one after it; the review's link
    # sources the paragraph above it; the section's reference line sources its list; a link to
    # the site's own page is a cross-reference, no source.
    assert findings(tmp_path, markdown, "CIT001,CIT002") == [
        (11, 26, 11, 29, "CIT001", "warning", "statistic '18%' has no source"),
        (28, 31, 28, 37, "CIT001", "warning", "statistic '20-25%' has no source"),
    ]


def test_what_the_evidence_shows_is_a_topic_and_a_vignettes_results_are_no_appeal(tmp_path: Path) -> None:
    markdown = """\
        # A guide

        This guide covers what the current evidence shows about screening.

        **What the evidence shows:**

        A man with cirrhosis arrives bleeding. Laboratory data demonstrate a low platelet count.

        The tumours fall into four types according to the WHO classification.

        Laboratory studies have shown that the spray calms fear, and recent research suggests more.
        """
    assert findings(tmp_path, markdown, "CIT002") == [
        (11, 12, 11, 30, "CIT002", "warning",
         "claim 'studies have shown' reports a research finding or appeals to an authority but cites none"),
        (11, 69, 11, 86, "CIT002", "warning",
         "claim 'research suggests' reports a research finding or appeals to an authority but cites none"),
    ]


def test_criteria_doses_and_rates_with_no_value_are_no_statistics(tmp_path: Path) -> None:
    markdown = """\
        # Notes

        - **Response rate**: not reported
        - Serology confirms it with a 4-fold rise in titre; smoking brings a 3-fold increase in risk.
        - Fit a defibrillator if the EF is <30–35%; 20-30% of patients later get a shock.
        - Add insulin, often 10–20% of the total daily dose; 15% of people need a second dose.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (4, 70, 4, 76, "CIT001", "warning", "statistic '3-fold' has no source"),
        (5, 45, 5, 51, "CIT001", "warning", "statistic '20-30%' has no source"),
        (6, 54, 6, 57, "CIT001", "warning", "statistic '15%' has no source"),
    ]


def test_a_trial_note_naming_its_paper_and_a_source_line_with_a_journal(tmp_path: Path) -> None:
    trial = """\
        # The Sample trial

        - N Engl J Made 2018; 379:122-137
        - DOI: 10.1000/made.up.2018
        - Trial Name/NCT Number: SAMPLE.

        | Outcome | Arm A | Arm B |
        |---|---|---|
        | 8-year survival | 78.9% | 83.2% |
        """
    assert findings(tmp_path, trial, "CIT001") == []
    # Without the one paper, the same note's results need a source.
    without_paper = "".join(line for line in trial.splitlines(keepends=True) if "DOI" not in line)
    assert findings(tmp_path, without_paper, "CIT001") == [
        (8, 21, 8, 34, "CIT001", "warning", "statistics '78.9%' and '83.2%' have no source"),
    ]
    source_line = """\
        # Side effects

        **Source:** Roe et al., *The Made-up Journal* (2025)\\
        **Data:** 120 trials · about 40,000 participants
        """
    assert findings(tmp_path, source_line, "CIT001") == []
    assert findings(tmp_path, source_line.replace("et al., ", ""), "CIT001") == [
        (4, 30, 4, 49, "CIT001", "warning", "statistic '40,000 participants' has no source"),
    ]


def test_a_sourced_phrase_restates_no_other_appeal(tmp_path: Path) -> None:
    markdown = """\
        # Notes

        Trials show the drug works.[^1]

        ## Later

        Trials show the spray works too.

        [^1]: Roe J. A made-up trial. 2020.
        """
    assert findings(tmp_path, markdown, "CIT002") == [
        (7, 1, 7, 12, "CIT002", "warning", "claim 'Trials show' reports a research finding or appeals to an authority but cites none"),
    ]


def test_a_lab_value_in_per_cent_and_a_change_of_dose_are_no_statistics(tmp_path: Path) -> None:
    markdown = """\
        # Sugar and hearts

        - Prediabetes: HbA1c 5.6–6.3%; a normal EF is 52-72%.
        - The tablet lowers HbA1c by 1–2%, and a low EF in 35% of patients follows a big heart attack.
        - Halve the dose in kidney failure: reduce the dose by 50%; pump basal reduction –10% to –25%.
        - One dose of the vaccine prevents about 91% of cases.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (4, 30, 4, 34, "CIT001", "warning", "statistics '1–2%' and '35%' have no source"),
        (6, 42, 6, 45, "CIT001", "warning", "statistic '91%' has no source"),
    ]


def test_a_trial_field_with_a_long_label_names_the_trial(tmp_path: Path) -> None:
    markdown = """\
        # A liver trial

        - Trial Acronym (if provided) or NCTId Number: NCT01234567
        - Serious side effects in 52.7% vs. 46.3% of patients.
        """
    assert findings(tmp_path, markdown, "CIT001") == []


def test_a_trial_registered_in_parts_is_one_trial(tmp_path: Path) -> None:
    """A trial run in two registered parts names both numbers in its field: the note still sums
    up one study. A second trial's number outside the field makes it a note on two."""
    markdown = """\
        # Infections on a bispecific antibody

        - Trial Acronym/NCTId Number: NCT01234567/NCT07654321
        - Grade 3/4 infections in 55.2% of patients.
        """
    assert findings(tmp_path, markdown, "CIT001") == []
    two_trials = markdown + "- A second trial, NCT01111111, is recruiting.\n"
    assert findings(tmp_path, two_trials, "CIT001") == [
        (4, 27, 4, 32, "CIT001", "warning", "statistic '55.2%' has no source")]


def test_a_page_clipped_from_a_web_page_has_that_page_as_its_source(tmp_path: Path) -> None:
    clipped = """\
        ---
        title: Kidney stones, quick facts
        source: https://learning.example.org/kidney/stones-fast-facts
        ---
        # Kidney stones

        About 1 in 10 adults gets a kidney stone, and studies show that water helps.
        """
    # The same text saved from a page that is no source (a forum), or with a browser
    # extension's address for its origin, is still unsourced.
    from_a_forum = clipped.replace("https://learning.example.org/kidney/stones-fast-facts",
                                   "https://www.reddit.com/r/kidneys/comments/1")
    from_an_extension = clipped.replace("https://learning.example.org/kidney/stones-fast-facts",
                                        "chrome-extension://abcdef/index.html")
    assert findings(tmp_path, clipped, "CIT001,CIT002,CIT003") == []
    unsourced = [
        (5, 1, 5, 1, "CIT003", "warning",
         "the article makes 2 medical claim(s) but cites no source and has no references section"),
        (7, 7, 7, 14, "CIT001", "warning", "statistic '1 in 10' has no source"),
        (7, 47, 7, 59, "CIT002", "warning", "claim 'studies show' reports a research finding or appeals to an authority but cites none"),
    ]
    assert findings(tmp_path, from_a_forum, "CIT001,CIT002,CIT003") == unsourced
    assert findings(tmp_path, from_an_extension, "CIT001,CIT002,CIT003") == unsourced


def test_significantly_is_an_appeal_to_research_only_beside_a_comparison_or_a_study(tmp_path: Path) -> None:
    markdown = """\
        # Shingles

        Getting the vaccine significantly reduces the risk of nerve pain.
        An ICD may help people with a significantly reduced ejection fraction.
        The risk of a fall is significantly increased by poor eyesight.
        The new cream significantly reduces itching compared with a plain moisturiser.
        In the treated group, the cream significantly improves sleep.
        """
    # A leaflet's intensifier and an adjective are quiet; a comparison or a study group makes
    # the same words a research result.
    assert findings(tmp_path, markdown, "CIT002") == [
        (6, 15, 6, 36, "CIT002", "warning",
         "claim 'significantly reduces' reports a research finding or appeals to an authority but cites none"),
        (7, 33, 7, 55, "CIT002", "warning",
         "claim 'significantly improves' reports a research finding or appeals to an authority but cites none"),
    ]


def test_good_control_of_a_condition_is_no_control_group(tmp_path: Path) -> None:
    markdown = """\
        # Asthma

        Good control of your asthma significantly reduces the number of attacks.
        Inhalers significantly reduce wheeze compared with the control group.
        The spray significantly reduces sneezing versus controls.
        """
    # Keeping a condition under control is advice; a control group makes the same words a
    # research result.
    assert findings(tmp_path, markdown, "CIT002") == [
        (4, 10, 4, 30, "CIT002", "warning",
         "claim 'significantly reduce' reports a research finding or appeals to an authority but cites none"),
        (5, 11, 5, 32, "CIT002", "warning",
         "claim 'significantly reduces' reports a research finding or appeals to an authority but cites none"),
    ]


def test_acting_early_is_a_call_to_care_and_a_named_treatment_a_result(tmp_path: Path) -> None:
    markdown = """\
        # Skin checks

        Early diagnosis significantly improves survival, so see your GP about a changing mole.
        Prompt first aid greatly improves survival after a bad fall.
        The new cream significantly improves survival in advanced disease.
        Early treatment with the new cream improves survival.
        """
    # Telling readers to act early is no study's result; what a treatment does is one.
    assert findings(tmp_path, markdown, "CIT002") == [
        (5, 15, 5, 37, "CIT002", "warning",
         "claim 'significantly improves' reports a research finding or appeals to an authority but cites none"),
        (6, 36, 6, 53, "CIT002", "warning",
         "claim 'improves survival' reports a research finding or appeals to an authority but cites none"),
    ]


def test_a_criterion_or_an_appearance_claims_no_result(tmp_path: Path) -> None:
    markdown = """\
        # Screening

        To be worth offering, a screening test must improve survival.
        Finding cancer sooner can make it seem like the test prolongs survival.
        The pill prolongs survival.
        """
    # What a test must do, or seems to do, is no result; what a pill does is one.
    assert findings(tmp_path, markdown, "CIT002") == [
        (5, 10, 5, 27, "CIT002", "warning",
         "claim 'prolongs survival' reports a research finding or appeals to an authority but cites none"),
    ]


def test_reference_numbers_before_a_pointer_to_a_figure_cite(tmp_path: Path) -> None:
    markdown = """\
        # Kidney salt handling

        Recent studies show that these cells also handle salt (12–15) (see Figure 3).

        Recent studies show that these cells also handle water (see Figure 4).
        """
    # The numbers are the textbook's references; a figure pointer alone cites nothing.
    assert findings(tmp_path, markdown, "CIT002") == [
        (5, 8, 5, 20, "CIT002", "warning",
         "claim 'studies show' reports a research finding or appeals to an authority but cites none"),
    ]


def test_doctors_confirming_a_step_is_a_procedure(tmp_path: Path) -> None:
    markdown = """\
        # Applying for a permit

        Two independent doctors confirm the criteria before the permit is signed.
        Doctors confirm that the permit helps most applicants.
        """
    # Two named assessors checking a form is a step; doctors as a body holding a view appeal.
    assert findings(tmp_path, markdown, "CIT002") == [
        (4, 1, 4, 16, "CIT002", "warning",
         "claim 'Doctors confirm' reports a research finding or appeals to an authority but cites none"),
    ]


def test_a_trial_of_a_treatment_and_a_review_of_a_history_are_no_research(tmp_path: Path) -> None:
    markdown = """\
        # Dizziness

        - Offer a trial of a water tablet before any scan.
        - The first visit includes a review of your medicines.
        - See the next chapter for a review of ear infections.
        - A trial of 400 women found fewer falls with balance classes.
        - A review of 12 trials found the same.
        """
    assert findings(tmp_path, markdown, "CIT002") == [
        (6, 3, 6, 13, "CIT002", "warning", "claim 'A trial of' reports a research finding or appeals to an authority but cites none"),
        (7, 3, 7, 14, "CIT002", "warning", "claim 'A review of' reports a research finding or appeals to an authority but cites none"),
        (7, 18, 7, 30, "CIT002", "warning", "claim 'trials found' reports a research finding or appeals to an authority but cites none"),
    ]


def test_a_condition_a_pointer_to_a_video_and_a_patients_tests_make_no_appeal(tmp_path: Path) -> None:
    markdown = """\
        # Notes

        If bigger trials confirm these results, the implant may be offered more widely.
        Watch our short video describing a recent study of gene therapy for anaemia.
        A man of 50 feels weak. Laboratory studies demonstrate a sodium of 118.
        Imaging studies revealed a small stone.
        Trials confirm that the implant eases pain.
        Earlier studies demonstrate a benefit of the implant.
        """
    assert findings(tmp_path, markdown, "CIT002") == [
        (7, 1, 7, 15, "CIT002", "warning", "claim 'Trials confirm' reports a research finding or appeals to an authority but cites none"),
        (8, 9, 8, 28, "CIT002", "warning",
         "claim 'studies demonstrate' reports a research finding or appeals to an authority but cites none"),
    ]


def test_a_patients_deficit_a_lab_result_a_figure_of_speech_and_a_class_size_are_no_statistics(
        tmp_path: Path) -> None:
    markdown = """\
        # Notes

        - Blood pressure falls with about 30% volume loss; a rash over 20% BSA is severe.
        - A woman of 40 is tired. Her transferrin saturation is 12%.
        - The new app says we're 95% there.
        - Price: 900 NIS per course (16 participants).
        - About 30% of adults with a big bleed die, and 36 participants were studied.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (7, 9, 7, 12, "CIT001", "warning", "statistics '30%' and '36 participants' have no source"),
    ]


def test_a_summary_restating_a_sourced_figure_rounded_or_approximately_is_sourced(tmp_path: Path) -> None:
    markdown = """\
        # Fatigue

        In short: about 60% of patients improved, 14% fainted, and 42% of patients slept better.

        ## 2025 - A registry study

        Between 57-64% of patients improved and 13.8% fainted.

        Sources:

        - [Roe et al. 2025](https://example.org/registry)
        """
    # "about 60%" lies in the sourced "57-64%", "14%" is the sourced "13.8%" rounded; "42%"
    # is sourced nowhere.
    assert findings(tmp_path, markdown, "CIT001") == [
        (3, 60, 3, 63, "CIT001", "warning", "statistic '42%' has no source"),
    ]


def test_a_front_matter_summary_is_sourced_where_the_page_cites(tmp_path: Path) -> None:
    cited = """\
        ---
        title: Sleep and memory
        description: "New data show that short sleep harms memory in older adults."
        ---
        # Sleep and memory

        A 2025 cohort followed older adults for ten years ([Roe et al.](https://example.org/cohort)).
        """
    # The same summary over a page that cites nothing is still unsourced.
    uncited = cited.replace(" ([Roe et al.](https://example.org/cohort))", "")
    assert findings(tmp_path, cited, "CIT002") == []
    assert findings(tmp_path, uncited, "CIT002") == [
        (3, 19, 3, 28, "CIT002", "warning", "claim 'data show' reports a research finding or appeals to an authority but cites none"),
    ]


def test_the_trial_a_page_cites_is_referred_back_to(tmp_path: Path) -> None:
    cited = """\
        # A nose spray against colds

        A 2025 trial ([Roe et al.](https://example.org/spray)) tested a nose spray in adults at five clinics.

        The trial suggested fewer colds. A new trial suggested the same for flu.
        """
    uncited = cited.replace(" ([Roe et al.](https://example.org/spray))", "")
    # "The trial" is the one the page cites; "a new trial" is another, and a page citing
    # nothing sources neither.
    new_trial = (5, 34, 5, 55, "CIT002", "warning",
                 "claim 'A new trial suggested' reports a research finding or appeals to an authority but cites none")
    assert findings(tmp_path, cited, "CIT002") == [new_trial]
    assert findings(tmp_path, uncited, "CIT002") == [
        (5, 5, 5, 20, "CIT002", "warning", "claim 'trial suggested' reports a research finding or appeals to an authority but cites none"),
        new_trial,
    ]


def test_a_treatments_aim_is_no_claim_of_its_result(tmp_path: Path) -> None:
    markdown = """\
        # Heart failure

        Treatment aims to ease breathlessness, keep people out of hospital and improve survival.
        The new tablet improves survival in older adults.
        """
    assert findings(tmp_path, markdown, "CIT002") == [
        (4, 16, 4, 33, "CIT002", "warning", "claim 'improves survival' reports a research finding or appeals to an authority but cites none"),
    ]


READING_NOTE = """\
    # Nasal spray for night cough: a made-up pilot

    **Authors:** A. Roe, B. Doe
    **Journal:** The Made-up Journal, 2024, 12(3):45-52
    **DOI:** 10.1000/made.up.2024.045

    ## Key points

    - Cough at night fell in 62% of children (p=0.01).
    - Studies show sprays work best at night.
    """


def test_a_reading_note_headed_by_its_papers_record_has_that_paper_as_its_source(tmp_path: Path) -> None:
    assert findings(tmp_path, READING_NOTE, "CIT001,CIT002") == []
    # A second paper named in the note makes it no note on one paper, but the record just under
    # its title is still a citation line that sources the sections below it; a record field below
    # the first section, or one left empty in a template, heads nothing.
    two_papers = READING_NOTE + "\n    ## See also\n\n    A review (DOI: 10.1000/other.2023) disagrees.\n"
    assert findings(tmp_path, two_papers, "CIT001,CIT002") == []
    moved = READING_NOTE.replace("    **DOI:** 10.1000/made.up.2024.045\n", "") \
        + "\n    ## Record\n\n    **DOI:** 10.1000/made.up.2024.045\n"
    assert findings(tmp_path, moved, "CIT001,CIT002") == [
        (8, 26, 8, 29, "CIT001", "warning", "statistics '62%' and 'p=0.01' have no source"),
        (9, 3, 9, 15, "CIT002", "warning", "claim 'Studies show' reports a research finding or appeals to an authority but cites none"),
    ]
    template = "    ---\n    doi: ''\n    pmid: ''\n    ---\n" + READING_NOTE.replace(
        "    **DOI:** 10.1000/made.up.2024.045\n", "")
    assert findings(tmp_path, template, "CIT001,CIT002") == [
        (12, 26, 12, 29, "CIT001", "warning", "statistics '62%' and 'p=0.01' have no source"),
        (13, 3, 13, 15, "CIT002", "warning", "claim 'Studies show' reports a research finding or appeals to an authority but cites none"),
    ]


def test_a_summary_whose_folded_record_links_its_paper_has_that_paper_as_its_source(tmp_path: Path) -> None:
    """A plain-language summary opens with the paper's record folded in a <details> block and
    links the paper by a link field ("**Link:** [DOI](https://doi.org/...)", a PubMed or trial
    registry address, or with the authors field any page: a conference report on a news site):
    the statistics under it are that work's. A link field to a content farm, or none, leaves
    them unsourced."""
    summary = """\
        ---
        title: "A made-up spray for night cough"
        published: '2024-03-01'
        ---

        <details>
        <summary>Roe et al. (2024)</summary>

        - **Authors:** A. Roe, B. Doe
        - **Publisher:** The Made-up Journal
        - **Link:** [DOI](https://doi.org/10.1000/made.up.2024.045)

        </details>

        ## What was found?

        The trial gave 120 children the spray; night cough fell in 62% of them, and studies show
        sprays work best at bedtime.
        """
    assert findings(tmp_path, summary, "CIT001,CIT002") == []
    registry = summary.replace("[DOI](https://doi.org/10.1000/made.up.2024.045)",
                               "[Trial record](https://clinicaltrials.gov/study/NCT01234567)")
    assert findings(tmp_path, registry, "CIT001,CIT002") == []
    report = summary.replace("[DOI](https://doi.org/10.1000/made.up.2024.045)",
                             "[Conference report](https://news.example.org/2024/spray-for-cough)")
    assert findings(tmp_path, report, "CIT001,CIT002") == []
    elsewhere = summary.replace("[DOI](https://doi.org/10.1000/made.up.2024.045)",
                                "[an answer](https://www.quora.com/Does-a-spray-help)")
    unsourced = [
        (17, 60, 17, 63, "CIT001", "warning", "statistic '62%' has no source"),
        (17, 77, 17, 89, "CIT002", "warning",
         "claim 'studies show' reports a research finding or appeals to an authority but cites none"),
    ]
    assert findings(tmp_path, elsewhere, "CIT001,CIT002") == unsourced
    no_authors = report.replace("- **Authors:** A. Roe, B. Doe", "- **Editor:** A. Roe")
    assert findings(tmp_path, no_authors, "CIT001,CIT002") == unsourced


def test_an_abstract_stating_its_own_registration_reports_that_trials_results(tmp_path: Path) -> None:
    abstract = """\
        # A spray for night cough

        ## Methods

        Children with night cough were given a spray or salt water for a week. This trial is
        registered with ClinicalTrials.gov, NCT01234567.

        ## Findings

        Of the children given the spray, 30% slept through, against 18% given salt water.
        """
    assert findings(tmp_path, abstract, "CIT001") == []
    # A registry number named in passing, or two trials' numbers, is no such statement.
    passing = abstract.replace("This trial is\n        registered with ClinicalTrials.gov, NCT01234567.",
                               "A similar trial\n        (NCT01234567) is recruiting.")
    two = abstract.replace("NCT01234567.", "NCT01234567; a sister trial is NCT07654321.")
    reported = [(10, 34, 10, 37, "CIT001", "warning", "statistics '30%' and '18%' have no source")]
    assert findings(tmp_path, passing, "CIT001") == reported
    assert findings(tmp_path, two, "CIT001") == reported


def test_a_counts_shares_of_cells_are_lab_values_not_shares_of_people(tmp_path: Path) -> None:
    markdown = """\
        # Fever and a cough

        His WBC was 14,200/mcL with 81% neutrophils, 9% bands and 6% lymphocytes.
        - Smouldering disease: 10-55% marrow plasma cells; class B: 6–12% BM/3–8% PB blasts
        - About 30% of patients with a cough like his have pneumonia, and 12% of adults carry the germ.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (5, 9, 5, 12, "CIT001", "warning", "statistics '30%' and '12%' have no source"),
    ]


def test_an_age_a_year_or_a_value_before_people_counts_no_one(tmp_path: Path) -> None:
    markdown = """\
        # Bone scans

        Scans are offered to women over 65 and men over 70, and from age 50 for people at high risk.
        A BMI of 30 in adults means obesity; the spray was licensed in 2023 for adults.
        The trial enrolled 640 older women and 85 men.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (5, 20, 5, 35, "CIT001", "warning", "statistics '640 older women' and '85 men' have no source"),
    ]


def test_a_measure_named_without_its_value_is_a_label_not_a_claim(tmp_path: Path) -> None:
    markdown = """\
        # Reading a trial

        - Primary endpoint: complete response rate
        - What is the survival rate after surgery?
        - ARR = absolute risk reduction (the share of bad outcomes a treatment prevents).
        - Case-control studies give an odds ratio (OR).
        - Surgery gives the lowest recurrence rate of the three treatments.
        - Response rates were similar in both groups, and the variant has ↑ recurrence rate.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (7, 28, 7, 43, "CIT001", "warning", "statistic 'recurrence rate' has no source"),
        (8, 3, 8, 17, "CIT001", "warning", "statistics 'Response rates' and 'recurrence rate' have no source"),
    ]


def test_a_heading_carrying_its_sources_sources_its_section(tmp_path: Path) -> None:
    markdown = """\
        # Night cough

        ## Epidemiology (Made-up J Pediatr 2019;12:345)

        - Night cough affects 12% of children.

        ### In infants

        - It is rarer, at 4%.

        ## Treatment

        - Honey helps 40% of children.
        """
    # Its own section and the subsections under it, as a citation line just under a heading
    # (survey s19: "## ICIs (Ann Oncol 2017;28:2377)" over "### Target: PD-1"); the next section
    # still needs its own.
    assert findings(tmp_path, markdown, "CIT001") == [
        (13, 15, 13, 18, "CIT001", "warning", "statistic '40%' has no source"),
    ]


def test_a_source_line_under_a_table_names_its_source(tmp_path: Path) -> None:
    markdown = """\
        # Outlook

        | Stage | People alive after 5 years |
        |---|---|
        | Early | about 61% |
        | Late | about 9% |

        *Source: Made-up Cancer Registry, 2024.*

        | Stage | People alive after 10 years |
        |---|---|
        | Early | about 48% |

        *Source: unknown.*
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (12, 17, 12, 20, "CIT001", "warning", "statistic '48%' has no source"),
    ]


def test_a_review_in_a_patients_record_is_no_literature_review(tmp_path: Path) -> None:
    markdown = """\
        # A cough that lingers

        Her history is unremarkable, including a review in the electronic health record.
        A review in a made-up journal found that honey helps.
        """
    assert findings(tmp_path, markdown, "CIT002") == [
        (4, 1, 4, 12, "CIT002", "warning", "claim 'A review in' reports a research finding or appeals to an authority but cites none"),
    ]


def test_hba1c_in_both_its_units_is_a_threshold_not_a_share(tmp_path: Path) -> None:
    markdown = """\
        # Sugar tests

        Diabetes is an HbA1c of 48 mmol/mol (6.5%) or more; 42–47 mmol/mol (6.0–6.4%) is a warning sign.
        About 9% of adults have diabetes.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (4, 7, 4, 9, "CIT001", "warning", "statistic '9%' has no source"),
    ]


def test_numbers_that_are_no_shares_of_people_are_no_claims(tmp_path: Path) -> None:
    """Issue 15 (audit s9, class 3): a normal differential's or a fluid's make-up, a project's
    progress, a gradient written as a ratio, a grading table's oxygen saturation and a chart's
    flattened legend claim nothing about people; a share of people beside them still does."""
    markdown = """\
        # Blood counts

        ## Differential
        - Neutrophil (55-70%): fight bacteria
        - Albumin (60%): keeps fluid in the vessels

        Neutrophils make up 55-70% of WBCs, and plasma is 92% water.

        **Status:** 40% complete. Remaining work: 70%

        A hill marked 10% = 1:10 is steep.

        Room air Sa02 88-92% in a severe attack.

        Norway 6.1% Chile 8.4% Peru 5.2% Kenya 4.9% Japan 9.9%

        About 30% of people with anaemia have no symptoms, and 40% complete remission.
        """
    assert findings(tmp_path, markdown, "CIT001") == [
        (17, 7, 17, 10, "CIT001", "warning", "statistics '30%' and '40%' have no source")]


def test_a_grading_tables_saturation_alone_makes_no_article_of_claims(tmp_path: Path) -> None:
    note = """\
        # Grading an asthma attack

        ## Moderate
        Speaks in phrases
        Room air Sa02 90-95%
        """
    assert findings(tmp_path, note, "CIT003") == []
    claim = note + "\nAbout 30% of attacks follow a cold.\n"
    assert findings(tmp_path, claim, "CIT003") == [
        (1, 1, 1, 1, "CIT003", "warning",
         "the article makes 1 medical claim(s) but cites no source and has no references section")]


def test_a_citation_key_of_latex_pandoc_or_bibtex_cites(tmp_path: Path) -> None:
    """'\\cite{Roe2019}', '[@roe2019]' and a note's 'BibTeX key: `Roe2019`' stand for an entry of
    the project's bibliography, as '[12]' does; JSON-LD's '"@type"' in brackets is no key."""
    claim = "# Exercise and fatigue\n\nAbout 60% of participants felt worse the day after exertion{mark}.\n"
    uncited = [(3, 7, 3, 10, "CIT001", "warning", "statistic '60%' has no source")]
    for mark in (" \\cite{Roe2019}", " [@roe2019]", " [see @roe2019, p. 4]"):
        assert findings(tmp_path, claim.format(mark=mark), "CIT001") == [], mark
    assert findings(tmp_path, claim.format(mark=' ["@type"]'), "CIT001") == uncited
    listed = claim.format(mark="") + "\n## Paper\n\n- **BibTeX key:** `Roe2019`\n"
    assert findings(tmp_path, listed, "CIT003") == []
    assert findings(tmp_path, claim.format(mark=""), "CIT003") == [
        (1, 1, 1, 1, "CIT003", "warning",
         "the article makes 1 medical claim(s) but cites no source and has no references section")]


def test_a_sentence_that_names_its_dated_source_is_no_unsourced_statistic(tmp_path: Path) -> None:
    """'The Lancet Commission (2024) estimates' and 'a 2019 survey by the American Heart
    Association' name the work a number comes from; 'according to the CDC' names an authority but
    no work, so its number is CIT001's and the missing citation CIT002's."""
    page = """\
        # Blood pressure

        According to the CDC, 47% of adults have high blood pressure.

        The Lancet Commission (2024) estimates that 45% of cases could be prevented.

        A 2019 survey by the American Heart Association found that 30% of adults did not know their numbers.

        According to a survey, 20% of adults never have it checked.
        """
    assert findings(tmp_path, page, "CIT001,CIT002") == [
        (3, 1, 3, 21, "CIT002", "warning",
         "claim 'According to the CDC' reports a research finding or appeals to an authority but cites none"),
        (3, 23, 3, 26, "CIT001", "warning", "statistic '47%' has no source"),
        (7, 1, 7, 17, "CIT002", "warning",
         "claim 'A 2019 survey by' reports a research finding or appeals to an authority but cites none"),
        (9, 1, 9, 22, "CIT002", "warning",
         "claim 'According to a survey' reports a research finding or appeals to an authority but cites none"),
        (9, 24, 9, 27, "CIT001", "warning", "statistic '20%' has no source"),
    ]


def test_a_dated_study_named_by_its_journal_is_attributed(tmp_path: Path) -> None:
    """Audit s19b: "A 2023 study published in *JAMA Psychiatry*" and "a 2025 meta-analysis in
    *Menopause* journal" name where a figure can be found, as "a 2019 survey by" a body does: the
    figure is attributed, and CIT002 still asks for the citation. "A recent study" names nothing,
    nor does "a 2024 study in Denmark" (a place); a cut-off against normal activity ("below 20
    percent of normal") is no claim."""
    page = """\
        # Mood in midlife

        A 2023 study published in *JAMA Psychiatry* found that 52% of women had symptoms.

        A 2025 meta-analysis in *Menopause* journal reported that 40% of women improved.

        A 2024 study in Denmark found that 35% of women improved.

        A recent study found that 30% of women improved.

        Carriers with enzyme activity below 20 percent of normal are at risk of infection.
        """
    assert findings(tmp_path, page, "CIT001,CIT002") == [
        (3, 1, 3, 23, "CIT002", "warning",
         "claim 'A 2023 study published' reports a research finding or appeals to an authority but cites none"),
        (5, 1, 5, 24, "CIT002", "warning",
         "claim 'A 2025 meta-analysis in' reports a research finding or appeals to an authority but cites none"),
        (7, 1, 7, 16, "CIT002", "warning",
         "claim 'A 2024 study in' reports a research finding or appeals to an authority but cites none"),
        (7, 36, 7, 39, "CIT001", "warning", "statistic '35%' has no source"),
        (9, 1, 9, 21, "CIT002", "warning",
         "claim 'A recent study found' reports a research finding or appeals to an authority but cites none"),
        (9, 27, 9, 30, "CIT001", "warning", "statistic '30%' has no source"),
    ]


def test_an_instruments_own_bands_are_its_definition(tmp_path: Path) -> None:
    """Audit s20: a note on a score lists its classes' mortality bands, one short line each, or
    a table of its risk groups' survival; those figures define the instrument its title names.
    A sentence of prose on the same page still makes a claim, and a band on a page that names
    no instrument is a statistic."""
    score = """\
        # Clot severity index

        ## 0-60
        I   0.5-1.5%

        ## 61-90
        II  1.6-4.0%

        | Risk group | 2-year survival |
        |---|---|
        | Low | 92% |
        | High | 61% |

        In our clinic about 30% of patients fell in class II last year.
        """
    assert findings(tmp_path, score, "CIT001") == [
        (14, 21, 14, 24, "CIT001", "warning", "statistic '30%' has no source")]
    plain = "# Clot outcomes\n\n## 0-60\nI   0.5-1.5%\n"
    assert findings(tmp_path, plain, "CIT001") == [
        (4, 5, 4, 13, "CIT001", "warning", "statistic '0.5-1.5%' has no source")]


def test_a_bodys_dated_work_in_its_possessive_is_attributed(tmp_path: Path) -> None:
    """Audits s20 and s20b: "According to AARP's 2024 research" and "The Menopause Society's 2025
    report" name the body and the year of the work; "the charity's research" names neither."""
    page = """\
        # Staying at home

        According to AARP's 2024 research, 90% of adults over 65 want to stay at home.

        According to the charity's research, 80% of carers are unpaid.

        The Hot Flush Society's 2025 report found that 60% of women had night sweats.
        """
    assert findings(tmp_path, page, "CIT001") == [
        (5, 38, 5, 41, "CIT001", "warning", "statistic '80%' has no source")]


def test_a_list_right_under_a_citing_line_of_parentheses_is_sourced_by_it(tmp_path: Path) -> None:
    """Audit s20b: a note's "(classic form) (Ann Vasc Med 2017;13:381)" over the list of a
    disease's definition and epidemiology gives the list its source; a list elsewhere in the
    section does not borrow it."""
    page = """\
        # Vessel inflammation

        - About 30% of patients carry hepatitis B.
        - Fever, weight loss and headache.
        - Belly pain after meals.
        - High blood pressure.
        - Nerve damage and skin rashes.

        ---
        (classic form) (Ann Vasc Med 2017;13:381)
        - Inflammation of medium arteries
        - Incidence ~2/million/y; 10% linked to hepatitis B
        """
    assert findings(tmp_path, page, "CIT001") == [
        (3, 9, 3, 12, "CIT001", "warning", "statistic '30%' has no source")]


def test_a_note_headed_by_its_papers_proxied_pubmed_link_is_on_that_paper(tmp_path: Path) -> None:
    """Audit s20b: a library proxy spells PubMed's host with hyphens; the note under the link
    to its paper still sums up that one paper."""
    page = """\
        # CALYX

        - [Drug X for resistant cough (CALYX): a randomised trial - PubMed](https://pubmed-ncbi-nlm-nih-gov.proxy.example.org/12345678/)
        - Median cough-free days were 6.4 with drug X versus 5.0 with placebo; 40% of patients responded.
        """
    assert findings(tmp_path, page, "CIT001,CIT003") == []




def test_a_chapter_that_cites_by_its_references_list_alone_is_sourced_by_it(tmp_path: Path) -> None:
    """A textbook chapter lists the papers it draws on at its end and points to none of them in
    its text: the list sources its claims. A page that points into its list ("[2]", "[3]")
    leaves a claim without a pointer uncited, and two entries are further reading, not a
    chapter's list."""
    chapter = textwrap.dedent("""\
        # Fainting

        About 40% of adults faint at least once.

        Studies have shown that most faints are reflex faints.

        ## References

        {entries}
        """)
    entries = ["Okafor B, Lind C. Reflex syncope in adults. Heart Rhythm Rev. 2019;12:40-51.",
               "Marsh T, Pell R, Dunne A. Fainting in the emergency room. Emerg Med Q. 2021;8:113-20.",
               "Haddad N. Orthostatic intolerance. Auton Notes. 2018;3:7-15."]
    listed = "\n".join(f"- {entry}" for entry in entries)
    assert findings(tmp_path, chapter.format(entries=listed), "CIT001,CIT002") == []
    unsourced = [
        (3, 7, 3, 10, "CIT001", "warning", "statistic '40%' has no source"),
        (5, 1, 5, 19, "CIT002", "warning",
         "claim 'Studies have shown' reports a research finding or appeals to an authority but cites none"),
    ]
    pointed = chapter.replace("## References", "Heat makes a faint more likely [2].\n\n"
                              "Standing still for long makes one likelier [3].\n\n## References")
    assert findings(tmp_path, pointed.format(entries=listed), "CIT001,CIT002") == unsourced[:1]
    # One paragraph with a number in brackets is a stray, not a way of citing.
    stray = chapter.replace("## References", "Heat makes a faint more likely [2].\n\n## References")
    assert findings(tmp_path, stray.format(entries=listed), "CIT001,CIT002") == []
    two = "\n".join(f"- {entry}" for entry in entries[:2])
    assert findings(tmp_path, chapter.format(entries=two), "CIT001,CIT002") == unsourced
    config = tmp_path / ".medlint.yml"
    config.write_text("rules:\n  CIT001:\n    list_sources_page: false\n", encoding="utf-8")
    assert findings(tmp_path, chapter.format(entries=listed), "CIT001") == unsourced[:1]


def test_a_literature_notes_entries_are_their_papers_results(tmp_path: Path) -> None:
    """A literature note reports each paper under a head naming it by authors and year (a
    heading, a bold paragraph) or in a list item labelled by it; 'the evidence suggests' after
    them refers back to them. A month's label names no paper, and a section that names none
    is judged as before."""
    note = textwrap.dedent("""\
        # Blood volume

        **Key evidence:**

        - **Roe 2017**: aldosterone fell by 33% despite low blood volume.
        - **Doe et al. 2005**: plasma volume was 21% lower.

        **Implication:** The evidence suggests the hormones are held down centrally.

        ### 4. Okafor & Lind 2021 - Enterovirus review

        **Key finding:** 80% of tissue studies found viral RNA.

        ### Other notes

        About 40% of patients improve, and studies suggest pacing helps.

        - **December 2019**: 30% of clinics closed.
        """)
    assert findings(tmp_path, note, "CIT001,CIT002") == [
        (16, 7, 16, 10, "CIT001", "warning", "statistic '40%' has no source"),
        (16, 36, 16, 51, "CIT002", "warning",
         "claim 'studies suggest' reports a research finding or appeals to an authority but cites none"),
        (18, 22, 18, 25, "CIT001", "warning", "statistic '30%' has no source"),
    ]


def test_a_list_item_shares_the_citation_of_the_item_it_is_under_or_its_sentence(tmp_path: Path) -> None:
    """HA7: a sub-item under a cited item, or beside a cited one under the same item, reports
    that paper; items that make one sentence, ended by commas, share the citation of the item
    that ends it. An item under an uncited item, or after the sentence, is still reported."""
    notes = textwrap.dedent("""\
        # Working notes

        1. A pruning review with no author given
           - 30% fewer synapses in teenagers
        2. Imaging of glial cells in fatigue (Roe et al., 2014)
           - 45% higher activation in the brainstem
        3. A second imaging study
           - Nature Neurosci 2019;22:100
           - 25% more glial cells

        ## Survival

        * ~70-90% for stage I,
        * 50-60% for stage II,
        * 0-10% for stage IV (J Thorac Oncol 2016;11:39);
        * 40% live longer with newer drugs.
        """)
    assert findings(tmp_path, notes, "CIT001") == [
        (4, 6, 4, 9, "CIT001", "warning", "statistic '30%' has no source"),
        (16, 3, 16, 6, "CIT001", "warning", "statistic '40%' has no source"),
    ]


def test_a_journal_and_year_in_brackets_cites(tmp_path: Path) -> None:
    """HA8: '(GADOLIN Study, Lancet Oncol 2016)' names the paper. A trial's name alone ("(AETHERA
    trial)") names where the figure comes from, as the editors of audit s19 judged: attributed,
    not reported; a trial of no name ("(a phase 3 trial)") is no source."""
    note = textwrap.dedent("""\
        # Relapse

        Obinutuzumab maintenance improves PFS by 40% (GADOLIN Study, Lancet Oncol 2016).

        Brentuximab improves PFS by 30% (AETHERA trial).

        Polatuzumab improves PFS by 20% (a phase 3 trial).
        """)
    assert findings(tmp_path, note, "CIT001,CIT003") == [
        (7, 29, 7, 32, "CIT001", "warning", "statistic '20%' has no source")]


def test_a_sub_item_ended_by_a_comma_shares_the_citation_of_the_item_after_it(tmp_path: Path) -> None:
    """A sub-item under an uncited item still shares the citation of the sub-item that ends its
    sentence ("- lowers events by 10%," over "- but raises bleeding (THEMIS, NEJM 2019;381:1309)")."""
    notes = textwrap.dedent("""\
        # Antiplatelets

        - Two antiplatelet drugs:
          - lower events by about 10% in people with diabetes,
          - but raise bleeding (NEJM 2019;381:1309)
        - One drug alone:
          - lowers events by about 20%.
        """)
    assert findings(tmp_path, notes, "CIT001") == [
        (7, 28, 7, 31, "CIT001", "warning", "statistic '20%' has no source")]


def test_a_list_item_that_only_cites_sources_the_items_it_closes(tmp_path: Path) -> None:
    """Audit s18 (short-cite class): a clinician's note closes an item with a sub-item that only
    cites, one item down ("- See the table" then "  - (Ann Made-up Med 2019;12:40; …)"): the
    items before it are sourced. An item after it, or before a sub-item linking only to the
    site's own page, is not."""
    note = """\
        # Second-line options

        - Drug A and drug B gave similar benefit (HR 0.61 to 0.66).
        - See the table below for side effects.
          - (Ann Made-up Med 2019;12:40; J Invented Oncol 2020;8:115)
        - Drug C cut relapse by 30%.
        """
    assert findings(tmp_path, note, "CIT001") == [
        (6, 25, 6, 28, "CIT001", "warning", "statistic '30%' has no source"),
    ]
    # (a short cite with the trial's and the journal's names beside it, unbracketed, too)
    named = note.replace("(Ann Made-up Med 2019;12:40; J Invented Oncol 2020;8:115)",
                         "CALYX-1, Invented Clin Res 2017;23:5218")
    assert findings(tmp_path, named, "CIT001") == [
        (6, 25, 6, 28, "CIT001", "warning", "statistic '30%' has no source"),
    ]
    own_page = note.replace("(Ann Made-up Med 2019;12:40; J Invented Oncol 2020;8:115)",
                            "[our table](/tables/side-effects)")
    assert findings(tmp_path, own_page, "CIT001") == [
        (3, 43, 3, 50, "CIT001", "warning", "statistic 'HR 0.61' has no source"),
        (6, 25, 6, 28, "CIT001", "warning", "statistic '30%' has no source"),
    ]


def test_a_citation_line_under_a_heading_sources_the_sections_below_it(tmp_path: Path) -> None:
    """Survey s19 (heading-cite class): a pocket-manual note gives its source once, in
    parentheses under its title, and splits its page into sections below ("# Joint fluid" then
    "(Made-up J Med 2002;346:1971)" then "## Cell count"); the line may say something beside
    its sources ("(30% of cases; …)"). It sources the sections nested under its heading, not a
    section beside them."""
    note = """\
        # Joint fluid

        (Made-up J Med 2002;346:1971)

        ## Cell count

        Crystals are found in 85% of gout flares.

        ### Culture

        Gram stain is positive in 60% of septic joints.

        # Imaging

        Ultrasound finds effusions missed by exam in 40% of knees.
        """
    assert findings(tmp_path, note, "CIT001") == [
        (15, 46, 15, 49, "CIT001", "warning", "statistic '40%' has no source"),
    ]
    saying_more = note.replace("(Made-up J Med 2002;346:1971)", "(30% of adults; Made-up J Med 2002;346:1971):")
    assert findings(tmp_path, saying_more, "CIT001") == [
        (15, 46, 15, 49, "CIT001", "warning", "statistic '40%' has no source"),
    ]
    # A slip in the order of a short cite's marks ("2019:156;461") still cites.
    slipped = note.replace("2002;346:1971", "2019:156;461")
    assert findings(tmp_path, slipped, "CIT001") == [
        (15, 46, 15, 49, "CIT001", "warning", "statistic '40%' has no source"),
    ]
    assert len(findings(tmp_path, note.replace("(Made-up J Med 2002;346:1971)", "(see below)"), "CIT001")) == 3
    # Audit s21: the line may head the paragraph of bullets under it, with no blank line between.
    unparted = """\
        # Risk factors

        (Made-up Rev Dis 2016;2:16061)
        • Late menopause: risk up 3% a year
        • Family history: lifetime risk 17% to 44%

        # Imaging

        Ultrasound finds effusions missed by exam in 40% of knees.
        """
    assert findings(tmp_path, unparted, "CIT001") == [
        (9, 46, 9, 49, "CIT001", "warning", "statistic '40%' has no source"),
    ]
    # ... or a short cite, with a line of the reader's own under it.
    short_cite = unparted.replace("(Made-up Rev Dis 2016;2:16061)\n        • Late menopause: risk up 3% a year\n",
                                  "Made-up Rev Dis. 2016;2:16061-16070.\n        Worth rereading every year.\n\n"
                                  "        Late menopause raises the risk 3% a year.\n")
    assert findings(tmp_path, short_cite, "CIT001") == [
        (11, 46, 11, 49, "CIT001", "warning", "statistic '40%' has no source"),
    ]


def test_a_note_on_the_one_work_its_references_list_has_it_as_its_source(tmp_path: Path) -> None:
    """Audits s18 and s19 (single-paper class): a note summarising one registry study, whose
    only entry under "References" links the paper, with no citation in its text. Under "Further
    reading", or beside a citation in the text, the link is no source of the rest."""
    note = """\
        # Age at diagnosis and outcome

        Women diagnosed in middle age had the best survival (HR 0.92), and 6.4% were under 40.

        ## References

        - [Age and outcome in a registry of 100,000 women](https://journal.example.org/article/123)
        """
    assert findings(tmp_path, note, "CIT001,CIT003") == []
    unsourced = [(3, 54, 3, 61, "CIT001", "warning", "statistics 'HR 0.92' and '6.4%' have no source")]
    further = note.replace("## References", "## Further reading")
    assert findings(tmp_path, further, "CIT001") == unsourced
    cited_elsewhere = note + "\n        ## Screening\n\n        Screening starts at 40 (Made-up J Med 2019;12:40).\n"
    assert findings(tmp_path, cited_elsewhere, "CIT001") == unsourced


def test_a_list_of_one_entry_under_a_paragraph_is_its_citation_line(tmp_path: Path) -> None:
    """Survey s19 (single-source class): a note closes its paragraph with its source written as
    a numbered list of one ("1. Roe AB. Title. J Med. 2007;1:229."). An entry of a longer list
    is a references list's, and sources no paragraph beside it."""
    note = """\
        # Unknown primary

        Most are adenocarcinomas (about 60%), and about 5% are squamous.

        1. Roe AB. Cancers of unknown origin. Made-up J Oncol. 2007;1(6):229-235.

        ## Work-up

        Imaging finds the primary in 20% of cases.
        """
    unsourced_work_up = [(9, 30, 9, 33, "CIT001", "warning", "statistic '20%' has no source")]
    assert findings(tmp_path, note, "CIT001") == unsourced_work_up
    longer = note.replace("229-235.\n", "229-235.\n        2. Doe C. Markers of origin. Made-up J Path. 2010;4:12-19.\n")
    assert findings(tmp_path, longer, "CIT001") == [
        (3, 33, 3, 36, "CIT001", "warning", "statistics '60%' and '5%' have no source"),
        (10, 30, 10, 33, "CIT001", "warning", "statistic '20%' has no source"),
    ]


def test_figures_named_by_their_trial_are_attributed(tmp_path: Path) -> None:
    """Audit s19 (named-trial class): a blog gives each figure with the trial it comes from,
    by the trial's name ("the STEP-4 trial", "**CALYX-2 Trial (2025):**", "the BRIGHTON
    trials"). A drug class, a gene or a virus numbered alike names no trial."""
    post = """\
        # Weight-loss injections for women

        Women made up 74% of the STEP-4 trial, and the BRIGHTON trials enrolled about 70% women.

        **CALYX-2 Trial (2025):** weight fell by 19.8% on the higher dose.

        GLP-1 studies enrolled mostly women (about 65%).
        """
    assert findings(tmp_path, post, "CIT001") == [
        (7, 44, 7, 47, "CIT001", "warning", "statistic '65%' has no source"),
    ]
    # The sentence after the one naming the trial, referring back to it ("The results ..."),
    # and a summary restating its figure point to the trial too; the dose's steps are no claim.
    more = post + """
        The tablet was approved on the strength of the CALYX-3 trial of 900 adults. The results
        were clear: weight fell by 15.1% over a year.

        - In short: about 15.1% of body weight, for most people.
        - If sick, lower the dose in decrements of 10%.
        - Most people (80%) keep taking it.
        """
    assert findings(tmp_path, more, "CIT001") == [
        (7, 44, 7, 47, "CIT001", "warning", "statistic '65%' has no source"),
        (14, 16, 14, 19, "CIT001", "warning", "statistic '80%' has no source"),
    ]


def test_results_a_paragraph_refers_back_to_are_those_of_the_trial_before_it(tmp_path: Path) -> None:
    """Audit s21 (named-trial class): a paragraph that opens by referring back to the results
    ("The results were striking: ...") gives the results of the trial the paragraph before it
    named, and so does a sentence on its subgroup; a paragraph after one that names no trial
    still needs its source."""
    post = """\
        # Two injections compared

        **VERTA-5 Trial (2025):** the first head-to-head trial of the two drugs in 700 adults.

        The results were clear: drug A gave 19.4% weight loss against 12.9% with drug B. In the
        women's subgroup, drug A gave 20.3% against 13.5%.

        Most people stop one of them within a year.

        The results were clear: about 40% of people stop within a year.
        """
    assert findings(tmp_path, post, "CIT001") == [
        (10, 31, 10, 34, "CIT001", "warning", "statistic '40%' has no source"),
    ]


def test_a_named_body_that_found_a_figure_is_its_source(tmp_path: Path) -> None:
    """Audit s21c: "The National Alliance for Caregiving found that 89% ..." names where the
    figure comes from; a body's figure with no body named still needs its source."""
    post = """\
        # Caring for a parent

        The Riverside Alliance for Carers found that 61% of carers feel stressed by medicines.

        Most carers (45%) feel stressed by medicines.
        """
    assert findings(tmp_path, post, "CIT001") == [
        (5, 14, 5, 17, "CIT001", "warning", "statistic '45%' has no source"),
    ]


def test_an_appeal_to_a_body_its_references_list_names_is_sourced(tmp_path: Path) -> None:
    """Audit s19 (named-authority class): "According to the Made-up Menopause Society, ..."
    where the page's references list holds the society's position statement. A body the list
    does not name is still an unsourced appeal; an acronym is matched as written ("WHO", not
    "who")."""
    post = """\
        # Hot flushes

        According to the Made-up Menopause Society, hormone therapy is the first-line treatment.

        According to the WHO, most women have flushes.

        ## References

        1. The 2020 position statement of the Made-up Menopause Society. Menopause. 2020;27:1-10.
        2. Roe A. Women who flush. J Invented Med. 2019;3:4.
        """
    assert findings(tmp_path, post, "CIT002") == [
        (5, 1, 5, 21, "CIT002", "warning",
         "claim 'According to the WHO' reports a research finding or appeals to an authority but cites none"),
    ]


def test_a_note_under_a_link_to_its_paper_has_that_paper_as_its_source(tmp_path: Path) -> None:
    """Survey s19 (single-source class): a clinician's note on one trial opens with the
    paper's link on a line of its own, then gives its results in a table. A second paper
    named in the note makes it no note on one paper."""
    note = """\
        # Made-upmab

        Made-up**MAB**

        [Made-upmab with dexamethasone for myeloma | Invented J Med](https://journal.example.org/doi/full/10.1000/xyz123)

        - Design: a randomised phase 3 trial.
        - Efficacy:

        | Outcome | Made-upmab | Control |
        | --- | --- | --- |
        | PFS at 5 years | 63.2% | 45.2% |
        """
    assert findings(tmp_path, note, "CIT001") == []
    second = note + "\n        ## See also\n\n        A pooled analysis: doi:10.1000/abc987.\n"
    assert findings(tmp_path, second, "CIT001") == [
        (12, 20, 12, 33, "CIT001", "warning", "statistics '63.2%' and '45.2%' have no source"),
    ]


def test_a_bodys_data_and_a_camel_case_trial_are_sources(tmp_path: Path) -> None:
    """Audit s22a: "According to FDA data, ..." says whose figures they are, and "The CheckMate
    141 study showed ..." names its trial as "the STEP-1 trial" does; the body named without its
    data, and a study named by no name, still need their source."""
    post = """\
        # Medicines at home

        According to FDA data, dosing mistakes happen in about 30% of older adults on five medicines.

        The RiverLight 202 study showed a response rate of 13% against 6% with standard care.

        ## Elsewhere

        According to the FDA, dosing mistakes happen in about 35% of older adults.
        """
    assert findings(tmp_path, post, "CIT001") == [
        (9, 55, 9, 58, "CIT001", "warning", "statistic '35%' has no source"),
    ]


def test_lists_under_a_lead_in_naming_whose_advice_they_are_are_sourced(tmp_path: Path) -> None:
    """Audit s22a: "According to the Riverside Society's guidelines, ...:" over labelled lists,
    and "According to the Riverside Society, ... ." over "**How well it works:**" and its list,
    give whose figures the lists hold; a lead-in naming nobody, or a list with no label under a
    plain sentence, still needs its source."""
    post = """\
        # Managing symptoms

        ## Lifestyle

        **According to the Riverside Society guidelines**, lifestyle change comes first:

        **Weight (if overweight):**

        * Losing 5-10% of body weight eases symptoms in many people

        ## Hormone therapy

        According to the Riverside Society, hormone therapy is the first choice.

        **How well it works:**

        * Cuts flushes by 75% or more

        ## Other options

        Our pharmacists suggest these:

        * Cuts flushes by 40% in some people
        """
    assert findings(tmp_path, post, "CIT001") == [
        (23, 19, 23, 22, "CIT001", "warning", "statistic '40%' has no source"),
    ]


def test_a_body_in_brackets_physiology_shares_and_written_bounds_are_no_unsourced_figures(tmp_path: Path) -> None:
    """Audit s22b: a figure whose sentence ends by naming its body in brackets ("(Riverside
    Cancer Society)"); a body's normal share of a substance ("50% free", "40% to albumin",
    "intracellular fluid 98%"); a bound written "> or =" and a concentration named after its
    figure in Chinese ("約 90% 的潮氣末氧濃度", about 90% end-tidal oxygen). A figure with a body
    named elsewhere in its sentence, and a site's share of patients, still need their source."""
    post = """\
        # Notes

        About 40,000 deaths a year are due to bowel cancer (Riverside Cancer Society).

        - intracellular fluid 98%
        - 50% free calcium, 40% to albumin
        - a response defined as > or = 12% and 200 ml
        - 約 90% 的潮氣末氧濃度

        The Riverside Cancer Society says 35% of deaths are preventable, and most occur after 70.

        - bone 70% of patients with spread
        """
    assert findings(tmp_path, post, "CIT001") == [
        (10, 35, 10, 38, "CIT001", "warning", "statistic '35%' has no source"),
        (12, 8, 12, 11, "CIT001", "warning", "statistic '70%' has no source"),
    ]


def test_a_results_paragraph_goes_on_with_its_trial_to_its_end(tmp_path: Path) -> None:
    """Audit s21/s21c (named-trial class): once a paragraph opens by referring back to the trial
    the paragraph before named ("The results were clear: ...", or a short lead-in question, "Even
    better?"), its later sentences are that trial's results too; so is a sentence that goes on
    about the trial its paragraph opened with ("It was the first ..."). A paragraph that opens
    on its own still needs its source to its end."""
    post = """\
        # Two injections compared

        **VERTA-5 Trial (2025):** the key study here. It was the first direct comparison, and 70% of those enrolled were women.

        The results were clear: drug A gave 19.4% weight loss against 12.9% with drug B. About 45% more
        people on drug A lost a fifth of their weight.

        The tablet form rests on the VERTA-6 trial in 900 adults.

        Even better? About a third of people on the tablet lost 20% of their weight or more.

        Most people start on the low dose. About 30% of people stop within a year.
        """
    assert findings(tmp_path, post, "CIT001") == [
        (12, 42, 12, 45, "CIT001", "warning", "statistic '30%' has no source"),
    ]


def test_a_measure_named_with_no_figure_or_direction_is_no_statistic(tmp_path: Path) -> None:
    """Audit s22b: "the absolute risk increase is small" names a measure and says nothing of
    how it goes (its "increase" is the measure's own name); "a higher absolute risk increase in
    smokers" says how it goes."""
    post = """\
        # The pill after 35

        For most women the absolute risk increase is small, and the next section explains it.

        Smokers over 35 have a higher absolute risk increase than non-smokers.
        """
    assert findings(tmp_path, post, "CIT001") == [
        (5, 31, 5, 53, "CIT001", "warning", "statistic 'absolute risk increase' has no source"),
    ]


def test_a_header_row_a_count_over_time_and_measured_fractions_are_no_claims(tmp_path: Path) -> None:
    """Audit s23a/s23b: a table's header row labels its columns ("| High > 50% | Mod 30~50% |"
    names statin intensities); "two in six weeks" counts periods over a span of time; an iron
    saturation target and a regurgitant fraction are measurements, as an EF is. A share of
    people in the table's body is still a claim."""
    note = """\
        # Statins and more

        | Drug | High > 50% | Mod 30~50% |
        | ---- | ---------- | ---------- |
        | Atorvastatin | 40-80 mg | 10-20 mg |
        | Muscle aches | in 10% of users | in 5% of users |

        You might skip a period, then have two in six weeks.

        Phlebotomy weekly until Fe sat <50% & ferritin 50-100, then every 3 months.

        Moderate regurgitation: jet width 25-64%, regurg fraction 30-49%.
        """
    assert findings(tmp_path, note, "CIT001") == [
        (6, 21, 6, 41, "CIT001", "warning", "statistics '10%' and '5%' have no source"),
    ]


def test_a_claim_that_says_again_what_the_block_before_sourced(tmp_path: Path) -> None:
    """Audit s21/s23a: a gloss under a cited line that names its measure again ("may lower the
    one-month mortality rate" under "... ↓ 1-mo mortality (NEJM 2015;372:1619)"), and a figure
    in words after the attributed figure ("Seven out of ten women." after "The Riverside
    Society (2025) reported that up to 70% ..."), are sourced by the block before; the same
    words after an unsourced block are not."""
    gloss = """\
        # Alcohol-related hepatitis

        - Steroids may ↓ 1-mo but not 6-mo mortality (NEJM 2015;372:1619); watch for infection.

        > Steroids may lower the one-month mortality rate but not the six-month mortality rate.

        ## Outlook

        Some people recover fully.

        > Steroids may lower the one-month mortality rate but not the six-month mortality rate.
        """
    assert findings(tmp_path, gloss, "CIT001") == [
        (11, 36, 11, 50, "CIT001", "warning",
         "statistics 'mortality rate' and 'mortality rate' have no source"),
    ]
    words = """\
        # Misdiagnosed

        The Riverside Society (2025) reported that up to 70% of women are first misdiagnosed.

        Seven out of ten women.

        Many women are first misdiagnosed.

        Seven out of ten women.
        """
    assert findings(tmp_path, words, "CIT001") == [
        (9, 1, 9, 17, "CIT001", "warning", "statistic 'Seven out of ten' has no source"),
    ]


def test_an_appeal_to_research_that_names_its_trial_or_dated_guideline(tmp_path: Path) -> None:
    """Audit s21/s23f: "The landmark VERTA-1 trial showed ..." names its trial, and "According
    to WHO guidelines and 2023 international guidelines, ..." a dated guideline: no appeal to
    unnamed research. "A 2025 meta-analysis in a journal" names neither: still reported."""
    post = """\
        # Weight and hormones

        The landmark VERTA-1 trial showed real weight loss over 68 weeks.

        According to WHO guidelines and 2023 international PCOS guidelines, lifestyle change comes first.

        A 2025 meta-analysis in a menopause journal found the same.
        """
    assert findings(tmp_path, post, "CIT002") == [
        (7, 1, 7, 24, "CIT002", "warning",
         "claim 'A 2025 meta-analysis in' reports a research finding or appeals to an authority but cites none"),
    ]


def test_a_paragraph_that_opens_on_a_subject_of_its_own_is_not_the_trials(tmp_path: Path) -> None:
    """Review of the results-paragraph rule: only a paragraph that opens on the results
    ("The results were ...") goes on with the trial named before; "The data are mixed on
    coffee." opens a subject of its own, and "It is widely said that ..." is no sentence about
    the trial."""
    post = """\
        # Coffee and the liver

        The VERTA-2 trial tested a new drug in 400 adults.

        The data are mixed on coffee. Coffee drinkers may cut their liver cancer risk by 30%.

        The VERTA-3 trial enrolled 500 adults. It is widely said that 40% of adults drink too much.
        """
    assert findings(tmp_path, post, "CIT001") == [
        (5, 82, 5, 85, "CIT001", "warning", "statistic '30%' has no source"),
        (7, 63, 7, 66, "CIT001", "warning", "statistic '40%' has no source"),
    ]
