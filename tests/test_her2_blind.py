"""Recall and false positives of the HER2 currency rules on the blind held-out set.

tests/data/her2_blind.yml was written before its writer read the fact pack or the kinds (see
its header), so these figures are independent evidence for issue 16's "Done when": at least 90%
of the outdated statements reported at their line, naming the right drug and the source of the
change, and no hard negative reported at warning or above.

Measured (2026-12-03): before the fixes this set found, 78 of 118 outdated statements (66.1%)
with the right drug and source and 9 warnings on hard negatives; after them, 117 of 118 (99.2%)
and none. Run this file as a script to print the per-case report.

tests/data/her2_blind2.yml is a SECOND blind set, written by another helper under the same
blindness (see its header) after those fixes, to measure them independently. Its first
measurement (2026-12-03, main at 2fd25a8): of 69 outdated statements, 42 reported at their line,
39 naming the right drug and 39 with the right drug and source (recall 56.5%), and 3 findings at
warning on the 70 current or historical statements. The misses fell into classes: absence and
restriction ("can only be given as a drip", "the only targeted medicine", "no approved drug that
targets HER2", "not used after surgery", "no further HER2 treatment", "targeted HER2 drugs are
not an option"), clinicians' sequences (an arrow chain "THP → T-DM1 → T-DXd", "2L std of care:
Kadcyla", "kept for the third treatment", "residual dz ... finish 12 mo trastuzumab"), table rows
("| Enhertu | after two or more prior anti-HER2 regimens |", "| 3+ | ... >30% ... |", "| Margenza |
investigational |"), pending decisions ("awaiting FDA decision", "approval ... pending", "under
FDA review"), and claims tied to a date reported without the drug or the approval that
contradicts them ("has no approval in lung cancer", "under FDA priority review", "currently in
phase 2/3", "currently in phase 3 trials" of zanidatamab). The warnings on negatives: "a new
partner for Herceptin" (blamed Herceptin), "HER2-low, and trastuzumab deruxtecan may be an
option" and "investigational combos of T-DXd + ICI".

Those classes were then fixed in general (patterns and terms of rules/data/her2-facts.yml, table
rows read as one statement by DATE010, DATE011's wording of pending decisions and phases, its
age findings naming the drug; tests/test_her2_shapes.py holds other sentences of each shape and
hard negatives beside them). SET 2 IS THEREFORE NO LONGER INDEPENDENT: its misses were read to
find the classes, so its figures below are a regression check, not evidence; blind set 3 is the
independent measurement. Measured after the fixes (2026-12-03): 67 of 69 reported at their line
with the right drug and source (97.1%), no finding at warning or above on a negative. The two
left are DATE008's: "[[Trastuzumab]] [[deruxtecan]] = emerging 2L option" (the wikilinks are read
as one name; "emerging" is measured from the 2022 second-line approval, 4 years 7 months before
today, inside DATE008's 5 years, while the set expects the 2019 first approval), and "a
promising new drug called trastuzumab deruxtecan is now being tested in clinical trials" (DATE008
leaves "now being tested" to DATE011, which reports an undated claim only when an approval
contradicts it, and "being tested in trials" is not read as a denial of approval: trials of an
approved drug in new settings are written the same way).
Third blind set (tests/data/her2_blind3.yml, helper HB, 2026-12-03): written without reading the
fact pack, the kinds or the other two sets; each statement carries its own class. Measured on main
at its landing (0dbe4f5 + the set): 20 of 72 outdated statements (27.8%) reported at their line
with the right drug and source (22 at the line, 21 naming the drug, 18 with the expected code);
3 warnings on hard negatives. Misses by class (of the class's statements):
- T-DM1 as second line, 4 of 4: "the usual next step is Kadcyla", "It is usually offered after
  Herceptin and a taxane have stopped working", a table row "| T-DM1 | 2L mBC | standard of
  care |", and an Obsidian callout "> 2L: [[T-DM1]] (EMILIA) = preferred", whose finding lands on
  the callout's first line (8) instead of its own (9).
- T-DXd only after two prior regimens, 3 of 4: the 2019 label text ("after two or more prior
  anti-HER2-based regimens"), "kept for people who have already had at least two HER2
  treatments", a table row "| T-DXd | 3L+ mBC | accelerated approval Dec 2019 |".
- Residual disease after KATHERINE, 3 of 3: "you simply carry on with Herceptin until the year is
  up", "Non-pCR after TCHP -> continue H q3w to complete 52 wk", "same adjuvant plan as pCR".
- HER2-low testing, 4 of 4: "1+ or 0 ... drugs that target HER2 will not be of any use", "manage
  as HER2-neg, no anti-HER2 tx", "0, 1+ or 2+ with a negative FISH ... HER2 treatments are not an
  option", and for ultralow "If your report says HER2 0, Enhertu is not an option for you".
- ASCO/CAP 2007, 1 of 3: "more than 30% of the cancer cells" (the 2.2 ratio and the 1.8-2.2
  equivocal range are found). USPSTF, 1 of 2: "in your 40s ... an individual choice".
- Approvals: tucatinib 3 of 3 ("not yet available outside clinical trials", "an experimental
  tablet being tested", "Tukysa, as it will be called"); neratinib 2017 2 of 2 ("no approved HER2
  drug to take afterwards", "awaiting an FDA decision"); neratinib 2020 2 of 2 ("not licensed for
  cancer that has spread", "ext. adjuvant only, no role in metastatic pts"); pertuzumab 2012 2 of
  2 ("still waiting for its licence", "offered Herceptin with chemotherapy, or lapatinib");
  pertuzumab 2017 3 of 3 ("not used after surgery", "APHINITY ... results are awaited", "adjuvant
  use investigational" in a table); T-DM1 residual 2 of 3; subcutaneous forms 3 of 4 ("the FDA
  has not approved it", "Perjeta ... there is no injection form", FeDeriCa under development,
  where DATE008 names pertuzumab's 2012 approval instead of Phesgo's 2020); T-DXd HER2-low 1 of 3,
  ultralow 3 of 4, NSCLC 1 of 2 ("off-label only"), any solid tumour 2 of 2; margetuximab 1 of 2
  (table "phase 3"); biosimilars 1 of 3 ("no generic version"); only targeted drug 2 of 3
  ("Herceptin is the one targeted drug", "Apart from trastuzumab, no medicine ...").
- "New" wording, 5 of 9: "[[Trastuzumab]] deruxtecan, an emerging option" (the wikilink splits
  the name), "Phesgo, which has just been approved", "Margenza ... was recently approved",
  "Herceptin Hylecta: new under-the-skin form", "Nerlynx: emerging oral TKI".
- Dated claims, 3 of 5: "The company hopes tucatinib will be approved later in 2020", "As of this
  month, the FDA is still reviewing ...", and "At the time of writing, there is no approved
  treatment for ... HER2-ultralow" (DATE011 reports the article's age but not the 2025 approval
  that contradicts it).
Warnings on negatives: the T-DM1 callout finding on line 8 above; "Enhertu is not approved when
the test shows no HER2 staining at all" (DATE008 cites the 2019 approval, but HER2-null is indeed
not an indication); "Lapatinib is rarely used now that newer options exist" ("newer" describes the
other options, not lapatinib).

The round of 2026-12-04 (sets 8 and 9 read, set 10 held out). Phrase-level fixes of set 8's
misses raised set 8 from 37 to 56 of 59 and did not move set 10 at all (52 of 75 before and
after): each set's misses were wordings the others did not use. Three general changes did move
it: (1) a fact's `topic` (its subject and settings): in an article dated before the change, a
sentence on the topic that makes none of the listed statements is reported at info as
"possibly outdated ... check what this sentence says of it"; (2) DATE008 measures "new",
"emerging" and "recently approved" to today, not to the article's date, and leaves articles
written before the approval to DATE010; (3) what a sentence stands under (its section's title)
counts for a fact's keywords, and a fact's exceptions read there too ("## If no cancer is left"
over "carry on with Herceptin to complete a year"). Set 10: 52 -> 65 of 75 (86.7%), warnings
on its negative lines 2 -> 1. Run as a script for the per-case report.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pytest
import yaml
from click.testing import CliRunner

from linter.cli import main

DATA = Path(__file__).parent / "data"
BLIND_SET = DATA / "her2_blind.yml"
SECOND_BLIND_SET = DATA / "her2_blind2.yml"
THIRD_BLIND_SET = DATA / "her2_blind3.yml"
FOURTH_BLIND_SET = DATA / "her2_blind4.yml"
FIFTH_BLIND_SET = DATA / "her2_blind5.yml"
SIXTH_BLIND_SET = DATA / "her2_blind6.yml"
SEVENTH_BLIND_SET = DATA / "her2_blind7.yml"
EIGHTH_BLIND_SET = DATA / "her2_blind8.yml"
NINTH_BLIND_SET = DATA / "her2_blind9.yml"
TENTH_BLIND_SET = DATA / "her2_blind10.yml"
ELEVENTH_BLIND_SET = DATA / "her2_blind11.yml"
TWELFTH_BLIND_SET = DATA / "her2_blind12.yml"
THIRTEENTH_BLIND_SET = DATA / "her2_blind13.yml"
FOURTEENTH_BLIND_SET = DATA / "her2_blind14.yml"
FIFTEENTH_BLIND_SET = DATA / "her2_blind15.yml"
RECALL_FLOOR = 0.90
LOUD = {"warning", "error"}


@dataclass
class Score:
    outdated: int = 0
    at_line: int = 0
    with_drug: int = 0
    with_source: int = 0
    right_code: int = 0
    misses: list[str] = field(default_factory=list)
    outdated_by_class: dict[str, int] = field(default_factory=dict)
    misses_by_class: dict[str, int] = field(default_factory=dict)
    loud_on_negatives: list[str] = field(default_factory=list)
    quiet_on_negatives: list[str] = field(default_factory=list)
    negatives: int = 0

    @property
    def recall(self) -> float:
        return self.with_source / self.outdated


def as_list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def lint_cases(cases: list[dict], select: list[str], today: str, workdir: Path) -> dict[str, list]:
    for case in cases:
        (workdir / f"{case['id']}.md").write_text(case["text"], encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["check", "--format", "json", "--offline", "--today", today, "-j1", "-q",
         "--select", ",".join(select), str(workdir)],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.stderr
    found: dict[str, list] = {case["id"]: [] for case in cases}
    for finding in json.loads(result.stdout):
        found[Path(finding["path"]).stem].append(finding)
    return found


def names_source(message: str, fact: dict) -> bool:
    """The message cites the change: its year and one token of its primary document."""
    if fact.get("since") and str(fact["since"])[:4] not in message:
        return False
    tokens = fact.get("source") or []
    return not tokens or any(token.lower() in message.lower() for token in tokens)


def score_expectation(case_id: str, expect: dict, facts: dict, findings: list, score: Score) -> None:
    score.outdated += 1
    at_line = [f for f in findings if f["line"] == expect["line"]]
    fact = facts.get(expect.get("fact"), {})
    drugs = [d.lower() for d in fact.get("drug", [])]
    with_drug = [f for f in at_line if not drugs or any(d in f["message"].lower() for d in drugs)]
    with_source = [f for f in with_drug if names_source(f["message"], fact)]
    score.at_line += bool(at_line)
    score.with_drug += bool(with_drug)
    score.with_source += bool(with_source)
    score.right_code += any(f["code"] in as_list(expect["code"]) for f in with_source)
    if not with_source:
        said = "; ".join(f"{f['code']} {f['message']}" for f in at_line) or "nothing"
        score.misses.append(f"{case_id}:{expect['line']} ({expect.get('fact')}): {said}")


def measure(workdir: Path, blind_set: Path = BLIND_SET) -> Score:
    data = yaml.safe_load(blind_set.read_text(encoding="utf-8"))
    found = lint_cases(data["cases"], data["select"], str(data["today"]), workdir)
    score = Score()
    for case in data["cases"]:
        findings = found[case["id"]]
        expected_lines = {e["line"] for e in case["expect"]}
        for expect in case["expect"]:
            missed_before = len(score.misses)
            score_expectation(case["id"], expect, data["facts"], findings, score)
            # A mixed article tallies each statement under its own class when it names one.
            case_class = expect.get("class", case.get("class", "?"))
            tally(score, case_class, missed=len(score.misses) > missed_before)
        score.negatives += not case["expect"]
        for finding in findings:
            if finding["line"] in expected_lines:
                continue
            shown = f"{case['id']}:{finding['line']} {finding['code']} {finding['severity']}: {finding['message']}"
            loud = finding["severity"] in LOUD
            (score.loud_on_negatives if loud else score.quiet_on_negatives).append(shown)
    return score


class Measured(NamedTuple):
    """A blind set's figures as measured: outdated statements, reported at their line, naming
    the drug, with the source, and warnings on negatives."""

    number: int
    outdated: int
    at_line: int
    with_drug: int
    with_source: int
    loud: int


def measured_sets(*rows: tuple[int, int, int, int, int, int]) -> pytest.MarkDecorator:
    """A round's sets, each with its figures as measured (Measured's fields, in order)."""
    return pytest.mark.parametrize("row", [Measured(*row) for row in rows], ids=[f"set-{row[0]}" for row in rows])


def assert_scores(workdir: Path, row: Measured) -> None:
    """The set (tests/data/her2_blind<number>.yml) scores as measured."""
    score = measure(workdir, DATA / f"her2_blind{row.number}.yml")
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (row.outdated, row.at_line, row.with_drug, row.with_source), report(score)
    assert len(score.loud_on_negatives) == row.loud, report(score)


def tally(score: Score, case_class: str, missed: bool) -> None:
    score.outdated_by_class[case_class] = score.outdated_by_class.get(case_class, 0) + 1
    score.misses_by_class[case_class] = score.misses_by_class.get(case_class, 0) + missed


def report(score: Score) -> str:
    lines = [
        f"outdated statements: {score.outdated}",
        f"  reported at their line:           {score.at_line}",
        f"  ... naming the right drug:        {score.with_drug}",
        f"  ... and the source (year + doc):  {score.with_source}  recall {score.recall:.1%}",
        f"  ... with the expected code:       {score.right_code}",
        f"hard negatives: {score.negatives} cases; findings at warning+ outside expected lines: "
        f"{len(score.loud_on_negatives)}; at info: {len(score.quiet_on_negatives)}",
        "misses by class:",
        *(f"  {name}: {score.misses_by_class[name]} of {total}"
          for name, total in score.outdated_by_class.items() if score.misses_by_class[name]),
        "misses:", *(f"  {m}" for m in score.misses),
        "loud on negatives:", *(f"  {m}" for m in score.loud_on_negatives),
        "info on negatives:", *(f"  {m}" for m in score.quiet_on_negatives),
    ]
    return "\n".join(lines)


def test_blind_set_recall_and_no_loud_false_positive(tmp_path: Path) -> None:
    score = measure(tmp_path)
    assert score.recall >= RECALL_FLOOR, report(score)
    assert score.loud_on_negatives == [], report(score)


def test_second_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """The figures measured after the fixes its misses led to (see the module docstring): no
    longer independent evidence, a regression check. When a change moves them, update them and
    the docstring with the new per-class misses.
    """
    score = measure(tmp_path, SECOND_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (69, 68, 68, 67), report(score)
    assert score.loud_on_negatives == [], report(score)



def test_third_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """The third independent measurement (see the module docstring): recall 27.8%, 3 loud findings.

    Measured figures, not targets: when a change moves them, update them and the docstring.

    Re-measured after DATE010 learned to read claims by their parts (2026-12-04): 63 of 72 at
    their line with the drug and source (87.5%), no warning on a negative. Its misses were read
    while building the claims, so these are a regression check, not evidence.
    """
    score = measure(tmp_path, THIRD_BLIND_SET)
    # Re-measured by H16 after fixing the classes blind set 2 missed (H16 did not read this set,
    # its misses or its report; the misses by class in the module docstring predate the fixes).
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (72, 69, 69, 69), report(score)
    assert score.loud_on_negatives == [], report(score)


def test_fourth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """The fourth independent measurement: set 4 was written by HB4 without reading the fact
    pack, the kinds or the other sets, from the issue and the writer's own knowledge of the
    approvals, trials and guidelines. 29 articles (6 all negative), 71 outdated statements in
    six classes, 94 hard-negative lines.

    Measured on main at landing (2026-12-04): 71 outdated, 42 at their line, 41 naming the
    drug, 39 with the source (recall 54.9%), 35 with the expected code; 1 loud finding on a
    negative line, none at info.

    Misses by class (classes as the set names them in each statement's `class`):
    - sequence, 5 of 12: T-DM1 as the next or second-line step in patient prose and in a
      regimen table row and a terse tumour-board bullet (3); "nothing further after a year of
      trastuzumab" in early disease (neratinib, ExteNET 2017); "no systemic option for brain
      metastases" (tucatinib, HER2CLIMB 2020).
    - approval, 7 of 12: a drug said to be available only in trials (tucatinib); trastuzumab
      as infusion only, no injection under the skin (2, Herceptin Hylecta 2019); "no cheaper or
      generic version of Herceptin" (biosimilars 2017); "shown activity but not approved" in
      HER2-mutant lung cancer (2022); "no approved HER2 drug outside breast or stomach"
      (tumour-agnostic 2024); neratinib "not an option in metastatic disease" (NALA 2020).
    - testing, 6 of 11: IHC 1+ or 2+/ISH-negative "means no HER2-directed option" in a results
      table, in leaflet prose, in a Q&A answer and in a lab handbook (4, HER2-low 2022); IHC 0
      with faint staining "no option / research label only" (HER2-ultralow 2025); the 2007
      equivocal ISH band 1.8-2.2 in a table row (ASCO/CAP 2013).
    - dated-claim, 6 of 12: "under FDA review, decision expected in 2017" (neratinib);
      "currently in phase 2" and "as of April 2019 ... under review" reported for their age
      but without the approval that contradicts them (tucatinib 2020, KATHERINE 2019);
      "expected to be approved later in 2020" of the subcutaneous pertuzumab-trastuzumab
      combination, reported against pertuzumab's 2012 approval instead of Phesgo's (2020);
      "as of mid-2023 no HER2 therapy approved regardless of site" (2024) and "at the time of
      writing (September 2022) ... no approval" in HER2-ultralow (2025), not reported.
    - screening, 7 of 10: the USPSTF's 50-74 biennial advice and "an individual decision in
      the 40s" when worded as Q&A answers, table rows, terse bullets (grade B/C) or reported
      speech ("the task force doesn't recommend ... until 50").
    - wording, 1 of 14: pertuzumab called "a new antibody" in a 2025 FAQ.
    Loud on a negative (1): past-tense history of the second-line standard "before
    DESTINY-Breast03".

    Measured figures, not targets: when a change moves them, update them and this docstring.

    Re-measured after DATE010 learned to read claims by their parts (2026-12-04): 69 of 71 at
    their line with the drug and source (97.2%), no warning on a negative. Its misses were read
    while building the claims (the first figure after them, before reading it, was 45 of 71),
    so these are a regression check, not evidence. Left: a table row whose line number ("| 2 |
    Kadcyla |") says "second line" only through its header, and pertuzumab called new "together
    with Herceptin" (DATE008 excuses a combination).
    Re-measured in the fourth session of 2026-12-04: 69, 69, 68. The row "| Negative ISH |
    HER2/CEP17 ratio <1.8 |" is no longer reported: a ratio below 1.8 is still negative (now as
    part of below 2.0), and another set's writer judged such a row current.
    After reading sets 16 to 19: 68, 68, 67; the row '| 50–74 | Every 2 years (grade B) |' is no
    longer reported (three other writers judged such a band row current).
    """
    score = measure(tmp_path, FOURTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (71, 68, 68, 67), report(score)
    assert score.loud_on_negatives == [], report(score)


if __name__ == "__main__":
    import tempfile

    for blind_set in (BLIND_SET, SECOND_BLIND_SET, THIRD_BLIND_SET, FOURTH_BLIND_SET):
        with tempfile.TemporaryDirectory() as scratch:
            print(f"== {blind_set.name}")
            print(report(measure(Path(scratch), blind_set)))
    sys.exit(0)


def test_fifth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 5, written blind (without the fact pack, the kinds or the other sets): 81 outdated
    statements in 10 classes of its own and hard negatives, in 39 short articles of many styles,
    measured on main at its landing (9720f71): 39 at their line, 39 with the drug, 37 with the
    source (46%), 36 with the expected code; warnings on 3 negative lines.

    Misses by class (the statements' `class` keys):
    - sequence-2l: 6 of 8 (T-DM1 as the second line, T-DXd kept for later lines);
    - new-words: 6 of 9 (an approved drug described as new, emerging, experimental or early);
    - approval-other: 2 of 8 (neratinib's later approvals);
    - approval-tdxd: 4 of 9 (HER2-mutant lung, any-site solid tumours, ultralow);
    - testing-her2low: 6 of 8 (IHC 0-2+ without amplification as having no HER2 option);
    - sequence-katherine: 4 of 5 (a year of trastuzumab whatever remains after surgery);
    - biosimilar-subcut: 6 of 8 (no biosimilar, no subcutaneous form; one reported with
      pertuzumab's 2012 source instead of the 2020 combination);
    - screening: 5 of 7 (the USPSTF start at 50 without its usual wording);
    - dated-claim: 5 of 12 (one reported with the 2013 source instead of KATHERINE's);
    - testing (2007 ASCO/CAP 30% and 2.2 cut-offs): 0 of 7.

    Warnings on negatives, by class: a true absence said of another product, trial arms of an
    approved drug, a current restriction of an indication.

    Measured before its texts were read, after the first version of DATE010's claims: 52 of 81
    (64.2%), warnings on 5 negative lines. Then its misses were read to improve the claims (so
    it is a regression check from here): 73 of 81 (90.1%), no warning on a negative
    (2026-12-04).
    Re-measured after reading sets 16 to 19 (fourth session of 2026-12-04): 80, 80, 80; after
    reading sets 36 to 39 (sixth session): 81, 81, 81. After reading sets 112 to 115 (tenth
    session), one warning on a line the writer left unlabelled: a 2023 clinic leaflet's "Women
    aged 40–49 at average risk can book if they wish after talking with their GP", the 2016
    advice the line before it states (a writer's omission, we judge, not a false positive).
    Seventeenth session (2026-12-06): that line states the same change as the line before it in
    its section, and a section now warns once per change: it is reported at info, so no warning.
    """
    score = measure(tmp_path, FIFTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (81, 81, 81, 81), report(score)
    assert len(score.loud_on_negatives) == 0, report(score)


def test_sixth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 6, written blind (without the fact pack, the kinds or the other sets): 74 outdated
    statements in 37 articles dated 2011-2026 or undated (leaflets, FAQs, forum answers, blogs,
    clinician and pharmacy notes, tables), 91 hard-negative lines, 4 articles with negatives only.
    Measured on main at its landing: 35 reported at their line, 34 naming the drug, 32 with the
    source (recall 43.2%); nothing on a negative line, at any severity. Misses by the set's classes:

    - tumour_agnostic: 4 of 4 (no HER2 option outside breast, gastric and lung; gastric second line);
    - ultralow: 3 of 3 (IHC 0 said to exclude any HER2 drug; ultralow still investigational);
    - her2_low: 5 of 6 (1+ or 2+/ISH-negative treated as negative; T-DXd for HER2-low only in trials);
    - neratinib: 4 of 5 (lapatinib the only tablet; no tablet after trastuzumab; not licensed for
      spread disease; NALA awaited);
    - tucatinib: 3 of 4 (in phase 3, awaiting approval, approval expected within the year);
    - pertuzumab_adjuvant: 3 of 4 (only before surgery; APHINITY awaited, once as DATE011 without
      the source);
    - subcutaneous: 3 of 4 (no pertuzumab combination under the skin: reported with the trastuzumab
      injection's fact of 2019, or as an aged claim without the source; the injection said to exist
      only in Europe);
    - residual_disease: 3 of 6 (just finish the year of trastuzumab when cancer remains);
    - sequence_2l: 2 of 6; new_wording: 2 of 7; biosimilar: 2 of 3; lung: 2 of 3; screening: 2 of 4;
      testing: 1 of 3; margetuximab: 1 of 4; dated_claim: 1 of 6; only_targeted: 1 of 2.

    When a change moves the figures, re-measure and update them and this list.

    The independent measurement of DATE010's claims (2026-12-04): set 6 arrived after they were
    built and its texts and misses were not read. 51 of 74 (68.9%) at their line with the drug
    and source (56 at the line, 55 with the drug), no finding on a negative line. Misses by
    class then: neratinib 3 of 5, subcutaneous 3 of 4, tucatinib 2 of 4, HER2-low 2 of 6,
    residual disease 2 of 6, tumour-agnostic 2 of 4, ultralow 2 of 3, one each of second line,
    new wording, margetuximab, screening, testing, dated claim and only-targeted. Its misses were
    then read to improve the claims (set 7 measures that): 72 of 74 (97.3%), no warning on a
    negative; it is a regression check from here.
    """
    score = measure(tmp_path, SIXTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (74, 74, 74, 74), report(score)
    assert score.loud_on_negatives == [], report(score)


def test_seventh_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 7, written blind (helper HB7, 2026-12-04, without the fact pack, the kinds or the other
    sets): 71 outdated statements in 42 articles dated 2011-2026 (charity and hospital leaflets,
    FAQs, forum answers, news and blog posts, pharmacy tables, nurse education pages, clinician
    notes with wikilinks and callouts), 122 other content lines as hard negatives, 10 articles with
    negatives only. Measured on main when it landed: 53 reported at their line, 51 naming the
    drug, 48 with the source (recall 67.6%). Misses by the set's classes: tucatinib 3 of 3
    (absence of a brain-penetrant or oral option, 'only lapatinib left'), dated claims 3 of 9,
    residual disease after neoadjuvant therapy 2 of 3, adjuvant pertuzumab and pertuzumab's
    first approval 2 of 3, neratinib 2 of 3, ultralow 2 of 3, screening 2 of 4, new/experimental
    wording 2 of 12, one each of second line, HER2-low testing, lung, tumour-agnostic and
    only-targeted; none of the one-prior-regimen approval, biosimilars, 2013 testing thresholds,
    subcutaneous forms or margetuximab. Warnings on negatives (3): a current note's line on
    T-DM1's later-line place today (DATE010), 'new' describing a symptom in a safety callout
    (DATE008), a past-tense history of T-DM1's decade as the second-line choice (DATE010).

    Set 7 is the independent measurement of the claims' second round (sets 5 and 6 had been read
    to improve them). Its misses were not read afterwards; the three warnings on negatives were
    (from the classes above, then the two DATE010 lines), and fixed in general (2026-12-04):
    symptoms, side effects and changes are not what 'new' calls a therapy; 'for nearly a decade
    ... made it the usual' narrates the past; what a claim says must follow its own drug, not
    another one named more closely ("T-DM1 -> now 3L+ or when T-DXd is unsuitable"), leaving out
    drugs named as what came before ("DS-8201 after T-DM1 (3L+)"). Now 52 at their line, 50
    with the drug, 48 with the source (67.6%), no warning on a negative. Then its misses were read
    for a last round of vocabulary and readings (so it is a regression check from here): 64 of 71
    (90.1%), no warning on a negative.
    """
    score = measure(tmp_path, SEVENTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (71, 70, 70, 70), report(score)
    assert score.loud_on_negatives == [], report(score)


def test_eighth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 8, written blind (helper HB8, 2026-12-04, without the fact pack, the kinds or the other
    sets): 59 outdated statements in 38 articles dated 2011-2026, in pairs of an old page and its
    current rewrite where possible (hospital and charity leaflets, charity FAQs, forum answers and a
    forum FAQ, news and patient blog posts, formulary tables, a pathology handbook table, nurse
    education pages with a quiz, residents' and Obsidian notes with wikilinks and callouts, a
    reference list); 17 articles with negatives only, about 130 other content lines in all.
    Measured on main when it landed: 38 reported at their line, 38 naming the drug, 37 with the
    source (recall 62.7%). Misses by the set's classes: KATHERINE / residual disease 2 of 3,
    adjuvant and first pertuzumab approvals 2 of 5, second line 1 of 5, HER2-low approval 2 of 3,
    biosimilars 1 of 3, tucatinib 1 of 3, new/investigational wording 1 of 3, neratinib (both
    approvals) 2 of 4, dated claims 1 of 4, margetuximab 2 of 3, subcutaneous forms 2 of 3, lung
    1 of 3 (reported, but as the 2024 tumour-agnostic approval), screening 2 of 3, ultralow 1 of 3,
    only-targeted-drug 1 of 3; none of HER2-low testing, 2013 testing thresholds or
    tumour-agnostic. Warnings on negatives (3): a current leaflet's line on continuing
    trastuzumab after a complete response (DATE010, read as KATHERINE's), a past-tense history of
    tucatinib once being experimental followed by its approval date (DATE011), a patient's
    remark on which line of treatment she is on (DATE010, read as the one-prior-regimen fact).

    Set 8 is the independent measurement of the claims' last round (set 7 read). Its misses were
    not read; its three warnings were, and fixed in general (2026-12-04): 'no remaining cancer'
    denies residual disease; a sentence that tells of the approval as past ('the FDA approved it
    in April 2020') narrates and claims nothing (DATE011); a sentence in the first person speaks
    of its writer, so no drug named around it is carried into it. Recall unchanged (37 of 59),
    no warning on a negative.

    Then set 8's misses were read (2026-12-04, a later session), so set 8 is a regression check
    from here on, and blind set 10 (written meanwhile by another helper) the independent
    measurement; after the whole round (the module docstring's last paragraph) 59 of 59. The classes fixed in general, each with other sentences of its shape and hard
    negatives in tests/test_her2_shapes.py: 'whatever the pathologist finds' as residual disease
    or not; licensed only before the operation; 'the one HER2 tablet' (lapatinib, given with
    capecitabine); a phase given for HER2-low; 'none licensed'; 'has to be given as an infusion',
    'no way to give it under the skin'; 'only approved for breast cancer' in a lung page; 'the
    official US advice'; 'finish trastuzumab' for residual disease, where 'no data for switching'
    denies a switch; 'nothing licensed' after the year; 'filing expected'; a paragraph with no
    subject ('Newly approved (Dec 2019) ...') read under its section's title, and 'newly
    approved' as a claim, not history; 'early breast cancer only'; 'nothing to offer' beside
    faint staining; 'not HER2-positive' with 'never'; 'only once you've had Kadcyla'; 'testing
    whether'; 'the only two agents'. Recall 56 of 59 (94.9%), no warning on a negative; left:
    a "decide in your 40s" line whose page names no US body, "brand-new" five months after an
    approval (DATE008 measures from the article's date, and it was new then), and a forum's
    revision note the set counts as a dated claim.
    """
    score = measure(tmp_path, EIGHTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (59, 59, 59, 59), report(score)
    assert score.loud_on_negatives == [], report(score)


def test_ninth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 9, written blind by helper HB9 (without reading the fact pack, the kinds or the other
    sets): 34 articles dated 2012-2026, 77 outdated statements in eight classes of its own
    (approval-tdxd 8, approval-other 10, sc-biosimilar 9, sequence 12, testing 10, screening 7,
    new-wording 11, dated-claim 10) and 102 hard-negative lines, 5 articles with none outdated.
    It is the TRAINING set of its round: it was read for fixes after its first measurement,
    so its figures after that say less than set 10's about recall on unseen text.

    First measurement with main at b54d340 (the set's today: 2026-12-01): 77 outdated,
    56 at their line, 54 naming the drug, 53 with the source (68.8%), 53 with the expected code;
    1 warning on a negative line. Misses by class (the set's own classes):
    - screening: 6 of 7
    - dated-claim: 4 of 10 (2 of them reported by DATE011 without the contradicting fact)
    - sequence: 3 of 12
    - testing: 3 of 10
    - approval-other: 3 of 10
    - approval-tdxd: 3 of 8 (1 of them reported with another fact)
    - sc-biosimilar: 1 of 9
    - new-wording: 1 of 11
    The warning on a negative line: a current row of a screening table (class screening).

    Its misses were then read and fixed in general (2026-12-04, with set 8's; see the module
    docstring's last paragraph): 76 of 77 with the drug and source (98.7%). Left: a "50-74:
    every 2 years" row of a screening table whose row above gives the 40s their own advice,
    reported at warning though the row is true of ages 50 to 74 (the set counts it current);
    and a "decide in your 40s" paragraph now found, at info.
    Re-measured after reading sets 16 to 19 (fourth session of 2026-12-04): the warning on the
    table's '| 50-74 | Every 2 years |' row is gone (a table's age band is still the advice for
    that band); 76, 76, 76 with none on a negative. Fourteenth session: 77, 77, 77 (a wording
    read in round 52).
    """
    score = measure(tmp_path, NINTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (77, 77, 77, 77), report(score)
    assert len(score.loud_on_negatives) == 0, report(score)


def test_tenth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 10 (HB10) was written blind, from the issue and medical knowledge, without reading
    the fact pack, the kinds or the other sets: 42 articles (charity and hospital leaflets,
    patient blogs and forum FAQs, Q&A pages, pharmacists' tables, Obsidian/Quartz notes) dated
    2012 to 2026, with 75 outdated statements in six classes (approval 16, sequence 12,
    testing 12, wording 12, dated-claim 12, screening 11) and 98 hard-negative lines
    (current statements, history in the past tense, new trials of approved drugs, other
    cancers and other drugs, reference lists, a quotation, recent dated claims).

    Measured on main at b216f76 (today 2026-12-04 in the set): 53 reported at their line,
    52 naming the drug, 52 with the source (recall 69.3%); 2 warnings on negative lines.

    Misses by class (23), in the set's own sub-classes:
    - wording, 7 of 12: "new" in patient blogs written before or soon after the approval (4);
      "recently approved" (2); "emerging" before an aliased wikilink (1).
    - sequence, 4 of 12: an ordered chain in patient prose (1); a guideline body's second-line
      choice (1); "reserved for >=3L" in a terse note (1); the old third-line standard after
      T-DM1, reported with another fact than the one the set expects (1).
    - screening, 4 of 11: a FAQ answer whose age or body is in the question (2); "most
      guidelines" with no body named (1); a terse note listing the old rule beside the draft (1).
    - testing, 3 of 12: the 2007 equivocal ISH range (1); table rows whose "no HER2 treatment"
      meaning sits under a column header (2).
    - dated-claim, 3 of 12: "ongoing" in a note dated only by `created:` (1); "results
      expected in <past year>" (1); a product under FDA review before it had a name (1).
    - approval, 2 of 16: a table cell restricting T-DM1 to metastatic disease (1); "only in
      the trial" for the ultralow setting (1).

    Warnings on negative lines (2): a current sentence right after an outdated one in the same
    section (1); the pCR section of a post-surgery leaflet (1).

    SET 10 IS THE HELD-OUT MEASUREMENT of the round that read sets 8 and 9: its texts, its
    misses and its per-case report were not read; only the counts and the classes above (from
    its writer's report) were, after each change, so it is not quite untouched. Re-measured
    after that round (2026-12-04): 67 at their line, 65 naming the drug, 65 with the source
    (recall 86.7%), 61 with the expected code; 1 warning on a negative line. After the round of
    set 12 (read; sets 10, 11 and 13 held out): 69, 67, 67 (89.3%); still 1 warning.
    SET 10 IS NO LONGER HELD OUT: in the fourth session of 2026-12-04 its misses were read with
    those of sets 11, 13 and 15, and fixed in general (fresh sets 16 to 19 are the held-out
    measurement now). After that round: 72, 72, 72 (96.0%); no warning on a negative line.
    After the round of sets 20 to 23: 73, 73, 73 (97.3%). In the eighth session: 75, 75, 75.
    """
    score = measure(tmp_path, TENTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (75, 75, 75, 75), report(score)
    assert len(score.loud_on_negatives) == 0, report(score)


def test_eleventh_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 11 (HB11), held out: written blind, without the fact pack, the kinds, the date rules
    or any other set; measured on main f9a9fdc at landing (the lead re-measures).

    75 outdated statements in 35 articles (leaflets, FAQs, dated blogs, Obsidian/Quartz notes,
    tables, a lab SOP, news, a reference list) and 104 hard-negative lines.
    At their line 46, with the drug 46, with the source 44: recall 58.7%;
    outside the expected lines 0 findings at warning or above, 0 at info.

    Misses by class (this set's classes; 29 silent, 2 reported without the expected fact):
    - sequence (2L/3L order, the year of trastuzumab after residual disease): 4 of 9
    - new-wording (new / in trials / investigational / newest for an approved drug): 5 of 10
      (1 reported as a dated claim without the approval's year and source)
    - approval-breast (absence or restriction forms: no biosimilar, no SC form, not adjuvant,
      only metastatic, not routine): 2 of 10
    - her2-low (IHC 1+ / 2+ ISH- / ultralow said to have no HER2-directed option): 3 of 10
      (1 ultralow statement reported under the HER2-low fact, not the 2025 one)
    - dated-claim (as of / at the time of writing / expected / pending / recruiting): 4 of 10
    - approval-beyond-breast (HER2-mutant NSCLC, tumour-agnostic HER2 IHC 3+): 4 of 9
    - testing-thresholds (2007 ASCO/CAP cut-offs: 30%, 2.2, the 1.8-2.2 band): 4 of 9
    - screening (USPSTF start at 50, the 40s left to choice): 5 of 8

    Set 11 was written while the round of sets 8 and 9 was being built and landed before it:
    measured when that round landed (2026-12-04), with its texts, misses and report unread,
    64 at their line, 64 with the drug, 63 with the source (recall 84.0%), nothing at warning on
    a negative line (8 info findings on them, "possibly outdated" sentences of old pages); with
    other cancers named by organ alone ("biliary", "CRC"), 64 (85.3%); after the round of set 12
    (read), 64 (85.3%), still nothing at warning on a negative line.
    SET 11 IS NO LONGER HELD OUT (read in the fourth session of 2026-12-04, with sets 10, 13 and
    15). After that round: 70, 70, 70 (93.3%); no warning on a negative line.
    """
    score = measure(tmp_path, ELEVENTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (75, 73, 73, 73), report(score)
    assert len(score.loud_on_negatives) == 0, report(score)


def test_twelfth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 12 (HB12), the TRAINING set of its round: written blind, without the fact pack, the
    kinds, the date rules or any other set; measured on main bb151d4 at landing (the lead
    re-measures). Set 12 was read for fixes after this first measurement, so its later figures
    are a regression check; set 13 is the held-out measurement of that round.

    82 outdated statements in 37 articles (charity and hospital leaflets, dated blogs and
    newsletters, FAQs, forum FAQ, Obsidian/Quartz notes with wikilinks and callouts, tables, lab
    SOPs, teaching slides, news, a reference list, a history article) and about 107 hard-negative
    lines (current statements, past-tense history, 2026 trials of approved drugs in new settings,
    other cancers' drugs, references, correct dates, recent 2026 dated claims).
    At their line 66, with the drug 63, with the source 63: recall 76.8%;
    outside the expected lines 2 findings at warning or above, 3 at info.

    Misses by class (this set's classes; 16 silent, 3 reported under another fact):
    - approval-breast (absence/restriction: nothing after T-DM1, no adjuvant tablet, T-DM1 only
      metastatic, "the only oral HER2 drug" read as tucatinib's not neratinib's): 4 of 17
    - new-wording (not yet available outside studies, late-stage trial, table cell
      "investigational", "not yet standard" of an ADC): 4 of 12
    - approval-beyond-breast (HER2-mutant NSCLC and tumour-agnostic in absence forms and
      in-text blog prose): 3 of 10
    - screening (start at 50 in FAQ answers, the 40s left to choice): 3 of 7
    - dated-claim (expected results of a past year reported without the fact, phase 3 of a
      since-approved SC combination, "still recruiting as of" a past date): 3 of 10
    - sequence (a leaflet's "Kadcyla next" after Herceptin): 1 of 11
    - her2-low (a forum answer "1+ is negative, so ... aren't for you"): 1 of 8
    - testing (2007 ASCO/CAP 30% and 2.2 cut-offs): 0 of 7
    Warnings on negatives: a comparative "newer drug" in a 2019 leaflet (DATE008), and a
    past-tense "it was the only HER2-targeted medicine" in a history article (DATE010).

    Its misses and warnings were then read and fixed in general (2026-12-04): "if the cancer
    comes back" as the next line; "no extra tablet", "no matching targeted pill"; "aren't for
    you"; "Herceptin-type drugs" and "HER2-directed Rx" as the class; "only for people whose
    cancer has spread"; other cancers "whatever the organ"; "outside a study"; a phase for the
    combined injection, whose topic moved to the fact whose exceptions a topic survives; a table
    row's claims made only by old pages, which DATE008 cannot read in a row; "DB-06 still
    recruiting"; "Unlike EGFR or ALK" no longer excusing a lung sentence; a page without headings
    standing under its front matter's title; "was the only" as narration; "newer" no longer a
    claim of novelty (it compares). After: 77, 75, 75 (91.5%), no warning on a negative line.
    Re-measured in the fourth session of 2026-12-04: 78, 76, 75; in the eighth: 79, 78, 76.
    """
    score = measure(tmp_path, TWELFTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (82, 79, 78, 76), report(score)
    assert len(score.loud_on_negatives) == 0, report(score)

def test_thirteenth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 13 (HB13), held out: written blind, without the fact pack, the kinds, the date rules
    or the other sets.

    71 outdated statements in 36 articles (charity and hospital leaflets, FAQs, forum FAQ, dated
    blogs 2012-2021, Obsidian/Quartz notes with wikilinks, tables and callouts, a pharmacy table,
    a reference list), about 120 current or historical lines beside them and 8 articles with no
    outdated statement (2025-2026 news and notes, history, references, current testing).
    Classes (the statements' `class` keys): approval 18, new_wording 12, sequence 11, testing 11,
    dated_claim 11, screening 8.

    Measured on main at landing (cd96504):
    65 at their line, 64 with the drug, 62 with the source (recall 87.3%), 62 with the expected
    code; nothing at warning on negatives, 10 findings at info.
    Misses by class: approval 2 of 18, sequence 2 of 11, new_wording 2 of 12 (1 of them reported
    without the approval's year and source), dated_claim 2 of 11 (both reported as dated claims,
    without the contradicting approval's year and source), screening 1 of 8, testing 0 of 11.

    Re-measured after the round of set 12 (read; this set's texts, misses and report unread):
    66 at their line, 65 with the drug, 63 with the source (88.7%), nothing at warning on a
    negative line.
    SET 13 IS NO LONGER HELD OUT (read in the fourth session of 2026-12-04, with sets 10, 11 and
    15). After that round: 68, 67, 65 (91.5%); no warning on a negative line.
    """
    score = measure(tmp_path, THIRTEENTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (71, 70, 70, 70), report(score)
    assert score.loud_on_negatives == [], report(score)


def test_fourteenth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Set 14 (HB14), written blind: without reading the fact pack, the kinds or the other sets.

    72 outdated statements in 35 articles (patient leaflets, FAQs, dated blogs, Obsidian/Quartz
    notes, tables, reference lists), 7 all-negative articles and about one hard-negative line per
    outdated line. It is this round's TRAINING set: it was read for fixes after its first
    measurement, so later figures on it are not blind.

    First measurement on main (2026-12-04, 10:06 UTC): 72 outdated, 59 at their line, 58 naming
    the drug, 57 with the source (79.2%); 1 warning on a hard-negative line.
    Misses by class (classes defined by HB14):
    - approval, 5 of 15: absence or restriction forms ("has not been approved for anyone with
      early breast cancer", "no tumour-agnostic option, refer to basket trials" in notes shorthand,
      named biosimilars "not yet marketed here", "no subcutaneous version" of the combination),
      and a sole-option claim for the older tablet where the finding named another drug.
    - new_wording, 6 of 15: status words in terse note bullets away from the name
      ("status: investigational, awaiting FDA decision", "emerging option for HER2-low"),
      "novel, recently approved", the SC combination "in development" in a table cell or
      "awaiting approval", and a brand called investigational where the finding cites its first
      (2019) approval rather than the fact's 2022 one (set 14's fact choice; arguable).
    - dated_claim, 2 of 10: note shorthand ("as of Mar 2021: ... in phase 3", "at time of writing
      no OS data").
    - sequence, 1 of 13: residual disease after neoadjuvant therapy, "carry on to finish the year".
    - testing, 1 of 12: the 2007 ISH ratio threshold (above 2.2, equivocal 1.8-2.2).
    - screening, 0 of 7.
    Loud on negatives, 1: a historical approval line in a list under a heading that says "new".

    Its misses and its warning were then read and fixed in general (2026-12-04): DATE008's "new
    setting" excuse no longer excuses the approval's own indication ("not approved for early breast
    cancer" of neratinib); a heading's "new" counts for the list under it only when it describes
    therapies ("New treatments", not "for new interns"); "phase 3 ongoing" for HER2-low; "not yet
    marketed"; "must both be given as drips"; "cells are still found"; a 3+ defined under its
    question; "no tumour-agnostic option"; DATE011's "approval ... expected 2022" and "at time of
    writing". After: 66, 65, 64 (88.9%), no warning on a negative line.
    Re-measured in the fourth session of 2026-12-04: 68, 67, 65 (90.3%); in the twentieth
    (2026-12-06): 69, 67, 65 (one more line reported, naming another change).
    """
    score = measure(tmp_path, FOURTEENTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (72, 69, 67, 65), report(score)
    assert len(score.loud_on_negatives) == 0, report(score)


def test_fifteenth_blind_set_scores_as_measured(tmp_path: Path) -> None:
    """Blind set 15 (helper HB15), the held-out measurement of this round: written without reading
    the fact pack, the kinds, rules/dates.yml or any other set. Measured on main at 4ce5519
    (2026-12-04): 68 outdated statements, 61 reported at their line, 60 naming the right drug, 57
    with the right drug and source (recall 83.8%), 40 with the expected code; 2 findings at
    warning on negatives, 8 at info.

    Misses by class (the set's `class` keys): approval 3 of 14 (absence of a subcutaneous form,
    two separate infusions instead of one fixed-dose injection, a lung page where the set names
    the 2022 NSCLC approval and the finding the 2024 tumour-agnostic one); sequence 3 of 13 (a
    table row on pertuzumab not continued after surgery, a terse "2L after THP: T-DM1 preferred"
    bullet, a terse residual-disease bullet "continue HP to 1 yr"); testing 2 of 11 (IHC 0 with
    faint staining managed like any HER2-negative, IHC 0 "never relevant" answered with the 2022
    HER2-low fact instead of the 2025 ultralow one); screening 1 of 8 (a terse bullet on
    average-risk patients under 50); new-wording 1 of 10 ("newly approved" neratinib in a 2019
    note, wikilinked); dated-claim 1 of 12 ("currently in phase 3" of DESTINY-Breast03, answered
    with the 2019 approval instead of the 2022 second-line one).
    Loud on negatives: DATE008 on "novel" in a quoted reference-list title, and on a sentence
    about older sources calling T-DXd "investigational".

    Measured figures, not targets: when a change moves them, update them and the docstring.

    Re-measured after the round of set 14 (read; this set's texts, misses and report unread): 62,
    61, 58 (85.3%); 1 warning on a negative line.
    SET 15 IS NO LONGER HELD OUT (read in the fourth session of 2026-12-04, with sets 10, 11 and
    13). After that round: 62, 61, 59 (86.8%); no warning on a negative line (a paper's title in
    a reading list is no longer read as the article's words). In the eighth session: 63, 62, 60 (88.2%).
    """
    score = measure(tmp_path, FIFTEENTH_BLIND_SET)
    counts = (score.outdated, score.at_line, score.with_drug, score.with_source)
    assert counts == (68, 65, 64, 63), report(score)
    assert len(score.loud_on_negatives) == 0, report(score)


@measured_sets(
    (16, 71, 70, 70, 69, 0),
    (17, 70, 70, 70, 70, 0),
    (18, 71, 70, 70, 70, 1),
    (19, 70, 66, 66, 66, 0),
)
def test_fourth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 16 to 19, written blind in the fourth session of 2026-12-04 (HB16 patient information,
    HB17 clinicians' notes, HB18 dated blogs and news, HB19 reference and lab pages), without the
    fact pack, the rules, medlint's code or the other sets.

    Measured once on their arrival, held out, on main at 87d710b: 16: 64, 62, 60 of 71 (84.5%), 1
    warning on a negative; 17: 65, 65, 63 of 70 (90.0%), 4; 18: 63, 63, 63 of 71 (88.7%), 4; 19:
    53, 53, 52 of 70 (74.3%), 7. Pooled 238 of 282 (84.4%), 16 warnings on negatives: the
    held-out figure of the round that read sets 10, 11, 13 and 15.

    SETS 16 TO 19 WERE THEN READ (they are training sets now); sets 20 to 23, written meanwhile,
    are the held-out measurement. The classes read here and fixed in general: MkDocs and
    Docusaurus admonitions (their marker line took the finding), JSX components in .md files,
    a list under a new heading nested in the list above it, a page's title as where every
    passage stands, a table's age band, past-tense classification as narration, statements
    about the classic antibodies (NSABP B-47), 'new drug application', date stamps and a table
    header's 'as of', DATE011 reading a one-drug page's drug, 'FDA decision', 'readout expected
    at ASCO 2022', 'as of early 2019', 'no HER2 vaccine is approved', 'treated exactly like'.
    The last warning (set 18) is a 2016 list's '50-74 (grade B)' item beside its '40-49' item,
    which four other writers judged outdated in the same shape.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 19 2 to 0; recall unchanged.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (20, 70, 70, 70, 69, 0),
    (21, 68, 60, 60, 59, 0),
    (22, 73, 71, 70, 70, 1),
    (23, 71, 70, 70, 70, 0),
)
def test_fifth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 20 to 23, written blind with the briefs of sets 16 to 19 (patient information,
    clinicians' notes, dated blogs and news, reference and lab pages) while those were read.

    Measured once on their arrival, held out, on main at 2064654 (after the round of sets 16 to
    19): 20: 65, 65, 61 of 70 (87.1%), 1 warning on a negative; 21: 52, 52, 51 of 68 (75.0%), 3;
    22: 62, 62, 62 of 73 (84.9%), 2; 23: 66, 66, 66 of 71 (93.0%), 7. Pooled 240 of 282 (85.1%),
    13 warnings on negatives: the held-out figure of this round, much as the rounds before
    (84.4% for sets 16 to 19): each writer brings wordings the others did not use.

    SETS 20 TO 23 WERE THEN READ; sets 24 to 27, written meanwhile, are the next held-out
    measurement. Classes fixed in general: expectations with an approval named ('a decision on
    moving T-DXd into the second-line setting is anticipated in 2022' is told what came, and
    when), 'in the first half of', 'later in 2019', 'make its decision by'; a table setting the
    2016 advice beside the 2024 one; look-alike names and DESTINY-Breast04's chemotherapy lines;
    another cancer for the injection; past-tense narration ('there was no', 'was still
    investigational', 'was based on', 'until that change', 'It was an experimental drug');
    conditional metastatic use; 'no place for', 'not ... any approved treatment', 'no adjuvant
    approval', 'no tissue-agnostic approval'; lapatinib as 'about the only option' for the brain;
    'Recommendation: T-DM1 as second line'; a labelled line under a drug's title ('**Status:**
    recently approved'); more names of the combined injection.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (24, 68, 67, 67, 66, 0),
    (25, 68, 66, 66, 65, 0),
    (26, 71, 68, 68, 68, 0),
    (27, 69, 66, 66, 66, 0),
)
def test_sixth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 24 to 27, written blind with the same four briefs while sets 20 to 23 were read, and
    held out until the fifth session of 2026-12-04.

    Measured on main at 7b04a2e (the rules of 619d0da), 2026-12-04: 24: 58 of 68 (85.3%), 2
    warnings on negatives; 25: 58 of 68 (85.3%), 1; 26: 57 of 71 (80.3%), 5; 27: 61 of 69
    (88.4%), 4. Pooled 234 of 276 (84.8%), 12 warnings on negatives: the third held-out round in
    a row at about 85% (84.4% for sets 16-19, 85.1% for sets 20-23), short of the 90% issue 16
    asks, with warnings on current or historical lines it forbids.

    SETS 24 TO 27 WERE THEN READ (fifth session of 2026-12-04); sets 28 to 31, written meanwhile
    with the same briefs, are the held-out measurement. Classes fixed in general: DATE011
    expectations timed within a year ('in 1H 2022', 'sometime in 2024'), 'not expected before
    2019', an analysis or a filing expected, '..., expected in 2022' after what it expects, 'as of
    this summer'; 'the only oral regimen' in spread disease told NALA's approval (February 2020)
    and, in one finding, HER2CLIMB's too (a finding names every drug whose change the statement
    overlooks); 'HER2-negative: no HER2 drug' in pages from before HER2-low; 'no anti-HER2 role';
    a definition list's finding on the definition's line; the combined injection described
    ('one injection that combines pertuzumab and trastuzumab'); T-DM1 'emerging' where cancer is
    left after surgery told its 2019 approval; a paragraph with no subject under a drug's heading;
    and, as narration, a timeline's '- **2019** —' entries, 'from 2009 to 2024', 'for years, ...
    was', 'the FDA on Friday granted', 'I'd made peace with'; 'two HER2-directed ADCs' no longer
    read as two prior treatments; a table's rows no longer borrowing the drug of the row above;
    'if T-DXd is not suitable' as a condition. After: 24: 64 of 68, 25: 60 of 68, 26: 63 of 71,
    27: 65 of 69; pooled 252 of 276 (91.3%), no warning on a negative line. Every older set kept
    its count or rose.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 27 1 to 0; recall unchanged.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (28, 70, 69, 67, 67, 0),
    (29, 70, 69, 69, 69, 0),
    (30, 69, 68, 68, 68, 0),
    (31, 75, 73, 73, 73, 0),
)
def test_seventh_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 28 to 31, written blind with the four briefs of sets 24 to 27 (HB28 patient
    information, HB29 clinicians' notes, HB30 dated blogs and news, HB31 reference and lab pages)
    while those were read, and held out until measured.

    Measured on their arrival on main at 5cae955 (after the round of sets 24 to 27), 2026-12-04:
    28: 59 of 70 (84.3%), no warning on a negative; 29: 61 of 70 (87.1%), 3; 30: 59 of 69
    (85.5%), 4; 31: 60 of 75 (80.0%), 1. Pooled 239 of 284 (84.2%), 8 warnings on negatives:
    the fourth held-out round in a row at about 85% (84.4%, 85.1%, 84.8% before), short of the
    90% issue 16 asks. The round that read sets 24 to 27 lifted them from 84.8% to 91.3% and left
    the next fresh round where the last one was.

    SETS 28 TO 31 WERE THEN READ (fifth session of 2026-12-04); no set is held out now. Classes
    fixed in general: DATE011 told what came of an awaited decision no approval names, from the
    pack's facts ('the final recommendation is expected later this year': the USPSTF's of April
    2024), and an expectation 'by early 2018' met in December 2017; 'available only as an
    intravenous infusion' (an exception for 'is available' read it as current); a labelled
    item's later sentences read under its label ('- **1+**: ... Report as negative; ...');
    PD-L1 as no driver mutation; 'still finds some cancer', 'if some is left', 'go on with';
    'no adjuvant indication', 'not adjuvant'; a dated page told first the change it could not
    have known of ('| 0 | faint ... ≤10% | no HER2-directed therapy |' in 2023 is HER2-ultralow's
    2025 change, not HER2-low's 2022 one); 'comes third'; 'copies of Herceptin don't exist';
    'counted as HER2-negative'; and as current or historical: 'Until DB03, T-DM1 was the 2L
    standard', 'replaces the 2016 statement', the Task Force's draft in the news, 'new spots' on a
    scan, 'trastuzumab was an experimental idea' in a quote, DESTINY-Breast01's report of its own
    heavily pretreated patients. After: 28: 66 of 70, 29: 61 of 70, 30: 66 of 69, 31: 62 of 75;
    pooled 255 of 284 (89.8%), no warning on a negative line. Every older set kept its count or
    rose.

    Seventeenth session (2026-12-06): an admonition's or content tab's indented body is read
    as the Markdown MkDocs renders (its lists, links and emphasis), not as one raw
    paragraph: set 31 72 to 73 with the source; no warning added.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (32, 71, 69, 69, 68, 0),
    (33, 68, 65, 65, 65, 0),
    (34, 74, 71, 71, 71, 0),
    (35, 70, 70, 70, 70, 0),
)
def test_eighth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 32 to 35, written blind with the four briefs of sets 28 to 31 (HB32 patient
    information, HB33 clinicians' notes, HB34 dated blogs and news, HB35 reference and lab pages)
    while sets 24 to 31 were read, and held out until measured.

    Measured on their arrival on main at a17d17c (after the rounds of sets 24-27 and 28-31),
    2026-12-04: 32: 67 of 71 (94.4%), 1 warning on a negative; 33: 61 of 68 (89.7%), 2; 34: 63
    of 74 (85.1%), 2; 35: 59 of 70 (84.3%), 1. Pooled 250 of 283 (88.3%), 6 warnings on
    negatives: up from about 85% in the four held-out rounds before (84.4%, 85.1%, 84.8%,
    84.2%), still short of the 90% issue 16 asks, and with warnings on current or historical
    lines it forbids.

    SETS 32 TO 35 WERE THEN READ (fifth session of 2026-12-04); sets 36 to 39, written meanwhile,
    are the held-out measurement. Fixed in general: 'generic' alone no longer says 'no generic'
    ('order by full generic name'), biosimilars as no 'exact copies'; 'a year or two earlier' is
    no 'two earlier treatments'; 'only get it inside a clinical trial'; 'only comes as a drip';
    the task force 'doesn't recommend routine screening before 50', 'still says 50', a
    comparison table's '| USPSTF | 50 |' row, 'for a 42-year-old ... does not recommend', 'as of
    May 2022 the 2016 statement remains in force'; lung cancer that 'doesn't yet have a targeted
    drug approved'; 'approval possible in 2024'; 'expected at SABCS in December' (this year's
    meeting); ASCO/CAP's update as what came of 'an updated guideline is expected'; 'the next
    drug after Herceptin and Perjeta'. Not changed, as writers disagree: the 2019 label listed
    as an indication ('after ≥2 prior regimens (accelerated approval, Dec 2019)') is current for
    four earlier writers and outdated for three of this round's. After: 32: 67 of 71, 33: 62 of
    68, 34: 68 of 74, 35: 65 of 70; pooled 262 of 283 (92.6%), 1 warning on a negative line (a
    2024 news item's 'breast, gastric and lung indications'). No other set fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (36, 69, 65, 64, 64, 0),
    (37, 68, 68, 68, 68, 0),
    (38, 71, 69, 68, 68, 0),
    (39, 69, 67, 67, 66, 0),
)
def test_ninth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 36 to 39, written blind with the four briefs of sets 32 to 35 (HB36 patient
    information, HB37 clinicians' notes, HB38 dated blogs and news, HB39 reference and lab pages)
    while sets 32 to 35 were read, and held out until measured.

    Measured on their arrival on main at 8d4c4c0 (after the rounds of sets 24-27, 28-31 and
    32-35), 2026-12-04: 36: 55 of 69 (79.7%), 1 warning on a negative; 37: 60 of 68 (88.2%), 3;
    38: 64 of 71 (90.1%), 7; 39: 58 of 69 (84.1%), 2. Pooled 237 of 277 (85.6%), 13 warnings on
    negatives. Six held-out rounds now: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%. Reading a
    round lifts it to about 90% and leaves the next fresh round near 85%: each writer brings
    wordings and judgements the others did not.

    SETS 36 TO 39 WERE THEN READ (sixth session, 2026-12-04). Fixed in general: a timeline's
    year governs every sentence of its entry, and a table row whose first cell is a year is a
    timeline's row; a quotation with a dated attribution line ('— from our 2016 handout') says
    what was said then; 'nobody expected' is no expectation; 'DESTINY-Breast03 beat Kadcyla'
    makes Kadcyla no subject; 'then an experimental ADC' and words in quotation marks are not
    DATE008's; 'It is not approved for stomach cancer, so people have trastuzumab by drip' does
    not describe trastuzumab; 'this group' after a sentence that defines it ('IHC 0 with no
    staining at all'); the Task Force that 'does not recommend routine screening' for women in
    their 40s, or weighs 'harms such as false positives'; 'a final recommendation is expected
    in 2024'; 'has priority review'; what came of 'a decision expected in 2020' told from the
    drug the paragraph before named; the injection's 'no biosimilar' and 'not given with a
    loading dose' as current. After: 36: 57 of 69, 37: 61 of 68, 38: 67 of 71, 39: 59 of 69;
    pooled 244 of 277 (88.1%), 2 warnings on negative lines (a 2019 pipeline table's T-DXd row
    four days before its approval; a diary's 'Echo every three months continues' read as of
    the trastuzumab named in the item above). Lost: one statement in set 21 ('no FDA-approved
    HER2-targeted therapy for these patients' under a 'First line:' label, now read within it).

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (40, 71, 68, 68, 68, 0),
    (41, 69, 65, 65, 65, 1),
    (42, 69, 65, 65, 62, 0),
    (43, 72, 69, 68, 68, 0),
)
def test_tenth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 40 to 43, written blind with the four briefs of sets 36 to 39 (HB40 patient
    information, HB41 clinicians' notes, HB42 dated blogs and news, HB43 reference and lab pages)
    while sets 36 to 39 were read, and held out until measured.

    Measured on their arrival on main at cb0d1f4 (after the round of sets 36-39), 2026-12-04:
    40: 63 of 71 (88.7%), 2 warnings on negatives; 41: 60 of 69 (87.0%), 4; 42: 58 of 69
    (84.1%), 3; 43: 61 of 72 (84.7%), 1. Pooled 242 of 281 (86.1%), 10 warnings on negatives.
    Seven held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%.

    SETS 40 TO 43 WERE THEN READ (sixth session). Fixed in general: the passages of a history
    section ('## Approval history' over '| ... | 20 Dec 2019 |') narrate their years; a
    quotation introduced by a dated document ('a line from our 2018 handout:'); 'Before that,
    ... had no option'; 'there was no doubt' is no narration; 'no staining' (HER2-null) is not
    HER2-low; 'New England Journal' is no 'new'; trials that 'were compared ... in clinical
    trials', 'was known in trials as'; a breast cancer's 'lung nodules' and 'interstitial lung
    disease' are no lung cancer; the Task Force's 'not recommended before 50', 'can wait until
    50', a quick reference's '40-49: don't order routinely (USPSTF)'; DATE011 on 'has not changed
    that advice' reads the sentence it refers back to. After: 40: 64 of 71, 41: 61 of 69, 42: 60
    of 69, 43: 61 of 72; pooled 246 of 281 (87.5%), 3 warnings on negative lines (a 2020 note's
    'heavily pretreated' T-DXd line beside DESTINY-Breast01, a 2020 later-lines table's T-DXd
    row with its 2019 approval, a breast MDT note whose heading lists 'lung' among metastatic
    sites). No older set fell.

    Seventeenth session (2026-12-06): a table after a paragraph of its section's own is no
    list of its heading's: warnings on negatives set 41 2 to 1; recall unchanged.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (44, 71, 70, 69, 69, 0),
    (45, 72, 70, 70, 69, 0),
    (46, 77, 74, 74, 72, 1),
    (47, 69, 65, 63, 62, 0),
)
def test_eleventh_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 44 to 47, written blind with the four briefs of sets 40 to 43 (HB44 patient
    information, HB45 clinicians' notes, HB46 dated blogs and news, HB47 reference and lab pages)
    while sets 40 to 43 were read, and held out until measured.

    Measured on their arrival on main at 8fa228c (after the round of sets 40-43), 2026-12-04:
    44: 64 of 71 (90.1%), 2 warnings on negatives; 45: 58 of 72 (80.6%), 1; 46: 70 of 77
    (90.9%), 4; 47: 55 of 69 (79.7%), 1. Pooled 247 of 289 (85.5%), 8 warnings on negatives.
    Eight held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%.

    SETS 44 TO 47 WERE THEN READ (sixth session). Fixed in general: 'emerging' said of an
    approved therapy is fair for two years, as 'recently approved' is, not five; a note's
    'T-DXd (DESTINY-Breast03; HR 0.33 vs T-DM1) – preferred' is current; 'held back until after
    T-DM1 and one further line', 'progression on THP -> T-DM1'; 'FDA-approved only for
    metastatic disease' (pertuzumab); 'there isn't any other medicine' after the year of
    Herceptin; 'still contains some cancer' as residual disease; a score-0 row is not HER2-low;
    'a decision could come later this year', 'hope it will be approved ... later in 2022'; 'a
    new pill, approved in April 2020' (the approval's date is no narration); and as current or
    historical: 'Before that change, the Task Force recommended', the Task Force that 'posted a
    draft', 'had only just been approved that summer', a question block ('My friend says it is
    brand-new. Is that right?'), biosimilar 'launches are expected'. After: 44: 66 of 71 (67 since
    the ninth session), 45: 63
    of 72, 46: 71 of 77, 47: 57 of 69; pooled 257 of 289 (88.9%), 1 warning on a negative line
    (a 2017 diary's 'Two years with metastatic cancer as of this week'). Older sets rose: 19, 26,
    29, 31 and 36 by one each ('emerging'); none fell.

    Seventeenth session (2026-12-06): an admonition's or content tab's indented body is read
    as the Markdown MkDocs renders (its lists, links and emphasis), not as one raw
    paragraph: set 47 61 to 62 with the source; no warning added.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (48, 68, 64, 63, 63, 0),
    (49, 69, 67, 67, 67, 0),
    (50, 71, 67, 66, 66, 0),
    (51, 68, 61, 61, 61, 0),
)
def test_twelfth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 48 to 51, written blind with the four briefs of sets 44 to 47 (HB48 patient
    information, HB49 clinicians' notes, HB50 dated blogs and news, HB51 reference and lab pages)
    while sets 44 to 47 were read, and held out until measured.

    Measured on their arrival on main at 0a6739c (after the rounds of sets 36-39, 40-43 and
    44-47), 2026-12-04: 48: 57 of 68 (83.8%), no warning on a negative; 49: 59 of 69 (85.5%),
    2; 50: 64 of 71 (90.1%), 0; 51: 58 of 68 (85.3%), 0. Pooled 238 of 276 (86.2%), 2 warnings
    on negatives. Nine held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%,
    86.2%: recall on fresh text stays near 86% while warnings on current or historical lines
    fell from 6-13 a round to 2.

    SETS 48 TO 51 WERE THEN READ (sixth session). Fixed in general: residual disease told with
    'keep going with Herceptin until the year is done', 'finish out the remaining infusions',
    'complete 52 weeks', and 'the plan does not change with what the pathologist sees'; the
    Task Force's '2016 recommendation remains in force' after 'as of August 2022'; Herceptin
    'only available in the US as an infusion'; Herceptin and Perjeta 'each given as their own
    drip'; 'FDA action expected by mid-2024'; and as current or historical: a table's rows
    dated in their first cell ('| Dec 2019 | ... |') and the rows of a 'US approvals' section,
    a note's condition without its verb ('if HER2 status lost or T-DXd not suitable'), HER2
    'without a mutation' in lung cancer is not the HER2-mutant approval's. After: 48: 60 of 68,
    49: 61 of 69, 50: 64 of 71, 51: 59 of 68; pooled 244 of 276 (88.4%), no warning on a
    negative line. Sets 31 and 39 rose by one; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (52, 72, 69, 69, 69, 0),
    (53, 69, 69, 68, 67, 0),
    (54, 70, 64, 64, 64, 0),
    (55, 72, 70, 70, 69, 0),
)
def test_thirteenth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 52 to 55, written blind with the four briefs of sets 48 to 51 (HB52 patient
    information, HB53 clinicians' notes, HB54 dated blogs and news, HB55 reference and lab pages)
    while sets 48 to 51 were read, and held out until measured.

    Measured on their arrival on main at d4601d2 (after the rounds of sets 36-51), 2026-12-04:
    52: 63 of 72 (87.5%), 1 warning on a negative; 53: 64 of 69 (92.8%), 0; 54: 62 of 70
    (88.6%), 2; 55: 62 of 72 (86.1%), 0. Pooled 251 of 283 (88.7%), 3 warnings on negatives.
    Ten held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%.

    SETS 52 TO 55 WERE THEN READ (sixth session). Fixed in general: a quotation attributed at
    the end of its own line ('"..." — editorial, 2018'); a timeline table's row whose first
    cell is a year ('| 1998 | ..., a new kind of drug |') for DATE008 too; in a definition list,
    a pronoun sentence speaks of the defined term ('**Kadcyla**' / ': Trastuzumab joined to a
    chemotherapy. It is approved only for ... spread'); 'hasn't all gone' as residual disease;
    a screening table's '40-44' and '45-49' rows under a USPSTF column. Tried and left out: a
    note's list item read under the item above it ('- Path: residual disease' over '- Plan:
    continue HP'), which found one more statement and cost one, with more warnings on
    negatives. After: 52: 65 of 72, 53: 64 of 69, 54: 63 of 70, 55: 63 of 72; pooled 255 of
    283 (90.1%), 1 warning on a negative line (a 2020 page listing T-DXd among later lines).
    Sets 31 and 49 rose; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (56, 72, 71, 71, 70, 1),
    (57, 69, 64, 63, 62, 1),
    (58, 69, 66, 65, 65, 0),
    (59, 69, 69, 68, 68, 0),
)
def test_fourteenth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 56 to 59, written blind with the four briefs of sets 52 to 55 (HB56 patient
    information, HB57 clinicians' notes, HB58 dated blogs and news, HB59 reference and lab pages)
    while sets 52 to 55 were read, and held out until measured.

    Measured on their arrival on main at 5a2c548 (after the rounds of sets 36-55), 2026-12-04:
    56: 67 of 72 (93.1%), 1 warning on a negative; 57: 56 of 69 (81.2%), 1; 58: 59 of 69
    (85.5%), 2; 59: 63 of 69 (91.3%), 1. Pooled 245 of 279 (87.8%), 5 warnings on negatives.
    Eleven held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%,
    88.7%, 87.8%.

    SETS 56 TO 59 WERE THEN READ (sixth session). Fixed in general: a year's review dated
    that year reads its month labels ('- **December:** ..., accelerated approval') as that
    year's narration; 'For years the task force said ...' narrates; 'the second-line standard
    moved from T-DM1 to T-DXd' is current; DATE008 reads a table cell under the therapy its
    row's first cell names ('| Tucatinib | TKI | recently approved |'); 'IHC 2+ non-amplified
    ... HER2 drugs add nothing'; 'until you turn 50' as the forties. Left alone: a 2018
    pharmacy note's 'biosimilars approved - not yet launched' (a writer of set 14 calls the same
    words outdated); Obsidian wikilinks with an unescaped '|' inside table cells, which split
    the cells as Markdown does. After: 56: 67 of 72, 57: 58 of 69, 58: 59 of 69, 59: 63 of 69;
    pooled 247 of 279 (88.5%), 2 warnings on negative lines. Sets 29 and 43 rose; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (60, 68, 67, 67, 67, 0),
    (61, 69, 66, 65, 65, 1),
    (62, 71, 62, 62, 60, 0),
    (63, 68, 68, 67, 67, 0),
)
def test_fifteenth_round_blind_sets_held_out(tmp_path: Path, row: Measured) -> None:
    """Sets 60 to 63, written blind with the four briefs of sets 56 to 59 (HB60 patient
    information, HB61 clinicians' notes, HB62 dated blogs and news, HB63 reference and lab pages)
    while sets 56 to 59 were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured on their arrival on main at ca98ce2 (after the rounds of sets 36-59), 2026-12-04:
    60: 60 of 68 (88.2%), 2 warnings on negatives; 61: 62 of 69 (89.9%), 3; 62: 53 of 71
    (74.6%), 3; 63: 65 of 68 (95.6%), 2. Pooled 240 of 276 (87.0%), 10 warnings on negatives.
    Twelve held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%,
    88.7%, 87.8%, 87.0%.

    SETS 60 TO 63 WERE THEN READ (seventh session), while sets 64 to 67 were held out. Fixed in
    general: a trial's result labelled by its year ('- EMILIA (2012): ...') narrates it (not a
    guideline's version label); what an advisory body 'had said', what a group was 'once
    thought' to lack, and what a doctor 'still called' a drug are narration; asking about
    taking part in a trial is no claim that a drug is only in trials; a dated claim about a
    drug outside the table named first is not blamed on a drug after it; 'recently approved'
    is excused only by a setting beside it; 'expects a decision in the second half of 2020';
    'starting at 40 is optional' is the 2016 advice; 'the newly approved injection' refers
    back to the drug its section named. After: 60: 62 of 68, 61: 63 of 69, 62: 54 of 71,
    63: 65 of 68; pooled 244 of 276 (88.4%), 4 warnings on negative lines (a 2012 page's
    'scores of 0 and 1+ are reported as HER2-negative', a 2019 news post on the basis of the
    first T-DXd approval, a current FAQ continuing the old USPSTF advice on the line after the
    one its writer marked, a note's 'the tumour-agnostic label applies' outside breast, gastric
    and lung; quiet since the ninth session). Sets 30 and 56 rose; none fell.

    Since the twelfth session, two warnings on set 61's lines that its writer left unmarked: a
    tumour board's plan "adjuvant H q3w to complete 1 year" after a case with residual disease
    (the decision of the discussion line the writer marked, restated: a plan is now read with
    the case it is for), and "3L: tucatinib + trastuzumab + capecitabine (HER2CLIMB, ...; active
    in brain metastases) or T-DXd" in a January 2022 algorithm (a semicolon inside brackets no
    longer ends the clause; set 144's writer marks the same shape outdated).

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 61 2 to 1, set 63 1 to 0; recall unchanged.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (64, 71, 71, 71, 71, 0),
    (65, 69, 66, 66, 66, 2),
    (66, 69, 66, 66, 66, 0),
    (67, 70, 67, 67, 66, 1),
)
def test_sixteenth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 64 to 67, written blind with the four briefs of sets 60 to 63 (HB64 patient
    information, HB65 clinicians' notes, HB66 dated blogs and news, HB67 reference and lab pages)
    in the seventh session, and HELD OUT: their texts, misses and per-case reports unread.

    Measured on their arrival on main at d57825f (after the rounds of sets 36-59), 2026-12-04:
    64: 62 of 71 (87.3%), 1 warning on negatives; 65: 60 of 69 (87.0%), 8; 66: 59 of 69
    (85.5%), 5; 67: 60 of 70 (85.7%), 3. Pooled 241 of 279 (86.4%), 17 warnings on negatives.
    After the round of sets 60-63 (texts still unread): 64: 63 of 71; the others unchanged.
    Thirteen held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%,
    88.7%, 87.8%, 87.0%, 86.4%.

    SETS 64 TO 67 WERE THEN READ (eighth session), while sets 68 to 71 were held out. Fixed in
    general: an undated note whose newest year named is before a change ("from the 2007
    guideline") makes the claims of an older page; a table row giving a band as the USPSTF's;
    "isn't given", "excludes", "the two can't be combined into one injection", "a single shot
    that combines ...", "only comes as an intravenous infusion", "once the year of Herceptin
    finishes", "cancer was left"; "not a 2L option" or "a first or second HER2 treatment" is
    no second-line approval; a drug named only as a comparator ("compared with continuing
    Herceptin") or as what came before ("after progression on trastuzumab/pertuzumab") is not
    what a passage speaks of, and a title's "ado-trastuzumab emtansine" names T-DM1 alone; an
    answer under its label line ("**Reply from a member:**") is reported on its own line;
    narration after "for many years ..." or "before this", in a then-column ("was defined
    as", "meant"), and stopping at "but for now"; early breast cancer is treated as
    HER2-negative; a question is no dated claim; "a decision could come in 2025", "a
    submission is planned for 2022"; a bold label as the subject of "the newly approved
    antibody"; "a new pill approved in April 2020"; biosimilars' development codes; one
    finding per change on a line. After: 64: 70 of 71, 65: 64 of 69, 66: 66 of 69, 67: 65 of
    70; pooled 265 of 279 (95.0%), 4 warnings on negative lines (in set 65 a note's 'off-label
    requests' under a 2023 heading on T-DXd outside breast, twice, and a biliary-cancer case
    whose 'kept for later' sits in the sentence after its setting; in set 67 a 2022 note's
    'Status as of March 2022: ... not yet approved', the dated claim issue 16 asks DATE011 to
    report). Sets 12, 15, 16, 20, 22, 25, 26, 36-39, 43 and 60 rose; none fell. Later in the
    session: the 2016 recommendation quoted after "The 2016 recommendation read:" and "left
    screening in the 40s to individual choice" narrate (set 67's two other warnings).

    Seventeenth session (2026-12-06): an admonition's or content tab's indented body is read
    as the Markdown MkDocs renders (its lists, links and emphasis), not as one raw
    paragraph: set 67 65 to 66 with the source; no warning added.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (68, 69, 69, 69, 69, 0),
    (69, 69, 67, 67, 67, 1),
    (70, 67, 66, 66, 65, 0),
    (71, 68, 67, 67, 67, 1),
)
def test_seventeenth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 68 to 71, written blind with the four briefs of sets 64 to 67 (HB68 patient
    information, HB69 clinicians' notes, HB70 dated blogs and news, HB71 reference and lab pages)
    while sets 64 to 67 were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 64-67 (eighth session of 2026-12-04): 68: 64 of 69
    (92.8%), no warning on negatives; 69: 62 of 69 (89.9%), 3; 70: 60 of 67 (89.6%), 3; 71: 62
    of 68 (91.2%), 2. Pooled 248 of 273 (90.8%), 8 warnings on negatives. Fourteen held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%.

    SETS 68 TO 71 WERE THEN READ (eighth session), while sets 72 to 75 were held out. Fixed in
    general: "1+ and 0 are reported as HER2-negative" is the current reporting category, and a
    proposal's "proposed" says nothing of its status; a trial against T-DM1 (DESTINY-Breast05)
    is no claim about T-DM1; a threshold's past ("previously more than 30%", "raised the cut-off
    to"), a heading that opens with a year; DESTINY-Breast04's "one or two lines of
    chemotherapy"; "once you finish" the year; "only used if"; "looking at whether"; "For
    them," after a sentence on no pCR; a comparison "as for HER2-null disease"; "no anti-HER2";
    a table row's "Second | T-DM1", graded start age "50 (grade B)" and "newly approved for
    residual disease"; a present label ("currently") after a past approval or a trial's name;
    a document's year ("issued in 2016"); DATE011: a PDUFA date, "plans to file ... this
    year", "still under investigation" of an approved drug, a page titled by its trial. After:
    68: 67 of 69, 69: 67 of 69, 70: 65 of 67, 71: 66 of 68; pooled 265 of 273 (97.1%), 2
    warnings on negative lines (a biliary-cancer case again; a knowledge base listing T-DXd with
    DESTINY-Breast01 under third line, which writers of eleven earlier sets mark outdated).
    Sets 45, 46, 50, 53, 55, 60 and 62 rose; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (72, 69, 68, 68, 67, 0),
    (73, 69, 67, 67, 66, 0),
    (74, 74, 73, 73, 72, 1),
    (75, 68, 67, 66, 66, 1),
)
def test_eighteenth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 72 to 75, written blind with the four briefs of sets 68 to 71 (HB72 patient
    information, HB73 clinicians' notes, HB74 dated blogs and news, HB75 reference and lab pages)
    while sets 68 to 71 were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 68-71 (eighth session of 2026-12-04): 72: 62 of 69
    (89.9%), 2 warnings on negatives; 73: 60 of 69 (87.0%), 1; 74: 68 of 74 (91.9%), 3; 75: 59
    of 68 (86.8%), 3. Pooled 249 of 280 (88.9%), 9 warnings on negatives. Fifteen held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%, 88.9%.

    SETS 72 TO 75 WERE THEN READ (eighth session), while sets 76 to 79 were held out. Fixed in
    general: HR-negative HER2-low still needs chemotherapy first, and HR-positive "need to have
    had chemotherapy" is DESTINY-Breast06's change; "faint, patchy staining"; "until now" and
    "for most of the 2010s" narrate; a drug outside the table named before what is said is its
    subject ("sacituzumab govitecan after two prior lines", "poziotinib remains
    investigational"); "with a pathological complete response"; an older antibody's NSABP B-47;
    "no subcutaneous product"; "same as pCR"; "the option to begin at 40" is not the USPSTF's;
    an indication with its approval date in brackets, or "use third line", states the label;
    the pair "Herceptin and Perjeta" in either order; a glossary entry's later sentences speak
    of its term; DATE011: a plan with its date ("we expect to start offering it by the end of
    2020"), "plans to submit ... in the first quarter of 2020", "as of spring 2023", "the
    update is due in 2013", "expects to finalize ... next year", trials "currently comparing",
    "the FDA is now reviewing", a lasting approval only in the claim's own clause, a table row's
    drug, a callout titled by its trial. After: 72: 67 of 69, 73: 64 of 69, 74: 72 of 74, 75:
    64 of 68; pooled 267 of 280 (95.4%), 3 warnings on negative lines (a 2024 news item on
    priority review, which DATE011 reports with the approval that followed; a 2026 note's
    first-line lung trials, reported by DATE010 and DATE011). Sets 25, 29, 31, 35, 37, 43, 45,
    48 and 61 rose; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (76, 70, 66, 66, 66, 0),
    (77, 69, 66, 66, 66, 0),
    (78, 71, 66, 66, 65, 0),
    (79, 71, 67, 66, 66, 0),
)
def test_nineteenth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 76 to 79, written blind with the four briefs of sets 72 to 75 (HB76 patient
    information, HB77 clinicians' notes, HB78 dated blogs and news, HB79 reference and lab pages)
    while sets 72 to 75 were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 72-75 (eighth session of 2026-12-04): 76: 58 of 70
    (82.9%), 2 warnings on negatives; 77: 60 of 69 (87.0%), 2; 78: 61 of 71 (85.9%), 2; 79: 62
    of 71 (87.3%), 5. Pooled 241 of 281 (85.8%), 11 warnings on negatives. Sixteen held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%, 88.9%, 85.8%.

    SETS 76 TO 79 WERE THEN READ (eighth session), while sets 80 to 83 were held out. Fixed in
    general: DATE008 narration (news that "the FDA has approved a new drug", "twenty years
    ago", what "early papers called the drug"), "nothing new", "New Year's Eve", "the newest
    HER2 category"; "**3L+:**" alone labels the list below it; a content tab's title; a label of
    two words ("**US status:**") opens its own line; the 2009 and 2016 statements' history; a
    lung label among the labels a drug carries; another drug's approval date after a semicolon
    is no narration of the statement before it; "not useful"; "low levels of HER2"; a trial
    "is comparing"; "no tablet is approved for early-stage"; DATE011: "status at <date>". After:
    76: 63 of 70, 77: 60 of 69, 78: 61 of 71, 79: 64 of 71; pooled 248 of 281 (88.3%), no
    warning on a negative line. Sets 31 and 35 rose; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (80, 69, 65, 65, 65, 0),
    (81, 68, 65, 65, 65, 0),
    (82, 69, 67, 67, 67, 0),
    (83, 70, 69, 69, 69, 1),
)
def test_twentieth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 80 to 83, written blind with the four briefs of sets 76 to 79 (HB80 patient
    information, HB81 clinicians' notes, HB82 dated blogs and news, HB83 reference and lab pages)
    while sets 76 to 79 were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 76-79 (eighth session of 2026-12-04): 80: 61 of 69
    (88.4%), no warning on negatives; 81: 60 of 68 (88.2%), 1; 82: 60 of 69 (87.0%), 2; 83: 64
    of 70 (91.4%), 4. Pooled 245 of 276 (88.8%), 7 warnings on negatives. Seventeen held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%, 88.9%, 85.8%, 88.8%.

    SETS 80 TO 83 WERE THEN READ (ninth session), while sets 84 to 87 were held out. Fixed in
    general: DATE008 and DATE011 choose the approval by the setting the sentence names ("still
    have invasive cancer", "after an earlier HER2 treatment", "mBC"); a drug a sentence likens
    another to ("similar to trastuzumab") is not its subject, and a section titled with one
    drug names the subject of a sentence that names none; a glossary entry speaks of its own
    term; a clause on radiotherapy is not said of the drug before it; an answer is read under
    its question ("**Q:** ...? **A:** T-DM1"); "That's the standard second line"; a condition
    contrary to fact ("if the IHC had been 3+") and an earlier sentence's narration do not
    excuse; "and is indicated" and "; ... is still pending" turn to the present; an appositive
    drug ("Another drug, T-DXd (Enhertu), is ...") is the subject; the sites outside which a
    drug was off-label; a cancer no HER2 drug is approved for ("not FDA-approved for womb
    cancer"); a trial's phase 1 result; the USPSTF's 40-49 band in a checklist or table row;
    "after at least one chemotherapy" for HER2-low is DESTINY-Breast04's label, still current.
    After: 80: 64 of 69, 81: 64 of 68, 82: 65 of 69, 83: 66 of 70; pooled 259 of 276 (93.8%),
    1 warning on a negative line (a 2023 page's "It is not final" of the USPSTF draft, which the
    2024 final recommendation made outdated: reported on purpose, as the issue asks of a page
    dated before a change). Sets 44 and 61 rose; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (84, 70, 70, 70, 70, 0),
    (85, 70, 69, 69, 69, 0),
    (86, 70, 68, 66, 66, 0),
    (87, 71, 68, 67, 67, 1),
)
def test_twenty_first_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 84 to 87, written blind with the four briefs of sets 80 to 83 (HB84 patient
    information, HB85 clinicians' notes, HB86 dated blogs and news, HB87 reference and lab pages)
    while sets 80 to 83 were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 80-83 (ninth session of 2026-12-05): 84: 68 of 70
    (97.1%), 1 warning on negatives; 85: 63 of 70 (90.0%), 2; 86: 60 of 70 (85.7%), 2; 87: 62
    of 71 (87.3%), none. Pooled 253 of 281 (90.0%), 5 warnings on negatives. Eighteen held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%.

    SETS 84 TO 87 WERE THEN READ (ninth session), while sets 88 to 91 were held out. Fixed in
    general: a claim's drug is a drug by its whole name ("trastuzumab" is not in "trastuzumab
    deruxtecan" or "ado-trastuzumab emtansine"); the pack's flow-list terms that held commas
    were split by YAML ("gastric and lung" was a term by itself); a drug compared with ("compared
    with continuing trastuzumab") is not a claim's subject; flash cards and inline fields
    ("Standard 2L after THP::T-DM1") are lines of their own; "isn't approved"; "is meant for"
    is present, not narration; "until DESTINY-Breast03 reads out" awaits, it does not narrate;
    "whether or not any cancer was found"; HER2-low "treated in exactly the same way as" and
    "a descriptive term"; "promised a decision by October 2020"; "after trastuzumab" between a
    drug and its words is no other drug; sites listed with "/" and "HER2-mutant lung" outside
    which a drug was off-label. After: 84: 70 of 70, 85: 67 of 70, 86: 63 of 70, 87: 64 of 71;
    pooled 264 of 281 (94.0%), no warning on a negative line. Sets 29, 32, 52, 56 and 77 rose,
    and set 34 lost its warning; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (88, 70, 69, 69, 68, 0),
    (89, 68, 66, 66, 66, 0),
    (90, 70, 66, 66, 65, 0),
    (91, 72, 72, 71, 70, 0),
)
def test_twenty_second_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 88 to 91, written blind with the four briefs of sets 84 to 87 (HB88 patient
    information, HB89 clinicians' notes, HB90 dated blogs and news, HB91 reference and lab pages)
    while sets 84 to 87 were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 84-87 (ninth session of 2026-12-05): 88: 67 of 70
    (95.7%), no warning on negatives; 89: 64 of 68 (94.1%), 1; 90: 59 of 70 (84.3%), 3; 91: 67
    of 72 (93.1%), 4. Pooled 257 of 280 (91.8%), 8 warnings on negatives. Nineteen held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%.

    SETS 88 TO 91 WERE THEN READ (ninth session), while sets 92 to 95 were held out. Fixed in
    general, mostly warnings on current or historical lines: "a new chemo partner" is no new
    drug; what an approval "covered" and an update that "brought those down" narrate; an
    earlier sentence's year still dates a sentence in the past tense ("It defined IHC 3+ as
    ..."); "These are not licensed uses" and "Other HER2 tablets are being tested" speak of
    their own subjects; a trial in an earlier setting ("before and after surgery") excuses a
    claim of trials even where an approval's context (HER2-low) is named; "no membrane
    staining" is HER2-null; DESTINY-Breast01's response rate in heavily pretreated patients is
    a result; a trial of T-DXd "as a first treatment"; "a draft is expected sometime in 2023";
    "with Enhertu now available from the third line" leaves T-DM1's second line outdated.
    After: 88: 68 of 70, 89: 64 of 68, 90: 60 of 70, 91: 67 of 72; pooled 259 of 280 (92.5%),
    no warning on a negative line. Set 75 lost a warning; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (92, 69, 67, 67, 67, 0),
    (93, 69, 66, 64, 64, 0),
    (94, 72, 70, 69, 68, 0),
    (95, 71, 67, 67, 67, 0),
)
def test_twenty_third_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 92 to 95, written blind with the four briefs of sets 88 to 91 (HB92 patient
    information, HB93 clinicians' notes, HB94 dated blogs and news, HB95 reference and lab pages)
    while sets 88 to 91 were read, and HELD OUT: their texts, misses and per-case reports unread
    (HB92 kept a generator script with its text in /tmp; it was deleted unread).

    Measured after the round of sets 88-91 (ninth session of 2026-12-05): 92: 57 of 69
    (82.6%), no warning on negatives; 93: 60 of 69 (87.0%), 1; 94: 63 of 72 (87.5%), 3; 95: 65
    of 71 (91.5%), 1. Pooled 245 of 281 (87.2%), 5 warnings on negatives. Twenty held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%.

    SETS 92 TO 95 WERE THEN READ (ninth session), while sets 96 to 99 were held out. Fixed in
    general: a claim made of a drug class is not the claim of a drug named after the class
    words ("Approved HER2-directed therapy: ... | Trastuzumab ... (off-label)"), and every
    statement of a clause is tried, not only the first pattern's; ", and other ADCs are being
    studied" opens a clause on other drugs; "had finished enrolling" recruits no more; an
    earlier sentence's year is quiet only for a sentence that opens with a drug's pronoun ("This
    is a clear change" is the news); the news itself and "Cancers ... were simply called
    HER2-negative" narrate; "earlier in HER2-low disease" is a new setting; "isn't used to treat"
    is no narration ("used to"); "given only to people whose cancer has spread"; a table's
    "| Second | T-DM1 |"; "stop controlling"; "only for after you've been through Kadcyla";
    "second-line use is off-label"; the final USPSTF recommendation "has not been issued" or "is
    expected". After: 92: 60 of 69, 93: 62 of 69, 94: 65 of 72, 95: 65 of 71; pooled 252 of 281
    (89.7%), no warning on a negative line. Sets 79 and 91 rose; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (96, 68, 66, 66, 66, 0),
    (97, 69, 63, 63, 63, 0),
    (98, 70, 66, 66, 66, 0),
    (99, 68, 65, 65, 65, 0),
)
def test_twenty_fourth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 96 to 99, written blind with the four briefs of sets 92 to 95 (HB96 patient
    information, HB97 clinicians' notes, HB98 dated blogs and news, HB99 reference and lab pages)
    while sets 92 to 95 were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 92-95 (ninth session of 2026-12-05): 96: 66 of 68
    (97.1%), 1 warning on negatives; 97: 60 of 69 (87.0%), 1; 98: 63 of 70 (90.0%), 2; 99: 58
    of 68 (85.3%), none. Pooled 247 of 275 (89.8%), 4 warnings on negatives. Twenty-one held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%.

    SETS 96 TO 99 WERE THEN READ (ninth session), while sets 100 to 103 were held out, for
    their warnings on current and historical lines: "an old report saying ..." and what a
    group "had always been" narrate; a phase 2 study "of 184 heavily pretreated women" is
    DESTINY-Breast01's result. After: 96: 66 of 68 (1 warning: a FAQ on neratinib's 2020
    approval "for people who have had two or more HER2-targeted treatments" under a page titled
    with Enhertu, read as Enhertu's), 97: 60 of 69, 98: 63 of 70, 99: 58 of 68; pooled 247 of
    275 (89.8%), 1 warning on a negative line. Set 62 lost its warning; none fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (100, 68, 66, 66, 66, 0),
    (101, 68, 63, 62, 62, 0),
    (102, 70, 66, 66, 66, 2),
    (103, 69, 67, 66, 66, 0),
)
def test_twenty_fifth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 100 to 103, written blind with the four briefs of sets 96 to 99 (HB100 patient
    information, HB101 clinicians' notes, HB102 dated blogs and news, HB103 reference and lab
    pages) while sets 96 to 99 were read, and HELD OUT: their texts, misses and per-case reports
    unread.

    Measured after the round of sets 96-99 (ninth session of 2026-12-05): 100: 62 of 68
    (91.2%), no warning on negatives; 101: 61 of 68 (89.7%), 1; 102: 62 of 70 (88.6%), 6; 103:
    62 of 69 (89.9%), 6. Pooled 247 of 275 (89.8%), 13 warnings on negatives. Twenty-two
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%.

    SETS 100 TO 103 WERE THEN READ (ninth session) for their thirteen warnings on current and
    historical lines, while sets 104 to 107 were held out. Fixed in general: a timeline entry
    that opens with its year and a dash ("- **2019** — ...") narrates that year in every
    sentence; a quote callout titled with its year ("> [!quote] Wolff et al., 2007"); a
    sentence that tells of the change it follows ("Since the 2022 approval based on
    DESTINY-Breast03, it's the usual next step"); the title of a linked page ("[Hylecta: the new
    shot ...](...)") is no claim; "not approved for this use" names a setting named elsewhere;
    what patients "had no approved option" for is the past. After: 100: 62 of 68, 101: 61 of 68,
    102: 62 of 70, 103: 62 of 69; pooled 247 of 275 (89.8%), 6 warnings on negative lines (a
    cheat sheet's T-DXd among third-line options, later-line lists under a heading read as
    T-DXd's, a 2018 tumour board completing HP with radiotherapy). None fell.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 103 3 to 0; recall unchanged.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (104, 70, 67, 67, 67, 0),
    (105, 68, 64, 64, 64, 0),
    (106, 72, 68, 68, 67, 0),
    (107, 71, 69, 69, 69, 0),
)
def test_twenty_sixth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 104 to 107, written blind with the four briefs of sets 100 to 103 (HB104 patient
    information, HB105 clinicians' notes, HB106 dated blogs and news, HB107 reference and lab
    pages) while sets 100 to 103 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 100-103 (ninth session of 2026-12-05): 104: 62 of 70
    (88.6%), no warning on negatives; 105: 61 of 68 (89.7%), 1; 106: 63 of 72 (87.5%), 3; 107:
    67 of 71 (94.4%), 1. Pooled 253 of 281 (90.0%), 5 warnings on negatives. Twenty-three
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%.

    SETS 104 TO 107 WERE THEN READ (ninth session) for their five warnings on current and
    historical lines, while sets 108 to 111 were held out. Fixed in general: news of an approval
    "on December 20"; a table row dated in its first cell under a drug the section named; a
    wording quoted as one not to write ('Do not write "HER2-negative, not eligible ..."'); "a
    clinical trial near you is enrolling" says nothing of a drug. After: 104: 62 of 70, 105: 61
    of 68, 106: 63 of 72, 107: 67 of 71; pooled 253 of 281 (90.0%), 1 warning on a negative line
    (a results line nested under DESTINY-Breast01's item, "ORR 60.9%, mPFS 16.4 mo", read as the
    item's "≥2 prior anti-HER2 regimens"). None fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (108, 68, 67, 66, 66, 0),
    (109, 70, 69, 69, 69, 0),
    (110, 71, 69, 69, 67, 0),
    (111, 70, 66, 66, 66, 0),
)
def test_twenty_seventh_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 108 to 111, written blind with the four briefs of sets 104 to 107 (HB108 patient
    information, HB109 clinicians' notes, HB110 dated blogs and news, HB111 reference and lab
    pages) while sets 104 to 107 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 104-107 (ninth session of 2026-12-05): 108: 58 of 68
    (85.3%), 1 warning on negatives; 109: 66 of 70 (94.3%), 4; 110: 56 of 71 (78.9%), none; 111:
    59 of 70 (84.3%), none. Pooled 239 of 279 (85.7%), 5 warnings on negatives. Twenty-four
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%.

    SETS 108 TO 111 WERE THEN READ (tenth session, 2026-12-05) while sets 112 to 115 were
    written. Fixed in general: a sentence that goes on with the outdated statement of the one
    before it, in the same section and in prose, without naming a subject of its own ("The Task
    Force advises a mammogram every other year from age 50. / Women aged 40 to 49 can choose to
    begin earlier"); "Right now, in June 2023, ..." dates the present, it does not narrate; a
    final recommendation that "hasn't been issued" or "is not expected until"; a trial's
    comparator in an aside ("DESTINY-Breast03, the comparison with T-DM1, has not reported") is
    not the subject; "3L after THP → T-DXd" puts T-DXd before (but "after THP → T-DM1, which stays
    the 2L standard" does not); "enrol in trials where we can" offers a trial; researchers
    "studying whether" HER2-low cancers differ speak of the disease; uterine serous carcinoma's
    own >30% cut-off; news of the 2019 "accelerated approval of" T-DXd; DATE011's "decision will
    come this year", "expect an FDA decision in the first half of next year", "label expansion
    ... expected sometime in 2025", "could lead to a wider approval, possibly in 2024"; wordings
    of biosimilars not yet on sale, residual disease ("wasn't all gone"), KATHERINE's results
    "aren't out yet", brain metastases' "usual drug option is lapatinib". After: 108: 66 of 68,
    109: 69 of 70, 110: 64 of 71, 111: 64 of 70; pooled 263 of 279 (94.3%), no warning on a
    negative line. None fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (112, 68, 67, 67, 67, 1),
    (113, 68, 66, 66, 66, 0),
    (114, 68, 66, 66, 66, 1),
    (115, 69, 69, 69, 69, 2),
)
def test_twenty_eighth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 112 to 115, written blind with the four briefs of sets 108 to 111 (HB112 patient
    information, HB113 clinicians' notes, HB114 dated blogs and news, HB115 reference and lab
    pages) while sets 108 to 111 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 108-111 (tenth session of 2026-12-05): 112: 60 of 68
    (88.2%), 1 warning on negatives; 113: 62 of 68 (91.2%), none; 114: 59 of 68 (86.8%), 2; 115:
    63 of 69 (91.3%), 3. Pooled 244 of 273 (89.4%), 6 warnings on negatives. Twenty-five
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%.

    SETS 112 TO 115 WERE THEN READ (tenth session) while sets 116 to 119 were written. Fixed in
    general: exceptions read only in a statement's own clause (`unless_clause`: "no targeted drug
    is approved for HER2-mutant NSCLC; first-line treatment is chemotherapy" is not excused by
    the first-line clause, nor "IV infusion only; no subcutaneous form licensed" by a later cell's
    "HER2+ gastric"); a history told under a heading that is its year ("## 2007 (Wolff et al.)");
    "the 2009 and 2016 versions, which recommended ..."; a year that dates the event a statement
    follows ("under FDA review following a favourable ODAC vote in May 2017"), and "and is not
    yet available"; a sentence on a line of its own within a paragraph is a list's entry and
    does not go on with the line before; DATE011's "as of this newsletter" and "rules in effect
    January 2019"; wordings: the only HER2 drug that comes as a pill, "only made as an IV drug",
    "THP first, Kadcyla second", "and when it stops working, Enhertu", "USPSTF: biennial 50-74",
    "ages 40-49", "kept for breast cancer that has spread", two separate IV bags, "nothing
    combines HP in a single injection", "unlabelled", "no FDA indication", "only via trial",
    "no commercial supply", "until it reports". After: 112: 65 of 68, 113: 65 of 68, 114: 64 of
    68, 115: 68 of 69; pooled 262 of 273 (96.0%), 4 warnings on negative lines (a table row of
    the 2019 accelerated approval beside the 2022 one; "1+ ... don't respond to Herceptin-type
    drugs", which the pack reads as all HER2 drugs; neratinib and T-DM1 "being studied in people
    with brain metastases", a new setting for them, which DATE008 does not know as one, since
    brain metastases are tucatinib's approved setting). None fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (116, 71, 70, 69, 69, 0),
    (117, 68, 67, 65, 65, 0),
    (118, 72, 69, 69, 69, 0),
    (119, 68, 67, 67, 67, 0),
)
def test_twenty_ninth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 116 to 119, written blind with the four briefs of sets 112 to 115 (HB116 patient
    information, HB117 clinicians' notes, HB118 dated blogs and news, HB119 reference and lab
    pages) while sets 112 to 115 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 112-115 (tenth session of 2026-12-05): 116: 67 of 71
    (94.4%), 1 warning on negatives; 117: 61 of 68 (89.7%), 2; 118: 64 of 72 (88.9%), none; 119:
    59 of 68 (86.8%), none. Pooled 251 of 279 (90.0%), 3 warnings on negatives. Twenty-six
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%.

    SETS 116 TO 119 WERE THEN READ (tenth session) while sets 120 to 123 were written. Fixed in
    general: an admonition's or content tab's body written after a blank line ('!!! note
    "DESTINY-Breast03"', '=== "Residual invasive disease"', then the indented text), which
    CommonMark reads as code, is prose, read under its title (tests/test_document.py); a pronoun
    speaks of the sentence before's subject, the drug it opens with ("Perjeta is added to
    Herceptin ... . It is not approved for use after surgery"); a drug's approval date beside it
    ("Enhertu, approved in December 2019, is used only after ...") does not narrate; ";
    until it is final, the official recommendation still begins at 50" is the present; DATE008
    reads "in this setting" with the section's title ("## What if my result is HER2 0?"), "new
    IV trastuzumab starts" as new starts, and "the brand-new under-the-skin version" as the
    drug; a drug a margetuximab note "would compete with" is its rival; "For now ... later
    lines" is not "now used in later lines"; the EU's approval is not the FDA's; T-DM1's
    residual-disease exception holds in its own clause; DATE011's "results should come out
    next year"; wordings: "still had cancer at surgery", "intravenous only", "awaits FDA
    approval", "T-DXd in the second line awaits FDA approval", "nothing is approved for extended
    adjuvant HER2 therapy". After: 116: 69 of 71, 117: 65 of 68, 118: 68 of 72, 119: 63 of 68;
    pooled 265 of 279 (95.0%), no warning on a negative line. None fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (120, 69, 66, 66, 65, 0),
    (121, 69, 68, 68, 67, 0),
    (122, 71, 68, 68, 68, 1),
    (123, 68, 65, 65, 65, 0),
)
def test_thirtieth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 120 to 123, written blind with the four briefs of sets 116 to 119 (HB120 patient
    information, HB121 clinicians' notes, HB122 dated blogs and news, HB123 reference and lab
    pages) while sets 116 to 119 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 116-119 (tenth session of 2026-12-05): 120: 62 of 69
    (89.9%), no warning on negatives; 121: 62 of 69 (89.9%), none; 122: 64 of 71 (90.1%), 2;
    123: 62 of 68 (91.2%), 2. Pooled 250 of 277 (90.3%), 4 warnings on negatives. Twenty-seven
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%.

    SETS 120 TO 123 WERE THEN READ (tenth session) while sets 124 to 127 were written. Fixed in
    general: a glossary's term on a line of its own ("**HER2-low**" above its definition) is not
    the statement's line, the definition is; a list of approvals dated in brackets ("...
    trastuzumab deruxtecan (December 2019)") narrates; KATHERINE offered as a trial ("offer
    KATHERINE (T-DM1 vs H) if eligible") no longer excuses finishing the year of trastuzumab;
    DATE011's "later this month" and "next month" (to the month's end) and "will be presented
    at ... later this month"; wordings: "not continued after your operation", "a single
    injection containing both", "only becomes an option after ... chemotherapy", "only once pts
    have had ≥1 line of chemo", "the usual next line", "no co-formulated or subcutaneous
    product", "the only anti-HER2 monoclonal antibodies", "only cancers that are HER2-positive
    respond to HER2-targeted drugs", "a research question", "not an FDA-approved indication",
    "only for HER2-positive breast cancer that has spread", "3 and beyond". After: 120: 65 of
    69, 121: 66 of 69, 122: 67 of 71, 123: 64 of 68; pooled 262 of 277 (94.6%), 1 warning on a
    negative line (a March 2024 news roundup's "the FDA has granted priority review", which
    DATE011 reports because the April 2024 approval contradicts it, as issue 16 asks; its
    writer counted news of its date as current). None fell.

    Tried and left out: reading a claim's setting in the sentences before it ("8 mm of cancer was
    still there. / Dr A was calm. The plan stays the same: keep going with Herceptin until the
    year is up") found 18 more statements in sets 1 to 107 but put 12 more warnings on negative
    lines (screening advice of other bodies, news of a later line).

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (124, 69, 68, 67, 67, 0),
    (125, 69, 66, 65, 65, 1),
    (126, 71, 65, 65, 65, 0),
    (127, 69, 69, 69, 69, 0),
)
def test_thirty_first_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 124 to 127, written blind with the four briefs of sets 120 to 123 (HB124 patient
    information, HB125 clinicians' notes, HB126 dated blogs and news, HB127 reference and lab
    pages) while sets 120 to 123 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 120-123 (tenth session of 2026-12-05): 124: 61 of 69
    (88.4%), no warning on negatives; 125: 61 of 69 (88.4%), 4; 126: 58 of 71 (81.7%), 1; 127:
    64 of 69 (92.8%), 3. Pooled 244 of 278 (87.8%), 8 warnings on negatives. Twenty-eight
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%.

    SETS 124 TO 127 WERE THEN READ (tenth session) while sets 128 to 131 were written. Fixed in
    general: a paragraph that opens with "It" speaks of the drug the paragraph before opens
    with, and so does a sentence that opens with it even when it names another drug later;
    "you were told ... would not help" narrates; trials of whether a drug "could help earlier"
    are a new setting; news of a draft "the Task Force (USPSTF) has released" narrates (not
    "has granted priority review", which is still pending); "Until it is approved, ..." is not
    an approval; the 2016 recommendations or grade "reflected", "the advice was to start at
    50", "until this spring" narrate; neratinib after the year of trastuzumab is an exception
    only in its own clause; DATE011's "as we publish this in March 2024" and "expected by the
    PDUFA date in August 2020"; wordings: "has to go through a drip", "no better HER2 drug to
    switch to", "didn't have a complete response", "results haven't been released",
    "individualize", "none has been approved", "a drug for cancer that has spread, not for
    early stage". After: 124: 65 of 69, 125: 63 of 69, 126: 61 of 71, 127: 64 of 69; pooled 253
    of 278 (91.0%), 2 warnings on negative lines (a 2023 note's action item "leave the
    reminders as they are until the final version", and a 2018 tumour board's "DESTINY-Breast03
    is recruiting at the partner site", both reported as issue 16 asks of pages dated before
    the change; their writers counted them current for their date). None fell.

    Tried and left out: the 2013 update's fixation window (6 to 72 hours) read "6 to 48 hours"
    as outdated, but that window lies within the new one and 10 writers' lab pages did not
    count it; moving the USPSTF "from 40" exception into its own clause put 7 warnings on
    pages telling the change ("moves the start to 40 from 50").

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 125 2 to 1; recall unchanged.

    Seventeenth session (2026-12-06): an admonition's or content tab's indented body is read
    as the Markdown MkDocs renders (its lists, links and emphasis), not as one raw
    paragraph: set 127 67 to 68 with the source; no warning added.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (128, 69, 68, 68, 68, 0),
    (129, 71, 70, 70, 69, 0),
    (130, 70, 66, 66, 63, 0),
    (131, 71, 68, 68, 68, 1),
)
def test_thirty_second_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 128 to 131, written blind with the four briefs of sets 124 to 127 (HB128 patient
    information, HB129 clinicians' notes, HB130 dated blogs and news, HB131 reference and lab
    pages) while sets 124 to 127 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 124-127 (tenth session of 2026-12-05): 128: 64 of 69
    (92.8%), 4 warnings on negatives; 129: 64 of 71 (90.1%), none; 130: 61 of 70 (87.1%), 1;
    131: 66 of 71 (93.0%), 3. Pooled 255 of 281 (90.7%), 8 warnings on negatives. Twenty-nine
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%.

    SETS 128 TO 131 WERE THEN READ (tenth session) while sets 132 to 135 were written. Fixed in
    general: a section titled as historical ("## 2007 guideline (historical)") narrates its
    year; a wording shown as one not to use ("... do not use it"); a quotation a dated summary
    introduces ("Our 2013 summary of EMILIA read:") is its year's, for DATE008 too; trials "as
    the first treatment" are a new setting; cohorts that "enrolled heavily pretreated patients"
    report a trial; DATE011's "PDUFA date expected in the second half of 2020"; wordings:
    "from the age of 50", "can only be had through clinical trials", "is being compared with",
    "no second antibody in the adjuvant phase", "don't have a targeted pill or drip approved",
    and "available ... for intravenous use only" is no approval of the injection. After: 128: 68
    of 69, 129: 68 of 71, 130: 61 of 70, 131: 66 of 71; pooled 263 of 281 (93.6%), 1 warning
    on a negative line (T-DXd listed under a knowledge base's "Third line and beyond", which
    its writer counted current). None fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (132, 68, 65, 65, 65, 0),
    (133, 70, 67, 67, 67, 0),
    (134, 68, 65, 65, 65, 0),
    (135, 69, 69, 69, 69, 1),
)
def test_thirty_third_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 132 to 135, written blind with the four briefs of sets 128 to 131 (HB132 patient
    information, HB133 clinicians' notes, HB134 dated blogs and news, HB135 reference and lab
    pages) while sets 128 to 131 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 128-131 (tenth session of 2026-12-05): 132: 62 of 68
    (91.2%), 2 warnings on negatives; 133: 59 of 70 (84.3%), 4; 134: 60 of 68 (88.2%), 2; 135:
    64 of 69 (92.8%), 2. Pooled 245 of 275 (89.1%), 10 warnings on negatives. Thirty held-out
    rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%, 87.0%,
    86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%, 89.4%,
    90.0%, 90.3%, 87.8%, 90.7%, 89.1%.

    SETS 132 TO 135 WERE THEN READ (eleventh session, 2026-12-05) while sets 136 to 139 were
    written. Fixed in general: a heading that makes a statement by itself ("## ... on 2L T-DM1",
    a case's title) no longer makes it again for each note under it; a bold line with italics in
    it ("**Uterine serous (posted by *tallgrass*)**") is a label, the statement is reported on
    the line after it; ", and" opens a clause of its own for a fact's `unless_clause`, and where
    the sentence stands frames its clause; exceptions read only in the statement's own clause:
    another cancer and a 2019-dated indication for T-DXd after two regimens, NSABP B-47, a
    "start at 40" of other bodies; "Before 2019, ... was" told in the past is narration, as are
    "older leaflets may say" and "remembers when"; "displaced by tucatinib and T-DXd" names what
    replaced the subject, not the subject; "this setting" points back to the list item before
    it; a trial's "Design | Phase 3" row is no drug's phase. Wordings: "neither is on sale",
    "isn't a cheaper version", "no other way to get Herceptin ... IV drip", "not a treatment for
    early-stage", "Beyond 12 months: nothing", "settings only", "no HER2-targeted regimen has
    proven intracranial benefit", "the ERBB2 result doesn't change standard management", a
    line table's "Third and later | T-DXd". After: 132: 65 of 68, 133: 65 of 70, 134: 65 of 68,
    135: 69 of 69; pooled 264 of 275 (96.0%), 2 warnings on negative lines (a screening list's
    "50-74: biennial (grade B)" under a 40-49 line found outdated, and T-DXd under "Later lines"
    in a 2021 note; their writers counted both current). None fell.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 135 2 to 1; recall unchanged.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (136, 69, 68, 68, 68, 0),
    (137, 69, 67, 67, 67, 0),
    (138, 69, 63, 63, 63, 0),
    (139, 68, 65, 65, 65, 0),
)
def test_thirty_fourth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 136 to 139, written blind with the four briefs of sets 132 to 135 (HB136 patient
    information, HB137 clinicians' notes, HB138 dated blogs and news, HB139 reference and lab
    pages) while sets 132 to 135 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 132-135 (eleventh session of 2026-12-05): 136: 65 of 69
    (94.2%), no warning on a negative; 137: 63 of 69 (91.3%), none; 138: 59 of 69 (85.5%), 5;
    139: 63 of 68 (92.6%), 2. Pooled 250 of 275 (90.9%), 7 warnings on negatives. Thirty-one
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%.

    SETS 136 TO 139 WERE THEN READ (eleventh session) while sets 140 to 143 were written. Fixed
    in general: a timeline's "**2007.**" narrates its year; "was recommended by NICE" is a past
    decision; trials testing T-DXd are T-DXd's, not its partner pertuzumab's; T-DM1 in gastric
    cancer (GATSBY) is no second-line breast statement; "approved for ... stomach" excuses only
    the stomach fact, and "still investigational" in lung beside approvals elsewhere is the lung
    fact's; another cancer's second line ("stomach cancer second line") is no second line of
    T-DXd's; an approval's date with its indication in brackets ("Dec 2019 (after two or more
    regimens)"); "pCR is not achieved" is no pCR; a test result "and nothing else" names no
    missing drug. Wordings: "no T-DXd option" after a long aside, "switching ... remains
    unproven", "T-DM1 — the 2L agent", no regimen that "improved outcomes" with brain
    metastases, biosimilars that "have not yet reached American patients", "if your cancer gets
    worse while you take", DATE011's "a decision covering ... is expected in early 2025". After:
    136: 67 of 69, 137: 67 of 69, 138: 61 of 69, 139: 65 of 68; pooled 260 of 275 (94.5%), 1
    warning on a negative line (a 2016 newsletter's "Kadcyla is being studied in early breast
    cancer in the KATHERINE trial", which its writer counted current). None fell.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 138 1 to 0; recall unchanged.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (140, 72, 72, 72, 72, 0),
    (141, 70, 68, 68, 68, 0),
    (142, 70, 67, 67, 67, 0),
    (143, 70, 69, 69, 69, 1),
)
def test_thirty_fifth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 140 to 143, written blind with the four briefs of sets 136 to 139 (HB140 patient
    information, HB141 clinicians' notes, HB142 dated blogs and news, HB143 reference and lab
    pages) while sets 136 to 139 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 136-139 (eleventh session of 2026-12-05): 140: 67 of 72
    (93.1%), 1 warning on a negative; 141: 63 of 70 (90.0%), 1; 142: 64 of 70 (91.4%), 2; 143:
    64 of 70 (91.4%), 1. Pooled 258 of 282 (91.5%), 5 warnings on negatives. Thirty-two
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%.

    SETS 140 TO 143 WERE THEN READ (eleventh session) while sets 144 to 147 were written. Fixed
    in general: a bold line of its own over a list ("**Preferred second line**" over "- T-DM1")
    titles the list's items; "the FDA gave ... approval" and a patient's history ("Dx 2015 ...")
    narrate; "anyone new here" is no novelty, nor a question whether a drug was new; a standard
    named after T-DM1 is T-DM1's unless T-DM1 is what T-DXd beat; "apart from ... stomach and
    lung" excuses those facts; "Beyond the stomach" over other sites is no gastric statement;
    "pCR or not" is no pCR. Wordings: "will be used after Kadcyla", "can't be given as an
    injection", "before surgery but not after it", "the HER2 score is 0", "no FDA-approved
    indication", "off the table", "no extended adjuvant anti-HER2 drug", "nothing is
    approved", "used when ... has spread, not after surgery", "once you've failed Kadcyla",
    "staying the standard", and DATE011's "should read out in 2022", "under FDA review",
    "expects the FDA to approve ... later in 2020". After: 140: 72 of 72, 141: 67 of 70, 142:
    67 of 70, 143: 68 of 70; pooled 274 of 282 (97.2%), 1 warning on a negative line (T-DXd
    under a 2021 pathway's "Third line and later", which its writer counted current). None
    fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (144, 68, 68, 68, 68, 0),
    (145, 69, 68, 68, 68, 0),
    (146, 70, 65, 65, 65, 1),
    (147, 70, 69, 69, 69, 0),
)
def test_thirty_sixth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 144 to 147, written blind with the four briefs of sets 140 to 143 (HB144 patient
    information, HB145 clinicians' notes, HB146 dated blogs and news, HB147 reference and lab
    pages) while sets 140 to 143 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 140-143 (eleventh session of 2026-12-05): 144: 62 of 68
    (91.2%), 3 warnings on negatives; 145: 64 of 69 (92.8%), 4; 146: 57 of 70 (81.4%), 4; 147:
    65 of 70 (92.9%), 1. Pooled 248 of 277 (89.5%), 12 warnings on negatives. Thirty-three
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%, 89.5%.

    SETS 144 TO 147 WERE THEN READ (eleventh session) while sets 148 to 151 were written. Fixed
    in general: a table's header row makes no statement ("| Use | Status |" under "Unlabeled
    uses"); a sentence that states and then turns to ask (", so maybe ask about trials?") still
    states; a relative clause's past (", which received accelerated approval last December,")
    and "was approved in 2019 and is used ..." leave the main clause's present to be read; a
    labelled case history ("**Case:** ...; 2L T-DM1 (9 mo)") and "For fifteen years ... was"
    narrate; DATE008: a "What's new in ..." heading calls nothing new, "2 new asymptomatic
    brain mets" are no drug, gastric cancer is a new setting, a partner "tested with" a drug is
    not its subject, and a year that dates a report ("reported in December 2019") dates no
    status; "until APHINITY gets approved" awaits; "as for patients with pCR" compares;
    continuing pertuzumab with Herceptin is pertuzumab's. Wordings: "Not yet" under "Is there
    a biosimilar ...?", T-DXd later in a "3rd" row's cell, "the only HER2-targeted tablets are
    lapatinib and neratinib", "nobody under 50", "the official line", "two settings only",
    "stays off-label", "no approved HER2 TKI with convincing CNS activity", Kadcyla "before
    Enhertu", "no approved HER2 ADC", "HER2 overexpression alone", "2016 final recommendation",
    "helps earlier". After: 144: 65 of 68, 145: 67 of 69, 146: 64 of 70, 147: 68 of 70; pooled
    264 of 277 (95.3%), 2 warnings on negative lines (a 2024 tumour board's plan for
    "off-label T-DXd", and a 2021 forum post's "I've read about Enhertu being tested in
    HER2-low"; their writers counted both current). None fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (148, 68, 66, 65, 64, 1),
    (149, 71, 69, 69, 69, 0),
    (150, 70, 69, 69, 69, 0),
    (151, 71, 70, 70, 69, 0),
)
def test_thirty_seventh_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 148 to 151, written blind with the four briefs of sets 144 to 147 (HB148 patient
    information, HB149 clinicians' notes, HB150 dated blogs and news, HB151 reference and lab
    pages) while sets 144 to 147 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 144-147 (eleventh session of 2026-12-05): 148: 61 of 68
    (89.7%), 2 warnings on negatives; 149: 65 of 71 (91.5%), 1; 150: 68 of 70 (97.1%), 1; 151:
    66 of 71 (93.0%), none. Pooled 260 of 280 (92.9%), 4 warnings on negatives. Thirty-four
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%, 89.5%, 92.9%.

    SETS 148 TO 151 WERE THEN READ (eleventh session) while sets 152 to 155 were written. Fixed
    in general: a request for off-label use ("request off-label T-DXd from the insurer") is an
    action, not a claim; the writer's own past ("In my case the next step was Kadcyla"); a
    dated claim whose sentence names only a drug outside the table ("As of September 2026,
    zanidatamab is not FDA-approved") is not the page's drug's (DATE011). Wordings: "need at
    least one chemotherapy ... before Enhertu", an HR-positive arrow chain with chemotherapy
    before T-DXd, none approved for cancer that has spread to the brain, "would normally come
    after Kadcyla", "as for pCR", "T-DM1 2L, T-DXd 3L", "lapatinib and neratinib, nothing
    else", "no evidence that switching agents improves outcome", "the next HER2 treatment",
    DATE011's "widely expected sometime in 2022"; and wordings that this round's lines did not
    need but earlier rounds' sets did ("treated like any other HER2-negative", "only once
    chemotherapy has been given", "no treatment consequence", "nothing to add": four
    statements of sets 104, 106, 119 and 131 found). Tried and left out: "3L:
    lapatinib + capecitabine" as outdated by tucatinib (eleven warnings on read sets whose
    writers list lapatinib as a later line). After: 148: 64 of 68, 149: 68 of 71, 150: 69 of
    70, 151: 68 of 71; pooled 269 of 280 (96.1%), 1 warning on a negative line (lapatinib as
    "a tablet, sometimes used when other treatments have stopped working" under a heading
    naming standard treatments). None fell.

    Measured figures, not targets: when a change moves them, update them and the docstring."""
    assert_scores(tmp_path, row)


@measured_sets(
    (152, 68, 68, 68, 68, 0),
    (153, 70, 70, 69, 69, 0),
    (154, 71, 69, 69, 69, 0),
    (155, 71, 70, 70, 70, 0),
)
def test_thirty_eighth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 152 to 155, written blind with the four briefs of sets 148 to 151 (HB152 patient
    information, HB153 clinicians' notes, HB154 dated blogs and news, HB155 reference and lab
    pages) while sets 148 to 151 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 148-151 (eleventh session of 2026-12-05): 152: 61 of 68
    (89.7%), 3 warnings on negatives; 153: 64 of 70 (91.4%), none; 154: 64 of 71 (90.1%), 2;
    155: 64 of 71 (90.1%), 2. Pooled 253 of 280 (90.4%), 7 warnings on negatives. Thirty-five
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%, 89.5%, 92.9%, 90.4%.

    SETS 152 TO 155 WERE THEN READ (twelfth session) while sets 156 to 159 were written. Fixed
    in general: "no longer" in a patient's course ("HER2 drugs will no longer be part of
    treatment") and "at the time of surgery" are no narration of the past; a plan is read with
    the case it is for (a "Plan:" item after the case's findings, a "### Recommendation" under
    "## Case 3"); "Like Herceptin, it ..." speaks of the drug the sentence before opened with; a
    dated claim naming no drug may have the page's title as its subject, and "the data" refers
    back to the sentence before (DATE011's "since then"); an undated page that names a change's
    year knows of it; a semicolon inside brackets does not end a clause; a drug the pack does
    not know ("Zanidatamab | ... | not approved") is what a class's clause then speaks of;
    DATE008: "it is an emerging option" after a drug's bold label, "a new combination
    injection", "the new standard once Herceptin stopped working" (not Herceptin's). Wordings:
    "rather than switching to Kadcyla", "than carrying on with trastuzumab" (a comparison), "once
    you've had your last dose of", "no FDA label", "until the NALA submission is acted on", "not
    for use after a single prior line", "the only approved systemic option", "T-DM1 keeps its
    place in second line", "a median of two prior lines" (a trial's population), "only
    HER2-low tumours qualify" (overlooks HER2-ultralow), "used only for HER2-positive cancer"
    (no limit to metastatic disease), HER2-low outside breast cancer, "resume trastuzumab",
    "the under-the-skin version of Herceptin", "the first biosimilar to Herceptin", DATE011's
    "my oncologist's guess is an approval around early 2025". After: 152: 67 of 68, 153: 69 of
    70, 154: 68 of 71, 155: 70 of 71; pooled 274 of 280 (97.9%), 1 warning on a negative line
    (a 2022 page's "not HER2-positive, so drugs like Herceptin don't work well against them",
    which other writers mark outdated). Left: "one of the newest" and "a new treatment option"
    for T-DXd in HER2-low disease, fair under DATE008's five years until August 2027; a 2019
    diary's plan whose residual disease is told in the page's opening paragraph; a 2018 news
    page on KATHERINE whose title names T-DM1 (its exceptions read the title too); "four HER2
    drugs ... the only targeted options" (2016) reported with tucatinib's change, not
    neratinib's. None fell; 23 read sets rose (24 more statements found).

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (156, 69, 69, 69, 69, 0),
    (157, 69, 67, 67, 67, 0),
    (158, 72, 70, 70, 70, 0),
    (159, 68, 68, 68, 68, 0),
)
def test_thirty_ninth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 156 to 159, written blind with the four briefs of sets 152 to 155 (HB156 patient
    information, HB157 clinicians' notes, HB158 dated blogs and news, HB159 reference and lab
    pages) while sets 152 to 155 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 152-155 (twelfth session of 2026-12-05): 156: 65 of 69
    (94.2%), no warnings on negatives; 157: 63 of 69 (91.3%), none; 158: 66 of 72 (91.7%), 1;
    159: 63 of 68 (92.6%), none. Pooled 257 of 278 (92.4%), 1 warning on negatives. Thirty-six
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%, 89.5%, 92.9%, 90.4%, 92.4%.

    SETS 156 TO 159 WERE THEN READ (twelfth session) while sets 160 to 163 were written. Fixed
    in general: a callout's title that makes a statement ('!!! warning "Margetuximab is not
    FDA-approved"') is read as a sentence; after a therapy, one named only as what came before
    ("; use reserved for 3rd line, after progression on T-DM1") does not become the subject,
    nor one whose epitope another shares; DATE008: a paragraph's "It was recently approved" and
    "it is still considered an emerging treatment" speak of the drug the section (else the
    page's title) named, a therapy it is likened to ("kind of a tweaked Herceptin") is not what
    the words describe, and a label before a colon is not the setting of "has just approved";
    DATE011: "reads out in 2017", "within about two weeks" and "due by December 18" (dates the
    article's date gives), "a ... label is anticipated, perhaps in 2024", "an FDA action date is
    expected in July 2017", "expected to be commercially available"; "until this week" narrates.
    Wordings: "only considered if the cancer comes back", "has grown after treatment with
    Herceptin", "the FDA has yet to approve one", "the only version", "lapatinib and neratinib
    are the only oral ... agents", "pertuzumab still has to be infused", "a benefit from
    switching agents", "anything under 2.2 isn't truly amplified", "2.0 sits in the equivocal
    range". After: 156: 69 of 69, 157: 67 of 69, 158: 70 of 72, 159: 68 of 68; pooled 274 of
    278 (98.6%), no warning on a negative line. Left: a 2024 algorithm's "Chemo-naive: outside
    a trial, T-DXd can't be used yet" (the HER2-ultralow fact excuses "chemotherapy-naive"); a
    2019 card's "IV only" in a row whose brand cell names the biosimilars; "the new injection"
    in a news page whose title names Phesgo beside Perjeta and Herceptin; a forum reply's "It's
    an experimental antibody" under a thread titled with margetuximab. Eight read sets rose;
    none fell.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (160, 70, 70, 70, 70, 0),
    (161, 69, 69, 69, 69, 1),
    (162, 70, 68, 68, 68, 0),
    (163, 72, 69, 69, 68, 0),
)
def test_fortieth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 160 to 163, written blind with the four briefs of sets 156 to 159 (HB160 patient
    information, HB161 clinicians' notes, HB162 dated blogs and news, HB163 reference and lab
    pages) while sets 156 to 159 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 156-159 (twelfth session of 2026-12-05): 160: 65 of 70
    (92.9%), 2 warnings on negatives; 161: 63 of 69 (91.3%), 2; 162: 65 of 70 (92.9%), 2; 163:
    66 of 72 (91.7%), none. Pooled 259 of 281 (92.2%), 6 warnings on negatives. Thirty-seven
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%, 89.5%, 92.9%, 90.4%, 92.4%, 92.2%.

    SETS 160 TO 163 WERE THEN READ (twelfth session) while sets 164 to 167 were written. Fixed
    in general: a passage that opens by telling the past ("For a long time, ...") narrates it in
    every sentence, and "previously" narrates (not "patients previously treated with ...", whom
    a label names); "treated with" names what came before; DATE008: a noted line ("**Approval
    status:** newly FDA-approved ...") on a page on one drug speaks of it, but not a line that
    names a drug the table does not know ("Pyrotinib: approved in China only"); "new readers"
    and "new or progressing BM" are not the therapy's. Wordings: "no data to support switching
    agent", "isn't a generic or biosimilar", a parenthesis "(a near-copy, a bit like a generic)"
    explains the word, "once that year is finished", "already been treated with", "saved for
    later, in case the cancer comes back", "the standard next systemic step", "a fixed-dose
    injection combining pertuzumab and trastuzumab" (Phesgo), "still found at surgery" (the
    KATHERINE approval's context), "not eligible for trastuzumab" (trastuzumab's, still
    true); DATE011: "currently in a pivotal phase 2b trial", "an FDA target action date of
    ...". Dropped: an undated page's facts ordered by the newest year it names (it moved no set).
    After: 160: 70 of 70, 161: 67 of 69, 162: 68 of 70, 163: 67 of 72; pooled 272 of 281
    (96.8%), 3 warnings on negative lines: "T-DXd (approved Dec 2019 for patients with ≥2 prior
    anti-HER2 regimens ...)" in a 2020 tumour board's options (the 2019 label in brackets,
    which other writers mark outdated), and two 2011-2012 lab protocols' "1.8 to 2.2:
    equivocal" (the 2007 grey zone the 2013 update dropped; their writer marked the "> 2.2"
    line beside it). Left: a footnote that is a dated claim, a 2021 blog's "the only way I
    could get Enhertu right now would be to join a trial", an NSCLC note's "IHC 3+ without a
    mutation: no approved HER2 therapy in this setting", a glossary's T-DM1 entry as "Standard
    second-line therapy ... (EMILIA)". Fourteen read sets rose; none fell.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 162 2 to 0; recall unchanged.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (164, 69, 68, 68, 68, 0),
    (165, 68, 62, 62, 62, 0),
    (166, 70, 65, 65, 63, 0),
    (167, 72, 71, 71, 71, 0),
)
def test_forty_first_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 164 to 167, written blind with the four briefs of sets 160 to 163 (HB164 patient
    information, HB165 clinicians' notes, HB166 dated blogs and news, HB167 reference and lab
    pages) while sets 160 to 163 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 160-163 (twelfth session of 2026-12-05): 164: 64 of 69
    (92.8%), 1 warning on negatives; 165: 58 of 68 (85.3%), 1; 166: 62 of 70 (88.6%), 2; 167:
    71 of 72 (98.6%), 2. Pooled 255 of 279 (91.4%), 6 warnings on negatives. Thirty-eight
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%, 89.5%, 92.9%, 90.4%, 92.4%, 92.2%,
    91.4%.

    SETS 164 TO 167 WERE THEN READ (twelfth session) while sets 168 to 171 were written. Fixed
    in general: ", then" opens a clause of its own ("finish 1 yr H, then consider extended
    neratinib"); "When I was diagnosed, the task force said ..." narrates; a pattern's "only
    for" is not HER2-positive's in an aside ("Enhertu, which until then had been used only for
    HER2-positive cancer, beat chemo ... HER2-low"); a trial's design line ("Phase 3: A vs B")
    is no claim that A is in trials; "maintenance" as a dose ("a 5-minute maintenance
    injection") is no new setting; "a new site" is an injection's. Wordings: "there isn't yet a
    targeted medicine", "there isn't another drug", "not an approved indication", "The next
    treatment is usually lapatinib with capecitabine", "replacing the rest of the year" (the
    KATHERINE approval's context), T-DXd's approvals listed by year ("after one regimen 2022"),
    a page that "explains where they are being studied". After: 164: 67 of 69, 165: 62 of 68,
    166: 62 of 70, 167: 71 of 72; pooled 262 of 279 (93.9%), no warning on a negative line.
    Left: undated cheat sheets' USPSTF rows ("| Mammogram (USPSTF) | 50 | 2 y | 74 |") whose
    newest year named is after 2024; "0 vs 1+ ... doesn't matter clinically: both are negative"
    and a wiki's KATHERINE "emerging" line; a 2019 regimen table's "3rd and later: lapatinib +
    capecitabine, ..." (the shape left out in the eleventh session). Four read sets rose; none
    fell.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (168, 70, 70, 70, 70, 0),
    (169, 72, 72, 72, 72, 1),
    (170, 69, 69, 69, 69, 0),
    (171, 69, 68, 68, 68, 0),
)
def test_forty_second_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 168 to 171, written blind with the four briefs of sets 164 to 167 (HB168 patient
    information, HB169 clinicians' notes, HB170 dated blogs and news, HB171 reference and lab
    pages) while sets 164 to 167 were read, and HELD OUT: their texts, misses and per-case
    reports unread.

    Measured after the round of sets 164-167 (twelfth session of 2026-12-05): 168: 63 of 70
    (90.0%), no warnings on negatives; 169: 70 of 72 (97.2%), 1; 170: 59 of 69 (85.5%), none;
    171: 62 of 69 (89.9%), 1. Pooled 254 of 280 (90.7%), 2 warnings on negatives. Thirty-nine
    held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%, 87.8%,
    87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%, 85.7%,
    89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%, 89.5%, 92.9%, 90.4%, 92.4%, 92.2%,
    91.4%, 90.7%.

    SETS 168 TO 171 WERE THEN READ (thirteenth session) while sets 172 to 175 were written.
    Fixed in general: a quiz's labelled question ("**Q6.** Define IHC 3+.") is where its answer
    stands; an opening "Approved in December 2019," before a main clause in the present ("...,
    Enhertu is for people who have had two or more regimens") is the approval's aside; a
    statement told "at present" keeps it when a past date follows it ("... under the approval
    granted in December 2019"); "not before T-DM1" names a drug, not a trial awaited; "don't use
    it to choose" is no wording not to use, and "not used to choose" no "used to"; a question
    heading's words are no statement of the label under it ("Where is Enhertu being studied
    next?" over "**HER2-ultralow.**"), unless the sentence replies to it ("In the US, yes.");
    faint staining in MORE than 10% of cells is 1+ (HER2-low), not ultralow; the Task Force
    leaving the forties to choice under a section on screening of any wording. Wordings: "no way
    to have Perjeta other than through a vein", "once the year is finished", "keep Enhertu for
    later", "the usual approach ... followed by lapatinib", "most patients are currently offered
    lapatinib", "hold back for the third line", "more than 2.2 copies ... for each copy of
    chromosome 17", "before surgery ..., but not as treatment after surgery", "no systemic HER2
    regimen has shown a survival benefit in ... brain metastases", "40-49: no routine order ...
    SDM", "faint/incomplete in <=10%"; DATE011's "expects the FDA to make a decision by",
    "expected this spring", "an expanded indication could come during 2022", "approval for
    HER2-low could come in 2023", "a decision should come in 2019", "the expectation ... was that
    the FDA would act on ultralow sometime in 2025", and an approval "only in the United States
    and Japan" as of a date (its limits age). After: 168: 70 of 70, 169: 72 of 72, 170: 69 of 69,
    171: 67 of 69; pooled 278 of 280 (99.3%), 1 warning on a negative line (169's "DS-8201:
    phase 1 ORR about 60% after T-DM1" on a 2019 page of fourth-line options, which puts T-DXd
    after T-DM1 as the 2019 label did). Left: an undated note's "T-DXd: emerging data in
    HER2-low" (DATE008 measures "emerging" from the 2022 approval, inside its 5 years), and a
    2024 page's "**0**: HER2-negative. HER2-targeted drugs are not used for these cancers." (a
    score-0 row with no word of faint staining stays quiet, as blind sets 44-47 judged it).
    Twenty-three read sets rose; none fell. One warning is new on a read set: set 19's tip
    "Women 40-49 who place a higher value on early detection may choose to begin", on a 2021
    page under "Screening intervals" (the USPSTF's 2016 wording for the forties, which its
    writer left unmarked).

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (172, 79, 76, 76, 76, 0),
    (173, 87, 85, 85, 85, 0),
    (174, 91, 87, 87, 86, 2),
    (175, 80, 78, 78, 77, 0),
)
def test_forty_third_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 172 to 175, written blind while sets 168 to 171 were read, and HELD OUT: their
    texts, misses and per-case reports unread. The briefs (patient information, clinicians'
    notes, dated blogs and news, reference and lab pages) were written again this session, the
    earlier ones being lost with the machine's scratch space: same blindness, same fact ids and
    kinds of site, and one rule the old briefs left to each writer now stated, as issue 16 does:
    an article dated before a change that states what was true then is outdated now, unless the
    sentence itself makes plain it is history. The writers marked more lines (79 to 91 a set,
    against about 70).

    Measured after the round of sets 168-171 (thirteenth session of 2026-12-05): 172: 73 of 79
    (92.4%), 1 warning on a negative line; 173: 76 of 87 (87.4%), 2; 174: 80 of 91 (87.9%), 4;
    175: 70 of 80 (87.5%), none. Pooled 299 of 337 (88.7%), 7 warnings on negatives.
    Forty held-out rounds: 84.4%, 85.1%, 84.8%, 84.2%, 88.3%, 85.6%, 86.1%, 85.5%, 86.2%, 88.7%,
    87.8%, 87.0%, 86.4%, 90.8%, 88.9%, 85.8%, 88.8%, 90.0%, 91.8%, 87.2%, 89.8%, 89.8%, 90.0%,
    85.7%, 89.4%, 90.0%, 90.3%, 87.8%, 90.7%, 89.1%, 90.9%, 91.5%, 89.5%, 92.9%, 90.4%, 92.4%,
    92.2%, 91.4%, 90.7%, 88.7%.

    SETS 172 TO 175 WERE THEN READ (thirteenth session) while sets 176 to 179 were written.
    Fixed in general: a cell of a table dated by its header ("| Drug | Status as of Sept 2023 |")
    is a claim as of that date, a bare "Phase 1b" too; a claim about a drug the pack does not know
    ("| Zanidatamab | BLA not yet filed |") borrows no change of the pack; "as of September" is the
    last September up to the article; a rule that "takes effect in September" is timed; an
    approval stated with its limits ("only in the US and Japan") ages; "wasn't approved until
    2012" tells the past (DATE008); "the new HER2 template" is no new drug; screening for a
    trial is no denial of the drug; "these women" points back like "these patients"; a section
    of "older statements, quoted for context" is history. Wordings: "Enhertu comes after Herceptin
    with Perjeta, and then Kadcyla", "treated like any other HER2-negative", "expect the 2L
    approval around mid-2022", "biennial order from 50 unless the pt wants to start earlier",
    "nothing beyond lapatinib" for the brain, the 2009 Task Force's "against routine screening at
    40-49", lapatinib "the standard 2L", "whatever the pathological response", "no evidence-based
    anti-HER2 therapy beyond 12 months", "awaiting readout", "for people who've already had
    Kadcyla", "is in early trials", "it's only for metastatic disease", "do not use the terms",
    "cannot be given any other way", "pertuzamab", "trastuzumab SC: EU only", "expects to file
    ... soon", "go-live is expected", "currently being validated", "neither is approved". The
    message of "trastuzumab is the only HER2 drug" now names trastuzumab's biosimilars (2017,
    Ogivri) beside the other HER2 drugs, as issue 16 counts that statement among the biosimilars'.
    After: 172: 76 of 79, 173: 85 of 87, 174: 86 of 91, 175: 77 of 80; pooled 324 of 337
    (96.1%), 2 warnings on negative lines (174's "DESTINY-Breast04 will be presented in the ASCO
    plenary on June 5", whose date has passed, and its "The USPSTF draft recommendation (May
    2023) would lower the starting age", a draft final since 2024). Left: the 2007 negative band
    ("ratio <1.8: negative", marked in 2 of 20 sets), a score-0 row with no faint staining, a
    leaflet's "not licensed in the UK or EU" (the pack holds FDA changes), HER2-mutant NSCLC's
    "2L: docetaxel ± ramucirumab, or refer for a trial" (three other writers left that line
    unmarked), and news of the 2019 approval "for people who have already had two or more".
    Tried and dropped: reading "these women"'s sentence without the exceptions its earlier
    sentence names (3 more found, 5 more warnings on read sets); a residual-disease title as a
    page's frame (1 warning, nothing found). Five read sets rose; none fell.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (176, 82, 80, 80, 75, 0),
    (177, 81, 75, 74, 74, 0),
    (178, 79, 77, 77, 77, 1),
    (179, 78, 77, 77, 77, 0),
)
def test_forty_fourth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 176 to 179, written blind with the briefs of sets 172 to 175 while those were read,
    and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 172-175 (thirteenth session of 2026-12-05): 176: 70 of 82
    (85.4%), 3 warnings on negative lines; 177: 67 of 81 (82.7%), none; 178: 71 of 79 (89.9%), 3;
    179: 70 of 78 (89.7%), 2. Pooled 278 of 320 (86.9%), 8 warnings on negatives. Forty-one
    held-out rounds; the two written with this session's briefs: 88.7% and 86.9%.

    SETS 176 TO 179 WERE THEN READ (thirteenth session) while sets 180 to 183 were written.
    Fixed in general: what is said before a comparator is not said of it ("T-DXd: emerging data
    as 2nd line vs. trastuzumab emtansine" no longer calls T-DM1 emerging; issue 16's own
    example), and "emerging data" of a drug approved on them years ago is the drug's (DATE008 now
    names T-DXd there); "It was recently approved" speaks of the subject of the sentence before
    (not after "Pyrotinib, a pill similar to neratinib, ...", nor in "It's not new"); a table
    cell's words before the partners it names are said of the row's drug ("| Tucatinib | PO |
    Recently approved; ... with trastuzumab |"); a row in another cancer's table is no status of
    T-DM1's approval; results expected in the sentence after the one that names their trial are
    that trial's; a guideline expected "any week now" is the guideline's, not the page's drug's;
    a dated claim's change is found from the sentence alone before its page's title. Wordings:
    "Not commercially available ... expanded access", "the only TKI-based regimen on label",
    "approval probably early 2020", "use outside breast/gastric/lung is off-label", "only
    licensed for secondary breast cancer", "keep for 3L+" beside a 2019 approval, "can only get it
    on a trial", "once Herceptin ends there's nothing else HER2-wise", "no approved way to extend
    HER2-directed therapy", "booked only after documented shared decision-making", "scores HER2
    according to the 2007 ASCO/CAP guideline", "no generic or cheaper version of Herceptin, let
    alone Kadcyla", overexpressed lung cancer (the tumour-agnostic approval's, not the mutant
    NSCLC one's), and DATE011's "no action date yet", "no trial data yet", "topline expected",
    "an NDA is expected", "for the next two years". Quiet now: other drugs "being tested" on a
    lung page, trastuzumab "on its own" in lung cancer, a drug "added to T-DM1" in a trial, "old
    forum threads" quoted, "new injections at least 2.5 cm from the previous site", a biosimilar
    "not on formulary yet", "the intravenous product is FDA-approved". After: 176: 74 of 82,
    177: 74 of 81, 178: 77 of 79, 179: 77 of 78; pooled 302 of 320 (94.4%), 1 warning on a
    negative line (178's "My onc says my HER2 is 0 so Enhertu is off the table", a 2023 forum
    post). Left: "only drug in early breast cancer" lines the writers keyed to the biosimilars
    (reported with pertuzumab's 2017 adjuvant approval), a mermaid diagram's sequence (code is
    not prose), UK funding and licensing ("Cancer Drugs Fund", "not licensed in the UK or EU"),
    "Phesgo is a new way of giving ..." ("a new way of" reads as no drug). Twelve read sets rose
    (52, 68, 77, 104 among them); none fell.

    Seventeenth session (2026-12-06): a product said to be "a new way to" give its drugs
    ("Phesgo is a new way to get both antibodies") is the thing called new: set 176 74 to 75
    with the source; no warning added.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (180, 81, 78, 78, 78, 0),
    (181, 75, 73, 73, 73, 0),
    (182, 76, 73, 73, 72, 0),
    (183, 76, 74, 74, 73, 0),
)
def test_forty_fifth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 180 to 183, written blind with the briefs of sets 176 to 179 while those were read,
    and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 176-179 (thirteenth session of 2026-12-05): 180: 68 of 81
    (84.0%), 1 warning on a negative line; 181: 68 of 75 (90.7%), none; 182: 63 of 76 (82.9%), 3;
    183: 68 of 76 (89.5%), none. Pooled 267 of 308 (86.7%), 4 warnings on negatives. Forty-two
    held-out rounds; the three written with this session's briefs: 88.7%, 86.9% and 86.7%.

    SETS 180 TO 183 WERE THEN READ (thirteenth session) while sets 184 to 187 were written.
    Fixed in general: a numbered list laid out as a sequence ("The usual order is:" or under a
    section on metastatic disease, "1. THP / 2. Kadcyla / 3. Enhertu ...") names each item's
    line; a post's byline ("lorraineB · Feb 11 2016") is a line of its own, so a finding lands on
    the statement under it; a block that ends "Anyone else?" still makes its statements (DATE008;
    not "... . Is that right?"); "recently approved" before the partners a drug is given with
    is the drug's ("tucatinib (Tukysa), recently approved, with trastuzumab"); a section on a
    biosimilar "for Herceptin" is the biosimilar's; "the new fixed-dose combination of
    pertuzumab and trastuzumab" is the product; a sentence that names no drug takes the trial
    the sentence before it named ("... DESTINY-Breast06 ... . Results expected sometime next
    year."); "the guideline is expected any week now" is the guideline's, not the page's drug's.
    Wordings: "which we expect in 2022", "approval, expected mid-2020", "a US filing based on
    these data is expected", "Phase 3 (TULIP) ongoing", "the first approvals are expected in
    the next year or two", "primary breast cancer", "being studied further for lung cancer",
    "after surgery, trastuzumab is the only HER2 targeted drug", HER2 overexpression in lung
    cancer with "no approved HER2 treatment", "no tumour-agnostic HER2 indication", "not FDA
    approved outside breast, gastric and lung", "After trastuzumab" over "no further
    HER2-directed therapy", "follow the 2007 ASCO/CAP guideline, under which", "won't cover it
    second line", "pCR or not", "treated like any other HER2-negative", "no HER2-directed
    regimen is FDA-approved in colorectal cancer", "not an approved use", "a federal advisory
    panel" (the USPSTF in news). After: 180: 78 of 81, 181: 73 of 75, 182: 68 of 76, 183: 73 of
    76; pooled 292 of 308 (94.8%), no warning on a negative line. Left: the 2009 news "Women in
    their 40s no longer need routine screening mammograms" ("no longer" reads as narration),
    a trial "testing Enhertu across many of these cancers" in a 2023 page (other writers left
    that unmarked), undated forum threads' dated claims. Tried and dropped: a date in a later
    clause as that clause's own ("..., and the FDA gave it breakthrough designation in 2020"
    then read the first clause as present: 9 more warnings on read sets). Twenty read sets rose
    (19, 26, 31, 33, 43, 45, 48, 49, 57, 77, 85, 89, 90, 91, 94, 104, 115, 123, 138, 161); none
    fell.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (184, 69, 65, 65, 64, 0),
    (185, 80, 76, 76, 75, 0),
    (186, 81, 70, 70, 67, 0),
    (187, 82, 79, 79, 79, 1),
)
def test_forty_sixth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 184 to 187, written blind with the briefs of sets 180 to 183 while those were read,
    and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 180-183 (thirteenth session of 2026-12-05): 184: 62 of 69
    (89.9%), 2 warnings on negative lines; 185: 69 of 80 (86.3%), 2; 186: 62 of 81 (76.5%), 2;
    187: 76 of 82 (92.7%), 1. Pooled 269 of 312 (86.2%), 7 warnings on negatives. Forty-three
    held-out rounds; the four written with this session's briefs: 88.7%, 86.9%, 86.7% and 86.2%.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement.

    SETS 184 TO 187 WERE THEN READ (thirteenth session) while sets 188 to 191 were written.
    Fixed in general: a statement before " - could I join a trial?" is made before the question
    turns (the turn's dash with single spaces, too); "have always been grouped with HER2-negative"
    tells the past; "echo due in May" is an appointment, not a dated claim; the change told by
    arrows ("ratio >2.2 → ≥2.0") or "(was >2.2)" is the change's; "T-DXd is not indicated here"
    after "HER2-null: IHC 0 with no staining at all" points back to it; a byline with an ISO date
    ("#3 ask_the_data (2018-11-21)") is a line of its own; a subjectless "Preferred second-line
    treatment ..." speaks of the page's drug; T-DM1 in a trial's parentheses ("KATHERINE (T-DM1 for
    residual disease) hasn't reported") is the trial's; "(ASCO/CAP 2007)" cites the rule applied,
    it does not date the sentence as history. Wordings: "No role for anti-HER2 therapy beyond 12
    months", "anything above 2.2 counts as amplified", biosimilars "none of them is on sale yet",
    "waiting on the FDA", colon and rectal cancer and the DESTINY-CRC trials as other cancers,
    "40-49: shared decision (C)", "brain mets get lapatinib", "DB-06 ultralow data ... off-label",
    "if it ever gets approved", "approved for breast and stomach cancer only" as of a date, "by end
    of 2021", "BLA planned". After: 184: 64 of 69, 185: 74 of 80, 186: 67 of 81, 187: 77 of 82; pooled
    282 of 312 (90.4%), 1 warning on a negative line (187's "Novel ADC with a DAR of about 8" in a
    2018 journal club on T-DXd's design). Left: a lung page's "IHC is not used for lung HER2
    decisions" (2024), a forum's "the mutation qualifies; overexpression doesn't get you Enhertu",
    undated threads' dated claims, and 186's patient posts whose dates are their bylines'. Read
    sets that rose: 40, 62, 80, 110, 111, 126; none fell.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (188, 78, 77, 77, 74, 0),
    (189, 82, 76, 76, 76, 0),
    (190, 83, 82, 81, 80, 0),
    (191, 78, 68, 68, 68, 0),
)
def test_forty_seventh_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 188 to 191, written blind with the briefs of sets 184 to 187 while those were read,
    and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 184-187 (thirteenth session of 2026-12-05): 188: 69 of 78
    (88.5%), no warning on a negative line; 189: 72 of 82 (87.8%), 2; 190: 76 of 83 (91.6%), none;
    191: 67 of 78 (85.9%), none. Pooled 284 of 321 (88.5%), 2 warnings on negatives. Forty-four
    held-out rounds; the five written with this session's briefs: 88.7%, 86.9%, 86.7%, 86.2% and
    88.5%, with 7, 8, 4, 7 and 2 warnings on negatives.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement.

    SETS 188 TO 191 WERE THEN READ (thirteenth session) while sets 192 to 195 were written.
    Fixed in general: a timeline's label of two years ("2009 and 2016: the Task Force
    recommended ...") narrates; "until NALA is filed" is a filing awaited, not the past; a
    statement told with "now" ("The Task Force now recommends ... from 50 to 74, and no longer
    ...") keeps its present when a past marker follows it; an "Investigational Drug Service" is
    a department, not a status; tumour-agnostic use that "remains investigational" is no current
    statement. Wordings: "treated the same way as other HER2-negative cancers", "not an
    actionable category ... the HER2-negative pathway", "2+ anti-HER2 regimens", APHINITY "is
    looking at", "first, then Kadcyla", "positioned after T-DM1", "won't displace T-DM1 as our
    second line", "40s -> only after SDM", "FDA-approved only as extended adjuvant", "hopes to file
    in the US next year", "Primary completion isn't expected until 2025". After: 188: 73 of 78,
    189: 76 of 82, 190: 79 of 83, 191: 68 of 78; pooled 296 of 321 (92.2%), 0 warnings on
    negative lines. Tried and dropped: "does not change treatment" said of ultralow (two warnings
    on read sets' early-disease lines). Read sets that rose: 36, 98, 151; none fell.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (192, 86, 79, 78, 78, 0),
    (193, 82, 72, 72, 71, 2),
    (194, 84, 75, 74, 72, 0),
    (195, 79, 76, 76, 75, 2),
)
def test_forty_eighth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 192 to 195, written blind with the briefs of sets 188 to 191 while those were read
    (set 192's first writer stopped without writing it; a second wrote it under the same brief),
    and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 188-191 (thirteenth session of 2026-12-05): 192: 74 of 86
    (86.0%), 2 warnings on negative lines; 193: 68 of 82 (82.9%), 3; 194: 72 of 84 (85.7%), none;
    195: 73 of 79 (92.4%), 3. Pooled 287 of 331 (86.7%), 8 warnings on negatives. Forty-five
    held-out rounds; the six written with this session's briefs: 88.7%, 86.9%, 86.7%, 86.2%,
    88.5% and 86.7%, with 7, 8, 4, 7, 2 and 8 warnings on negatives.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement.

    SETS 192 TO 195 WERE THEN READ (thirteenth session, its last hour) while sets 196 to 199
    were written. Fixed in general: Herceptin or Perjeta that "doesn't work for HER2-low" is
    said of those drugs, not of HER2 drugs as a class ("drugs like Herceptin ..." still is);
    "Otherwise, ... treated the same way as HER2-negative" and "for other treatments" make room
    for the exception; "every new med" is no new drug; "not FDA approved outside breast cancer"
    names a setting; a "lung problem" is no lung cancer; a former code name ("formerly ONT-380")
    is no narration. Wordings: "usually offered after you have had Kadcyla", "... and then
    Kadcyla", "2L MBC -> Kadcyla", "Our laboratory follows the 2007 ASCO/CAP guideline", "no
    matter what surgery showed", "Not for HER2-low or HER2-negative disease" in a guide to
    Enhertu. After: 192: 77 of 86, 193: 70 of 82, 194: 72 of 84, 195: 74 of 79; pooled 293 of 331 (88.5%),
    4 warnings on negative lines (193's "n=91, T-DXd 6.4 mg/kg q3w, heavily pretreated" under
    DESTINY-Lung01, and its note on documenting shared decisions under a 2023 USPSTF draft; 195's
    gastric row "T-DXd later line" and its 2016 "biosimilars in development"). This round was read
    in the session's last hour: most of its misses are left (a mermaid diagram, undated threads,
    UK funding, a label "as of this month"). Read sets that rose: none; none fell.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (196, 81, 80, 80, 80, 0),
    (197, 78, 73, 73, 71, 0),
    (198, 82, 79, 79, 77, 0),
    (199, 86, 80, 80, 79, 0),
)
def test_forty_ninth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 196 to 199, written blind with the briefs of sets 192 to 195 while those were read,
    and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 192-195 (thirteenth session of 2026-12-05): 196: 75 of 81
    (92.6%), 2 warnings on negative lines; 197: 67 of 78 (85.9%), 1; 198: 73 of 82 (89.0%), none;
    199: 73 of 86 (84.9%), 1. Pooled 288 of 327 (88.1%), 4 warnings on negatives. Forty-six
    held-out rounds; the seven written with this session's briefs: 88.7%, 86.9%, 86.7%, 86.2%,
    88.5%, 86.7% and 88.1%, with 7, 8, 4, 7, 2, 8 and 4 warnings on negatives.

    SETS 196 TO 199 WERE THEN READ (fourteenth session) while sets 200 to 203 were written.
    Fixed in general: what people "have had" before a drug is no order to follow; researchers
    asking "whether" a subgroup benefits make no claim about the drug the page's title names;
    another route ("intrathecal trastuzumab - experimental") is a new setting; "if not already
    given" beside T-DXd in a later line is for those who have not had it (its own clause only);
    a glossary's noun phrase ("The usual second treatment when ...") is said of its term; "But at
    present this ..." points back as "This ..." does; "no longer recommends" states the advice
    that stands; a first person only in a later clause ("..., my friend was told") leaves the
    drug the passage spoke of as the subject; ultralow grouped with null is still ultralow;
    interim funding ("through the Cancer Drugs Fund") is a dated status that no approval
    answers; a guessed year ("readout maybe 2025") is an expectation; awaited data in a setting
    the sentence names is not answered by the drug's approval in another setting. Wordings:
    "whatever the pathologic response", "irrespective of", over 2.2 "to be called positive",
    "before they are offered Enhertu", "only through trials", "only an option in a clinical
    trial". After: 196: 80 of 81, 197: 68 of 78, 198: 75 of 82, 199: 76 of 86; pooled 299 of 327
    (91.4%), 0 warnings on negative lines. Tried and dropped: the 2007 fixation window (6-48
    hours) as outdated (warnings on 40 read sets' lab pages whose writers left it unmarked);
    "does not change treatment" said of HER2-low (again two warnings on early-disease lines); a
    present perfect ("has shown activity") before a dated designation as the present (set 19's
    and round 45's writers judged that shape history, set 199's outdated). Read sets that rose:
    34, 48, 55, 146, 195; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (200, 83, 81, 81, 80, 0),
    (201, 83, 83, 83, 83, 0),
    (202, 81, 79, 78, 76, 3),
    (203, 78, 74, 73, 72, 0),
)
def test_fiftieth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 200 to 203, written blind with the briefs of sets 196 to 199 while those were read,
    and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 196-199 (fourteenth session of 2026-12-05): 200: 71 of 83
    (85.5%), 3 warnings on negative lines; 201: 79 of 83 (95.2%), 4; 202: 73 of 81 (90.1%), 4;
    203: 65 of 78 (83.3%), 2. Pooled 288 of 325 (88.6%), 13 warnings on negatives. Forty-seven
    held-out rounds; the eight written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%,
    88.5%, 86.7%, 88.1% and 88.6%, with 7, 8, 4, 7, 2, 8, 4 and 13 warnings on negatives.

    SETS 200 TO 203 WERE THEN READ (fourteenth session) while sets 204 to 207 were written.
    Fixed in general: a page or section on another tumour's scoring, or on the 2013 update itself
    ("## What changed vs 2007"), is off the 2007-thresholds fact (`unless_page`, a new field of a
    fact); research "earlier in their treatment" is a new setting; "in the early days" narrates; an
    early trial "in heavily pretreated patients" reports a trial; a test ("CD16A genotyping not
    routinely available") is no claim about the drug under its heading; a trial that "was
    enrolling" is told in the past; a claim that awaits a new approval ("regulators are reviewing")
    is answered only by an approval after it, and a plan to file or a decision pending by the
    approval of the trial it names; the writer's own course after the statement ("so first line for
    me was ...") does not excuse it. Wordings: "currently funded through the Cancer Drugs Fund",
    "expects to publish a decision in spring 2021", "launches are expected from late 2019", "plan
    to file for", "FDA decision ... pending", "plans to ask the FDA to approve", "can only be used
    for HER2-low ... once you've had chemotherapy", "no shot version of Perjeta", "no other way of
    giving it", a subcutaneous form "licensed in the EU but not in the US", pertuzumab "only used to
    treat secondary breast cancer", "Finish 1 yr of H ..., whatever the path shows", KATHERINE "not
    reported yet", "only lapatinib has shown activity against brain metastases", lapatinib as "the
    main oral option with CNS data", "no tissue-agnostic HER2 approval", "nothing tumour-agnostic",
    "Place in therapy: after T-DM1", "a mammogram every two years starting at 50", "still to just
    finish a year of Herceptin, same as if you'd had a pCR". After: 200: 79 of 83, 201: 83 of 83,
    202: 76 of 81, 203: 71 of 78; pooled 309 of 325 (95.1%), 3 warnings on negative lines (202's
    preview of a plenary talk "on June 5", its 2016 newsletter on the Task Force's finalised update,
    and a patient's note of her doctor's "typical sequence (per Dr. L, June 2021)", shapes other
    writers marked outdated). Read sets that rose: 19, 31, 40, 49, 61, 81, 86, 89, 100, 105,
    197, 198, 199; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (204, 77, 76, 76, 73, 0),
    (205, 85, 81, 81, 81, 0),
    (206, 80, 79, 79, 78, 0),
    (207, 83, 77, 77, 76, 0),
)
def test_fifty_first_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 204 to 207, written blind with the briefs of sets 196 to 199 while sets 200 to 203
    were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 200-203 (fourteenth session of 2026-12-05): 204: 69 of 77
    (89.6%), 1 warning on a negative line; 205: 77 of 85 (90.6%), none; 206: 73 of 80 (91.2%), 6;
    207: 71 of 83 (85.5%), 2. Pooled 290 of 325 (89.2%), 9 warnings on negatives. Forty-eight
    held-out rounds; the nine written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%, 88.5%,
    86.7%, 88.1%, 88.6% and 89.2%, with 7, 8, 4, 7, 2, 8, 4, 13 and 9 warnings on negatives.

    SETS 204 TO 207 WERE THEN READ (fourteenth session) while sets 208 to 211 were written.
    Fixed in general: each line of abbreviation definitions ("*[T-DM1]: ...") is a sentence of its
    own; a timeline's entry labelled with month and year ("- December 2019: ...") and a section
    on a year's events ("## FDA actions in 2019") narrate; a list's next item ("..., a new way to
    give trastuzumab") is not what an earlier "new" describes; a new doctor ("New onc") is no new
    drug; a title that names a drug only as what the page goes beyond ("HER2 beyond T-DXd") gives
    its passages no subject; "So it's ..." is read with the sentence it points back to, whose
    setting frames it; what someone "told her last year" is reported, not stated; trials "in
    combination" are a new setting; a definition's subjectless "Used only for ..." is its term's.
    The neoadjuvant pertuzumab approval (30 September 2013, NeoSphere) joins the therapies file.
    Wordings: "not used to treat primary (early) breast cancer", "requires >=1 prior chemo", "no
    therapeutic consequence", "does not affect eligibility", HER2 testing "only done for breast
    and stomach cancers", "Perjeta still has to go in by IV", HER2 drugs "don't apply", "waiting
    for the FDA to update the label, hopefully in 2022", "plans a BLA submission in 2019", "due
    end of September", "the FDA will review ... later this year", "will report by the end of the
    year", "expected to be approved in 2024" after a colon. After: 204: 72 of 77, 205: 81 of 85,
    206: 78 of 80, 207: 74 of 83; pooled 305 of 325 (93.8%), 0 warnings on negative lines. Tried
    and dropped: ordering a sentence's facts by the date of their change (gastric before lung or
    tumour-agnostic: as many lines lost as won). Read sets that rose: 39, 129, 166, 188, 199; none
    fell.

    Seventeenth session (2026-12-06): a product said to be "a new way to" give its drugs
    ("Phesgo is a new way to get both antibodies") is the thing called new: set 204 72 to 73
    with the source; no warning added.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (208, 87, 85, 85, 82, 0),
    (209, 79, 74, 74, 72, 2),
    (210, 85, 80, 79, 78, 6),
    (211, 87, 86, 86, 86, 0),
)
def test_fifty_second_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 208 to 211, written blind with the briefs of sets 196 to 199 while sets 204 to 207
    were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 204-207 (fourteenth session of 2026-12-05): 208: 76 of 87
    (87.4%), 1 warning on a negative line; 209: 71 of 79 (89.9%), 7; 210: 74 of 85 (87.1%), 12;
    211: 79 of 87 (90.8%), 1. Pooled 300 of 338 (88.8%), 21 warnings on negatives. Forty-nine
    held-out rounds; the ten written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%, 88.5%,
    86.7%, 88.1%, 88.6%, 89.2% and 88.8%, with 7, 8, 4, 7, 2, 8, 4, 13, 9 and 21 warnings on
    negatives.

    SETS 208 TO 211 WERE THEN READ (fourteenth session) while sets 212 to 215 were written.
    Fixed in general: a bold byline whose name holds an underscore ("**rosie_r**") is a line of its
    own, so the statement under it is reported at its own line; a glossary's sentence that opens
    with "Emerging ..." and names only a comparator ("... vs. trastuzumab emtansine") speaks of the
    entry's drug; a comparison ("the same way as having ... two separate drips") is no claim that
    there is no combined form; lines of endocrine therapy are no anti-HER2 lines; "T-DM1 only if
    ILD risk is high" is a condition, not a setting; "after pCR" (not "as after pCR") is a pCR;
    "ahead of" names a comparator; a course told ("My wife's sequence was ...") narrates; "had no
    HER2-directed option before" narrates; a new insurance is no new drug; a referral for a trial's
    screening is a trial. Wordings: approved for three cancers "but not for HER2-positive tumours
    elsewhere", "in other HER2-expressing tumours its use is off-label", "not approved for ...
    tumours of other origins", HER2 drugs "only approved for breast cancer and stomach cancer",
    "nothing approved" for any other IHC 3+ tumour, "until an approved option exists ... referred
    for trials", "refer patients with HER2-mutant NSCLC for clinical trials", Perjeta "always given
    as a separate IV infusion", pertuzumab "not used to treat primary (early) breast cancer",
    "You can only have Enhertu ... after chemotherapy", "approval sometime next year", "primary
    completion estimated 2024", "expect the approval to be widened ... later this year", "approved
    just two months ago". After: 208: 82 of 87, 209: 72 of 79, 210: 78 of 85, 211: 84 of 87;
    pooled 316 of 338 (93.5%), 9 warnings on negative lines, each a shape other writers marked
    outdated (the 2016 band "50-74: biennial" under a heading that calls it still in force, "Per
    USPSTF (2016): ...", a head-to-head trial "under way" in 2019, "Biosimilars - still waiting"
    in 2017, a patient's account of her course, "the most promising agent" in lung cancer, a
    draft that "would lower the starting age", results "expected in 2022"). Tried and dropped:
    the 50-74 band as current, and a version in brackets ("USPSTF (2016)") as history (each lost
    a dozen lines other writers marked). Read sets that rose: 78, 97, 147, 182, 199; none fell.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 210 7 to 6; recall unchanged.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (212, 70, 67, 67, 67, 0),
    (213, 83, 80, 78, 78, 0),
    (214, 83, 73, 73, 71, 1),
    (215, 77, 73, 73, 73, 0),
)
def test_fifty_third_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 212 to 215, written blind with the briefs of sets 196 to 199 while sets 208 to 211
    were read (set 214's first two writers stopped without writing it; a third wrote it from the
    same brief), and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 208-211 (fourteenth session of 2026-12-05): 212: 63 of 70
    (90.0%), 1 warning on a negative line; 213: 75 of 83 (90.4%), 1; 214: 66 of 83 (79.5%), 2;
    215: 70 of 77 (90.9%), 2. Pooled 274 of 313 (87.5%), 6 warnings on negatives. Fifty held-out
    rounds; the eleven written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%, 88.5%, 86.7%,
    88.1%, 88.6%, 89.2%, 88.8% and 87.5%, with 7, 8, 4, 7, 2, 8, 4, 13, 9, 21 and 6 warnings on
    negatives.

    SETS 212 TO 215 WERE THEN READ (fourteenth session, in its last part) while sets 216 to 219
    were written. Fixed in general: a timeline entry dated "12/2019 —" narrates; "now usually
    Enhertu, not Kadcyla" does not call T-DM1 the standard; the 2016 version labelled beside a
    draft ("(2016: 50-74 B; 40-49 C)") is history; antiemetics for "at least two drugs" count no
    regimens; "will test" left the words that say a drug is only in trials (a doctor "will test
    your cancer"); a statement made "as of this month" keeps its present when a dated designation
    follows; an expectation "by August 2020" runs to the month's end. Wordings: "There is no other
    way of having it" after the drip, "seperate" drips, brand names in brackets between the two
    drugs, "chemotherapy is always needed first", "for the whole year", HER2 IHC "not actionable"
    in lung cancer, HER2 testing "clinically relevant only in breast and gastric", "nothing is
    approved for HER2-mutant NSCLC", "gets approved sometime next year", the FDA that "should make a
    decision ... sometime in 2017", "expect the FDA to consider ... in 2022", "enrolment complete,
    results awaited", "expected by the August 2020 goal date". After: 212: 67 of 70, 213: 77 of 83,
    214: 68 of 83, 215: 73 of 77; pooled 285 of 313 (91.1%), 1 warning on a negative line (214's
    2013 newsletter: "the FDA approved Kadcyla, a new drug ...", a shape three other writers marked
    outdated). Tried and dropped: news of an approval ("the FDA approved X, a new drug") as
    narration (three read sets' writers marked it). Read sets that rose: none; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (216, 81, 77, 77, 77, 0),
    (217, 79, 77, 77, 77, 0),
    (218, 76, 71, 71, 70, 0),
    (219, 76, 70, 70, 70, 1),
)
def test_fifty_fourth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 216 to 219, written blind with the briefs of sets 196 to 199 while sets 212 to 215
    were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 212-215 (fourteenth session of 2026-12-05): 216: 75 of 81
    (92.6%), no warning on a negative line; 217: 73 of 79 (92.4%), 2; 218: 68 of 76 (89.5%), 3;
    219: 66 of 76 (86.8%), 1. Pooled 282 of 312 (90.4%), 6 warnings on negatives. Fifty-one
    held-out rounds; the twelve written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%,
    88.5%, 86.7%, 88.1%, 88.6%, 89.2%, 88.8%, 87.5% and 90.4%, with 7, 8, 4, 7, 2, 8, 4, 13, 9,
    21, 6 and 6 warnings on negatives.

    SETS 216 TO 219 WERE THEN READ (fourteenth session, its last round) while sets 220 to 223 were
    written. Fixed in general: "2 lines ET" (without "of") is endocrine therapy; a case screened
    for a trial ("**Recommendation:** screen for DESTINY-Lung02") is a trial referral; a condition
    ("if it's not approved in time") claims nothing; "a novel" at a sentence's end is a book; side
    effects "usually minor" say nothing of T-DM1's place; a glossary entry whose sentence opens with
    the words ("**Tukysa (tucatinib).** A newly approved pill, taken with Herceptin ...") speaks of
    its label, not of the partners after them; "not on label for 2L yet" no longer reads as current.
    Wordings: "the same as someone who had a pCR", "options for CNS progression are limited", "no
    place outside the APHINITY trial", "no clinical consequence", "could be approved for lung
    cancer by next year". After: 216: 76 of 81, 217: 76 of 79, 218: 69 of 76, 219: 69 of 76;
    pooled 290 of 312 (92.9%), 1 warning on a negative line (219's DESTINY-Breast01 data line
    under a note's later lines, a shape most writers marked outdated). Tried and dropped: a line of
    trial data ("ORR 60.9%, mPFS 16.4 mo") as no statement of T-DXd's place (nine read sets' writers
    marked it). Read sets that rose: 79, 86, 106, 182; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (220, 82, 79, 79, 76, 0),
    (221, 78, 74, 74, 74, 0),
    (222, 73, 70, 70, 70, 2),
    (223, 74, 73, 73, 72, 0),
)
def test_fifty_fifth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 220 to 223, written blind with the briefs of sets 196 to 199 while sets 216 to 219
    were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 216-219 (fourteenth session of 2026-12-05): 220: 73 of 82
    (89.0%), no warning on a negative line; 221: 73 of 78 (93.6%), 2; 222: 66 of 73 (90.4%), 5;
    223: 66 of 74 (89.2%), 1. Pooled 278 of 307 (90.6%), 8 warnings on negatives. Fifty-two
    held-out rounds; the thirteen written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%,
    88.5%, 86.7%, 88.1%, 88.6%, 89.2%, 88.8%, 87.5%, 90.4% and 90.6%, with 7, 8, 4, 7, 2, 8, 4,
    13, 9, 21, 6, 6 and 8 warnings on negatives.

    SETS 220 TO 223 WERE THEN READ (fourteenth session, its last round) while sets 224 to 227 were
    written. Fixed in general: a lung cancer or thoracic page is off neratinib's metastatic-breast
    fact (`unless_page`); a case's plan in a board's minutes ("48F ... -> T-DM1") is no general
    claim unless it says "preferred" or "standard"; any setting a sentence names may be the new one
    ("IHC 0 with no staining at all" is not ultralow's indication); trial data "of 184 heavily
    pretreated women"; "new linkers and payloads" are no new drug; "still used, usually later".
    Wordings: "until it is approved", "only obtainable within that trial", "outside breast and
    stomach cancer ... approved", "none of these HER2-positive tumours has an approved ...", "no
    approved therapeutic use outside breast and gastric", "no under-the-skin injection form",
    "women 40-49 decide with their doctor", "one every two years from age 50", T-DM1 "preferred
    when ... grows on Herceptin", an advisory committee "later this year", "expected 2019" after
    a dash. After: 220: 74 of 82, 221: 74 of 78, 222: 69 of 73, 223: 70 of 74; pooled 287 of 307
    (93.5%), 3 warnings on negative lines (222's pipeline note "Results of DESTINY-Breast06 are
    expected in 2024", its undated forum post that HER2-low "needs you to have had a chemo first",
    true only before January 2025, and its 2023 news advice that shared decisions remain reasonable
    in the 40s: shapes other writers marked outdated). Read sets that rose: none; none fell.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 222 3 to 2; recall unchanged.

    Seventeenth session (2026-12-06): a product said to be "a new way to" give its drugs
    ("Phesgo is a new way to get both antibodies") is the thing called new: set 220 74 to 75
    with the source; no warning added.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (224, 72, 68, 68, 68, 0),
    (225, 73, 71, 70, 70, 1),
    (226, 84, 76, 75, 74, 2),
    (227, 69, 67, 66, 65, 0),
)
def test_fifty_sixth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 224 to 227, written blind with the briefs of sets 196 to 199 while sets 220 to 223
    were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 220-223 (fourteenth session of 2026-12-05): 224: 67 of 72
    (93.1%), 3 warnings on negative lines; 225: 69 of 73 (94.5%), 1; 226: 71 of 84 (84.5%), 3;
    227: 64 of 69 (92.8%), none. Pooled 271 of 298 (90.9%), 7 warnings on negatives. Fifty-three
    held-out rounds; the fourteen written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%,
    88.5%, 86.7%, 88.1%, 88.6%, 89.2%, 88.8%, 87.5%, 90.4%, 90.6% and 90.9%, with 7, 8, 4, 7, 2,
    8, 4, 13, 9, 21, 6, 6, 8 and 7 warnings on negatives.

    SETS 224 TO 227 WERE THEN READ (fourteenth session, its last half hour) while sets 228 to 231
    were written. Fixed in general: a status with its approval date ("| Tukysa | tablets |
    approved April 2020 |") is current; "will be tested" left the words that say a drug is only in
    trials (a cancer "will be tested" for gene changes); later studies testing "whether" a
    side-effect plan helps make no claim about the drug; side effects or a drug "usually way
    easier" say nothing of T-DM1's place. Wordings: neratinib "isn't a metastatic drug", "has no
    metastatic indication", "not funded or licensed after surgery". After: 224: 67 of 72, 225: 70
    of 73, 226: 73 of 84, 227: 64 of 69; pooled 274 of 298 (91.9%), 3 warnings on negative lines
    (a 2018 formulary row "Perjeta | IV only", a 2021 algorithm row "2L | T-DM1", a 2018 post's
    "Roche hasn't said when or whether it will file": shapes other writers marked outdated). Most of this round's misses are left (read in the session's last
    half hour). Read sets that rose: none; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (228, 75, 72, 72, 72, 1),
    (229, 65, 65, 65, 64, 0),
    (230, 76, 73, 73, 72, 0),
    (231, 68, 64, 64, 63, 0),
)
def test_fifty_seventh_round_blind_sets_held_out(tmp_path: Path, row: Measured) -> None:
    """Sets 228 to 231, written blind with the briefs of sets 196 to 199 while sets 224 to 227
    were read (in twenty minutes: shorter pages than the brief's thousand lines), and HELD OUT:
    their texts, misses and per-case reports unread.

    Measured after the round of sets 224-227 (fourteenth session of 2026-12-05): 228: 70 of 75
    (93.3%), 1 warning on a negative line; 229: 60 of 65 (92.3%), 1; 230: 65 of 76 (85.5%), 2;
    231: 61 of 68 (89.7%), 2. Pooled 256 of 284 (90.1%), 6 warnings on negatives. Fifty-four
    held-out rounds; the fifteen written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%,
    88.5%, 86.7%, 88.1%, 88.6%, 89.2%, 88.8%, 87.5%, 90.4%, 90.6%, 90.9% and 90.1%, with 7, 8, 4,
    7, 2, 8, 4, 13, 9, 21, 6, 6, 8, 7 and 6 warnings on negatives.

    SETS 228 TO 231 WERE THEN READ (fifteenth session, 2026-12-05) while sets 232 to 235 were
    written. Fixed in general: a case's title ("## Case 2 — ... ratio 2.1") adds nothing to a
    condition under it ("- If still equivocal: discuss at next board"); Kadcyla as the next
    option "if Enhertu stops working" is after it; a trial table's comparator column names no
    drug's place; another tumour's HER2-low disease (gastric) is not breast's; a paragraph's
    opening phrase ("In the United States, T-DM1 was ...") is not its subject, so "It is the
    standard second-line therapy" is T-DM1's; a 3L label for T-DM1 excuses only its own clause;
    what came of an awaited approval is first one after the claim was written. Wordings: "drugs
    for HER2-low cancers are still experimental", "restricted to metastatic and neoadjuvant use
    only", "no standard targeted option", "trial supply only", "if your result is 0",
    "isn't indicated", "the same as if I'd had pCR", "without pCR", "only after those would
    DS-8201", "approval plausible in early 2025", "will file with the FDA this year", "expected
    at a meeting later this year", "has not yet reported". After: 228: 72 of 75, 229: 64 of 65,
    230: 72 of 76, 231: 63 of 68; pooled 271 of 284 (95.4%), 2 warnings on negative lines (a
    wrapped sentence marked at its second line, its word "experimental" on the first; a 2015
    page's "copies ... aren't approved here", right after its "no biosimilar" line). Read sets
    that rose: 55; none fell.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 230 1 to 0; recall unchanged.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (232, 71, 71, 71, 69, 0),
    (233, 78, 68, 67, 67, 0),
    (234, 80, 75, 75, 74, 0),
    (235, 70, 67, 67, 67, 1),
)
def test_fifty_eighth_round_blind_sets_held_out(tmp_path: Path, row: Measured) -> None:
    """Sets 232 to 235, written blind with the briefs of sets 196 to 199 while sets 228 to 231
    were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured on arrival, midway through the reading of sets 228-231 (fifteenth session of
    2026-12-05), and unchanged by the rest of it: 232: 65 of 71 (91.5%), 2 warnings on negative
    lines; 233: 66 of 78 (84.6%), 2; 234: 68 of 80 (85.0%), none; 235: 67 of 70 (95.7%), 1.
    Pooled 266 of 299 (89.0%), 5 warnings on negatives. Fifty-five held-out rounds; the sixteen
    written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%, 88.5%, 86.7%, 88.1%, 88.6%,
    89.2%, 88.8%, 87.5%, 90.4%, 90.6%, 90.9%, 90.1% and 89.0%, with 7, 8, 4, 7, 2, 8, 4, 13, 9,
    21, 6, 6, 8, 7, 6 and 5 warnings on negatives.

    SETS 232 TO 235 WERE THEN READ (fifteenth session), after rounds 59 to 61 had been held out.
    Fixed in general: Kadcyla "only given to people whose cancer has spread"; a pronoun after an
    opening phrase ("For most people it is the standard next treatment", "She said it's only
    approved ...") and a pronoun after a pronoun ("... . It is not used for early breast cancer")
    speak of the drug the paragraph opened with; a statement several of one drug's changes
    contradict names them all ("experimental for lung cancer and for other cancers": 2022 and
    2024); a history section's sentence of today ("there's no cheaper copy of Herceptin yet") is
    no history; biosimilar trastuzumab "only available as a drip" and neratinib in SUMMIT's
    HER2-mutant basket are current. Wordings: Perjeta "not for adjuvant use", "keep going with
    Herceptin" for people who "don't get a pCR", "approved only for HER2-positive" under a
    HER2-low question, "is widely expected in 2025". After: 232: 69 of 71, 233: 67 of 78, 234: 73
    of 80, 235: 67 of 70; pooled 276 of 299 (92.3%), 3 warnings on negative lines (a 2021 lung
    page's "some doctors may use it off-label", a 2018 board's outcome "complete trastuzumab to 17
    cycles" for a case with residual disease, a 2022 page's "has just been approved (4 May
    2022)": shapes other writers marked outdated). Read sets that rose: 11, 15, 24, 36, 37, 51,
    62, 90, 127, 182, 185, 213, 214, 217, 222, 223; none fell.

    Seventeenth session (2026-12-06): a section warns once per change, and a later line of it
    that states the change again is reported at info, pointing back: warnings on negatives
    set 232 1 to 0, set 233 1 to 0; recall unchanged.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (236, 71, 66, 66, 66, 0),
    (237, 79, 73, 73, 72, 0),
    (238, 75, 70, 69, 68, 0),
    (239, 79, 72, 71, 71, 1),
)
def test_fifty_ninth_round_blind_sets_held_out(tmp_path: Path, row: Measured) -> None:
    """Sets 236 to 239, written blind with the briefs of sets 196 to 199 while sets 228 to 231
    were read, and HELD OUT: their texts, misses and per-case reports unread.

    Measured after the round of sets 228-231 (fifteenth session of 2026-12-05): 236: 66 of 71
    (93.0%), 1 warning on a negative line; 237: 71 of 79 (89.9%), 3; 238: 63 of 75 (84.0%), 6;
    239: 71 of 79 (89.9%), 1. Pooled 271 of 304 (89.1%), 11 warnings on negatives. Fifty-six
    held-out rounds; the seventeen written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%,
    88.5%, 86.7%, 88.1%, 88.6%, 89.2%, 88.8%, 87.5%, 90.4%, 90.6%, 90.9%, 90.1%, 89.0% and
    89.1%, with 7, 8, 4, 7, 2, 8, 4, 13, 9, 21, 6, 6, 8, 7, 6, 5 and 11 warnings on negatives.

    SETS 236 TO 239 WERE THEN READ, in part (the fifteenth session's last hour: their warnings
    and the misses of sets 236 and 237), after rounds 60 and 61 had been held out. Fixed in
    general: a pronoun in a passage on a drug the pack does not know ("**Zanidatamab** ... . It
    is also being tested ...") speaks of that drug; a condition of a word or two ("Screen for
    DESTINY-Breast04 if still recruiting") claims nothing, for DATE010 and DATE011 alike; a table
    with a column per drug ("| | Kadcyla | Enhertu |") is read once per drug, the other drugs'
    columns blanked and the column's drug said first ("| EBC | residual disease (KATHERINE) |
    not indicated |" says Enhertu is not indicated there); a sentence wrapped over lines is
    reported from the line that holds its statement's words (set 238's writer wrapped its
    pages, and marked those lines). After: 236: 66 of 71, 237: 72 of 79, 238: 67 of 75, 239: 71
    of 79; pooled 276 of 304 (90.8%), 1 warning on a negative line. Read sets that rose: 73,
    197; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (240, 73, 69, 69, 69, 0),
    (241, 71, 69, 68, 68, 0),
    (242, 80, 77, 77, 77, 2),
    (243, 67, 67, 67, 67, 0),
)
def test_sixtieth_round_blind_sets_read(tmp_path: Path, row: Measured) -> None:
    """Sets 240 to 243, written blind with the briefs of sets 196 to 199 while round 58 and 59
    waited unread. SETS 240-243 WERE THEN READ (sixteenth session of 2026-12-05): no longer
    independent.

    Measured on arrival after the round of sets 228-231 and three fixes from issue 15's audit
    of real sites (fifteenth session of 2026-12-05): 240: 66 of 73 (90.4%), 3 warnings on
    negative lines; 241: 64 of 71 (90.1%), 4; 242: 74 of 80 (92.5%), 3; 243: 63 of 67 (94.0%),
    1. Pooled 267 of 291 (91.8%), 11 warnings on negatives. (After round 59's fixes, still
    unread: 268 of 291, 10 warnings.) Fifty-seven held-out rounds; the
    eighteen written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%, 88.5%, 86.7%, 88.1%,
    88.6%, 89.2%, 88.8%, 87.5%, 90.4%, 90.6%, 90.9%, 90.1%, 89.0%, 89.1% and 91.8%, with 7, 8, 4,
    7, 2, 8, 4, 13, 9, 21, 6, 6, 8, 7, 6, 5, 11 and 11 warnings on negatives.

    What reading them showed, each fixed in general with fixtures in our own words: a wrapped
    statement with only a word or two on its last line is reported from the line before; a
    dated claim that opens a wrapped line ("with results / expected later this year") from its
    clause's line; "if nothing else" is a last resort, "new Herceptin vial size" no new drug,
    "excluded from trials" who the trials took, "not for the drug itself" a purpose; a section
    title that makes a claim by itself ("## 63F, MBC, on T-DXd (3L)") is no statement of each
    item under it; "Europe has the injection, but the US only IV" is outdated; "right now"
    makes a dated 2019 label the present's; a glossary's subjectless second sentence speaks of
    its term; "In practice this means ..." of the definition before it; a 2+ definition may run
    long; "which we still use" of the 2007 guideline; a sub-list under "agreed sequence:" is
    a sequence; "does not change the systemic plan" keeps the plan; an arrow ends a clause; the
    filing ("The BLA ...") is the drug the sentence before spoke of; "not completely removed"
    is residual disease. After: 240: 69 of 73, 241: 68 of 71, 242: 77 of 80, 243: 66 of 67;
    pooled 280 of 291 (96.2%), 2 warnings on negative lines (a 2014 blog's "other ideas being
    tested", adjuvant pertuzumab and extended neratinib, both since approved: medlint's reading
    is defensible). Read sets that rose: 17, 38, 66, 138, 207, 211, 223; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (244, 80, 67, 67, 67, 3),
    (245, 73, 68, 67, 67, 2),
    (246, 73, 72, 71, 70, 0),
    (247, 70, 68, 68, 68, 0),
)
def test_sixty_first_round_blind_sets_read(tmp_path: Path, row: Measured) -> None:
    """Sets 244 to 247, written blind with the briefs of sets 196 to 199 while round 58 was
    read. SETS 244-247 WERE THEN READ (sixteenth session of 2026-12-05): no longer
    independent.

    Measured on arrival, midway through the reading of sets 232-235 (fifteenth session of
    2026-12-05), and unchanged by the rest of it: 244: 62 of 80 (77.5%), 4 warnings on negative
    lines; 245: 64 of 73 (87.7%), 2; 246: 69 of 73 (94.5%), 2; 247: 67 of 70 (95.7%), 4. Pooled
    262 of 296 (88.5%), 12 warnings on negatives. (After round 59's fixes, still unread: 265
    of 296, 13 warnings; after round 60's: 267 of 296, 12.) Fifty-eight held-out rounds; the nineteen
    written with the rebuilt briefs: 88.7%, 86.9%, 86.7%, 86.2%, 88.5%, 86.7%, 88.1%, 88.6%,
    89.2%, 88.8%, 87.5%, 90.4%, 90.6%, 90.9%, 90.1%, 89.0%, 89.1%, 91.8% and 88.5%, with 7, 8, 4,
    7, 2, 8, 4, 13, 9, 21, 6, 6, 8, 7, 6, 5, 11, 11 and 12 warnings on negatives.

    What reading them showed, each fixed in general with fixtures in our own words: a row under
    an approval-date column ("| Setting | Trial | FDA date |") is dated by it; a trial's design
    ("Phase 2 randomised, double-blind, n = 612: tucatinib or placebo ...") is no phase claim;
    a page titled for agents "beyond trastuzumab" is not on trastuzumab; "no tumour-agnostic
    scoring system" is no approval; a pronoun inside a sentence points to the drug the sentence
    before named, not to the title's; views a question weighs ("... says Kadcyla next, ... says
    Enhertu. Who is right??") are not the writer's; an earlier date in a later clause ("..., and
    the FDA gave it Breakthrough designation in May 2020") narrates that clause only, so "has
    shown activity in NSCLC" is reported as issue 16 asks (a round-45 fixture had it quiet, and
    set 19's writer too: one warning there now); "metastatic-only", "its only approved use"
    after extended adjuvant, "a pan-tumour approval is not expected"; a cancer that "grew
    despite Herceptin" is metastatic; Hylecta's generic name written with "+". After: 244: 67
    of 80, 245: 67 of 73, 246: 70 of 73, 247: 68 of 70; pooled 272 of 296 (91.9%), 5 warnings
    on negative lines (a wrapped sentence marked at the line the writer chose, a Q&A's "Not
    yet." answer, a 2018 case's plan to complete trastuzumab, a 2023 note's T-DXd "off-label"
    for other tumours: the last two defensible). Read sets that rose: 92, 122, 164, 182, 192,
    197, 203, 216, 227; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (248, 74, 71, 71, 70, 1),
    (249, 76, 71, 71, 71, 0),
    (250, 85, 81, 81, 81, 1),
    (251, 70, 70, 70, 70, 0),
)
def test_sixty_second_round_blind_sets_read(tmp_path: Path, row: Measured) -> None:
    """Sets 248 to 251, written blind with the briefs of sets 196 to 199 while round 60 was
    read. SETS 248-251 WERE THEN READ (sixteenth session of 2026-12-05): no longer
    independent.

    Measured on arrival, midway through the reading of sets 240-243 (sixteenth session of
    2026-12-05): 248: 68 of 74 (91.9%), 1 warning on a negative line; 249: 70 of 76 (92.1%), 0;
    250: 79 of 85 (92.9%), 1; 251: 70 of 70 (100%), 0. Pooled 287 of 305 (94.1%), 2 warnings
    on negatives. Fifty-nine held-out rounds; the twenty written with the rebuilt briefs:
    88.7%, 86.9%, 86.7%, 86.2%, 88.5%, 86.7%, 88.1%, 88.6%, 89.2%, 88.8%, 87.5%, 90.4%, 90.6%,
    90.9%, 90.1%, 89.0%, 89.1%, 91.8%, 88.5% and 94.1%, with 7, 8, 4, 7, 2, 8, 4, 13, 9, 21, 6,
    6, 8, 7, 6, 5, 11, 11, 12 and 2 warnings on negatives.

    What reading them showed, each fixed in general with fixtures in our own words: "it doesn't
    matter what the operation finds" keeps the plan whatever surgery shows; "emerging data as
    2nd line" is no second-line place; a trial "testing whether ... T-DM1 instead of Herceptin"
    awaits; "a subcutaneous version exists in Europe but not in the US"; "no early-breast
    indication"; an expectation "in the coming weeks (months)" runs two (six) months from the
    article's date, not a newsletter's "decisions due in the coming months". After: 248: 70 of
    74, 249: 71 of 76, 250: 81 of 85, 251: 70 of 70; pooled 292 of 305 (95.7%), 2 warnings on
    negative lines (a 2023 page's "In 2008 ... the only HER2 drugs were Herceptin and
    lapatinib", history the next sentence makes plain; a 2013 blog's Kadcyla "approved in
    February, but only for metastatic disease", which four other writers marked outdated). Read
    sets that rose: 86, 218, 226; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (252, 75, 72, 72, 68, 0),
    (253, 71, 67, 67, 67, 0),
    (254, 83, 74, 74, 73, 0),
    (255, 71, 71, 71, 70, 1),
)
def test_sixty_third_round_blind_sets_read(tmp_path: Path, row: Measured) -> None:
    """Sets 252 to 255, written blind with the briefs of sets 196 to 199 while round 61 was
    read. SETS 252-255 WERE THEN READ (sixteenth session of 2026-12-05): no longer
    independent.

    Measured on arrival, midway through the reading of sets 244-247 (sixteenth session of
    2026-12-05): 252: 68 of 75 (90.7%), no warning on a negative line; 253: 65 of 71 (91.5%),
    2; 254: 72 of 83 (86.7%), 5; 255: 66 of 71 (93.0%), 2. Pooled 271 of 300 (90.3%), 9
    warnings on negatives. (After round 61's fixes, still unread: 272 of 300, 9 warnings.)
    Sixty held-out rounds; the twenty-one written with the rebuilt
    briefs: 88.7%, 86.9%, 86.7%, 86.2%, 88.5%, 86.7%, 88.1%, 88.6%, 89.2%, 88.8%, 87.5%,
    90.4%, 90.6%, 90.9%, 90.1%, 89.0%, 89.1%, 91.8%, 88.5%, 94.1% and 90.3%, with 7, 8, 4, 7,
    2, 8, 4, 13, 9, 21, 6, 6, 8, 7, 6, 5, 11, 11, 12, 2 and 9 warnings on negatives.

    What reading them showed, each fixed in general with fixtures in our own words: what a
    USPSTF draft "proposes" stays what it proposed; "later-line after tucatinib / T-DXd" names
    T-DXd as what came before; "ILD rates outside trials" are measured in practice; words
    "written under an older scheme" are the past's; "my new friend" is the writer's; patients
    "who have already had T-DXd" name what came before (DATE008's comparator); a pharmacy's
    "Investigational Drug Service" is a department; "licensed for metastatic and neoadjuvant
    use only"; "IV only; no subcutaneous formulation is available" under Perjeta; a glossary
    entry's bold term frames its later sentences; a criterion "Prior trastuzumab, pertuzumab
    and T-DM1; use as 3rd line or later only" still speaks of the page's drug. After: 252: 68
    of 75, 253: 66 of 71, 254: 72 of 83, 255: 70 of 71; pooled 276 of 300 (92.0%), 2 warnings
    on negative lines (a forum post's "my onc says keep going with Herceptin to finish the
    year", doubted by its next sentence; a 2021 note's "1L THP → 2L T-DM1" summary, which the
    writer left unmarked and is outdated). Read sets that rose: 75, 224; none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (256, 70, 66, 66, 62, 0),
    (257, 74, 72, 72, 70, 0),
    (258, 79, 76, 75, 73, 2),
    (259, 80, 68, 68, 67, 0),
)
def test_sixty_fourth_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 256 to 259, written blind with the briefs of sets 196 to 199 while round 61 was
    read. THEIR WARNINGS WERE THEN READ (sixteenth session of 2026-12-05), not their misses:
    no longer independent.

    Measured on arrival, midway through the reading of sets 248-251 (sixteenth session of
    2026-12-05): 256: 61 of 70 (87.1%), 1 warning on a negative line; 257: 70 of 74 (94.6%),
    1; 258: 72 of 79 (91.1%), 3; 259: 66 of 80 (82.5%), 1. Pooled 269 of 303 (88.8%), 6
    warnings on negatives. Sixty-one held-out rounds; the twenty-two written with the rebuilt
    briefs: 88.7%, 86.9%, 86.7%, 86.2%, 88.5%, 86.7%, 88.1%, 88.6%, 89.2%, 88.8%, 87.5%,
    90.4%, 90.6%, 90.9%, 90.1%, 89.0%, 89.1%, 91.8%, 88.5%, 94.1%, 90.3% and 88.8%, with 7, 8,
    4, 7, 2, 8, 4, 13, 9, 21, 6, 6, 8, 7, 6, 5, 11, 11, 12, 2, 9 and 6 warnings on negatives.

    What reading the warnings showed, each fixed in general with fixtures in our own words:
    "outside a trial it isn't used for early HER2-low breast cancer" is true of early disease
    (the shared earlier-setting exception); a newsletter's "stories likely to matter this
    year" expects nothing; "Phase 1: responses in heavily pretreated ..." labels a trial's
    results by phase. After: 269 of 303 as on arrival, 3 warnings (a 2018 case's referral to a
    DS-8201a trial, read with its heading's "after 2 lines"; a 2012 newsletter's members
    asking why there is no generic Herceptin; a 2023 nurse's HER2-low criteria, which the
    2025 approval after endocrine therapy alone has since widened: medlint is right there).
    A reading of the reported question was tried and dropped: it cost two statements that
    other writers marked on the same shape. Read sets: none moved.

    Seventeenth session (2026-12-06): a product said to be "a new way to" give its drugs
    ("Phesgo is a new way to get both antibodies") is the thing called new: set 256 61 to 62
    with the source; no warning added.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (260, 69, 67, 66, 65, 1),
    (261, 75, 71, 71, 71, 2),
    (262, 86, 73, 73, 72, 0),
    (263, 78, 74, 73, 71, 0),
)
def test_sixty_fifth_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 260 to 263, written blind with the briefs of sets 196 to 199 while round 62 was
    read, held out for a session, then READ IN PART (seventeenth session, 2026-12-06): its
    warnings and some of its misses.

    Measured on arrival, midway through the reading of sets 252-255 (sixteenth session of
    2026-12-05): 260: 63 of 69 (91.3%), 1 warning on a negative line; 261: 71 of 75 (94.7%),
    7; 262: 72 of 86 (83.7%), 1; 263: 71 of 78 (91.0%), 0. Pooled 277 of 308 (89.9%), 9
    warnings on negatives.

    Read: a case's plan and its "Outcome:" line, and a "2L" heading's drug and the dose line
    under it, state one change twice (now one warning a section, the rest at info); "Prior
    THP, T-DXd." under "## HER2+ MBC, 3rd line" names what came before that line; "HER2-low
    early disease: no role for T-DXd outside trials" is true of early disease; an admonition's
    title ('!!! info "Recently approved"') is no part of the sentence under it. After: 278 of
    308 (90.3%), and 279 once round 67's reading found "Phesgo is a new way of giving ...", 5
    warnings: two dated mentions of the 2019 label ("(3L+ label, Dec 2019)", an
    edit's "accelerated approval 20 Dec 2019, 3L+"), which other writers mark as outdated on
    indication lines of the same shape (excusing them cost 27 read statements, so they stay);
    a 2018 formulary row's biosimilar "approved Dec 2017, not yet launched", which another
    writer marks outdated in a forum; a 2019 table's "Lapatinib + capecitabine: usually after
    Kadcyla", since overtaken by the tucatinib triplet; a 2018 forum post's quoted plan "we just
    keep going with Herceptin" before "Is that really it?". Read sets: none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (264, 70, 65, 65, 64, 0),
    (265, 77, 72, 72, 70, 0),
    (266, 86, 81, 80, 79, 1),
    (267, 79, 71, 71, 70, 0),
)
def test_sixty_sixth_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 264 to 267, written blind with the briefs of sets 196 to 199 while round 65 was
    held out, held out themselves at first, then READ IN PART (seventeenth session,
    2026-12-06): their warnings and some of their misses.

    Measured on arrival, at the start of the seventeenth session, with HTML links read as
    links: 264: 62 of 70 (88.6%), no warning on a negative line; 265: 70 of 77 (90.9%), 0;
    266: 79 of 86 (91.9%), 5; 267: 69 of 79 (87.3%), 2. Pooled 280 of 312 (89.7%), 7 warnings
    on negatives (5 after round 65's general changes, before these sets were read).

    Read: a change told from where it started ('has moved from "no approved options" to a
    crowded field'); T-DM1 and HER2-low disease, where it was never approved; a drug "not
    approved for lung cancer" whose approvals are all in other cancers; a phase's results
    labelled with their years ("Phase 1 (2010s): responses in ..."); "recently approved for
    use with capecitabine" (the approval, not a use); a glossary entry's subjectless "An
    investigational ADC ..."; "There isn't an injection form". After: 282 of 312 (90.4%), 1
    warning: a 2017 news item's "Full data are expected at ASCO in June" on APHINITY, which
    DATE011 reads as an expectation whose date has passed (a writer left it unmarked; others
    mark data expected at a meeting); it first named the page's other drug as what came, and
    now APHINITY's pertuzumab approval. Read sets: none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (268, 70, 70, 70, 68, 0),
    (269, 75, 70, 70, 69, 2),
    (270, 77, 68, 67, 66, 0),
    (271, 74, 69, 68, 68, 0),
)
def test_sixty_seventh_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 268 to 271, written blind with the briefs of sets 196 to 199 while round 65 was
    read, held out at first, then READ IN PART (seventeenth session, 2026-12-06): their
    warnings and some of their misses.

    Measured on arrival, after round 65's warnings were read, with a section warning once per
    change: 268: 68 of 70 (97.1%), 2 warnings on negative lines; 269: 69 of 75 (92.0%), 3;
    270: 66 of 77 (85.7%), 1; 271: 66 of 74 (89.2%), 0. Pooled 269 of 296 (90.9%), 6 warnings.

    Read: the product said to be "a new way to" give its drugs is what is called new (two
    writers in two rounds mark it; five read statements in other sets came with it), though not
    what a new way gives ("This is a new way to give trastuzumab"); a clinic's "new formulary";
    another maker's "Biosimilar pertuzumab candidates are in development"; a table after a
    paragraph of its section's own (a side-effect table under "### Drugs being studied", below
    "Ask your oncologist ... whether a trial is right for you.") is no list of its heading's.
    After: 270 of 296 (91.2%), 2 warnings: a 2011 SOP's 2+ row "strong
    complete in <=30%", the 2007 scheme's, which medlint is right to report and the writer left
    unmarked; a 2020 case's "3L: T-DXd (DB-01) vs tucatinib/H/cape -> T-DXd", a choice for a
    patient who had T-DM1, which the pack reads as the sequence of its day. Read sets: none
    fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (272, 69, 66, 66, 64, 0),
    (273, 83, 78, 77, 77, 1),
    (274, 83, 72, 71, 68, 0),
    (275, 73, 70, 69, 69, 0),
)
def test_sixty_eighth_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 272 to 275, written blind with the briefs of sets 196 to 199 while round 65 was
    read, held out at first, then READ IN PART (eighteenth session, 2026-12-06): their warnings
    and some of their misses.

    Measured on arrival (seventeenth session, 2026-12-06), with a section warning once per
    change and MkDocs bodies read as Markdown: 272: 64 of 69 (92.8%), 1 warning on a negative
    line; 273: 76 of 83 (91.6%), 2; 274: 67 of 83 (80.7%), 2; 275: 69 of 73 (94.5%), 1. Pooled
    276 of 308 (89.6%), 6 warnings on negatives. Sixty-five held-out rounds; the twenty-six
    written with the rebuilt briefs scored 86.2% to 94.1% on arrival, the last six 90.3%,
    88.8%, 89.9%, 89.7%, 90.9% and 89.6%, with 9, 6, 9, 7, 6 and 6 warnings on negatives.

    Read: "These cancers aren't HER2-positive, so drugs like Herceptin don't work for them" in
    a current HER2-low FAQ says what trastuzumab does (not "HER2 drugs like Herceptin", the
    class); a pipeline note's "Under FDA priority review" under the product's heading is the
    statement (its "Would allow ..." below is said again); a forum's next post that opens a
    story of its own borrows no drug from the posts before it; "it" after "the trial that beat
    Kadcyla" is not Kadcyla; "for a while the first biosimilar was not yet on the market" is
    told in the past. After: 277 of 308 (89.9%; 278 once round 70's reading read a paragraph's
    bold lead), 1 warning: a biliary MDT's "T-DXd held in
    reserve for 3L.", a plan for a case on another cancer, which the breast fact still reads
    (the case's cancer frames a plan's clause only for claims read with their setting). Read
    sets: none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (276, 73, 67, 66, 63, 0),
    (277, 78, 71, 71, 69, 0),
    (278, 71, 69, 69, 69, 1),
    (279, 73, 72, 72, 71, 2),
)
def test_sixty_ninth_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 276 to 279, written blind with the briefs of sets 196 to 199 while round 66 was
    read, held out at first, then READ IN PART (eighteenth session, 2026-12-06): their warnings
    and some of their misses.

    Measured on arrival (seventeenth session, 2026-12-06), after rounds 65 and 66 were read in
    part: 276: 62 of 73 (84.9%), 2 warnings on negative lines; 277: 68 of 78 (87.2%), 0; 278:
    67 of 71 (94.4%), 3; 279: 69 of 73 (94.5%), 2. Pooled 266 of 295 (90.2%), 7 warnings on
    negatives (276: 63 once round 67's reading found "X is a new way to ..."; the sets unread).
    Sixty-six held-out rounds; the twenty-seven written with the rebuilt briefs
    scored 86.2% to 94.1% on arrival, the last seven 90.3%, 88.8%, 89.9%, 89.7%, 90.9%, 89.6%
    and 90.2%, with 9, 6, 9, 7, 6, 6 and 7 warnings on negatives.

    Read: "**Is Enhertu a new drug?**" asks (DATE008); "new starters" are staff; "no biosimilar
    has been designated interchangeable" is not "no biosimilar"; "much longer than Kadcyla" names
    what Enhertu beat; "grows while you are on Herceptin", "no approved role in early breast
    cancer" and "the injectable Herceptin isn't available here" are the changes' statements.
    After: 270 of 295 (91.5%), 3 warnings: a 2017 newsletter's "pertuzumab is not continued
    after surgery" after a pCR (APHINITY's approval made it so; the writer left it unmarked); a
    2020 monograph's "HER2-positive gastric cancer: DESTINY-Gastric01" under "Off-label /
    investigational uses" (approved for gastric cancer in 2021; unmarked); a 2016 pipeline
    table's "BLA planned" for a biosimilar approved since. Read sets: none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (280, 68, 65, 64, 64, 0),
    (281, 77, 69, 69, 69, 0),
    (282, 79, 71, 71, 71, 0),
    (283, 77, 67, 67, 65, 1),
)
def test_seventieth_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 280 to 283, written blind with the briefs of sets 196 to 199 while round 67 was
    read, held out at first, then READ IN PART (nineteenth session, 2026-12-06): their warnings
    and some of their misses.

    Measured on arrival (seventeenth session, 2026-12-06), after rounds 65 to 67 were read in
    part: 280: 62 of 68 (91.2%), 1 warning on a negative line; 281: 66 of 77 (85.7%), 1; 282:
    70 of 79 (88.6%), 2; 283: 65 of 77 (84.4%), 1. Pooled 263 of 301 (87.4%), 5 warnings on
    negatives. Sixty-seven held-out rounds; the twenty-eight written with the rebuilt briefs
    scored 86.2% to 94.1% on arrival, the last eight 90.3%, 88.8%, 89.9%, 89.7%, 90.9%, 89.6%,
    90.2% and 87.4%, with 9, 6, 9, 7, 6, 6, 7 and 5 warnings on negatives.

    Read: a UK page's "approved in the US, not available on the NHS" states the approval;
    "Before, the recommendation was 50" and "the final recommendation moved the start ... from
    50 to 40" tell the change; a numbered list after "the order of HER2 treatment ... is:" lays
    out a sequence; a paragraph's bold lead ("**Don't panic if there is some cancer left.**")
    is where its next sentence stands. After: 266 of 301 (88.4%), 3 warnings: a 2017 tumour
    board's "**Outcome:** trastuzumab to complete 17 cycles" under its outdated plan (the writer
    marked the plan only); a 2019 forum post's quoted "just continue the Herceptin and Perjeta to
    finish the year" (marked in the reply only); a 2012 wiki's "Researchers are looking at
    whether HER2 drugs might work in these other cancers" (current for the writer). Read sets:
    none fell (round 68 278, 126 64 of 71: the bold lead).

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (284, 84, 82, 81, 80, 0),
    (285, 79, 76, 76, 76, 1),
    (286, 72, 72, 71, 70, 1),
    (287, 75, 75, 75, 74, 1),
)
def test_seventy_first_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 284 to 287, written blind with the briefs of sets 196 to 199 while round 68 was
    read, held out at first, then READ: their warnings in the nineteenth session, their misses
    in the twentieth (2026-12-06).

    Measured on arrival (eighteenth session, 2026-12-06), after round 68 was read in part:
    284: 77 of 84 (91.7%), 0 warnings on negative lines; 285: 72 of 79 (91.1%), 3; 286: 60 of
    72 (83.3%), 1; 287: 72 of 75 (96.0%), 2. Pooled 281 of 310 (90.6%), 6 warnings on
    negatives. Sixty-eight held-out rounds; the twenty-nine written with the rebuilt briefs
    scored 86.2% to 94.1% on arrival, the last nine 90.3%, 88.8%, 89.9%, 89.7%, 90.9%, 89.6%,
    90.2%, 87.4% and 90.6%, with 9, 6, 9, 7, 6, 6, 7, 5 and 6 warnings on negatives.

    Warnings read: "neratinib decision pending for Case 4" is a team's decision for a patient;
    "Ratios from 1.8 to 2.2 were called equivocal" names a class of results in the past. After:
    281 of 310 (90.6%), 4 warnings, all disagreements with the writers: a 2018 tumour board's
    "**Outcome:** 2L T-DM1" for a patient; a 2025 journal club's "Ongoing: ... T-DXd +
    pertuzumab 1L (DB-09)" read as pertuzumab in early disease (the sentence's other clause); a
    2018 page's "drugs that are still being studied" (DATE011, by its age); a 2010 wiki's
    "pertuzumab ... is being tested with trastuzumab in the CLEOPATRA trial" (outdated by the
    issue's rule; the writer left it unmarked).

    Misses read: a newsletter's entry that opens with the words under a drug's heading ("###
    Phesgo" over "A brand-new injection that combines Perjeta and Herceptin"); "APHINITY, which
    is testing exactly that"; "T-DM1 remains the only ADC with approval"; "which is now the
    standard treatment after Herceptin and a taxane"; the year of Herceptin "whatever happens at
    surgery", or "whatever the path shows -- Kadcyla's for stage 4", or carried on after surgery
    "to complete the year" after treatment before it; "mammo q2y starting 50" under a clinic
    template's heading; the 2007 2+ band "in 30% of cells or fewer"; "A negative result means
    ... will not benefit from any HER2-targeted medicine"; "PDUFA May 2023"; "we may see FDA
    action ... in 2024"; "no subcutaneous formulation is available"; "has to go in by IV ... no
    shot version"; "No other HER2 TKI ...; lapatinib is the only one"; "[[pertuzumab]] +
    [[trastuzumab]] + hyaluronidase" named as Phesgo; "Trastuzumab-DM1" as T-DM1; and T-DXd +
    pertuzumab in a trial's list is T-DXd's trial. After: 300 of 310 (96.8%), 3 warnings (the
    tumour board's outcome, the 2018 page's "still being studied", the CLEOPATRA line). Left: a
    FAQ's "**Short answer: not yet in the United States.**" under its question; a 2020 page's
    "Enhertu is a new drug" and a note's "T-DXd - new, accelerated approval Dec 2019" (DATE008
    names the 2019 approval, the writers the 2022 one); a news page's title "New HER2 antibody
    under FDA review" and its "The FDA is expected to make a decision by December 2020" (DATE011
    names no drug); a journal club's "not practice-changing yet", a board's "not funded here", a
    unit's "Still emerging in our unit" (local, not the FDA's); a forum's "it ... no shot
    version" under a title naming Herceptin and Perjeta (read as Phesgo's); a 2008 page's
    "Lapatinib ... remains the only oral HER2 agent" (reported with NALA 2020, the writer's
    ExteNET 2017). Read sets: none fell (set 87's 2007 2+ band, "intense staining in 30% of
    cells or fewer", left unmarked by its writer, is now reported).

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (288, 74, 72, 72, 72, 0),
    (289, 78, 73, 72, 72, 0),
    (290, 77, 69, 67, 63, 2),
    (291, 82, 80, 80, 79, 0),
)
def test_seventy_second_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 288 to 291, written blind with the briefs of sets 196 to 199 while round 70 was
    read, held out at first, then READ in part (twentieth session, 2026-12-06).

    Measured on arrival (nineteenth session, 2026-12-06), after round 70 was read in part:
    288: 68 of 74 (91.9%), 0 warnings on negative lines; 289: 71 of 78 (91.0%), 0; 290: 59 of
    77 (76.6%), 4; 291: 77 of 82 (93.9%), 1. Pooled 275 of 311 (88.4%), 5 warnings on
    negatives. Sixty-nine held-out rounds; the thirty written with the rebuilt briefs scored
    86.2% to 94.1% on arrival, the last ten 90.3%, 88.8%, 89.9%, 89.7%, 90.9%, 89.6%, 90.2%,
    87.4%, 90.6% and 88.4%, with 9, 6, 9, 7, 6, 6, 7, 5, 6 and 5 warnings on negatives.

    Read: "people with a score of 0 - including ultralow - can't have Enhertu" (an exception
    read "ultralow - can" as "ultralow can"); "tucatinib + Herceptin + Xeloda, which just got
    approved" (a partner after "+" is no item of the subject's list; "just got approved");
    "It's being tested in a trial called HER2CLIMB (with Herceptin and Xeloda)" (partners in
    brackets); "2.1 lands in the grey zone"; "pending FDA review, neratinib with capecitabine";
    "Only after early breast cancer, not for MBC" in neratinib's row; "no other HER2 drug
    approved for stomach cancer" (its own "approved for stomach" no longer excuses it); "a
    filing is expected in the coming years"; "other HER2 drugs first, such as Kadcyla, and
    Enhertu later"; "HER2 tests are only used for breast and stomach cancers"; "In the APHINITY
    trial it's being tested after surgery"; "T-DM1 remains 2L standard; T-DXd now the 3L
    choice"; DESTINY-Breast06 "not something she can prescribe". Warnings read: a line that
    opens with DESTINY-Breast01 reports the trial's population (a table row, a reading list);
    "Before that, the Task Force recommended ..." tells the past. After: 286 of 311 (92.0%), 2
    warnings (an undated note's reference "DESTINY-Breast04 (ongoing)", a 2022 news item's
    "granted priority review" since contradicted by the approval). Left: a FAQ's elliptical
    answer under its question heading ("When might I be offered Enhertu?" over "Usually as a
    third treatment, ..."); a board's outcome list and plan lines; a UK leaflet's neratinib "not
    available in the UK"; a note's "new SC formulation, 2019" for Hylecta; KATHERINE "testing
    Kadcyla instead of Herceptin ... Results aren't out yet"; three writers' "Herceptin is the
    only targeted drug ... after surgery" read as biosimilars (reported with pertuzumab's
    adjuvant approval); a GP's advice reported in a 2021 blog. Read sets: none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (292, 79, 76, 76, 76, 0),
    (293, 75, 71, 71, 71, 1),
    (294, 77, 73, 73, 71, 0),
    (295, 80, 77, 77, 77, 0),
)
def test_seventy_third_round_blind_sets_read_in_part(tmp_path: Path, row: Measured) -> None:
    """Sets 292 to 295, written blind with the briefs of sets 196 to 199 while round 71's
    misses were read, held out at first, then READ in part (twentieth session, 2026-12-06).

    Measured on arrival (twentieth session, 2026-12-06), at the commit before round 71's misses
    were read (the fixes then made moved none of them): 292: 73 of 79 (92.4%), 2 warnings on
    negative lines; 293: 68 of 75 (90.7%), 2; 294: 70 of 77 (90.9%), 2; 295: 75 of 80 (93.8%),
    0. Pooled 286 of 311 (92.0%), 6 warnings on negatives. Seventy held-out rounds; the
    thirty-one written with the rebuilt briefs scored 86.2% to 94.1% on arrival, the last ten
    88.8%, 89.9%, 89.7%, 90.9%, 89.6%, 90.2%, 87.4%, 90.6%, 88.4% and 92.0%, with 6, 9, 7, 6, 6,
    7, 5, 6, 5 and 6 warnings on negatives.

    Read: "There isn't really a HER2 drug that gets into the brain"; "Perjeta is only licensed
    for use before surgery"; a board's plan cell "T-DM1 (2L std)"; "our automatic reminders
    start at 50"; "anything over 2.2 on the ratio means positive"; "Until it is finalized, we
    will continue to follow the current guideline"; "Subcutaneous pertuzumab: no product is
    approved" (its own "is approved" excused it). Warnings read: trastuzumab itself "will not
    be offered" to a FISH-negative 2+ result; "When Herceptin arrived it was a genuinely new
    kind of medicine" tells the past; "Standard HER2 medicines like trastuzumab do not help
    HER2-low cancer"; a label's "new hepatotoxicity wording"; Hylecta "isn't used with every
    regimen". After: 293 of 311 (94.2%), 1 warning (an order set's version history, "v1 (Dec
    2019): 3L+ only"). Left: FAQ answers that lean on their questions ("Not really. A 0 result
    doesn't change ..."); a Kadcyla leaflet's "It is the preferred treatment once the cancer has
    grown" after a paragraph on another subject; a 2012 SOP's "<1.8 -> not amplified" (still
    true as part of "below 2.0", by the pack) and its fixation times; a board's "no FDA-approved
    option beyond 1L trastuzumab"; insurers denying T-DXd; "that doesn't qualify for Enhertu"
    of ultralow (reported with the HER2-low approval); a newsletter's expected final version
    (DATE011 names no change); "the only drug that actually targets HER2 in early breast
    cancer" read as biosimilars; an FDA decision "in the second half of the year"; Nerlynx
    "that's the only use"; a combined jab "in trials" (info); single-probe copy numbers;
    DESTINY-Lung01 "shown activity"; ALTTO "is comparing". Read sets: none fell.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (296, 73, 71, 71, 70, 0),
    (297, 73, 69, 69, 69, 0),
    (298, 78, 70, 69, 67, 0),
    (299, 73, 69, 68, 68, 0),
)
def test_seventy_fourth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 296 to 299, written blind with the briefs of sets 196 to 199 while round 72 was
    read, held out, and read in the twenty-first session.

    Measured on arrival (twentieth session, 2026-12-06), after round 71 was read in part: 296:
    69 of 73 (94.5%), 0 warnings on negative lines; 297: 64 of 73 (87.7%), 4; 298: 64 of 78
    (82.1%), 1; 299: 64 of 73 (87.7%), 2. Pooled 261 of 297 (87.9%), 7 warnings on negatives.
    Seventy-one held-out rounds; the thirty-two written with the rebuilt briefs scored 86.2% to
    94.1% on arrival, the last ten 89.9%, 89.7%, 90.9%, 89.6%, 90.2%, 87.4%, 90.6%, 88.4%, 92.0%
    and 87.9%, with 9, 7, 6, 6, 7, 5, 6, 5, 6 and 7 warnings on negatives.

    Read (twenty-first session): 261 -> 274 of 297 (92.3%), 7 -> 0 warnings. Fixed in general:
    a body's version in a row ("| USPSTF 2016 | 50 ... |", no longer read as a row dated by its
    month); an entry of the page's own year that says "not final yet" is its present; a past
    approval joined to a present verb ("just received accelerated approval and slots in as a
    3rd-line-plus option"); "nothing else is approved" after the year of trastuzumab;
    "completes the yr"; HER2-low "treated the same way as HER2-0"; "sits after T-DM1", "should
    not be used until ... T-DM1"; a formulary restricting Kadcyla to metastatic disease; "until
    a US product is approved ... given IV"; "more than 30 out of every 100 cells"; DATE011's
    "should be approved sometime in 2020" and "full data have not yet been released", and an
    expectation on the line after a semicolon reported on its own line. Quiet now: "preferred
    (DB-03: ... vs T-DM1)", the comparator named only in an aside; what a phase found ("Phase 1
    HER2-low cohort ORR ~37%", "fatal cases in phase 1", "ORR ~54% in heavily pretreated"); a
    "Since" column of approvals; a control arm's figure ("75.8% vs 34.1% with T-DM1") before
    "It is now our preferred second-line option"; a forum post's "My onc said with a 0 there's
    no HER2 drug I can have. Is that right?" is reported at info, as what its writer was told
    and asks about (two other writers marked that shape outdated, four did not). Left: a 2019 knowledge base's "Accelerated approval (20 Dec
    2019) for adults who have received two or more prior regimens" under "## Approved use"; a
    condition's "it could be available in a year or two"; a GP's advice told in a 2012 blog;
    KATHERINE "Until now the answer was simple"; a case's wrapped "so this would need off-label
    funding"; zongertinib, which the pack does not know. Read sets: none fell (37, 126, 127 and
    281 gained; set 37 lost a warning on a table's "Phase 2 data ... (ORR 60.9%)").

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (300, 75, 74, 74, 73, 1),
    (301, 74, 70, 70, 70, 1),
    (302, 84, 75, 75, 75, 0),
    (303, 71, 70, 70, 70, 1),
)
def test_seventy_fifth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 300 to 303, written blind with the briefs of sets 196 to 199 while round 73 was
    read, held out, and read in the twenty-first session.

    Measured on arrival (twentieth session, 2026-12-06, at 06819a0), after rounds 71 to 73
    were read in part: 300: 73 of 75 (97.3%), 2 warnings on negative lines; 301: 70 of 74
    (94.6%), 2; 302: 75 of 84 (89.3%), 1; 303: 69 of 71 (97.2%), 3. Pooled 287 of 304 (94.4%),
    8 warnings on negatives. Seventy-two held-out rounds; the thirty-three written with the
    rebuilt briefs scored 86.2% to 94.4% on arrival. Measured again in the twenty-first session
    after round 74 was read, before this round was: unchanged.

    Read (twenty-first session): 287 -> 288 of 304 (94.7%), 8 -> 3 warnings. Fixed in general:
    pertuzumab with "no place in adjuvant treatment"; going on "to trastuzumab alone to
    complete one year" after treatment before surgery. Quiet now: screening advice for trans
    women on feminising hormones (no population the Task Force's advice covers); a restriction
    put down to a dated approval ("pertuzumab neoadjuvant only, per 2013 accelerated
    approval"); "single-dose vial for IV infusion only", the vial's own label; DATE011's "it
    was not yet approved" told in a history (not "As of January 2019, it was not yet
    approved"); a comparator named only in an aside is no subject of the clauses after it
    either ("2L: T-DXd (DB-03, PFS HR 0.28 vs T-DM1); NCCN preferred since late 2021"). Warnings
    left: a 2018 leaflet's "It's usually given once you've already had
    Herceptin and a taxane" (T-DM1 as the usual second line, which its writer left unmarked);
    "T-DXd (accelerated approval Dec 2019, 3L+)" in a 2020 formulary (a 2019 label in brackets:
    writers disagree, and quieting it cost forty read lines); a 2025 page's "It is not used for gastric cancer, and it does not
    replace Kadcyla or Enhertu" (read as Enhertu's: splitting the clause before "and it" cost
    forty read lines too). Left: a 2019 page's "a new drug approved in December 2019 for people
    who have already had two or more" (reported by DATE008 with the 2019 approval).

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (304, 85, 80, 80, 78, 0),
    (305, 84, 79, 79, 78, 0),
    (306, 84, 78, 78, 78, 0),
    (307, 85, 82, 81, 81, 1),
)
def test_seventy_sixth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 304 to 307, written blind while round 74 was read, held out, and read in the
    twenty-second session. The briefs were lost with the machine's scratch space again and
    rebuilt from the sets' headers and issue 16 (same blindness, fact ids, kinds of site and rule
    for old pages); the rebuilt briefs ask for 70 to 85 outdated statements a set.

    Measured on arrival (twenty-first session, 2026-12-06, at 6ae4c99), after rounds 71 to 73
    were read in part: 304: 73 of 85 (85.9%), 1 warning on negative lines; 305: 73 of 84
    (86.9%), 1; 306: 75 of 84 (89.3%), 1; 307: 77 of 85 (90.6%), 3. Pooled 298 of 338 (88.2%), 6
    warnings on negatives. Measured again after round 74's fixes: unchanged. Seventy-three
    held-out rounds; the thirty-four written with rebuilt briefs scored 86.2% to 94.4% on
    arrival, the last ten 90.9%, 89.6%, 90.2%, 87.4%, 90.6%, 88.4%, 92.0%, 87.9%, 94.4% and 88.2%,
    with 6, 6, 7, 5, 6, 5, 6, 7, 8 and 6 warnings on negatives.

    Read (twenty-second session): 298 -> 314 of 338 (92.9%), 6 -> 1 warning. Fixed in general:
    an ordered list's "2. Second: Kadcyla" and "3. Third and after: Enhertu"; "results have not
    yet led to an approval"; a final version "expected" after a narrated draft (", and its final
    recommendation is expected later"); a table's "cancer that has spread only"; labs that
    "follow the ... guideline published in 2007" (a document's date is no narration) and "HER2
    per ASCO/CAP 2007:"; "THP -> T-DM1 -> ..."; a decision "still awaited" after the basket trial;
    "approved in Feb 2013 ... – it is now the standard second line"; "in the next couple of
    years", "could be approved ... in a couple of years", "readout possibly next year"; a trial
    labelling its arms ("**NALA:** neratinib + capecitabine vs lapatinib + capecitabine; ...
    results are pending"); "no therapy is approved to follow the year of trastuzumab"; a page's
    drug after what came before it ("Preferred second-line treatment ... after trastuzumab plus
    pertuzumab and a taxane" on a Kadcyla page). Quiet now: "If a page says ..., it was written
    before these changes"; "Before that, HER2-low use ... required prior chemotherapy"; "a drug
    that has no injectable version"; "the difference between a drug and no drug"; supportive
    care being studied ("Loperamide prophylaxis is being studied"); a case's "Prior: THP -> T-DM1
    -> lapatinib"; "Phase 1 data showed ...". Warning left: a 2014 Perjeta monograph's "IV only:
    840 mg loading dose" (pertuzumab itself is still given by drip; another writer marked the
    same shape for Herceptin outdated). Left: a basket trial's subject after "until it reports";
    a lab's quoted report templates; news of an approval "last week" or "earlier this year".

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (308, 84, 79, 78, 77, 0),
    (309, 85, 80, 80, 80, 0),
    (310, 85, 79, 79, 77, 2),
    (311, 85, 80, 80, 79, 0),
)
def test_seventy_seventh_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 308 to 311, written blind with the briefs of sets 304 to 307 while round 75 was
    read, held out, and read in the twenty-second session.

    Measured on arrival (twenty-first session, 2026-12-06), after rounds 74 and 75 were read:
    308: 74 of 84 (88.1%), 0 warnings on negative lines; 309: 72 of 85 (84.7%), 2; 310: 70 of
    85 (82.4%), 3; 311: 70 of 85 (82.4%), 0. Pooled 286 of 339 (84.4%), 5 warnings on
    negatives, the same as at 6ae4c99, before this session's changes. Seventy-four held-out
    rounds; the thirty-five written with rebuilt briefs scored 84.4% to 94.4% on arrival, the
    last ten 89.6%, 90.2%, 87.4%, 90.6%, 88.4%, 92.0%, 87.9%, 94.4%, 88.2% and 84.4%, with 6, 7,
    5, 6, 5, 6, 7, 8, 6 and 5 warnings on negatives.

    Read (twenty-second session, after round 76): 286 -> 312 of 339 (92.0%), 5 -> 2 warnings.
    Fixed in general: HER2-low patients who "must already have had chemotherapy"; a lab's "the
    distinction has no treatment implication", faint staining "not recorded separately" and "Do
    not document faint staining"; "nothing changes for treatment"; trastuzumab "the only HER2
    agent with a role after surgery"; "approved in December 2017 but there is no biosimilar on
    our shelves yet"; "no other route"; acting on a FISH ratio of 1.8-2.2; no approved option
    for "gynae cancers"; a tumour-agnostic filing "expected"; nothing approved "beyond one year
    of trastuzumab"; pertuzumab "only as neoadjuvant therapy" and in those "settings only"; "we
    continue to apply the 2007 ASCO/CAP criteria", "the ASCO/CAP 2007 guideline defines",
    "following the ASCO/CAP 2007 guideline"; a 2009 "now recommends ... 50 to 74, no longer
    routinely from 40"; "her kind of cancer" after the sentence that named it; "after
    trastuzumab/pertuzumab/taxane and then T-DM1"; "a ratio of 2.2 or less ... not candidates";
    "the same whether or not cancer was still found at surgery"; "No anti-HER2 antibody is
    available as a subcutaneous injection"; "a recent approval" (DATE008); Phesgo "still waiting
    on FDA approval" (DATE011 now names Phesgo, not the Herceptin beside it); a revised
    guideline expected under a journal club's trial title (DATE011 names the guideline's
    update, not the trial's approval); a drug presented as new with its first label's scope
    ("Enhertu is a new drug, approved in December 2019 for people who have already had two or
    more ..."), no longer taken for a history of that label. Quiet now: "pending payer review"; "after
    DESTINY-Breast03, T-DXd is the usual next step" (an opening phrase closed by a comma governs
    nothing after it); a case's "3L after THP and T-DXd". Warnings left: a forum reply's
    statement reported on the wrapped line after the writer's mark; a 2019 conference report's
    "An NDA submission is expected in the coming months" (true then; it came, and its writer
    left it unmarked).

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (312, 83, 81, 81, 81, 1),
    (313, 85, 81, 81, 81, 0),
    (314, 85, 71, 71, 68, 2),
    (315, 85, 75, 74, 73, 0),
)
def test_seventy_eighth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 312 to 315, written blind with the briefs of sets 308 to 311 while round 76 was
    read, held out, and read in the twenty-second session after rounds 76 and 77.

    Measured on arrival (twenty-second session, 2026-12-06, at d4eca1f, before any of the
    session's changes): 312: 78 of 83 (94.0%), 3 warnings on negative lines; 313: 77 of 85
    (90.6%), 0; 314: 63 of 85 (74.1%), 2; 315: 67 of 85 (78.8%), 1. Pooled 285 of 338 (84.3%),
    6 warnings on negatives. After rounds 76 and 77 were read: 287 of 338 (84.9%), 6.
    Seventy-five held-out rounds; the thirty-six written with rebuilt briefs scored 84.3% to
    94.4% on arrival.

    Read (twenty-second session): 287 -> 303 of 338 (89.6%), 6 -> 3 warnings. Fixed in general:
    Enhertu "only for HER2-positive cancers", "does not work for HER2-negative cancer", "no
    in-between group that changes your options", "no clinical reason to split 0 from 1+"; "the
    first and only" / "only one" trastuzumab biosimilar; '"biosimilar" versions of Herceptin
    ... under review'; "expected after public comment, probably in 2024" (DATE011); "no need to
    comment on faint staining"; "approved only for certain breast, gastric and lung cancers"; a
    year "the same as those with a pathologic complete response"; a 2007 "now requires ... more
    than 30% ... (previously 10%)"; DATE008 on the drug a relative clause or an apposition names
    ("Nerlynx (neratinib), which was only just approved", "Herceptin Hylecta, a brand new version
    of Herceptin"); DATE011 "not yet approved for this" answered by the drug's next approval,
    not its first. Quiet now: "without chemotherapy first" (a negation); "no biosimilars of
    these drugs" (Perjeta, Kadcyla, Enhertu in the question); DATE008 on "a new line of
    therapy". Warnings left: "From August 2022, Enhertu was approved ..., but only after
    chemotherapy" under "## Before" (reading ", but only after" as the past cost four read
    lines whose writers marked "approved in December, but only for ..., so it isn't on the
    table for me yet"); two statements reported on the wrapped line next to the writer's mark.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (316, 85, 85, 84, 83, 1),
    (317, 84, 76, 76, 76, 0),
    (318, 83, 75, 71, 71, 2),
    (319, 85, 78, 78, 76, 0),
)
def test_seventy_ninth_round_blind_sets_score_as_measured(tmp_path: Path, row: Measured) -> None:
    """Sets 316 to 319, written blind with the same briefs while round 77 was read, held out,
    and read at the end of the twenty-second session, after rounds 76 to 78.

    Measured on arrival (twenty-second session, 2026-12-06, at d4eca1f, before any of the
    session's changes): 316: 82 of 85 (96.5%), 1 warning on negative lines; 317: 73 of 84
    (86.9%), 0; 318: 70 of 83 (84.3%), 2; 319: 75 of 85 (88.2%), 0. Pooled 300 of 337 (89.0%),
    3 warnings on negatives. After rounds 76 and 77 were read: unchanged; after round 78 too:
    301 of 337 (89.3%), 3. Seventy-six held-out rounds; the thirty-seven written with rebuilt
    briefs scored 84.3% to 94.4% on arrival.

    Read (twenty-second session): 301 -> 306 of 337 (90.8%), 3 warnings. Fixed in general: a 2007
    page's "the old threshold was 10%" (an old threshold of 10% is the 2007 scheme's change);
    pertuzumab "used only in the metastatic and neoadjuvant settings"; T-DXd "approved only in
    breast, gastric and HER2-mutant lung cancer; ... no approval ... in other organs" (no longer
    taken for the gastric change, which the list names); "Watch for an FDA decision in 2024"
    (DATE011, an expectation); an "FDA filing, decision pending" cell; "no longer recommended"
    is the present's advice, not a narrated past. Left: a journal club titled by DESTINY-Breast01
    whose "label is ... after two or more prior regimens" (a page on that trial speaks of its
    population); "every patient continues trastuzumab alone to complete one year" with no word
    of residual disease.

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (320, 78, 76, 76, 75, 0),
    (321, 85, 77, 76, 75, 0),
    (322, 85, 75, 75, 74, 2),
    (323, 85, 77, 77, 76, 0),
)
def test_eightieth_round_blind_sets_read(tmp_path: Path, row: Measured) -> None:
    """Sets 320 to 323, written blind with the same briefs while round 78 was read, held out
    through the twenty-second session, and read at the start of the twenty-third.

    Measured on arrival (twenty-second session, 2026-12-06, at d4eca1f, before any of the
    session's changes): 320: 74 of 78 (94.9%), 1 warning on negative lines; 321: 70 of 85
    (82.4%), 3; 322: 73 of 85 (85.9%), 2; 323: 75 of 85 (88.2%), 2. Pooled 292 of 333 (87.7%),
    8 warnings on negatives. After rounds 76 to 78 were read: unchanged; after round 79: 293 of
    333 (88.0%), 8. Seventy-seven held-out rounds; the thirty-eight written with rebuilt briefs
    scored 84.3% to 94.4% on arrival.

    Read (twenty-third session): 293 -> 300 of 333 (90.1%), 8 -> 2 warnings. Fixed in general:
    a note's verbless "No HER2-directed therapy" after the line that defined HER2-low; a
    "brand-new FDA approval"; T-DXd "given only after at least one line of chemotherapy";
    "faint or incomplete staining" not to be described; "no subcutaneous trastuzumab product is
    available"; Kadcyla's "metastatic indication only"; "trastuzumab deruxtecan (Enhertu) is only
    given for HER2-positive cancers" (a name with its other name in brackets). Quiet now: "not
    approved for you" (whom a drug is not for), a dose that "is not used in lung cancer",
    "Approved as of Sept 2016: ..." (a list of what was approved by then), a wording said to
    predate a change, what a template's earlier version said. Left: Enhertu "promising new drug" in 2021 filed by its
    writer under the 2022 change; a 2019 news item's "after two or more prior regimens" and a
    2018 post's "carry on with Herceptin ... to complete the year" (both outdated, left unmarked
    by their writers, reported).

    Measured figures, not targets: when a change moves them, update them here."""
    assert_scores(tmp_path, row)


@measured_sets(
    (324, 85, 78, 78, 76, 1),
    (325, 83, 70, 70, 70, 4),
    (326, 85, 79, 79, 79, 2),
    (327, 85, 75, 75, 74, 1),
)
def test_eighty_first_round_blind_sets_held_out(tmp_path: Path, row: Measured) -> None:
    """Sets 324 to 327, written blind with the same briefs at the end of the twenty-second
    session, and HELD OUT: their texts, misses and per-case reports unread.

    Measured on arrival (twenty-second session, 2026-12-06, at 7db637b, after rounds 76 to 78
    were read): 324: 76 of 85 (89.4%), 1 warning on negative lines; 325: 70 of 83 (84.3%), 4;
    326: 79 of 85 (92.9%), 2; 327: 74 of 85 (87.1%), 1. Pooled 299 of 338 (88.5%), 8 warnings
    on negatives. After rounds 79 and 80 were read: unchanged. Seventy-eight held-out rounds; the
    thirty-nine written with rebuilt briefs scored 84.3% to 94.4% on arrival.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)


@measured_sets(
    (328, 83, 74, 74, 69, 3),
    (329, 85, 72, 71, 70, 4),
    (330, 85, 75, 75, 71, 0),
    (331, 84, 78, 78, 76, 1),
)
def test_eighty_second_round_blind_sets_held_out(tmp_path: Path, row: Measured) -> None:
    """Sets 328 to 331, written blind with the same briefs at the start of the twenty-third
    session, and HELD OUT: their texts, misses and per-case reports unread.

    Measured on arrival (twenty-third session, 2026-12-06, at 35a0562, before any of the
    session's changes): 328: 69 of 83 (83.1%), 3 warnings on negative lines; 329: 70 of 85
    (82.4%), 4; 330: 71 of 85 (83.5%), 0; 331: 76 of 84 (90.5%), 1. Pooled 286 of 337 (84.9%),
    8 warnings on negatives. After round 80 was read: unchanged. Seventy-nine held-out rounds;
    the forty written with rebuilt briefs scored 84.3% to 94.4% on arrival.

    Measured figures, not targets: when a change moves them, update them here, and keep the
    sets unread for as long as they are the held-out measurement."""
    assert_scores(tmp_path, row)
