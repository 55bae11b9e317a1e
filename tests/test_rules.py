"""One line per rule behaviour: the Markdown, the selection, and the findings at line:column."""

from __future__ import annotations

import pytest

CASES = [
    # TERM001: the marker's standard spelling; code, URLs and references left alone
    ("TERM001", "Her2 and her2 and HER 2 and HER-2 and Her-2/neu.\n",
     ["1:1 TERM001", "1:10 TERM001", "1:19 TERM001", "1:29 TERM001", "1:39 TERM001"]),
    ("TERM001", "HER2 is right. `her2` is code. [a](https://x.org/her2) is a URL.\n", []),
    ("TERM001", "# Title\n\n## References\n\n1. Her-2/neu in breast cancer. 1992.\n", []),
    ("TERM001", "```\nher2\n```\n\n    her2 indented code\n", []),
    ("TERM002", "She suffered from breast cancer.\n", ["1:5 TERM002"]),
    # CIT001: statistics without a source
    ("CIT001", "About 20-25% of cancers are HER2-positive.\n", ["1:7 CIT001"]),
    ("CIT001", "About 20-25% of cancers are HER2-positive.[^1]\n\n[^1]: A source.\n", []),
    ("CIT001", "About 20-25% of cancers are HER2-positive [1].\n\n## References\n\n1. A source.\n", []),
    ("CIT001", "About 1 in 8 women. It is common (Smith et al., 2019).\n", []),
    ("CIT001", "A study of 965 women found more relapses.\n", ["1:12 CIT001"]),
    ("CIT001", "Up to 20 percent of tumours. See doi:10.1200/JCO.2009.23.1234.\n", []),
    ("CIT001", "The hazard ratio was 0.66 in the trial.\n", ["1:5 CIT001"]),
    ("CIT001", "Stage 2 cancer, IHC 3+, 2 copies, every 3 weeks, 6 mg/kg, in 2019.\n", []),
    ("CIT001", "Call 1-800-422-6237 on 12/03/2024.\n", []),
    ("CIT001", "| Group | Share |\n|---|---|\n| Under 50 | 30% |\n", ["3:14 CIT001"]),
    ("CIT001", "| Group | Share |\n|---|---|\n| Under 50 | 30% |\n\nSource: [registry](https://example.org).\n", []),
    ("CIT001", "- one\n- Roughly\n  15% of all cases.\n", ["3:3 CIT001"]),
    # CIT002: research appeals and attributions
    ("CIT002", "Studies show that exercise helps.\n", ["1:1 CIT002"]),
    ("CIT002", "According to the American Cancer Society, it is common.\n", ["1:1 CIT002"]),
    ("CIT002", "According to [the ACS](https://www.cancer.org), it is common.\n", []),
    ("CIT002", "Trastuzumab significantly improves survival.\n", ["1:13 CIT002"]),
    # CIT003: no sources at all
    ("CIT003", "# HER2\n\nAbout 20% of cancers are HER2-positive.\n", ["1:1 CIT003"]),
    ("CIT003", "# HER2\n\nHER2 is a protein.\n", []),
    # CIT004: quotes without a source
    ("CIT004", '"It works." – Dr. Jane Roe, Oncologist\n', ["1:15 CIT004"]),
    ("CIT004", '"It works," Dr. Roe said in an interview with our editors.\n', []),
    # (the name before the quote: "According to ... Dr. Roe, '…'", "Dr. Roe, a urologist, says: '…'")
    ("CIT004", 'According to Health Minister Dr. Jo Roe, "We are changing course."\n', ["1:30 CIT004"]),
    ("CIT004", 'Dr. Ann Lee, a urologist, says: "It will not harm you."\n', ["1:1 CIT004"]),
    ("CIT004", 'Dr. Ann Lee told us in an interview: "It is safe."\n', []),
    # CIT005-007: citation plumbing
    ("CIT005", "A claim.[^missing]\n", ["1:9 CIT005"]),
    ("CIT006", "Text.[^a]\n\n[^a]: Used.\n[^b]: Unused.\n", ["4:1 CIT006"]),
    ("CIT006", "Text.[^Heart]\n\n[^heart]: Labels match whatever their case, as in GFM.\n", []),
    ("CIT005", "Text.[^Heart]\n\n[^heart]: Matched.\n", []),
    # (an isotope's TeX notation is no footnote; a price's dollar opens no math)
    ("CIT005", "The tracer $[^{11}C]$-raclopride binds D2.\n", []),
    ("CIT005", "It costs $5 and $10.[^x]\n", ["1:21 CIT005"]),
    ("CIT007", "See [2] and [1].\n\n## References\n\n1. Only one.\n", ["1:5 CIT007"]),
    # DATE rules, measured against 2026-11-21
    ("DATE001", "# T\n\nPosted 8/10/2013\n", ["3:8 DATE001"]),
    ("DATE001", "---\ndate: 2013-01-01\nlast_reviewed: 2026-01-05\n---\n# T\n", []),
    ("DATE001", "# T\n\nby A. Writer, updated 6/2019\n", ["3:23 DATE001"]),
    ("DATE001", "# T\n\nPublished At May 25, 2020\n", ["3:14 DATE001"]),
    ("DATE002", "# T\n\nCopyright © 2024 Example.\n", ["1:1 DATE002"]),
    ("DATE002", "# T\n\nLast reviewed: 14 September 2026\n", []),
    ("DATE003", "---\nupdated: 2026-01-01\nnext_review: 2026-06-01\n---\n# T\n", ["3:14 DATE003"]),
    ("DATE004", "# T\n\n## References\n\n1. Guide. (Accessed on August 07, 2013).\n", ["5:24 DATE004"]),
    ("DATE004", "# T\n\n## References\n\n1. Roe J. A trial. J Clin Oncol. 2009;27:5693.\n", ["5:34 DATE004"]),
    ("DATE005", "Per NCCN Guidelines Version 3.2013, treat.\n", ["1:5 DATE005"]),
    ("DATE006", "---\nupdated: 2030-01-01\n---\n", ["2:10 DATE006"]),
    ("DATE007", "---\ndate: 2024-05-01\nupdated: 2023-05-01\n---\n", ["3:10 DATE007"]),
    ("DATE008", "Emerging therapies include pertuzumab (Perjeta).\n", ["1:28 DATE008"]),
    ("DATE008", "---\ndate: 2014-03-01\n---\nEmerging therapies include pertuzumab.\n", ["4:28 DATE008"]),
    ("DATE008", "---\ndate: 2025-06-01\n---\nEmerging options include T-DXd for HER2-ultralow disease.\n", []),
    ("DATE008", "Enhertu is a new option for HER2-low disease.\n", []),
    ("DATE009", "Posted 3/4/2012\n", ["1:8 DATE009"]),
    # SPAM rules
    ("SPAM001", "I was completely cured! Email drx@gmail.com or call/whatsapp +2348031234567.\n",
     ["1:31 SPAM001", "1:48 SPAM001", "1:62 SPAM001"]),
    ("SPAM001", "My sister was healed by his herbal remedy, WhatsApp +44 7911 123456.\n", ["1:44 SPAM001", "1:53 SPAM001"]),
    ("SPAM001", "Spell caster cured me, ring +91 98765 43210 in India.\n", ["1:29 SPAM001"]),
    ("SPAM001", "Thanks to Dr Obi I was cured. Write to obi at yahoo dot com.\n", ["1:40 SPAM001"]),
    ("SPAM001", "Herbal medicine cured me.\n\nSee https://obicures.blogspot.com now.\n", ["3:5 SPAM001"]),
    ("SPAM001", "## Where to get help\n\nCall our clinic on (617) 555-0143 or 1-800-422-6237.\n", []),
    ("SPAM001", "Our editors: editors@cancer.org.\n", []),
    ("SPAM002", "A miracle cure with no side effects.\n", ["1:3 SPAM002", "1:21 SPAM002"]),
    ("SPAM003", "Buy pills without a prescription.\n", ["1:1 SPAM003"]),
    ("SPAM004", "The spell caster healed me.\n", ["1:5 SPAM004", "1:18 SPAM004"]),
    # READ003: long sentences
    ("READ003", " ".join(["word"] * 30) + ".\n", ["1:1 READ003"]),
    ("READ003", " ".join(["word"] * 20) + ".\n", []),
    # LINK005: local links and anchors
    ("LINK005", "# Top\n\n[up](#top) [gone](#nowhere) [file](missing.md)\n", ["3:12 LINK005", "3:29 LINK005"]),
]


@pytest.mark.parametrize(("code", "markdown", "expected"), CASES)
def test_rule(lint, code: str, markdown: str, expected: list[str]) -> None:
    assert lint(markdown, "--select", code) == expected


def test_every_builtin_pattern_compiles() -> None:
    """Built-in packs' patterns are compiled when a rule first needs them, not when the packs
    load (a pre-commit run need not compile them all): this is where a bad one shows."""
    import re

    from linter.kinds import kind_module
    from linter.rules import builtin_rules

    compiled = 0
    for rule in builtin_rules():
        specs = kind_module(rule.kind).OPTIONS
        for name, value in rule.options.items():
            kind = specs[name].type
            patterns = [value] if kind == "regex" else value if kind == "list[regex]" else []
            for pattern in patterns:
                assert re.compile(pattern), (rule.code, name)
                compiled += 1
    assert compiled > 0
