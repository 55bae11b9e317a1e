"""False positives found on real health sites, written in our own words: each case keeps the
false positive quiet and a true positive beside it firing, at exact positions and severity."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import TODAY, lint_text, medlint


@pytest.fixture()
def lint_severity(tmp_path: Path):
    """lint(markdown, *flags) -> findings as 'line:col CODE severity' strings."""

    def run(text: str, *flags: str, name: str = "article.md") -> list[str]:
        return [f"{f['line']}:{f['column']} {f['code']} {f['severity']}"
                for f in lint_text(tmp_path, text, *flags, name=name)]

    return run


SPAM_CASES = [
    # Pharmacokinetics' "zero-order drugs" orders nothing; selling "order drugs" still fires.
    ("Ethanol follows zero-order kinetics, and zero order drugs saturate the enzyme that clears them.\n\n"
     "Order drugs here and pay $20: email sales@example.com.\n",
     ["3:1 SPAM003 warning", "3:22 SPAM003 warning"]),
    # Negated and cautionary wording passes; the fraud phrase beside selling language fires.
    ("It is not a guaranteed cure, and no vaccine is 100% effective.\n\n"
     "## Offer\n\nOur miracle cure ships today: free delivery, only $49 per bottle.\n",
     ["5:5 SPAM002 warning", "5:31 SPAM003 warning", "5:46 SPAM003 warning"]),
    # Pharmacy advice: no selling context, so "without a prescription" is info at most.
    ("You can buy these sprays from a pharmacist without a prescription.\n\n"
     "## Shop\n\nBuy pills without a prescription from our online pharmacy.\n",
     ["5:1 SPAM003 warning", "5:43 SPAM003 warning"]),
    # A drug-interaction warning names herbal remedies; a testimonial with them still fires.
    ("Tell your doctor if you take herbal remedies, such as St John's wort.\n\n"
     "## Comments\n\nThanks to Dr Obi and his herbal remedy my sister was healed.\n",
     ["5:1 SPAM004 warning", "5:26 SPAM004 warning", "5:40 SPAM004 warning"]),
    # With no context at all the wording is info: visible, but no warning.
    ("Some teas claim natural healing and have no side effects listed.\n",
     ["1:42 SPAM002 info"]),
    # FTC and FDA fraud vocabulary, beside a first-person cure story.
    ("I was completely cured. This tea will detox and cleanse the body, balance pH levels, "
     "and it is anti-aging: it boosts the immune system to fight cancer.\n",
     ["1:1 SPAM004 warning", "1:39 SPAM002 warning", "1:49 SPAM002 warning",
      "1:67 SPAM002 warning", "1:96 SPAM002 warning", "1:111 SPAM002 warning"]),
    # "boosts the immune system" alone is not a cure claim.
    ("Sleep boosts the immune system. I was completely cured.\n", ["1:33 SPAM004 warning"]),
]


@pytest.mark.parametrize(("markdown", "expected"), SPAM_CASES)
def test_spam_wording_needs_spam_context(lint_severity, markdown: str, expected: list[str]) -> None:
    assert lint_severity(markdown, "--select", "SPAM002,SPAM003,SPAM004") == expected


PHARMACY_PAGE = (
    "# Travel vaccines at our pharmacy\n\n"
    "We offer free delivery of travel medicines and a consultation for just $25.\n\n"
    "## Visit us\n\nStop by at 1204 Harbour Road, Suite 3, or call us at (410) 555-0142.\n\n"
    "Hours: Monday-Friday, 9am-6pm.\n")


def test_a_businesss_own_page_sells_only_its_own_services(lint_severity) -> None:
    """A pharmacy's own page, with its street address and opening hours or its own "call us",
    offers its own services: their ordering and price words are info, and its phone line is not
    reported. A public sum ("just £150 million") is no price. A cure testimonial on such a page
    is still spam."""
    assert lint_severity(PHARMACY_PAGE, "--select", "SPAM001,SPAM002,SPAM003,SPAM004") == [
        "3:10 SPAM003 info", "3:67 SPAM003 info"]
    no_premises = PHARMACY_PAGE.replace("1204 Harbour Road, Suite 3, or ", "").replace(
        "Hours: Monday-Friday, 9am-6pm.\n", "Thank you.\n")
    assert lint_severity(no_premises, "--select", "SPAM001,SPAM003") == [
        "3:10 SPAM003 warning", "3:67 SPAM003 warning"]
    testimonial = PHARMACY_PAGE + "\nMy sister was completely cured by Dr Obi, call us to order.\n"
    assert lint_severity(testimonial, "--select", "SPAM001") == ["7:54 SPAM001 error"]
    assert lint_severity("Cutting waste saved just £150 million a year. Call 0800 555 0199.\n",
                         "--select", "SPAM001,SPAM003") == []


def test_comment_spam_after_a_references_heading_is_still_caught(lint_severity) -> None:
    markdown = (
        "# HER2 tests\n\nHER2 is a protein.[^1]\n\n## References\n\n"
        "[^1]: Roe J. HER2 testing. J Clin Oncol. 2023.\n\n"
        "All thanks to Dr Oso, I was completely cured. Email helen77@gmail.com or "
        "WhatsApp +2348031234567.\n")
    assert lint_severity(markdown, "--select", "SPAM001,SPAM004") == [
        "9:1 SPAM004 error", "9:23 SPAM004 error", "9:53 SPAM001 error",
        "9:74 SPAM001 error", "9:83 SPAM001 error"]


def test_unsourced_quote_needs_a_person(lint_severity) -> None:
    markdown = (
        '"Rubor, calor, tumor" – Peri-articular redness, warmth and swelling.\n\n'
        '"You caused this by eating sugar" — No. Type 1 diabetes is autoimmune.\n\n'
        '"Hineni" -- A word that means "here I am".\n\n'
        '"Stop the bleeding first." -- United Hatzalah training material.\n\n'
        '"It is hard." — When I was diagnosed, everything changed.\n\n'
        '"Fewer people need chemotherapy now," says Dr Andy Smith, our in-house GP.\n\n'
        '"It works." – Dr. Jane Roe, Oncologist\n\n'
        '> "Work with the door open." — Richard Hamming\n')
    assert lint_severity(markdown, "--select", "CIT004") == [
        "13:15 CIT004 warning", "15:32 CIT004 warning"]


def test_reference_numbers_are_citations_not_link_texts_or_placeholders(lint_severity) -> None:
    markdown = (
        "# Helplines\n\n"
        "Call [999](tel:999) or [111](tel:111), as the guide says [2].\n\n"
        "- Siblings [1] <> [2] <>\n\n"
        "See the scan ([Figure 1][12]) and the [biopsy][123].\n\n"
        "The target looks promising[3][4].\n\n"
        "Hormones: \\[1] CRH → \\[2] ACTH → \\[3] cortisol\nOrgans: \\[1] hypothalamus → \\[2] pituitary\n\n"
        "Citations:\n[1] <https://example.org/a>\n[2] <https://example.org/b>\n")
    # A numbered chain ("[1] CRH → [2] ACTH → [3] cortisol") is steps, not citations.
    assert lint_severity(markdown, "--select", "CIT007") == [
        "9:27 CIT007 error", "9:30 CIT007 error"]


CITATION_FORMS = [
    "About 15% of people relapse (Lancet Oncol 2012;13:25).\n",
    "About 15% of people relapse, NEJM 2019;380:617-628.\n",
    "About 15% of people relapse. J Clin Oncol. 2023;41(22):3867.\n",
    "About 15% of people relapsed in HERA (NCT00045032).\n",
    "About 15% of people relapse. (Roe et al., 2019)\n",
    "About 15% of bites were on the legs (regional data, Roe et al. 1997).\n",
    "Roe et al. (2019) saw 15% of people relapse.\n",
    "About 15% of people relapse.<sup>3</sup>\n",
    "Studies show that about 15% of people relapse (25–31).\n",
    "Studies show that about 15% of people relapse (25–31) (see Figure 2).\n",
    "About 15% of people relapse (Source: Example Society guideline on relapse, 2022).\n",
    'About 47% of adults.<sup><a href="#ref3">3,4</a></sup>\n',
    "| Outcome | Roe 2001 |\n|---|---|\n| Relapse | 15% |\n",
    "About 15% of people relapse on the lower dose (Ref).\n",  # a drug reference's clipped link
    "A study by Roe et al. saw 15% of people relapse.\n",
    "About 15% of people relapse [FDA Press Release 2022 Nov 30].\n",
]


def test_a_citation_in_a_heading_is_the_articles_source(lint_severity) -> None:
    """"## Relapse (Lancet Oncol 2012;13:25)" cites the paper its section sums up: the article
    cites a source, so it gets no CIT003."""
    markdown = ("# Relapse\n\n## After surgery (Lancet Oncol 2012;13:25)\n\n"
                "Studies show that steroids help most people, and biologics bring remission in many.\n")
    assert lint_severity(markdown, "--select", "CIT003") == []
    assert lint_severity(markdown.replace(" (Lancet Oncol 2012;13:25)", ""), "--select", "CIT003") == [
        "1:1 CIT003 warning"]


@pytest.mark.parametrize("markdown", CITATION_FORMS)
def test_citation_forms_real_articles_use_source_the_claim(lint_severity, markdown: str) -> None:
    unsourced = "About 20% of people relapse.\n\n"
    found = lint_severity(unsourced + markdown, "--select", "CIT001,CIT003")
    assert found == ["1:7 CIT001 warning"]


def test_unsourced_statistic_counts_claims_not_numbers(lint_severity, tmp_path: Path) -> None:
    markdown = (
        "# Heart checks\n\n"
        "Values below 95% may need monitoring; an EF drop ≥10% pauses treatment, and the "
        "threshold moved from 10% to 7.5%.\n\n"
        "Give 5% dextrose; the beer has ABV 3.6%; use 50% DEET; report the 95% CI; 給予 100% 氧氣; 加入 5% 葡萄糖水.\n\n"
        "Side effects are common (up to 1 in 10 people), about 1 in 5,000 people die, and "
        "20% and 30% relapse.\n\n"
        "Over 50% of deaths happen in the first hour.\n\n"
        "## Karnofsky scale\n\n100% Well, no symptoms. 20% Very sick.\n\n"
        "### 2025-01-01 - A trial reports\n\nA trial of 38 adults cut fatigue by 40%.\n\n"
        "Sources:\n\n- [Roe et al. 2025](https://doi.org/10.1000/x)\n")
    assert lint_severity(markdown, "--select", "CIT001") == [
        "7:55 CIT001 warning", "9:6 CIT001 warning"]
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "CIT001", str(tmp_path / "article.md"))
    assert [f["message"] for f in result.findings()] == [
        "statistics '1 in 5,000', '20%' and '30%' have no source",
        "statistic '50%' has no source"]


def test_thresholds_definitions_and_goals_are_no_claims(lint_severity) -> None:
    """A threshold after its number ("10% or greater"), a test's criterion ("85% of max
    predicted"), a half-life's definition, a weight-loss goal and what a test predicts are no
    statistics; what the goal achieves still is one, and so is a share "or more" of people."""
    markdown = ("# Prevention\n\nStart a statin when the 10-year risk is 10% or greater.\n\n"
                "A stress test needs at least 85% of max predicted heart rate.\n\n"
                "The half-life is the time for 50% of the drug to be cleared.\n\n"
                "Losing 5-7% of body weight cut diabetes risk by 58%.\n\n"
                "Men account for 75% or more of suicide deaths.\n\n"
                "The 21-gene assay predicts the 9-year distant recurrence rate: low (score 11 or less).\n\n"
                "An S4 a month after an infarct predicts a higher 5-year mortality rate.\n")
    assert lint_severity(markdown, "--select", "CIT001") == [
        "9:49 CIT001 warning", "11:17 CIT001 warning", "15:50 CIT001 warning"]


def test_stale_references_judge_the_evidence_base(lint_severity) -> None:
    current = ("# T\n\n## References\n\n1. Roe J. Adjuvant trastuzumab. N Engl J Med. 2005;353:1659.\n"
               "2. Lee K. HER2-low disease. J Clin Oncol. 2022;40:1.\n")
    assert lint_severity(current, "--select", "DATE004") == []
    stale = ("# T\n\n## References\n\n1. Roe J. A trial. N Engl J Med. 2005;353:1659.\n"
             "2. Lee K. A review. Lancet. 2012;380:1.\n3. Guide. (Accessed on May 2, 2013).\n")
    assert lint_severity(stale, "--select", "DATE004") == [
        "6:29 DATE004 warning", "7:24 DATE004 warning"]


HARD = ("Trastuzumab-mediated antibody-dependent cellular cytotoxicity, in conjunction with "
        "inhibition of ligand-independent dimerisation, substantially ameliorates prognostic "
        "trajectories in amplified carcinomas. ") * 6
EASY_VISIT = ("We ask you to bring things to the clinic, e.g. your list of pills, and Dr. Lee "
              "will look at them with you and talk about what you take each day and why. ") * 8


def test_reading_grade_scores_the_body_not_the_front_matter(lint_severity) -> None:
    hard_description = ("---\ntitle: Visit\ndescription: Multidisciplinary pharmacotherapeutic "
                        "reconciliation optimises interdisciplinary medication administration.\n---\n")
    assert lint_severity(hard_description + "# Visit\n\nWe see you. We help you. " * 1
                         + "You rest here. " * 40 + "\n", "--select", "READ001") == []
    assert lint_severity(hard_description + "# Drug\n\n" + HARD + "\n", "--select", "READ001") == [
        "7:1 READ001 warning"]


def test_abbreviations_end_no_sentence_and_list_lines_are_sentences(lint_severity, tmp_path: Path) -> None:
    # "e.g." and "Dr." inside long sentences: the sentences stay long (grade 9.8, not 3).
    assert lint_severity("# Visit\n\n" + EASY_VISIT + "\n", "--select", "READ001") == [
        "3:1 READ001 warning"]
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "READ001", str(tmp_path / "article.md"))
    assert [f["message"] for f in result.findings()] == [
        "the article reads at grade 9.8 (Flesch-Kincaid grade), above the target grade 8"]
    # Lines set one per row without full stops are one item each, not one long sentence.
    rows = "\n".join(["Bring your list of pills and your card"] * 20)
    assert lint_severity(f"# Visit\n\nBring these:\n\n{rows}\n", "--select", "READ001") == []
    fields = "\n".join(["**Topic:** burns in children and adults at home"] * 20)
    assert lint_severity(f"# Burns\n\n{fields}\n", "--select", "READ001") == []


def test_audience_comes_from_front_matter_or_the_path(tmp_path: Path) -> None:
    (tmp_path / ".medlint.yml").write_text('audiences: {"notes/**": professional}\n')
    for folder in ("notes", "articles", "own"):
        (tmp_path / folder).mkdir()
        front = "---\naudience: Professional\n---\n" if folder == "own" else ""
        (tmp_path / folder / "drug.md").write_text(f"{front}# Drug\n\n{HARD}\n")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "READ001", str(tmp_path))
    assert [(Path(f["path"]).parent.name, f["line"], f["column"]) for f in result.findings()] == [
        ("articles", 3, 1)]


@pytest.mark.parametrize("targets", ['{patient: "eight"}', "{patient: true}", "[8]", "{patient: -1}"])
def test_bad_audience_targets_are_a_configuration_error(tmp_path: Path, targets: str) -> None:
    (tmp_path / ".medlint.yml").write_text(f"rules:\n  READ001: {{audience_targets: {targets}}}\n")
    (tmp_path / "a.md").write_text("---\naudience: patient\n---\n# Drug\n\n" + HARD + "\n")
    result = medlint("check", "--offline", "--today", TODAY, str(tmp_path))
    assert result.exit_code == 2
    assert "audience_targets" in result.stderr and "Traceback" not in result.stderr


def test_a_configured_audience_must_be_named(tmp_path: Path) -> None:
    (tmp_path / ".medlint.yml").write_text('audiences: {"notes/**": [professional]}\n')
    (tmp_path / "a.md").write_text("# A\n")
    result = medlint("check", "--offline", "--today", TODAY, str(tmp_path))
    assert result.exit_code == 2 and "audiences" in result.stderr


NO_NUMBERS = ("# Charcoal\n\nActivated charcoal treats certain types of poisoning. Anti-HER2 "
              "medicines only work on HER2-positive cancer.\n\nTargeted therapies have "
              "dramatically changed outcomes for many people.\n")


@pytest.mark.parametrize(("markdown", "expected"), [
    (NO_NUMBERS, ["1:1 CIT003 warning"]),
    # A recipe, a how-to-use-this-site page and a style guide make no medical claims.
    ("# Lemon cake\n\nReduce the heat and bake for 40 minutes. Use 2% milk and 70% cocoa "
     "chocolate. These sweet treats keep for a week.\n\nThe glaze kills the sourness.\n", []),
    ("# Using this site\n\nThis site cannot diagnose or treat any condition, and it does not "
     "replace your doctor. Search for a topic, then read about treatment options according to "
     "the initial plan.\n", []),
    ("# Style guide\n\nHeadings are 50% larger than body text.\n\n## Repellent\n\n"
     "Use a spray with 50% DEET.\n", []),
    # One stray plain claim is not an article of claims; a statistic alone still is.
    ("# HER2\n\nTrastuzumab treats HER2-positive breast cancer.\n", []),
    ("# HER2\n\nAbout 20% of breast cancers are HER2-positive.\n", ["1:1 CIT003 warning"]),
])
def test_no_sources_sees_claims_without_numbers(lint_severity, markdown: str, expected: list[str]) -> None:
    assert lint_severity(markdown, "--select", "CIT003") == expected


def test_a_sources_line_under_a_paragraph_sources_its_entry(lint_severity) -> None:
    markdown = (
        "# Timeline\n\n### 2026-04-24 - A scan study\n\n"
        "A study of 20 patients found a 22% rise in lactate.\nSources:\n\n"
        "- [Roe et al. 2026](https://doi.org/10.1000/x)\n\n"
        "### 2026-04-28 - Another study\n\nA study of 50 patients found a 30% fall.\n")
    assert lint_severity(markdown, "--select", "CIT001") == ["12:12 CIT001 warning"]


def test_research_appeals_are_not_negations_or_comparisons(lint_severity) -> None:
    markdown = (
        "# Shock\n\nNo published evidence suggests the protocols differ; no clinical trial has "
        "shown it. Children have "
        "significantly lower blood volumes.\n\nStudies show the drug significantly lowers "
        "blood pressure and significantly lower the risk of stroke.\n")
    assert lint_severity(markdown, "--select", "CIT002") == [
        "5:1 CIT002 warning", "5:23 CIT002 warning", "5:63 CIT002 warning"]
    # A clause's negation a few words before the appeal still negates it.
    far = ("# Energy\n\nNo single metabolic or mitochondrial signature has been shown to define "
           "every patient. A small marker has been shown to predict relapse.\n")
    assert lint_severity(far, "--select", "CIT002") == ["3:103 CIT002 warning"]


def test_dates_of_cited_sources_are_not_the_articles(lint_severity) -> None:
    markdown = (
        "# Burns\n\n*Last reviewed: 2 March 2026*\n\n"
        "- **Publication date**: the Rescue Network article published 2019-09-13, last updated "
        "2019-11-21\n"
        "- The adult guide was updated April 2018; the course updated May 2019.\n\n"
        "“Cool the burn for twenty minutes” (by A. Roe, published 2014-01-22).\n\n"
        "Video: cooling a burn\n\nMedia last reviewed: 1 March 2019\nMedia review due: 1 March 2022\n\n"
        "Page last reviewed: 3 January 2020\nNext review due: 3 January 2023\n")
    # The page's own next review (line 16) is overdue; the video's (line 13) is not the page's.
    assert lint_severity(markdown, "--select", "DATE001,DATE003,DATE007") == ["16:18 DATE003 warning"]
    undated = "# Burns\n\nThe Rescue Network article, published 2019-09-13, says to cool the burn.\n"
    assert lint_severity(undated, "--select", "DATE001,DATE002") == ["1:1 DATE002 warning"]
    titled = ('# Low sugar\n\n- To treat a hypo, the notes confirm: "Sugar for a hypo" by Ann Roe, published 2025-11-21.\n\n'
              "Page updated 2020-02-02.\n")
    assert lint_severity(titled, "--select", "DATE001") == ["5:14 DATE001 warning"]


def test_own_pages_and_content_farms_are_no_source(tmp_path: Path) -> None:
    (tmp_path / ".medlint.yml").write_text("site: {host: www.example.org}\nnot-sources: [tips.example.net]\n")
    (tmp_path / "her2.md").write_text(
        "# HER2\n\nAbout 15% of cancers are HER2-positive ([our guide](/guides/her2/)).\n\n"
        "About 30% of people relapse, as [a thread](https://www.reddit.com/r/x) says.\n\n"
        "About 40% respond to treatment ([a trial](https://doi.org/10.1000/x)).\n\n"
        "About 50% did well ([our page](https://www.example.org/a)), and 60% "
        "([tips](https://tips.example.net/b)).\n\nAbout 70% of people relapse.\n")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "CIT001,CIT008", str(tmp_path))
    assert [(f["line"], f["column"], f["code"], f["severity"]) for f in result.findings()] == [
        (3, 7, "CIT008", "info"), (5, 7, "CIT008", "info"), (9, 7, "CIT008", "info"),
        (11, 7, "CIT001", "warning")]


def test_an_old_study_beside_sources_accessed_lately_is_a_current_evidence_base(lint_severity) -> None:
    markdown = ("# Stings\n\n## Sources\n\n- Rescue service guidance (web page). Date accessed: 2026-03-15\n"
                "- Roe J. Stings in children. Isr J Med. 1991;27:659.\n")
    assert lint_severity(markdown, "--select", "DATE004") == []
    stale = markdown.replace("2026-03-15", "2009-03-15")
    assert lint_severity(stale, "--select", "DATE004") == ["5:54 DATE004 warning", "6:41 DATE004 warning"]


def test_a_missing_date_is_reported_on_articles_not_on_partials(tmp_path: Path) -> None:
    pages = {"partial.md": "## Speak to a GP if:\n\n- the pain lasts a week\n",
             "CHANGELOG.md": "# Changelog\n\n## 1.2\n\n- Fixed links.\n",
             "titled.md": "---\ntitle: Piles\n---\n## Check if you have piles\n\nLumps, blood, pain.\n",
             "headed.md": "# Piles\n\nLumps, blood, pain.\n"}
    for name, text in pages.items():
        (tmp_path / name).write_text(text)
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "DATE002", str(tmp_path))
    assert [(Path(f["path"]).name, f["line"], f["column"]) for f in result.findings()] == [
        ("headed.md", 1, 1), ("titled.md", 4, 1)]


def test_layout_exam_and_web_percentages_are_no_claims(lint_severity) -> None:
    markdown = ("# Flowcharts\n\nHeadings are 50% larger than body text; set the font size to 120%.\n\n"
                "You need **32 correct answers (80%)** to pass; the pass mark is 80%.\n\n"
                "These browsers make up about 95% of the most popular browsers.\n\n"
                "About 30% of drivers over 70 have poor eyesight.\n")
    assert lint_severity(markdown, "--select", "CIT001") == ["9:7 CIT001 warning"]


def test_a_rate_after_a_comparison_sign_is_still_a_claim(lint_severity) -> None:
    markdown = ("# Notes\n\n- Hct <41% in men; FEV1/FVC < 70%\n"
                "- It has a high cure rate (>95%)\n- >90% a/w EBV\n- Normalises PSA in >90% & shrinks tumours\n")
    assert lint_severity(markdown, "--select", "CIT001") == [
        "4:17 CIT001 warning", "5:4 CIT001 warning", "6:22 CIT001 warning"]


def test_a_summary_restating_a_sourced_number_is_sourced(lint_severity) -> None:
    markdown = ("# Nerves\n\n## Current takeaway\n\nPOTS is common (31% of patients) and 40% "
                "report pain.\n\n## Timeline\n\n### 2025-01-02 - A nerve study\n\n"
                "A study found POTS in 31% of patients.\nSources:\n\n- [Roe et al. 2025](https://doi.org/10.1000/x)\n")
    assert lint_severity(markdown, "--select", "CIT001") == ["5:38 CIT001 warning"]
    # The same count of people in other words: "66 patients" restates "66 participants".
    restated = ("# Trial\n\n## Current takeaway\n\nThe trial has enrolled 38 of its 66 patients; "
                "12 patients left.\n\n## Timeline\n\n### 2026-05-10 - Enrolment update\n\n"
                "The trial enrolled 38 of its target 66 participants.\nSources:\n\n"
                "- [Roe 2026](https://doi.org/10.1000/y)\n")
    assert lint_severity(restated, "--select", "CIT001") == ["5:47 CIT001 warning"]
    # ... or the same count in words: "10 patients" restates a sourced "ten participants".
    in_words = ("# Pilot\n\n## Key limitations\n\n- The pilot was small (10 patients).\n"
                "- Only 14 patients were men.\n\n## Timeline\n\n### 2025-01-02 - Pilot\n\n"
                "A pilot in ten female participants showed a signal.\nSources:\n\n"
                "- [Roe 2025](https://doi.org/10.1000/z)\n")
    assert lint_severity(in_words, "--select", "CIT001") == ["6:8 CIT001 warning"]


def test_a_url_a_template_fills_in_is_not_a_dead_local_link(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text("# Help\n\n[Find a pharmacy]({{ findersBaseUrl }}finders/find-help)\n\n"
                                      "[Missing guide](no-such-guide.md)\n")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "LINK005", str(tmp_path))
    assert [(f["line"], f["column"], f["code"]) for f in result.findings()] == [(5, 1, "LINK005")]


def test_html_links_in_prose_are_checked_like_markdown_links(tmp_path: Path) -> None:
    # A web address written without its scheme in an HTML link is a relative link: the browser
    # looks for a file of that name beside the page.
    (tmp_path / "guide.md").write_text("# Help\n\nOur guide: <a href=\"guide.md\">the guide</a>\n\n"
                                       "Pump users: <a href=\"www.example.org\" target=\"_blank\">forum</a><br>\n")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "LINK005", str(tmp_path))
    assert [(f["line"], f["column"], f["code"], f["message"]) for f in result.findings()] == [
        (5, 13, "LINK005", "link to 'www.example.org' is dead: no such file (a web address needs its https://)")]


def test_a_dead_link_in_an_admonitions_body_is_reported_at_its_place(tmp_path: Path) -> None:
    (tmp_path / "tips.md").write_text('# Tips\n\n!!! tip "Before the scan"\n\n    Read [our guide](no-such-guide.md) first.\n')
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "LINK005", str(tmp_path))
    assert [(f["line"], f["column"], f["code"], f["message"]) for f in result.findings()] == [
        (5, 10, "LINK005", "link to 'no-such-guide.md' is dead: no such file")]


def test_index_pages_site_pages_and_partials_are_no_articles(tmp_path: Path) -> None:
    pages = {"about.md": "# About us\n\nWe write about health.\n",
             "home.md": "---\nlayout: home\ntitle: Remedies\n---\n# Welcome\n\nRead our guides.\n",
             "index.md": "# Threads\n\n- [Sleep and fatigue](sleep.md)\n- [Heart rhythm problems](heart.md)\n",
             "sleep.md": "# Sleep\n\nRest helps. See [the header](local-header.md).\n",
             "heart.md": "# Heart\n\nA fast pulse. [Causes](#causes) are many.\n",
             "local-header.md": "- [What causes it](#what-causes-it)\n"}
    for name, text in pages.items():
        (tmp_path / name).write_text(text)
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "DATE002,LINK005", str(tmp_path))
    assert [(Path(f["path"]).name, f["line"], f["column"], f["code"]) for f in result.findings()] == [
        ("heart.md", 1, 1, "DATE002"), ("heart.md", 3, 15, "LINK005"), ("sleep.md", 1, 1, "DATE002")]


def test_a_section_page_listing_its_pages_under_an_intro_is_no_article(tmp_path: Path) -> None:
    section = ("---\ntitle: Treatments\n---\n\nThis section follows each treatment idea we track, "
               "with what the trials show so far and what is still unknown.\n\n"
               "- **[Iron infusions](./iron/)** - intravenous iron for fatigue and low ferritin.\n"
               "- **[Graded pacing](./pacing/)** - activity plans and heart-rate limits.\n"
               "- [Beta blockers](/treatments/beta-blockers/) - for a fast pulse on standing.\n"
               "- [Compression garments](compression.md) - stockings and abdominal binders.\n\n"
               "> Not medical advice: ask your own doctor.\n")
    article = ("# Pacing\n\n" + "Pacing means planning rest before you are exhausted. " * 20
               + "\n\n## Related\n\n- [Iron infusions](./iron/)\n- [Beta blockers](./beta/)\n"
               "- [Compression garments](compression.md)\n")
    pages = {"treatments/index.md": section, "treatments/pacing.md": article,
             "treatments/_index.md": "# Treatments\n\nEverything we have written on treatments.\n",
             "notes/index.md": "---\ntitle: Notes\n---\n"}
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text)
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "DATE002", str(tmp_path))
    assert [(Path(f["path"]).name, f["line"], f["column"], f["code"], f["message"])
            for f in result.findings()] == [
        ("pacing.md", 1, 1, "DATE002", "the article has no publication, update or review date")]


def test_a_folder_pages_links_resolve_as_its_site_serves_it(tmp_path: Path) -> None:
    """A page assembled from a folder's partials is served at the folder's URL: its page
    links lead among the folder's siblings and its anchors into its other pieces."""
    pieces = {"asthma/inhalers/main-content.md": "## Using a spacer\n\nShake the inhaler first.\n",
              "asthma/getting-help/main-content-1.md": "## Who can help\n\nYour asthma nurse.\n",
              "asthma/getting-help/main-content-2.md": (
                  "## Between reviews\n\nAsk about [your inhalers](inhalers) and [a plan](action-plan).\n\n"
                  "See [who can help](#who-can-help) and [the costs](#prescription-costs).\n"),
              "asthma/getting-help/index.md": "# Getting help\n\nRead about [inhalers](inhalers).\n",
              "asthma/triggers/pollen.md": "# Pollen\n\nSee [inhalers](inhalers) and [help](#who-can-help).\n"}
    for name, text in pieces.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    cache = tmp_path / "results.sqlite"

    def dead_links() -> list[tuple[str, int, int, str]]:
        result = medlint("check", "--format", "json", "--offline", "--today", TODAY, "--select", "LINK005",
                         "--result-cache", str(cache), str(tmp_path / "asthma"))
        return [(Path(f["path"]).name, f["line"], f["column"], f["message"]) for f in result.findings()]

    assert dead_links() == [
        ("main-content-2.md", 3, 41, "link to 'action-plan' is dead: no such file"),
        ("main-content-2.md", 5, 39,
         "link to '#prescription-costs' is dead: no heading #prescription-costs in this file"),
        ("pollen.md", 3, 5, "link to 'inhalers' is dead: no such file"),
        ("pollen.md", 3, 30, "link to '#who-can-help' is dead: no heading #who-can-help in this file")]
    # The results remembered follow the pages their links lead to.
    (tmp_path / "asthma/inhalers/main-content.md").unlink()
    (tmp_path / "asthma/inhalers").rmdir()
    (tmp_path / "asthma/getting-help/main-content-1.md").write_text("## Nurses\n\nYour asthma nurse.\n")
    assert [finding[:3] for finding in dead_links()] == [
        ("index.md", 3, 12), ("main-content-2.md", 3, 11), ("main-content-2.md", 3, 41),
        ("main-content-2.md", 5, 5), ("main-content-2.md", 5, 39), ("pollen.md", 3, 5), ("pollen.md", 3, 30)]


def test_site_pages_and_project_files_are_not_scored_as_articles(tmp_path: Path) -> None:
    """About (a bundle's about/index.md too), imprint, resources and README pages, a home
    layout and the index at the top of a content folder are no articles: no date, reading
    grade or sources asked of them; an article beside them is still held to all three."""
    hard = ("Comprehensive multidisciplinary consultation facilitates individualised therapeutic "
            "decision-making regarding cardiovascular complications. ") * 12
    claim = "About 40% of adults have high blood pressure.\n"
    pages = {"about/index.md": f"# About us\n\n{hard}\n\n{claim}",
             "content/index.md": f"---\ntitle: Heart notes\n---\n\n{hard}\n\n{claim}",
             "imprint.md": f"# Imprint\n\n{hard}\n",
             "resources.md": f"# Resources\n\n{hard}\n\n{claim}",
             "README.md": f"# Site code\n\n{hard}\n",
             "home.md": f"---\nlayout: home\ntitle: Heart health\n---\n\n{hard}\n\n{claim}",
             "blood-pressure.md": f"# Blood pressure\n\n{hard}\n\n{claim}"}
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text)
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                     "--select", "READ001,CIT003,DATE002", str(tmp_path))
    assert [(Path(f["path"]).name, f["line"], f["column"], f["code"]) for f in result.findings()] == [
        ("blood-pressure.md", 1, 1, "CIT003"), ("blood-pressure.md", 1, 1, "DATE002"),
        ("blood-pressure.md", 3, 1, "READ001")]


def test_an_update_named_by_its_month_is_not_before_a_publication_that_month(lint_severity) -> None:
    markdown = ("---\ntitle: Screening\npublishDate: 2026-06-05\n---\n\n# Screening\n\n"
                "Text.\n\n_Last updated: June 2026_\n\n_Reviewed: 2026_\n\n_Last updated: May 2026_\n")
    assert lint_severity(markdown, "--select", "DATE007") == ["14:16 DATE007 error"]


def test_pages_kept_current_beside_an_old_paper_are_a_current_evidence_base(lint_severity) -> None:
    living = ("# Ageing\n\n## Further reading\n\n- Smith et al. (2013). *Why cells age* (Cell)\n"
              "- [Healthy ageing fact sheet](https://www.who.int/fact-sheets/ageing)\n")
    assert lint_severity(living, "--select", "DATE004") == []
    papers = ("# Ageing\n\n## Further reading\n\n- Smith et al. (2013). *Why cells age* (Cell)\n"
              "- [A review of ageing](https://doi.org/10.1000/ageing.review)\n")
    assert lint_severity(papers, "--select", "DATE004") == ["5:17 DATE004 warning"]


def test_a_value_against_its_predicted_or_aimed_for_is_no_claim(lint_severity) -> None:
    markdown = ("# Lungs\n\nA moderate flare means an FEV1 of 40–69% of predicted, or a DLCO 60% predicted.\n\n"
                "Statins are given with the aim to achieve a 30% to 49% fall in LDL.\n\n"
                "About 12% of adults have asthma.\n\n"
                "- Severe: <1% of normal factor level; mild (5–25% normal factor activity)\n"
                "- An R wave at least 25% of the depth of the S wave\n"
                "- Stenoses from 50% to 69% and a 70% carotid stenosis are treated differently.\n"
                "- Surgery helps, but not 100% of the time; 15% of patients relapse.\n")
    assert lint_severity(markdown, "--select", "CIT001") == ["7:7 CIT001 warning", "12:44 CIT001 warning"]


def test_a_summary_of_one_trial_named_by_its_registration_is_sourced(lint_severity) -> None:
    results = ("\n\n**Results**\n\n- Invasive disease-free survival: 88.3% vs 82.1%\n"
               "- The drug significantly improved overall survival.\n")
    trial = "# HERCULES\n\n- **Trial Name/NCT Number:** HERCULES, NCT01234567\n" + results
    assert lint_severity(trial, "--select", "CIT001,CIT002") == []
    # A number in passing is no trial field; two trials' numbers make no one-trial summary.
    passing = "# Overview\n\nA trial (NCT01234567) is recruiting." + results
    two = "# Two\n\n- **Trial:** NCT01234567\n- **Trial:** NCT07654321\n" + results
    assert lint_severity(passing, "--select", "CIT001,CIT002") == [
        "7:35 CIT001 warning", "8:12 CIT002 warning"]
    assert lint_severity(two, "--select", "CIT001,CIT002") == [
        "9:35 CIT001 warning", "10:12 CIT002 warning"]


def test_a_note_with_claims_above_its_sibling_list_still_needs_sources(lint_severity) -> None:
    siblings = "".join(f"- [[Side effects of drug {n}]]\n" for n in range(12))
    markdown = ("# Side effects of drug A\n\nInfusion reactions occur in 40% of patients.\n\n"
                "### Siblings\n\n" + siblings)
    assert lint_severity(markdown, "--select", "CIT003") == ["1:1 CIT003 warning"]


def test_a_scales_points_are_no_claims_for_cit003_either(lint_severity) -> None:
    scale = ("# Karnofsky scale\n\n- 100% Well, no complaints\n- 70% Cares for self, cannot work\n"
             "- 40% Needs special care and help\n")
    assert lint_severity(scale, "--select", "CIT001,CIT003") == []
    # A statistic beside the scale still asks for sources.
    assert lint_severity(scale + "\n## Outlook\n\nAbout 30% of people at 40% live a year.\n",
                         "--select", "CIT001,CIT003") == ["1:1 CIT003 warning", "9:7 CIT001 warning"]


@pytest.mark.parametrize(("title", "names_its_paper"), [
    ("Key findings: Roe et al. 2019 - honey for cough", True),
    ("Roe & Doe 2020: honey for cough", True),
    ("Honey for cough (Van Roe 2019)", True),
    ("Honey for cough 2019", False),  # a year is no paper
    ("Key findings: honey for cough", False),
])
def test_a_note_titled_by_its_paper_names_its_source(lint_severity, title: str, names_its_paper: bool) -> None:
    note = f"# {title}\n\n- Night cough fell in 62% of children.\n"
    assert lint_severity(note, "--select", "CIT003") == ([] if names_its_paper else ["1:1 CIT003 warning"])


# A page of rules for riding a bicycle, long enough to judge (over 100 words), with a figure, a
# research appeal, no date and long sentences: no health page, so no warning of CIT, READ or DATE.
ROAD_PAGE = """\
# Riding through junctions

About 40% of collisions with bicycles happen where two roads meet.

Studies show that riders who take the centre of the lane at a junction are seen sooner by the
drivers who are waiting to turn, because a bicycle that keeps to the gutter disappears behind
parked vans and the posts of traffic lights, and a driver who has looked along the kerb and seen
nothing will pull out across the path of a rider who was there all along.

Before the junction, look behind you over your right shoulder, signal clearly with an outstretched
arm for long enough that the traffic behind can respond, and move out into the position you will
hold through the turn, so that following vehicles cannot squeeze past you on the narrow approach.

At the lights, wait in the advanced stop box where there is one, ahead of the queue of cars and
vans, and set off promptly on green so that the drivers around you know where you are going.
"""
ROAD_FINDINGS = ["1:1 CIT003 {0}", "1:1 DATE002 {0}", "3:1 READ001 {0}", "3:7 CIT001 {0}", "5:1 CIT002 {0}"]


def test_a_page_about_no_health_topic_is_reported_at_info(lint_severity) -> None:
    """Issue 15 (audit s9, class 2): the Highway Code and a software post in a clinician's vault
    are no health articles (linter.health_topic: under 1% of their prose's words are health
    words); the same page about a ward is one, and a page too short to judge is read as one."""
    select = ("--select", "CIT001,CIT002,CIT003,DATE002,READ001")
    assert lint_severity(ROAD_PAGE, *select) == [f.format("info") for f in ROAD_FINDINGS]
    ward = ROAD_PAGE.replace("collisions with bicycles", "falls among patients").replace(
        "parked vans", "the nurses' station").replace("seen sooner by", "treated sooner by")
    assert lint_severity(ward, *select) == [f.format("warning") for f in ROAD_FINDINGS]
    short = ROAD_PAGE.split("\n\nBefore")[0] + "\n"
    assert lint_severity(short, *select) == [
        "1:1 CIT003 warning", "1:1 DATE002 warning", "3:7 CIT001 warning", "5:1 CIT002 warning"]


def test_an_editors_health_vocabulary_extends_the_measure(tmp_path: Path) -> None:
    """The vocabulary is data: a file naming cycling words makes the road page a health page
    for that site (its warnings stay warnings); a file that is no vocabulary is an error."""
    (tmp_path / "words.yml").write_text("min_words: 100\nmin_share: 0.01\nstems: [cycl, rider]\n"
                                        "words: []\nendings: []\n")
    (tmp_path / ".medlint.yml").write_text("rules:\n  CIT001: {health_words_file: words.yml}\n")
    (tmp_path / "a.md").write_text(ROAD_PAGE)
    result = medlint("check", "--offline", "--today", TODAY, "--select", "CIT001", "--format", "json",
                     str(tmp_path))
    assert [(f["line"], f["column"], f["severity"]) for f in result.findings()] == [(3, 7, "warning")]
    (tmp_path / "bad.yml").write_text("stems: cycl\n")
    (tmp_path / ".medlint.yml").write_text("rules:\n  CIT001: {health_words_file: bad.yml}\n")
    result = medlint("check", "--offline", "--today", TODAY, str(tmp_path))
    assert result.exit_code == 2 and "`stems` must be a list of words" in result.stderr


def test_a_clipped_drug_references_ref_marker_cites_its_sentence(lint_severity) -> None:
    """Issue 15 (audit s9, class 4): Lexicomp and UpToDate end a sentence with a link to its
    reference, "(Ref)", which a clipper keeps as text; the sentence beside it without one is
    still reported."""
    text = ("A phase 3 trial showed significantly improved survival with the pair (Ref).\n\n"
            "A phase 3 trial showed significantly improved survival with the triplet.\n")
    assert lint_severity(text, "--select", "CIT002") == ["3:11 CIT002 warning", "3:24 CIT002 warning"]


# A student's note on basic science, over 200 words, with a figure, no source and no date: its
# words are of cells and molecules, hardly any of caring for people.
SCIENCE_NOTE = """\
---
audience: professional
---
# How red cells carry oxygen

About 98% of the oxygen in arterial blood rides on haemoglobin rather than dissolved in plasma.

Each haemoglobin molecule is a tetramer of two alpha and two beta globin chains, and each chain
holds one haem group whose ferrous iron binds a single molecule of oxygen. Binding is cooperative:
once the first haem has taken up oxygen, the tetramer shifts from the tense to the relaxed state
and the remaining haems bind more readily, which gives the dissociation curve its sigmoid shape.

The curve moves to the right when the tissues are warm, acidic or rich in carbon dioxide, and when
red cells make more 2,3-bisphosphoglycerate during glycolysis; in each case haemoglobin lets go of
its oxygen where the working muscle needs it. Fetal haemoglobin binds the bisphosphoglycerate
poorly, so its curve sits to the left of the adult curve and the fetus draws oxygen across the
placenta from the maternal circulation.

Carbon dioxide travels mostly as bicarbonate, made inside the red cell by carbonic anhydrase and
exchanged for chloride across the membrane by band 3 protein; a smaller share binds the amino
ends of the globin chains as carbamino compounds, and a little stays dissolved in the plasma.
Myoglobin, a single chain, holds oxygen so tightly that it gives it up only when the muscle cell
is nearly empty of it.
"""


def test_a_professionals_note_on_basic_science_is_reported_at_info(lint_severity) -> None:
    """Issue 15 (audit HA6, basic-science class): a student's note on textbook science needs
    neither a source for the whole page nor a review date (rules/data/clinical-words.yml: under
    1.5% of its words are of diagnosis, treatment, drugs or patients). The same note about
    treating patients, or the same science on a page with no professional audience, is still
    reported at warning; CIT001 judges each figure as before."""
    select = ("--select", "CIT001,CIT003,DATE002")
    assert lint_severity(SCIENCE_NOTE, *select) == ["4:1 CIT003 info", "4:1 DATE002 info", "6:7 CIT001 warning"]
    clinical = SCIENCE_NOTE.replace("Carbon dioxide travels", "Patients with anaemia need treatment "
                                    "first: the doctor chooses iron or a transfusion by the dose of "
                                    "symptoms and the risk of heart strain. Carbon dioxide travels")
    assert lint_severity(clinical, *select) == [
        "4:1 CIT003 warning", "4:1 DATE002 warning", "6:7 CIT001 warning"]
    for_readers = SCIENCE_NOTE.replace("audience: professional", "audience: patients")
    assert lint_severity(for_readers, *select) == [
        "4:1 CIT003 warning", "4:1 DATE002 warning", "6:7 CIT001 warning"]


# A software tutorial in Chinese, over 100 words (two characters a word), with a figure and
# no date: how to shrink a photo archive before backing it up.
CHINESE_TUTORIAL = """\
# 如何縮小相片備份

用這個方法可以把資料夾縮小大約 40% 的空間。

研究顯示，大部分的相片在手機上拍攝時都保存了過多的細節，而這些細節在螢幕上根本看不出來。我們先用命令列工具把每一張相片重新壓縮，再把原始檔案搬到外接硬碟，最後檢查新的檔案是否都能正常打開。

壓縮的品質可以從九十調到七十，數字越小檔案越小，但顏色的漸層也會出現明顯的色塊。建議先挑十張不同場景的相片試做，比較前後的差別，再決定整個資料夾要用哪一個設定。

備份完成以後，記得在另一台電腦上打開幾個資料夾確認內容，並且把設定寫在筆記裡，下次就不用重新摸索。
"""


def test_a_page_in_chinese_about_no_health_topic_is_reported_at_info(lint_severity) -> None:
    """Issue 15 (audit s18, not-health class): a clinician's vault keeps software tutorials in
    Chinese, with too few Latin words to judge. A page mostly in another script is judged by the
    vocabulary's `other_script_terms` ("癌", "患者"): the tutorial is no health page; the same
    page about a ward's records is one."""
    select = ("--select", "CIT001,CIT003,DATE002")
    findings = ["1:1 CIT003 {0}", "1:1 DATE002 {0}", "3:17 CIT001 {0}"]
    assert lint_severity(CHINESE_TUTORIAL, *select) == [f.format("info") for f in findings]
    ward = CHINESE_TUTORIAL.replace("相片在手機上拍攝時", "病人的檢查影像在醫院").replace(
        "顏色的漸層", "癌症病灶的邊緣")
    assert lint_severity(ward, *select) == [f.format("warning") for f in findings]


def test_general_advice_on_clothing_is_no_health_page(lint_severity) -> None:
    """'general' is no gene and 'clothing' no clot (audit HA6: a page of road rules for riders
    of horses was judged a health page by them)."""
    page = ROAD_PAGE.replace("Studies show that riders", "In general, riders in bright clothing and "
                             "riders").replace("At the lights,", "Generally, and in clothing that "
                                               "shows up in the dark, at the lights")
    assert lint_severity(page, "--select", "DATE002") == ["1:1 DATE002 info"]


def test_a_clipped_pages_body_bylines_are_its_sources(lint_severity) -> None:
    """HA7: a page clipped from a journal (front matter `source:`) keeps the journal's 'This
    article was updated on ...' in its text; it is the source's date, so no DATE007 error. The
    same byline on a page that is no clip is still compared."""
    clip = ("---\ntitle: Base excess\ndate: 2023-02-05\nsource: https://journal.example.org/doi/10.1000/x\n---\n\n"
            "# Base excess\n\nUpdated: April 12, 2018\n")
    assert lint_severity(clip, "--select", "DATE007") == []
    own = clip.replace("source: https://journal.example.org/doi/10.1000/x\n", "")
    assert lint_severity(own, "--select", "DATE007") == ["8:10 DATE007 error"]


def test_a_charting_template_is_reported_at_info(lint_severity) -> None:
    """Survey s19 (template class): a clinician's snippet to copy into a chart, its blanks
    left as zeros ("2021/00/00", "00 y/o") or underscores ("cT`___`"), states its side-effect
    rates as counselling text: no article to source. The same note with the blanks filled in
    is one."""
    snippet = """\
        # Adjuvant chemotherapy counselling

        00 y/o woman, stage cT`___`N`___`M0, seen on 2021/00/00.

        - Explained the aim of adjuvant treatment and its side effects: hair loss (65%), nausea
          (30%) and low blood counts.
        - Arranged the first cycle.
        """
    snippet = textwrap.dedent(snippet)
    select = ("--select", "CIT001,CIT003")
    assert lint_severity(snippet, *select) == ["1:1 CIT003 info", "5:76 CIT001 info"]
    filled = snippet.replace("00 y/o", "58 y/o").replace("cT`___`N`___`M0", "cT2N1M0").replace(
        "2021/00/00", "2021/03/14")
    assert lint_severity(filled, *select) == ["1:1 CIT003 warning", "5:76 CIT001 warning"]


def test_a_selling_phrase_alone_is_no_selling_context_for_itself(lint_severity) -> None:
    """Audit s23f: a pharmacy's blog mentions "free delivery" as one of its services: info, not
    a warning; beside a price it sells."""
    service = "Free delivery for housebound people brings their medicines to the door.\n"
    assert lint_severity(service, "--select", "SPAM003") == ["1:1 SPAM003 info"]
    assert lint_severity("Free delivery to homes; governments pay $20 billion for cancer drugs every year.\n",
                         "--select", "SPAM003") == ["1:1 SPAM003 info"]
    selling = "Free delivery on every order, only $49 per bottle.\n"
    assert lint_severity(selling, "--select", "SPAM003") == ["1:1 SPAM003 warning", "1:31 SPAM003 warning"]


def test_a_papers_record_is_not_scored_as_prose(lint_severity) -> None:
    """Audit s23g: a research summary's record of its paper ("Authors: ...", "Institutes: ...")
    lists names, it is no sentence to read; the summary's prose is scored alone."""
    names = ", ".join(["Alexandra Montgomery-Fitzwilliam", "Bartholomew Okonkwo-Richardson"] * 12)
    record = (f"- **Authors:** {names}\n- **Institutes:** Department of Immunology, University Hospital"
              f" of Northern Scandinavia, Tromsø; {names}\n- **Publisher:** Frontiers in Medicine\n\n")
    easy = "We gave the drug to ten people. Most of them felt less tired. " * 12
    assert lint_severity(f"# A small trial\n\n{record}## Summary\n\n{easy}\n", "--select", "READ001") == []
    unlabelled = record.replace(":**", "**")
    assert lint_severity(f"# A small trial\n\n{unlabelled}## Summary\n\n{easy}\n", "--select", "READ001") == [
        "3:3 READ001 warning"]
