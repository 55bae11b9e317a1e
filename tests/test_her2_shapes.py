"""The shapes in which real HER2 pages and clinicians' notes write outdated statements, each
with hard negatives of the same shape (current, historical, a new trial or setting, another
drug) that must stay quiet.

The shapes are the classes the second blind set (tests/data/her2_blind2.yml) found missing:
absence and restriction ("only", "sole", "no approved ...", "not an option", "only as a
drip", "not used after surgery", "no further HER2 treatment"), clinicians' sequences (arrow
chains, "2L std of care: X", "kept for the third treatment"), table rows read as one
statement, a name split across wikilinks, pending or awaited decisions, and claims tied to a
date that a fact contradicts. Every sentence here was written for this test, in words other
than the blind sets' own, so that a pattern fitted to one sentence fails here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TODAY, medlint

SELECT = "DATE008,DATE010,DATE011"

# (case, article, line, column, code, texts the message must hold: the drug or subject, the
# year of the change and a token of its primary source).
# A numbered list laid out as a sequence of treatment lines (blind round 45).
SEQUENCE = '---\ndate: 2021-04-01\n---\n## If the cancer grows again\n\nThe usual order of treatment is:\n\n1. Perjeta, Herceptin and docetaxel\n2. Kadcyla\n3. Enhertu or tucatinib\n'

OUTDATED = [
    # Blind round 80 (sets 320-323), read, in our own words: a note's verbless "No HER2-directed
    # therapy" after the line that defined the group, a "brand-new FDA approval", T-DXd "given only
    # after at least one line of chemotherapy", "faint or incomplete staining" not to be described,
    # "no subcutaneous trastuzumab product", Kadcyla's "metastatic indication only".
    # (a drug named with its other name in brackets before what is said of it)
    ('a-name-with-its-brand-in-brackets',
     '## My result says HER2-low. Can I have HER2 drugs?\n\nNo. HER2-low (1+, or 2+ with a negative ISH test) counts as HER2-negative, and trastuzumab deruxtecan (Enhertu) is only given for HER2-positive cancers.\n',
     3, 1, 'DATE010', ['2022-08-05', 'DESTINY-Breast04']),
    # (what a recent approval approved, an indication or a combination, is as old as its approval)
    ('a-newly-approved-combination',
     '---\ntitle: Later-line options\ndate: 2020-06-01\n---\n- Neratinib with capecitabine: a newly approved combination (February 2020), based on NALA.\n',
     5, 3, 'DATE008', ['newly approved', '2020-02-25']),
    ('a-newly-approved-indication',
     '---\ntitle: Adjuvant pertuzumab\ndate: 2018-02-01\n---\nThe newly approved adjuvant indication for pertuzumab rests on APHINITY.\n',
     5, 44, 'DATE008', ['newly approved', '2017-12-20']),
    # ("not approved for her HER2-low cancer" is the setting, not whom the drug is not for)
    ('not-approved-for-her-cancer',
     '---\ntitle: Forum\ndate: 2024-03-01\n---\nMy sister asked, but Enhertu is not approved for her HER2-low cancer yet.\n',
     5, 22, 'DATE008', ['not approved', '2022-08-05']),
    ('no-therapy-after-the-definition',
     '---\ntitle: Registrar cheat sheet - HER2\ndate: 2019-06-01\n---\nHER2-LOW\n\n* IHC 1+ or 2+/FISH- = HER2-negative. No HER2-directed therapy; treat by HR status.\n',
     7, 39, 'DATE010', ['2022-08-05', 'HER2-low']),
    ('a-brand-new-approval',
     '---\ntitle: "Journal club: DESTINY-Breast04"\ndate: 2022-08-20\n---\n## Regulatory\n- Brand-new FDA approval on 5 August 2022 for T-DXd, the first ever for HER2-low.\n',
     6, 47, 'DATE008', ['Brand-new FDA approval', '2022-08-05']),
    ('given-only-after-a-line-of-chemotherapy',
     '---\ntitle: HR-positive, HER2-low breast cancer in brief\ndate: 2023-04-01\n---\n## After progression on endocrine therapy\n\n- Once endocrine options run out, start chemotherapy. T-DXd is given only after at least one line of chemotherapy for metastatic disease.\n',
     7, 55, 'DATE010', ['2025-01-27', 'DESTINY-Breast06']),
    ('do-not-describe-faint-or-incomplete-staining',
     '---\ntitle: HER2 report wording\ndate: 2020-03-01\n---\n- Do not describe faint or incomplete staining in IHC 0 cases; it carries no clinical meaning.\n',
     5, 3, 'DATE010', ['2025-01-27', 'ultralow']),
    ('no-subcutaneous-trastuzumab-product',
     '---\ntitle: P&T memo - trastuzumab products\ndate: 2018-03-01\n---\n4. No subcutaneous trastuzumab product is available in the US.\n',
     5, 4, 'DATE010', ['Hylecta', '2019']),
    ('a-metastatic-indication-only',
     '---\ntitle: P&T memo - trastuzumab products\ndate: 2018-03-01\n---\nKadcyla (T-DM1): metastatic indication only; no change.\n',
     5, 1, 'DATE010', ['KATHERINE', '2019-05-03']),
    # Blind round 79 (sets 316-319), read, in our own words: a 2007 page's "the old threshold was
    # 10%", pertuzumab "used only in the metastatic and neoadjuvant settings", T-DXd "approved only
    # in breast, gastric and HER2-mutant lung cancer; ... no approval ... in other organs", "Watch
    # for an FDA decision in 2024".
    ('the-old-threshold-was-10',
     '---\ntitle: Fellows seminar\ndate: 2007-12-01\n---\n- IHC 3+ requires uniform, intense membrane staining of more than 30% of invasive tumour cells (the old threshold was 10%).\n',
     5, 3, 'DATE010', ['Wolff', '2013']),
    ('used-only-in-two-settings',
     '---\ntitle: KB regimens\ndate: 2016-05-01\n---\n- Pertuzumab is used only in the metastatic and neoadjuvant settings.\n',
     5, 3, 'DATE010', ['APHINITY', '2017']),
    ('approved-only-in-three-cancers',
     '---\ntitle: Pan-tumour filing\ndate: 2023-06-01\n---\nAt present, T-DXd is approved only in breast cancer, gastric cancer and HER2-mutant NSCLC; there is no approval for HER2-positive tumours in other organs.\n',
     5, 1, 'DATE010', ['PanTumor02', '2024']),
    ('watch-for-a-decision',
     '---\ntitle: Pan-tumour filing\ndate: 2023-06-01\n---\nWatch for an FDA decision in 2024.\n',
     5, 1, 'DATE011', ['2024-12-31']),
    # Blind round 78: a drug approved long before, denied approval "for this" (the setting of the
    # sentence before): its next approval answers the claim, not its first.
    ('not-yet-approved-for-this',
     '---\ntitle: Hylecta news\ndate: 2019-03-01\n---\nIn the KATHERINE trial, Kadcyla after surgery halved the risk of the cancer coming back. Kadcyla is not yet approved for this, and the FDA is expected to decide in 2019.\n',
     5, 101, 'DATE011', ['2019-05-03', 'residual']),
    # Blind round 78 (sets 312-315), read, in our own words: Enhertu "only for HER2-positive", "does not
    # work for HER2-negative", "no in-between group", "no clinical reason to split 0 from 1+"; the only
    # biosimilar; a decision "expected after public comment, probably in 2024"; "no need to comment on
    # faint staining"; DATE008 on the drug a relative clause or an apposition names; "approved only for
    # certain ... cancers"; "biosimilar" versions under review; a year "the same as those with a
    # pathologic complete response"; a 2007 "now requires ... 30% (previously 10%)".
    ('only-for-her2-positive-cancers',
     '---\ntitle: Enhertu FAQ\ndate: 2020-06-01\n---\n### Can I have Enhertu if my cancer is HER2-low?\nNo. Enhertu is only for HER2-positive cancers.\n',
     6, 1, 'DATE010', ['DESTINY-Breast04', '2022']),
    ('the-first-and-only-biosimilar',
     '---\ntitle: Biosimilars\ndate: 2018-06-01\n---\n- FDA approved 1 December 2017: the first and only trastuzumab biosimilar in the US.\n',
     5, 3, 'DATE010', ['Ogivri', '2017']),
    ('only-one-biosimilar-so-far',
     '---\ntitle: Biosimilars\ndate: 2018-06-01\n---\n- So far only one trastuzumab biosimilar has FDA approval.\n',
     5, 3, 'DATE010', ['Ogivri', '2017']),
    ('expected-after-comment-probably-in-a-year',
     '---\ntitle: Screening draft\ndate: 2023-06-01\n---\n- Final recommendation expected after public comment, probably in 2024.\n',
     5, 24, 'DATE011', ['2024-12-31']),
    ('no-need-to-comment-on-faint-staining',
     '---\ntitle: Path note\ndate: 2024-03-01\n---\n- Report IHC 0 as HER2-negative; no need to comment on faint staining.\n',
     5, 3, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('which-was-only-just-approved',
     '---\ntitle: Forum\ndate: 2017-08-20\n---\n4. After the Herceptin year, consider Nerlynx (neratinib), which was only just approved last month.\n',
     5, 39, 'DATE008', ['Nerlynx', '2017']),
    ('a-brand-new-version-of',
     '---\ntitle: Forum\ndate: 2019-03-10\n---\nJust saw that the FDA approved Herceptin Hylecta, a brand new version of Herceptin you get as a shot.\n',
     5, 32, 'DATE008', ['Hylecta', '2019']),
    ('approved-only-for-certain-cancers',
     '---\ntitle: Press\ndate: 2023-06-01\n---\nEnhertu is currently approved only for certain breast, gastric and lung cancers.\n',
     5, 1, 'DATE010', ['PanTumor02', '2024']),
    ('quoted-biosimilar-versions-under-review',
     '---\ntitle: Newsletter\ndate: 2017-05-01\n---\nSeveral "biosimilar" versions of Herceptin (trastuzumab) are under review by the FDA.\n',
     5, 1, 'DATE010', ['Ogivri', '2017']),
    ('no-clinical-reason-to-split',
     '---\ntitle: Path blog\ndate: 2018-05-01\n---\nThere is no clinical reason to split 0 from 1+, so do not agonise over that call.\n',
     5, 1, 'DATE010', ['DESTINY-Breast04', '2022']),
    ('a-year-the-same-as-after-a-complete-response',
     '---\ndate: 2016-05-01\n---\nPatients with residual invasive disease at surgery should complete a total of one year of trastuzumab, the same as those with a pathologic complete response.\n',
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('no-in-between-group',
     '---\ntitle: Glossary\ndate: 2020-05-01\n---\nHER2 status is either positive or negative; there is no in-between group that changes your options.\n',
     5, 1, 'DATE010', ['DESTINY-Breast04', '2022']),
    ('does-not-work-for-her2-negative',
     '---\ntitle: Glossary\ndate: 2020-05-01\n---\nTrastuzumab deruxtecan (Enhertu) does not work for HER2-negative cancer.\n',
     5, 1, 'DATE010', ['DESTINY-Breast04', '2022']),
    ('now-requires-30-previously-10',
     '---\ntitle: Lab newsletter\ndate: 2007-12-01\n---\n- IHC 3+ now requires uniform, intense membrane staining in more than 30% of invasive tumour cells (previously 10%).\n',
     5, 3, 'DATE010', ['Wolff', '2013']),
    # Blind rounds 76 and 77, in our own words: a drug presented as new with its first label's
    # scope, not a history of that label.
    ('a-new-drug-approved-for-two-or-more',
     '---\ntitle: Secondary breast cancer FAQ\ndate: 2020-05-01\n---\n### What is Enhertu?\nEnhertu is a new drug, approved in December 2019 for people who have already had two or more HER2 treatments.\n',
     6, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    # Blind round 77 (sets 308-311), read, in our own words: chemotherapy a HER2-low patient must
    # already have had, a lab's 0/1+ distinction and faint staining it does not record or document, the
    # only HER2 agent after surgery, approved "but there is no biosimilar on our shelves yet", no other
    # route, acting on a ratio of 1.8-2.2, gynae cancers with no approved option, a tumour-agnostic
    # filing expected, nothing approved beyond one year, neoadjuvant use only, 2007 criteria applied,
    # a 2009 "now recommends" from 50, "her kind of cancer", a list "and then T-DM1", a ratio of 2.2 or
    # less, "settings only", the same whether or not cancer was left, no antibody under the skin, "a
    # recent approval", Phesgo still waiting on approval, a revised guideline under a trial's title.
    ('must-already-have-had-chemotherapy',
     '---\ntitle: HER2-low news\ndate: 2022-09-10\n---\n## When would I have it?\nBefore you can have Enhertu for HER2-low cancer, you must already have had chemotherapy for secondary breast cancer.\n',
     6, 1, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('distinction-has-no-treatment-implication',
     '---\ntitle: HER2 reporting in our lab\ndate: 2012-03-01\n---\n## Scores\n- 0 and 1+ are reported together as "HER2 negative"; the distinction has no treatment implication.\n',
     6, 3, 'DATE010', ['DESTINY-Breast04', '2022']),
    ('faint-staining-not-recorded-separately',
     '---\ntitle: HER2 reporting in our lab\ndate: 2012-03-01\n---\n## Scores\n- Faint staining in fewer than 10% of cells is not recorded separately.\n',
     6, 3, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('nothing-changes-for-treatment',
     '---\ntitle: HER2 testing cheat sheet\ndate: 2011-02-01\n---\n- 1+: faint partial staining in >10% -> negative, clinically just HER2-negative; nothing changes for treatment\n',
     5, 3, 'DATE010', ['DESTINY-Breast04', '2022']),
    ('only-her2-agent-after-surgery',
     '---\ntitle: HER2 basics\ndate: 2007-06-01\n---\n3. Adjuvant\n - Trastuzumab is the only HER2 agent with a role after surgery; nothing else adds to it.\n',
     6, 4, 'DATE010', ['APHINITY', '2017']),
    ('approved-but-none-on-the-shelves-yet',
     '---\ntitle: Resident handbook\ndate: 2018-05-01\n---\n## Formulations\n- Ogivri (trastuzumab-dkst) was approved in December 2017 but there is no biosimilar on our shelves yet.\n',
     6, 3, 'DATE010', ['Ogivri', '2017']),
    ('do-not-document-faint-staining',
     '---\ntitle: HER2 SOP\ndate: 2014-01-01\n---\n- Do not document faint staining in IHC 0 cases; it is not reportable.\n',
     5, 3, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('no-other-route',
     '---\ntitle: Pharmacy notes\ndate: 2008-09-20\n---\nHerceptin comes as a 440 mg vial. It is an IV drug; there is no other route for trastuzumab in the US.\n',
     5, 35, 'DATE010', ['Hylecta', '2019']),
    ('acting-on-a-ratio-of-1-8-to-2-2',
     '---\ntitle: Pharmacy notes\ndate: 2008-09-20\n---\nIf the FISH ratio is 1.8-2.2 we wait for the oncologist to document the decision.\n',
     5, 1, 'DATE010', ['Wolff', '2013']),
    ('no-approved-option-for-gynae-cancers',
     '---\ntitle: Gynae onc HER2 notes\ndate: 2023-04-01\n---\n## Practical\n- There is no approved HER2-directed option for HER2 3+ gynae cancers; use trials.\n',
     6, 3, 'DATE010', ['PanTumor02', '2024']),
    ('tumour-agnostic-filing-expected',
     '---\ntitle: Gynae onc HER2 notes\ndate: 2023-04-01\n---\n## Practical\n- A tumour-agnostic filing based on the basket trial is expected but has not happened yet.\n',
     6, 3, 'DATE010', ['PanTumor02', '2024']),
    ('faint-staining-does-not-change-treatment',
     '---\ntitle: IHC 0 wiki\ndate: 2023-04-01\n---\n- For IHC 0, no further sub-classification is needed, since faint staining does not change treatment.\n',
     5, 3, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('nothing-approved-beyond-one-year',
     '---\ntitle: ExteNET news\ndate: 2017-02-01\n---\nWhy it matters: no agent is currently approved to extend HER2-directed therapy beyond one year of trastuzumab.\n',
     5, 1, 'DATE010', ['ExteNET', '2017']),
    ('approved-only-as-neoadjuvant',
     '---\ntitle: ExteNET news\ndate: 2017-02-01\n---\nUntil then, pertuzumab is approved in early disease only as neoadjuvant therapy.\n',
     5, 1, 'DATE010', ['APHINITY', '2017']),
    ('continue-to-apply-the-2007-criteria',
     '---\ntitle: Path update\ndate: 2013-03-01\n---\n## HER2 scoring\n\nUntil further notice we continue to apply the 2007 ASCO/CAP criteria: IHC 3+ means strong complete staining in >30% of cells.\n',
     7, 1, 'DATE010', ['Wolff', '2013']),
    ('the-2007-guideline-defines',
     '---\ntitle: News roundup\ndate: 2009-11-20\n---\n**HER2 testing.** A reminder that the ASCO/CAP 2007 guideline defines IHC 3+ as strong staining in more than 30% of cells.\n',
     5, 19, 'DATE010', ['Wolff', '2013']),
    ('now-recommends-from-50-no-longer-from-40',
     '---\ndate: 2009-11-20\n---\nThe USPSTF now recommends biennial screening mammography for women aged 50 to 74, no longer routinely from 40.\n',
     4, 1, 'DATE010', ['USPSTF', '2024']),
    ('her-kind-of-cancer',
     '---\ntitle: Diary\ndate: 2023-05-01\n---\nMy friend has HER2-positive bile duct cancer. Enhertu is not approved for her kind of cancer, so she is fighting the insurer.\n',
     5, 47, 'DATE010', ['PanTumor02', '2024']),
    ('third-line-after-a-list-and-then-t-dm1',
     '---\ntitle: Enhertu monograph\ndate: 2020-06-01\n---\n# Trastuzumab deruxtecan (Enhertu)\n\n### Place in therapy\nThird line or later, after trastuzumab/pertuzumab/taxane and then T-DM1.\n',
     8, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('ratio-of-2-2-or-less-not-candidates',
     '---\ntitle: FISH manual\ndate: 2009-04-01\n---\n- Patients whose tumours have a ratio of 2.2 or less are not candidates for trastuzumab.\n',
     5, 3, 'DATE010', ['Wolff', '2013']),
    ('neoadjuvant-settings-only',
     '---\ntitle: Biologics KB\ndate: 2017-08-01\n---\n## Pertuzumab\n- Approved in the metastatic (CLEOPATRA) and neoadjuvant (NeoSphere) settings only.\n',
     6, 3, 'DATE010', ['APHINITY', '2017']),
    ('the-same-whether-or-not-cancer-was-left',
     '---\ntitle: HER2 FAQ\ndate: 2014-05-01\n---\n### How long will I have Herceptin after surgery?\nUsually one year in total. This is the same whether or not cancer was still found at surgery after chemotherapy given beforehand.\n',
     6, 28, 'DATE010', ['KATHERINE', '2019']),
    ('no-anti-her2-antibody-under-the-skin',
     '---\ntitle: Abbreviations\ndate: 2012-09-01\n---\nSC - subcutaneous. No anti-HER2 antibody is available as a subcutaneous injection.\n',
     5, 20, 'DATE010', ['Hylecta', '2019']),
    ('following-the-asco-cap-2007-guideline',
     '---\ntitle: Trastuzumab monograph\ndate: 2008-05-01\n---\n## Patient selection\nHER2-positive means IHC 3+ (intense staining in more than 30% of invasive cells), following the ASCO/CAP 2007 guideline.\n',
     6, 1, 'DATE010', ['Wolff', '2013']),
    ('a-recent-approval',
     '---\ntitle: Biosimilars KB\ndate: 2019-05-01\n---\n## Related agents\nPertuzumab for adjuvant therapy (APHINITY) is a recent approval that will add to costs.\n',
     6, 1, 'DATE008', ['Pertuzumab', '2017']),
    ('phesgo-still-waiting-on-approval',
     '---\ntitle: Forum\ndate: 2020-03-01\n---\n**hawk:**\nA Herceptin-plus-Perjeta injection called Phesgo is still waiting on FDA approval.\n',
     6, 53, 'DATE011', ['Phesgo', '2020']),
    ('revised-guideline-expected-under-a-trial-title',
     '---\ntitle: "Journal club: NeoSphere"\ndate: 2013-04-01\n---\n# Journal club: NeoSphere\n\n- ASCO/CAP are expected to publish a revised HER2 testing guideline later this year.\n',
     7, 16, 'DATE011', ['ASCO/CAP HER2 testing guideline update', '2013']),
    # Blind round 76 (sets 304-307), read, in our own words: an ordered list's "Second:" and "Third
    # and after:", approval not yet led to, a final version expected after a narrated draft, a
    # table's "spread only", labs that follow the guideline published in 2007, "per ASCO/CAP 2007:",
    # THP → T-DM1, a decision awaited after a basket trial, a narrated approval then "– it is now the
    # standard", "a couple of years", "readout possibly next year", a trial labelling its arms,
    # nothing to follow the year, a page's drug after what came before it.
    ('second-in-an-ordered-list',
     '---\ntitle: Kadcyla and what comes next\ndate: 2020-06-02\n---\n# Kadcyla and what comes next\n\nDoctors usually go through the drugs in this order:\n\n1. First: Phesgo or Herceptin with Perjeta, plus docetaxel\n2. Second: Kadcyla (T-DM1)\n3. Third and after: Enhertu, or tucatinib with Herceptin and capecitabine\n',
     10, 4, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('no-approval-yet-from-the-basket-trial',
     '---\ntitle: HER2 in other cancers\ndate: 2023-09-01\n---\n# HER2 in other cancers\n\nA basket trial is testing Enhertu across many HER2-positive cancers, and the results have not yet led to an approval.\n',
     7, 1, 'DATE010', ['PanTumor02', '2024']),
    ('draft-published-and-final-expected',
     '---\ntitle: Mammogram questions\ndate: 2023-08-10\n---\n### When should I start having mammograms?\n\nIn May 2023 the task force published a draft plan to begin at 40, and its final recommendation is expected later.\n',
     7, 1, 'DATE010', ['USPSTF', '2024']),
    ('spread-only-in-a-table',
     '---\ntitle: HER2 medicines in brief\ndate: 2017-09-20\n---\n| Medicine | How you have it | When it is used |\n|---|---|---|\n| Kadcyla (T-DM1) | Drip into a vein | Cancer that has spread only |\n',
     7, 3, 'DATE010', ['KATHERINE', '2019']),
    ('labs-follow-the-guideline-of-2007',
     '---\ntitle: HER2 testing\ndate: 2011-05-01\n---\n## Which rules do labs use?\n\nMost US labs follow the joint ASCO/CAP HER2 testing guideline published in 2007.\n',
     7, 1, 'DATE010', ['Wolff', '2013']),
    ('per-asco-cap-2007',
     '---\ndate: 2009-04-01\n---\n**Results to chase**\n- HER2 per ASCO/CAP 2007: IHC 3+ = strong complete staining in >30% of cells.\n',
     5, 3, 'DATE010', ['Wolff', '2013']),
    ('first-line-then-t-dm1',
     '---\ndate: 2015-08-01\n---\n## HER2+ basics\n- Metastatic: THP → T-DM1 → lapatinib/cape or trastuzumab with another chemo.\n',
     5, 3, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('decision-awaited-after-the-basket-trial',
     '---\ndate: 2023-05-01\n---\n## Patient A, 61M, gallbladder\n- DESTINY-PanTumor02 gave responses in about a third across tumour types; a regulatory decision is still awaited.\n',
     5, 3, 'DATE010', ['PanTumor02', '2024']),
    ('approved-then-now-the-standard',
     '---\ndate: 2013-11-01\n---\n## HER2 update\n- T-DM1 (Kadcyla) was approved in Feb 2013 for MBC after trastuzumab + taxane (EMILIA) – it is now the standard second line.\n',
     5, 3, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('expected-in-the-next-couple-of-years',
     '---\ntitle: Conference notes\ndate: 2016-12-15\n---\nThe KATHERINE study of T-DM1 after surgery has completed accrual, and results are expected in the next couple of years.\n',
     5, 83, 'DATE011', ['KATHERINE', '2019']),
    ('approved-in-a-couple-of-years',
     '---\ntitle: Dad and lung cancer\ndate: 2022-03-01\n---\n* His doctor said Enhertu could be approved for lung cancer in a couple of years.\n',
     5, 27, 'DATE011', ['Enhertu', '2022']),
    ('readout-possibly-next-year',
     '---\ntitle: What to watch\ndate: 2021-05-01\n---\n- DESTINY-Breast04 (HER2-low) has finished enrolling; readout possibly next year.\n',
     5, 55, 'DATE011', ['DESTINY-Breast04', '2022']),
    ('trial-labelling-its-arms',
     '---\ntitle: Neratinib monograph\ndate: 2016-10-01\n---\n## Evidence\n\n- **NALA:** neratinib + capecitabine vs lapatinib + capecitabine after two or more HER2 regimens; enrolment is continuing and results are pending.\n',
     7, 5, 'DATE010', ['NALA', '2020']),
    ('nothing-to-follow-the-year',
     '---\ntitle: Adjuvant HER2 summary\ndate: 2016-05-01\n---\n### What comes next\n\n- No therapy is approved to follow the year of trastuzumab.\n',
     7, 3, 'DATE010', ['ExteNET', '2017']),
    ('preferred-after-what-came-before',
     '---\ntitle: "Kadcyla (ado-trastuzumab emtansine) monograph"\ndate: 2017-04-01\n---\n### Place in therapy\n\n- Preferred second-line treatment for HER2-positive metastatic disease after trastuzumab plus pertuzumab and a taxane (EMILIA).\n',
     7, 3, 'DATE010', ['DESTINY-Breast03', '2022']),
    # Blind round 75 (sets 300-303), read, in our own words: pertuzumab with 'no place in adjuvant
    # treatment', going on to trastuzumab alone to complete the year after treatment before surgery.
    ('no-place-in-adjuvant-treatment',
     '---\ndate: 2015-05-12\n---\n## Case 2\n- After surgery: pertuzumab stops — it has no place in adjuvant treatment.\n',
     5, 3, 'DATE010', ['APHINITY', '2017']),
    ('go-on-to-trastuzumab-alone',
     '---\ntitle: Pertuzumab monograph\ndate: 2014-04-02\n---\n## Use before surgery\nPatients who finish neoadjuvant THP go on to trastuzumab alone to complete one year.\n',
     6, 1, 'DATE010', ['KATHERINE', '2019']),
    # Blind round 74 (sets 296-299), read, in our own words: a year completed after residual disease,
    # a body's version in a table row ("USPSTF 2016"), nothing else licensed after the year, an entry
    # of the page's own year that is not final yet, an approval joined to a present "slots in",
    # HER2-low treated as HER2-0, "sits after T-DM1", a formulary restriction, a US product awaited,
    # "30 out of every 100", "should be approved sometime in 2020", an expectation on the line after
    # a semicolon.
    # (a case's discussion that ends in the board's consensus is its plan, read with the case)
    ('discussion-consensus-in-a-case',
     '---\ntitle: Breast MDT\ndate: 2017-10-03\n---\n## Case 2 — 51F, cT2 N1, HER2 3+\n- Surgery after TCHP: 12 mm of invasive cancer left.\n- Discussion: residual disease after TCHP. Consensus = complete 1 yr of trastuzumab as planned.\n\n**Outcome:** trastuzumab to complete 17 cycles.\n',
     7, 44, 'DATE010', ['KATHERINE', '2019']),
    ('completes-the-yr',
     '---\ndate: 2017-03-02\n---\n# HER2+ early breast cancer\n\n## Usual path\n1. Chemotherapy with trastuzumab before surgery\n2. Surgery\n3. If cancer remains at surgery: everybody simply completes the yr of trastuzumab.\n',
     9, 4, 'DATE010', ['KATHERINE', '2019']),
    ('body-and-year-in-a-row',
     '---\ndate: 2019-08-14\n---\n| Body | Age to start | Interval |\n|---|---|---|\n| USPSTF 2016 | 50 (40-49 individual) | q2y |\n',
     6, 3, 'DATE010', ['USPSTF', '2024']),
    ('nothing-else-licensed-after-the-year',
     '---\ndate: 2015-10-02\n---\n## Our take\n- Once a woman has completed her year of trastuzumab, nothing else is licensed to cut the risk of relapse.\n',
     5, 3, 'DATE010', ['ExteNET', '2017']),
    ('own-year-entry-not-final-yet',
     '---\ndate: 2023-07-03\n---\n## Mammography\n- June 2023: USPSTF posted a draft moving the start to 40, not final yet, so keep using 50 until it is.\n',
     5, 3, 'DATE010', ['USPSTF', '2024']),
    ('received-approval-and-slots-in',
     '---\ndate: 2019-12-28\n---\n## Context\n- T-DXd has just received accelerated approval and slots in as a third-line option.\n',
     5, 3, 'DATE010', ['one prior', '2022']),
    ('her2-low-same-way-as-zero',
     '---\ndate: 2020-04-09\n---\n# Your HER2 score\n\nHER2-low cancers are treated the same way as HER2-0 disease.\n',
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2022-08-05']),
    ('sits-after-tdm1',
     '---\ntitle: Enhertu\ndate: 2020-02-14\n---\n# Enhertu\n\n## Place in therapy\nSo it sits after T-DM1 in the usual sequence.\n',
     8, 1, 'DATE010', ['one prior', '2022']),
    ('restricted-to-metastatic-on-formulary',
     '---\ndate: 2017-11-30\n---\n## Reminders\n- Kadcyla remains restricted on our formulary to metastatic disease.\n',
     5, 3, 'DATE010', ['KATHERINE', '2019']),
    ('until-a-us-product-is-approved',
     '---\ndate: 2018-09-12\n---\n**Recommendation:** No change. Until a US product is approved, all trastuzumab continues to be given IV.\n',
     4, 32, 'DATE010', ['Hylecta', '2019']),
    ('thirty-out-of-every-hundred',
     '---\ndate: 2009-02-01\n---\n**3+**: strong complete staining in more than 30 out of every 100 cancer cells.\n',
     4, 3, 'DATE010', ['ASCO/CAP', '2013']),
    ('should-be-approved-sometime',
     '---\ndate: 2019-12-20\n---\n## Pipeline\n- Tucatinib (HER2CLIMB) should be approved sometime in 2020.\n',
     5, 25, 'DATE011', ['HER2CLIMB', '2020']),
    ('expectation-after-a-semicolon-line',
     '---\ndate: 2019-01-18\n---\n## HER2CLIMB\n\nTucatinib is a tablet being tested with trastuzumab and capecitabine in the HER2CLIMB trial;\nresults are expected later this year.\n',
     7, 1, 'DATE011', ['HER2CLIMB', '2020']),
    # Blind round 73 (sets 292-295), read, in our own words: no HER2 drug "that gets into the
    # brain", "only licensed for use before surgery", "preferred ... once the cancer has grown",
    # a board's "T-DM1 (2L std)", reminders that "start at 50", "over 2.2 on the ratio", "until it
    # is finalized", "Subcutaneous pertuzumab: no product is approved".
    ('no-her2-drug-gets-into-brain',
     '---\ndate: 2019-09-22\n---\n# Treatment lines\n\nIf you have brain mets, ask about radiotherapy'
     " first. There isn't really a HER2 drug that gets into the brain well except maybe Tykerb.\n",
     6, 55, 'DATE010', ['2020-04-17', 'HER2CLIMB']),
    ('licensed-for-use-before-surgery',
     '---\ndate: 2018-02-15\n---\n# After your operation\n\nPerjeta is only licensed for use before'
     ' surgery, so it is stopped after your operation.\n',
     6, 1, 'DATE010', ['2017-12-20', 'APHINITY']),
    ('preferred-once-grown',
     '---\ndate: 2014-05-30\n---\n# Kadcyla\n\nKadcyla is a targeted drug for secondary breast cancer. It'
     ' is the preferred treatment once the cancer has grown on Herceptin-based treatment.\n',
     6, 57, 'DATE010', ['2022-05-04', 'DESTINY-Breast03']),
    ('board-row-2l-std',
     '---\ndate: 2017-04-19\n---\n| # | Pt | Dx | Sites | Plan |\n|---|---|---|---|---|\n| 4 | 47F | HER2+'
     ' MBC, prog on THP | liver mets | T-DM1 (2L std) |\n',
     6, 3, 'DATE010', ['2022-05-04', 'DESTINY-Breast03']),
    ('reminders-start-at-50',
     '---\ndate: 2021-10-04\n---\n# Breast screening in our practice\n\nWe offer mammograms from 40 to'
     ' anyone who wants one, and our automatic reminders start at 50.\n',
     6, 1, 'DATE010', ['2024-04-30', 'USPSTF']),
    ('over-2-2-on-the-ratio',
     '---\ndate: 2010-05-01\n---\nIf you get a 2+ they do FISH, and anything over 2.2 on the ratio means'
     ' positive.\n',
     4, 1, 'DATE010', ['2013-10-07', 'ASCO/CAP']),
    ('until-it-is-finalized',
     '---\ndate: 2023-06-12\n---\n# Screening\n\nIn May 2023 the USPSTF released a draft recommendation to'
     ' begin screening at 40. Until it is finalized, we will continue to follow the current'
     ' guideline.\n',
     6, 82, 'DATE010', ['2024-04-30', 'USPSTF']),
    ('subcutaneous-pertuzumab-none',
     '---\ndate: 2019-05-20\n---\n# Formulary\n\n- Subcutaneous pertuzumab: no product is approved;'
     ' pertuzumab is IV only.\n',
     6, 3, 'DATE010', ['2020-06-29', 'BLA 761170']),
    # Blind round 72 (sets 288-291), read, in our own words: "including ultralow - can't have", a
    # regimen's partners after "+" and in brackets, a ratio "in the grey zone", a denial before the
    # drug ("pending FDA review, neratinib with ..."), "no other HER2 drug approved for stomach
    # cancer", a filing "in the coming years", "other drugs first, such as Kadcyla, and Enhertu
    # later", HER2 tests only for two cancers, a trial's "it is being tested", "T-DXd now 3L".
    ('score-0-including-ultralow',
     '---\ndate: 2024-06-10\n---\n## HER2-ultralow\n\nAt the moment, people with a score of 0 - including'
     " ultralow - can't have Enhertu.\n",
     6, 1, 'DATE010', ['2025-01-27', 'DESTINY-Breast06']),
    ('just-got-approved',
     '---\ndate: 2020-11-14\n---\nNext could be tucatinib + Herceptin + Xeloda, which just got approved'
     ' in April.\n',
     4, 15, 'DATE008', ['tucatinib', '2020-04-17']),
    ('ratio-lands-in-grey-zone',
     '---\ndate: 2011-03-02\n---\nMy FISH ratio was 2.1. So 2.1 lands in the grey zone, they said.\n',
     4, 24, 'DATE010', ['2013-10-07', 'ASCO/CAP']),
    ('not-something-she-can-prescribe',
     '---\ndate: 2024-08-12\n---\nMy oncologist mentioned DESTINY-Breast06, which looked at'
     ' HER2-ultralow, but that is trial data and not something she can prescribe.\n',
     4, 1, 'DATE010', ['2025-01-27', 'DESTINY-Breast06']),
    ('tested-with-in-brackets',
     '---\ndate: 2019-06-20\n---\nTucatinib is a pill that seems to reach the brain. It is being tested'
     ' in a trial called HER2CLIMB (with Herceptin and Xeloda).\n',
     4, 52, 'DATE010', ['2020-04-17', 'HER2CLIMB']),
    ('pending-before-the-combination',
     '---\ndate: 2020-03-01\n---\nThe later-line field now includes tucatinib and, pending FDA review,'
     ' neratinib with capecitabine.\n',
     4, 1, 'DATE010', ['2020-02-25', 'NALA']),
    ('no-other-her2-drug-for-stomach',
     '---\ndate: 2019-02-15\n---\nIf the first treatment stops working, there is no other HER2 drug'
     ' approved for stomach cancer.\n',
     4, 1, 'DATE010', ['2021-01-15', 'DESTINY-Gastric01']),
    ('filing-expected-in-coming-years',
     '---\ndate: 2021-05-06\n---\nT-DXd got Breakthrough Therapy designation for HER2-mutant lung cancer'
     ' in 2020; a filing is expected in the coming years.\n',
     4, 83, 'DATE011', ["'filing is expected in the coming years'", 'has passed']),
    ('other-drugs-first-such-as-kadcyla',
     '---\ndate: 2022-03-01\n---\nIf you have just started treatment for advanced cancer, you will'
     ' usually have other HER2 drugs first, such as Kadcyla, and Enhertu later.\n',
     4, 1, 'DATE010', ['2022-05-04', 'DESTINY-Breast03']),
    ('her2-tests-only-breast-and-stomach',
     '---\ndate: 2019-07-03\n---\nHER2 tests are only used for breast and stomach cancers.\n',
     4, 1, 'DATE010', ['2024-04-05', 'DESTINY-PanTumor02']),
    ('aphinity-its-being-tested',
     '---\ndate: 2012-02-16\n---\nPertuzumab works alongside Herceptin. In the APHINITY trial it is'
     ' being tested after surgery for early breast cancer.\n',
     4, 39, 'DATE010', ['2017-12-20', 'APHINITY']),
    ('neratinib-not-for-mbc-row',
     '---\ntitle: Treatments\n---\n| Drug | Form | Use |\n|---|---|---|\n| Neratinib (Nerlynx) | Tablets |'
     ' Only after early breast cancer, not for MBC |\n',
     6, 3, 'DATE010', ['2020-02-25', 'NALA']),
    ('after-thp-tdm1-tdxd-now-3l',
     '---\ndate: 2019-12-14\n---\n- After THP, T-DM1 remains 2L standard; T-DXd now the 3L choice.\n',
     4, 3, 'DATE010', ['2022-05-04', 'DESTINY-Breast03']),
    # Blind round 71 (sets 284-287), its misses read, in our own words: a newsletter's entry that
    # opens with the words under a drug's heading, a trial "which is testing" it, the only ADC, the
    # year of Herceptin "whatever happens at surgery", a clinic template's "q2y starting 50", the
    # 2007 2+ band, a PDUFA month, a foreseen FDA action, a route with no injection form.
    ('newsletter-pill-under-heading',
     '---\ndate: 2021-02-01\n---\n# What is new\n\n### Tukysa (tucatinib)\nA new pill approved in April for'
     ' HER2-positive breast cancer that has spread. It is taken with Herceptin and Xeloda.\n',
     7, 3, 'DATE008', ['tucatinib', '2020-04-17', 'NDA 213411']),
    ('newsletter-injection-that-combines',
     '---\ndate: 2021-02-01\n---\n# What is new\n\n### Phesgo\nA brand-new injection that combines Perjeta'
     ' and Herceptin in one shot under the skin.\n',
     7, 9, 'DATE008', ['Phesgo', '2020-06-29', 'BLA 761170']),
    ('newsletter-newest-antibody',
     '---\ndate: 2021-02-01\n---\n# What is new\n\n### Margenza (margetuximab)\nThe newest HER2 antibody,'
     ' approved in December after two earlier HER2 treatments.\n',
     7, 5, 'DATE008', ['margetuximab', '2020-12-16', 'BLA 761150']),
    ('newsletter-recently-approved-then-named',
     '---\ndate: 2021-02-01\n---\n# What is new\n\n### Nerlynx (neratinib) + Xeloda\nRecently approved for'
     ' metastatic disease after two or more HER2 regimens. Nerlynx was already used after a year of'
     ' Herceptin.\n',
     7, 1, 'DATE008', ['neratinib', '2020-02-25', 'NDA 208051']),
    ('aphinity-which-is-testing',
     '---\ndate: 2015-04-02\n---\nPerjeta is approved for stage 4 and before surgery. Your sister may be'
     ' in APHINITY, which is testing exactly that.\n',
     4, 53, 'DATE010', ['2017-12-20', 'APHINITY']),
    ('now-the-standard-after-herceptin-and-a-taxane',
     '---\ndate: 2014-03-02\n---\nYour doctor may first offer Kadcyla, which is now the standard'
     ' treatment after Herceptin and a taxane for secondary breast cancer.\n',
     4, 1, 'DATE010', ['2022-05-04', 'DESTINY-Breast03']),
    ('only-adc-approved',
     '---\ndate: 2018-06-01\n---\n- Discussion: T-DM1 remains the only ADC with approval in HER2+'
     ' breast.\n',
     4, 3, 'DATE010', ['2019-12-20', 'BLA 761139']),
    ('full-year-whatever-happens-at-surgery',
     '---\ndate: 2010-03-01\n---\nEveryone with HER2+ does the full year of Herceptin whatever happens'
     ' at surgery.\n',
     4, 1, 'DATE010', ['2019-05-03', 'KATHERINE']),
    ('finish-the-year-kadcyla-for-stage-4',
     '---\ndate: 2018-11-01\n---\nStandard practice is still to finish your year of Herceptin whatever'
     ' the path shows -- Kadcyla is for stage 4.\n',
     4, 1, 'DATE010', ['2019-05-03', 'KATHERINE']),
    ('carry-on-after-surgery-to-complete-the-year',
     '---\ndate: 2016-01-10\n---\nIf you had chemotherapy and Herceptin before your operation, you will'
     ' carry on with Herceptin after surgery to complete the year.\n',
     4, 1, 'DATE010', ['2019-05-03', 'KATHERINE']),
    ('mammo-q2y-under-a-subheading',
     '---\ndate: 2023-05-11\n---\n# Breast screening: the 2023 draft\n\n## Clinic templates\n- Reminder'
     ' still set to mammo q2y starting 50 for now.\n',
     7, 3, 'DATE010', ['2024-04-30', 'USPSTF']),
    ('two-plus-thirty-percent-of-cells-or-fewer',
     '---\ndate: 2011-09-01\n---\n# Scoring\n\n- **2+**: weak to moderate complete staining in more than'
     ' 10% of cells, or strong complete staining in 30% of cells or fewer\n',
     6, 5, 'DATE010', ['2013-10-07', 'ASCO/CAP']),
    ('a-negative-result-no-her2-medicine',
     '---\ndate: 2014-05-01\n---\n# HER2 ISH results\n\n## What negative means\nA negative result means the'
     ' cancer will not benefit from any HER2-targeted medicine.\n',
     7, 1, 'DATE010', ['2022-08-05', 'HER2-low']),
    ('pdufa-month-passed',
     '---\ndate: 2022-06-05\n---\n# Meeting notes\n\n- Trastuzumab duocarmazine: BLA accepted; PDUFA May'
     ' 2023.\n',
     6, 43, 'DATE011', ["'PDUFA May 2023'", 'has passed']),
    ('may-see-fda-action-in-a-year',
     '---\ndate: 2023-12-11\n---\n# Meeting notes\n\n- T-DXd in IHC 3+ solid tumours: we may see FDA'
     ' action on a tumour-agnostic indication in 2024.\n',
     6, 37, 'DATE011', ['2024-04-05', 'T-DXd']),
    ('no-subcutaneous-formulation-is-available',
     '---\ndate: 2012-02-10\n---\n# Trastuzumab (Herceptin)\n\n**Route:** IV infusion only; no'
     ' subcutaneous formulation is available.\n',
     6, 3, 'DATE010', ['2019-02-28', 'Hylecta']),
    ('go-in-by-iv-no-shot-version',
     '---\ndate: 2016-05-03\n---\nHerceptin is still expensive here. And it has to go in by IV in the'
     ' states -- no shot version -- so plan for chair time.\n',
     4, 36, 'DATE010', ['2019-02-28', 'Hylecta']),
    ('no-other-tki-lapatinib-the-only-one',
     '---\ndate: 2017-09-12\n---\n# Metastatic\n1. 1L: THP\n2. 3L+: lapatinib + capecitabine\n3. No other'
     ' HER2 TKI outside trials; lapatinib is the only one.\n',
     7, 4, 'DATE010', ['2020-04-17', 'tucatinib']),
    ('trastuzumab-dm1-in-phase-2',
     '---\ndate: 2008-10-06\n---\n# Pipeline\n\n**Trastuzumab-DM1**, an antibody-drug conjugate, is in'
     ' phase 2 for heavily pretreated disease.\n',
     6, 3, 'DATE010', ['2013-02-22', 'BLA 125427']),
    ('combo-named-by-its-three-parts',
     '---\ndate: 2021-03-01\n---\n# Subcutaneous combination\n\nThe new fixed-dose combo of [[pertuzumab]]'
     ' + [[trastuzumab]] + hyaluronidase, recently approved in June 2020.\n',
     6, 31, 'DATE008', ['Phesgo', '2020-06-29']),
    # Blind round 70 (sets 280-283), in our own words: a numbered list after "the order of
    # treatment", a paragraph's bold lead that sets the scene for the sentence after it.
    ('order-of-treatment',
     '---\ndate: 2020-06-01\n---\nThe order of HER2 treatment for secondary breast cancer is usually:\n\n'
     '1. Herceptin and Perjeta with chemotherapy\n2. Kadcyla\n3. Enhertu\n',
     7, 4, 'DATE010', ['2022-05-04', 'DESTINY-Breast03']),
    ('bold-lead-sets-the-scene',
     '---\ndate: 2018-06-01\n---\n**If some cancer is left after surgery.** You simply keep going with Herceptin '
     'until the year is up.\n',
     4, 43, 'DATE010', ['2019-05-03', 'KATHERINE']),
    # Blind round 69 (sets 276-279), in our own words: the next treatment once the cancer grows
    # "while you are on" the first, "no approved role" in early disease, an "injectable" form.
    ('grows-while-on',
     '---\ndate: 2019-03-01\n---\nIf the cancer grows while you are still on Herceptin and Perjeta, the usual next treatment is Kadcyla.\n',
     4, 1, 'DATE010', ['2022-05-04', 'DESTINY-Breast03']),
    ('no-approved-role-early',
     '---\ndate: 2018-05-01\n---\n- Kadcyla has no approved role in early breast cancer.\n',
     4, 3, 'DATE010', ['2019-05-03', 'KATHERINE']),
    ('injectable-not-here',
     '---\ndate: 2017-04-01\n---\nThe injectable Herceptin is not available in the US yet, only the drip.\n',
     4, 1, 'DATE010', ['2019-02-28', 'Hylecta']),
    # Blind round 68 (sets 272-275), in our own words: a pending review said of the product a
    # pipeline note's heading names.
    ('under-priority-review-line',
     '---\ndate: 2020-04-20\n---\n## Pertuzumab + trastuzumab SC (fixed dose)\n- Non-inferior levels to IV in its trial\n'
     '- Under FDA priority review; not on our formulary yet\n- Would free up chair time\n',
     6, 3, 'DATE010', ['2020-06-29', 'BLA 761170']),
    # Blind round 67 (sets 268-271), in our own words: the product said to be a new way.
    ('a-new-way-to-have',
     '---\ndate: 2020-08-01\n---\n# Phesgo\n\nPhesgo is a new way to have both antibodies: one injection under the skin.\n',
     6, 1, 'DATE008', ['Phesgo', "'new'", '2020-06-29']),
    # Blind round 66 (sets 264-267), in our own words: a recent approval "for use with" its
    # partner, a glossary's subjectless "An investigational ...", "There isn't an injection form".
    ('recently-approved-for-use',
     '---\ndate: 2020-06-01\n---\n# In the news\n\nNeratinib, recently approved for use with capecitabine for advanced disease, is another tablet to ask about.\n',
     6, 1, 'DATE008', ['Neratinib', '2020-02-25']),
    ('glossary-investigational-article',
     '# Terms\n\n**T-DXd** - trastuzumab deruxtecan (Enhertu). An investigational antibody-drug conjugate in trials.\n',
     3, 50, 'DATE008', ['T-DXd', "'investigational'", '2019-12-20']),
    ('isnt-an-injection-form',
     "# Herceptin\n\nYou have Herceptin as a drip every three weeks. There isn't an injection form, so plan for a long first visit.\n",
     3, 49, 'DATE010', ['subcutaneous', '2019']),
    # Blind round 59 (sets 236-239), in our own words: a table with a column per drug says each
    # cell of its drug ("| Line | 3L+ after two regimens |" under Enhertu's column).
    # (a sentence wrapped over lines is reported from the line that holds its statement)
    ('wrapped-statement-line',
     '---\ndate: 2019-01-15\n---\nKadcyla is a drip given every three weeks, and\nit is only given to people whose breast cancer has spread.\n',
     5, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('drug-column-third-line',
     '---\ndate: 2021-11-01\n---\n| | Kadcyla | Enhertu |\n|---|---|---|\n| Dose | 3.6 mg/kg | 5.4 mg/kg |\n'
     '| Line | see its leaflet | third line or later |\n',
     7, 3, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    # Blind round 58 (sets 232-235), in our own words: Kadcyla "only given to people whose cancer
    # has spread", then "For most people it is the standard next treatment" and "It is not used
    # for early breast cancer" (a pronoun after an opening phrase, a pronoun after a pronoun);
    # Perjeta "not for adjuvant use"; a statement both of T-DXd's later approvals contradict.
    ('only-given-to-people-whose',
     '---\ndate: 2019-01-15\n---\n## Who has Kadcyla?\n\nKadcyla is only given to people whose breast cancer has spread.\n',
     6, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('for-most-people-it',
     '---\ndate: 2019-01-15\n---\nKadcyla is a drip given every three weeks. For most people it is the standard next treatment once Herceptin stops working.\n',
     4, 44, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('pronoun-after-pronoun',
     '---\ndate: 2019-01-15\n---\nKadcyla is a drip given every three weeks. It takes about an hour and a half at first. '
     'It is not used for early breast cancer.\n',
     4, 88, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('not-for-adjuvant-use',
     '---\ndate: 2016-03-01\n---\n## Perjeta\n\n- Not for adjuvant use; stop it at surgery.\n',
     6, 3, 'DATE010', ['APHINITY', '2017']),
    ('keep-going-without-pcr',
     "---\ndate: 2019-01-20\n---\nFor people who don't get a pCR there is nothing extra outside a trial; the standard is just to keep going with Herceptin.\n",
     4, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('history-section-yet',
     "---\ndate: 2018-11-01\n---\n## A bit of history\n\nHerceptin was approved in 1998. My pharmacist says there's no cheaper copy of Herceptin yet.\n",
     6, 33, 'DATE010', ['biosimilar', '2017']),
    ('she-said-its-only',
     "---\ndate: 2020-06-01\n---\nWhat about Enhertu? She said it's only approved after two or more anti-HER2 treatments for spread cancer.\n",
     4, 21, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('approved-only-for-positive-under-low-question',
     '---\ndate: 2021-06-01\n---\n### Is Enhertu approved for HER2-low cancer?\n\nNo. Enhertu is approved only for HER2-positive breast cancer.\n',
     6, 1, 'DATE010', ['HER2-low', '2022', 'DESTINY-Breast04']),
    ('experimental-for-lung-and-other-cancers',
     '---\ndate: 2021-03-01\n---\n## Enhertu\n\n- Still considered experimental for lung cancer and for other cancers with HER2 changes.\n',
     6, 3, 'DATE010', ['lung cancer', '2022', 'solid tumours', '2024']),
    # Blind round 57 (sets 228-231), in our own words: "drugs for HER2-low cancers are still
    # experimental", "restricted to metastatic and neoadjuvant use only", "no standard targeted
    # option for HER2-mutant NSCLC", "trial supply only" under a drug's heading, "If your result
    # is 0, there is no HER2-targeted drug", "anti-HER2 therapy isn't indicated" for 1+.
    ('drugs-for-her2-low-experimental',
     '---\ndate: 2021-02-01\n---\nMedicines for HER2-low cancers are still experimental and are given only in trials.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast04']),
    ('restricted-to-metastatic-and-neoadjuvant',
     '---\ndate: 2016-05-01\n---\n- Perjeta: restricted to metastatic and neoadjuvant use only.\n',
     4, 3, 'DATE010', ['APHINITY', '2017']),
    ('no-standard-targeted-option',
     '---\ndate: 2021-09-01\n---\n## Our practice\n\n- For now, no standard targeted option for HER2-mutant lung cancer after chemo.\n',
     6, 3, 'DATE010', ['non-small cell lung cancer', '2022']),
    ('trial-supply-only',
     '---\ndate: 2019-09-01\n---\n## Tucatinib\n\n- Trial supply only; not on the formulary.\n',
     6, 3, 'DATE010', ['tucatinib', '2020', 'HER2CLIMB']),
    ('result-is-0-no-drug',
     '---\ndate: 2024-03-01\n---\nIf your result is 0, there is no HER2-targeted drug you can have.\n',
     4, 1, 'DATE010', ['ultralow', '2025']),
    ('same-as-if-pcr',
     "---\ndate: 2018-10-01\n---\n## Residual cancer after surgery\n\nMy doctor says the plan is the same as if I'd had pCR: finish the year of Herceptin.\n",
     6, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('without-pcr-full-year',
     "---\ndate: 2018-10-01\n---\nThere is nothing different for people without pCR; you finish the full year of Herceptin whatever the surgery shows.\n",
     4, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('only-after-those',
     '---\ndate: 2019-04-01\n---\nThe plan is Kadcyla first, then lapatinib, and only after those would Enhertu be an option.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('opening-phrase-subject',
     '---\ndate: 2018-06-01\n---\n## Uses\n\nIn the US, Kadcyla was approved in 2013 for people who had already had Herceptin and a taxane.\n\n'
     'It is the standard second-line treatment once the cancer grows on Herceptin, Perjeta and a taxane.\n',
     8, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('third-line-then-preferred',
     '---\ntitle: Enhertu monograph\ndate: 2021-02-01\n---\n## Place in therapy\n\nKeep for third line, after THP and Kadcyla; Kadcyla stays preferred at first progression.\n',
     7, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('therapy-isnt-indicated-for-1plus',
     "---\ndate: 2021-06-01\n---\nA score of 1+ is called HER2-negative and anti-HER2 therapy isn't indicated.\n",
     4, 1, 'DATE010', ['HER2-low', '2022']),
    # Blind round 56 (sets 224-227), in our own words: neratinib "isn't a metastatic drug" and "has
    # no metastatic indication", "not funded or licensed after surgery".
    ('not-a-metastatic-drug',
     "---\ndate: 2018-05-01\n---\nNerlynx was approved last summer, but only after a year of Herceptin. It isn't a metastatic drug.\n",
     4, 71, 'DATE010', ['NALA', '2020']),
    ('no-metastatic-indication',
     '---\ntitle: Neratinib update\ndate: 2020-01-15\n---\n\n- Extended adjuvant use only. It has no metastatic indication.\n',
     6, 3, 'DATE010', ['NALA', '2020']),
    ('not-funded-or-licensed-after-surgery',
     '---\ndate: 2018-03-14\n---\n- Pertuzumab stops at surgery: not funded or licensed after surgery.\n',
     4, 3, 'DATE010', ['APHINITY', '2017']),
    # Blind round 55 (sets 220-223), in our own words: "until it is approved", "only obtainable
    # within that trial", "outside breast and stomach cancer ... approved", "none of these
    # HER2-positive tumours has an approved ...", "no approved therapeutic use outside breast and
    # gastric", "no under-the-skin injection form", "women 40-49 decide with their doctor", "one
    # every two years from age 50", T-DM1 "preferred when ... grows on Herceptin".
    ('until-it-is-approved',
     '---\ntitle: HER2CLIMB journal club\ndate: 2019-12-18\n---\n\n- Tucatinib: until it is approved, third-line choices remain lapatinib with capecitabine.\n',
     6, 3, 'DATE010', ['HER2CLIMB', '2020']),
    ('only-obtainable-within-the-trial',
     '---\ndate: 2022-03-08\n---\n## HER2-mutant NSCLC\n\n- T-DXd is currently only obtainable within the DESTINY-Lung02 trial.\n',
     6, 3, 'DATE010', ['DESTINY-Lung02', '2022']),
    ('outside-breast-and-stomach-none-approved',
     "---\ndate: 2021-06-01\n---\nOutside breast and stomach cancer, HER2 isn't a target that any drug is approved for.\n",
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('none-of-these-tumours-has-an-approved',
     '---\ndate: 2020-11-18\n---\nNone of these HER2-positive tumours has an approved HER2-directed therapy; patients need a trial.\n',
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('no-approved-use-outside-breast-and-gastric',
     '---\ndate: 2019-09-12\n---\nHER2 IHC on other tumour types has no approved therapeutic use outside breast and gastric cancer.\n',
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('no-under-the-skin-form',
     '---\ntitle: Herceptin questions\ndate: 2016-02-29\n---\n\nHerceptin is given through a drip. In the US there is no under-the-skin injection form.\n',
     6, 36, 'DATE010', ['761106', '2019']),
    ('women-40-49-decide',
     '---\ntitle: Screening FAQ\n---\n\nUnder the USPSTF advice, women 40-49 decide with their doctor.\n',
     5, 1, 'DATE010', ['USPSTF', '2024']),
    ('one-every-two-years-from-50',
     '---\ntitle: Mammograms\n---\n\nWomen at average risk are usually offered one every two years from age 50.\n',
     5, 1, 'DATE010', ['USPSTF', '2024']),
    ('preferred-when-it-grows-on-herceptin',
     '---\ndate: 2021-05-27\n---\nKadcyla is still the preferred treatment when secondary breast cancer grows on Herceptin and Perjeta.\n',
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    # Blind round 54 (sets 216-219), in our own words: "the same as someone who had a pCR", options
    # for the brain "are limited", adjuvant pertuzumab with "no place outside" its trial, 0 vs 1+
    # with "no clinical consequence", a glossary entry "A newly approved pill, taken with Herceptin".
    ('same-as-someone-who-had-a-pcr',
     "---\ndate: 2017-09-01\n---\nIf some cancer is still there, you will go back on Herceptin after surgery to finish a full year, the same as someone who had a pCR.\n",
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('brain-options-limited',
     '---\ndate: 2018-09-01\n---\n- Systemic options for CNS progression are limited; lapatinib with capecitabine if needed\n',
     4, 3, 'DATE010', ['HER2CLIMB', '2020']),
    ('no-place-outside-the-trial',
     '---\ndate: 2014-05-01\n---\n- Adjuvant pertuzumab has no place outside the APHINITY trial.\n',
     4, 3, 'DATE010', ['APHINITY', '2017']),
    ('no-clinical-consequence',
     '---\ndate: 2020-05-01\n---\n- Do not report 0 vs 1+ separately; the distinction has no clinical consequence.\n',
     4, 3, 'DATE010', ['761139', '2022']),
    ('glossary-label-before-partners',
     '---\ndate: 2020-10-01\n---\n**Tukysa (tucatinib).** A newly approved pill, taken with Herceptin and Xeloda.\n',
     4, 27, 'DATE008', ['Tukysa', '2020']),
    # Blind round 53 (sets 212-215), in our own words: "There is no other way of having it" after
    # the drip, "seperate" drips, brand names in brackets between the two drugs, "chemotherapy is
    # always needed first", "for the whole year, whatever the results of your surgery show", HER2
    # IHC "not actionable" in lung cancer, HER2 testing "clinically relevant only in breast and
    # gastric".
    ('no-other-way-of-having-it',
     '---\ndate: 2008-03-01\n---\nHerceptin is given as a drip into a vein. There is no other way of having it.\n',
     4, 43, 'DATE010', ['761106', '2019']),
    ('always-two-seperate-infusions',
     '---\ndate: 2017-06-01\n---\nPerjeta and Herceptin are always given as two seperate IV infusions.\n',
     4, 1, 'DATE010', ['761170', '2020']),
    ('brands-in-brackets-two-drips',
     '---\ndate: 2020-03-01\n---\nAt the moment, pertuzumab (Perjeta) and trastuzumab (Herceptin) are given as two separate drips.\n',
     4, 1, 'DATE010', ['761170', '2020']),
    ('chemotherapy-always-needed-first',
     '---\ndate: 2023-04-01\n---\nFor HER2-low cancer treated with Enhertu, chemotherapy is always needed first.\n',
     4, 1, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('whole-year-whatever-surgery-shows',
     '---\ndate: 2015-09-01\n---\nYou will have Herceptin for the whole year, whatever the results of your surgery show.\n',
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('ihc-not-actionable-in-lung',
     '---\ndate: 2021-10-01\n---\n- HER2 overexpression (IHC) is not actionable in NSCLC, so we do not run it.\n',
     4, 3, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('testing-relevant-only-in-breast-and-gastric',
     '---\ndate: 2016-05-01\n---\nHER2 testing is clinically relevant only in breast and gastric adenocarcinoma.\n',
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    # Blind round 52 (sets 208-211), in our own words: approved for three cancers "but not for
    # tumours elsewhere", "in other tumours its use is off-label", HER2 drugs "only approved for
    # breast and stomach cancer", "nothing approved" for any other IHC 3+ tumour, "until an approved
    # option exists ... referred for trials", "so first line for me is ...", Perjeta "always given
    # as a separate IV infusion", "It is not used to treat primary (early) breast cancer", "You can
    # only have Enhertu for HER2-low after chemotherapy", a glossary's "Emerging data as 2nd line
    # vs. T-DM1" after the entry's drug, a byline whose name holds an underscore.
    ('approved-but-not-elsewhere',
     '---\ndate: 2023-07-01\n---\nEnhertu is approved for breast and stomach cancers and HER2-mutant lung cancer, but not for HER2-positive tumours elsewhere in the body.\n',
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('other-tumours-off-label',
     '---\ndate: 2023-10-01\n---\nT-DXd is approved for breast, gastric and HER2-mutant lung cancers; in other HER2-expressing tumours its use is off-label.\n',
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('her2-drugs-only-breast-and-stomach',
     '---\ndate: 2019-04-01\n---\nHER2 targeted drugs are only approved for breast cancer and stomach cancer.\n',
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('nothing-approved-other-ihc3',
     '---\ndate: 2023-05-01\n---\n| Tumour | Approved HER2 drug |\n|---|---|\n| Any other IHC 3+ tumour | nothing approved; basket trials |\n',
     6, 3, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('until-an-approved-option-refer-for-trials',
     '---\ndate: 2021-06-01\n---\nUntil an approved option exists, patients with HER2-mutant lung cancer should be referred for trials.\n',
     4, 1, 'DATE010', ['DESTINY-Lung02', '2022']),
    ('so-first-line-for-me-is',
     '---\ndate: 2020-11-01\n---\nThere is no approved targeted drug for HER2-mutant lung cancer, so first line for me is chemotherapy.\n',
     4, 1, 'DATE010', ['DESTINY-Lung02', '2022']),
    ('perjeta-always-a-separate-infusion',
     '---\ndate: 2018-06-01\n---\nIf you also have Perjeta, it is always given as a separate IV infusion.\n',
     4, 1, 'DATE010', ['761170', '2020']),
    ('it-is-not-used-for-primary',
     '---\ndate: 2012-06-01\n---\n**Pertuzumab (Perjeta)** was licensed in the USA in June 2012 for secondary breast cancer.\nIt is not used to treat primary (early) breast cancer.\n',
     5, 1, 'DATE010', ['APHINITY', '2017']),
    ('only-have-it-after-chemotherapy',
     '---\ndate: 2023-03-01\n---\nYou can only have Enhertu for HER2-low breast cancer after chemotherapy for secondary breast cancer.\n',
     4, 1, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('glossary-emerging-data-vs-comparator',
     '---\ntitle: Glossary\n---\n\n**[[Kadcyla]]** - trastuzumab emtansine.\n**[[Trastuzumab]] deruxtecan (T-DXd)** - Enhertu. Emerging data as 2nd line vs. trastuzumab emtansine.\n',
     6, 51, 'DATE008', ['Trastuzumab deruxtecan', '2022']),
    ('byline-with-underscore',
     '---\ntitle: Forum\ndate: 2018-08-01\n---\n\n**rose_b**\nTrastuzumab is the only targeted drug for HER2+, so no.\n',
     7, 1, 'DATE010', ['761074', '2017']),
    # Blind round 51 (sets 204-207), in our own words: an abbreviation's definition line, T-DM1
    # "not used to treat primary (early) breast cancer", HER2-low that "requires one prior chemo",
    # "no therapeutic consequence", HER2 testing "only done for breast and stomach", Perjeta that
    # "still has to go in by IV", a definition's "Used only for ...", HER2 drugs that "don't apply".
    ('abbreviation-entry-usual-second-line',
     '---\ntitle: Abbreviations\n---\n\n*[ADC]: antibody-drug conjugate\n*[T-DM1]: trastuzumab emtansine (Kadcyla), the usual second-line HER2 treatment\n',
     6, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('kadcyla-not-for-primary',
     '---\ndate: 2014-05-01\n---\nKadcyla is not used to treat primary (early) breast cancer, although studies are looking at this.\n',
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('requires-one-prior-chemo',
     '---\ndate: 2024-02-01\n---\n- T-DXd for HER2-low requires ≥1 prior chemo for metastatic disease.\n',
     4, 3, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('no-therapeutic-consequence',
     '---\ndate: 2021-02-01\n---\nBecause HER2-low has no therapeutic consequence outside trials, labs report 0 and 1+ together.\n',
     4, 1, 'DATE010', ['DESTINY-Breast04', '2022']),
    ('testing-only-breast-and-stomach',
     '---\ndate: 2018-02-01\n---\nHER2 testing is only done for breast and stomach cancers.\n',
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('perjeta-still-by-iv',
     '---\ndate: 2020-08-01\n---\nI could switch to the Hylecta shot, but Perjeta still has to go in by IV.\n',
     4, 1, 'DATE010', ['761170', '2020']),
    ('definition-used-only-once-spread',
     '---\ndate: 2016-04-01\n---\n**T-DM1**\n:   Trastuzumab joined to a chemotherapy drug. Used only for HER2-positive cancer that has spread.\n',
     5, 48, 'DATE010', ['KATHERINE', '2019']),
    ('her2-drugs-do-not-apply',
     "---\ndate: 2023-03-01\n---\nMy oncologist says 1+ is HER2-negative, so HER2 drugs don't apply to me.\n",
     4, 1, 'DATE010', ['761139', '2022']),
    # Blind round 50 (sets 200-203), in our own words: a first person only in the clause after the
    # statement, "only used ... once you've had chemotherapy", no shot version of Perjeta, no other
    # way of giving it, a subcutaneous form licensed in Europe but not the US, pertuzumab "only used
    # to treat secondary breast cancer", "H ... whatever the path shows", KATHERINE "not reported
    # yet", lapatinib as the only drug for the brain, no tissue-agnostic approval, "Place in
    # therapy: after T-DM1", "every two years starting at 50", a year of Herceptin "the same as if
    # you'd had a pCR".
    ('no-targeted-drug-first-line-for-me',
     "---\ndate: 2022-06-01\n---\nThere's no approved targeted drug for HER2-mutant lung cancer, so first line for me was chemotherapy and immunotherapy.\n",
     4, 1, 'DATE010', ['DESTINY-Lung02', '2022']),
    ('only-used-once-you-have-had-chemo',
     "---\ndate: 2024-02-01\n---\nEnhertu can only be used for HER2-low cancer once you've had chemotherapy for secondary breast cancer.\n",
     4, 1, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('no-shot-version-of-perjeta',
     "---\ndate: 2021-09-01\n---\nThere's still no shot version of Perjeta, so I sit in the infusion chair for that one.\n",
     4, 1, 'DATE010', ['761170', '2020']),
    ('no-other-way-of-giving-it',
     '---\ndate: 2019-02-01\n---\nPertuzumab will still be given as a separate drip, as there is no other way of giving it.\n',
     4, 1, 'DATE010', ['761170', '2020']),
    ('sc-licensed-in-europe-not-us',
     '---\ndate: 2016-04-01\n---\nIn the US trastuzumab is given only as a drip, with a loading dose first; an injection under the skin is licensed in Europe but not in the US.\n',
     4, 1, 'DATE010', ['761106', '2019']),
    ('pertuzumab-only-for-secondary',
     '---\ndate: 2013-05-01\n---\nPertuzumab is a newer drug that is only used to treat secondary breast cancer.\n',
     4, 1, 'DATE010', ['APHINITY', '2017']),
    ('h-whatever-the-path-shows',
     '---\ndate: 2018-03-01\n---\n- Finish 1 yr of H, whatever the path shows.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('katherine-not-reported-yet',
     '---\ndate: 2018-05-01\n---\n- Residual disease after neoadjuvant: KATHERINE (T-DM1 vs H) not reported yet, so keep H.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('only-lapatinib-in-the-brain',
     '---\ndate: 2012-03-01\n---\nOf the HER2 drugs, only lapatinib has shown activity in the brain.\n',
     4, 1, 'DATE010', ['HER2CLIMB', '2020']),
    ('lapatinib-remains-main-cns-option',
     '---\ndate: 2019-05-01\n---\nLapatinib with capecitabine remains the main oral option with CNS data.\n',
     4, 1, 'DATE010', ['HER2CLIMB', '2020']),
    ('no-tissue-agnostic-approval',
     '---\ndate: 2023-03-01\n---\nThere is no tissue-agnostic HER2 approval like the one for NTRK fusions.\n',
     4, 1, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('nothing-tumour-agnostic',
     '---\ndate: 2023-11-01\n---\n- T-DXd is approved only in breast, gastric and lung - nothing tumour-agnostic.\n',
     4, 3, 'DATE010', ['DESTINY-PanTumor02', '2024']),
    ('place-in-therapy-after-tdm1',
     '---\ntitle: Enhertu quick guide\ndate: 2020-03-01\n---\n\n- Place in therapy: after T-DM1.\n',
     6, 3, 'DATE010', ['one prior', '2022']),
    ('every-two-years-starting-at-50',
     '---\ndate: 2013-06-01\n---\nThe leaflets say women should have a mammogram every two years starting at 50.\n',
     4, 1, 'DATE010', ['40', '2024']),
    ('finish-a-year-same-as-a-pcr',
     "---\ntitle: Residual disease\n---\n\nThe standard with residual disease is still to finish a year of Herceptin, the same as if you'd had a pCR.\n",
     5, 1, 'DATE010', ['KATHERINE', '2019']),
    # Blind round 49 (sets 196-199), in our own words: "whatever the pathologic response", over 2.2
    # "to be called positive", Kadcyla "before they are offered" Enhertu, a glossary's noun phrase
    # for its term, "But for now this ..." after the sentence that named ultralow staining, "no
    # longer recommends", a first person only in a later clause, ultralow grouped with null, a
    # later-line cell whose "if not already used" is another drug's.
    ('whatever-the-pathologic-response',
     '---\ndate: 2017-04-01\n---\n- After surgery, carry on with trastuzumab to finish a year of HER2 therapy, whatever the pathologic response.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('irrespective-of-pathologic-response',
     '---\ndate: 2016-02-01\n---\nEveryone should complete a year of trastuzumab after the operation, irrespective of pathologic response.\n',
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('over-2-2-to-be-counted-positive',
     '---\ndate: 2011-05-01\n---\nYour ratio needs to be over 2.2 to be counted as positive.\n',
     4, 1, 'DATE010', ['2.0', '2013']),
    ('kadcyla-before-they-are-offered-enhertu',
     '---\ndate: 2021-03-01\n---\nMost patients will have had Herceptin and then Kadcyla before they are offered Enhertu.\n',
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('glossary-standard-second-treatment',
     '---\ntitle: Words you may hear\n---\n\n**Kadcyla**\n:   Trastuzumab joined to a chemotherapy drug. The standard second treatment when secondary breast cancer grows on Herceptin.\n',
     6, 48, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('but-for-now-this-ultralow',
     "---\ndate: 2024-05-01\n---\nYou can ask whether your sample shows ultralow staining. But for now this won't change your treatment outside a trial.\n",
     4, 58, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('task-force-no-longer-recommends',
     '---\ndate: 2010-02-01\n---\nThe Task Force no longer recommends routine screening mammograms for women in their 40s.\n',
     4, 1, 'DATE010', ['40', '2024']),
    ('only-through-trials-my-neighbour',
     "---\ndate: 2023-05-01\n---\nEnhertu is approved for HER2-positive disease.\n\nFor HER2-low it's only through trials though, my neighbour was told she'd need one.\n",
     6, 1, 'DATE010', ['DESTINY-Breast04', '2022']),
    ('ultralow-or-null-not-eligible',
     '---\ndate: 2024-10-01\n---\nAll IHC 0 tumours, ultralow or null, are treated as HER2-negative and are not eligible for Enhertu outside a trial.\n',
     4, 1, 'DATE010', ['DESTINY-Breast06', '2025']),
    ('later-lines-cell-other-drug-not-yet-used',
     '---\ndate: 2021-04-01\n---\n| Line | Choice |\n|---|---|\n| 3rd and later | T-DXd (needs 2 or more prior anti-HER2 regimens); tucatinib triplet if not yet used |\n',
     6, 3, 'DATE010', ['one prior', '2022']),
    # Blind round 48 (sets 192-195), in our own words: "offered after you have had Kadcyla", "kept
    # for later" beside a lung problem, a laboratory that follows the 2007 guideline, "2L MBC ->
    # Kadcyla", a former code name, "Not for HER2-low" in a guide to Enhertu.
    ('offered-after-you-have-had',
     '---\ndate: 2021-06-01\n---\nEnhertu is usually offered after you have had Kadcyla.\n',
     4, 1, 'DATE010', ['one prior', '2022']),
    ('kept-for-later-lung-problem',
     '---\ndate: 2021-05-01\n---\nEnhertu is kept for later treatment because it can cause a lung problem called interstitial lung disease.\n',
     4, 1, 'DATE010', ['one prior', '2022']),
    ('laboratory-follows-2007',
     '---\ndate: 2012-03-01\n---\nOur laboratory follows the 2007 ASCO/CAP guideline for HER2 testing.\n',
     4, 1, 'DATE010', ['10%', '2013']),
    ('second-line-mbc-arrow',
     '---\ndate: 2019-01-01\n---\n- 2L MBC -> Kadcyla (EMILIA)\n',
     4, 3, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('formerly-a-code-name',
     '---\ndate: 2019-06-01\n---\nTucatinib (formerly ONT-380) is an investigational oral tyrosine kinase inhibitor.\n',
     4, 1, 'DATE010', ['HER2CLIMB', '2020']),
    ('not-for-her2-low-title',
     '---\ntitle: Enhertu - pharmacy quick guide\ndate: 2020-05-01\n---\n\n- Not for HER2-low or HER2-negative disease.\n',
     6, 3, 'DATE010', ['HER2-low', '2022']),
    # Blind round 47 (sets 188-191), in our own words: "treated the same way as other
    # HER2-negative", "2+ anti-HER2 regimens", APHINITY "is looking at", "first, then Kadcyla",
    # "positioned after T-DM1", "40s -> only after SDM", "not an actionable category", "approved only
    # as extended adjuvant ... until NALA is filed", "won't displace T-DM1", "now recommends ...
    # and no longer", "remains investigational" tumour-agnostic use, "hopes to file ... next year".
    ('treated-the-same-way-as-other',
     '---\ndate: 2021-03-01\n---\n# HER2-low\n\nNot yet. HER2-low cancers are treated the same way as other HER2-negative cancers.\n',
     6, 10, 'DATE010', ['HER2-low', '2022']),
    ('two-plus-regimens',
     '---\ndate: 2020-09-01\n---\n- Enhertu: for people who have had 2+ anti-HER2 regimens for metastatic disease.\n',
     4, 3, 'DATE010', ['one prior', '2022']),
    ('aphinity-is-looking-at',
     '---\ndate: 2012-08-01\n---\n# Pertuzumab\n\nThe APHINITY trial is looking at whether it helps after surgery.\n',
     6, 1, 'DATE010', ['APHINITY', '2017']),
    ('first-then-kadcyla',
     '---\ndate: 2021-02-01\n---\nMost people have Herceptin and Perjeta with chemotherapy first, then Kadcyla.\n',
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('positioned-after-tdm1',
     '---\ndate: 2021-09-01\n---\n- T-DXd: for now positioned after T-DM1.\n',
     4, 3, 'DATE010', ['one prior', '2022']),
    ('forties-arrow-sdm',
     '---\ndate: 2017-05-01\n---\n- 40s -> only after SDM, documented in the note\n',
     4, 3, 'DATE010', ['40 to 74', '2024']),
    ('not-an-actionable-category',
     '---\ndate: 2021-05-01\n---\n# HER2-low\n\n- Not an actionable category: these patients go down the HER2-negative pathway.\n',
     6, 3, 'DATE010', ['HER2-low', '2022']),
    ('approved-only-as-extended-adjuvant',
     '---\ndate: 2019-07-01\n---\n- Neratinib is FDA-approved only as extended adjuvant therapy; metastatic use is off-label until NALA is filed.\n',
     4, 3, 'DATE010', ['NALA', '2020']),
    ('wont-displace-tdm1',
     "---\ndate: 2019-06-01\n---\n# SOPHIA\n\n- Margetuximab won't displace T-DM1 as our second line.\n",
     6, 3, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('now-recommends-then-no-longer',
     '---\ndate: 2010-04-01\n---\n- The Task Force now recommends a mammogram every two years from 50 to 74, and no longer recommends routine screening in your 40s.\n',
     4, 3, 'DATE010', ['40 to 74', '2024']),
    ('remains-investigational-agnostic',
     '---\ndate: 2022-10-01\n---\n- Tumour-agnostic use of T-DXd remains investigational.\n',
     4, 3, 'DATE010', ['any site', '2024']),
    ('hopes-to-file-next-year',
     '---\ndate: 2023-07-01\n---\nZanidatamab is not approved anywhere yet; the company hopes to file in the US next year.\n',
     4, 55, 'DATE011', ['2024-12-31']),
    # Blind round 46 (sets 184-187), in our own words: a statement before " - could I ...?", no
    # role beyond twelve months, a filing "by end of" a year, a subjectless "Preferred second-line"
    # under a drug's title, "anything above 2.2", biosimilars none on sale, "waiting on the FDA",
    # the 2007 rule cited in brackets, colon cancer, the forties' grade C, brain metastases that
    # "get lapatinib", the trial in parentheses, DB-06 off-label.
    ('question-after-a-dash',
     "---\ndate: 2022-06-01\n---\n- [ ] Enhertu isn't approved for HER2-low yet - could I join a trial of it?\n",
     4, 3, 'DATE010', ['HER2-low', '2022']),
    ('no-role-beyond-twelve-months',
     '---\ndate: 2017-03-01\n---\n- No role for anti-HER2 therapy beyond 12 months outside a trial.\n',
     4, 3, 'DATE010', ['neratinib', '2017']),
    ('expects-to-file-by-end-of',
     '---\ndate: 2021-10-21\n---\n# DESTINY-Breast03\n\n- The company expects to file the sBLA by end of 2021.\n',
     6, 15, 'DATE011', ['2021-12-31']),
    ('preferred-second-line-subjectless',
     '---\ntitle: Ado-trastuzumab emtansine (Kadcyla)\ndate: 2014-01-20\n---\n\nPreferred second-line treatment for HER2+ MBC after progression on trastuzumab (EMILIA).\n',
     6, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('anything-above-2-2-counts',
     '---\ndate: 2009-11-21\n---\nMy FISH ratio was 5.6. Anything above 2.2 counts as amplified.\n',
     4, 24, 'DATE010', ['2.0', '2013']),
    ('biosimilars-none-on-sale',
     '---\ndate: 2019-01-22\n---\nThere are FDA-approved Herceptin biosimilars, but none of them is on sale yet.\n',
     4, 1, 'DATE010', ['biosimilar', '2017']),
    ('waiting-on-the-fda',
     '---\ntitle: Forum\n---\n\nMargetuximab is still waiting on the FDA.\n',
     5, 1, 'DATE008', ['Margenza', '2020']),
    ('asco-cap-2007-cited',
     '---\ndate: 2010-03-07\n---\nIHC 3+ requires strong complete membrane staining in more than 30% of invasive cells (ASCO/CAP 2007).\n',
     4, 1, 'DATE010', ['10%', '2013']),
    ('colon-cancer-no-drugs',
     '---\ntitle: Forum\ndate: 2019-04-01\n---\n\nThere are no FDA-approved HER2 drugs for colon cancer, only trials.\n',
     6, 1, 'DATE010', ['any site', '2024']),
    ('grade-c-forties',
     '---\ndate: 2023-06-01\n---\n- 40-49: shared decision (C)\n',
     4, 3, 'DATE010', ['40 to 74', '2024']),
    ('brain-mets-get-lapatinib',
     "---\ndate: 2020-01-16\n---\n# Tucatinib\n\n- Until it's approved, brain mets get lapatinib and capecitabine or a trial.\n",
     6, 3, 'DATE010', ['HER2CLIMB', '2020']),
    ('trial-in-parentheses-residual',
     "---\ndate: 2017-09-27\n---\n- Complete trastuzumab to 1 year regardless of residual disease; KATHERINE (T-DM1 for residual disease) hasn't reported.\n",
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('db06-off-label',
     '---\ndate: 2024-09-18\n---\n- DB-06 ultralow data encouraging but off-label.\n',
     4, 3, 'DATE010', ['ultralow', '2025']),
    # Blind round 45 (sets 180-183), in our own words: a numbered list after "The usual order
    # is:", "which we expect in", primary breast cancer, "being studied further for lung cancer",
    # only trastuzumab after surgery, a biosimilar "for" Herceptin under review, "recently
    # approved" before its partners, overexpressed lung cancer, no tumour-agnostic indication, not
    # approved outside three sites, "After trastuzumab" over "no further therapy", following the
    # 2007 guideline, insurance that won't cover it second line, the new combination of two
    # drugs, a post under its byline, a post that ends "Anyone else?", an approval ", expected
    # mid-2020", "pCR or not", "treated like any other HER2-negative", colorectal, "not an
    # approved use".
    ('ordered-list-second-item',
     SEQUENCE,
     9, 4, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('ordered-list-third-item',
     SEQUENCE,
     10, 4, 'DATE010', ['one prior', '2022']),
    ('which-we-expect-in',
     '---\ndate: 2021-10-01\n---\n*We will update this page when the DESTINY-Breast04 results are out, which we expect in 2022.*\n',
     4, 70, 'DATE011', ['2022']),
    ('not-used-for-primary-breast-cancer',
     '---\ndate: 2016-01-01\n---\nKadcyla is not used for primary breast cancer.\n',
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('being-studied-further-for-lung',
     '---\ndate: 2021-08-01\n---\nEnhertu, already approved for breast cancer, is being studied further for lung cancer.\n',
     4, 1, 'DATE010', ['non-small cell lung', '2022']),
    ('after-surgery-only-trastuzumab',
     '---\ndate: 2014-01-01\n---\nAfter surgery, trastuzumab is the only HER2 targeted drug offered.\n',
     4, 1, 'DATE010', ['APHINITY', '2017']),
    ('biosimilar-for-herceptin-under-review',
     '---\ndate: 2017-05-01\n---\n### Is there a biosimilar for Herceptin?\n\nSeveral are under FDA review.\n',
     6, 13, 'DATE011', ['Ogivri', '2017']),
    ('recently-approved-with-partners',
     '---\ndate: 2021-01-01\n---\n- tucatinib (Tukysa), recently approved, with trastuzumab and capecitabine\n',
     4, 3, 'DATE008', ['tucatinib', '2020']),
    ('lung-overexpression-no-treatment',
     '---\ndate: 2023-03-01\n---\nIf a lung cancer has HER2 overexpression (IHC 3+) without a mutation, there is no approved HER2 treatment for it.\n',
     4, 1, 'DATE010', ['any site', '2024']),
    ('no-tumour-agnostic-indication',
     '---\ndate: 2023-10-01\n---\n# T-DXd beyond the breast\n\n- There is no tumour-agnostic HER2 indication.\n',
     6, 3, 'DATE010', ['any site', '2024']),
    ('not-approved-outside-three-sites',
     '---\ndate: 2023-09-01\n---\n# T-DXd beyond the breast\n\n- Not FDA approved outside breast, gastric and lung cancer.\n',
     6, 3, 'DATE010', ['any site', '2024']),
    ('after-trastuzumab-no-further',
     '---\ndate: 2016-03-01\n---\n## After trastuzumab\n\n- No further HER2-directed therapy; routine follow-up.\n',
     6, 3, 'DATE010', ['neratinib', '2017']),
    ('follow-the-2007-guideline-under-which',
     '---\ndate: 2009-11-01\n---\nLabs are urged to follow the 2007 ASCO/CAP guideline, under which a tumour is positive if more than 30% of cells stain.\n',
     4, 1, 'DATE010', ['10%', '2013']),
    ('wont-cover-it-second-line',
     "---\ndate: 2021-03-01\n---\nEnhertu is only approved once you have had two or more HER2 regimens, so insurance won't cover it second line.\n",
     4, 1, 'DATE010', ['one prior', '2022']),
    ('new-fixed-dose-combination-of',
     '---\ndate: 2020-12-01\n---\n- Phesgo, the new fixed-dose combination of pertuzumab and trastuzumab, is being rolled out.\n',
     4, 3, 'DATE008', ['Phesgo', '2020']),
    ('byline-then-statement',
     '---\ntitle: Forum\n---\n\n**sam_k** · Mar 3 2016\nThere is no biosimilar Herceptin in the US yet.\n',
     6, 1, 'DATE010', ['Ogivri', '2017']),
    ('post-ending-anyone-else',
     '---\ntitle: Forum\n---\n\nSwitched to the new Hylecta shot last month. Anyone else?\n',
     5, 21, 'DATE008', ['Hylecta', '2019']),
    ('approval-comma-expected',
     '---\ndate: 2020-05-01\n---\n- Phesgo is awaiting FDA approval, expected mid-2020\n',
     4, 26, 'DATE011', ['2020']),
    ('pcr-or-not-a-year',
     '---\ndate: 2016-08-01\n---\n- pCR or not, continue trastuzumab to complete a year.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('treated-like-until-then',
     '---\ndate: 2022-06-01\n---\nUntil then, HER2-low cancer is treated like any other HER2-negative cancer, and Enhertu is only available in trials.\n',
     4, 1, 'DATE010', ['HER2-low', '2022']),
    ('no-approved-regimen-colorectal',
     '---\ndate: 2019-01-01\n---\nNo HER2-directed regimen is FDA-approved in colorectal cancer.\n',
     4, 1, 'DATE010', ['any site', '2024']),
    ('not-an-approved-use',
     '---\ndate: 2020-03-01\n---\n# Enhertu\n\n- HER2-mutant lung cancer: activity seen in trials, but not an approved use.\n',
     6, 3, 'DATE010', ['non-small cell lung', '2022']),
    # Blind round 44 (sets 176-179), in our own words: "emerging" data of a drug approved years
    # ago, with its comparator after "against"; expanded access only; the only TKI regimen on
    # label; approval "probably" in a year; use outside three sites off-label; "only licensed
    # for" the metastatic setting; "keep it for 3L+" beside the 2019 approval; "can only get it on
    # a trial"; "It was recently approved"; a row's words before its partners; results of a trial
    # named the sentence before; a recommendation "any week now"; overexpressed lung cancer; "let
    # alone Kadcyla"; no way to extend; booked after shared decision-making; only the IV product
    # approved; nothing else HER2-wise; scored by the 2007 guideline; topline and NDA expected.
    ('emerging-second-line-data-against',
     '---\ndate: 2023-02-01\n---\n- T-DXd ([[Trastuzumab]] deruxtecan): emerging second-line data against T-DM1\n',
     4, 3, 'DATE008', ['deruxtecan', '2022']),
    ('not-commercially-available',
     '---\ndate: 2019-11-01\n---\n# Tucatinib\n\n- Not commercially available; expanded access only until approval.\n',
     6, 3, 'DATE010', ['2020']),
    ('only-tki-regimen-on-label',
     '---\ndate: 2019-06-01\n---\n- Until then, lapatinib with capecitabine is the only TKI-based regimen on label for metastatic disease.\n',
     4, 3, 'DATE010', ['NALA', '2020']),
    ('approval-probably-early',
     '---\ndate: 2019-11-01\n---\n# Tucatinib\n\n- Filed; approval probably early 2020.\n',
     6, 10, 'DATE011', ['2020']),
    ('use-outside-sites-off-label',
     '---\ndate: 2024-01-20\n---\n# T-DXd across tumour types\n\n- For now, use outside breast, gastric and lung cancer is off-label.\n',
     6, 3, 'DATE010', ['any site', '2024']),
    ('only-licensed-for-secondary',
     '---\ndate: 2014-06-01\n---\nKadcyla is given every three weeks. It is only licensed for secondary breast cancer.\n',
     4, 37, 'DATE010', ['KATHERINE', '2019']),
    ('keep-for-third-line-after-approval',
     '---\ndate: 2020-09-01\n---\n- T-DXd: accelerated approval December 2019; keep it for 3L+.\n',
     4, 3, 'DATE010', ['one prior', '2022']),
    ('only-get-it-on-a-trial',
     '---\ndate: 2022-06-20\n---\n# Enhertu and HER2-low\n\n- Meanwhile people with HER2 1+ can only get it on a trial.\n',
     6, 3, 'DATE010', ['HER2-low', '2022']),
    ('it-was-recently-approved-by-the-fda',
     '---\ndate: 2021-02-01\n---\nTukysa is a tablet for HER2-positive breast cancer. It was recently approved by the FDA.\n',
     4, 60, 'DATE008', ['Tukysa', '2020']),
    ('row-word-before-partners',
     '---\ndate: 2024-05-01\n---\n| Drug | Route | Notes |\n|---|---|---|\n| Tucatinib | Oral | Recently approved; given with trastuzumab and capecitabine |\n',
     6, 22, 'DATE008', ['Tucatinib', '2020']),
    ('results-expected-sometime-next-year',
     '---\ndate: 2023-05-01\n---\nA trial called DESTINY-Breast06 is looking at ultralow tumours. Results expected sometime next year.\n',
     4, 73, 'DATE011', ['DESTINY-Breast06', '2025']),
    ('final-recommendation-any-week-now',
     '---\ndate: 2024-04-10\n---\n# HER2 news\n\nThe Task Force final breast screening recommendation is expected any week now.\n',
     6, 57, 'DATE011', ['USPSTF', '2024']),
    ('overexpressed-lung-no-drug',
     "---\ndate: 2022-05-01\n---\nHer lung tumour is HER2 IHC 3+ without a mutation, and for overexpressed lung cancer there's no HER2 drug outside a trial.\n",
     4, 1, 'DATE010', ['any site', '2024']),
    ('no-cheaper-version-let-alone',
     "---\ndate: 2014-03-01\n---\nThere's no cheaper version of Herceptin, let alone Kadcyla.\n",
     4, 1, 'DATE010', ['biosimilar', '2017']),
    ('no-approved-way-to-extend',
     '---\ndate: 2016-05-01\n---\n- There is no approved way to extend HER2-directed therapy beyond a year of trastuzumab.\n',
     4, 3, 'DATE010', ['neratinib', '2017']),
    ('booked-after-shared-decision',
     '---\ndate: 2021-03-01\n---\n- Women aged 40-49 are booked only after shared decision-making.\n',
     4, 3, 'DATE010', ['40 to 74', '2024']),
    ('iv-product-only-approved',
     '---\ndate: 2018-09-01\n---\n- Only the intravenous product is FDA-approved; subcutaneous trastuzumab is not available in the US.\n',
     4, 3, 'DATE010', ['Hylecta', '2019']),
    ('nothing-else-her2-wise',
     "---\ndate: 2016-02-01\n---\nOnce Herceptin ends there's nothing else HER2-wise, just hormone tablets.\n",
     4, 1, 'DATE010', ['neratinib', '2017']),
    ('scores-according-to-2007',
     '---\ndate: 2011-05-01\n---\nOur laboratory scores HER2 according to the 2007 ASCO/CAP guideline.\n',
     4, 1, 'DATE010', ['ASCO', '2013']),
    ('topline-expected-late',
     '---\ndate: 2022-03-01\n---\n| Drug | Trial | Status |\n|---|---|---|\n| Zanidatamab | HERIZON-BTC-01 | Topline expected late 2022 |\n',
     6, 34, 'DATE011', ['2022-12-31']),
    ('nda-expected-early-in',
     '---\ndate: 2019-12-01\n---\n- **Tucatinib**: an NDA is expected early in 2020.\n',
     4, 18, 'DATE011', ['2020']),
    # Blind round 43 (sets 172-175), in our own words: Enhertu after "and then Kadcyla", HER2-low
    # treated like any other HER2-negative cancer, the only medicine targeting HER2 (biosimilars
    # too), an approval expected "around" a date, biennial from 50 unless she asks, nothing beyond
    # lapatinib for the brain, the 2009 forties, lapatinib as the standard second line, a year
    # "whatever the pathological response", no evidence-based therapy after a year, a readout
    # awaited, "for people who have already had Kadcyla", "is in early trials", "only for
    # metastatic disease", "as of" a month, "do not use the term", "cannot be given any other
    # way", a misspelt pertuzumab, "trastuzumab SC: EU only", a go-live expected.
    ('comes-after-and-then-kadcyla',
     '---\ndate: 2020-03-01\n---\nFor most readers, Enhertu is used after Herceptin and Perjeta, and then Kadcyla.\n',
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('treated-like-any-other-negative',
     '---\ndate: 2021-04-01\n---\n# HER2-low\n\nHER2-low tumours are treated like any other HER2-negative cancer.\n',
     6, 1, 'DATE010', ['HER2-low', '2022']),
    ('only-treatment-targeting-her2-biosimilar',
     '---\ndate: 2009-05-01\n---\nHerceptin is the only medicine that works by targeting HER2.\n',
     4, 1, 'DATE010', ['biosimilar', '2017']),
    ('expect-the-2l-approval-around',
     '---\ndate: 2022-01-10\n---\n# DESTINY-Breast03\n\n- Priority review granted; we expect the 2L approval around mid-2022.\n',
     6, 31, 'DATE011', ['2022']),
    ('biennial-from-50-unless',
     '---\ndate: 2019-02-01\n---\n- Routine biennial mammogram order from 50 unless the patient wants to start sooner.\n',
     4, 3, 'DATE010', ['40 to 74', '2024']),
    ('nothing-beyond-lapatinib-brain',
     '---\ndate: 2019-08-01\n---\n- Brain metastases: we have nothing beyond lapatinib with capecitabine.\n',
     4, 3, 'DATE010', ['HER2CLIMB', '2020']),
    ('against-routine-forties',
     '---\ndate: 2010-01-01\n---\n- The USPSTF recommends against routine screening at 40-49.\n',
     4, 3, 'DATE010', ['40 to 74', '2024']),
    ('decision-before-50-individual',
     '---\ndate: 2012-01-01\n---\n- Task Force: the decision to start before 50 is individual.\n',
     4, 3, 'DATE010', ['40 to 74', '2024']),
    ('lapatinib-standard-second-line',
     '---\ndate: 2010-06-01\n---\n- On progression after trastuzumab, lapatinib with capecitabine is the standard second-line.\n',
     4, 3, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('whatever-the-pathological-response',
     '---\ndate: 2017-02-01\n---\n- After neoadjuvant therapy and surgery, give trastuzumab to complete a year, whatever the pathological response.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('no-evidence-based-therapy-beyond-a-year',
     '---\ndate: 2016-02-01\n---\n## After a year of trastuzumab\n\n- Stop: there is no evidence-based HER2 therapy after 12 months of trastuzumab.\n',
     6, 3, 'DATE010', ['ExteNET', '2017']),
    ('readout-awaited',
     '---\ndate: 2017-09-01\n---\n| Drug | Trial | Setting | Status |\n|---|---|---|---|\n| Kadcyla | KATHERINE | Residual disease after neoadjuvant | Enrolled, awaiting readout |\n',
     6, 3, 'DATE010', ['KATHERINE', '2019']),
    ('for-people-who-have-had-kadcyla',
     '---\ndate: 2020-07-01\n---\nEnhertu is for people who have already had Kadcyla.\n',
     4, 1, 'DATE010', ['one prior', '2022']),
    ('is-in-early-trials',
     '---\ndate: 2015-06-01\n---\n## Tucatinib\n\nAn oral HER2 blocker. It is in early trials, including in people with brain metastases.\n',
     6, 23, 'DATE010', ['HER2CLIMB', '2020']),
    ('its-only-for-metastatic',
     '---\ndate: 2012-09-01\n---\nPerjeta, which the FDA approved this summer, is only for metastatic disease.\n',
     4, 1, 'DATE010', ['APHINITY', '2017']),
    ('as-of-a-month',
     '---\ndate: 2020-10-15\n---\nAs of September, screening appointments were still a third below normal.\n',
     4, 1, 'DATE011', ['2020-09-30']),
    ('do-not-use-the-term-ultralow',
     '---\ndate: 2023-06-01\n---\n# HER2 reporting\n\n- Do not use the term "HER2-ultralow" in reports.\n',
     6, 3, 'DATE010', ['ultralow', '2025']),
    ('cannot-be-given-any-other-way',
     '---\ndate: 2014-01-01\n---\nHerceptin is given as a drip into a vein every three weeks. It cannot be given any other way.\n',
     4, 61, 'DATE010', ['Hylecta', '2019']),
    ('pertuzamab-misspelled',
     '---\ndate: 2016-04-01\n---\n- Adding pertuzamab after surgery is not approved.\n',
     4, 3, 'DATE010', ['APHINITY', '2017']),
    ('trastuzumab-sc-eu-only',
     '---\ndate: 2017-01-01\n---\n| Term | Meaning |\n|---|---|\n| SC | subcutaneous (trastuzumab SC: EU only) |\n',
     6, 3, 'DATE010', ['Hylecta', '2019']),
    ('go-live-expected',
     '---\ndate: 2020-01-10\n---\nThe new HER2 assay is being validated; go-live is expected in the second quarter of 2020.\n',
     4, 40, 'DATE011', ['2020']),
    # Blind round 42 (sets 168-171), in our own words: no way but a vein, once the year is
    # finished, Enhertu saved for later, a standard approach then lapatinib, "Approved in ..., X is
    # for", signals per chromosome 17, a decision expected by a month, a quiz question, the present
    # with a past date after it, an indication or a decision that could or should come, this
    # spring, an expectation that the FDA would act, faint staining in more than 10% (1+), a 0 row
    # with its faint staining, not used to choose, no survival benefit in the brain, "licensed only in".
    ('no-way-other-than-a-vein',
     '---\ndate: 2018-09-01\n---\nThere is no way to have Perjeta other than by drip into a vein.\n',
     4, 1, 'DATE010', ['Phesgo', '2020']),
    ('once-the-year-is-finished',
     '---\ndate: 2016-05-01\n---\nNo further HER2 drug is offered once the year is finished.\n',
     4, 1, 'DATE010', ['neratinib', '2017']),
    ('save-enhertu-for-later',
     '---\ndate: 2021-11-01\n---\nIf the cancer grows again, most teams move on to Kadcyla and save Enhertu for later.\n',
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('standard-approach-then-lapatinib',
     '---\ndate: 2019-06-01\n---\nFor cancer in the brain, the standard approach is radiotherapy, followed by lapatinib and capecitabine if it grows.\n',
     4, 1, 'DATE010', ['HER2CLIMB', '2020']),
    ('approved-in-opener-present',
     '---\ndate: 2020-08-01\n---\nApproved in December 2019, Enhertu is for people who have already had two or more anti-HER2 regimens for metastatic disease.\n',
     4, 1, 'DATE010', ['one prior', '2022']),
    ('signals-per-chromosome-17',
     '---\ndate: 2011-03-01\n---\nThe tumour is HER2-positive when there are more than 2.2 HER2 signals for each chromosome 17 signal.\n',
     4, 1, 'DATE010', ['2.0', '2013']),
    ('expects-fda-to-make-its-decision',
     '---\ndate: 2017-03-01\n---\n# Neratinib\n\nThe company expects the FDA to make its decision by July 2017.\n',
     6, 13, 'DATE011', ['Neratinib', '2017']),
    ('quiz-question-label',
     '---\ndate: 2012-04-01\n---\n**Q3.** Give the IHC 3+ cut-off.\n\n**A.** Strong complete membrane staining in more than 30% of tumour cells.\n',
     6, 3, 'DATE010', ['10%', '2013']),
    ('task-force-leaves-forties',
     '---\ndate: 2020-04-01\n---\n## Screening for relatives\n\n- Before 50, the Task Force leaves it to each woman to decide with her doctor.\n',
     6, 3, 'DATE010', ['40 to 74', '2024']),
    ('currently-then-approval-date',
     '---\ndate: 2021-10-01\n---\nIn the US, T-DXd is currently approved only after two or more anti-HER2 regimens, under the approval granted in December 2019.\n',
     4, 1, 'DATE010', ['one prior', '2022']),
    ('indication-could-come-during',
     '---\ndate: 2021-10-01\n---\n# DESTINY-Breast03 results\n\nA wider indication could come during 2022.\n',
     6, 9, 'DATE011', ['2022']),
    ('expected-this-spring',
     '---\ndate: 2019-01-15\n---\n# Kadcyla after surgery\n\nAn FDA decision on Kadcyla for residual disease is expected this spring.\n',
     6, 52, 'DATE011', ['2019-05-31', 'Kadcyla']),
    ('before-surgery-not-as-treatment-after',
     '---\ndate: 2017-06-01\n---\nPerjeta is approved before surgery and for advanced disease, but not as a treatment after surgery.\n',
     4, 1, 'DATE010', ['APHINITY', '2017']),
    ('decision-should-come',
     '---\ndate: 2018-08-01\n---\n# Herceptin under the skin\n\nThe talk among patients is that a decision should come in 2019.\n',
     6, 35, 'DATE011', ['2019']),
    ('approval-for-a-setting-could-come',
     '---\ndate: 2021-09-01\n---\nIf the trial is positive, approval of Enhertu for HER2-low could come in 2023.\n',
     4, 27, 'DATE011', ['HER2-low', '2022']),
    ('feeling-that-fda-will-act',
     '---\ndate: 2024-05-01\n---\n# HER2-ultralow\n\nThe feeling on the forum is that the FDA will act on ultralow sometime in 2025.\n',
     6, 5, 'DATE011', ['2025']),
    ('many-patients-now-offered-lapatinib',
     '---\ndate: 2019-10-01\n---\nAfter Kadcyla, many patients are now offered lapatinib with capecitabine.\n',
     4, 1, 'DATE010', ['HER2CLIMB', '2020']),
    ('hold-back-not-before',
     '---\ndate: 2020-09-01\n---\nT-DXd: hold it back for the third line; it should not be started before T-DM1.\n',
     4, 1, 'DATE010', ['one prior', '2022']),
    ('faint-more-than-10-row',
     '---\ndate: 2021-02-01\n---\n| Score | Staining | What it means |\n|---|---|---|\n| 1+ | Faint, incomplete staining in more than 10% of cells | HER2-negative: no HER2 drug is offered |\n',
     6, 3, 'DATE010', ['HER2-low', '2022']),
    ('zero-row-no-option',
     '---\ndate: 2024-05-01\n---\n| IHC | Staining | Treatment |\n|---|---|---|\n| 0 | None, or faint in 10% or fewer | No HER2-directed option |\n',
     6, 3, 'DATE010', ['ultralow', '2025']),
    ('not-used-to-choose',
     '---\ndate: 2021-05-01\n---\n# HER2-low\n\nHER2-low is not used to choose between treatments.\n',
     6, 1, 'DATE010', ['HER2-low', '2022']),
    ('no-regimen-survival-benefit-brain',
     '---\ndate: 2019-11-01\n---\nNo HER2 regimen has shown a survival benefit in people with active brain metastases.\n',
     4, 1, 'DATE010', ['HER2CLIMB', '2020']),
    ('as-of-licensed-only-in',
     '---\ndate: 2020-06-01\n---\n# Enhertu\n\nAs of June 2020, it is licensed only in the US and Japan.\n',
     6, 1, 'DATE011', ['2020-06']),
    ('forties-no-routine-order',
     '---\ndate: 2023-01-01\n---\n- 40-49: no routine order; screen after SDM if she wants it\n',
     4, 3, 'DATE010', ['40 to 74', '2024']),
    # Blind round 32 (sets 128-131), in our own words: "from the age of 50", "can only be had
    # through clinical trials", "being compared with", a PDUFA date expected in a half-year, "no
    # second antibody in the adjuvant phase", no approved pill or drip, IV use only.
    ('from-the-age-of-50',
     '---\ndate: 2019-05-01\n---\nThe US Preventive Services Task Force advises a mammogram every two years from the age of 50.\n',
     4, 1, 'DATE010', ['40 to 74', '2024']),
    ('only-be-had-through-trials',
     '---\ndate: 2021-02-01\n---\nFor HER2-low breast cancer, Enhertu can only be had through clinical trials.\n',
     4, 1, 'DATE010', ['HER2-low', '2022']),
    ('being-compared',
     '---\ndate: 2020-09-01\n---\n## Is it being compared with anything?\n\nYes. It is being compared with Kadcyla in the DESTINY-Breast03 trial.\n',
     6, 6, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('pdufa-expected-in',
     '---\ndate: 2020-03-01\n---\n# Margetuximab\n\n- BLA filed; PDUFA date expected in the second half of 2020.\n',
     6, 14, 'DATE011', ['2020-12-31']),
    ('no-second-antibody',
     '---\ndate: 2017-03-01\n---\n- Node-positive, surgery first: TCH, then trastuzumab alone to 1 year, no second antibody in the adjuvant phase.\n',
     4, 3, 'DATE010', ['APHINITY', '2017']),
    ('mutations-no-approved-drip',
     "---\ndate: 2020-10-01\n---\nHER2 mutations don't have a targeted pill or drip approved for lung cancer yet.\n",
     4, 1, 'DATE010', ['non-small cell lung', '2022']),
    ('available-iv-only',
     '---\ndate: 2016-06-01\n---\n- Trastuzumab is available in the US for intravenous use only; the subcutaneous formulation sold in Europe is not licensed here.\n',
     4, 3, 'DATE010', ['Hylecta', '2019']),
    # Blind round 31 (sets 124-127), in our own words: a pronoun paragraph's drug, "has to go
    # through a drip", "no better drug to switch to", neratinib in its own clause, "as we publish
    # this in", "by the PDUFA date in", results not released, "for cancer that has spread, not
    # for early stage".
    ('pronoun-paragraph-opener',
     '---\ndate: 2017-03-01\n---\nKadcyla treats HER2-positive breast cancer that has spread, after trastuzumab and a taxane.\n\nIt is usually the next treatment once the cancer grows again on Herceptin-based treatment.\n',
     6, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('go-through-a-drip',
     '---\ndate: 2020-02-01\n---\nA combined injection is awaiting FDA approval.\n\nUntil it is approved, the Perjeta part of each cycle has to go through a drip.\n',
     6, 1, 'DATE010', ['Phesgo', '2020']),
    ('no-better-to-switch-to',
     '---\ndate: 2018-01-10\n---\nIf some cancer remains, you continue trastuzumab to finish the year; there is no better HER2 drug to switch to in this situation.\n',
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('neratinib-own-clause',
     '---\ndate: 2018-04-01\n---\n- No pCR → finish the year of trastuzumab; if HR+, add neratinib afterwards.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('as-we-publish',
     '---\ndate: 2019-03-10\n---\nAs we publish this in March 2019, margetuximab is not approved for breast cancer anywhere.\n',
     4, 1, 'DATE011', ['As we publish this in March 2019', '2020-12-16']),
    ('pdufa-date-in',
     '---\ndate: 2020-01-15\n---\n# Tucatinib\n\n- FDA action on tucatinib is expected by the PDUFA date in August 2020.\n',
     6, 3, 'DATE011', ['2020-08-31']),
    ('results-not-released',
     "---\ndate: 2021-05-01\n---\nDESTINY-Breast03 compares Enhertu with Kadcyla head to head, but its results haven't been released yet.\n",
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('spread-not-early',
     "---\ndate: 2018-06-01\n---\nKadcyla (T-DM1) comes up a lot, but it's a drug for cancer that has spread, not for early stage.\n",
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    # Blind round 30 (sets 120-123), in our own words: a glossary term on a line of its own,
    # KATHERINE offered as a trial, "not continued after your operation", "the usual next
    # line", the only antibodies, only HER2-positive tumours respond, "later this month".
    ('glossary-term-line',
     '---\ndate: 2020-05-01\n---\n# Words we use\n\n**HER2-low**\nA label used in research for tumours scoring 1+ or 2+ without amplification; in routine care they count as HER2-negative and get no HER2 drug.\n',
     7, 1, 'DATE010', ['HER2-low', '2022']),
    ('katherine-offered',
     '---\ndate: 2017-09-01\n---\n## After surgery\n- Residual disease: continue trastuzumab to complete 1 year; offer KATHERINE (T-DM1 vs H) if eligible\n',
     5, 3, 'DATE010', ['KATHERINE', '2019']),
    ('not-continued-after-operation',
     '---\ndate: 2016-09-01\n---\n- Perjeta is given with chemotherapy before surgery, but it is not continued after your operation.\n',
     4, 3, 'DATE010', ['APHINITY', '2017']),
    ('usual-next-line',
     '---\ndate: 2019-06-01\n---\n- After trastuzumab and T-DM1, lapatinib with capecitabine is the usual next line, above all with brain metastases.\n',
     4, 3, 'DATE010', ['tucatinib', '2020']),
    ('only-antibodies',
     '---\ndate: 2018-02-01\n---\nTrastuzumab and pertuzumab are the only anti-HER2 monoclonal antibodies you can be prescribed.\n',
     4, 1, 'DATE010', ['margetuximab', '2020']),
    ('only-her2-positive-respond',
     '---\ndate: 2014-03-01\n---\nOnly tumours that are HER2-positive respond to HER2-targeted drugs.\n',
     4, 1, 'DATE010', ['HER2-low', '2022']),
    ('presented-later-this-month',
     '---\ndate: 2021-09-05\n---\nDESTINY-Breast03 will be presented at the ESMO congress later this month.\n',
     4, 18, 'DATE011', ['2021-09-30']),
    # Blind round 29 (sets 116-119), in our own words: an admonition's or tab's body after a
    # blank line, a pronoun for the drug the sentence before opens with, a drug's approval date
    # as an aside, "; until it is final, ... still begins at 50", "For now ... later lines", the
    # EU's approval, "the brand-new ... version", results that "should come out next year".
    ('tab-body-after-blank',
     '---\ndate: 2018-03-01\n---\n# After surgery\n\n=== "Residual invasive disease"\n\n    Carry on with trastuzumab to finish 1 year.\n',
     8, 5, 'DATE010', ['KATHERINE', '2019']),
    ('admonition-body-after-blank',
     '---\ndate: 2021-10-20\n---\n# Second line\n\n!!! note "DESTINY-Breast03"\n\n    Use of T-DXd in the second line still awaits FDA approval.\n',
     8, 5, 'DATE010', ['2022']),
    ('pronoun-opens-with-drug',
     '---\ndate: 2016-02-01\n---\nPerjeta is given with Herceptin and chemotherapy before surgery. It is not approved for use after the operation.\n',
     4, 66, 'DATE010', ['APHINITY', '2017']),
    ('approval-date-aside',
     '---\ndate: 2020-06-01\n---\nEnhertu, approved in December 2019, is given only after two or more HER2 treatments for advanced cancer.\n',
     4, 1, 'DATE010', ['one prior', '2022']),
    ('until-final-still',
     '---\ndate: 2023-07-01\n---\n## Has anything changed?\n\nIn May 2023 the Task Force posted a draft proposing to start at 40; until it is final, the official advice still begins at 50.\n',
     6, 1, 'DATE010', ['2024']),
    ('for-now-later-lines',
     '---\ndate: 2020-01-10\n---\nFor now the drug is kept for later lines: after progression on THP, ado-trastuzumab emtansine remains the standard second-line therapy.\n',
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('eu-not-fda',
     '---\ndate: 2017-06-01\n---\nSubcutaneous trastuzumab has been approved in the EU since 2013; it is not available in the US.\n',
     4, 1, 'DATE010', ['Hylecta', '2019']),
    ('brand-new-version',
     '---\ndate: 2021-02-01\n---\nPhesgo is the brand-new under-the-skin version of Herceptin and Perjeta given together.\n',
     4, 1, 'DATE008', ['Phesgo', '2020']),
    ('results-come-out',
     '---\ndate: 2016-05-01\n---\nThe APHINITY trial is testing pertuzumab after surgery, and its results should come out next year.\n',
     4, 65, 'DATE011', ['2017-12-31', 'APHINITY']),
    # Blind round 28 (sets 112-115), in our own words: an exception that holds only in its own
    # clause (a later clause's "first-line", a later cell's "gastric"), the only HER2 pill,
    # "only made as an IV drug", "X first, Kadcyla second", "and when it stops working,
    # Enhertu", a quick note's "biennial 50-74", "kept for cancer that has spread", separate
    # IV bags, "only via trial", "no FDA indication", "until it reports", rules in effect on a date.
    ('clause-first-line-after',
     '---\ndate: 2021-06-01\n---\nNo HER2-targeted drug is FDA-approved for HER2-mutant lung cancer; first-line care is platinum chemotherapy with immunotherapy.\n',
     4, 1, 'DATE010', ['non-small cell lung', '2022']),
    ('row-later-cell-gastric',
     '| Drug | Route | Uses |\n|---|---|---|\n| Trastuzumab (Herceptin) | IV only; no subcutaneous form licensed in the US | breast; HER2+ gastric |\n',
     3, 3, 'DATE010', ['Hylecta', '2019']),
    ('only-pill',
     '- **Lapatinib (Tykerb)** is the only HER2 medicine that comes as a tablet.\n',
     1, 5, 'DATE010', ['neratinib', '2017']),
    ('made-as-iv',
     '---\ndate: 2018-10-01\n---\nEvery dose means a chair in the day unit, because Herceptin is only made as an IV drug.\n',
     4, 1, 'DATE010', ['Hylecta', '2019']),
    ('first-second-path',
     'The usual path is THP first, Kadcyla second, then whatever is left.\n',
     1, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('stops-working-then-enhertu',
     '- **Next:** Kadcyla, and when it stops working, Enhertu.\n',
     1, 5, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('uspstf-quick-note',
     '## Screening\n\n- USPSTF: biennial 50–74; 40s case by case\n',
     3, 3, 'DATE010', ['40 to 74', '2024']),
    ('kept-for-spread',
     '---\ndate: 2018-04-01\n---\nKadcyla is a HER2 medicine kept for breast cancer that has spread.\n',
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('separate-bags',
     '- Perjeta + Herceptin go as two separate IV bags; book long chairs for loading doses\n',
     1, 3, 'DATE010', ['Phesgo', '2020']),
    ('only-via-trial',
     '---\ndate: 2019-11-01\n---\n- Tucatinib: only via trial, no commercial supply\n',
     4, 3, 'DATE010', ['tucatinib', '2020']),
    ('no-fda-indication',
     '---\ndate: 2018-05-01\n---\n# Neratinib (Nerlynx)\n\n## Indication\n\n- Metastatic disease: no FDA indication\n',
     8, 3, 'DATE010', ['NALA', '2020']),
    ('until-it-reports',
     '---\ndate: 2020-10-01\n---\nDESTINY-Breast03 has finished enrolling; until it reports, we keep to the plan we have.\n',
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('rules-in-effect',
     '---\ndate: 2019-02-01\n---\nThe co-pay card covers commercial plans only (rules in effect January 2019).\n',
     4, 47, 'DATE011', ['2019-01-01']),
    # Blind round 27 (sets 108-111), in our own words: a sentence that goes on with the one
    # before's outdated statement, "Right now, in <date>", a final recommendation that "hasn't
    # been issued", a trial's comparator in an aside, KATHERINE's results not out, brain
    # metastases' standard option, "there isn't a HER2 drug", biosimilars not on sale, DATE011's
    # "a decision will come this year" and "could lead to a wider approval, probably in 2024".
    ('goes-on-forties',
     '---\ndate: 2021-05-01\n---\n## Starting screening\n\nThe USPSTF suggests a mammogram every second year from age 50 for women at average risk.\n\nBetween 40 and 49, whether to begin is a decision to make with your own doctor.\n',
     8, 1, 'DATE010', ['40 to 74', '2024']),
    ('right-now-dated',
     "---\ndate: 2023-07-01\n---\n## Today's advice\n\nRight now, in July 2023, the Task Force's advice still stands: screening mammograms every other year start at 50.\n",
     6, 1, 'DATE010', ['40 to 74', '2024']),
    ('final-hasnt-been-issued',
     "---\ndate: 2023-08-01\n---\nThe USPSTF released its draft in May 2023; the final recommendation hasn't been issued, so our reminders still start at 50.\n",
     4, 1, 'DATE010', ['finalised', '2024']),
    ('comparator-aside',
     '---\ndate: 2021-04-01\n---\nDESTINY-Breast03, the randomised comparison with T-DM1, is still in follow-up and has not yet reported.\n',
     4, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('katherine-not-out',
     '---\ndate: 2018-06-01\n---\nThe KATHERINE study is giving Kadcyla instead of Herceptin to people with cancer left after surgery, but its results are not out yet.\n',
     4, 1, 'DATE010', ['KATHERINE', '2019']),
    ('brain-usual-lapatinib',
     '---\ndate: 2019-09-01\n---\nIf the brain metastases progress after radiotherapy, the standard drug option is lapatinib with capecitabine.\n',
     4, 1, 'DATE010', ['tucatinib', '2020']),
    ('no-drug-isnt-a',
     "---\ndate: 2019-02-01\n---\nThe antibodies are too large to reach the brain, so there isn't a HER2 drug that treats cancer there.\n",
     4, 1, 'DATE010', ['tucatinib', '2020']),
    ('biosimilar-not-on-sale',
     '---\ndate: 2019-01-15\n---\n### Is there a cheaper copy of Herceptin?\n\nTwo trastuzumab biosimilars have FDA approval, but none is on sale in the US yet.\n',
     6, 1, 'DATE010', ['Ogivri', '2017']),
    ('lead-to-wider-approval',
     '---\ndate: 2023-02-01\n---\nThe DESTINY-PanTumor02 study could lead to a wider approval of Enhertu, probably in 2024.\n',
     4, 30, 'DATE011', ['2024-12-31', 'DESTINY-PanTumor02']),
    ('decision-will-come',
     "---\ndate: 2022-03-01\n---\nEnhertu's second-line application is with the FDA, and a decision will come this year.\n",
     4, 58, 'DATE011', ['2022-12-31', '2022-05-04']),
    # Blind round 23 (sets 92-95), in our own words: "given only to people whose cancer has
    # spread", a table's second line, "only for after ... Kadcyla", second-line use off-label,
    # the final USPSTF recommendation not yet issued.
    ('given-only-spread',
     "## Who is it for?\n\nAt our clinic, Kadcyla is given only to people whose breast cancer has spread; it isn't used to treat early breast cancer.\n",
     3, 1, 'DATE010', ['KATHERINE', '2019']),
    ('table-second-row',
     '| Line | Usual choice |\n|---|---|\n| First | THP |\n| Second | T-DM1 (Kadcyla) |\n',
     4, 3, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('through-kadcyla',
     "My oncologist said Enhertu is only for after you've been through Kadcyla.\n",
     1, 1, 'DATE010', ['one prior', '2022']),
    ('second-line-off-label',
     'Enhertu is still approved only after two or more prior anti-HER2 regimens, so second-line use is off-label for now.\n',
     1, 1, 'DATE010', ['one prior', '2022']),
    ('final-not-issued',
     '> [!note] Update pending\n> The USPSTF posted a draft in May 2023 lowering the start to 40; the final recommendation has not been issued yet.\n',
     2, 3, 'DATE010', ['finalised', '2024']),
    # Blind round 22 (sets 88-91), in our own words: a draft expected by a date long passed;
    # "with Enhertu now available from the third line" does not make T-DM1's second line current.
    ('draft-expected',
     '---\ndate: 2022-11-01\n---\n# Screening at a glance\n\nThe Task Force is updating its breast screening advice, and a draft is expected sometime in 2023.\n',
     6, 63, 'DATE011', ['2023', '2024-04-30']),
    ('enhertu-now-third-line',
     'For people whose cancer grows on trastuzumab and pertuzumab, T-DM1 remains the standard second-line treatment, with Enhertu now available from the third line on.\n',
     1, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    # Blind round 21 (sets 84-87), in our own words: flash cards, "isn't approved", "is meant
    # for", a trial awaited, "whether or not", HER2-low "in exactly the same way" and "a
    # descriptive term", a promised decision, "after trastuzumab" before the words.
    ('flash-cards',
     '# Board review cards\n\nPertuzumab binding site::domain II, blocks HER2–HER3 pairing\nT-DM1 payload::DM1, a maytansinoid microtubule inhibitor; DAR ~3.5\nStandard 2L for HER2+ MBC after THP::T-DM1 (EMILIA)\n',
     5, 1, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('isnt-approved-early',
     "---\ndate: 2019-03-01\n---\n> Kadcyla isn't FDA-approved for early-stage breast cancer, so you may need to ask about a trial.\n",
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('meant-for',
     '---\ndate: 2020-06-01\n---\nEnhertu was approved in the United States in December 2019. It is meant for people who have already had at least two HER2 treatments for spread breast cancer.\n',
     4, 61, 'DATE010', ['one prior', '2022']),
    ('until-readout',
     '---\ndate: 2020-06-01\n---\n## Still pending\n\n- T-DXd stays a third-line-or-later drug until DESTINY-Breast03 reads out.\n',
     6, 3, 'DATE010', ['one prior', '2022']),
    ('whether-or-not',
     'You will keep having Herceptin every three weeks until you reach a year, whether or not any cancer was found at surgery.\n',
     1, 1, 'DATE010', ['KATHERINE', '2019']),
    ('same-way-as',
     '## How is HER2-low cancer treated?\n\nOutside a trial, HER2-low breast cancer is treated in exactly the same way as HER2-negative breast cancer.\n',
     3, 1, 'DATE010', ['HER2-low', '2022']),
    ('descriptive-term',
     'HER2-low is a descriptive term, not a treatment category: these tumours are managed exactly as HER2-negative disease.\n',
     1, 1, 'DATE010', ['HER2-low', '2022']),
    ('promised-decision',
     '---\ndate: 2020-03-01\n---\n# Phesgo\n\nThe FDA accepted the application earlier this year and has promised a decision by October 2020.\n',
     6, 60, 'DATE011', ['Phesgo', '2020']),
    ('after-trastuzumab-recent',
     '---\ndate: 2018-03-01\n---\n- Neratinib 240 mg daily for a year after trastuzumab — recently approved (FDA 07/2017).\n',
     4, 3, 'DATE008', ['Neratinib', '2017-07-17']),
    # Blind round 20 (sets 80-83), in our own words: an approval chosen by the setting the
    # sentence names, a drug likened to another, an answer under its question, "That's", a
    # condition contrary to fact, an appositive, an earlier sentence's narration, "and is
    # indicated".
    ('checklist-forties-choice',
     '## Preventive care (40–74)\n\n- [ ] Mammography: biennial 50–74 per USPSTF (grade B)\n- [ ] Age 40–49: shared decision per USPSTF (grade C); record it\n',
     3, 3, 'DATE010', ['USPSTF', '2024']),
    ('row-not-at-this-age',
     '## When to start\n\n| Age | Our advice |\n|---|---|\n| 40 to 49 | Your choice, made with your nurse; the USPSTF does not recommend routine screening at this age |\n',
     5, 3, 'DATE010', ['USPSTF', '2024']),
    ('final-still-pending',
     '## Checklist\n\n> [!note] USPSTF\n> A draft recommendation posted in May 2023 would shift biennial screening to begin at 40; the final version is still pending as this checklist is written.\n',
     4, 3, 'DATE010', ['finalised', '2024']),
    ('residual-invasive-new',
     'Kadcyla is a new treatment for people who still have invasive cancer after chemotherapy and surgery.\n',
     1, 1, 'DATE008', ['Kadcyla', '2019-05-03', 'KATHERINE']),
    ('earlier-treatment-recent',
     'Enhertu is a recently approved medicine for HER2-positive breast cancer that came back after an earlier HER2 treatment.\n',
     1, 1, 'DATE008', ['Enhertu', '2022-05-04']),
    ('neratinib-mbc-trials',
     '## Later lines\n\n- Neratinib in mBC: available only in trials for now.\n',
     3, 3, 'DATE008', ['Neratinib', '2020-02-25', '208051']),
    ('likened-drug-reviewed',
     '---\ndate: 2020-09-01\n---\n# Glossary\n\n### Margenza (margetuximab)\n\nAn antibody similar to trastuzumab; the FDA is reviewing it and a decision is expected in December 2020.\n',
     8, 41, 'DATE011', ['margetuximab', '2020-12-16', '761150']),
    ('answer-to-question',
     '**Q:** Preferred 2L for HER2+ MBC after THP?\n**A:** T-DM1 (EMILIA).\n',
     2, 3, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('thats-second-line',
     "Most people move on to Kadcyla. That's the usual second-line treatment, with Enhertu after it.\n",
     1, 33, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('hypothetical-3plus',
     'If my IHC score had been 3+, meaning strong staining in more than 30% of cells, the answer would have been clear.\n',
     1, 1, 'DATE010', ['ASCO/CAP', '2013']),
    ('appositive-held-back',
     'Another option, trastuzumab deruxtecan (Enhertu), is usually kept back until at least two HER2 treatments have been tried.\n',
     1, 1, 'DATE010', ['one prior', '2022']),
    ('narration-before-pronoun',
     'Kadcyla was first approved in February 2013 for spread disease treated before with trastuzumab and a taxane. It is the standard second-line treatment for HER2-positive metastatic breast cancer.\n',
     1, 110, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('approved-and-indicated',
     '---\ndate: 2020-03-01\n---\nEnhertu received accelerated approval in December 2019 and is indicated for people who have had two or more anti-HER2 regimens for metastatic disease.\n',
     4, 1, 'DATE010', ['one prior', '2022', 'predates']),
    ('two-earlier-anti-her2',
     'Enhertu is given once two earlier anti-HER2 treatments for advanced disease have stopped working.\n',
     1, 1, 'DATE010', ['one prior', '2022']),
    # Blind set 62: "the newly approved injection" refers back to the drug the section named.
    ("refers-back", "On June 29 the FDA approved Phesgo, a fixed-dose mix of pertuzumab and trastuzumab given under "
     "the skin.\n\nThe approval rested on a trial of blood levels.\n\nThe newly approved injection takes about "
     "eight minutes.\n", 5, 5, "DATE008", ["Phesgo", "2020", "761170"]),
    # Blind set 61: starting at 40 is "optional" in the 2016 advice, not the 2024 start.
    ("forty-optional", "## Screening\n\n- USPSTF: biennial mammography at ages 50-74; starting at 40 is optional.\n",
     3, 3, "DATE010", ["USPSTF", "2024"]),
    # Blind set 60: a maker's expectation of a decision, by a date long passed.
    ("expects-decision", "---\ndate: 2019-12-15\n---\n# Tucatinib for brain metastases\n\nThe maker expects an "
     "FDA decision in the second half of 2020.\n", 6, 11, "DATE011", ["Tucatinib", "2020", "213411"]),
    # Blind set 60: "recently approved" with a setting word far from it ("for maintenance doses").
    ("recent-far-setting", "- **Phesgo**, a recently approved injection that combines pertuzumab, trastuzumab and "
     "hyaluronidase, takes about 5 minutes for maintenance doses.\n", 1, 5, "DATE008", ["Phesgo", "2020", "761170"]),
    ("tdm1-only-spread", "Kadcyla can only be offered once the cancer has spread to other organs.\n",
     1, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("low-no-medicines", "There are no approved HER2-directed medicines for HER2-low tumours.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("hylecta-no-injection",
     "Herceptin is always given through a drip in the arm; there is no injection form in the US.\n",
     1, 1, "DATE010", ["trastuzumab", "2019", "761106"]),
    ("only-agent-note", "- trastuzumab: the only anti-HER2 agent approved\n",
     1, 3, "DATE010", ["trastuzumab", "2007", "022059"]),
    ("sole-agent-note", "- Herceptin = sole HER2-targeted drug\n",
     1, 3, "DATE010", ["trastuzumab", "2007", "022059"]),
    ("neratinib-no-more", "When you finish 12 months of Herceptin, there are no more HER2 drugs to take.\n",
     1, 1, "DATE010", ["neratinib", "2017", "ExteNET"]),
    ("pertuzumab-not-after-surgery",
     "Pertuzumab is not offered after your operation; you carry on with trastuzumab alone.\n",
     1, 1, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("tucatinib-pending", "- Tukysa + T + cape: FDA decision pending\n",
     1, 3, "DATE010", ["tucatinib", "2020", "213411"]),
    ("neratinib-under-review", "Neratinib after a year of Herceptin is under FDA review.\n",
     1, 1, "DATE010", ["neratinib", "2017", "208051"]),
    ("pertuzumab-adjuvant-pending", "## Adjuvant\n\n- APHINITY: pertuzumab + adj trastuzumab, approval pending\n",
     3, 3, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("arrow-chain", "- HP + docetaxel → Kadcyla → Enhertu → tucatinib triplet\n",
     1, 3, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("second-line-soc", "- 2nd-line standard of care = T-DM1\n",
     1, 3, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("split-wikilink-soc", "- [[Trastuzumab]] [[emtansine]] is the standard 2nd line\n",
     1, 5, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("tdxd-only-after-two", "T-DXd is only used when someone has had two earlier HER2 treatments.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("low-testing-note", "IHC 1+/2+ (ISH-negative) → HER2-negative: no HER2-targeted tx\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("low-testing-patient", "A 2+ result with a negative FISH test means HER2 drugs will not help.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("uspstf-after", "You don't have to start mammograms until you are 50, says the USPSTF.\n",
     1, 1, "DATE010", ["USPSTF", "2024"]),
    ("nsclc-no-targeted", "- HER2-mutant lung cancer: no approved targeted drugs; T-DXd only in trials.\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Lung02"]),
    ("nsclc-phase", "---\ndate: 2021-03-01\n---\n- Enhertu for HER2-mutant NSCLC: in phase 2\n",
     4, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Lung02"]),
    ("agnostic-lacks", "- T-DXd lacks a tumor-agnostic approval\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2024", "761139"]),
    ("residual-note", "- residual invasive dz post-TCHP: complete 1 yr trastuzumab\n",
     1, 3, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("tdxd-if-two", "You can only have Enhertu if you've previously had at least two HER2 treatments.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("low-drugs-dont-work", "HER2-low cancer is treated like HER2-negative disease, as HER2-targeted drugs don't "
                            "work for it.\n", 1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("low-no-treatment", "There is no approved treatment for people with HER2-low breast cancer.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("score-not-treated", "Tumours that score 1+ are considered HER2-negative and are not treated with anti-HER2 "
                          "therapy.\n", 1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("nsclc-being-studied", "Enhertu is being studied in lung cancers with HER2 mutations.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Lung02"]),
    ("non-pcr-continue", "- Non-pCR: continue trastuzumab ± pertuzumab to complete 1 year\n",
     1, 3, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("brain-no-drugs", "There are no targeted drugs that work for breast cancer that has spread to the brain.\n",
     1, 1, "DATE010", ["tucatinib", "2020", "HER2CLIMB"]),
    ("pertuzumab-not-for-use", "Perjeta is not approved for use after surgery.\n",
     1, 1, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("drip-no-other-way", "Herceptin is given as an IV infusion every three weeks; there is no other way to have it.\n",
     1, 1, "DATE010", ["trastuzumab", "2019", "761106"]),
    ("next-after-first-line", "If the cancer grows despite first-line treatment, most people will be offered Kadcyla "
                              "(T-DM1) next.\n", 1, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("usual-next", "After Herceptin and Perjeta stop working, the usual next treatment is Kadcyla.\n",
     1, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    # Typography of real pages: curly apostrophes, a non-breaking hyphen, a trademark sign.
    ("curly-apostrophe", "HER2-low cancer is treated like HER2-negative disease, as HER2-targeted drugs don\u2019t "
                         "work for it.\n", 1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("nonbreaking-hyphen", "T\u2011DM1 is the standard second-line treatment.\n",
     1, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("trademark", "Herceptin\u00ae is the only targeted medicine for HER2-positive breast cancer.\n",
     1, 1, "DATE010", ["trastuzumab", "2007", "022059"]),
    ("isnt-approved-low", "Enhertu isn\u2019t approved for HER2-low breast cancer yet.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("low-cant-have", "Most people whose breast cancer is HER2-low can't have HER2-targeted drugs.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("after-progression-recommended", "After progression on trastuzumab and pertuzumab, T-DM1 is the recommended "
                                      "next step.\n", 1, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("isnt-approved-date008", "Tucatinib isn\u2019t approved by the FDA.\n",
     1, 1, "DATE008", ["Tucatinib", "2020", "213411"]),
    ("isnt-yet-approved-date011", "Tucatinib isn't yet approved.\n",
     1, 11, "DATE011", ["Tucatinib", "2020", "213411"]),
    # A pronoun that speaks of the drug the sentence before named.
    ("pronoun", "Kadcyla (trastuzumab emtansine) is a targeted drug. It is the standard second-line treatment.\n",
     1, 53, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("pronoun-noun", "Enhertu is an antibody-drug conjugate. This drug can only be given after two earlier HER2 "
                     "treatments.\n", 1, 40, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    # Context from around the sentence: a drug heading over a pronoun, a question before its
    # answer, the item a list item is nested in.
    ("heading-pronoun", "## Kadcyla (T-DM1)\n\nIt is the usual second-line treatment when the cancer has spread.\n",
     3, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("question-answer", "**Is Enhertu used for HER2-low breast cancer?** Not yet: for now it is only available in "
                        "clinical trials.\n", 1, 49, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("nested-item", "- Kadcyla\n  - standard 2nd line\n", 2, 5, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("has-been-kadcyla", "The usual treatment after Herceptin and Perjeta, once the cancer grows, has been Kadcyla.\n",
     1, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("tdm1-not-early", "Kadcyla has not been approved for use in early breast cancer.\n",
     1, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("no-injection-us", "Herceptin is not available as an injection in the United States.\n",
     1, 1, "DATE010", ["trastuzumab", "2019", "761106"]),
    # A second round of variants, written as patient pages phrase them.
    ("ultralow-cannot", "People with HER2-ultralow breast cancer cannot receive Enhertu outside a trial.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2025", "DESTINY-Breast06"]),
    ("only-been-approved-low", "Enhertu has only been approved for HER2-low, so HER2-ultralow tumours are treated "
                               "with chemotherapy.\n", 1, 1, "DATE010", ["trastuzumab deruxtecan", "2025", "761139"]),
    ("separate-drips", "Perjeta and Herceptin have to be given as separate drips.\n",
     1, 1, "DATE010", ["Phesgo", "2020", "761170"]),
    ("wont-find-biosimilar", "You won't find a biosimilar for Herceptin in the US yet.\n",
     1, 1, "DATE010", ["biosimilar", "2017", "761074"]),
    ("cheaper-copies-expected", "Cheaper copies of trastuzumab (biosimilars) are expected in the next few years.\n",
     1, 1, "DATE010", ["biosimilar", "2017", "761074"]),
    ("neratinib-only-early", "Neratinib has only been approved for early breast cancer, not for cancer that has "
                             "spread.\n", 1, 1, "DATE010", ["neratinib", "2020", "NALA"]),
    ("no-therapy-colorectal", "There is no approved HER2-targeted therapy for HER2-positive colorectal cancer or "
                              "other solid tumours.\n", 1, 1, "DATE010", ["trastuzumab deruxtecan", "2024", "761139"]),
    ("thirty-percent-words", "A HER2 test is called positive if more than 30 percent of the cancer cells show strong "
                             "staining.\n", 1, 1, "DATE010", ["ASCO/CAP", "2013", "Wolff"]),
    ("still-cancer-carry-on", "If there is still cancer in the breast after chemotherapy, you will carry on with "
                              "Herceptin after surgery.\n", 1, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("not-amplified-not-recommended", "Tumours that are HER2 2+ and not amplified on FISH are HER2-negative, and "
                                      "anti-HER2 drugs are not recommended.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("tucatinib-being-evaluated", "Tucatinib is being evaluated in the HER2CLIMB trial for people with brain "
                                  "metastases.\n", 1, 1, "DATE010", ["tucatinib", "2020", "HER2CLIMB"]),
    # Clinicians' shorthand.
    ("note-third-line-geq", "- T-DXd: ≥3L, post T-DM1\n", 1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("note-sc-not-us", "- SC trastuzumab: not available in US\n", 1, 3, "DATE010", ["trastuzumab", "2019", "761106"]),
    ("note-pertuzumab-mbc-only", "- Pertuzumab: mBC only (CLEOPATRA); APHINITY results awaited\n", 1, 3, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("note-nsclc-no-approval", "- T-DXd NSCLC HER2m: no FDA approval yet\n", 1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Lung02"]),
    ("note-non-breast-off-label", "- T-DXd in non-breast solid tumours: off-label only\n", 1, 3, "DATE010", ["trastuzumab deruxtecan", "2024", "761139"]),
    ("note-only-mab", "- Trastuzumab = only anti-HER2 mAb approved\n", 1, 3, "DATE010", ["trastuzumab", "2007", "022059"]),
    ("note-one-plus-negative", "- 1+ = negative, not eligible for HER2-directed therapy\n", 1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    # Table rows: the cells read as one statement, reported from the row's first cell.
    ("row-second-line", "| Line | Treatment |\n| --- | --- |\n| 1L | THP |\n| 2L | T-DM1 (EMILIA) |\n",
     4, 3, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("row-third-line", "| Drug | Line |\n| --- | --- |\n| Enhertu | third line |\n",
     3, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("row-two-prior", "| Drug | Indication |\n| --- | --- |\n| T-DXd | after ≥2 prior anti-HER2 regimens |\n",
     3, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("row-asco", "| Score | Meaning |\n| --- | --- |\n| 3+ | >30% of cells, complete intense staining |\n",
     3, 3, "DATE010", ["ASCO/CAP", "2013", "Wolff"]),
    ("row-status", "| Agent | Status |\n| --- | --- |\n| margetuximab | experimental |\n",
     3, 3, "DATE010", ["margetuximab", "2020", "761150"]),
    # DATE008 across a name split into two wikilinks.
    ("split-wikilink-new", "[[Trastuzumab]] [[deruxtecan]] is a new drug for breast cancer that has spread.\n",
     1, 3, "DATE008", ["Trastuzumab deruxtecan", "2019", "761139"]),
    # Claims tied to a date: the approval that contradicts them, named with its source.
    ("claim-no-approval", "As of May 2021, T-DXd had no approval for HER2-low disease.\n",
     1, 1, "DATE011", ["T-DXd", "2022", "761139"]),
    ("claim-priority-review", "- as of 01/2020: Tukysa under FDA priority review\n",
     1, 3, "DATE011", ["Tukysa", "2020", "213411"]),
    ("claim-phase-untrialled", "---\nupdated: 2021-05-01\n---\n- DS-8201 for ERBB2-mutant NSCLC: currently in phase 2\n",
     4, 35, "DATE011", ["DS-8201", "2022", "761139"]),
    ("claim-aged-names-drug", "---\ndate: 2021-06-10\n---\nZanidatamab is currently in phase 3 trials.\n",
     4, 16, "DATE011", ["of Zanidatamab", "2021-06-10"]),
    # The classes blind set 8 found missing (2026-12-04), each in other words.
    ("residual-whatever-found", "## After your operation\n\nWhatever the pathologist reports, the plan is to "
                                "keep having Herceptin until a year is up.\n",
     3, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("pertuzumab-licensed-before", "---\ndate: 2016-05-01\n---\nPerjeta is approved only for use before the "
                                   "operation, so it is not continued afterwards.\n",
     4, 1, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("lapatinib-one-tablet", "---\ndate: 2019-01-10\n---\nTykerb is the one anti-HER2 pill on offer, taken "
                             "alongside capecitabine.\n",
     4, 1, "DATE010", ["tucatinib", "2020", "HER2CLIMB"]),
    ("low-in-phase", "---\ndate: 2020-06-01\n---\nFor HER2-low disease, Enhertu is in phase 3 at the moment.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("biosimilar-none-licensed", "| Product | Status |\n| --- | --- |\n| Herceptin biosimilars | none licensed "
                                 "here yet |\n",
     3, 3, "DATE010", ["trastuzumab", "2017", "Ogivri"]),
    ("phesgo-has-to-be-drip", "Perjeta has to be given as an infusion into a vein.\n",
     1, 1, "DATE010", ["pertuzumab", "2020", "Phesgo"]),
    ("hylecta-only-iv-use", "Trastuzumab is only licensed for intravenous use in America.\n",
     1, 1, "DATE010", ["trastuzumab", "2019", "761106"]),
    ("lung-only-breast", "---\ndate: 2021-02-01\n---\nIn HER2-mutant lung tumours T-DXd looks active, but it is only "
                         "approved for breast cancer.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Lung02"]),
    ("us-advice-from-50", "The US guidelines say to begin mammograms at age 50.\n",
     1, 1, "DATE010", ["USPSTF", "2024"]),
    ("residual-finish-note", "- residual dz after TCH: finish H to 12 mo\n",
     1, 3, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("neratinib-nothing-licensed", "- after 1 yr of Herceptin: nothing licensed to extend therapy\n",
     1, 3, "DATE010", ["neratinib", "2017", "ExteNET"]),
    ("margetuximab-filing", "---\ndate: 2019-10-01\n---\n- margetuximab (SOPHIA): BLA filing expected\n",
     4, 3, "DATE010", ["margetuximab", "2020", "761150"]),
    ("tdxd-newly-approved-two", "---\ndate: 2020-03-01\n---\n# Enhertu\n\nRecently approved (December 2019) for "
                                "people who have had two or more anti-HER2 regimens for metastatic disease.\n",
     6, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("neratinib-early-only", "---\ndate: 2019-04-01\n---\nNerlynx? It is approved for early breast cancer only.\n",
     4, 10, "DATE010", ["neratinib", "2020", "NALA"]),
    ("ultralow-nothing-to-offer", "---\ndate: 2023-09-01\n---\nWith only faint staining there is nothing to "
                                  "offer that targets HER2.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2025", "DESTINY-Breast06"]),
    ("not-positive-never", "---\ndate: 2015-01-01\n---\nIf a cancer is not HER2-positive, anti-HER2 drugs will "
                           "never be offered.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("tdxd-once-tdm1", "You can only get Enhertu once you have already had Kadcyla.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("aphinity-testing-whether", "---\ndate: 2014-06-01\n---\nA trial is testing whether pertuzumab after "
                                 "surgery lowers the risk of relapse.\n",
     4, 1, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("residual-in-heading", "## If some cancer remains after chemotherapy\n\nYou will carry on with Herceptin to "
                            "complete a year.\n",
     3, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("tdm1-mbc-only-row", "| Drug | Use |\n| --- | --- |\n| Kadcyla | mBC only |\n",
     3, 3, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("ultralow-only-in-the-trial", "---\ndate: 2024-03-01\n---\nWith HER2-ultralow results, T-DXd is given only "
                                   "in the trial.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2025", "DESTINY-Breast06"]),
    ("chain-in-prose", "---\ndate: 2021-01-01\n---\nMost people have Herceptin with Perjeta first, then "
                       "Kadcyla, and after that Enhertu.\n",
     4, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("trial-ongoing", "---\ndate: 2021-01-01\n---\n- DESTINY-Breast04 (T-DXd in HER2-low): still recruiting\n",
     4, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("organ-no-approved", "- Biliary HER2+: no approved HER2 tx; trials only\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2024", "761139"]),
    ("title-drug", "# Herceptin: your questions\n\n## How long is treatment?\n\nOne year in total, even if "
                   "some cancer remains after chemotherapy.\n",
     5, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("comes-back-next", "---\ndate: 2017-01-01\n---\nIf the cancer comes back, Kadcyla is usually the next "
                        "treatment.\n",
     4, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("no-extra-tablet", "---\ndate: 2016-05-01\n---\nThere is no additional tablet to take after your year of "
                        "Herceptin.\n",
     4, 1, "DATE010", ["neratinib", "2017", "ExteNET"]),
    ("not-for-you", "A 1+ score counts as negative, so HER2 drugs aren't for you.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("whatever-organ", "---\ndate: 2022-01-01\n---\nWhatever the organ, HER2-high tumours cannot get T-DXd "
                       "outside a study.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2024", "761139"]),
    ("unlike-egfr", "---\ndate: 2021-01-01\n---\nUnlike EGFR, a HER2 mutation in lung cancer has no approved "
                    "targeted drug.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Lung02"]),
    ("row-investigational", "| Drug | Status |\n| --- | --- |\n| Tukysa | investigational |\n",
     3, 3, "DATE010", ["tucatinib", "2020", "213411"]),
    ("own-indication", "Nerlynx has not been approved for anyone with early breast cancer.\n",
     1, 1, "DATE008", ["Nerlynx", "2017", "208051"]),
    ("heading-names-therapies", "## New treatments\n\n- Kadcyla\n",
     3, 3, "DATE008", ["Kadcyla", "2013", "125427"]),
    ("only-two-agents", "---\ndate: 2010-05-01\n---\n- trastuzumab & lapatinib: the only 2 drugs for HER2+\n",
     4, 3, "DATE010", ["pertuzumab", "2012", "CLEOPATRA"]),
    # The subject after a comparison that governs another name: "after Kadcyla" is Kadcyla's.
    ("lapatinib-next-after-tdm1", "Once Kadcyla stops working, lapatinib plus capecitabine is the usual next step.\n",
     1, 1, "DATE010", ["tucatinib", "2020", "HER2CLIMB"]),
    # A row says what its table's header names: the ratio's column is in the header only.
    ("row-under-ratio-header", "| HER2/CEP17 ratio | We report |\n| --- | --- |\n| over 2.2 | amplified |\n",
     3, 3, "DATE010", ["ASCO/CAP", "2013"]),
    # The grey zones of 2007 in other words than "equivocal".
    ("borderline-ratio", "Counts that give a ratio from 1.8 to 2.2 are called borderline and are recounted.\n",
     1, 1, "DATE010", ["ASCO/CAP", "2013"]),
    ("ten-to-thirty", "When only 10 to 30% of the cells stain strongly, the lab calls the result 2+.\n",
     1, 1, "DATE010", ["ASCO/CAP", "2013"]),
    # A minus sign (U+2212), as lab notes type it, is a minus.
    ("minus-sign-ish", "- IHC 2+ / ISH\u2212: HER2-neg, so HER2-targeted drugs are not an option\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    # A trial stands for the approval it led to, in claims tied to a date.
    ("trial-results-due", "---\ndate: 2021-02-01\n---\nFindings from DESTINY-PanTumor02 are expected in 2023.\n",
     4, 1, "DATE011", ["deruxtecan", "2024", "761139"]),
    ("trial-in-phase-3", "---\ndate: 2020-03-01\n---\nDB-03 is currently in phase 3, pitting Enhertu against "
                         "Kadcyla.\n",
     4, 10, "DATE011", ["Enhertu", "2022", "761139"]),
    # A FAQ answer stands under its question's whole line, not under the answers before it.
    ("faq-answer-research", "**What is Enhertu?** An antibody that carries a drug into cells.\n**Can it treat "
                            "HER2-low tumours?** Only in research studies.\n",
     2, 36, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    # "Later this year" in an article of 2020 runs to 2020's end.
    ("expected-later-this-year", "---\ndate: 2020-03-01\n---\nThe EMA is reviewing Enhertu, and its decision "
                                 "is expected later this year.\n",
     4, 51, "DATE011", ["2020-12-31"]),
    # "Whatever the result", however the result is named.
    ("whatever-the-result", "## After your operation\n\nWhatever the pathology result, you finish a year of "
                            "Herceptin.\n",
     3, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    # Being looked at in studies is being studied.
    ("looked-at-in-studies", "Tucatinib is being looked at in studies for people whose cancer has spread.\n",
     1, 1, "DATE008", ["Tucatinib", "2020", "213411"]),
    # Admonitions and containers: the marker line is markup; the finding is at the body.
    ("mkdocs-admonition", "!!! warning\n    An IHC 1+ result is HER2-negative, so no HER2-directed drug applies.\n",
     2, 5, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("docusaurus-container", ":::tip Testing\nA HER2/CEP17 ratio above 2.2 means the gene is amplified.\n:::\n",
     2, 1, "DATE010", ["ASCO/CAP", "2013"]),
    # A .md file written as MDX: the text inside a component is prose.
    ("jsx-in-md", "<Note>\nTucatinib is an emerging tablet.\n</Note>\n",
     2, 1, "DATE008", ["Tucatinib", "2020", "213411"]),
    # Every passage stands under its page's title ("USPSTF mammogram advice" over the table).
    ("page-title-setting", "---\ntitle: USPSTF mammogram advice\ndate: 2019-01-01\n---\n\n| Age | Advice |\n"
                           "|---|---|\n| 40-49 | an individual choice |\n",
     8, 3, "DATE010", ["USPSTF", "2024"]),
    # DATE011 on a one-drug page reads its drug where the sentence names none.
    ("one-drug-page-review", "---\ntitle: Margenza\ndate: 2020-09-01\n---\n\n## Is it licensed?\n\nThe agency "
                             "is reviewing it, and a decision is expected by December 2020.\n",
     8, 1, "DATE011", ["Margenza", "2020", "761150"]),
    ("as-of-early-year", "---\ndate: 2020-01-01\n---\nAs of early 2019, no HER2 vaccine is approved.\n",
     4, 1, "DATE011", ["2019-12-31"]),
    ("treated-exactly-like", "---\ndate: 2021-01-01\n---\nHER2-low cancers are managed exactly like HER2-negative "
                             "ones.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    # "can get X only within a trial" restricts; "can get X" alone is current.
    ("only-within-a-trial", "---\ndate: 2021-06-01\n---\nPeople with HER2-low cancer can get T-DXd only within a "
                            "clinical trial.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast04"]),
    ("only-this-way", "Herceptin goes into a vein through a drip; it can only be given this way.\n",
     1, 1, "DATE010", ["trastuzumab", "2019", "761106"]),
    ("before-surgery-only", "Perjeta is licensed before surgery only.\n",
     1, 1, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("lapatinib-for-the-brain", "- CNS progression: lapatinib plus capecitabine is the main systemic choice.\n",
     1, 3, "DATE010", ["tucatinib", "2020", "HER2CLIMB"]),
    ("thirty-or-fewer", "Equivocal (2+): strong complete staining in 30% or fewer of the cells.\n",
     1, 1, "DATE010", ["ASCO/CAP", "2013"]),
    # Early breast cancer is the injection's own indication, no new setting.
    ("recent-injection", "Herceptin Hylecta, the recently approved injection, is now used for early breast cancer.\n",
     1, 1, "DATE008", ["Hylecta", "2019", "761106"]),
    # From blind sets 20-23 (read after their held-out measurement), in our own words.
    ("expected-first-half", "---\ndate: 2019-06-01\n---\nThe agency's decision on Nerlynx with capecitabine is expected in the first half of 2020.\n",
     4, 14, "DATE011", ["Nerlynx", "2020-02-25", "208051"]),
    ("comes-after-tdm1", "T-DXd comes after T-DM1 in our unit.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("once-you-reach-50", "The USPSTF suggests a mammogram every two years once you reach 50.\n",
     1, 1, "DATE010", ["USPSTF", "2024"]),
    ("even-when-found", "## After surgery\n\nEven when some cancer is found, you simply finish your year of Herceptin.\n",
     3, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("second-her2-treatment", "For spread disease, Kadcyla is usually the second HER2 treatment.\n",
     1, 1, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("no-agnostic-approval", "- No tissue-agnostic HER2 approval: use a basket trial for bladder tumours\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2024", "761139"]),
    ("not-lead-to-any", "In bladder cancer, a HER2-positive result does not lead to any approved treatment.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2024", "761139"]),
    ("no-place-for", "- IHC 1+: HER2-negative; no place for HER2-targeted agents\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("lapatinib-only-option", "- Brain mets: lapatinib plus capecitabine is about the only option with intracranial activity.\n",
     1, 3, "DATE010", ["tucatinib", "2020", "HER2CLIMB"]),
    ("no-adjuvant-approval", "Pertuzumab has no adjuvant approval, so after surgery it is given only in trials.\n",
     1, 1, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("recommendation-label", "- Recommendation: T-DM1 as second line\n",
     1, 3, "DATE010", ["T-DM1", "2022", "DESTINY-Breast03"]),
    ("status-label", "# Phesgo\n\n**Status:** recently approved injection.\n",
     3, 13, "DATE008", ["Phesgo", "2020", "761170"]),
    ("no-combined-injection", "Perjeta goes in as its own drip; there is no combined pertuzumab and trastuzumab injection.\n",
     1, 1, "DATE010", ["Phesgo", "2020", "761170"]),
    ("like-a-score-of-0", "A 1+ result is treated exactly like a score of 0.\n",
     1, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("not-outside-a-study", "---\ndate: 2018-05-01\n---\nNerlynx is still being studied and is not available "
                            "outside a clinical trial.\n",
     4, 12, "DATE011", ["Nerlynx", "2017", "208051"]),
    # A note's item that names no drug speaks of the one its section is titled with.
    ("item-under-drug-title", "# [[Tucatinib]]\n\n- Novel oral TKI; trials in other cancers\n",
     3, 3, "DATE008", ["Tucatinib", "2020", "213411"]),
    # A semicolon ends a statement: the trials are the second one's, not the novelty's excuse.
    ("novel-then-trials", "- Pertuzumab: a novel antibody; new combinations under study\n",
     1, 3, "DATE008", ["Pertuzumab", "2012", "125409"]),
    # From blind sets 24-27, in our own words. Expectations timed within a year ("2H 2021"), by
    # "not before", after what they expect (", expected in 2022"), or "as of this summer".
    ("expected-half-year", "---\ndate: 2021-03-01\n---\n- T-DXd after one prior regimen: FDA decision "
                           "expected in 2H 2021.\n",
     4, 34, "DATE011", ["2021-12-31", "has passed"]),
    ("analysis-not-before", "DESTINY-Breast03 is fully enrolled; its first analysis is not expected before 2022.\n",
     1, 41, "DATE011", ["DESTINY-Breast03", "2022", "has passed"]),
    ("trailing-expected", "Our protocol changes once the agency rules on DESTINY-Breast03, expected in 2022.\n",
     1, 65, "DATE011", ["DESTINY-Breast03", "2022-05-04"]),
    ("as-of-season", "---\ndate: 2020-09-01\n---\nAs of this summer, margetuximab is still not approved.\n",
     4, 1, "DATE011", ["margetuximab", "2020-12-16", "761150"]),
    # "The only oral regimen" in spread disease: NALA's combination (February 2020) came first,
    # and the finding names HER2CLIMB's (April 2020) too.
    ("only-oral-regimen", "---\ndate: 2018-01-01\n---\nFor spread disease, lapatinib with capecitabine is the "
                          "only oral HER2 regimen we have.\n",
     4, 1, "DATE010", ["neratinib", "2020-02-25", "NALA", "also since 2020-04-17", "tucatinib", "213411"]),
    # HER2-negative read as "no HER2 drug", before HER2-low was carved out of it.
    ("negative-means-none", "---\ndate: 2019-06-01\n---\nWith a HER2-negative result, HER2 medicines will not "
                            "be part of your care.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("no-anti-her2-role", "- HER2-low (1+): no anti-HER2 role outside trials\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    # A definition list: the finding is on the definition's line, where its words are.
    ("glossary-definition", "**Tucatinib (Tukysa)**\n: An experimental HER2 tablet tested with capecitabine.\n",
     2, 6, "DATE008", ["Tucatinib", "2020", "213411"]),
    # The combined injection described, not named.
    ("combined-injection-pending", "---\ndate: 2020-02-01\n---\nOne injection that combines pertuzumab and "
                                   "trastuzumab is awaiting approval.\n",
     4, 1, "DATE010", ["Phesgo", "2020", "761170"]),
    # Kadcyla "emerging" where cancer is left after surgery: its 2019 approval, not its 2013 one.
    ("emerging-after-surgery", "Kadcyla is an emerging option when some cancer is left over after surgery.\n",
     1, 1, "DATE008", ["Kadcyla", "2019-05-03", "KATHERINE"]),
    # A paragraph with no subject under a drug's heading speaks of that drug.
    ("subjectless-under-heading", "## Tucatinib (Tukysa)\n\nRecently approved tablet for spread disease, given "
                                  "with capecitabine.\n",
     3, 1, "DATE008", ["Tucatinib", "2020", "213411"]),
    # From blind sets 28-31, in our own words. What came of an awaited decision no approval names.
    ("final-expected", "---\ndate: 2023-07-01\n---\nThe task force's draft would move the start to 40; the "
                       "final recommendation is expected later this year.\n",
     4, 80, "DATE011", ["2024-04-30", "USPSTF final recommendation statement"]),
    # An expectation for early 2018 may have been met in December 2017.
    ("expected-early", "- Adjuvant pertuzumab (APHINITY): an FDA decision is expected by early 2018.\n",
     1, 35, "DATE011", ["APHINITY", "2017-12-20"]),
    ("available-only-iv", "---\ndate: 2017-05-01\n---\nHerceptin is available only as an intravenous infusion.\n",
     4, 1, "DATE010", ["trastuzumab", "2019", "761106"]),
    # A labelled item's later sentences speak of its label ("- **1+**: ... Report as negative; ...").
    ("label-then-sentence", "- **1+**: weak partial staining. Reported as negative; no HER2-directed therapy.\n",
     1, 34, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    ("pd-l1-is-no-driver", "- No FDA-approved targeted therapy for HER2-mutant NSCLC; 1L is chemotherapy with "
                           "immunotherapy by PD-L1.\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Lung02"]),
    ("still-finds-some", "---\ndate: 2018-01-01\n---\nIf the surgeon still finds some cancer, you go on with "
                         "Herceptin until a full year is done.\n",
     4, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("no-adjuvant-indication", "## Pertuzumab\n\n- Neoadjuvant and metastatic use only; no adjuvant indication.\n",
     3, 3, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("not-adjuvant", "- Pertuzumab belongs to the neoadjuvant and metastatic settings, not adjuvant.\n",
     1, 3, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    # A dated page's statement is told the change it could not know of first.
    ("later-change-first", "---\ndate: 2019-03-01\n---\n| Agent | Grade |\n|---|---|\n| 0 (faint, incomplete "
                           "staining in up to 10%) | HER2-negative; no HER2-directed therapy |\n",
     6, 3, "DATE010", ["2025-01-27", "ultralow"]),
    ("comes-third", "---\ndate: 2021-01-01\n---\nEnhertu usually comes third, after a course of Kadcyla.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("no-copies-exist", "---\ndate: 2016-06-01\n---\nCopies of Herceptin don't exist here yet.\n",
     4, 1, "DATE010", ["trastuzumab", "2017", "761074"]),
    ("counted-negative", "---\ndate: 2020-03-01\n---\nA score of 1+ is counted as HER2-negative when treatment is "
                         "planned.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "761139"]),
    # From blind sets 32-35, in our own words.
    ("inside-a-trial", "---\ndate: 2019-01-01\n---\nMy friend is on margetuximab, but you can only get it inside a "
                       "clinical trial.\n",
     4, 1, "DATE010", ["margetuximab", "2020", "761150"]),
    ("comes-as-drip", "---\ndate: 2018-01-01\n---\nHerceptin only comes as a drip.\n",
     4, 1, "DATE010", ["trastuzumab", "2019", "761106"]),
    ("not-before-50", "---\ndate: 2019-01-01\n---\nThe task force doesn't recommend routine screening before 50.\n",
     4, 1, "DATE010", ["USPSTF", "2024", "JAMA 2024"]),
    ("still-says-50", "---\ndate: 2021-01-01\n---\nThe USPSTF still says 50.\n",
     4, 1, "DATE010", ["USPSTF", "2024", "JAMA 2024"]),
    ("comparison-row", "---\ndate: 2020-01-01\n---\n| Body | Start | Interval |\n|---|---|---|\n| USPSTF | 50 | every "
                       "2 years |\n",
     6, 3, "DATE010", ["USPSTF", "2024", "JAMA 2024"]),
    ("in-force-as-of", "As of May 2022 the task force's 2016 statement remains in force.\n",
     1, 1, "DATE010", ["USPSTF", "2024-04-30", "JAMA 2024"]),
    ("lung-not-yet-have", "---\ndate: 2021-01-01\n---\nHER2-mutant lung cancer doesn't have an approved targeted drug "
                          "yet.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Lung02"]),
    ("possible-in", "An FDA decision for T-DXd in HER2-mutant lung cancer is possible in 2022.\n",
     1, 1, "DATE011", ["2022-12-31", "has passed"]),
    ("meeting-readout", "---\ndate: 2018-06-01\n---\nKATHERINE results are expected at SABCS in December.\n",
     4, 23, "DATE011", ["KATHERINE", "2019-05-03"]),
    ("asco-cap-update", "---\ndate: 2013-03-01\n---\nThe ASCO/CAP panel's updated guideline is expected later this "
                        "year.\n",
     4, 43, "DATE011", ["2013-10-07", "ASCO/CAP"]),
    ("next-drug", "---\ndate: 2019-01-01\n---\nIf it spreads, Kadcyla is usually the next drug after Herceptin and "
                  "Perjeta.\n",
     4, 1, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    # From blind sets 36-39, in our own words.
    ("forties-not-recommended", "---\ndate: 2020-01-01\n---\nIn your 40s, the task force does not recommend "
                                "routine mammograms.\n",
     4, 1, "DATE010", ["USPSTF", "2024", "JAMA 2024"]),
    ("forties-harms-weighed", "---\ndate: 2020-01-01\n---\nFor women aged 40 to 49 the USPSTF leaves the decision "
                              "to each woman, weighing harms such as false positives.\n",
     4, 1, "DATE010", ["USPSTF", "2024", "JAMA 2024"]),
    ("final-recommendation-expected", "---\ndate: 2023-07-01\n---\nA final recommendation from the task force is "
                                      "expected in 2024.\n",
     4, 3, "DATE011", ["2024-12-31", "has passed", "since then (2024-04-30)"]),
    ("priority-review", "---\ndate: 2019-02-01\n---\nThe Kadcyla application for cancer left after surgery has "
                        "priority review.\n",
     4, 55, "DATE011", ["Kadcyla", "2019-05-03"]),
    ("decision-after-drug-named", "---\ndate: 2019-06-01\n---\nNeratinib is licensed only after a year of "
                                  "Herceptin.\n\nThe company hopes for a decision on the metastatic use, "
                                  "expected in 2020.\n",
     6, 23, "DATE011", ["Neratinib was FDA-approved on 2020-02-25"]),
    # From blind sets 40-43, in our own words.
    ("not-recommended-before-50", "---\ndate: 2021-01-01\n---\nUnder the task force's advice, mammograms are not "
                                  "recommended before 50; from 40 to 49 it is your choice.\n",
     4, 1, "DATE010", ["USPSTF", "2024", "JAMA 2024"]),
    ("wait-until-50", "---\ndate: 2021-01-01\n---\nThe USPSTF says people at average risk can wait until 50.\n",
     4, 1, "DATE010", ["USPSTF", "2024", "JAMA 2024"]),
    ("quick-reference-forties", "---\ndate: 2021-01-01\n---\n- Ages 40-49: do not order routine mammograms; "
                                "record the patient's wishes (USPSTF).\n",
     4, 3, "DATE010", ["USPSTF", "2024", "JAMA 2024"]),
    ("no-doubt-thirty-percent", "---\ndate: 2016-01-01\n---\nMy report said 3+, meaning strong staining in more "
                                "than 30% of cells, so there was no doubt about it.\n",
     4, 1, "DATE010", ["ASCO/CAP", "2013"]),
    ("that-advice-unchanged", "---\ndate: 2019-05-01\n---\nThe Task Force advises mammograms every other year "
                              "from age 50.\n\nAs of 2019, the Task Force has not changed that advice.\n",
     6, 1, "DATE011", ["since then (2024-04-30)", "USPSTF"]),
    # From blind sets 44-47, in our own words.
    ("emerging-after-two-years", "---\ndate: 2025-10-01\n---\n- T-DXd: an emerging option in HER2-mutant NSCLC.\n",
     4, 3, "DATE008", ["emerging", "2022-08-11"]),
    ("held-back-after-tdm1", "- T-DXd waits until after T-DM1 and one further anti-HER2 line.\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("arrow-after-thp", "- Progression on THP -> T-DM1 is next.\n",
     1, 3, "DATE010", ["trastuzumab deruxtecan", "2022", "DESTINY-Breast03"]),
    ("approved-only-metastatic", "---\ndate: 2015-01-01\n---\nFor now, pertuzumab is FDA-approved only for metastatic "
                                 "and pre-operative use.\n",
     4, 1, "DATE010", ["pertuzumab", "2017", "APHINITY"]),
    ("not-any-other-medicine", "---\ndate: 2016-01-01\n---\nOnce the year of Herceptin is over, there isn't any other "
                               "medicine to take.\n",
     4, 1, "DATE010", ["neratinib", "2017", "ExteNET"]),
    ("could-come-this-year", "---\ndate: 2021-03-01\n---\nThe company has applied; a decision could come later this "
                             "year.\n",
     4, 28, "DATE011", ["2021-12-31", "has passed"]),
    ("hope-approved-in", "---\ndate: 2021-05-01\n---\nDoctors hope Enhertu will be approved for HER2-mutant lung "
                         "cancer in 2022.\n",
     4, 9, "DATE011", ["has passed", "2022-08-11"]),
    ("new-pill-approved-in", "---\ndate: 2020-06-01\n---\nTukysa is a new pill, approved in April 2020, taken with "
                             "Herceptin and capecitabine.\n",
     4, 1, "DATE008", ["Tukysa", "2020-04-17"]),
    # From blind sets 48-51, in our own words.
    ("keep-going-year", "- Residual invasive disease -> keep going with trastuzumab until the year is done\n",
     1, 3, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("plan-unchanged-by-pathology", "---\ndate: 2018-01-01\n---\nAfter the operation you keep going with Herceptin, "
                                    "and the plan does not change with what the pathologist finds.\n",
     4, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("remains-in-force", "!!! info \"Status\"\n    As of May 2021 the Task Force has kept its starting age, and "
                         "the 2016 recommendation remains in force.\n",
     2, 5, "DATE010", ["USPSTF", "2024-04-30"]),
    ("only-in-the-us-as-infusion", "---\ndate: 2018-01-01\n---\nHerceptin is only available in the US as an "
                                   "infusion.\n",
     4, 1, "DATE010", ["trastuzumab", "2019", "761106"]),
    ("each-own-drip", "---\ndate: 2020-02-01\n---\nHerceptin and Perjeta are antibodies. They are each given as their "
                      "own drip, one after the other.\n",
     4, 39, "DATE010", ["Phesgo", "2020", "761170"]),
    ("fda-action-expected", "---\ndate: 2023-11-01\n---\n- T-DXd in HER2 IHC 3+ solid tumours: FDA action expected "
                            "by mid-2024\n",
     4, 39, "DATE011", ["has passed", "2024-04-05"]),
    # From blind sets 52-55, in our own words.
    ("defined-term-pronoun", "**Kadcyla (T-DM1)**\n: Trastuzumab linked to a chemotherapy. It is approved only for "
                             "HER2-positive breast cancer that has spread.\n",
     2, 41, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("not-all-gone", "---\ndate: 2018-01-01\n---\n### What if the cancer hasn't all gone by the operation?\n\nYou "
                     "would simply finish your year of Herceptin as planned.\n",
     6, 1, "DATE010", ["T-DM1", "2019", "KATHERINE"]),
    ("forties-table-band", "---\ndate: 2021-01-01\n---\n# Mammograms: when to start\n\n| Age | USPSTF |\n|---|---|\n"
                           "| 40-44 | Individual decision |\n",
     8, 3, "DATE010", ["USPSTF", "2024"]),
    # From blind sets 56-59, in our own words.
    ("row-therapy-recent", "| Drug | Class | Use |\n|---|---|---|\n| Tucatinib | TKI | spread disease (recently "
                           "approved) |\n",
     3, 37, "DATE008", ["Tucatinib", "2020-04-17"]),
    ("drugs-add-nothing", "---\ndate: 2021-01-01\n---\n- IHC 2+ with non-amplified ISH: report HER2-negative; HER2 "
                          "drugs add nothing.\n",
     4, 3, "DATE010", ["trastuzumab deruxtecan", "2022"]),
    # Blind round 19 (sets 76-79), in our own words: "not useful", "low levels of HER2", a trial
    # "is comparing", another drug's approval date after a semicolon, "status at <date>", "no
    # tablet is approved for early-stage", a content tab's title, a two-word label line.
    ('not-useful', '---\ndate: 2012-05-01\n---\nIf your result is HER2-negative, drugs that target HER2 are not useful for you.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('low-levels-of-her2', '---\ndate: 2020-01-10\n---\nDoctors are now testing Enhertu in cancers with low levels of HER2, which currently have no HER2-targeted treatment.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('trial-is-comparing', '---\ndate: 2020-01-10\n---\nA larger trial, DESTINY-Breast03, is comparing Enhertu with Kadcyla after one earlier HER2 treatment.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('other-drug-after-semicolon', '---\ndate: 2020-06-01\n---\nEnhertu is kept back until at least two HER2 treatments have been used; tucatinib, approved in April 2020, is another option.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('status-at-date', '- **Zanidatamab**: status at 26 February 2020, not FDA-approved for any indication.\n',
     1, 20, 'DATE011', ['2020-02-26']),
    ('no-tablet-early', '---\ndate: 2016-03-01\n---\nFor now, no tablet is approved for early-stage HER2-positive breast cancer.\n',
     4, 1, 'DATE010', ['neratinib', '2017', '208051']),
    ('tab-title', '---\ndate: 2021-03-01\n---\n# Enhertu\n\n## Uses still being studied\n\n=== "HER2-low breast cancer"\n    Investigational. DESTINY-Breast04 is under way.\n',
     9, 5, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('two-word-label', '---\ndate: 2020-09-01\n---\n# Margetuximab\n\n**Sponsor:** MacroGenics\n**US status:** investigational; an FDA decision is due in December 2020\n',
     7, 33, 'DATE011', ['Margetuximab', '2020-12-16']),
    # Blind round 18 (sets 72-75), in our own words: chemotherapy first for HR-positive HER2-low,
    # faint patchy staining, a plan with its date, a claim's own clause after "but", a season,
    # "no subcutaneous product", "same as pCR", "the option to begin at 40", an indication with
    # its approval in brackets, an update due, "use third line", "expects to finalize", trials
    # "currently comparing", a quarter, "now reviewing", the pair in either order, a row's drug,
    # a callout titled by its trial.
    ('hr-positive-chemo-first', "---\ndate: 2024-03-01\n---\n## Who can have Enhertu?\n\n- With hormone receptor-positive, HER2-low cancer, you'll need to have had chemotherapy for advanced disease (or a relapse soon after chemotherapy after surgery) before Enhertu can be used.\n",
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2025']),
    ('faint-patchy', "---\ndate: 2024-02-01\n---\n## What if my score is 0?\n\nTumours with no staining, or only faint, patchy staining, can't be treated with Enhertu.\n",
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2025']),
    ('we-expect-to-offer', '---\ndate: 2020-07-01\n---\n# Phesgo is here\n\nWe expect to start offering Phesgo in our day unit by the end of 2020.\n',
     6, 4, 'DATE011', ['2020']),
    ('none-on-sale-yet', '---\ndate: 2019-05-01\n---\nHerceptin biosimilars have been approved by the FDA, but at the time of writing none is on sale in the US.\n',
     4, 58, 'DATE011', ['7 years']),
    ('no-sc-product', '---\ndate: 2016-06-01\n---\n# Pertuzumab\n\n## Giving it\n\n- Comes in 420 mg vials for infusion; no subcutaneous product exists.\n',
     8, 3, 'DATE010', ['Phesgo', '2020', '761170']),
    ('same-as-pcr', '## After surgery\n\n- **Non-pCR:** complete 1 yr of trastuzumab, same as pCR.\n',
     3, 5, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('option-to-begin-at-40', '---\ndate: 2020-02-01\n---\n**Q: When should I start?**\nA: The USPSTF says 50, while the American Cancer Society says 45 with the option to begin at 40.\n',
     5, 1, 'DATE010', ['USPSTF', '2024']),
    ('indication-in-brackets', '---\ndate: 2020-02-18\n---\n# Enhertu (trastuzumab deruxtecan)\n\n## FDA-approved indication\n\nSpread HER2-positive breast cancer after two or more prior anti-HER2 regimens (accelerated approval, 20 December 2019).\n',
     8, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('update-due', '---\ndate: 2012-09-01\n---\nThe ASCO/CAP update is due in 2013.\n',
     4, 14, 'DATE011', ['2013']),
    ('use-third-line', '---\ndate: 2020-03-01\n---\n- T-DXd: accelerated approval December 2019 after two or more prior anti-HER2 regimens; use third line or later.\n',
     4, 3, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('expects-to-finalize', '---\ndate: 2023-05-15\n---\nThe task force expects to finalize the recommendation next year.\n',
     4, 16, 'DATE011', ['2024']),
    ('currently-comparing', '---\ndate: 2020-01-10\n---\nA phase 3 trial is currently comparing Enhertu with standard first treatment in lung cancer.\n',
     4, 20, 'DATE011', ['Enhertu']),
    ('first-quarter', '---\ndate: 2019-12-01\n---\n# Tucatinib\n\nThe sponsor plans to submit the application to the FDA in the first quarter of 2020.\n',
     6, 13, 'DATE011', ['2020']),
    ('fda-now-reviewing', '---\ndate: 2018-11-01\n---\nKadcyla for residual disease: the FDA is now reviewing it for this use.\n',
     4, 35, 'DATE011', ['Kadcyla']),
    ('herceptin-and-perjeta-separate', '---\ndate: 2018-04-01\n---\nHerceptin and Perjeta are separate medicines given as separate infusions.\n',
     4, 1, 'DATE010', ['Phesgo', '2020', '761170']),
    ('row-drug-not-yet', '---\ndate: 2020-09-15\n---\n| Agent | Route | Status |\n|---|---|---|\n| Margetuximab | IV | Not yet approved |\n',
     6, 23, 'DATE011', ['Margetuximab', '2020']),
    ('callout-trial', '---\ndate: 2019-03-01\n---\n!!! note "KATHERINE"\n    T-DM1 halved recurrences in residual disease. FDA approval is expected later this year.\n',
     5, 67, 'DATE011', ['KATHERINE', '2019']),
    ('as-of-spring', '---\ndate: 2020-06-01\n---\nAs of spring 2020, no vaccine has been approved to prevent HER2-positive breast cancer from returning.\n',
     4, 1, 'DATE011', ['spring 2020', '2020-12-31']),
    # Blind round 17 (sets 68-71), in our own words: "once you finish", a PDUFA date, "still
    # under investigation", table rows (a graded start age, "newly approved", "Second"), a
    # present label after a past approval, a document's year, "For them," after a non-pCR, a
    # comparison with HER2-null, "only used if", "looking at whether", a page titled by its trial.
    ('once-you-finish', '---\ndate: 2016-09-01\n---\nOnce you finish the year of Herceptin, no other HER2 drug is given to lower the risk of relapse.\n',
     4, 1, 'DATE010', ['neratinib', '2017', '208051']),
    ('label-currently', '---\ndate: 2021-01-01\n---\nT-DXd won accelerated approval in December 2019, and its label currently limits it to people who have had two or more anti-HER2 regimens for spread disease.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('pdufa-date', '# Margetuximab\n\n- BLA accepted; PDUFA target date 18 December 2020\n',
     3, 17, 'DATE011', ['Margetuximab', '761150']),
    ('still-under-investigation', '---\ndate: 2023-05-01\n---\n- **Phesgo**, one injection of pertuzumab and trastuzumab, which is still under investigation.\n',
     4, 69, 'DATE011', ['Phesgo', '761170']),
    ('uspstf-row-grade', '---\ndate: 2021-04-01\n---\n| Body | Start | Interval |\n|---|---|---|\n| USPSTF (2016) | 50 (grade B) | every 2 years |\n',
     6, 3, 'DATE010', ['USPSTF', '2024']),
    ('row-newly-approved', '---\ndate: 2023-02-01\n---\n| Product | Route | Notes |\n|---|---|---|\n| Kadcyla | IV | newly approved for residual disease after neoadjuvant therapy |\n',
     6, 18, 'DATE008', ['Kadcyla', '2019', '125427']),
    ('any-site-in-development', '---\ndate: 2023-03-01\n---\nT-DXd for HER2-positive solid tumours of any site is still under development.\n',
     4, 54, 'DATE011', ['trastuzumab deruxtecan', '2024']),
    ('label-currently', '---\ndate: 2021-01-01\n---\nT-DXd won accelerated approval in December 2019, and its label currently limits it to people who have had two or more anti-HER2 regimens for spread disease.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('issued-in-2016', "---\ndate: 2022-02-01\n---\nThe task force's current advice, issued in 2016, is a mammogram every two years from 50 to 74.\n",
     4, 1, 'DATE010', ['USPSTF', '2024']),
    ('for-them', '---\ndate: 2018-10-01\n---\nSome patients do not achieve a pathological complete response. For them, the usual plan is to complete a year of trastuzumab.\n',
     4, 64, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('as-for-null', '---\ndate: 2024-08-01\n---\n- HER2-ultralow: no HER2-directed therapy is approved for these tumours, so treat them as for HER2-null disease.\n',
     4, 3, 'DATE010', ['trastuzumab deruxtecan', '2025']),
    ('only-used-if', '---\ndate: 2017-03-01\n---\nKadcyla is only used if the cancer spreads.\n',
     4, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('looking-at-whether', '---\ndate: 2017-03-01\n---\nA study called KATHERINE is looking at whether Kadcyla helps after surgery.\n',
     4, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('row-second', '---\ndate: 2020-05-01\n---\n| Line | Preferred | Other |\n|---|---|---|\n| Second | Kadcyla (T-DM1) | Lapatinib + capecitabine |\n',
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('no-anti-her2', '## HER2-low\n\n- IHC 1+ / 2+ ISH neg = HER2-neg, so no anti-HER2; treat by HR status\n',
     3, 3, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('titled-by-its-trial', '# DESTINY-Breast06 journal club\n\n- An FDA decision could come in early 2025.\n',
     3, 10, 'DATE011', ['2025', 'DESTINY-Breast06']),
    # Blind round 16 (sets 64-67), in our own words: denials and routes in other words, an
    # undated note read by the newest year it names, a table row giving the USPSTF's band, a
    # drug named only as what came before, an answer under its label line, a claim after "but
    # for now", a bold label as the subject, an approval's date put without a comma.
    ('denied-isnt-given', "---\ndate: 2016-05-02\n---\n## Pertuzumab\n\nPertuzumab goes with Herceptin before an operation. It isn't given after surgery.\n",
     6, 53, 'DATE010', ['pertuzumab', '2017', 'APHINITY']),
    ('undated-old-evidence', '# HER2 scoring crib\n\nBased on the 2007 ASCO/CAP paper.\n\n- 0 or 1+: negative\n- HER2-negative on this scheme → no place for any anti-HER2 agent\n',
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('cant-be-combined', '---\ndate: 2018-02-01\n---\nPerjeta is billed on its own. It runs as a separate drip after Herceptin; the two cannot be combined into one injection.\n',
     4, 31, 'DATE010', ['Phesgo', '2020', '761170']),
    ('shot-that-combines', '---\ndate: 2019-03-01\n---\nScientists are testing one shot that combines pertuzumab and trastuzumab, but it is not approved yet.\n',
     4, 1, 'DATE010', ['Phesgo', '2020', '761170']),
    ('uspstf-row', '---\ndate: 2022-03-01\n---\n# Mammograms by age\n\n| Age | How often | Whose advice |\n|---|---|---|\n| 45–54 | Yearly | American Cancer Society |\n| 50–74 | Every 2 years | USPSTF |\n',
     9, 3, 'DATE010', ['USPSTF', '2024']),
    ('first-or-second', "---\ndate: 2021-02-01\n---\n# Getting Enhertu covered\n\nThe label covers spread HER2-positive cancer after two or more anti-HER2 regimens, so plans won't pay for it as a first or second HER2 treatment.\n",
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('comparator-not-subject', '---\ndate: 2020-01-10\n---\n# Kadcyla questions\n\n## Who gets it?\n\nSince 2019 Kadcyla is approved after surgery when cancer remains. It halved recurrences compared with staying on Herceptin.\n\nIt is also the usual second treatment once Herceptin and Perjeta fail.\n',
     10, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('only-what-came-before', '---\ndate: 2018-06-01\n---\n# Ado-trastuzumab emtansine (Kadcyla): pharmacy notes\n\n## Role\n\n- Preferred 2L option for HER2+ MBC after progression on trastuzumab/pertuzumab + taxane.\n',
     8, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('comes-as-a-drip', '---\ndate: 2017-04-04\n---\n# Trastuzumab\n\nIt only comes as an intravenous drip, so each dose means a visit to the day unit.\n',
     6, 1, 'DATE010', ['trastuzumab', '2019', '761106']),
    ('approved-breast-trials-lung', '---\ndate: 2021-05-05\n---\n# HER2 and lung cancer\n\nT-DXd is already approved for breast cancer and is in clinical trials for HER2-mutant lung cancer.\n',
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('answer-under-label', '---\ndate: 2021-02-02\n---\n## After THP stops working?\n\n> **Reply from a member:**\n> Kadcyla, normally. It is the standard second-line treatment for spread HER2-positive cancer.\n',
     7, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('once-the-year-finishes', '---\ndate: 2016-08-08\n---\nThere is no approved drug to take once the year of Herceptin finishes.\n',
     4, 1, 'DATE010', ['neratinib', '2017', '208051']),
    ('decision-could-come', '---\ndate: 2024-07-01\n---\nThe maker of Enhertu will ask the FDA to widen its label, and a decision could come in 2025.\n',
     4, 65, 'DATE011', ['2025']),
    ('but-for-now', '---\ndate: 2021-03-03\n---\n## HER2-mutant lung cancer\n\nT-DXd gained breakthrough status for HER2-mutant NSCLC in May 2020, but for now it is available only within clinical trials.\n',
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('not-covered-ultralow', '---\ndate: 2022-09-09\n---\n## HER2-ultralow?\n\nCancers scoring IHC 0 with faint staining, sometimes called HER2-ultralow, are not covered by this approval.\n',
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2025']),
    ('stays-second-line', '---\ndate: 2020-02-02\n---\n### Trastuzumab deruxtecan\n\nOn our pathway it sits in third line and beyond, and T-DM1 stays the second-line standard.\n',
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('label-then-newly', '---\ndate: 2021-04-04\n---\n- **Margenza (margetuximab).** The newly approved antibody; my doctor calls it a later option.\n',
     4, 36, 'DATE008', ['Margenza', '2020']),
    ('new-pill-no-comma', '---\ndate: 2021-05-05\n---\n- **Tucatinib (Tukysa)** is a new pill approved in April 2020, taken with trastuzumab and capecitabine.\n',
     4, 5, 'DATE008', ['Tucatinib', '2020']),
    ('no-combined-product', '---\ndate: 2019-05-05\n---\nPertuzumab runs as a separate infusion; no combined pertuzumab-trastuzumab product exists.\n',
     4, 1, 'DATE010', ['Phesgo', '2020', '761170']),
    ('excludes', '---\ndate: 2023-05-05\n---\nAn IHC 0 result, even with faint staining, currently excludes HER2-targeted treatment.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2025']),
    # Blind round 33 (sets 132-135), in our own words: a bold label line with italics, a
    # statement's own clause (", and", a semicolon, a table cell), "as after pCR", "not a
    # treatment for early-stage", biosimilars approved but not on sale, "isn't a cheaper version",
    # "no other way" than a drip, "Beyond 12 months: nothing", "settings only", intracranial
    # benefit, an ERBB2 result that changes nothing, docetaxel after platinum, a "Third or later"
    # row, "only once you've had chemotherapy", "this setting" after a list item, "do not yet
    # have an approved targeted drug", and other bodies' ages in another clause.
    ('bold-line-italics', '---\ndate: 2023-05-01\n---\n**Bladder cancer (shared by *rowan*)**\nNothing HER2-targeted has FDA approval for bladder cancer, so I paid for the scan myself.\n',
     5, 1, 'DATE010', ['trastuzumab deruxtecan', '2024', 'PanTumor02']),
    ('clause-and-first-line', '---\ndate: 2021-06-01\n---\n## Lung\n\nNo targeted therapy is approved for HER2-mutant NSCLC, and platinum chemotherapy stays the first-line choice.\n',
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Lung02']),
    ('cancer-in-other-clause', '---\ndate: 2021-02-01\n---\n| Drug | Approved uses |\n|---|---|\n| Enhertu | Spread breast cancer after two or more anti-HER2 regimens; stomach cancer after trastuzumab |\n',
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('b47-other-clause', '---\ndate: 2021-03-01\n---\nNo HER2-targeted agent is approved for IHC 1+ or 2+ ISH-negative tumours, and NSABP B-47 found trastuzumab added nothing.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', '761139']),
    ('same-as-after-pcr', '---\ndate: 2017-10-01\n---\n- Cancer left in the breast after neoadjuvant treatment: carry on with trastuzumab to finish the year, as after pCR.\n',
     4, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('not-a-treatment-early', '---\ndate: 2016-02-01\n---\n**Kadcyla**: a drug for spread HER2-positive cancer after Herceptin and a taxane; it is not a treatment for early-stage disease.\n',
     4, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('neither-on-sale', '---\ndate: 2018-09-01\n---\nTwo trastuzumab biosimilars have FDA approval, yet neither is on sale here.\n',
     4, 1, 'DATE010', ['Ogivri', '2017', '761074']),
    ('isnt-a-cheaper-version', "---\ndate: 2016-02-01\n---\nThere isn't a cheaper version of Herceptin my pharmacy can offer.\n",
     4, 1, 'DATE010', ['Ogivri', '2017', '761074']),
    ('no-other-way-drip', '---\ndate: 2018-01-01\n---\nThere is no other way to have Herceptin: it goes into a vein as a drip.\n',
     4, 1, 'DATE010', ['Hylecta', '2019', '761106']),
    ('after-a-year-nothing', '---\ndate: 2016-04-01\n---\n## Adjuvant trastuzumab: how long?\n\n- Beyond 12 months: nothing, as two years only added side effects.\n',
     6, 3, 'DATE010', ['neratinib', '2017', 'ExteNET']),
    ('settings-only', '---\ndate: 2016-09-01\n---\nPertuzumab is used in the neoadjuvant and metastatic settings only.\n',
     4, 1, 'DATE010', ['pertuzumab', '2017', 'APHINITY']),
    ('intracranial-benefit', '---\ndate: 2019-06-01\n---\n## Brain metastases\n\nNo HER2-directed systemic regimen has shown intracranial benefit in a randomised trial yet.\n',
     6, 1, 'DATE010', ['tucatinib', '2020', 'HER2CLIMB']),
    ('erbb2-no-change', "---\ndate: 2021-08-01\n---\n# ERBB2 in lung adenocarcinoma\n\n- An ERBB2 mutation doesn't change standard treatment; we refer for trials.\n",
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Lung02']),
    ('docetaxel-after-platinum', '---\ndate: 2021-08-01\n---\n# HER2-mutant NSCLC\n\n- Progression after platinum: docetaxel, or a trial.\n',
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Lung02']),
    ('third-or-later-row', '---\ndate: 2021-01-01\n---\n| Line | Drug |\n|---|---|\n| Third or later | Enhertu (trastuzumab deruxtecan) |\n',
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('chemo-first-once', "---\ndate: 2024-06-01\n---\n# HER2-low choices\n\nEnhertu can only be given once you've had chemotherapy for spread cancer.\n",
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2025', 'DESTINY-Breast06']),
    ('this-setting-item', '---\ndate: 2018-12-20\n---\n**Plan**\n\n- Residual invasive disease after neoadjuvant TCHP.\n- T-DM1 is not yet licensed in this setting.\n',
     7, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('not-yet-approved-drug-lung', '---\ndate: 2021-02-01\n---\nHER2 mutations do not yet have an approved targeted drug in lung cancer.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Lung02']),
    ('others-start-at-40', '---\ndate: 2023-01-01\n---\nAmong US groups, only the Task Force says average-risk women may wait until 50 to start; the others begin at 40 or 45.\n',
     4, 1, 'DATE010', ['USPSTF', '2024', 'JAMA']),
    # Blind round 34 (sets 136-139), in our own words: a long aside before "no T-DXd option",
    # "switching drugs remains unproven", "If pCR is not reached", "T-DM1 — the 2L agent", no
    # regimen that improved survival with brain metastases, biosimilars that have not reached US
    # patients, a decision "covering" a setting expected by a date now past, still investigational
    # in lung beside approvals elsewhere, "if your cancer gets worse while you take", a second
    # line named in another clause of a cell.
    ('ultralow-long-aside', '---\ndate: 2024-07-01\n---\n- For now, ultralow tumours go down the HER2-negative pathway (a CDK4/6 inhibitor, then more endocrine lines, then chemotherapy or a TROP2-directed ADC) with no T-DXd option.\n',
     4, 3, 'DATE010', ['trastuzumab deruxtecan', '2025', 'DESTINY-Breast06']),
    ('switching-unproven', '---\ndate: 2018-03-01\n---\nQ: Residual invasive disease after neoadjuvant TH: what next?\nA: Carry on to a full year of trastuzumab; switching drugs remains unproven.\n',
     5, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('pcr-not-achieved', '---\ndate: 2018-05-01\n---\n!!! note "Residual disease"\n    If pCR is not reached, finish 12 months of trastuzumab.\n',
     5, 5, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('tdm1-the-2l-agent', '---\ndate: 2020-05-01\n---\n## Conjugates\n- [[Kadcyla|T-DM1]] — the 2L agent once a taxane and trastuzumab have failed.\n',
     5, 13, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('brain-outcomes', '---\ndate: 2019-09-01\n---\n- No anti-HER2 regimen has improved survival for people with brain metastases in a randomised trial.\n',
     4, 3, 'DATE010', ['tucatinib', '2020', 'HER2CLIMB']),
    ('biosimilar-not-reached-us', '---\ndate: 2019-02-01\n---\nTrastuzumab biosimilars are sold in Europe but have not yet reached US patients.\n',
     4, 1, 'DATE010', ['Ogivri', '2017', '761074']),
    ('decision-covering', '---\ndate: 2023-06-01\n---\n# DESTINY-Breast06 explained\n\nA US decision covering HER2-ultralow disease is expected in the first half of 2025.\n',
     6, 6, 'DATE011', ['2025']),
    ('investigational-in-lung', '---\ndate: 2022-02-01\n---\n## Lung cancer with HER2 mutations\n\nT-DXd, already approved for breast and gastric cancer, is still investigational in HER2-mutant NSCLC.\n',
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Lung02']),
    ('grows-while-on', '---\ndate: 2020-03-01\n---\nKadcyla is the standard treatment if your cancer gets worse while you take Herceptin and Perjeta.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('second-line-in-another-clause', '---\ndate: 2021-02-01\n---\n| Drug | Class | Uses |\n|---|---|---|\n| Enhertu | ADC | Spread breast cancer after two or more anti-HER2 regimens; stomach cancer second line |\n',
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    # Blind round 35 (sets 140-143), in our own words: "is going to be used after Kadcyla",
    # "cannot be given as an injection", "before an operation but not after it", "pCR or not",
    # "the HER2 score is 0", "no FDA-approved indication", "off the table", "no extended
    # adjuvant HER2 drug", "used when the cancer has spread ..., not after surgery", "once you have
    # failed Kadcyla", "T-DM1 staying the standard", a bold label over a list, DATE011's "should
    # read out in", "under FDA review" and "expects the FDA to approve ... later in".
    ('used-after-kadcyla', '---\ndate: 2019-12-28\n---\nSo Enhertu is going to be used after Kadcyla, not in place of it.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('cant-be-injected', '---\ndate: 2019-08-01\n---\n## Giving the drugs\n\nPerjeta goes in through a drip. It cannot be given as an injection.\n',
     6, 33, 'DATE010', ['Phesgo', '2020', '761170']),
    ('before-not-after-it', '---\ndate: 2016-10-01\n---\nPertuzumab is licensed before an operation but not after it.\n',
     4, 1, 'DATE010', ['pertuzumab', '2017', 'APHINITY']),
    ('pcr-or-not', '---\ndate: 2018-04-01\n---\n## After neoadjuvant therapy: residual disease\n- pCR or not: finish a year of trastuzumab.\n',
     5, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('score-is-0', '---\ndate: 2023-03-01\n---\n- If the HER2 score is 0, no HER2-targeted drug is an option.\n',
     4, 3, 'DATE010', ['trastuzumab deruxtecan', '2025']),
    ('no-approved-indication-row', '---\ndate: 2018-06-01\n---\n# Neratinib (Nerlynx)\n\n| Field | Detail |\n|---|---|\n| Spread disease | no FDA-approved indication |\n',
     8, 3, 'DATE010', ['neratinib', '2020', 'NALA']),
    ('off-the-table', '---\ndate: 2021-04-01\n---\n- HER2 IHC 1+ on the biopsy, so anti-HER2 drugs are off the table.\n',
     4, 3, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('no-extended-drug', '---\ndate: 2016-11-01\n---\n- After the year, the anti-HER2 part ends: there is no extended adjuvant HER2 drug.\n',
     4, 3, 'DATE010', ['neratinib', '2017', 'ExteNET']),
    ('spread-not-after-surgery', '---\ndate: 2017-02-01\n---\nKadcyla is used when the cancer has spread to other organs, not after surgery for early cancer.\n',
     4, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('failed-kadcyla', '---\ndate: 2020-06-01\n---\nMy doctor said Enhertu is only used once you have failed Kadcyla.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('staying-standard', '---\ndate: 2020-01-15\n---\nThat puts Enhertu in the third line, with T-DM1 staying the standard second-line choice.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('bold-label-over-list', '---\ndate: 2020-09-01\n---\n## Metastatic HER2-positive disease\n\n**Preferred second line**\n- Kadcyla (T-DM1)\n',
     7, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('read-out-in', '---\ndate: 2021-06-01\n---\nThe phase 3 trial comparing the two should read out in 2022.\n',
     4, 37, 'DATE011', ['2022']),
    ('under-fda-review', '---\ndate: 2020-09-01\n---\n- Margetuximab: under FDA review, with a decision due in December 2020.\n',
     4, 17, 'DATE011', ['2020']),
    ('expects-fda-to-approve', '---\ndate: 2020-02-01\n---\nThe company expects the FDA to approve the new combination later in 2020.\n',
     4, 13, 'DATE011', ['2020']),
    # Blind round 36 (sets 144-147), in our own words: a statement before a question turn, "Not
    # yet" under its question, T-DXd later in a "3rd" row's cell, "the only HER2-targeted pills
    # are lapatinib and neratinib", "nobody under 50", "was approved in 2019 and is used", "until
    # APHINITY gets approved", "as for patients with pCR", "two settings only", an approval in a
    # relative clause, a TKI with CNS activity, Kadcyla "before Enhertu", "no approved HER2 ADC",
    # "the official line".
    ('statement-then-question', '---\ndate: 2021-03-01\n---\nFor HER2-low cancer Enhertu is only available in a trial right now, so why not ask your team about one?\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('not-yet-answer', '---\ndate: 2016-06-01\n---\n## Is there a cheaper biosimilar of Herceptin?\n\nNot yet in the US.\n',
     6, 1, 'DATE010', ['Ogivri', '2017', '761074']),
    ('third-row-later-in-cell', '---\ndate: 2020-06-01\n---\n| Line | Options |\n|---|---|\n| 3rd | Tucatinib triplet, or trastuzumab deruxtecan |\n',
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('only-tablets-are', '---\ndate: 2019-08-01\n---\nFor now the only HER2-targeted pills are lapatinib and neratinib.\n',
     4, 1, 'DATE010', ['tucatinib', '2020', 'HER2CLIMB']),
    ('nobody-under-50', '---\ndate: 2018-01-01\n---\n- Memory aid: the USPSTF stands apart, since nobody under 50 gets routine mammograms from it.\n',
     4, 3, 'DATE010', ['USPSTF', '2024']),
    ('was-approved-and-is-used', '---\ndate: 2020-05-01\n---\n**What is Enhertu?**\nEnhertu was approved in December 2019 and is used after two or more HER2 treatments for spread cancer.\n',
     5, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('until-trial-goes-through', '---\ndate: 2017-09-01\n---\n## Pertuzumab after surgery?\n- Adjuvant pertuzumab stays off-label until APHINITY gets approved.\n',
     5, 3, 'DATE010', ['pertuzumab', '2017', 'APHINITY']),
    ('as-for-pcr', '---\ndate: 2017-03-01\n---\n**After neoadjuvant therapy:**\n\n- Residual invasive disease: trastuzumab to complete 1 year, as for patients with pCR.\n',
     6, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('two-settings-only', '---\ndate: 2016-05-01\n---\n- Pertuzumab is licensed in two settings only: spread disease and before surgery.\n',
     4, 3, 'DATE010', ['pertuzumab', '2017', 'APHINITY']),
    ('which-received-approval', '---\ndate: 2020-03-01\n---\nT-DXd, which received accelerated approval in December, is reserved for people who have had at least two anti-HER2 regimens.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('tki-cns-activity', '---\ndate: 2019-05-01\n---\n- No approved HER2 TKI with convincing CNS activity apart from lapatinib.\n',
     4, 3, 'DATE010', ['tucatinib', '2020', 'HER2CLIMB']),
    ('kadcyla-before-enhertu', '---\ndate: 2021-01-01\n---\nMost doctors give Kadcyla (T-DM1) before Enhertu.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('no-approved-adc-other-sites', '---\ndate: 2023-01-01\n---\n- Other HER2-positive solid tumours (bladder, ovarian, biliary): no approved HER2 ADC; consider a basket trial.\n',
     4, 3, 'DATE010', ['trastuzumab deruxtecan', '2024', 'PanTumor02']),
    ('official-line', '---\ndate: 2022-01-01\n---\nThe doctor said the official line is every two years from 50 for women at average risk.\n',
     4, 1, 'DATE010', ['USPSTF', '2024']),
    # Blind round 37 (sets 148-151), in our own words: "need at least one chemotherapy ... before
    # Enhertu", an HR+ arrow chain with chemotherapy before T-DXd, none approved for cancer that has
    # spread to the brain, "would usually come after Kadcyla", "as for pCR", "T-DM1 2L, T-DXd 3L",
    # "lapatinib and neratinib, nothing else", "no evidence that switching drugs helps".
    ('need-one-chemo-first', '---\ndate: 2024-03-01\n---\n## When could I have Enhertu?\n\nWith hormone receptor-positive HER2-low cancer you need at least one chemotherapy for spread disease before Enhertu is offered.\n',
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2025']),
    ('chemo-arrow-before-tdxd', '---\ndate: 2023-06-01\n---\n## HR+/HER2-low sequence\n- ET + CDK4/6i → fulvestrant-based line → chemo (1 line or more) → T-DXd\n',
     5, 3, 'DATE010', ['trastuzumab deruxtecan', '2025', 'DESTINY-Breast06']),
    ('brain-none-approved', '---\ndate: 2019-02-01\n---\nHER2 drugs given by drip or tablet reach the brain poorly, and none has been approved for cancer that has spread there.\n',
     4, 1, 'DATE010', ['tucatinib', '2020', 'HER2CLIMB']),
    ('would-come-after', '---\ndate: 2020-07-01\n---\n### Could I have Enhertu instead?\n\nEnhertu is newer, so it would usually come after Kadcyla.\n',
     6, 1, 'DATE010', ['replaced T-DM1', '2022', 'DESTINY-Breast03']),
    ('as-for-pcr-short', '---\ndate: 2017-05-01\n---\n- **Residual disease:** finish 1 year of trastuzumab, as for pCR.\n',
     4, 5, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('lines-in-a-row-of-words', '---\ndate: 2021-07-01\n---\n- Our practice for now: T-DM1 2L, T-DXd 3L.\n',
     4, 3, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('oral-agents-nothing-else', '---\ndate: 2018-05-01\n---\n**Oral HER2 drugs available in the US:** lapatinib and neratinib, nothing else.\n',
     4, 3, 'DATE010', ['tucatinib', '2020', 'HER2CLIMB']),
    ('no-evidence-that-switching', '---\ndate: 2017-08-01\n---\n- Residual invasive disease after neoadjuvant therapy: keep trastuzumab to one year; there is no evidence that switching drugs helps.\n',
     4, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    # Round 38 (sets 152-155), in our own words.
    ('no-longer-part-of-plan', '---\ndate: 2020-05-01\n---\nIf the repeat biopsy shows HER2 2+ with a negative ISH result, the cancer counts as HER2-negative and HER2 drugs will no longer be part of the plan.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('rather-than-switching', '---\ndate: 2017-06-01\n---\nIf invasive cancer is still present at the time of your operation, you will carry on with Herceptin rather than switching to Kadcyla.\n',
     4, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('last-dose-nothing-further', "---\ndate: 2016-06-01\n---\nOnce you've had your last dose of Herceptin, there is no further HER2 treatment to take.\n",
     4, 1, 'DATE010', ['neratinib', '2017', 'ExteNET']),
    ('title-is-the-subject', '---\ntitle: Herceptin and Perjeta in a single injection?\ndate: 2020-03-02\n---\nThe joint injection is under FDA review at present.\n',
     5, 24, 'DATE011', ['Phesgo', '2020']),
    ('label-it-is-emerging', '---\ndate: 2025-02-01\n---\n**Margenza (margetuximab)**\nAn antibody given with chemotherapy. After two earlier HER2 treatments it is an emerging option.\n',
     5, 81, 'DATE008', ['margetuximab', '2020']),
    ('new-combination-injection', '---\ndate: 2020-09-01\n---\nPhesgo is a new combination injection for HER2-positive breast cancer.\n',
     4, 1, 'DATE008', ['Phesgo', '2020']),
    ('not-for-use-after-one', '---\ntitle: Enhertu (trastuzumab deruxtecan) monograph\ndate: 2021-03-01\n---\n## Labelled uses\n- Breast: metastatic HER2+ after ≥2 prior anti-HER2 regimens (DESTINY-Breast01, accelerated approval 12/2019); not for use after one prior regimen.\n',
     6, 3, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('no-fda-label-adjuvant', '# Pertuzumab notes\n\n- Pertuzumab has no FDA label for adjuvant use (neoadjuvant 2013, metastatic 2012).\n',
     3, 3, 'DATE010', ['pertuzumab', '2017', 'APHINITY']),
    ('until-application-decided', '---\ndate: 2019-11-01\n---\n- Neratinib: extended adjuvant only; combining it with capecitabine for metastatic disease stays off-label until the NALA application is decided.\n',
     4, 3, 'DATE010', ['neratinib', '2020', 'NALA']),
    ('under-the-skin-version-new', '---\ndate: 2019-04-01\n---\nThe under-the-skin version of Herceptin was just approved, and our unit will start using it soon.\n',
     4, 5, 'DATE008', ['trastuzumab and hyaluronidase', '2019']),
    ('biosimilar-to-herceptin-row', '---\ndate: 2018-02-01\n---\n| Drug | Status | Note |\n|---|---|---|\n| Trastuzumab-dkst (Ogivri) | Formulary review | Recently approved as the first biosimilar to Herceptin |\n',
     6, 50, 'DATE008', ['Trastuzumab-dkst', 'biosimilar', '2017']),
    ('guess-is-an-approval', "---\ndate: 2024-06-01\n---\nThe maker will take the results to the FDA, and my nurse's guess is an approval around mid-2025.\n",
     4, 60, 'DATE011', ['has passed']),
    ('only-her2-low-qualify', '---\ndate: 2024-02-01\n---\nA score of 0 still means there is no HER2 treatment option; only HER2-low cancers qualify for T-DXd.\n',
     4, 1, 'DATE010', ['ultralow', '2025']),
    ('like-herceptin-it', '---\ndate: 2018-04-01\n---\n## Perjeta\n\nPerjeta is given alongside Herceptin. Like Herceptin, it can only be given through a drip; there is no injection form.\n',
     6, 39, 'DATE010', ['Phesgo', '2020']),
    ('only-approved-systemic-option', '---\ndate: 2019-05-01\n---\n- After T-DM1, lapatinib with capecitabine is the only approved systemic option for brain metastases.\n',
     4, 3, 'DATE010', ['tucatinib', '2020', 'HER2CLIMB']),
    ('plan-after-the-case', '---\ndate: 2018-02-01\n---\n## Case 2 — 52F after neoadjuvant TCHP\n\n- Pathology: ypT2 ypN0, residual invasive cancer.\n- Plan: restart trastuzumab and pertuzumab to finish 18 cycles, then radiotherapy.\n',
     7, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('recommendation-under-case', '---\ndate: 2018-03-01\n---\n## Case 4 — 39F, HER2 3+\n\n- After neoadjuvant TCH: 8 mm of residual invasive disease (non-pCR).\n\n### Discussion\n\n- Radiotherapy to the breast.\n\n### Recommendation\n\n1. Continue trastuzumab every 3 weeks to complete a year.\n',
     14, 4, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('keeps-its-place-second', '---\ndate: 2019-12-22\n---\nTrastuzumab deruxtecan is for third-line use and beyond: T-DM1 keeps its place in second line.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    # Round 39 (sets 156-159), in our own words.
    ('only-considered-if-comes-back', '---\ndate: 2018-04-01\n---\n## If cancer remains after surgery\n\nOther HER2 medicines, such as Kadcyla, are only considered if the cancer comes back.\n',
     6, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('grown-after-standard', '---\ndate: 2016-05-01\n---\nKadcyla is the standard treatment for breast cancer that has spread, when it has grown after treatment with Herceptin and a taxane.\n',
     4, 1, 'DATE010', ['trastuzumab deruxtecan', '2022', 'DESTINY-Breast03']),
    ('it-was-recently-approved', '---\ndate: 2025-03-01\n---\nEnhertu joins a trastuzumab antibody to a chemotherapy.\n\nIt was recently approved for HER2-low breast cancer.\n',
     6, 8, 'DATE008', ['Enhertu', '2022']),
    ('still-considered-emerging', '---\ndate: 2025-03-01\n---\n## Enhertu and lung cancer\n\nEnhertu is used for HER2-positive stomach cancer.\n\nFor lung cancer with a HER2 mutation it is still considered an emerging treatment.\n',
     8, 64, 'DATE008', ['Enhertu', '2022']),
    ('reserved-after-progression-on', '---\ntitle: Enhertu formulary note\ndate: 2020-03-01\n---\n## Decision\n\nAdded to formulary; use reserved for 3rd line and beyond, after progression on T-DM1.\n',
     7, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('same-epitope-callout', '---\ndate: 2019-06-01\n---\n# Margetuximab\n\n> [!abstract]\n> Investigational antibody with the same epitope as trastuzumab and an engineered Fc.\n',
     7, 3, 'DATE010', ['margetuximab', '2020']),
    ('label-anticipated-perhaps', '---\ndate: 2023-07-01\n---\n- A pan-tumour label for IHC 3+ cancers is anticipated, perhaps in 2024.\n',
     4, 5, 'DATE011', ['has passed']),
    ('reads-out-next-year', '---\ndate: 2016-06-01\n---\n- APHINITY (adjuvant pertuzumab versus placebo) reads out in 2017.\n',
     4, 49, 'DATE011', ['has passed', 'APHINITY', '2017']),
    ('yet-to-approve-one', '---\ndate: 2017-03-01\n---\n**Biosimilar**\n: A close copy of a biologic medicine. For trastuzumab the FDA has yet to approve one, so Herceptin is the only version on sale.\n',
     5, 40, 'DATE010', ['biosimilar', '2017']),
    ('only-oral-agents', '---\ndate: 2019-06-01\n---\nAt present, lapatinib and neratinib are the only oral HER2 drugs approved for breast cancer.\n',
     4, 1, 'DATE010', ['tucatinib', '2020']),
    ('callout-title-statement', '---\ndate: 2020-05-01\n---\n!!! warning "Margetuximab is not FDA-approved"\n    Engineered anti-HER2 antibody studied in SOPHIA.\n',
     4, 13, 'DATE010', ['margetuximab', '2020']),
    ('still-has-to-be-infused', '---\ndate: 2021-02-01\n---\n**Can HER2 treatment be given without a drip?**\nOnly trastuzumab, as Herceptin Hylecta; pertuzumab still has to be infused.\n',
     5, 1, 'DATE010', ['Phesgo', '2020']),
    ('benefit-from-switching', '---\ndate: 2018-02-01\n---\n- Residual invasive disease: carry on with trastuzumab to finish a year; no study has shown a benefit from switching drugs.\n',
     4, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('label-before-colon-recent', '---\ndate: 2019-03-10\n---\nGood news for everyone on maintenance Herceptin: the FDA has just approved Herceptin Hylecta, an injection under the skin.\n',
     4, 76, 'DATE008', ['Hylecta', '2019']),
    ('under-2-2-not-amplified', "---\ndate: 2019-05-01\n---\nAnything under 2.2 isn't truly amplified, so ask for a second opinion.\n",
     4, 1, 'DATE010', ['2013']),
    ('within-two-weeks', '---\ntitle: Phesgo approved\ndate: 2020-07-01\n---\nThe maker said Phesgo is expected to reach US patients within about two weeks.\n',
     5, 23, 'DATE011', ['has passed', 'Phesgo']),
    ('due-by-month-day', '---\ndate: 2020-09-01\n---\nThe FDA decision on margetuximab is due by December 18.\n',
     4, 37, 'DATE011', ['has passed', 'margetuximab']),
    ('action-date-expected', '---\ndate: 2017-03-01\n---\n- For neratinib, an FDA action date is expected in July 2017.\n',
     4, 21, 'DATE011', ['neratinib was FDA-approved on 2017-07-17']),
    ('commercially-available', '---\ndate: 2020-12-20\n---\nThe company said Margenza is expected to be commercially available in March 2021.\n',
     4, 27, 'DATE011', ['has passed']),
    # Round 40 (sets 160-163), in our own words.
    ('no-data-to-support-switching', '---\ndate: 2018-03-01\n---\n- Residual invasive disease: continue trastuzumab to complete 1 yr; no data to support switching drugs\n',
     4, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('generic-or-biosimilar', "---\ndate: 2017-04-01\n---\n## Is there a cheaper Herceptin?\n\nNo. There isn't a generic or biosimilar trastuzumab on sale in the US, so Herceptin is the only choice.\n",
     6, 1, 'DATE010', ['biosimilar', '2017']),
    ('emerging-after-surgery-tdm1', '---\ndate: 2026-01-10\n---\nIf cancer is still found at surgery after chemotherapy, Kadcyla is an emerging option our team now discusses.\n',
     4, 57, 'DATE008', ['Kadcyla', '2019']),
    ('kept-for-later', '---\ndate: 2019-02-01\n---\nKadcyla is kept for later, in case the cancer ever comes back.\n',
     4, 1, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('near-copy-like-generic', '---\ndate: 2016-05-01\n---\nNot yet. No biosimilar of Herceptin (a close copy, a bit like a generic) has been approved here.\n',
     4, 10, 'DATE010', ['biosimilar', '2017']),
    ('standard-next-systemic-step', '---\ndate: 2019-05-01\n---\n- lapatinib + capecitabine is the standard next systemic step when brain metastases progress after T-DM1\n',
     4, 3, 'DATE010', ['tucatinib', '2020']),
    ('that-year-finished', '---\ndate: 2015-05-01\n---\nHerceptin is given every three weeks to complete one year. Once that year is finished, there is no further HER2 drug to take.\n',
     4, 60, 'DATE010', ['neratinib', '2017']),
    ('injection-combining', '---\ndate: 2020-04-01\n---\nA fixed-dose injection combining pertuzumab and trastuzumab is awaiting FDA approval.\n',
     4, 1, 'DATE010', ['Phesgo', '2020']),
    ('target-action-date', '---\ndate: 2020-09-01\n---\nThe application for margetuximab has an FDA target action date of December 18, 2020.\n',
     4, 41, 'DATE011', ['has passed', 'margetuximab']),
    ('approval-status-label', '---\ntitle: Enhertu explained\ndate: 2023-01-10\n---\n## Quick facts\n\n- **Approval status:** newly FDA-approved for HER2-low metastatic breast cancer\n',
     7, 24, 'DATE008', ['Enhertu', '2022']),
    ('already-treated-standard', '---\ndate: 2019-03-01\n---\nKadcyla is used when breast cancer has spread and has already been treated with Herceptin and a taxane. At that point it is the standard treatment.\n',
     4, 105, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('pivotal-phase-currently', '---\ndate: 2020-02-01\n---\n- Zanidatamab: currently in a pivotal phase 2b trial in biliary cancer.\n',
     4, 16, 'DATE011', ['2020-02-01']),
    # Round 41 (sets 164-167), in our own words.
    ('isnt-yet-a-medicine', "---\ndate: 2021-04-01\n---\n## Treatment\n\nThere isn't yet a targeted medicine approved for HER2-mutant lung cancer, so chemotherapy is used.\n",
     6, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('isnt-another-drug', "---\ndate: 2017-03-01\n---\nWhen the year of Herceptin finishes there isn't another drug to lower the risk further.\n",
     4, 1, 'DATE010', ['neratinib', '2017']),
    ('maintenance-injection-new', '---\ndate: 2021-01-10\n---\n- Phesgo: new fixed-dose injection, about 5 minutes as a maintenance injection\n',
     4, 3, 'DATE008', ['Phesgo', '2020']),
    ('then-consider-neratinib', '---\ndate: 2018-06-01\n---\n- Residual invasive disease → finish 1 yr trastuzumab, then consider extended neratinib if HR+\n',
     4, 3, 'DATE010', ['T-DM1', '2019', 'KATHERINE']),
    ('next-treatment-is-usually', '---\ndate: 2019-06-01\n---\n## After Kadcyla\n\nThe next treatment is usually lapatinib with capecitabine.\n',
     6, 1, 'DATE010', ['tucatinib', '2020']),
    ('replacing-the-rest-recently', '---\ndate: 2024-03-01\n---\n## Why Kadcyla?\n\nKadcyla was recently approved for this situation, replacing the rest of the year of Herceptin.\n',
     6, 1, 'DATE008', ['Kadcyla', '2019']),
    ('only-for-positive-or-low', '---\ndate: 2024-06-01\n---\nEnhertu: only for HER2-positive or HER2-low disease, never for lower levels.\n',
     4, 1, 'DATE010', ['ultralow', '2025']),
    # Blind round 60 (sets 240-243), in our own words.
    ('europe-but-us-only-iv', "---\ndate: 2016-02-01\n---\nIn Europe a quick injection under the skin is offered, but in the United States Herceptin can only be given through a drip.\n",
     4, 1, 'DATE010', ['Hylecta', '2019']),
    ('right-now-only-after-two', '---\ndate: 2022-02-01\n---\n- Right now Enhertu is only approved after two or more anti-HER2 regimens for metastatic disease (December 2019 label).\n',
     4, 3, 'DATE010', ['one prior', '2022']),
    ('glossary-standard-second-line', '---\ndate: 2019-03-01\n---\n- **Kadcyla (T-DM1)** – an antibody joined to a chemotherapy. Standard second-line treatment for HER2-positive metastatic cancer after trastuzumab and a taxane.\n',
     4, 63, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('this-means-no-help', '---\ndate: 2020-02-01\n---\n# HER2-negative\n\nA cancer counts as HER2-negative when its IHC score is 0 or 1+, or 2+ with a negative ISH test.\n\nIn practice this means HER2-targeted drugs will not help.\n',
     8, 1, 'DATE010', ['trastuzumab deruxtecan', '2022']),
    ('we-still-use-2007', '---\ndate: 2012-05-01\n---\nOur bench guide follows the 2007 ASCO/CAP guideline (Wolff and colleagues, 2007), which we still use.\n',
     4, 1, 'DATE010', ['ASCO/CAP', '2013']),
    ('long-2plus-definition', '---\ndate: 2011-05-01\n---\n- **2+:** weak or moderate complete membrane staining in more than 10% of tumour cells, or intense complete staining in 30% or fewer.\n',
     4, 5, 'DATE010', ['ASCO/CAP', '2013']),
    ('sub-list-sequence', '---\ndate: 2020-08-01\n---\n## Case 2\n\n- Our agreed sequence for HER2+ MBC:\n  1. THP\n  2. Kadcyla\n  3. tucatinib triplet\n',
     8, 6, 'DATE010', ['DESTINY-Breast03', '2022']),
    ('systemic-plan-unchanged', '---\ndate: 2018-10-01\n---\n- Residual disease at surgery is a bad sign but does not change the systemic plan.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('no-drug-arrow-first-line', '---\ndate: 2021-09-01\n---\n- No FDA-approved targeted drug for HER2-mutant lung cancer → platinum chemotherapy first line\n',
     4, 3, 'DATE010', ['non-small cell lung cancer', '2022']),
    ('recently-approved-not-removed', '---\ndate: 2019-07-01\n---\nKadcyla was recently approved for women whose cancer was not completely removed by the treatment before surgery.\n',
     4, 1, 'DATE008', ['2019-05-03', 'KATHERINE']),
    ('wrapped-two-or-more', '---\ndate: 2020-06-01\n---\n## Later options\n\n- **Enhertu**, for people who have already had two or more\n  HER2-targeted treatments for secondary cancer\n',
     6, 5, 'DATE010', ['one prior', '2022']),
    # Blind round 61 (sets 244-247), in our own words.
    ('its-only-approved-use', '---\ntitle: Nerlynx\ndate: 2019-03-01\n---\n## Indications\n\n- Extended adjuvant use after a year of trastuzumab (ExteNET; FDA 2017) – its only approved use.\n',
     7, 3, 'DATE010', ['NALA', '2020']),
    ('metastatic-only-drug', '---\ndate: 2018-12-01\n---\n- Kadcyla stays a metastatic-only drug for the time being.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('grew-despite-experimental', '---\ndate: 2009-05-01\n---\nNeratinib, an experimental tablet much like lapatinib, is in early trials for women whose cancer grew despite Herceptin.\n',
     4, 1, 'DATE010', ['NALA', '2020']),
    ('hylecta-with-its-generic-name', '---\ndate: 2019-06-01\n---\n## Herceptin Hylecta (trastuzumab + hyaluronidase-oysk)\n\n- Newly approved by the FDA this February; the first injection under the skin in the US.\n',
     6, 3, 'DATE008', ['Hylecta', '2019-02-28']),
    ('shown-activity-and-designation', '---\ndate: 2021-06-01\n---\nTrastuzumab deruxtecan has shown encouraging activity in HER2-mutant NSCLC, and the FDA gave it Breakthrough Therapy designation in May 2020.\n',
     4, 1, 'DATE010', ['non-small cell lung cancer', '2022']),
    ('pan-tumour-not-expected', '---\ndate: 2023-06-01\n---\nA pan-tumour HER2 approval is not expected any time soon.\n',
     4, 1, 'DATE010', ['solid tumours', '2024']),
    ('investigational-then-trial-date', '---\ndate: 2019-11-01\n---\nA fixed-dose combination of pertuzumab, trastuzumab and hyaluronidase under the skin is investigational; its phase 3 trial met its goal in 2019.\n',
     4, 1, 'DATE010', ['Phesgo', '2020']),
    # Blind round 62 (sets 248-251), in our own words.
    ('doesnt-matter-what-surgery-finds', "---\ndate: 2013-06-01\n---\n- In early disease the plan is a year of Herceptin, full stop; it doesn't matter what the operation finds.\n",
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('emerging-data-as-second-line', "---\ndate: 2021-03-01\n---\n- Enhertu: emerging data as 2nd line, but for now it's licensed only after 2+ prior anti-HER2 regimens.\n",
     4, 3, 'DATE010', ['one prior', '2022']),
    ('testing-whether-instead-of', '---\ndate: 2017-04-01\n---\n- The KATHERINE trial is testing whether people with cancer left at surgery do better on T-DM1 instead of Herceptin. Results are not out yet.\n',
     4, 3, 'DATE010', ['KATHERINE', '2019']),
    ('subcutaneous-in-europe-not-us', '---\ndate: 2017-01-01\n---\n## Antibodies\n\n- **Trastuzumab (Herceptin)**: the backbone of HER2 therapy.\n- Given IV; a subcutaneous version exists in Europe but not in the US.\n',
     7, 3, 'DATE010', ['Hylecta', '2019']),
    ('no-early-breast-indication', '---\ndate: 2017-05-01\n---\n| Drug | Notes |\n|---|---|\n| Kadcyla | MBC after trastuzumab and a taxane; no early-breast indication |\n',
     6, 3, 'DATE010', ['KATHERINE', '2019']),
    # Blind round 63 (sets 252-255), in our own words.
    ('neoadjuvant-use-only', '---\ndate: 2018-11-01\n---\n- Pertuzumab: licensed for metastatic and neoadjuvant use only.\n',
     4, 3, 'DATE010', ['APHINITY', '2017']),
    ('no-subcutaneous-formulation', '---\ntitle: Perjeta monograph\ndate: 2016-05-12\n---\n# Pertuzumab (Perjeta)\n\n## Administration\n- IV only; no subcutaneous formulation is available.\n',
     8, 3, 'DATE010', ['Phesgo', '2020']),
    ('prior-criterion-3rd-line', '---\ntitle: "Trastuzumab deruxtecan (Enhertu)"\ndate: 2020-10-01\n---\n## Formulary criteria\n\n1. HER2-positive metastatic disease.\n2. Prior trastuzumab, pertuzumab and T-DM1; use as 3rd line or later only.\n',
     8, 4, 'DATE010', ['one prior', '2022']),
]

QUIET = [
    # (a new combination in a trial is no approval)
    ('a-new-combination-being-tested',
     '---\ntitle: Trials\ndate: 2024-02-01\n---\nA new combination of trastuzumab deruxtecan with pertuzumab is being tested in first-line disease.\n'),
    # Blind round 80, in our own words: whom a drug is not approved for, a dose that is not used, a
    # list of what was approved by a date, a wording said to predate a change, what a template's
    # earlier version said.
    ('not-approved-for-you',
     '---\ntitle: "HER2 zero: common questions"\ndate: 2025-04-02\n---\n# HER2 zero: common questions\n\n**What if there is no staining at all?**\nThen Enhertu is not approved for you, and your doctor will go through other treatments.\n'),
    ('a-dose-that-is-not-used',
     '---\ntitle: "Enhertu for HER2-mutant lung cancer: pharmacy note"\ndate: 2022-10-01\n---\n## Dose\n\n5.4 mg/kg every 3 weeks. The higher 6.4 mg/kg dose caused more lung inflammation in the first trial and is not used in lung cancer.\n'),
    ('approved-as-of-a-date',
     'Drug list for registrars\nUpdated 3 March 2016\n\nApproved as of March 2016 (metastatic): trastuzumab, pertuzumab, T-DM1, lapatinib.\nApproved as of March 2016 (early): trastuzumab for a year, pertuzumab before surgery.\n'),
    ('a-wording-that-predates-the-change',
     '---\ntitle: Reading older HER2 papers\ndate: 2025-05-01\n---\n## Tips\n- A review that labels HER2-low tumours "HER2-negative, nothing targeted to offer" predates the August 2022 approval.\n'),
    ('what-an-earlier-version-said',
     '---\ntitle: HER2 reporting template\ndate: 2025-02-01\n---\n## What changed since version 2 (2019)\n\nVersion 2 put 0 and 1+ in one group and carried the note "no HER2-directed treatment is indicated". We removed that note in 2022, after T-DXd was approved for HER2-low disease.\n'),
    # Blind round 78, in our own words: "without chemotherapy first", no biosimilars "of these drugs", a
    # new line of therapy.
    ('without-chemotherapy-first',
     '---\ndate: 2025-06-01\n---\nIf your cancer is hormone receptor-positive and HER2-low or HER2-ultralow, Enhertu can now be used once hormone therapy has stopped working, without chemotherapy first.\n'),
    ('no-biosimilars-of-these-drugs',
     '---\ntitle: Trastuzumab biosimilars\ndate: 2024-05-01\n---\n## Does this change Perjeta, Kadcyla or Enhertu?\nNo. There are no biosimilars of these drugs in the US.\n'),
    ('a-new-line-of-therapy',
     '---\ndate: 2023-05-01\n---\n## Intravenous trastuzumab\n- Our preferred IV product is a biosimilar; switch from Herceptin only at the start of a new line of therapy.\n'),
    ('the-first-label-told-as-history',
     '---\ntitle: Secondary breast cancer FAQ\ndate: 2023-05-01\n---\n### What is Enhertu?\nIn December 2019 Enhertu was approved for people who had already had two or more HER2 treatments; since 2022 it can be used after one.\n'),
    # Blind round 77 (sets 308-311), in our own words: a payer's review, a trial named before the drug
    # that is the next step, a case's third line after T-DXd.
    ('pending-payer-review',
     '---\ntitle: Pharmacy bulletin\ndate: 2020-05-01\n---\n## Recommendations\n- Start biosimilar trastuzumab conversion for new patients, pending payer review.\n'),
    ('after-the-trial-the-drug-is-the-usual-next-step',
     '---\ndate: 2026-03-01\n---\nMy oncologist explained it: since 2022, after DESTINY-Breast03, T-DXd is the usual\nnext step after a first HER2 regimen, and Kadcyla (T-DM1) moved back to a later line.\n'),
    ('a-cases-third-line-after-t-dxd',
     '---\ndate: 2022-09-22\n---\n4. **70F, HER2 3+ MBC, 3L after THP and T-DXd.**\n   - Tucatinib triplet.\n'),
    # Blind round 76 (sets 304-307), in our own words: what another page may say, "Before that, ...
    # required", a drug that has no injectable version, the difference between a drug and no drug,
    # supportive care being studied, a prior-line history, what phase 1 data showed.
    ('what-another-page-may-say',
     '---\ndate: 2025-06-20\n---\n## What this means for you\n\nIf a page says Enhertu is used only after two treatments, or that HER2-low cancer has no\ntargeted option, it was written before these changes.\n'),
    ('before-that-it-required',
     '---\ntitle: "Journal club: DESTINY-Breast06"\ndate: 2025-03-11\n---\n## Regulatory\n- The FDA approved T-DXd on 27 Jan 2025 for HR+, HER2-low or HER2-ultralow MBC after endocrine therapy.\n- Before that, HER2-low use (from Aug 2022, DESTINY-Breast04) required prior chemotherapy, and IHC 0 tumours were not eligible at all.\n'),
    ('a-drug-that-has-no-injectable-version',
     '---\ntitle: Under-the-skin options\ndate: 2022-12-12\n---\n# Trastuzumab under the skin\n\nUnder-the-skin forms save chair time; IV forms are needed if your regimen includes a drug that has no injectable version.\n'),
    ('between-a-drug-and-no-drug',
     '---\ndate: 2023-03-08\n---\n## A plea to pathologists\n\nIt feels odd that a few faint cells are the difference between a drug and no drug for HER2-low cancer.\n'),
    ('prophylaxis-being-studied',
     '---\ntitle: Neratinib (HKI-272)\ndate: 2016-10-01\n---\n## Safety\n\n- Diarrhoea in most patients without prophylaxis. Loperamide prophylaxis is being studied.\n'),
    ('prior-line-history',
     '---\ndate: 2019-07-01\n---\n### Pt B, 49F, third progression\n- Prior: THP → T-DM1 → lapatinib + capecitabine.\n'),
    ('phase-1-data-showed',
     '---\ndate: 2019-06-01\n---\n### Trastuzumab deruxtecan (DS-8201)\nPhase 1 data showed responses in patients previously treated with T-DM1.\n'),
    # Blind round 75 (sets 300-303), in our own words: screening advice for trans women, a restriction
    # put down to a dated approval, a vial for IV infusion only, 'not yet approved' told as history.
    ('screening-advice-for-trans-women',
     '---\ndate: 2023-05-02\n---\n## Trans women\n\nAfter five years or more of feminising hormones, some groups suggest a mammogram every 2 years from age 50.\n'),
    ('restriction-put-down-to-a-dated-approval',
     '---\ndate: 2015-03-10\n---\n## Case 1\n- Neoadjuvant: docetaxel, trastuzumab and pertuzumab (pertuzumab neoadjuvant only, per 2013 accelerated approval).\n'),
    ('a-vial-for-iv-infusion-only',
     '---\ntitle: Pertuzumab monograph\ndate: 2014-04-02\n---\n## Formulation\n420 mg/14 mL single-dose vial for IV infusion only.\n'),
    ('not-yet-approved-told-as-history',
     '---\ndate: 2026-02-01\n---\n## The turn\n\nIn 2020, T-DXd had shown activity in HER2-mutant lung cancer, but it was not yet approved. In August 2022 the FDA granted it accelerated approval.\n'),
    # Blind round 74 (sets 296-299), in our own words: the comparator named in an aside after
    # "preferred", what a phase found, a "Since" column of approvals, a control arm's figure
    # before a pronoun.
    ('preferred-with-the-comparator-in-an-aside',
     '---\ntitle: Trastuzumab deruxtecan\nlastmod: 2026-09-30\n---\n# Trastuzumab deruxtecan\n\n## Where it stands\n- 2L HER2+ MBC: preferred (DB-03: PFS HR 0.28 vs T-DM1)\n'),
    ('results-of-a-phase',
     '---\ntitle: DS-8201a\ndate: 2018-06-15\n---\n# DS-8201a\n\n- Phase 1: ORR ~54% in heavily pretreated HER2+ incl. post T-DM1\n- Phase 1 HER2-low cohort ORR ~37%\n- ILD: several fatal cases in phase 1\n'),
    ('a-since-column',
     '---\nlastmod: 2025-11-03\n---\n# Enhertu\n\n| Setting | Since | Pivotal trial |\n|---|---|---|\n| HER2+ MBC, 2 or more prior anti-HER2 regimens (accelerated) | Dec 2019 | DESTINY-Breast01 |\n| HER2+ MBC after one prior anti-HER2 regimen | May 2022 | DESTINY-Breast03 |\n'),
    ('a-control-arm-figure-before-a-pronoun',
     '---\ndate: 2022-06-20\n---\n### Can T-DXd be used second line?\nYes. On 4 May 2022 the FDA approved T-DXd after one prior anti-HER2-based regimen (DESTINY-Breast03: 12-month PFS 75.8% vs 34.1% with T-DM1). It is now our preferred second-line option.\n'),
    # Blind round 73 (sets 292-295), in our own words: Herceptin itself "will not be offered",
    # "When Herceptin arrived it was ... new", standard HER2 medicines like trastuzumab, a label's
    # new wording, a product "not used with every regimen".
    ('herceptin-will-not-be-offered', '---\ndate: 2012-09-01\n---\n# Your HER2 result\n\nIf your 2+ result is FISH-negative, your cancer is'
     ' treated as HER2-negative and Herceptin will not be offered.\n'),
    ('when-herceptin-arrived', '---\ndate: 2024-05-10\n---\n# A short history\n\nWhen Herceptin arrived it was a genuinely new kind'
     ' of medicine.\n'),
    ('standard-medicines-like-trastuzumab', '---\ndate: 2026-03-30\n---\n## Can HER2 medicines help HER2-low cancer?\n\nNo. Standard HER2'
     ' medicines like trastuzumab do not help HER2-low cancer. Enhertu works differently.\n'),
    ('label-new-wording', '---\ndate: 2016-01-10\n---\n# News\n\n- Kadcyla (T-DM1) label was updated with new liver-safety'
     ' wording.\n'),
    ('not-used-with-every-regimen', '---\ndate: 2019-11-05\n---\n# Injections\n\nHerceptin Hylecta, the under-the-skin form of'
     " trastuzumab, was approved by the FDA in February 2019. Ask your team whether it's right for"
     " you; it isn't used with every regimen.\n"),
    # Blind round 72 (sets 288-291), in our own words: the old advice told after "Before that,", a
    # trial's own line giving its population.
    ('before-that-recommended', '---\ndate: 2025-01-20\n---\nIn April 2024 the Task Force updated its advice: a mammogram every two'
     ' years from 40 to 74. Before that, the Task Force recommended routine screening from 50.\n'),
    ('trial-item-population', '---\ntitle: Key trials\n---\n- **DESTINY-Breast01** - T-DXd, ORR 61% in heavily pretreated'
     ' patients.\n'),
    # Blind round 71 (sets 284-287), in our own words: a trial of T-DXd with pertuzumab, a route
    # that names its injection form, a switch to Kadcyla said beside the year.
    ('tdxd-with-pertuzumab-in-trials', '---\ndate: 2025-10-21\n---\n- Ongoing: T-DXd in early disease (DESTINY-Breast05), T-DXd +'
     ' pertuzumab 1L (DESTINY-Breast09).\n'),
    ('a-subcutaneous-form-is-available', '---\ndate: 2021-02-10\n---\n# Trastuzumab\n\n**Route:** IV infusion, or a subcutaneous formulation'
     ' is available (Herceptin Hylecta).\n'),
    ('kadcyla-for-residual-disease-not-the-year', '---\ndate: 2018-11-01\n---\nIf cancer is left after surgery, you switch to Kadcyla instead of'
     ' finishing your year of Herceptin.\n'),
    # Blind round 71 (sets 284-287), its warnings read, in our own words: a class of results
    # named in the past, a team's decision pending for a patient.
    ('were-called-equivocal', '---\ndate: 2024-03-01\n---\n## How the rules changed\n\nUnder the first guideline, '
     'ratios between 1.8 and 2.2 were called equivocal.\n'),
    ('decision-for-a-case', '---\ndate: 2018-05-01\n---\nActions: BK to circulate ExteNET summary — neratinib '
     'decision pending for Case 2 if node+.\n'),
    # Blind round 70 (sets 280-283), in our own words: an approval stated beside a UK funding
    # gap, the old advice told after "Before,", a recommendation that "moved" the start.
    ('approved-in-us-not-on-nhs', '---\ndate: 2022-03-01\n---\n- Nerlynx (neratinib) with capecitabine: approved in '
     'the US, but not available on the NHS.\n'),
    ('before-comma', '---\ndate: 2024-05-10\n---\nThe Task Force now says every two years from 40 to 74. Before, the '
     'advice was to start at 50.\n'),
    ('recommendation-moved', '---\ndate: 2024-12-20\n---\n**Big news: the USPSTF says 40.** The final recommendation '
     'moved the start of screening mammography every two years from 50 to 40.\n'),
    # Blind round 69 (sets 276-279), in our own words: a question whether a drug is new, new
    # staff, a biosimilar's interchangeability, a drug another beat in its trial.
    ('is-it-a-new-kind-of-drug', '---\ndate: 2020-02-01\n---\n**Is Enhertu a new kind of drug?**\nIt joins an antibody to chemotherapy.\n'),
    ('new-starters', '---\ndate: 2018-10-01\n---\nNew starters on our unit often ask why trastuzumab takes so long in the chair.\n'),
    ('not-interchangeable', '---\ndate: 2017-09-01\n---\n- No biosimilar of trastuzumab has been designated interchangeable, '
     'so the pharmacy cannot swap it without the prescriber.\n'),
    ('longer-than-kadcyla', '---\ndate: 2026-02-01\n---\n## Second treatment\n\nEnhertu. Since 2022 it has been the preferred '
     'second treatment, because in its trial it held the cancer back much longer than Kadcyla.\n'),
    # Blind round 68 (sets 272-275), in our own words: what trastuzumab itself does for HER2-low
    # disease, a forum's next post, the drug a trial beat, a wait told in the past.
    ('drugs-like-herceptin', '---\ndate: 2025-09-01\n---\n## HER2-low\n\nA HER2-low cancer makes a little HER2, '
     'too little to count as HER2-positive, so drugs like Herceptin do not help it.\n'),
    ('next-post', '---\ndate: 2021-05-01\n---\n**First post – Ana**\n\nMy mum has HER2 exon 20 lung cancer. '
     'Are there options?\n\n**Reply – Lee**\n\n- **Kadcyla** – a few small studies.\n\n**Reply – Dana**\n\n'
     'My brother did chemo with immunotherapy first and it held for a year, so do not write off the standard treatment.\n'),
    ('trial-beat-it', '---\ndate: 2022-02-01\n---\nAsk your doctor to quote DESTINY-Breast03, the trial that beat '
     'Kadcyla outright. The NCCN now lists it as the preferred second line.\n'),
    ('was-not-yet-on-the-market', '---\ndate: 2025-06-01\n---\nMost biosimilars reached pharmacies in 2019, '
     'so for a time the first approved one was not yet on the market.\n'),
    # Blind round 67 (sets 268-271), in our own words: what a new way gives, a clinic's new
    # formulary, another maker's biosimilar of a drug.
    # (and a table after a paragraph of its section's own is no list of its heading's)
    ('side-effect-table-after-prose', '---\ndate: 2018-11-01\n---\n### Drugs being studied\n\nAsk your nurse whether a trial suits you.\n\n| Drug | How it is given | Side effects |\n|---|---|---|\n| Pertuzumab | drip every 3 weeks | diarrhoea |\n| T-DM1 | drip every 3 weeks | low platelets |\n'),
    ('this-is-a-new-way', '---\ndate: 2026-01-10\n---\nThis is a new way to give trastuzumab.\n'),
    ('new-formulary', '---\ndate: 2024-06-01\n---\n- Pharmacy: new formulary from July, with biosimilar trastuzumab as the default.\n'),
    ('biosimilar-pertuzumab', '---\ndate: 2024-11-01\n---\n- Biosimilar pertuzumab candidates are in development.\n'),
    # Blind round 66 (sets 264-267), in our own words: a change told from where it started,
    # HER2-low disease where T-DM1 was never approved, another cancer where a drug is not
    # approved, a phase's results labelled with their years.
    ('moved-from', '---\ndate: 2026-05-01\n---\nHER2-mutant lung cancer has gone from "nothing approved" to several options in a few years.\n'),
    ('tdm1-her2-low', '---\ndate: 2024-03-01\n---\nT-DM1 and pertuzumab give no benefit in HER2-low disease.\n'),
    ('tdm1-lung', '---\ndate: 2021-06-01\n---\n- T-DM1 gave some responses in a lung basket trial but is not approved for lung cancer.\n'),
    ('phase-era', '---\ndate: 2019-10-01\n---\n# Margetuximab\n\n- Phase 1 (early 2010s): responses in pretreated HER2-positive cancers.\n'),
    # Blind round 65 (sets 260-263), in our own words: HER2-low early disease, where the drug
    # is not approved.
    ('early-disease-outside-trials', '---\ndate: 2025-10-01\n---\n## Our view\n- HER2-low early disease: T-DXd has no place outside trials yet (no data in EBC).\n'),
    # Blind round 64 (sets 256-259), in our own words: early disease outside a trial, a
    # newsletter's framing, a trial's results labelled by its phase.
    ('outside-a-trial-not-early', "---\ndate: 2025-09-01\n---\nNo. For now, HER2-low status only changes treatment for secondary breast cancer. Trials are testing Enhertu earlier, but outside a trial it isn't used for early HER2-low breast cancer.\n"),
    ('stories-likely-to-matter', '---\ndate: 2024-01-08\n---\nHappy new year. Here are the HER2 stories likely to matter this year.\n'),
    ('phase-1-responses', '---\ndate: 2019-01-28\n---\n# Margetuximab\n\n## Clinical development\n* Phase 1: responses in heavily pretreated HER2-positive breast and gastric cancers.\n'),
    # Blind round 63 (sets 252-255), in our own words: what a draft proposed, a drug named as what
    # came before, practice measured outside trials, words written under an older scheme, the
    # writer's own "new friend", patients who have already had a drug, a pharmacy department.
    ('draft-proposes', '---\ndate: 2023-05-24\n---\n## USPSTF draft\n- The draft recommendation (posted in May 2023) proposes screening every other year from 40 to 74.\n'),
    ('later-line-after-slash', '---\ntitle: Margetuximab journal club\ndate: 2020-02-26\n---\n## Our take\n- niche at best: later-line after tucatinib / T-DXd?\n'),
    ('ild-rates-outside-trials', '---\ndate: 2026-11-01\n---\nReal-world series on T-DXd in HER2-ultralow disease after endocrine therapy (approved January 2025) looked at ILD rates outside trials.\n'),
    ('written-under-an-older-scheme', '---\ndate: 2025-01-01\n---\nWhen a 2010 page says "a ratio above 2.2", it was written under an older scheme.\n'),
    ('my-new-friend', '---\ntitle: Starting Enhertu\ndate: 2022-09-18\n---\n- **Nausea?** It is a lot. Ginger tea at night is my new friend.\n'),
    ('already-had-t-dxd', '---\ndate: 2026-10-13\n---\n- Several investigational HER2 ADCs are in trials, mostly in patients who have already had T-DXd.\n'),
    ('investigational-drug-service', '---\ntitle: Tucatinib monograph\ndate: 2019-09-12\n---\n# Tucatinib\n\n## Contacts\nInvestigational Drug Service, ext. 4471.\n'),
    # Blind round 62 (sets 248-251), in our own words: a newsletter's own framing.
    ('decisions-due-in-the-coming-months', '---\ndate: 2024-01-10\n---\nOur quarterly look at decisions due in the coming months.\n'),
    # Blind round 61 (sets 244-247), in our own words: a row dated by its approval's column, a
    # title on other drugs than the one it names, a scoring system, a pronoun of the sentence before.
    ('fda-date-column', '---\ndate: 2025-06-01\n---\n| Setting | Trial | FDA date |\n|---|---|---|\n| HER2+ MBC after two or more prior anti-HER2 regimens (accelerated) | DESTINY-Breast01 | 20 Dec 2019 |\n| HER2+ MBC after one prior anti-HER2 regimen | DESTINY-Breast03 | 4 May 2022 |\n'),
    ('beyond-trastuzumab-title', '---\ntitle: HER2 agents beyond trastuzumab\ndate: 2025-05-01\n---\n- HER2 vaccines and HER2 CAR-T cells remain experimental.\n'),
    ('no-agnostic-scoring', '---\ndate: 2024-02-01\n---\n## Testing\n\nNo tumour-agnostic HER2 scoring system exists; most labs borrow the gastric criteria.\n'),
    ('pronoun-of-the-sentence-before', '---\ntitle: "Kadcyla or Enhertu next?"\ndate: 2023-02-11\n---\nThat changed last year. The trial compared them and Enhertu won, and the FDA approved it after one prior regimen in May 2022. Most guidelines list it as the preferred second line now.\n'),
    # Blind round 60 (sets 240-243), in our own words: a last resort, a vial, who trials took, a
    # case's title, the drug as a purpose, a scoring rule's name.
    ('if-nothing-else', '---\ndate: 2021-03-01\n---\n## Later lines\n\n- lapatinib + capecitabine, or trastuzumab with another chemo if nothing else\n'),
    ('new-vial-size', '---\ndate: 2017-06-01\n---\n- Query: new Herceptin vial size? No, still the same.\n'),
    ('excluded-from-trials', '---\ndate: 2022-05-01\n---\n# T-DXd in lung cancer\n\n> lung patients seem more prone; those with earlier ILD were excluded from trials.\n'),
    ('case-title-on-3l', '---\ndate: 2021-04-01\n---\n## 3 · 63F, HER2+ MBC, on T-DXd (3L)\n\n- options: tucatinib triplet\n- chose tucatinib triplet\n'),
    ('not-for-the-drug-itself', '---\ntitle: Starting Enhertu for HER2-low\ndate: 2024-02-01\n---\nEnhertu has gone well for me.\n\nSucking ice during the drip helps the mouth, not for the drug itself.\n'),
    ('called-ultralow-in-trials', '---\ndate: 2023-05-01\n---\n- Faint incomplete staining in 10% of cells or fewer = **0** (sometimes called "ultralow" in trials).\n'),
    # Blind round 59: a pronoun in an item on a drug the pack does not know; a plan "if still
    # recruiting"; Enhertu's column "not indicated" beside Kadcyla's residual-disease cell.
    ('pronoun-of-an-unknown-drug',
     '---\ndate: 2024-12-01\n---\n## Other HER2 drugs\n\n* **Zanidatamab** is a bispecific antibody. In 2024 it was approved for bile duct cancer. It is also being tested as a first treatment for stomach cancer.\n'),
    ('if-still-recruiting',
     '---\ndate: 2021-09-01\n---\n## Plan\n\n- Report reads HER2 1+.\n- Screen for DESTINY-Breast04 if still recruiting.\n'),
    ('drug-column-not-indicated',
     '---\ndate: 2022-01-10\n---\n| | Kadcyla | Enhertu |\n|---|---|---|\n| Early disease | residual disease after neoadjuvant therapy (KATHERINE) | not indicated |\n'),
    # Blind round 58: biosimilar trastuzumab "only available as a drip" (true); neratinib in
    # SUMMIT's HER2-mutant basket, "investigational use only" (true).
    ('biosimilar-only-a-drip',
     '---\ndate: 2024-09-01\n---\nMost people can switch to the injection. Biosimilar trastuzumab is also only available as a drip.\n'),
    ('summit-mutant-investigational',
     '---\ndate: 2018-06-01\n---\n# Neratinib\n\n## Metastatic\n\n- HER2-mutant, non-amplified cancers (SUMMIT basket): investigational use only\n'),
    # Blind round 57: a case's title over a condition ("If still equivocal: ..."), Kadcyla as the
    # next option "if Enhertu stops working", a trial table's comparator column, another tumour's
    # HER2-low disease.
    ('case-title-over-a-condition',
     '---\ndate: 2012-10-01\n---\n## Case 4 — 57F, IHC 2+, FISH ratio 2.1\n\n- If still equivocal: bring back next week.\n'),
    ('next-if-enhertu-stops-working',
     "---\ndate: 2025-09-01\n---\nMy doctor said Kadcyla or tucatinib would come next if Enhertu stops working.\n"),
    ('comparator-column',
     '---\ndate: 2025-02-01\n---\n## Trials\n\n| Trial | Setting | Comparator | Result |\n|---|---|---|---|\n| DESTINY-Breast03 | HER2+ MBC, 2L | T-DM1 | PFS HR 0.28 |\n'),
    ('her2-low-gastric-not-filed',
     '---\ndate: 2026-06-01\n---\n# Trastuzumab deruxtecan: where it stands\n\n- HER2-low stomach cancer: no filing planned.\n'),
    # Blind round 56: a status with its approval date, a gene test that "will be tested", later
    # studies testing whether a side-effect plan helps, T-DM1 "usually way easier than taxotere".
    ('approved-with-its-date-row',
     '---\ndate: 2020-06-10\n---\n| Drug | Form | Status |\n|---|---|---|\n| Tukysa | tablets | approved April 2020 |\n'),
    ('cancer-will-be-tested',
     '---\ntitle: Targeted drugs for lung cancer\ndate: 2020-11-03\n---\n\nYour lung cancer will be tested for changes in certain genes.\n'),
    ('later-studies-testing-whether',
     '---\ntitle: Neratinib trial spotlight\ndate: 2016-11-07\n---\n\nThe main side effect was diarrhoea. Later studies are testing whether taking loperamide from the start helps.\n'),
    ('usually-way-easier',
     "---\ntitle: \"Kadcyla or Enhertu next?\"\n---\n\nKadcyla is usually way easier than taxotere; most people keep their hair.\n"),
    # Blind round 55: a lung page's "older TKIs ... not recommended", a case's plan in minutes,
    # "IHC 0 with no staining at all" (not ultralow), trial data "of 184 heavily pretreated women",
    # "new linkers and payloads", "still used, usually later".
    ('older-tkis-lung-not-recommended',
     '---\ntitle: Thoracic tumour board\ndate: 2022-03-08\n---\n\n## HER2-mutant NSCLC\n\n- Older TKIs (afatinib, neratinib, poziotinib): low response rates; not recommended.\n'),
    ('case-plan-in-minutes',
     '---\ndate: 2020-01-22\n---\n1. 48F HER2 3+ MBC, progression on THP at 22 months: T-DM1\n'),
    ('no-staining-at-all-not-approved',
     "---\ndate: 2025-06-20\n---\n- True IHC 0 with no staining at all: Enhertu isn't approved there.\n"),
    ('of-the-heavily-pretreated-women',
     '---\ndate: 2019-12-23\n---\nIn DESTINY-Breast01, 60.9% of 184 heavily pretreated women had their tumours shrink.\n'),
    ('new-linkers-and-payloads',
     '---\ndate: 2026-04-20\n---\n- Several next-generation HER2 ADCs with new linkers and payloads.\n'),
    ('still-used-usually-later',
     '---\ndate: 2025-03-01\n---\nFor most people the next treatment is Enhertu. Kadcyla is still used, usually later.\n'),
    # Blind round 54: "2 lines ET" in a case's row, a case screened for a trial, a condition ("if
    # it's not approved in time"), "a novel" the book, side effects "usually minor".
    ('two-lines-et-row',
     '---\ndate: 2023-03-15\n---\n| # | Case | Plan |\n|---|---|---|\n| 1 | HR+ MBC, 2 lines ET + CDK4/6i, HER2 IHC 1+ | HER2-low, so T-DXd (DESTINY-Breast04) |\n'),
    ('screen-for-a-trial',
     '---\ndate: 2021-05-19\n---\n## HER2-mutant NSCLC\n\n- **Recommendation:** screen for DESTINY-Lung02; if ineligible, docetaxel\n'),
    ('if-it-is-not-approved-in-time',
     "---\ndate: 2017-03-01\n---\nSo if it's not approved in time, what do people do after their year of Herceptin?\n"),
    ('not-a-novel',
     '---\ndate: 2024-09-01\n---\nThe Enhertu infusion takes about 30 minutes, so bring a book but not a novel.\n'),
    ('side-effects-usually-minor',
     '---\ntitle: "Kadcyla or Enhertu next?"\ndate: 2021-03-12\n---\n\nTips for Kadcyla: check your platelets, and the nosebleeds are usually minor.\n'),
    # Blind round 53: "now usually Enhertu, not Kadcyla", a timeline entry dated "12/2019", antiemetics for "at least two drugs", a doctor who "will
    # test your cancer", driver results pending.
    ('now-enhertu-not-kadcyla',
     '---\ndate: 2025-09-01\n---\n- Second line for HER2-positive metastatic disease is now usually Enhertu, not Kadcyla.\n'),
    ('month-slash-year-entry',
     '---\ndate: 2021-04-19\n---\n## Approvals\n\n- 12/2019 — metastatic HER2+ breast cancer after two or more prior anti-HER2 regimens (T-DXd, accelerated)\n'),
    ('two-drug-antiemetic',
     '---\ndate: 2020-06-01\n---\n- T-DXd: at least two-drug antiemetic prophylaxis; baseline CT chest.\n'),
    ('doctor-will-test-your-cancer',
     '---\ntitle: Targeted drugs for lung cancer\ndate: 2019-07-01\n---\n\nTargeted drugs block these changes. Your doctor will test your cancer for them before you start treatment.\n'),
    ('driver-results-pending',
     '---\ndate: 2021-11-01\n---\n- Do not start immunotherapy while driver results are pending.\n'),
    # Blind round 52: "the same way as having ... two separate drips" (Phesgo explained), a case's
    # lines of endocrine therapy, "T-DM1 only if ILD risk is high", "not indicated after pCR", a
    # course told ("My wife's sequence was ..."), a new insurance, "had no HER2-directed option
    # before" in a page after the change, a referral for a trial's screening, "ahead of T-DM1".
    ('phesgo-same-as-two-drips',
     '---\ndate: 2020-11-01\n---\nPhesgo is used for HER2-positive breast cancer. It works in the same way as having pertuzumab and trastuzumab as two separate drips.\n'),
    ('lines-of-endocrine-therapy',
     '---\ndate: 2026-03-01\n---\n## 1. F 63, HR+ MBC after 2 lines of ET, chemo-naive\n\n- Eligible for T-DXd after endocrine therapy (DESTINY-Breast06 label)\n'),
    ('tdm1-only-if-ild-risk',
     '---\ndate: 2022-06-15\n---\n## 2. F 49, HER2+ MBC\n\n- 2L: T-DXd (DB03) preferred; T-DM1 only if ILD risk is high\n'),
    ('tdm1-not-indicated-after-pcr',
     '---\ndate: 2021-02-17\n---\n### Patient C, HER2+ after neoadjuvant TCHP, pCR\n\n- Continue trastuzumab + pertuzumab to complete one year; T-DM1 not indicated after pCR\n'),
    ('sequence-was',
     '---\ndate: 2021-05-01\n---\nMy wife\'s sequence was THP -> Kadcyla -> Enhertu. Enhertu gave her the longest stretch.\n'),
    ('new-insurance',
     '---\ndate: 2018-08-16\n---\nMy new insurance has a high coinsurance and my Herceptin is billed per infusion.\n'),
    ('had-no-option-before',
     '---\ndate: 2025-01-29\n---\nIt is the first approval in HER2-ultralow disease, a group that had no HER2-directed option before.\n'),
    ('refer-for-trial-screening',
     '---\ndate: 2019-05-22\n---\n- **Decision:** refer for DESTINY-CRC01 screening; other treatment if ineligible\n'),
    ('preferred-ahead-of-tdm1',
     '---\ntitle: Enhertu monograph\ndate: 2026-06-30\n---\n\n- HER2-positive MBC: preferred second-line drug, ahead of T-DM1 (DESTINY-Breast03).\n'),
    # Blind round 51: list items that each say "new" of their own thing, a new doctor, a title that
    # names a drug only as what the page goes beyond, a timeline entry labelled with month and
    # year, a table of a year's FDA actions, "So it's ..." read with the sentence it points to,
    # what someone was told last year, trials of combinations across tumour types.
    ('new-item-new-way-to-give',
     '---\ndate: 2019-12-30\n---\nWhat a year: a new antibody-drug conjugate and a new way to give trastuzumab.\n'),
    ('new-onc-says',
     '---\ndate: 2024-05-01\n---\nNew onc (we moved) says Enhertu next.\n'),
    ('title-beyond-a-drug',
     '---\ntitle: "Pipeline: HER2 beyond T-DXd"\ndate: 2023-09-01\n---\n\n## Glossary\n\n- **Bispecific**: an antibody that binds two different targets\n'),
    ('month-and-year-entry',
     '---\ndate: 2023-09-01\n---\n## A crowded few years\n\n- December 2019: T-DXd, at first only after two or more anti-HER2 treatments\n'),
    ('a-years-fda-actions',
     '---\ndate: 2019-12-30\n---\n## FDA actions in 2019\n\n| Date | Product | Indication |\n|---|---|---|\n| Dec 20 | Enhertu | metastatic HER2+ after two or more prior anti-HER2 regimens |\n'),
    ('so-it-is-a-later-line-option',
     '---\ndate: 2023-02-01\n---\nEnhertu was approved for HER2-low in August, for after chemo for secondary cancer. So it is a later-line option.\n'),
    ('told-her-last-year-that',
     '---\ndate: 2026-02-01\n---\nHer oncologist told her last year that Kadcyla is the usual second line and Enhertu comes after. She got a second opinion.\n'),
    ('combinations-across-tumour-types',
     '---\ndate: 2023-03-01\n---\nT-DXd and other drugs are being tested in combination across tumour types.\n'),
    # Blind round 50: research "earlier in their treatment" under a title on ultralow, "in the early
    # days" narrated, an early trial in heavily pretreated patients, a test that is not available,
    # a table of what changed in 2013, another tumour's own cut-off, a trial that "was enrolling".
    ('research-earlier-in-treatment',
     '---\ntitle: HER2-low and HER2-ultralow\ndate: 2026-03-01\n---\n\nTrials are looking at whether Enhertu can help people with HER2-low cancer earlier in their treatment.\n'),
    ('in-the-early-days-experimental',
     '---\ndate: 2022-01-01\n---\nIn the early days, some doctors described trastuzumab as experimental.\n'),
    ('early-trial-heavily-pretreated',
     '---\ndate: 2018-12-01\n---\n## Trastuzumab deruxtecan\n\nIn an early trial in heavily pretreated patients, tumours shrank in more than half.\n'),
    ('genotyping-not-available',
     '---\ntitle: Margetuximab\ndate: 2020-03-01\n---\n\n## Thoughts\n\n- CD16A genotyping not routinely available, so no way to select patients.\n'),
    ('what-changed-table-2013',
     '---\ndate: 2013-11-20\n---\n## What changed vs 2007\n\n| | 2007 | 2013 |\n|---|---|---|\n| IHC 3+ | >30% of cells | >10% of cells |\n| ISH positive | ratio >2.2 | ratio >=2.0 |\n'),
    ('endometrial-serous-cut-off',
     '---\ntitle: HER2 testing in endometrial serous carcinoma\ndate: 2024-10-01\n---\n\n| Score | Definition |\n|---|---|\n| 3+ | Complete membrane staining in >30% of tumour cells |\n'),
    ('katherine-was-enrolling',
     '---\ndate: 2016-05-30\n---\n(A trial called KATHERINE was enrolling women in my situation, but I was too far along to join.)\n'),
    # Blind round 49: what people have had (not an order to follow), researchers asking about a
    # subgroup under a drug's title, another route called experimental, a later line "if not
    # already given".
    ('have-had-kadcyla-before-enhertu',
     '---\ndate: 2026-02-01\n---\nYes. Lots of patients have had Kadcyla before Enhertu.\n'),
    ('researchers-ask-about-a-subgroup',
     '---\ntitle: "Margetuximab: your questions"\ndate: 2020-05-01\n---\n\n### Who benefits most?\nResearchers are looking at whether people with one form of an immune receptor benefit more.\n'),
    ('intrathecal-experimental',
     '---\ndate: 2019-03-01\n---\n- Intrathecal trastuzumab: experimental; consider it on a trial for leptomeningeal spread.\n'),
    ('later-lines-if-not-already-given',
     '---\ndate: 2021-08-01\n---\n## Later lines\n\n- T-DXd if not already given; watch for lung toxicity\n'),
    # Blind round 48: Herceptin (not HER2 drugs as a class) that does not work for HER2-low, a new
    # medicine to check for interactions, "not FDA approved outside breast cancer".
    ('herceptin-does-not-work-her2-low',
     '---\ndate: 2023-02-01\n---\nIf your cancer is HER2-low, Herceptin, for example, does not work for it.\n'),
    ('check-every-new-med',
     '---\ndate: 2016-01-01\n---\n## Lapatinib\n\n- CYP3A4 interactions: check every new med.\n'),
    ('not-approved-outside-breast',
     '---\ndate: 2023-10-01\n---\n- Pertuzumab is not FDA approved outside breast cancer.\n'),
    # Blind round 47: "2009 and 2016:" narrated, an "Investigational Drug Service" byline.
    ('years-and-colon-narrated',
     '---\ndate: 2025-03-01\n---\n- 2009 and 2016: the Task Force recommended biennial screening from 50.\n'),
    ('investigational-drug-service',
     '---\ntitle: Neratinib\n---\n\n_Investigational Drug Service · last reviewed 2016-11-04_\n'),
    # Blind round 46: "have always been grouped", an echo due, the change told by arrows, "not
    # indicated here" after HER2-null, a byline with an ISO date.
    ('always-been-grouped',
     '---\ndate: 2021-06-21\n---\nCancers that score 1+, or 2+ with a negative ISH test, have always been grouped with HER2-negative cancers.\n'),
    ('echo-due',
     '---\ndate: 2022-03-01\n---\n- echo due in May - book it\n'),
    ('threshold-arrows',
     '---\ndate: 2014-02-01\n---\n> 3+ threshold >30% → >10%; ISH ratio >2.2 → ≥2.0.\n'),
    ('not-indicated-here',
     '---\ndate: 2025-02-01\n---\n- HER2-null: IHC 0 with no staining at all. T-DXd is not indicated here.\n'),
    ('byline-with-iso-date',
     '---\ntitle: Forum\n---\n\n#3 ask_the_data (2018-11-21)\nThere is a big trial, KATHERINE, comparing Kadcyla with Herceptin for exactly this situation.\n'),
    # Blind round 45: a claim reported to be checked ("Is that right?"). (Its other negative, "T-DXd
    # has shown activity in DESTINY-Lung01, and the FDA gave it breakthrough designation in 2020",
    # is the statement issue 16 names as outdated; round 61's writer marked the same words, and
    # the year dates the designation's clause only: see 'shown-activity-and-designation'.)
    ('statement-then-is-that-right',
     '---\ndate: 2025-01-01\n---\nMy aunt says Enhertu is brand-new. Is that right?\n'),
    # Blind round 44: "It" after another drug named first, "It's not new", other drugs in trials,
    # trastuzumab on its own in lung cancer, a drug added to T-DM1 in a trial, old threads quoted,
    # the next injection site, a formulary, T-DM1 off-label in lung cancer.
    ('pyrotinib-it-not-approved',
     '---\ndate: 2025-04-01\n---\n**Pyrotinib**, a tablet like neratinib, is approved in China. It has not been approved by the FDA.\n'),
    ('its-not-new',
     "---\ndate: 2017-05-01\n---\nHerceptin has been used since 1998. It's not new; many people have had it.\n"),
    ('other-drugs-being-tested-lung',
     '---\ndate: 2021-06-01\n---\n# HER2 and lung cancer\n\nOther HER2-targeted drugs are also being tested in trials.\n'),
    ('trastuzumab-alone-lung',
     '---\ndate: 2022-05-01\n---\nHER2-mutant lung cancer does not respond well to trastuzumab on its own.\n'),
    ('adding-to-tdm1-trial',
     '---\ndate: 2026-10-01\n---\nA trial is testing whether adding tucatinib to T-DM1 helps people with cancer left at surgery.\n'),
    ('old-threads-quoted',
     '---\ndate: 2023-01-01\n---\nIn old forum threads people often wrote "Herceptin is the only HER2 drug".\n'),
    ('new-injection-site',
     '---\ndate: 2019-03-01\n---\n# Herceptin Hylecta\n\n- Keep new injections at least 2.5 cm from the previous site.\n'),
    ('not-on-formulary-yet',
     '---\ndate: 2018-10-01\n---\n- Ogivri is an FDA-approved biosimilar but is not on formulary yet.\n'),
    ('tdm1-off-label-lung-row',
     '---\ndate: 2021-07-01\n---\n# HER2 in NSCLC\n\n| Drug | Data | Status |\n|---|---|---|\n| T-DM1 | Phase 2 basket | Off-label |\n'),
    # Blind round 43: HER2-low and NSABP B-47, trial eligibility, a new template, "wasn't approved
    # until", older statements quoted for context, a forum's report of its own equivocal ratio.
    ('her2-low-no-b47-benefit',
     '---\ndate: 2021-10-01\n---\nHerceptin and Perjeta do not work for HER2-low cancer: a trial of Herceptin after surgery in this group (NSABP B-47) showed no benefit.\n'),
    ('trial-eligibility-not-a-denial',
     '---\ndate: 2026-10-01\n---\n## Case 1: residual disease after neoadjuvant TCHP\n\n- T-DM1 x14 (KATHERINE).\n- Screened for our post-neoadjuvant ADC trial; not eligible because of neuropathy.\n'),
    ('new-template',
     '---\ndate: 2022-06-09\n---\n# T-DXd in HER2-low\n\n- Draft the new HER2 template with 0 and 1+ reported separately.\n'),
    ('wasnt-approved-until',
     "---\ndate: 2014-02-01\n---\nI didn't have Perjeta the first time; it wasn't approved until 2012.\n"),
    ('older-statements-quoted',
     '---\ndate: 2025-01-01\n---\n## Older statements, quoted for context\n\n> "The USPSTF recommends biennial screening mammography for women aged 50 to 74 years." (2016 statement)\n'),
    ('ratio-came-back-equivocal-forum',
     '---\ndate: 2013-06-20\n---\nMy FISH ratio came back 2.1 and the report calls it equivocal. What happens now?\n'),
    # Blind round 42: what HER2-low describes, 1+ in more than 10% now, an approval opener told
    # in the past, early disease unchanged.
    ('her2-low-describes',
     '---\ndate: 2023-03-01\n---\nHER2-low is not a separate type of breast cancer; it describes how much HER2 the cells carry.\n'),
    ('faint-more-than-10-is-low-now',
     '---\ndate: 2025-06-01\n---\n| Score | Staining | Meaning |\n|---|---|---|\n| 1+ | Faint, incomplete staining in more than 10% of cells | HER2-low: Enhertu may be offered after chemotherapy |\n'),
    ('approved-opener-past',
     '---\ndate: 2025-08-01\n---\nApproved in December 2019, Enhertu was at first limited to people who had had two or more regimens.\n'),
    ('early-her2-low-no-change',
     '---\ndate: 2025-03-01\n---\n## Early breast cancer\n\nFor cancer that has not spread, a HER2-low result does not change treatment yet.\n'),
    # Blind round 32: a historical section's year, a wording not to use, a first-treatment
    # trial, cohorts of heavily pretreated patients, a dated summary's quotation.
    ('historical-section-year',
     '# HER2 testing, then and now\n\n## 2007 guideline (historical)\n\n- A ratio above 2.2 was called amplified, and 1.8 to 2.2 equivocal.\n'),
    ('do-not-use-it',
     '---\ndate: 2025-06-01\n---\n- "IHC 3+ = more than 30% of cells" still turns up in older slide decks; do not use it.\n'),
    ('first-treatment-trial',
     '---\ndate: 2025-05-01\n---\n# Stomach cancer and HER2\n\nStudies are now looking at whether trastuzumab deruxtecan works better as the first treatment for stomach cancer.\n'),
    ('cohorts-enrolled-pretreated',
     '---\ndate: 2019-06-01\n---\nThe expansion cohorts enrolled heavily pretreated patients, nearly all after T-DM1, and about 60% responded.\n'),
    ('dated-summary-quote',
     'Our 2013 summary of the trial read:\n\n> T-DM1 is the new standard second-line treatment.\n'),
    # Blind round 31: "you were told" then, trials of whether a drug could help earlier, "the
    # advice was to start at 50", the 2016 grade C "reflected" a smaller benefit.
    ('were-told-then',
     '---\ndate: 2025-03-01\n---\nFor years, cancers scoring 1+ were grouped as HER2-negative. If your test came back 1+, you were told HER2 drugs would not help.\n'),
    ('studies-earlier',
     '# What HER2-low and HER2-ultralow mean for you\n\n## And early breast cancer?\n\nStudies are looking at whether Enhertu could help earlier, too.\n'),
    ('advice-was-to',
     "---\ndate: 2024-06-01\n---\nUntil this spring, the Task Force's advice was to start mammograms at 50. In April the USPSTF finalised screening every other year from 40 to 74.\n"),
    ('grade-c-reflected',
     '- The 2016 USPSTF grade C for women in their 40s reflected a smaller net benefit, not no benefit.\n'),
    # Blind round 30: approvals listed with their months in brackets.
    ('approvals-dated-in-brackets',
     '---\ndate: 2020-06-01\n---\nThe later-line field is already busy, with tucatinib (April), neratinib with capecitabine (February) and trastuzumab deruxtecan (December 2019).\n'),
    # Blind round 29: "not approved for you in this setting" under a HER2-0 question, new IV
    # starts, the drugs a new one "would compete with".
    ('this-setting-heading',
     '## What if my result is HER2 0 with no staining?\n\nThen Enhertu is not approved for you in this setting.\n'),
    ('new-iv-starts',
     '> [!note] Policy\n> Biosimilar first for all new IV trastuzumab starts unless the payer says otherwise.\n'),
    ('would-compete-with',
     '---\ndate: 2020-11-01\n---\n# Margetuximab\n\n- Would compete in 3L+ with T-DXd, the tucatinib triplet and lapatinib combinations.\n'),
    # Blind round 28: a history under a heading that is its year, "the 2009 and 2016 versions,
    # which recommended ...", entries written as lines of one paragraph.
    ('history-year-heading',
     '# HER2 testing guidelines over time\n\n## 2007 (first joint guideline)\n\n- FISH was called amplified when the ratio was above 2.2.\n'),
    ('versions-which-recommended',
     '---\ndate: 2024-05-10\n---\nThe 2024 advice is a big change from the 2009 and 2016 versions, which recommended screening every two years from 50 to 74.\n'),
    ('line-entries-in-a-paragraph',
     '---\ndate: 2026-01-10\n---\nUSPSTF (2024): a mammogram every other year from 40 to 74.\nAmerican Cancer Society: women 40 to 44 may choose to start yearly screening.\n'),
    # Blind round 27: T-DXd before tucatinib in "3L after THP → T-DXd", a trial offered "where we
    # can", another tumour's own 3+ cut-off, the news of the 2019 accelerated approval.
    ('after-chain-before',
     '# Tucatinib\n\n## Where it fits\n\n- Usually 3L after THP → T-DXd; earlier when brain metastases are active.\n'),
    ('trials-where-possible',
     '---\ndate: 2023-05-01\n---\n# T-DXd beyond breast\n\n- Test HER2 in any advanced biliary or bladder cancer; enrol in trials where we can.\n'),
    ('uterine-cutoff',
     '# Uterine serous carcinoma\n\n- HER2 scoring here differs from breast: more than 30% of cells for 3+ in this tumour.\n'),
    ('accelerated-approval-news',
     '---\ndate: 2019-12-30\n---\n- This week: FDA accelerated approval of fam-trastuzumab deruxtecan (20 Dec) for patients with two or more prior anti-HER2 regimens.\n'),
    # Blind round 23: a drug named after the class words, other ADCs being studied, the news
    # of a change quoted, what cancers "were simply called".
    ('class-then-drug-row',
     '# HER2 beyond breast cancer\n\n| Tumour | Approved HER2-directed therapy (US) |\n|---|---|\n| Uterine serous | Trastuzumab with chemotherapy (guideline-listed, off-label) |\n'),
    ('other-adcs-studied',
     '### Are trials still going on?\n\nYes. Trials are testing Enhertu earlier in HER2-low disease, and other antibody-drug conjugates are being studied as well.\n'),
    ('news-quote-change',
     '# Enhertu moves to second line\n\nT-DM1 had been the standard second-line treatment since 2013.\n\n"This is a clear change in the standard of care," one oncologist said.\n'),
    ('simply-called',
     'For many years, breast cancers were sorted into two HER2 groups. Cancers with a low level of HER2 were simply called HER2-negative, and no HER2 drug was offered for them.\n'),
    # Blind round 22: a new chemotherapy partner, what an approval covered, the HER2-null group, a
    # guideline's history told with its update, trials in earlier settings and as a first
    # treatment, other tablets being tested.
    ('new-chemo-partner',
     '## Later lines\n\n- Trastuzumab beyond progression with a new chemo partner (vinorelbine or eribulin)\n'),
    ('approval-covered',
     '---\ndate: 2019-12-23\n---\nThe December 20 approval covered adults with spread HER2-positive breast cancer who had received two or more anti-HER2 regimens.\n'),
    ('null-group',
     '## HER2-null\n\nIHC 0 with no membrane staining at all. There is no HER2-directed treatment for this group.\n'),
    ('guideline-history',
     '## Testing grows up\n\nThe first ASCO/CAP testing guideline came out in 2007. It defined IHC 3+ as staining in more than 30% of cells; the 2013 update lowered that to 10%.\n'),
    ('trials-earlier-setting',
     '!!! note "Still in trials"\n    Trials are testing T-DXd in earlier HER2-low disease, including before and after surgery. These are not licensed uses.\n'),
    ('first-treatment-trial',
     '## Research\n\nTrials are testing T-DXd as a first treatment for HER2-mutant lung cancer, in place of chemotherapy. Other HER2 tablets are being tested too.\n'),
    # Blind round 21: a drug compared with is no claim's subject; sites listed as "other than";
    # an ADC's boxed warning is not trastuzumab's.
    ('compared-with-continuing',
     '## If some cancer was left\n\nIf invasive cancer remains at surgery, your team will usually suggest switching to Kadcyla for 14 doses. In the KATHERINE trial this halved the risk of the cancer coming back compared with continuing trastuzumab.\n'),
    ('other-sites-listed',
     'In 267 people with HER2-expressing solid tumours other than breast, gastric and lung, trastuzumab deruxtecan shrank about a third of the tumours.\n'),
    ('adc-boxed-warning',
     '# Enhertu approved for HER2-ultralow\n\nThe FDA approved trastuzumab deruxtecan for HER2-ultralow disease.\n\nLung inflammation remains the main safety concern, and the boxed warning is unchanged.\n'),
    # Blind round 20 (sets 80-83): a glossary entry's own term, a clause on radiotherapy, the
    # sites outside which a drug was off-label, a cancer no HER2 drug is approved for.
    ('her2-low-after-chemo-listed',
     '---\ndate: 2025-06-01\n---\n## HER2-low (IHC 1+ or 2+/ISH-negative)\n\n- T-DXd after at least one chemotherapy for metastatic disease, or relapse within 6 months of adjuvant chemotherapy (DESTINY-Breast04; FDA August 2022).\n- HR-positive: T-DXd after endocrine therapy, before chemotherapy (DESTINY-Breast06; FDA January 2025).\n'),
    ('glossary-own-term',
     '# Glossary\n\n**Biosimilar**\n: A close copy of a biological medicine; Ogivri was the first trastuzumab one, approved in 2017.\n\n**Investigational treatment**\n: A treatment still being tested in trials and not yet approved for that use.\n'),
    ('other-treatment-clause',
     '## Case 2\n\n- Residual invasive disease after neoadjuvant TCHP.\n- Plan: adjuvant Kadcyla for 14 cycles (KATHERINE); radiotherapy discussed, not indicated.\n'),
    ('outside-sites-off-label',
     '## Notes\n\n- Until the 2024 tumour-agnostic approval, Enhertu outside breast, stomach and lung cancer was used off-label.\n'),
    ('other-cancer-unapproved',
     'Trastuzumab is not FDA-approved for endometrial cancer, although some guidelines list it with chemotherapy.\n'),
    # A quotation introduced by its year, and "left ... to individual choice" (set 67).
    ("quoted-2016-advice", "The 2016 recommendation read:\n\n> \"The USPSTF recommends biennial screening mammography for "
                           "women aged 50 to 74 years.\"\n"),
    ("left-to-choice", "Its advice on mammograms, quoted above, also left screening in the 40s to individual "
                       "choice (grade C).\n"),
    # Blind round 19 (sets 76-79), in our own words: news of an approval, "years ago", "nothing
    # new", "New Year", the newest category, a label alone, what papers called the drug, the
    # 2009 statement's history, a lung label among the labels listed.
    ('fda-approved-a-new-drug',
     '---\ndate: 2020-01-05\n---\nThe US Food and Drug Administration (FDA) has approved a new drug, trastuzumab deruxtecan, for spread HER2-positive breast cancer.\n'),
    ('years-ago',
     'Twenty years ago, trastuzumab was the newest drug for breast cancer.\n'),
    ('nothing-new',
     '- **Neratinib**: nothing new this quarter; a dose-escalation schedule is now in the label.\n'),
    ('new-year',
     "I finished my year of Herceptin on New Year's Eve.\n"),
    ('newest-category',
     '---\ntitle: HER2-ultralow\ndescription: "What the newest HER2 category means and who can get Enhertu for it."\ndate: 2025-03-10\n---\nText.\n'),
    ('label-alone',
     '**2L:** [[Trastuzumab deruxtecan]], the standard since DESTINY-Breast03.\n\n**3L+:**\n- Tucatinib + trastuzumab + capecitabine.\n'),
    ('papers-called-the-drug',
     'The first approval, in December 2019, came after two or more anti-HER2 regimens. Early papers called the drug DS-8201a, an investigational ADC.\n'),
    ('task-force-2009-statement',
     'The 2009 Task Force statement recommended against routine screening in the 40s; the 2016 update softened the wording but kept the biennial schedule from 50.\n'),
    ('carries-lung-label',
     'As of October 2026, T-DXd carries US labels in breast, gastric and lung cancer.\n'),
    # Blind round 18 (sets 72-75), in our own words: HR-negative HER2-low, "until now", another
    # drug's lines, the 2010s, a pCR, another drug's status, a research question, NSABP B-47.
    ('hr-negative-chemo-first',
     '## Who can have Enhertu?\n\n- If your cancer is hormone receptor-negative and HER2-low, at least one chemotherapy comes first.\n'),
    ('until-now',
     '---\ndate: 2020-07-01\n---\nUntil now, pertuzumab and trastuzumab have been given as two separate infusions; Phesgo goes under the skin.\n'),
    ('another-drug-two-lines',
     '## Where T-DXd fits\n\n- Sacituzumab govitecan after endocrine therapy and two or more prior lines; the order of T-DXd and SG is unclear.\n'),
    ('most-of-the-2010s',
     'For most of the 2010s, patients with residual disease completed a year of trastuzumab; KATHERINE changed that in 2018.\n'),
    ('with-a-pcr',
     '- Patients with a pathological complete response continue trastuzumab to complete a year.\n'),
    ('others-remain-investigational',
     'Tyrosine kinase inhibitors have disappointed here: neratinib gave few responses, and poziotinib remains investigational.\n'),
    ('still-studying-whether',
     '---\ndate: 2021-05-11\n---\nExperts are still studying whether 3D mammograms save more lives.\n'),
    ('older-drugs-b47',
     'Older HER2 drugs such as trastuzumab do not help HER2-low cancers: NSABP B-47 found no benefit from adding it to chemotherapy after surgery.\n'),
    # Blind round 17 (sets 68-71), in our own words: the reporting category of 1+ and 0, a trial
    # against T-DM1, a proposal's reasons, a threshold's past, a year's heading, chemotherapy lines.
    ('reported-as-negative',
     '## IHC\n\n- 1+ and 0 are reported as HER2-negative.\n'),
    ('versus-tdm1-trial',
     '## Trials in new settings\n\n- DESTINY-Breast05: T-DXd versus T-DM1 for residual disease after neoadjuvant therapy\n'),
    ('proposed-change',
     'The task force says the proposed change reflects rising breast cancer rates among women in their 40s.\n'),
    ('previously-30',
     'IHC 3+ now needs complete staining in more than 10% of cells (previously more than 30%).\n'),
    ('raised-the-cut-off',
     'The 2007 guideline raised the 3+ cut-off to more than 30% of cells.\n'),
    ('year-heading',
     '## 2007: a stricter cut-off\n\nThe guideline asked for staining in more than 30% of cells before a tumour was called 3+.\n'),
    ('chemo-lines-db04',
     'DESTINY-Breast04 enrolled people who had had one or two lines of chemotherapy for spread disease.\n'),
    # Blind round 16 (sets 64-67), in our own words: early disease, narration of what changed,
    # a then-and-now table, a question, advice on testing, a comparator, another cancer, a
    # drug in the middle of a list of later-line options.
    ('early-like-negative',
     '## Does HER2-low change treatment for early breast cancer?\n\nNo. For early breast cancer, HER2-low cancers are treated like other HER2-negative cancers.\n'),
    ('for-many-years',
     'For many years, a score of 1+ or 2+ without extra gene copies was reported as HER2-negative, and HER2 drugs were not part of treatment. That changed in 2022.\n'),
    ('then-and-now-table',
     '| Then | Now |\n|---|---|\n| HER2 3+ was defined as staining in more than 30% of cells | More than 10% since 2013 |\n| "HER2-negative" meant no HER2 drugs | HER2-low tumours can have Enhertu |\n'),
    ('question-only',
     '---\ndate: 2020-09-09\n---\n**Q: Is tucatinib still experimental?**\nNo, it was approved in April.\n'),
    ('before-this',
     "---\ndate: 2024-06-01\n---\nIn April 2024 the task force said to start at 40. Before this, the Task Force's 2016 guidance told most women to start at 50.\n"),
    ('before-calling-ineligible',
     '## Practical\n\n- T-DXd, 2022, for HER2-low.\n- 0 versus 1+ is hard to score: ask for a second read before calling someone ineligible.\n'),
    ('benefit-over',
     '## Where it sits now\n\n- 2L HER2+ mBC after THP: T-DXd preferred (DB-03, OS benefit over T-DM1).\n'),
    ('other-cancer-later',
     '## Biliary cancer, IHC 3+\n\n- 2L: zanidatamab (2024) or T-DXd (tumour-agnostic, 2024); zanidatamab first, T-DXd kept for later in biliary cancer.\n'),
    ('middle-of-a-list',
     '---\ndate: 2021-06-30\n---\n## Later lines (3L+)\n\n- Tucatinib triplet, T-DXd, neratinib + capecitabine, margetuximab + chemo.\n'),

    # "As of <date>, X amended ...": when a change took effect, told as history.
    ("as-of-amended", "As of January 1, 2016, the agency amended its fee schedule for care planning.\n"),
    # From blind sets 20-23, in our own words: a 2016-against-2024 table, look-alike names,
    # DESTINY-Breast04's chemotherapy lines, another cancer, biosimilars' nature, narration.
    ("two-advices", "| | 2016 advice | 2024 advice |\n|---|---|---|\n| 40-49 | individual decision | every 2 years |\n"),
    ("look-alike", "Do not confuse fam-trastuzumab deruxtecan with trastuzumab; doses are not interchangeable.\n"),
    ("chemo-lines", "DESTINY-Breast04 enrolled people with HER2-low cancer after 1-2 prior chemotherapy lines.\n"),
    ("not-for-stomach", "Herceptin Hylecta is approved for breast cancer only; it is not used for stomach cancer.\n"),
    ("copied-exactly", "Antibodies such as trastuzumab cannot be copied exactly the way a generic pill can.\n"),
    ("until-that-change", "In 2024 the task force moved the start to 40. From 2009 until that change, the USPSTF advised starting at 50.\n"),
    ("there-was-no", "For nearly twenty years there was no cheaper version of Herceptin.\n"),
    ("was-based-on", "The approval of Enhertu was based on a phase 2 study of women after two or more HER2 regimens.\n"),
    ("was-still-investigational", "---\ndate: 2025-01-01\n---\nWhen the first lung data came out, T-DXd was still investigational in lung cancer.\n"),
    ("it-was-experimental", "> \"It was an experimental drug then,\" a woman from the first Herceptin trials told us.\n"),
    ("if-it-spreads", "| Result | Meaning |\n|---|---|\n| HER2 1+ | HER2-low: if the cancer spreads, Enhertu may become an option |\n"),
    # Past-tense classification is narration.
    ("were-grouped", "For years, tumours scoring 1+ were grouped with HER2-negative cancers, and HER2 drugs were "
                     "not offered.\n"),
    # The classic antibodies still bring nothing to HER2-low disease (NSABP B-47).
    ("classic-antibodies", "Classic anti-HER2 antibodies (trastuzumab, per NSABP B-47) bring no benefit in HER2-low "
                           "disease.\n"),
    ("drug-application", "The FDA has accepted a new drug application for tucatinib with trastuzumab and "
                         "capecitabine.\n"),
    # A table's age band is still the advice for that band.
    ("band-row", "| Age | USPSTF advice |\n|---|---|\n| 50-74 | every two years |\n"),
    # A date stamp dates the page; DATE001 judges the page's dates.
    ("status-stamp", "---\ndate: 2021-01-01\n---\nStatus as of March 2021.\n"),
    ("new-tissue", "Re-test new tissue if the score was 0 and T-DXd is being considered.\n"),
    ("biosimilars-by-drip", "Biosimilar trastuzumab products are given by drip only.\n"),
    # A page on another cancer is not framed by its title: no organ setting from it.
    ("other-cancer-title", "---\ntitle: Pancreatic cancer: targeted therapy\ndate: 2022-01-01\n---\n\n## Research"
                           "\n\nThis is the setting where new targeted agents are being studied.\n"),
    ("can-get-it", "---\ndate: 2023-06-01\n---\nPeople with HER2-low cancer that has spread can get T-DXd.\n"),
    # A negated standard says nothing is standard.
    ("not-usually", "## If the cancer grows\n\nKadcyla is given every three weeks and does not usually "
                    "thin the hair.\n"),
    ("lapatinib-an-option", "Lapatinib may be used later on, usually with capecitabine.\n"),
    # A paper's title in a reading list quotes its own day, wherever the list is.
    ("reading-list-title", "## Further study\n\n1. Roe A, Poe B, et al. A novel HER2 antibody-drug conjugate "
                           "(DS-8201a): first-in-human data. Ann Oncol. 2016;27:1-2.\n"),
    ("ratio-below", "| HER2/CEP17 ratio | We report |\n| --- | --- |\n| under 1.8 | not amplified |\n"),
    ("item-under-drug-title-data", "# [[Tucatinib]]\n\n- emerging data in HER2-mutant tumours\n"),
    ("tdm1-current", "Kadcyla is only used after surgery if some cancer remains, or once the cancer has spread.\n"),
    ("low-current", "There are no approved HER2-directed medicines for HER2-zero tumours, but HER2-low tumours "
                    "can be treated with trastuzumab deruxtecan.\n"),
    ("low-may-be-option", "A score of 1+, or 2+ without extra copies, is HER2-low, and T-DXd may be an option.\n"),
    ("hylecta-current", "Herceptin can be given through a drip in the arm or as an injection under the skin.\n"),
    ("first-agent", "- trastuzumab: the first anti-HER2 agent approved (1998)\n"),
    ("only-past", "Until 2007, trastuzumab was the only HER2-targeted drug.\n"),
    ("neratinib-current", "When you finish 12 months of Herceptin, your doctor may offer neratinib for another year.\n"),
    ("pertuzumab-low-risk", "Pertuzumab is not used after surgery for small node-negative cancers.\n"),
    ("pending-new-setting", "- Tucatinib + trastuzumab for HER2+ colorectal cancer: FDA decision pending\n"),
    ("pending-first-line", "- DESTINY-Breast09: T-DXd + pertuzumab 1L, FDA decision pending\n"),
    ("pending-other-drug", "Zanidatamab for HER2-positive breast cancer is awaiting an FDA decision.\n"),
    ("arrow-current", "- 1L THP → 2L T-DXd → 3L T-DM1 or tucatinib triplet\n"),
    ("arrow-residual", "- KATHERINE: residual dz → T-DM1 → T-DXd at relapse\n"),
    ("rows-current", "| Line | Treatment |\n| --- | --- |\n| 1L | THP |\n| 2L | T-DXd (DB-03) |\n"
                     "| 3L | T-DM1 or tucatinib triplet |\n| T-DXd | 2L; 3L if not used before |\n"
                     "| T-DXd | after ≥1 prior anti-HER2 regimen |\n"),
    ("rows-other", "| Score or agent | Meaning |\n| --- | --- |\n| 3+ | >10% of cells, complete intense staining |\n"
                   "| zanidatamab | experimental |\n| Margenza | approved Dec 2020 (SOPHIA) |\n"
                   "| Margenza | after two or more prior anti-HER2 regimens |\n"),
    ("low-testing-current", "IHC 1+ or 2+ with a negative ISH test is HER2-low: trastuzumab deruxtecan is an option.\n"),
    ("amplified", "A 2+ result with a positive FISH test means HER2 drugs will help.\n"),
    ("uspstf-current", "The USPSTF says women don't need to wait until 50: screening starts at 40.\n"),
    ("screening-england", "In England, women don't need screening mammograms until they are 50, when the NHS "
                          "invites them.\n"),
    ("nsclc-current", "- HER2-mutant NSCLC: T-DXd approved after prior therapy (DESTINY-Lung02); "
                      "first-line T-DXd in phase 3\n"),
    ("agnostic-current", "- T-DXd has had a tumor-agnostic approval for IHC 3+ solid tumours since 2024\n"),
    ("one-prior", "T-DXd is used once someone has had one earlier HER2 treatment.\n"),
    ("two-prior-other-drug", "Margetuximab is only used after two or more HER2 treatments.\n"),
    ("residual-current", "- residual invasive dz post-TCHP: switch to T-DM1 (KATHERINE)\n"),
    ("pcr-current", "- pCR post-TCHP: complete 1 yr HP\n"),
    ("partner-history", "When lapatinib arrived in 2007 it was hailed as a new partner for Herceptin.\n"),
    ("combos", "- investigational combos of tucatinib + T-DXd\n"),
    ("claim-new-setting", "T-DXd is currently in phase 3 trials before surgery (DESTINY-Breast11).\n"),
    ("claim-other-cancer", "T-DXd is in phase 3 trials for HER2-positive gastric cancer.\n"),
    ("tdxd-if-one", "You can have Enhertu if you've previously had one HER2 treatment for secondary breast cancer.\n"),
    ("tdm1-if-two-drugs", "You can only have Kadcyla if you've previously had trastuzumab and a taxane.\n"),
    ("low-herceptin-only", "HER2-low cancer is HER2-negative for Herceptin, which doesn't work for it, but Enhertu "
                           "can be used.\n"),
    ("score-zero", "Tumours that score 0 are HER2-negative and are not treated with anti-HER2 therapy.\n"),
    ("low-no-treatment-past", "In 2019 there was no approved treatment for HER2-low breast cancer.\n"),
    ("nsclc-studied-earlier", "Enhertu is being studied in first-line treatment of lung cancers with HER2 mutations.\n"),
    ("pcr-continue", "- pCR: continue trastuzumab ± pertuzumab to complete 1 year\n"),
    ("brain-drugs-exist", "There are targeted drugs that work for breast cancer that has spread to the brain, such as "
                          "tucatinib.\n"),
    ("pertuzumab-node-negative", "Perjeta is not approved for use after surgery in node-negative disease.\n"),
    ("drip-or-injection", "Herceptin is given as an IV infusion every three weeks, or as an injection under the skin.\n"),
    ("next-is-enhertu", "After Herceptin and Perjeta stop working, the usual next treatment is Enhertu.\n"),
    ("kadcyla-after-enhertu", "If the cancer grows on Enhertu, most people will be offered Kadcyla next.\n"),
    ("kadcyla-if-no-enhertu", "If you cannot have Enhertu because of lung problems, Kadcyla is usually offered when "
                              "first-line treatment stops working.\n"),
    ("next-until-2022", "Until 2022, when first-line treatment stopped working, the usual next treatment was Kadcyla.\n"),
    ("low-cant-have-herceptin", "HER2-low cancers can\u2019t have Herceptin, but they can have trastuzumab "
                                "deruxtecan.\n"),
    ("after-progression-current", "After progression on trastuzumab and pertuzumab, T-DXd is the recommended "
                                  "next step; T-DM1 comes later.\n"),
    ("after-progression-history", "Until 2022, after progression on trastuzumab and pertuzumab, T-DM1 was the "
                                  "standard.\n"),
    ("isnt-approved-other-setting", "Tucatinib isn\u2019t approved for use before surgery.\n"),
    ("pronoun-current", "Enhertu is now the preferred second-line treatment. It replaced Kadcyla, which comes "
                        "later.\n"),
    ("pronoun-not-a-drug", "Enhertu is approved for HER2-low cancer. The other options are only available in trials.\n"),
    ("heading-pronoun-current", "## Enhertu (T-DXd)\n\nIt is the usual second-line treatment when the cancer has "
                                "spread.\n"),
    ("question-answer-current", "**Is Enhertu used for HER2-low breast cancer?** Yes: it has been approved for it "
                                "since 2022.\n"),
    ("nested-item-current", "- Enhertu\n  - standard 2nd line\n- Kadcyla\n  - 3rd line\n"),
    ("tdm1-early-current", "Kadcyla has been approved for use in early breast cancer with residual disease since 2019.\n"),
    ("injection-current", "Herceptin is also available as an injection in the United States.\n"),
    ("arrow-comparison", "- T-DM1 → T-DXd: PFS 6.8 → 28.8 mo\n"),
    ("zero-cannot", "People with HER2-zero breast cancer cannot receive Enhertu outside a trial, but HER2-ultralow cancers can.\n"),
    ("ultralow-approved", "Enhertu has been approved for HER2-low and HER2-ultralow breast cancer.\n"),
    ("drips-or-phesgo", "Perjeta and Herceptin can be given as separate drips or together as one injection (Phesgo).\n"),
    ("biosimilars-found", "You will find several biosimilars for Herceptin in the US.\n"),
    ("copies-available", "Cheaper copies of trastuzumab (biosimilars) have been available since 2019.\n"),
    ("neratinib-both", "Neratinib has been approved for early breast cancer and, with capecitabine, for cancer that has spread.\n"),
    ("colorectal-negative", "There is no approved HER2-targeted therapy for HER2-negative colorectal cancer.\n"),
    ("ten-percent", "A HER2 test is called positive if more than 10 percent of the cancer cells show strong staining.\n"),
    ("ki67", "A high Ki-67, with more than 30 percent of cells staining, means the cancer is fast-growing and HER2-positive tumours often have it.\n"),
    ("still-cancer-switch", "If there is still cancer in the breast or lymph nodes after chemotherapy, you will switch to Kadcyla after surgery.\n"),
    ("no-cancer-left", "If there is no cancer left after chemotherapy, you will carry on with Herceptin and Perjeta after surgery.\n"),
    ("not-amplified-low", "Tumours that are HER2 2+ and not amplified on FISH are HER2-low, and trastuzumab deruxtecan is recommended if they spread.\n"),
    ("amplified", "Tumours that are HER2 2+ and amplified on FISH are HER2-positive, and anti-HER2 drugs are recommended.\n"),
    ("climb-05", "Tucatinib is being evaluated in the HER2CLIMB-05 trial as maintenance therapy.\n"),
    ("climb-past", "Tucatinib was evaluated in the HER2CLIMB trial and approved in 2020.\n"),
    ("note-third-if-not-used", "- T-DXd: 2L; ≥3L if not used before\n"),
    ("note-aphinity-follow-up", "- APHINITY 10-year results awaited (OS)\n"),
    ("note-pertuzumab-both", "- Pertuzumab: mBC and early BC (APHINITY)\n"),
    ("note-nsclc-first-line", "- T-DXd for HER2-mutant NSCLC: FDA approval 2022; first-line: no FDA approval yet\n"),
    ("note-solid-approved", "- T-DXd in other solid tumours: FDA-approved (IHC 3+, 2024)\n"),
    ("note-first-mab", "- Trastuzumab = first anti-HER2 mAb approved (1998)\n"),
    ("note-one-plus-low", "- 1+ = HER2-low, not HER2-negative; T-DXd eligible\n"),
    ("note-pcr-continue", "- pCR after neoadj → cont. HP to 1 yr\n"),
    ("note-sc-available", "- SC trastuzumab: available in US since 2019\n"),
    ("claim-fresh", "---\ndate: 2026-09-01\n---\nAs of September 2026, zanidatamab is in phase 3 trials.\n"),
    # Beside the classes blind set 8 found missing: the same words, said currently.
    ("residual-whatever-now", "Whatever the pathologist reports, you will have a HER2 drug for a year in total: "
                              "Kadcyla if cancer remains, Herceptin if it does not.\n"),
    ("pertuzumab-stops-node-negative", "Pertuzumab stops at surgery for node-negative disease.\n"),
    ("lapatinib-one-of-tablets", "Lapatinib was the first HER2 tablet; neratinib and tucatinib followed.\n"),
    ("low-trials-new-setting", "For HER2-low disease, trials of Enhertu before surgery are in phase 3.\n"),
    ("biosimilars-licensed", "| Herceptin biosimilars | five licensed in the US |\n"),
    ("phesgo-or-drip", "Perjeta can be given as an infusion into a vein, or with trastuzumab as one injection "
                       "(Phesgo).\n"),
    ("lung-approved-both", "T-DXd is approved for breast cancer and for HER2-mutant lung cancer.\n"),
    ("uk-advice-from-50", "In the UK, the NHS invites women for mammograms from age 50.\n"),
    ("residual-finish-switch", "- residual dz after TCH: switch to T-DM1 and finish 14 cycles\n"),
    ("neratinib-licensed-after", "- after 1 yr of Herceptin: neratinib is licensed to extend therapy\n"),
    ("tdxd-history-two", "In December 2019 Enhertu was approved for people who had had two or more anti-HER2 "
                         "regimens; in 2022 it moved to second line.\n"),
    ("null-nothing-to-offer", "With no staining at all (HER2-null) there is nothing to offer that targets HER2.\n"),
    # A heading that says no cancer is left: the year of Herceptin is right (KATHERINE is for the rest).
    ("no-residual-heading", "## If there is no cancer left after chemotherapy\n\nYou will carry on with Herceptin "
                            "to complete a year.\n"),
    ("no-residual-found", "## When no cancer is found at surgery\n\nYou carry on with trastuzumab to complete a "
                          "year.\n"),
    ("chain-now", "Enhertu now comes second; Kadcyla then follows later.\n"),
    # "No approval" said of a drug outside the therapies, not of the HER2 drugs as a class.
    ("other-drug-no-approval", "Zanidatamab has no approval in breast cancer; its approved use is in biliary "
                               "tract cancer.\n"),
    # A page titled with one drug speaks of it where a section names none: the year's claim below
    # is Herceptin's, and here the section says it is current.
    ("title-drug-current", "# Herceptin: your questions\n\n## If no cancer is left after chemotherapy\n\nYou "
                           "carry on to complete a year.\n"),
    ("was-the-only", "For years it was the only HER2 drug in routine use.\n"),
    ("newer-compares", "Kadcyla is a newer drug than Herceptin.\n"),
    ("heading-for-new-staff", "# Drug list (for new staff)\n\n- Trastuzumab: approved 1998\n"),
    ("older-sources-called", "Older sources called Kadcyla a new drug; it now comes later in treatment.\n"),
    ("only-two-history", "In 2010 trastuzumab and lapatinib were the only two drugs for HER2-positive cancer.\n"),
    # From blind sets 24-27, in our own words: a timeline's entries, a span of years, "for years",
    # the news of an approval, and a story of what a patient had believed, all narrate.
    ("timeline-entry", "- **2019** — Enhertu accelerated approval after two or more anti-HER2 regimens.\n"),
    ("from-to-years", "From 2009 to 2024, the task force advised starting routine mammograms at 50.\n"),
    ("for-years-was", "For years, Perjeta was given only through a drip; in 2020 a combined injection arrived.\n"),
    ("news-granted", "---\ndate: 2019-12-21\n---\nThe FDA on Friday granted accelerated approval to Enhertu for "
                     "people who had two or more prior anti-HER2 regimens.\n"),
    ("had-believed", "---\ndate: 2025-06-01\n---\nI'd assumed none of the HER2 medicines were for me.\n"),
    # "Two HER2-directed ADCs" counts drugs compared, not earlier treatments.
    ("two-adcs-compared", "---\ndate: 2023-01-01\n---\nThe trial put two HER2-directed antibody-drug conjugates "
                          "head to head.\n"),
    # An approval "also" for HER2-low is the current state, whatever else it once was only for.
    ("also-approved-low", "---\ndate: 2024-03-01\n---\nIs Enhertu only for HER2-positive cancer? No: it has "
                          "also been approved for HER2-low cancer after chemotherapy.\n"),
    # A table's rows are parallel: "None approved" is not said of the drug the row above named.
    ("null-row", "---\ndate: 2025-06-01\n---\n| Result | Approved drug |\n|---|---|\n| HER2-ultralow | Enhertu "
                 "after hormone therapy |\n| HER2-null | None approved |\n"),
    # A condition is no denial.
    ("if-not-suitable", "## Stomach cancer, second line\n\n- Ramucirumab with paclitaxel if T-DXd is not "
                        "suitable.\n"),
    ("new-uses", "## Margenza\n\nNew uses are being studied.\n"),
    # From blind sets 28-31, in our own words: history notes and news of a draft, a scan's "new"
    # findings, a quote's past tense, a trial's report of its own population.
    ("until-trial", "> Until DB03, T-DM1 was the 2L standard and T-DXd sat in 3L+.\n"),
    ("replaces-statement", "---\ndate: 2024-06-01\n---\nThe 2024 advice replaces the 2016 statement, which "
                           "started screening at 50.\n"),
    ("draft-news", "---\ndate: 2023-05-10\n---\nThe Task Force on Tuesday published a draft recommendation to "
                   "start screening at 40, ten years earlier than it now advises.\n"),
    ("new-spots", "---\ndate: 2022-03-01\n---\nTwo new spots in my liver after a year on Herceptin and "
                  "Perjeta.\n"),
    ("was-experimental-quote", "\"Back then trastuzumab was an experimental idea in this disease,\" one "
                               "investigator recalls.\n"),
    ("trial-population", "---\ndate: 2023-01-12\n---\nDESTINY-Breast01 results showed responses in six of ten "
                         "heavily pretreated patients on T-DXd.\n"),
    ("katherine-cycles", "- Residual invasive disease: T-DM1 ×14 cycles (KATHERINE).\n"),
    # From blind sets 32-35: a drug's generic name, biosimilars as no exact copies, "a year or two earlier".
    ("look-alike-generic", "> [!caution] Look-alike names\n> Kadcyla, Enhertu and Herceptin are not interchangeable. "
                           "Order by full generic name.\n"),
    ("exact-copies", "Biosimilars are made in living cells, so they cannot be exact copies of Herceptin.\n"),
    ("year-or-two-earlier", "---\ndate: 2025-01-01\n---\nEnhertu was first approved in December 2019 after two or "
                            "more HER2 treatments. A year or two earlier, guides had called it experimental.\n"),
    # From blind sets 36-39, in our own words: a timeline's year over each sentence of its entry
    # and a year in a row's first cell, a quotation dated by its attribution, the past's surprise,
    # the drug a trial beat, reported words, a consequence's drug, and a group defined just before.
    ("timeline-later-sentence", "---\ndate: 2023-02-01\n---\n- **2019**: Kadcyla gains its residual-disease "
                                "approval. Enhertu, then an experimental conjugate for heavily treated "
                                "patients, is approved in December.\n"),
    ("timeline-row", "---\ndate: 2026-01-01\n---\n| Year | Indication |\n|---|---|\n| 2019 | spread breast "
                     "cancer after two or more HER2 treatments (accelerated) |\n"),
    ("dated-quotation", "> \"Kadcyla is the preferred option once trastuzumab stops working.\"\n> — our 2015 "
                        "teaching slides, kept to show how practice moved\n"),
    ("nobody-expected", "---\ndate: 2025-03-01\n---\nWhen the first results came in 2019, T-DXd was a drug for "
                        "heavily pretreated disease, and nobody expected it to work at low HER2 levels.\n"),
    ("beat-comparator", "---\ndate: 2023-03-01\n---\nSince 2022 it is the usual second-line treatment after "
                        "Herceptin and a taxane, because the trial beat Kadcyla clearly.\n"),
    ("quoted-new", "---\ndate: 2022-05-01\n---\nHer 1999 discharge letter named \"a new kind of drug called "
                   "Herceptin.\"\n"),
    ("consequence-drug", "---\ndate: 2023-05-01\n---\n**Who can have the injection?**\n\nIt is not approved "
                         "for stomach cancer, so people with that cancer have trastuzumab by drip.\n"),
    ("defined-group", "---\ndate: 2025-06-01\n---\n## HER2-low and HER2-ultralow\n\nIHC 0 with no staining "
                      "at all. No HER2-directed drug is approved for this group.\n"),
    ("injection-no-biosimilar", "---\ndate: 2024-06-01\n---\n| Product | Form | Note |\n|---|---|---|\n| "
                                "Herceptin Hylecta | under the skin | no biosimilar |\n"),
    ("injection-loading-dose", "---\ndate: 2019-08-01\n---\nSC trastuzumab is not given with a loading dose.\n"),
    # From blind sets 40-43: a history section's rows, a quotation a dated line introduces, the
    # past "before that", the no-staining group, trials that were run, a journal's name, lung
    # metastases in a breast cancer note.
    ("history-section-row", "---\ndate: 2025-01-01\n---\n## Approval history\n\n| Indication | Date |\n|---|---|\n"
                            "| HER2+ spread breast cancer after 2 or more anti-HER2 lines | Dec 2019 |\n"),
    ("introduced-quotation", "---\ndate: 2025-01-01\n---\nA line from our 2017 patient leaflet, now withdrawn:\n\n"
                             "> \"Kadcyla is the usual next step when Herceptin stops working.\"\n"),
    ("before-that-had", "---\ndate: 2025-01-01\n---\nThe HER2-low approval came in 2022. Before that, tumours "
                        "scored 1+ had no HER2-directed option.\n"),
    ("no-staining-negative", "---\ndate: 2025-01-01\n---\n## HER2 0 with no staining\n\nWith no staining at all "
                             "the cancer is HER2-negative and HER2-targeted drugs are not used.\n"),
    ("trials-were-run", "---\ndate: 2024-01-01\n---\nTrastuzumab biosimilars were compared with Herceptin in "
                        "clinical trials before approval.\n"),
    ("journal-name", "---\ndate: 2022-09-01\n---\nThe DESTINY-Breast04 results for T-DXd appeared in the New "
                     "England Journal of Medicine.\n"),
    ("lung-metastases-note", "---\ndate: 2021-03-01\n---\n- T-DXd later: ILD checks matter with lung disease.\n"
                             "- T-DXd not an option for now, given the lung nodules.\n"),
    # From blind sets 44-47: a parenthesis in a note's line, the past of a change and of a
    # draft, a question block, a score-0 row, launches expected.
    ("note-parenthesis-preferred", "- **2L:** T-DXd (DESTINY-Breast03; HR 0.33 vs T-DM1) - preferred\n"),
    ("before-that-change", "---\ndate: 2025-01-01\n---\nBefore that change, the Task Force recommended screening "
                           "from age 50.\n"),
    ("posted-a-draft", "---\ndate: 2023-05-12\n---\nThe USPSTF posted a draft recommendation this week to start "
                       "mammograms at 40.\n"),
    ("had-just-been-approved", "---\ndate: 2025-01-01\n---\nIn 2020 Phesgo had only just been approved that summer, "
                               "and I was among the first to get it.\n"),
    ("question-block", "---\ndate: 2025-01-01\n---\n**My neighbour says Enhertu is a brand-new drug. Is that "
                       "so?**\n"),
    ("score-zero-row", "---\ndate: 2023-01-01\n---\n| IHC score | Result | HER2 drugs |\n|---|---|---|\n| 0 | "
                       "HER2-negative | Not used |\n"),
    # From blind sets 48-51: a row dated in its first cell, a note's verbless condition, lung
    # cancer without a mutation.
    ("month-year-row", "---\ndate: 2025-01-01\n---\n| Date | Setting |\n|---|---|\n| Dec 2019 | HER2+ mBC after "
                       "two or more anti-HER2 regimens (accelerated) |\n"),
    ("verbless-condition", "---\ndate: 2024-01-01\n---\n## Gastric, 2L\n\n- Ramucirumab + paclitaxel if HER2 is "
                           "lost or T-DXd not suitable\n"),
    # From blind sets 52-55: a quotation attributed on its own line, a timeline table's row.
    ("same-line-attribution", "> \"T-DXd is an emerging agent for heavily treated patients.\" — editorial, 2018\n"),
    ("year-cell-new", "---\ndate: 2024-01-01\n---\n| Year | Event |\n|---|---|\n| 1998 | Trastuzumab approved, "
                      "a new kind of drug |\n"),
    # From blind sets 56-59: a year's review by month, 'for years ... said', a change told.
    ("month-review", "---\ndate: 2019-12-30\n---\n# Our year in review\n\n- **December:** Enhertu, accelerated "
                     "approval after two or more anti-HER2 regimens.\n"),
    ("for-years-said", "---\ndate: 2024-06-01\n---\nFor years the task force said mammograms could start at 50. In "
                       "April 2024 it moved the start to 40.\n"),
    ("moved-from-to", "This session reviews how the second-line standard moved from T-DM1 to T-DXd.\n"),
    ("launches-expected", "---\ndate: 2019-03-01\n---\nLaunches of biosimilar trastuzumab are expected to lower "
                          "what the pharmacy pays.\n"),
    # From blind sets 60-63, in our own words: a trial's result labelled by its year, what an
    # advisory body had said, what a group was once thought to lack, what a doctor called a drug.
    ("trial-year-label", "## Second line\n- CLEOPATRA (2012): pertuzumab added to trastuzumab lengthened survival.\n"
     "- EMILIA (2012): T-DM1 beat lapatinib with capecitabine.\n"),
    ("had-said", "From 2009 the task force had said routine mammograms should begin at 50.\n"),
    ("once-thought", "In 2022 a trial showed T-DXd helped HER2-low cancer, a group once thought to have no HER2 option.\n"),
    # A drug named under another heading is no referent ("## Costs" over "the newly approved injection").
    ("refers-across-heading", "## News\n\nThe FDA approved Phesgo in 2020.\n\n## Costs\n\nThe newly approved "
     "injection costs the same.\n"),
    ("called-it", "---\ndate: 2026-02-01\n---\nIn 2000 my aunt started Herceptin, and her doctor still called it experimental.\n"),
    # From blind round 33 (sets 132-135), in our own words: a case's title that makes a statement
    # by itself, a trial's design row, a time told in the past up to a year, what older leaflets
    # say, what a nurse remembers, what displaced a drug, a trial's result in a heavily pretreated
    # population, a question that frames its answer, an approval dated 2019 in a list.
    ('case-title-heading', '---\ndate: 2023-05-01\n---\n## 61F, HER2+ mBC, liver only, on 2L T-DM1\n\n- Stable disease on the scan.\n- Plan: carry on with T-DM1, scan again in 3 months.\n'),
    ('design-phase-row', '# KATHERINE-like trial\n\n**Question:** does switching to T-DM1 help?\n\n| | |\n|---|---|\n| Design | Phase 3, randomised |\n'),
    ('before-year-past', '---\ndate: 2025-01-01\n---\n## Some history\n\nBefore 2019, every patient who needed trastuzumab in the US got the brand, because no biosimilar was yet on sale.\n'),
    ('older-leaflets-say', '---\ndate: 2025-03-01\n---\nOlder leaflets may say that IHC 1+ rules out HER2 treatment. That stopped being true in 2022.\n'),
    ('remembers-when-new', '---\ndate: 2018-05-01\n---\nMy nurse remembers when Herceptin was the exciting new drug on the ward.\n'),
    ('displaced-by', '# Lapatinib\n\n- Largely displaced by tucatinib and T-DXd; still used in later lines.\n'),
    ('db01-result-population', '---\ndate: 2021-06-10\n---\n- **T-DXd, DESTINY-Breast01 follow-up:** median PFS near 19 months in a heavily pretreated population.\n'),
    ('question-frames-clause', '---\ndate: 2024-09-01\n---\n### Can Enhertu help HER2-low?\n\nThe poster is HER2 1+ after two lines of chemotherapy.\n'),
    ('approval-list-dated', '---\ndate: 2021-04-01\n---\n## Approved\n\n- T-DXd: spread HER2-positive breast cancer after two or more anti-HER2 regimens (December 2019).\n'),
    # From blind round 34 (sets 136-139), in our own words: a test result "and nothing else", a
    # timeline's "**2007.**", pertuzumab as T-DXd's partner in trials, a gastric trial of T-DM1, a
    # body's past recommendation, an approval's date with its indication in brackets.
    ('and-nothing-else', '---\ndate: 2021-10-01\n---\n# HER2 in lung adenocarcinoma\n\nHis sequencing found an ERBB2 exon 20 insertion and nothing else.\n'),
    ('year-entry-period', '---\ndate: 2025-02-01\n---\n# HER2 testing through the years\n\n**2007.** The first ASCO/CAP guideline called IHC 3+ more than 30% of cells stained.\n'),
    ('partner-in-a-tdxd-trial', "---\ndate: 2024-05-01\n---\n- **What's being studied:** researchers are testing T-DXd before and after surgery for early breast cancer, and with pertuzumab as a first treatment once cancer has spread.\n"),
    ('gastric-trial', '# HER2 in gastric cancer\n\nThe second-line T-DM1 trial GATSBY did not improve survival.\n'),
    ('recommended-by-nice', '---\ndate: 2022-01-01\n---\n## Spread disease\n\n- Trastuzumab deruxtecan was recommended by NICE after two or more anti-HER2 regimens (2021).\n'),
    ('dated-indication-row', '| Drug | First approval | Later |\n|---|---|---|\n| Enhertu | Dec 2019 (after two or more regimens) | see the label |\n'),
    # From blind round 35 (sets 140-143), in our own words: the FDA "gave" an approval, a patient's
    # history ("Dx 2016"), "anyone new here", a question when a drug was new, a standard that
    # T-DXd won over T-DM1.
    ('fda-gave-approval', '---\ndate: 2019-12-28\n---\nOn 20 December, the FDA gave T-DXd accelerated approval for people who had two or more anti-HER2 treatments.\n'),
    ('history-dx', '---\ndate: 2020-02-01\n---\n## 44F, HER2+ mBC\n\n- Dx 2016: TCH, surgery with residual disease, trastuzumab to one year.\n'),
    ('anyone-new', '---\ndate: 2016-02-01\n---\nFor anyone new here: I have Herceptin every three weeks.\n'),
    ('asks-when-new', '**When was Herceptin new?** In 1998 it was a new kind of medicine.\n'),
    ('tdm1-compared', '---\ndate: 2023-08-01\n---\nLonger follow-up confirmed survival gains for T-DXd over T-DM1, securing its place as the preferred second-line therapy.\n'),
    # From blind round 36 (sets 144-147), in our own words: a partner in a trial, a header row, a
    # "What's new" heading, a labelled case history, the injection not approved for gastric
    # cancer, "For fifteen years ... was", pertuzumab continued with Herceptin under a question.
    ('tested-with-partner', 'A new antibody, zanidatamab, is being tested with Herceptin in a trial.\n'),
    ('header-row-only', '---\ndate: 2020-05-01\n---\n# Enhertu: pharmacy notes\n\n## Unlabeled uses\n| Use | Status |\n|---|---|\n'),
    ('whats-new-heading', "---\ndate: 2022-01-01\n---\n# What's new in HER2 breast cancer treatment\n\n- **Phesgo**, approved in June 2020, gives both antibodies in one injection.\n"),
    ('case-history', '---\ndate: 2019-11-01\n---\n**Case:** 58F, HER2+ MBC; 1L THP (20 mo), 2L T-DM1 (8 mo), now 3 new small brain mets.\n'),
    ('gastric-not-approved', '# Herceptin Hylecta\n\n- Not approved for gastric cancer.\n'),
    ('for-fifteen-years', '---\ndate: 2024-06-01\n---\nFor fifteen years the official line was 50, with the forties left to a talk with the doctor. That has changed.\n'),
    ('pertuzumab-partner', '---\ndate: 2019-04-01\n---\n# When cancer is left after surgery\n\n**Q: Will I have Perjeta after surgery?**\n\nA: If lymph nodes were involved, your doctor may suggest continuing pertuzumab with Herceptin after surgery to finish a year.\n'),
    # From blind round 37 (sets 148-151), in our own words: a request for off-label use, the
    # writer's own past ("In my case the next step was"), a dated claim of a drug outside the
    # table on another drug's page, antibodies that reach the brain poorly.
    ('off-label-request', '---\ndate: 2024-02-01\n---\n## Plan\n- Phase 1 referral; if no place, request off-label T-DXd from the insurer citing the pan-tumour data.\n'),
    ('in-my-case', '---\ndate: 2021-04-01\n---\n**Q:** What usually comes after Herceptin and Perjeta?\n\n**A:** In my case the next step was Kadcyla, and it gave me a good year.\n'),
    ('other-drug-dated-claim', '# T-DXd drug note\n\n- As of September 2026, zanidatamab is not FDA-approved for breast cancer.\n'),
    ('antibodies-brain', "---\ndate: 2024-01-01\n---\nMost HER2 drugs are large antibodies that don't get into the brain well.\n"),
    # Round 38 (sets 152-155), in our own words.
    ('than-carrying-on', '---\ndate: 2026-01-10\n---\n## If cancer is left after surgery\n\nThis comes from the KATHERINE trial, which showed fewer recurrences than carrying on with Herceptin.\n'),
    ('median-prior-lines', '---\ntitle: T-DXd in HER2-mutant lung cancer\ndate: 2020-09-20\n---\n## Results\n\n- 91 patients in the HER2-mutant cohort, a median of two prior lines.\n'),
    ('only-for-her2-positive', '---\ndate: 2025-03-01\n---\n## If the cancer has spread\n\nOther HER2 drugs, such as Herceptin and Kadcyla, are used only for HER2-positive cancer.\n'),
    ('timeline-new-standard-once', '---\ndate: 2024-01-01\n---\n- **2013**: Kadcyla approved; at that point it became the new standard once Herceptin stopped working.\n'),
    ('stomach-her2-low', '---\ndate: 2024-01-01\n---\nStomach cancers scored HER2 1+ are treated as HER2-negative; there is no approved HER2 drug for them.\n'),
    ('unknown-drug-row', '---\ndate: 2025-01-01\n---\n## HER2-directed agents (US labels)\n\n| Agent | Route | Labelled use |\n|---|---|---|\n| Zanidatamab | IV | HER2+ biliary tract cancer (2024); not approved for breast cancer |\n'),
    ('others-are-expected', '---\ndate: 2018-01-10\n---\nIn December 2017 the FDA approved Ogivri, the first biosimilar to Herceptin. Others are expected.\n'),
    ('semicolon-in-brackets', '---\ndate: 2024-06-01\n---\n| Tumour | Test | HER2 options | Notes |\n|---|---|---|---|\n| Endometrial serous | IHC | carboplatin + trastuzumab (NCCN; a phase 2 trial) | not FDA-labelled |\n'),
    ('plan-after-pcr', '---\ndate: 2018-02-01\n---\n## Case 5\n\n- Pathology: ypT0 ypN0, pCR.\n- Plan: continue trastuzumab to complete a year.\n'),
    ('combined-product-plus', '---\ndate: 2020-08-01\n---\nPhesgo is the under-the-skin version of Herceptin plus Perjeta, approved in June.\n'),
    # Round 39 (sets 156-159), in our own words.
    ('kind-of-a-tweaked', '---\ndate: 2020-09-01\n---\nZanidatamab is an experimental antibody, kind of a tweaked Herceptin.\n'),
    ('until-this-week', '---\ndate: 2024-04-10\n---\nUntil this week, outside breast, gastric and lung cancer, T-DXd could only be given for HER2-positive tumours through trials or off-label.\n'),
    # (guards of the same round's mechanisms: a disease overview's "Management" is no plan for a case;
    # a prognosis "within 6 months" is no date an event is expected by)
    ('overview-management', '---\ndate: 2023-02-01\n---\n# Endometriosis\n\nIt is linked with a higher risk of ovarian and endometrial cancer.\n\n## Management\n\nNo available therapies cure the condition, but surgery can ease pain.\n'),
    ('prognosis-within-months', '---\ndate: 2025-06-01\n---\nPeople are eligible when death is expected within 6 months.\n'),
    # Round 40 (sets 160-163), in our own words.
    ('for-a-long-time', '---\ndate: 2025-02-01\n---\nFor a long time, breast cancers were HER2-positive or HER2-negative. If your cancer was HER2-negative, HER2 drugs were not part of your treatment.\n'),
    ('not-eligible-for-trastuzumab', '---\ndate: 2012-05-01\n---\n- Cases scored IHC 0 or 1+ are not eligible for trastuzumab.\n'),
    ('previously-the-task-force', '---\ndate: 2024-05-10\n---\nPreviously, the task force advised screening from 50 and left the 40s to each woman.\n'),
    ('new-readers-recap', '---\ntitle: Herceptin diary\ndate: 2019-09-01\n---\nQuick recap for new readers: HER2-positive, diagnosed in February.\n'),
    ('unknown-drug-on-drug-page', '---\ntitle: Neratinib monograph\ndate: 2019-05-01\n---\n## Watch list\n\n- Pyrotinib: approved in China only; not available in the US.\n'),
    # Round 41 (sets 164-167), in our own words.
    ('new-injection-site', '---\ndate: 2025-01-10\n---\n## Giving Phesgo\n\n- Thigh only; each new site at least 2.5 cm from the last one\n'),
    ('when-i-was-diagnosed', '---\ndate: 2025-05-01\n---\nWhen I was diagnosed, the task force said every two years from 50. In April 2024 it moved the start to 40.\n'),
    ('until-then-only-positive', '---\ndate: 2022-07-01\n---\nEnhertu, which until then had been used only for HER2-positive cancer, beat chemotherapy in HER2-low disease.\n'),
    ('approvals-by-year-row', '---\ndate: 2025-06-01\n---\n| Drug | Approvals |\n|---|---|\n| T-DXd | Metastatic breast after two or more anti-HER2 regimens 2019; after one regimen 2022 |\n'),
    ('page-says-where-studied', '---\ndate: 2023-03-01\n---\nThis page explains where HER2-targeted treatments are used and where they are being studied.\n'),
]


AGED = [
    # Blind round 57: an approval "plausible in early 2025", and what came of it is the approval
    # after the page was written, not one of the same year before it.
    ('will-file-this-year',
     '---\ndate: 2017-06-01\n---\n## Adjuvant use\n\n- The maker says it will file with the FDA this year.\n',
     (6, 21, 'DATE011', 'warning', "'will file with the FDA this year': the date it expects (2017-12-31) has passed")),
    ('expected-at-a-meeting',
     '---\ndate: 2025-03-01\n---\n- First-line trial results are expected at a meeting later this year.\n',
     (4, 32, 'DATE011', 'warning', "'expected at a meeting later this year': the date it expects (2025-12-31) has passed")),
    ('has-not-yet-reported',
     '---\ndate: 2025-03-01\n---\n- A trial comparing two antibody-drug conjugates after surgery has not yet reported.\n',
     (4, 64, 'DATE011', 'info', "'has not yet reported': the article's date (2025-03-01) is 1 year 8 months old; check it is still true and date it")),
    ('widely-expected-in',
     '---\ndate: 2024-12-10\n---\n- A first-line trial has not been presented yet, but is widely expected in 2025.\n',
     (4, 54, 'DATE011', 'warning', "'is widely expected in 2025': the date it expects (2025-12-31) has passed")),
    ('approval-plausible',
     '---\ndate: 2024-06-20\n---\n# DESTINY-Breast06 notes\n\n- Filing expected; approval plausible in early 2025.\n',
     (6, 20, 'DATE011', 'warning', "'approval plausible in early 2025': the date it expects (2025-12-31) has passed; "
      "since then DESTINY-Breast06 (fam-trastuzumab deruxtecan) led to FDA approval on 2025-01-27: HR-positive, HER2-low "
      "or HER2-ultralow metastatic breast cancer after one or more endocrine therapies (DESTINY-Breast06) (FDA "
      "supplemental approval, BLA 761139 (Enhertu), 27 January 2025 (DESTINY-Breast06; Bardia et al., N Engl J Med "
      "2024;391:2110-2122))")),
    # Blind round 55: an advisory committee "later this year", a market launch "expected 2019" after
    # a dash.
    ('advisory-committee-later-this-year',
     '---\ndate: 2013-03-28\n---\n- Neoadjuvant use under discussion; FDA advisory committee later this year.\n',
     (4, 41, 'DATE011', 'warning', "'advisory committee later this year': the date it expects (2013-12-31) has passed")),
    ('expected-after-a-dash',
     '---\ndate: 2017-03-15\n---\nReview the pump contract when the new model reaches the market — expected 2019 at the earliest.\n',
     (4, 66, 'DATE011', 'warning', "'expected 2019': the date it expects (2019-12-31) has passed")),
    # Blind round 54: "could be approved for lung cancer by next year".
    ('approved-by-next-year',
     '---\ndate: 2021-06-22\n---\nMy oncologist thinks it could be approved for lung cancer by next year.\n',
     (4, 31, 'DATE011', 'warning', "'be approved for lung cancer by next year': the date it expects (2022-12-31) has passed")),
    # Blind round 53: "gets approved sometime next year", the FDA that "should make a decision ...
    # sometime in 2017", "expect the FDA to consider ... in 2022", "enrolment complete, results
    # awaited", "a decision is expected by the August 2020 goal date".
    ('gets-approved-sometime-next-year',
     '---\ndate: 2019-12-01\n---\nFingers crossed it gets approved sometime next year.\n',
     (4, 20, 'DATE011', 'warning', "'gets approved sometime next year': the date it expects (2020-12-31) has passed")),
    ('fda-should-make-a-decision',
     '---\ndate: 2016-11-01\n---\nThe company says the FDA should make a decision sometime in 2017.\n',
     (4, 22, 'DATE011', 'warning', "'FDA should make a decision sometime in 2017': the date it expects (2017-12-31) has passed")),
    ('expect-the-fda-to-consider',
     '---\ndate: 2021-11-01\n---\nWe expect the FDA to consider the new data in 2022.\n',
     (4, 4, 'DATE011', 'warning', "'expect the FDA to consider the new data in 2022': the date it expects (2022-12-31) has passed")),
    ('enrolment-complete-results-awaited',
     '---\ndate: 2014-09-01\n---\n- MARIANNE (first-line T-DM1): enrolment complete, results awaited.\n',
     (4, 32, 'DATE011', 'warning', "'enrolment complete, results awaited': the article's date (2014-09-01) is 12 years 2 months old; check it is still true of T-DM1 and date it")),
    ('expected-by-the-goal-date',
     '---\ndate: 2020-01-15\n---\n- FDA review is under way; a decision is expected by the August 2020 goal date.\n',
     (4, 28, 'DATE011', 'warning', "'a decision is expected by the August 2020': the date it expects (2020-08-31) has passed")),
    # Blind round 52: "approval sometime next year", "primary completion estimated 2024", "expect the
    # approval to be widened ... later this year".
    ('approval-sometime-next-year',
     '---\ndate: 2021-09-22\n---\nI expect a filing within months and approval sometime next year.\n',
     (4, 37, 'DATE011', 'warning', "'approval sometime next year': the date it expects (2022-12-31) has passed")),
    ('completion-estimated',
     '---\ndate: 2022-01-10\n---\n| Trial | Status |\n|---|---|\n| DESTINY-Breast05 | Enrolling; primary completion estimated 2024 |\n',
     (6, 33, 'DATE011', 'warning', "'primary completion estimated 2024': the date it expects (2024-12-31) has passed")),
    ('expect-the-approval-to-be-widened',
     '---\ndate: 2022-03-15\n---\nDoctors expect the approval to be widened to this earlier stage of treatment later this year.\n',
     (4, 9, 'DATE011', 'warning', "'expect the approval to be widened to this earlier stage of treatment later this year': the date it expects (2022-12-31) has passed")),
    # Blind round 51: waiting for the FDA "hopefully in 2022", a BLA submission planned for a
    # year, a decision due at the end of a month, the FDA that "will review" data later this year,
    # a trial that "will report by the end of the year".
    ('waiting-for-the-fda-hopefully',
     '---\ndate: 2021-11-01\n---\n- DESTINY-Breast03 beat T-DM1; waiting for the FDA to update the label, hopefully in 2022.\n',
     (4, 32, 'DATE011', 'warning', "'waiting for the FDA to update the label, hopefully in 2022': the date it expects (2022-12-31) has passed; since then DESTINY-Breast03 (fam-trastuzumab deruxtecan) led to FDA approval on 2022-05-04: HER2-positive metastatic breast cancer after one prior anti-HER2 regimen (DESTINY-Breast03) (FDA approval (regular), BLA 761139 (Enhertu), 4 May 2022 (DESTINY-Breast03; Cortés et al., N Engl J Med 2022;386:1143-1154))")),
    ('plans-a-bla-submission',
     '---\ndate: 2019-06-01\n---\nMacroGenics plans a BLA submission for margetuximab in 2019.\n',
     (4, 13, 'DATE011', 'warning', "'plans a BLA submission for margetuximab in 2019': margetuximab was FDA-approved on 2020-12-16: with chemotherapy, metastatic HER2-positive breast cancer after two anti-HER2 regimens (FDA approval letter, BLA 761150 (Margenza), 16 December 2020 (SOPHIA))")),
    ('decision-due-end-of-month',
     '---\ndate: 2013-09-05\n---\nNeoadjuvant pertuzumab is not yet licensed; the FDA decision is due end of September.\n',
     (4, 65, 'DATE011', 'warning', "'due end of September.': the date it expects (2013-09-30) has passed; it came: pertuzumab was FDA-approved on 2013-09-30: with trastuzumab and chemotherapy, neoadjuvant treatment of HER2-positive locally advanced, inflammatory or early breast cancer (accelerated approval) (FDA accelerated approval, BLA 125409 (Perjeta), 30 September 2013 (NeoSphere; Gianni et al., Lancet Oncol 2012;13:25-32))")),
    ('fda-will-review-later-this-year',
     '---\ndate: 2013-05-01\n---\nThe FDA will review the NeoSphere data later this year.\n',
     (4, 5, 'DATE011', 'warning', "'FDA will review the NeoSphere data later this year': the date it expects (2013-12-31) has passed; since then NeoSphere (pertuzumab) led to FDA approval on 2013-09-30: with trastuzumab and chemotherapy, neoadjuvant treatment of HER2-positive locally advanced, inflammatory or early breast cancer (accelerated approval) (FDA accelerated approval, BLA 125409 (Perjeta), 30 September 2013 (NeoSphere; Gianni et al., Lancet Oncol 2012;13:25-32))")),
    ('will-report-by-the-end-of-the-year',
     '---\ndate: 2018-06-01\n---\nThe sponsor says the phase 3 trial will report by the end of the year.\n',
     (4, 36, 'DATE011', 'warning', "'will report by the end of the year': the date it expects (2018-12-31) has passed")),
    # Blind round 50: funding "through the Cancer Drugs Fund", a decision NICE "expects to publish",
    # launches "expected from late 2019", a plan to file and a decision pending answered by the
    # trial's approval (or the trial the title names), regulators "reviewing" that an approval from
    # before the claim does not answer.
    ('funded-through-the-cdf',
     '---\ndate: 2021-07-01\n---\nIn England, Enhertu is currently funded through the Cancer Drugs Fund.\n',
     (4, 24, 'DATE011', 'warning', "'currently funded through the Cancer Drugs Fund': the article's date (2021-07-01) is 5 years 4 months old; check it is still true of Enhertu and date it")),
    ('expects-to-publish-a-decision',
     '---\ndate: 2020-10-01\n---\nNICE expects to publish a decision in spring 2021.\n',
     (4, 6, 'DATE011', 'warning', "'expects to publish a decision in spring 2021': the date it expects (2021-12-31) has passed")),
    ('launches-expected-from',
     '---\ndate: 2019-03-01\n---\nNone of the biosimilars is on sale in the US yet; launches are expected from late 2019.\n',
     (4, 51, 'DATE011', 'warning', "'launches are expected from late 2019': the date it expects (2019-12-31) has passed")),
    ('plan-to-file-answered-by-the-trial',
     '---\ndate: 2023-10-01\n---\n- DESTINY-PanTumor02: responses in many tumour types; the companies plan to file for a tissue-agnostic indication.\n',
     (4, 69, 'DATE011', 'warning', "'plan to file for': DESTINY-PanTumor02 (fam-trastuzumab deruxtecan) was FDA-approved on 2024-04-05: unresectable or metastatic HER2-positive (IHC 3+) solid tumours after prior systemic treatment (DESTINY-PanTumor02, DESTINY-Lung01, DESTINY-CRC02) (FDA accelerated approval, BLA 761139 (Enhertu), 5 April 2024)")),
    ('decision-pending-answered-by-the-trial',
     '---\ndate: 2024-02-20\n---\n- [[DESTINY-PanTumor02]]: FDA decision on accelerated approval pending.\n',
     (4, 27, 'DATE011', 'warning', "'FDA decision on accelerated approval pending': DESTINY-PanTumor02 (fam-trastuzumab deruxtecan) was FDA-approved on 2024-04-05: unresectable or metastatic HER2-positive (IHC 3+) solid tumours after prior systemic treatment (DESTINY-PanTumor02, DESTINY-Lung01, DESTINY-CRC02) (FDA accelerated approval, BLA 761139 (Enhertu), 5 April 2024)")),
    ('reviewing-answered-by-the-titles-trial',
     '---\ntitle: DESTINY-Breast03 news\ndate: 2022-01-10\n---\n\nIs Enhertu approved for this yet? Not yet. Regulators are reviewing the results.\n',
     (6, 44, 'DATE011', 'warning', "'Regulators are reviewing': DESTINY-Breast03 (fam-trastuzumab deruxtecan) was FDA-approved on 2022-05-04: HER2-positive metastatic breast cancer after one prior anti-HER2 regimen (DESTINY-Breast03) (FDA approval (regular), BLA 761139 (Enhertu), 4 May 2022 (DESTINY-Breast03; Cortés et al., N Engl J Med 2022;386:1143-1154))")),
    ('reviewing-after-an-earlier-approval',
     '---\ntitle: Breast cancer news\ndate: 2022-01-10\n---\n\nIs Enhertu approved for this yet? Not yet. Regulators are reviewing the results.\n',
     (6, 44, 'DATE011', 'info', "'Regulators are reviewing': the article's date (2022-01-10) is 4 years 10 months old; check it is still true and date it")),
    # Blind round 49: a note's guessed readout year; interim funding ("through the Cancer Drugs
    # Fund"), which no approval answers.
    ('readout-maybe-a-year',
     '---\ndate: 2023-09-01\n---\n- DESTINY-Breast09 (T-DXd with pertuzumab vs THP, 1L): readout maybe 2025.\n',
     (4, 56, 'DATE011', 'warning', "'readout maybe 2025': the date it expects (2025-12-31) has passed")),
    ('through-the-cancer-drugs-fund',
     '---\ndate: 2014-06-01\n---\nPertuzumab for secondary breast cancer is currently available in England through the Cancer Drugs Fund.\n',
     (4, 43, 'DATE011', 'warning', "'currently available in England through the Cancer Drugs Fund': the article's date (2014-06-01) is 12 years 5 months old; check it is still true of Pertuzumab and date it")),
    # Blind round 47: a primary completion "isn't expected until" a year.
    ('completion-not-expected-until',
     "---\ndate: 2023-06-20\n---\n- DESTINY-Breast09: T-DXd vs THP in first line. Primary completion isn't expected until 2025.\n",
     (4, 49, 'DATE011', 'warning', "'Primary completion isn't expected until 2025': the date it expects (2025-12-31) has passed")),
    # Blind round 46: a BLA "planned" in a 2023 tracker.
    ('bla-planned-row',
     '---\ndate: 2023-01-30\n---\n| Drug | Setting | Status |\n|---|---|---|\n| Zanidatamab | Biliary | Phase 2b; BLA planned |\n',
     (6, 37, 'DATE011', 'info', "'BLA planned': the article's date (2023-01-30) is 3 years 9 months old; check it is still true and date it")),
    # Blind round 45: a trial's phase 3 "ongoing" in a 2020 table, a filing "expected" on the data
    # the sentence before reported.
    ('ongoing-phase-3-row',
     '---\ndate: 2020-09-01\n---\n| Agent | Status |\n|---|---|\n| Vic-trastuzumab duocarmazine | Phase 3 (TULIP) ongoing |\n',
     (6, 34, 'DATE011', 'warning', "'Phase 3 (TULIP) ongoing': the article's date (2020-09-01) is 6 years 2 months old; check it is still true and date it")),
    ('filing-is-expected',
     '---\ndate: 2023-06-01\n---\n# T-DXd in any tumour\n\nDESTINY-PanTumor02 reported responses in many cancers. A US filing based on these data is expected.\n',
     (6, 56, 'DATE011', 'info', "'A US filing based on these data is expected': the article's date (2023-06-01) is 3 years 5 months old; check it is still true and date it; since then DESTINY-PanTumor02 (fam-trastuzumab deruxtecan) led to FDA approval on 2024-04-05: unresectable or metastatic HER2-positive (IHC 3+) solid tumours after prior systemic treatment (DESTINY-PanTumor02, DESTINY-Lung01, DESTINY-CRC02) (FDA accelerated approval, BLA 761139 (Enhertu), 5 April 2024)")),
    # Blind round 44: coverage kept "for the next two years" from the article's date.
    ('next-two-years',
     '---\ndate: 2016-01-01\n---\nA new law keeps that coverage in place for the next two years.\n',
     (4, 40, 'DATE011', 'warning', "'for the next two years': its date (2018-01-31) is 8 years 9 months old; check it is still true")),
    # Blind round 43, in our own words: claims whose date (their own, or the article's) has aged,
    # reported at info for it: a BLA not yet filed and a bare phase in a table dated by its
    # header, a filing expected soon, a rule to take effect in a month, neither drug approved.
    ('bla-not-yet-filed',
     '---\ndate: 2023-05-01\n---\n| Drug | Status as of May 2023 |\n|---|---|\n| Zanidatamab, biliary | BLA not yet filed |\n',
     (6, 26, 'DATE011', 'info', "'BLA not yet filed': its date (2023-05-01) is 3 years 6 months old; check it is still true")),
    ('status-row-phase-1b',
     '---\ndate: 2023-05-01\n---\n| Drug | Status as of May 2023 |\n|---|---|\n| Zongertinib, lung | Phase 1b |\n',
     (6, 23, 'DATE011', 'info', "'Phase 1b': its date (2023-05-01) is 3 years 6 months old; check it is still true")),
    ('expects-to-file-soon',
     '---\ndate: 2023-08-01\n---\nThe company expects to file with the FDA soon.\n',
     (4, 13, 'DATE011', 'info', "'expects to file with the FDA soon': the article's date (2023-08-01) is 3 years 3 months old; check it is still true and date it")),
    ('takes-effect-in-a-month',
     '---\ndate: 2024-03-01\n---\nThe new mammography reporting rule takes effect in September.\n',
     (4, 36, 'DATE011', 'info', "'takes effect in September': its date (2024-09-30) is 2 years 1 month old; check it is still true")),
    ('neither-is-approved',
     '---\ndate: 2023-06-01\n---\nTwo HER2 TKIs are in phase 1 trials for lung cancer; at the time of writing neither is approved.\n',
     (4, 54, 'DATE011', 'info', "'at the time of writing': the article's date (2023-06-01) is 3 years 5 months old; check it is still true and date it")),
]


def lint_all(cases: list[tuple[str, str]], folder: Path) -> dict[str, list[dict]]:
    folder.mkdir()
    for name, text in cases:
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY, "-j1", "--select", SELECT,
                     str(folder))
    assert result.exit_code in (0, 1), result.stderr
    found: dict[str, list[dict]] = {name: [] for name, _ in cases}
    for finding in result.findings():
        found[Path(finding["path"]).stem].append(finding)
    return found


@pytest.fixture(scope="module")
def outdated_findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return lint_all([(case[0], case[1]) for case in OUTDATED], tmp_path_factory.mktemp("shapes") / "outdated")


@pytest.mark.parametrize(("case", "line", "column", "code", "texts"),
                         [(c[0], c[2], c[3], c[4], c[5]) for c in OUTDATED], ids=[c[0] for c in OUTDATED])
def test_outdated_shape_is_reported_with_drug_and_source(outdated_findings: dict[str, list[dict]], case: str,
                                                         line: int, column: int, code: str,
                                                         texts: list[str]) -> None:
    found = [f for f in outdated_findings[case] if (f["line"], f["column"], f["code"]) == (line, column, code)]
    assert found, outdated_findings[case]
    # (a line that states again what a line before it in its section stated is at info, and
    # points back there: the section's warning is that line's)
    assert found[0]["severity"] == "warning" or "; said again (first at line " in found[0]["message"]
    assert all(text in found[0]["message"] for text in texts), found[0]["message"]


def test_hard_negatives_of_the_same_shapes_stay_quiet(tmp_path: Path) -> None:
    found = lint_all(QUIET, tmp_path / "quiet")
    assert {name: findings for name, findings in found.items() if findings} == {}


def test_a_dated_claim_on_a_topic_the_pack_changed_since_names_the_change(tmp_path: Path) -> None:
    """"Its starting age" puts an undated screening page's claim on the USPSTF's topic: the finding
    says what changed after the claim's date, with its source, for the editor to check."""
    found = lint_all([("task-force", "---\ntitle: Breast cancer screening\n---\nAs of March 2023 the task force has "
                                     "not changed its starting age.\n")], tmp_path / "since")
    [finding] = found["task-force"]
    assert (finding["line"], finding["column"], finding["code"], finding["severity"]) == (4, 1, "DATE011", "info")
    assert finding["message"].startswith("'As of March 2023': its date (2023-03-01) is 3 years 8 months old; check it "
                                         "is still true; since then (2024-04-30): the USPSTF recommended screening "
                                         "mammography every other year from age 40 to 74"), finding["message"]


def test_a_table_row_finding_spans_the_row_and_offers_no_fix(outdated_findings: dict[str, list[dict]]) -> None:
    """A sentence in place of a row's cells would break the table: the row is reported whole."""
    [finding] = [f for f in outdated_findings["row-second-line"] if f["code"] == "DATE010"]
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (4, 3, 4, 22)
    assert "fix" not in finding


def test_a_pronoun_sentence_does_not_report_the_sentence_before_again(tmp_path: Path) -> None:
    """The sentence before is read with a pronoun's sentence only for a match that ends in it."""
    found = lint_all([("twice", "Kadcyla is the standard second-line treatment. It is given every three weeks.\n")],
                     tmp_path / "twice")
    assert [(f["line"], f["column"], f["end_column"], f["code"]) for f in found["twice"]] == [(1, 1, 47, "DATE010")]


# A sentence on a change's topic in an article written before it, in words no claim lists: a
# statement to check, reported at info with the change, its date and its source (Fact.topic).
TOPICS = [
    # A page without headings stands under its front matter's title ("Mammograms ...").
    ("page-title-topic", "---\ntitle: Mammograms, and when to start\ndate: 2020-01-01\n---\nIn your forties, "
                         "it is your call.\n",
     (5, 1, "possibly outdated since 2024-04-30: the USPSTF recommended screening mammography every other year")),
    ("low-topic", "---\ndate: 2020-02-01\n---\nEnhertu produced responses in HER2-low tumours in an early study.\n",
     (4, 1, "possibly outdated since 2022-08-05: trastuzumab deruxtecan (Enhertu) became the first FDA-approved "
            "HER2-directed treatment for HER2-low")),
    ("screening-topic", "---\ndate: 2019-01-01\n---\n# Breast screening\n\nIn your 40s, talk it through first.\n",
     (6, 1, "possibly outdated since 2024-04-30: the USPSTF recommended screening mammography every other year "
            "from age 40 to 74")),
    ("tucatinib-topic", "---\ndate: 2018-05-01\n---\nTucatinib is a tablet that blocks HER2 inside the cell.\n",
     (4, 1, "possibly outdated since 2020-04-17: tucatinib with trastuzumab and capecitabine was FDA-approved")),
]
TOPICS_QUIET = [
    # Every sentence under a drug's heading is not on its topic: the topic's subject is written.
    ("under-drug-heading", "---\ndate: 2010-02-01\n---\n## Pertuzumab\n\nAsk your nurse if anything is "
                           "unclear.\n"),
    # After the change, the same words are no statement to check.
    ("low-topic-after", "---\ndate: 2023-02-01\n---\nEnhertu produced responses in HER2-low tumours in an early "
                        "study.\n"),
    # Before it, narration of what came earlier still tells of the past.
    ("low-topic-history", "---\ndate: 2020-02-01\n---\nIn 2017 a first study of Enhertu in HER2-low tumours "
                          "began.\n"),
    # A targeted drug that is not a HER2 drug, on another cancer's page.
    ("other-targeted", "---\ndate: 2020-02-01\n---\nTargeted therapy for bladder cancer with FGFR3 changes is "
                       "erdafitinib.\n"),
    # Test accuracy is not screening advice.
    ("screening-accuracy", "---\ndate: 2019-01-01\n---\nFor women aged 40 to 49, mammography has a sensitivity of "
                           "about 80%.\n"),
]


def test_a_topic_before_its_change_is_reported_to_be_checked(tmp_path: Path) -> None:
    found = lint_all([(name, text) for name, text, _ in TOPICS], tmp_path / "topics")
    for name, _, (line, column, message) in TOPICS:
        [finding] = found[name]
        assert (finding["line"], finding["column"], finding["code"], finding["severity"]) == (line, column, "DATE010",
                                                                                              "info"), finding
        assert finding["message"].startswith(message), finding["message"]
        assert finding["message"].endswith("predates the change: check what this sentence says of it")
        assert "fix" not in finding  # not known to be outdated: no wording to put in its place


def test_a_topic_after_its_change_or_in_narration_or_elsewhere_stays_quiet(tmp_path: Path) -> None:
    found = lint_all(TOPICS_QUIET, tmp_path / "quiet_topics")
    assert {name: findings for name, findings in found.items() if findings} == {}


def test_a_list_under_the_next_heading_does_not_nest_in_the_list_above(tmp_path: Path) -> None:
    """"1. THP" under "## Spread disease" is no item of the residual-disease list above it."""
    text = ("## After surgery\n- Residual disease: just finish the year of trastuzumab.\n\n## Spread disease\n"
            "1. THP (CLEOPATRA).\n2. Tucatinib triplet with capecitabine.\n")
    found = lint_all([("nested", text)], tmp_path / "nested")
    assert [(f["line"], f["column"], f["code"]) for f in found["nested"]] == [(2, 3, "DATE010")]


def test_an_invitation_to_hear_about_trials_is_no_claim_that_a_drug_is_only_in_them(tmp_path: Path) -> None:
    """Blind set 60: a 2021 page's 'ask about taking part in a trial' invites, it says nothing of
    a drug; 'you can only get Enhertu by taking part in a trial' is the outdated claim. The
    page's research section is only told to be checked (info)."""
    text = ("---\ntitle: HER2-low results\ndate: 2021-03-02\n---\n\n## Research\n\n"
            "Enhertu is approved for HER2-positive cancer and is being studied for HER2-low cancer that has spread.\n\n"
            "Ask your nurse if you would like to hear more about taking part in a trial.\n\n"
            "For HER2-low cancer, you can only get Enhertu by taking part in a trial.\n")
    found = lint_all([("trials", text)], tmp_path / "trials")
    assert [(f["line"], f["column"], f["code"], f["severity"]) for f in found["trials"]] == [
        (10, 1, "DATE010", "info"), (12, 1, "DATE010", "warning")]


def test_a_dated_claim_about_another_drug_is_not_blamed_on_the_drug_it_follows(tmp_path: Path) -> None:
    """Blind set 62: 'Zanidatamab is currently in a phase 3 trial ... after T-DXd' in a recent
    digest speaks of zanidatamab, not of T-DXd (approved), so no fact contradicts it."""
    text = ("---\ndate: 2026-08-02\n---\n\nZanidatamab is currently in a phase 3 trial in metastatic "
            "HER2-positive breast cancer for people whose cancer grew after T-DXd.\n")
    found = lint_all([("other-drug", text)], tmp_path / "other")
    assert found["other-drug"] == []


def test_a_phase_1_result_in_a_page_before_the_approval_is_only_to_be_checked(tmp_path: Path) -> None:
    """Blind set 82: 'responses in heavily pretreated patients in its phase 1 study' reports a
    trial; it says nothing of when the drug may be given."""
    text = ("---\ndate: 2019-05-10\n---\nDS-8201 shrank tumours in most of the heavily pretreated patients "
            "in its first phase 1 study.\n")
    found = lint_all([("phase-1", text)], tmp_path / "phase-1")
    assert [(f["line"], f["code"], f["severity"]) for f in found["phase-1"]] == [(4, "DATE010", "info")]


def test_a_sentence_that_names_its_own_subject_does_not_go_on_with_the_one_before(tmp_path: Path) -> None:
    """Blind round 27: "Between 40 and 49, whether to begin is a decision ..." goes on with the
    USPSTF statement before it; another body's advice, or what many women do, does not."""
    text = ("---\ndate: 2021-05-01\n---\n## Starting screening\n\nThe USPSTF suggests a mammogram every second "
            "year from age 50 for women at average risk.\n\nThe American Cancer Society lets women aged 40 to 44 "
            "choose to begin yearly screening.\n\nMany women in their 40s choose to start anyway.\n")
    found = lint_all([("own-subject", text)], tmp_path / "own-subject")
    assert [(f["line"], f["code"], f["severity"]) for f in found["own-subject"]] == [(6, "DATE010", "warning")]


def test_researchers_studying_the_disease_are_no_claim_about_the_drug(tmp_path: Path) -> None:
    """Blind set 108: researchers "studying whether HER2-low tumours behave differently" speak of
    the disease, not of the drug the paragraph before named."""
    text = ("---\ndate: 2021-03-01\n---\nEnhertu is being tested for HER2-low breast cancer in DESTINY-Breast04.\n\n"
            "Researchers are also studying whether HER2-low tumours behave differently from HER2-0 tumours.\n")
    found = lint_all([("whether", text)], tmp_path / "whether")
    assert [(f["line"], f["code"]) for f in found["whether"]] == [(4, "DATE010")]


def test_a_question_heading_is_no_statement_of_the_label_under_it(tmp_path: Path) -> None:
    """A question's words ("being studied") are not what the bold label under it says: the trial's
    report before the approval is at most to be checked."""
    found = lint_all([("question-heading", "---\ndate: 2024-06-01\n---\n# Where is Enhertu being tested next?\n\n"
                       "- **HER2-ultralow.** This month DESTINY-Breast06 reported that Enhertu slowed growth "
                       "compared with chemotherapy after hormone therapy.\n")], tmp_path / "question")
    assert [(f["line"], f["code"], f["severity"]) for f in found["question-heading"]] == [(6, "DATE010", "info")]


@pytest.mark.parametrize(("case", "text", "finding"), AGED, ids=[c[0] for c in AGED])
def test_a_dated_claim_of_these_shapes_is_reported_for_its_age(tmp_path: Path, case: str, text: str,
                                                               finding: tuple) -> None:
    found = lint_all([(case, text)], tmp_path / "aged")
    assert [(f["line"], f["column"], f["code"], f["severity"], f["message"]) for f in found[case]] == [finding]


def test_a_claim_that_opens_a_wrapped_line_is_reported_from_its_clause(tmp_path: Path) -> None:
    """Blind round 60: "... with results / expected later this year." is reported from the line
    its clause opens on, where a writer marks it; an item's callout title is no clause of it."""
    text = ("---\ndate: 2024-03-01\n---\nA trial is looking at Enhertu in HER2-ultralow disease, with results\n"
            "expected later this year.\n")
    found = lint_all([("wrapped-claim", text)], tmp_path / "wrapped-claim")
    assert [(f["line"], f["column"], f["code"], f["severity"]) for f in found["wrapped-claim"]] == [
        (4, 1, "DATE010", "info"), (4, 1, "DATE011", "warning")]


def test_a_filing_is_the_drug_the_sentence_before_spoke_of(tmp_path: Path) -> None:
    """Blind round 60: "The BLA was accepted ..." after a sentence on margetuximab is
    margetuximab's filing, answered by its approval, not the page's other drugs'."""
    text = ("---\ndate: 2019-12-20\n---\n# Enhertu and the December news\n\n"
            "Margetuximab slowed growth a little more than trastuzumab in SOPHIA.\n"
            "The BLA was accepted this year and no decision date is known at the time of writing.\n")
    found = lint_all([("the-bla", text)], tmp_path / "the-bla")
    claims = [f for f in found["the-bla"] if f["code"] == "DATE011"]
    assert [(f["line"], f["column"], f["severity"]) for f in claims] == [(7, 62, "warning")]
    assert "Margetuximab was FDA-approved on 2020-12-16" in claims[0]["message"]


def test_a_trials_design_is_no_claim_that_its_drug_is_in_phase_2(tmp_path: Path) -> None:
    """Blind round 61: "Phase 2 randomised, double-blind, n = 612: tucatinib or placebo ..."
    describes HER2CLIMB; a page that predates the approval has it at most to check."""
    text = ("---\ndate: 2019-12-01\n---\n# Tucatinib\n\n## HER2CLIMB\n- Phase 2 randomised, double-blind, "
            "n = 612: tucatinib or placebo with trastuzumab and capecitabine.\n")
    found = lint_all([("design", text)], tmp_path / "design")
    assert [(f["line"], f["code"], f["severity"]) for f in found["design"]] == [(7, "DATE010", "info")]


def test_views_set_against_each_other_by_a_question_are_not_the_writers(tmp_path: Path) -> None:
    """Blind round 61: "First onc says Kadcyla next, the second says Enhertu. Who is right??"
    states neither view; the reply that says Kadcyla is still standard second line does."""
    text = ("---\ndate: 2023-02-11\n---\nFirst onc says Kadcyla next, the second opinion says Enhertu. Who is right?? "
            "So confused.\n\nKadcyla is still the standard second line.\n")
    found = lint_all([("weighs", text)], tmp_path / "weighs")
    assert [(f["line"], f["code"], f["severity"]) for f in found["weighs"]] == [(6, "DATE010", "warning")]


def test_an_expectation_in_the_coming_weeks_runs_a_couple_of_months(tmp_path: Path) -> None:
    """Blind round 62: "expected in the coming weeks" in an article of March 2024 expected it
    by the end of May; the tumour-agnostic approval came in April."""
    text = "---\ndate: 2024-03-01\n---\n- A decision on a tumour-agnostic label for T-DXd is expected in the coming weeks.\n"
    found = [f for f in lint_all([("coming", text)], tmp_path / "coming")["coming"] if f["code"] == "DATE011"]
    assert [(f["line"], f["column"], f["severity"]) for f in found] == [(4, 54, "warning")]
    assert found[0]["message"].startswith(
        "'expected in the coming weeks': the date it expects (2024-05-31) has passed; it came: T-DXd "
        "(fam-trastuzumab deruxtecan) was FDA-approved on 2024-04-05")


def test_a_glossary_entrys_term_frames_its_later_sentences(tmp_path: Path) -> None:
    """Blind round 63: "**Mammogram** — a breast X-ray. Guidelines say every two years from age
    50 to 74." speaks of screening mammograms, though its second sentence names none."""
    text = "---\ndate: 2015-04-30\n---\n# Glossary\n\n**Mammogram** — a breast X-ray. Guidelines say every two years from age 50 to 74.\n"
    found = lint_all([("glossary", text)], tmp_path / "glossary")["glossary"]
    assert [(f["line"], f["column"], f["code"], f["severity"]) for f in found] == [(6, 33, "DATE010", "info")]
    assert "USPSTF" in found[0]["message"]


def test_a_section_that_states_a_change_again_is_warned_once(tmp_path: Path) -> None:
    """Blind round 65: a case's plan and its "Outcome:" line, or a "2L" heading's drug and its
    dose line, state the same change: the first is the warning, the second info pointing back."""
    text = ("---\ndate: 2018-10-04\n---\n# Breast board\n\n## Case 2: residual disease after TCHP\n"
            "- Plan: carry on with trastuzumab to finish a year, whatever the surgery found.\n"
            "- Echo in 3 months.\n- **Outcome:** trastuzumab to complete one year.\n\n"
            "## Case 3: residual disease after TCH\n- Finish a year of trastuzumab whatever the surgery shows.\n")
    found = lint_all([("again", text)], tmp_path / "again")["again"]
    assert [(f["line"], f["code"], f["severity"]) for f in found] == [
        (7, "DATE010", "warning"), (8, "DATE010", "info"), (9, "DATE010", "info"), (12, "DATE010", "warning")]
    assert found[2]["message"].endswith("; said again (first at line 7)")


def test_a_callouts_title_is_no_part_of_its_first_sentence(tmp_path: Path) -> None:
    """Blind round 65: '!!! info "Recently approved"' above "Phesgo was recently approved, ..."
    heads the callout; the sentence under it still calls Phesgo recently approved."""
    text = ('---\ndate: 2020-10-01\n---\n# Phesgo\n\n!!! info "Recently approved"\n'
            "    Phesgo was recently approved, so your hospital may not offer it yet.\n")
    found = lint_all([("titled", text)], tmp_path / "titled")["titled"]
    assert [(f["line"], f["column"], f["code"], f["severity"]) for f in found] == [(7, 5, "DATE008", "warning")]


def test_a_table_right_under_its_heading_is_read_under_it(tmp_path: Path) -> None:
    """Blind round 67: a table after a paragraph of its section's own is a table of its own (a
    side-effect table under "### Drugs being studied" says nothing of trials); one right under
    the heading is still the heading's list."""
    text = ("---\ndate: 2018-11-01\n---\n### Drugs being studied\n\n| Drug | How it is given | Side effects |\n"
            "|---|---|---|\n| Pertuzumab | drip every 3 weeks | diarrhoea |\n")
    found = lint_all([("framed", text)], tmp_path / "framed")["framed"]
    assert [(f["line"], f["column"], f["code"], f["severity"]) for f in found] == [(8, 3, "DATE010", "warning")]


def test_full_data_expected_are_the_data_of_the_trial_named_before(tmp_path: Path) -> None:
    """Blind round 66: "Full data are expected at ASCO in June." after a sentence on a trial's
    top-line results speaks of that trial, not of the drug the page is about."""
    text = ("---\ntitle: Panel backs neratinib\ndate: 2017-03-10\n---\n# Panel backs neratinib\n\n"
            "Top-line APHINITY results came out this month: adding pertuzumab met the primary endpoint. "
            "Full data are expected at ASCO in June.\n")
    found = [f for f in lint_all([("full-data", text)], tmp_path / "full-data")["full-data"] if f["code"] == "DATE011"]
    assert [(f["line"], f["severity"]) for f in found] == [(7, "warning")]
    assert "APHINITY (pertuzumab) led to FDA approval on 2017-12-20" in found[0]["message"]


def test_a_reply_that_answers_a_post_still_speaks_of_its_drug(tmp_path: Path) -> None:
    """Blind round 68: a thread's next post that opens a story of its own ("My husband had ...")
    borrows no drug from the posts before it; a reply that answers one ("That is ...") still does,
    as a later paragraph of the same post does."""
    post = "---\ndate: 2021-05-01\n---\n**Post – Ana**\n\nMy oncologist offered Kadcyla next.\n\n"
    answer = "That is the standard second-line treatment, and it worked for me for a year.\n"
    cases = [("reply", post + "**Reply – Dana**\n\n" + answer), ("same-post", post + "We talked it over.\n\n" + answer)]
    found = lint_all(cases, tmp_path / "threads")
    for case in ("reply", "same-post"):
        assert [(f["line"], f["code"], f["severity"]) for f in found[case]] == [(10, "DATE010", "warning")], case
        assert "replaced T-DM1 as the preferred second-line treatment" in found[case][0]["message"]


def test_what_a_post_was_told_and_asks_about_is_only_to_check(tmp_path: Path) -> None:
    """Blind round 74 and the residual-disease forums of rounds 63 to 70: a post that reports
    what its writer was told and asks whether it holds is the writer's question, at info; the
    answer that states the same is the page's, at warning."""
    text = ("---\ndate: 2021-09-14\n---\n**Post by rowan_k**\n\n"
            "My oncologist told me that a 1+ score means there are no HER2 drugs for me. Is that right?\n\n"
            "**Reply by moderator**\n\nYes. A 1+ score counts as HER2-negative, so there are no HER2 drugs for you.\n")
    found = lint_all([("asked", text)], tmp_path / "asked")["asked"]
    assert [(f["line"], f["code"], f["severity"]) for f in found] == [(6, "DATE010", "info"), (10, "DATE010", "warning")]
    assert found[0]["message"].endswith("; a question about what its writer was told")
    assert "2022-08-05" in found[1]["message"]
