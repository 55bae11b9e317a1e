"""Real sites' conventions: front matter formats, generators' date keys, MDX, note syntax,
site-root links, ignore files and per-folder configuration. Every fixture is our own text,
shaped after what Astro, Hugo, Jekyll, Docusaurus, MkDocs and Obsidian sites write."""

from __future__ import annotations

import textwrap
from pathlib import Path

from conftest import TODAY, medlint


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def findings(*args: str) -> list[str]:
    """'path:line:col CODE message' for each finding, through the real command line."""
    result = medlint("check", "--offline", "--today", TODAY, "--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return [f"{Path(f['path']).name}:{f['line']}:{f['column']} {f['code']} {f['message']}"
            for f in result.findings()]


def codes(*args: str) -> list[str]:
    return [" ".join(line.split(" ")[:2]) for line in findings(*args)]


# -- front matter ----------------------------------------------------------------------------

HUGO_TOML = """
+++
title = "Living with lymphoedema"
date = 2015-04-02
lastmod = 2016-09-30T08:00:00Z
tags = ["lymphoedema", "after surgery"]
+++

# Living with lymphoedema

Swelling in the arm can follow surgery on the lymph nodes.
"""

HUGO_JSON = """
{
  "title": "Cold caps during chemotherapy",
  "date": "2014-11-15",
  "categories": ["hair loss"]
}

# Cold caps during chemotherapy

A cooled cap may reduce hair loss for some people.
"""


def test_hugo_toml_front_matter_gives_its_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "lymphoedema.md", HUGO_TOML)
    assert findings("--select", "DATE,READ001", str(path)) == [
        "lymphoedema.md:4:11 DATE001 last updated 2016-09-30, 10 years 1 month ago; "
        "review articles at least every 36 months",
    ]


def test_hugo_json_front_matter_is_not_prose(tmp_path: Path) -> None:
    path = write(tmp_path, "cold-caps.md", HUGO_JSON)
    assert findings("--select", "DATE,READ003", str(path)) == [
        "cold-caps.md:3:11 DATE001 last published 2014-11-15, 12 years ago; "
        "review articles at least every 36 months",
    ]


def test_malformed_toml_and_json_are_file002_and_the_body_is_linted(tmp_path: Path) -> None:
    toml = write(tmp_path, "a.md", '+++\ntitle = "Her2 basics\ndate = 2020-01-01\n+++\n\nHer2 matters.\n')
    json_page = write(tmp_path, "b.md", '{\n  "title": "x",\n  "date": \n}\n\nHer2 matters.\n')
    assert findings("--select", "FILE002,TERM001", str(toml), str(json_page)) == [
        "a.md:2:1 FILE002 front matter is not valid TOML: Illegal character '\\n'",
        "a.md:6:1 TERM001 Write 'HER2' rather than 'Her2'",
        "b.md:3:1 FILE002 front matter is not valid JSON: Expecting value",
        "b.md:6:1 TERM001 Write 'HER2' rather than 'Her2'",
    ]


def test_front_matter_of_every_format_is_bounded(tmp_path: Path) -> None:
    big = "x = [" + "1, " * 30000 + "1]\n"
    path = write(tmp_path, "big.md", f"+++\n{big}+++\n\nHer2 matters.\n")
    deep = write(tmp_path, "deep.md", "{\n\"a\": " + "[" * 20000 + "\n}\n\nText.\n")
    assert codes("--select", "FILE002,TERM001", str(path), str(deep)) == [
        "big.md:1:1 FILE002", "big.md:5:1 TERM001", "deep.md:1:1 FILE002"]


# -- date keys of generators and CMSs --------------------------------------------------------

ASTRO_GUIDE = """
---
title: "Heart failure: a patient guide"
description: What heart failure means and how it is treated.
publishDate: 2021-02-10
updatedDate: 2022-06-01
---

# Heart failure

Heart failure means the heart does not pump as well as it should.
"""


def test_astro_guide_dates_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, "heart-failure.md", ASTRO_GUIDE)
    assert findings("--select", "DATE", str(path)) == [
        "heart-failure.md:5:14 DATE001 last updated 2022-06-01, 4 years 5 months ago; "
        "review articles at least every 36 months",
    ]


def test_date_keys_of_each_convention(tmp_path: Path) -> None:
    pages = {
        "jekyll.md": "---\nlayout: post\ndate: 2024-01-05 10:00:00 +0000\nlast_modified_at: 2019-03-01\n---\n",
        "docusaurus.md": "---\nlast_update:\n  date: 2018-02-03\n  author: A. Writer\n---\n",
        "mkdocs.md": "---\ndate:\n  created: 2017-05-01\n  updated: 2018-05-01\n---\n",
        "schema.md": "---\ndatePublished: 2016-01-01\nlastReviewed: 2019-09-09\n---\n",
        "cms.md": "---\npublish-date: 2015-01-01\nReview_Due: 2020-01-01\n---\n",
        "eleventy.md": "---\npubDate: 2010-10-10\n---\n",
    }
    paths = [str(write(tmp_path, name, text + "\n# Title\n\nBody.\n")) for name, text in pages.items()]
    assert codes("--select", "DATE", "--ignore", "DATE009", *paths) == [
        "cms.md:2:15 DATE001", "cms.md:3:13 DATE003",
        "docusaurus.md:3:9 DATE001",
        "eleventy.md:2:10 DATE001",
        "jekyll.md:4:19 DATE007",
        "mkdocs.md:4:12 DATE001",
        "schema.md:3:15 DATE001",
    ]


def test_config_dates_map_extends_the_defaults(tmp_path: Path) -> None:
    write(tmp_path, ".medlint.yml", "dates:\n  reviewed: [clinically-checked]\n  next-review: [recheck]\n")
    path = write(tmp_path, "page.md",
                 "---\nclinically_checked: 2019-01-01\nrecheck: 2020-01-01\n---\n\n# Title\n\nBody.\n")
    assert codes("--select", "DATE", str(path)) == ["page.md:2:21 DATE001", "page.md:3:10 DATE003"]
