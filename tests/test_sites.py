"""Real sites' conventions: front matter formats, generators' date keys, MDX, note syntax,
site-root links, ignore files and per-folder configuration. Every fixture is our own text,
shaped after what Astro, Hugo, Jekyll, Docusaurus, MkDocs and Obsidian sites write."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
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


def test_hugo_json_front_matter_on_one_line(tmp_path: Path) -> None:
    # Hugo reads a JSON object up to its closing brace, on the first line alone too.
    path = write(tmp_path, "wigs.md", """
        { "title": "Choosing a wig", "lastmod": "2015-03-02", "tags": ["hair loss"] }

        # Choosing a wig

        Her2 treatment may make hair fall out.
        """)
    assert findings("--select", "DATE,READ003,TERM001", str(path)) == [
        "wigs.md:1:41 DATE001 last updated 2015-03-02, 11 years 8 months ago; "
        "review articles at least every 36 months",
        "wigs.md:5:1 TERM001 Write 'HER2' rather than 'Her2'",
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


# -- MDX, templating and note syntax ---------------------------------------------------------

MDX_PAGE = """
---
title: Chest pain
publishDate: 2026-01-10
---
import Callout from '../../components/Callout.astro';
import { Steps,
  Step } from "@site/components";
export const reviewer = { name: "Dr. A. Writer" };

# Chest pain

<Callout type="warning" title={`Emergency: ${reviewer.name}`}>
  Call an ambulance if the pain spreads to your arm. Her2 is unrelated.
</Callout>

<Steps>
    Sit down and rest while you wait for help.
</Steps>

Text with <Tooltip tip="Her2 protein">a Her2 tooltip</Tooltip> and {/* Her2 note */} here.
"""


def test_mdx_page_lints_text_between_tags_at_exact_positions(tmp_path: Path) -> None:
    write(tmp_path, "chest-pain.mdx", MDX_PAGE)
    assert findings("--select", "TERM001,DATE002", str(tmp_path)) == [
        "chest-pain.mdx:13:54 TERM001 Write 'HER2' rather than 'Her2'",
        "chest-pain.mdx:20:41 TERM001 Write 'HER2' rather than 'Her2'",
    ]


def test_mdx_imports_and_jsx_are_not_prose(tmp_path: Path) -> None:
    path = write(tmp_path, "chest-pain.mdx", MDX_PAGE)
    # Read as Markdown, the same page's components and imports would be prose.
    assert codes("--select", "READ003,SPAM,CIT", str(path)) == []


def test_templating_tags_are_code(tmp_path: Path) -> None:
    path = write(tmp_path, "post.md", """
        ---
        date: 2026-02-01
        ---
        {{< figure src="/img/Her2.png" caption="Her2 staining" >}} Her2 in a shortcode line.

        {% include warning.html text="Her2" %} and {{ page.Her2 }} and {{% note %}}Her2 inside{{% /note %}}.
        """)
    assert codes("--select", "TERM001", str(path)) == ["post.md:4:60 TERM001", "post.md:6:76 TERM001"]


OBSIDIAN_NOTE = """
---
created: 2026-03-01
---
# HER2-low disease

Treatment with [[Trastuzumab]] deruxtecan was approved for [[HER2-low|HER2-low]] disease.
See [[Trials#Phase 3]], [[Trials#Nowhere]], [[Missing note]] and ![[scan.png]].

> [!note] Her2 callout title
> The marker above is not prose.
"""


def test_obsidian_wikilinks_are_prose_and_resolve_by_note_name(tmp_path: Path) -> None:
    (tmp_path / ".obsidian").mkdir()
    write(tmp_path, "notes/HER2-low disease.md", OBSIDIAN_NOTE)
    write(tmp_path, "drugs/Trastuzumab.md", "# Trastuzumab\n")
    write(tmp_path, "HER2-low.md", "# HER2-low\n")
    write(tmp_path, "studies/Trials.md", "# Trials\n\n## Phase 3\n")
    (tmp_path / "attachments").mkdir()
    (tmp_path / "attachments" / "scan.png").write_bytes(b"png")
    assert findings("--select", "LINK005,TERM001,DATE008", str(tmp_path / "notes")) == [
        "HER2-low disease.md:7:25 LINK005 link to 'Trials#Nowhere' is dead: no heading "
        "#Nowhere in Trials",
        "HER2-low disease.md:7:45 LINK005 link to 'Missing note' is dead: no note or file of that name",
        "HER2-low disease.md:9:11 TERM001 Write 'HER2' rather than 'Her2'",
    ]


def test_a_vault_without_its_obsidian_folder_is_the_folder_linted(tmp_path: Path) -> None:
    """A vault copied without `.obsidian/` and linted with a configuration kept elsewhere: its
    notes still find each other across folders, as Obsidian finds them by name."""
    vault = tmp_path / "vault"
    write(vault, "pharmacology/Beta blockers.md", "# Beta blockers\n\nSee [[Adrenergic receptors#Beta-1]] and "
                                                 "[[Not written yet]].\n")
    write(vault, "physiology/Adrenergic receptors.md", "# Adrenergic receptors\n\n## Beta-1\n")
    config = write(tmp_path, "elsewhere/.medlint.yml", "select: [LINK005]\n")
    assert findings("--config", str(config), str(vault)) == [
        "Beta blockers.md:3:41 LINK005 link to 'Not written yet' is dead: no note or file of that name",
    ]


def test_wikilink_shown_text_reads_as_one_name(tmp_path: Path) -> None:
    from linter.document import parse

    doc = parse("note.md", "Take [[Trastuzumab]] deruxtecan or [[T-DXd|trastuzumab deruxtecan]].\n")
    block = doc.blocks[0]
    start = block.text.index("Trastuzumab deruxtecan")
    assert block.span(start, start + len("Trastuzumab deruxtecan")) == (1, 8, 1, 32)
    second = block.text.index("trastuzumab deruxtecan")
    assert block.span(second, second + 22) == (1, 44, 1, 66)
    # Bracketed citation numbers of converted pages are not notes.
    assert [link.kind for link in parse("a.md", "Rates rose [[1]] and [[2, 3]].\n").links] == []


# -- site-root links -------------------------------------------------------------------------

def make_site(root: Path) -> Path:
    write(root, "src/content/guides/heart-failure.md", "# Heart failure\n\n## Symptoms\n\nText.\n")
    write(root, "src/content/guides/stroke/index.mdx", "# Stroke\n")
    write(root, "src/pages/about.md", "# About us\n")
    write(root, "public/leaflet.pdf", "pdf")
    return write(root, "src/content/guides/angina.md", """
        # Angina

        Read [heart failure](/guides/heart-failure), [its symptoms](/guides/heart-failure/#symptoms),
        [stroke](/guides/stroke/), [about us](/about), [the leaflet](/leaflet.pdf),
        [a missing page](/guides/palpitations/) and [a missing part](/guides/heart-failure#signs).
        """)


def test_without_a_site_root_relative_links_are_not_findings(tmp_path: Path) -> None:
    page = make_site(tmp_path)
    result = medlint("check", "--offline", "--today", TODAY, "--select", "LINK005", str(page))
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr.count("7 root-relative links (/like/this) not checked") == 1


def test_site_preset_resolves_root_relative_links(tmp_path: Path) -> None:
    page = make_site(tmp_path)
    write(tmp_path, ".medlint.yml", "site:\n  preset: astro\n")
    assert findings("--select", "LINK005", str(page)) == [
        "angina.md:5:1 LINK005 link to '/guides/palpitations/' is dead: no page for it in the "
        "site's content folders",
        "angina.md:5:45 LINK005 link to '/guides/heart-failure#signs' is dead: no heading #signs "
        "in /guides/heart-failure",
    ]


def test_site_pages_named_by_slug_or_written_in_astro(tmp_path: Path) -> None:
    # Astro serves a guide at the `slug:` its front matter gives (a long front matter, a byte
    # order mark) and its own `.astro` pages, a folder's `index.astro` included.
    write(tmp_path, "src/content/guides/fainting.mdx", f"""
        ---
        title: "Fainting"
        slug: "fainting-when-to-worry"
        description: "{'When a faint needs a doctor. ' * 200}"
        ---
        # Fainting
        """)
    (tmp_path / "src/content/guides/burns.md").write_text(
        "\ufeff---\nslug: 'minor-burns'\n---\n# Burns\n", encoding="utf-8")
    write(tmp_path, "src/pages/symptom-checker.astro", "---\n---\n<h1>Checker</h1>\n")
    write(tmp_path, "src/pages/guides/heart/index.astro", "---\n---\n<h1>Heart</h1>\n")
    page = write(tmp_path, "src/content/guides/dizziness.md", """
        # Dizziness

        [a](/guides/fainting-when-to-worry) [b](/guides/minor-burns/) [c](/symptom-checker)
        [d](/guides/heart) [e](/guides/burn) [f](/guides/slug)
        """)
    write(tmp_path, ".medlint.yml", "site:\n  preset: astro\n")
    assert findings("--select", "LINK005", str(page)) == [
        "dizziness.md:4:20 LINK005 link to '/guides/burn' is dead: no page for it in the "
        "site's content folders",
        "dizziness.md:4:38 LINK005 link to '/guides/slug' is dead: no page for it in the "
        "site's content folders",
    ]


def test_site_base_path_and_routes(tmp_path: Path) -> None:
    write(tmp_path, "docs/conditions/asthma.md", "# Asthma\n")
    write(tmp_path, "docs/first-aid/index.md", "# First aid\n")
    page = write(tmp_path, "docs/intro.md",
                 "# Intro\n\n[asthma](/handbook/conditions/asthma) [burns](/handbook/help/) "
                 "[no](/handbook/nothing)\n")
    write(tmp_path, ".medlint.yml",
          "site:\n  content: [docs]\n  base: /handbook/\n  routes:\n    /help/: docs/first-aid\n")
    assert codes("--select", "LINK005", str(page)) == ["intro.md:3:64 LINK005"]


# -- the walk --------------------------------------------------------------------------------

def test_walk_lints_mdx_honours_ignore_files_and_extensions(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, ".gitignore", "build/\n*.draft.md\n")
    write(tmp_path, "guides/.ignore", "old/\n")
    for name in ("guides/a.md", "guides/b.mdx", "guides/c.draft.md", "build/d.md",
                 "guides/old/e.md", "notes/f.markdown", "notes/g.mdoc"):
        write(tmp_path, name, "Her2 here.\n")
    linted = sorted({line.split(":")[0] for line in findings("--select", "TERM001", str(tmp_path))})
    assert linted == ["a.md", "b.mdx", "f.markdown"]
    everything = findings("--select", "TERM001", "--no-respect-gitignore", "--extension", "mdoc",
                          str(tmp_path))
    assert sorted(line.split(":")[0] for line in everything) == [
        "a.md", "b.mdx", "c.draft.md", "d.md", "e.md", "f.markdown", "g.mdoc"]
    # A file named on the command line is linted even when ignored, as ruff does.
    assert codes("--select", "TERM001", str(tmp_path / "build" / "d.md")) == ["d.md:1:1 TERM001"]


def test_in_a_generators_site_only_its_content_folders_are_linted(tmp_path: Path,
                                                                    monkeypatch) -> None:
    """A fork of Quartz ships Quartz's developer docs; an Astro site its runbooks: no articles."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "notes/quartz.config.ts", "export default {}\n")
    write(tmp_path, "notes/content/her2.md", "# Notes\n\nHer2 testing first.\n")
    write(tmp_path, "notes/docs/plugins/graph.md", "# Graph\n\nHer2 in a plugin's docs.\n")
    write(tmp_path, "notes/README.md", "# Fork\n\nHer2 in the README.\n")
    write(tmp_path, "guides/astro.config.mjs", "export default {}\n")
    write(tmp_path, "guides/src/content/guides/anaemia.mdx", "# Anaemia\n\nHer2 aside.\n")
    write(tmp_path, "guides/docs/runbook.md", "# Runbook\n\nHer2 in the deploy notes.\n")
    # A preset's folders missing: the site keeps its pages elsewhere, so all of it is linted.
    write(tmp_path, "wiki/mkdocs.yml", "docs_dir: pages\n")
    write(tmp_path, "wiki/pages/asthma.md", "# Asthma\n\nHer2 in a wiki page.\n")
    expected = ["guides/src/content/guides/anaemia.mdx:3:1", "notes/content/her2.md:3:1",
                "wiki/pages/asthma.md:3:1"]

    def linted(*paths: str) -> list[str]:
        result = medlint("check", "--offline", "--format", "json", "--select", "TERM001", *paths)
        return sorted(f"{Path(f['path']).as_posix()}:{f['line']}:{f['column']}" for f in result.findings())

    assert linted(".") == expected
    # A pre-commit batch names the files: the same ones are linted as in a walk of the tree.
    assert linted("notes/docs/plugins/graph.md", "notes/README.md", "notes/content/her2.md",
                  "guides/docs/runbook.md") == ["notes/content/her2.md:3:1"]
    # A `site:` section that names no folders (only the site's host) keeps the generator's.
    write(tmp_path, "notes/.medlint.yml", "site:\n  host: notes.example.org\n")
    assert linted("notes") == ["notes/content/her2.md:3:1"]
    # `site: content:` names the content folders, here the whole repository.
    write(tmp_path, "notes/.medlint.yml", "site:\n  content: [.]\n")
    assert linted("notes") == ["notes/README.md:3:1", "notes/content/her2.md:3:1",
                               "notes/docs/plugins/graph.md:3:1"]


def test_a_run_that_finds_no_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = medlint("check", "--offline", str(tmp_path / "empty"))
    assert result.exit_code == 0
    assert "no files to lint" in result.stderr
    missing = medlint("check", "--offline", str(tmp_path / "nowhere"))
    assert missing.exit_code == 2 and "no such file or directory" in missing.stderr


# -- configuration per file ------------------------------------------------------------------

def test_each_file_gets_its_nearest_configuration_whatever_the_batch(tmp_path: Path,
                                                                      monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a/x.md", "Her2 here. A cancer victim.\n")
    write(tmp_path, "b/x.md", "Her2 here. A cancer victim.\n")
    write(tmp_path, "b/drafts/y.md", "Her2 here.\n")
    write(tmp_path, "b/.medlint.yml", "ignore: [TERM001]\nexclude: [drafts/]\n")
    write(tmp_path, ".medlint.yml", "severity: {TERM002: warning}\n")

    def run(*paths: str) -> list[str]:
        result = medlint("check", "--offline", "--today", TODAY, "--select", "TERM",
                         "--format", "json", *paths)
        return sorted(f"{Path(f['path']).as_posix()}:{f['code']}:{f['severity']}"
                      for f in result.findings())

    whole = run(".")
    # b/.medlint.yml is nearest for b/x.md: the root one does not apply there (as in ruff).
    assert whole == ["a/x.md:TERM001:warning", "a/x.md:TERM002:warning", "b/x.md:TERM002:info"]
    assert run("b/x.md") == ["b/x.md:TERM002:info"]
    assert run("a/x.md", "b/x.md") == [line for line in whole if "drafts" not in line]
    assert run("b/drafts/y.md", "a/x.md") == ["a/x.md:TERM001:warning", "a/x.md:TERM002:warning"]


@pytest.mark.parametrize("marker", [".git/", "quartz.config.ts"])
def test_a_file_of_a_repository_links_alike_alone_and_in_a_whole_run_from_anywhere(
        tmp_path: Path, monkeypatch, marker: str) -> None:
    """With no configuration, the project root is the repository's (else the site
    generator's) top folder, not the folder medlint was started in: a page's links to its
    sibling pages resolve, and a dead one is reported, the same whatever the batch."""
    site = tmp_path / "site"
    site.mkdir()
    if marker.endswith("/"):
        (site / marker).mkdir()
    else:
        (site / marker).write_text("export default {}\n", encoding="utf-8")
    write(site, "notes/fatigue/index.md", """
        # Fatigue after treatment

        See [sleep](../sleep/index.md) and [pacing](../pacing/index.md).
        """)
    write(site, "notes/sleep/index.md", "# Sleep\n\nSee [fatigue](../fatigue/index.md).\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    def links(*paths: Path) -> list[str]:
        result = medlint("check", "--offline", "--today", TODAY, "--select", "LINK005",
                         "--format", "json", *map(str, paths))
        assert result.exit_code in (0, 1), result.stderr
        return [f"{Path(f['path']).parent.name}:{f['line']}:{f['column']} {f['severity']} {f['message']}"
                for f in result.findings()]

    dead = "fatigue:3:36 error link to '../pacing/index.md' is dead: no such file"
    assert links(site) == [dead]
    assert links(site / "notes/fatigue/index.md") == [dead]
    assert links(site / "notes/sleep/index.md", site / "notes/fatigue/index.md") == [dead]
    assert links(site / "notes/sleep/index.md") == []


def test_a_next_review_date_is_a_date(tmp_path: Path) -> None:
    """DATE002 is for articles with no date in any convention; one that states only when it is
    next reviewed has one (and DATE003 says when that has passed)."""
    due = write(tmp_path, "due.md", """
        ---
        title: Mouth care during chemotherapy
        review_due: 2025-03-01
        ---

        # Mouth care during chemotherapy

        Rinse after meals.
        """)
    undated = write(tmp_path, "undated.md", "# Mouth care during chemotherapy\n\nRinse after meals.\n")
    assert findings("--select", "DATE002,DATE003", str(due), str(undated)) == [
        "due.md:3:13 DATE003 next review was due 2025-03-01, 1 year 8 months ago",
        "undated.md:1:1 DATE002 the article has no publication, update or review date",
    ]


# -- front matter prose and reference sections -----------------------------------------------

def test_rendered_front_matter_fields_are_prose_at_their_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "guide.md", """
        ---
        title: Her2 guide
        date: 2026-06-01
        description: "A guide to Her2 testing for patients."
        summary: >
          Studies show that most people
          with Her2 cancer do well.
        faq:
          - question: What is Her2?
            answer: A protein that 20% of cancers make.
        ---

        # Guide

        Body text.
        """)
    assert codes("--select", "TERM001,CIT001,CIT002", str(path)) == [
        "guide.md:4:26 TERM001", "guide.md:6:3 CIT002", "guide.md:7:8 TERM001",
        "guide.md:9:23 TERM001", "guide.md:10:28 CIT001"]
    write(tmp_path, ".medlint.yml", "prose-fields: [summary]\n")
    assert codes("--select", "TERM001,CIT001,CIT002", str(path)) == [
        "guide.md:6:3 CIT002", "guide.md:7:8 TERM001"]


def test_reference_sections_by_the_names_sites_use(tmp_path: Path) -> None:
    body = "# Guide\n\nAbout 20% of breast cancers are HER2-positive [1].\n\n## {title}\n\n1. A review, 2024.\n"
    names = ["Clinical references", "Source information", "Works cited", "8. Sources",
             "References and further reading", "Bibliography:"]
    paths = [str(write(tmp_path, f"page{index}.md", "---\ndate: 2026-01-01\n---\n" + body.format(title=name)))
             for index, name in enumerate(names)]
    assert codes("--select", "CIT", *paths) == []
    custom = write(tmp_path, "custom.md", "---\ndate: 2026-01-01\n---\n" + body.format(title="Evidence base"))
    assert codes("--select", "CIT", str(custom)) == ["custom.md:6:47 CIT007"]
    write(tmp_path, ".medlint.yml", "reference-headings: [Evidence base]\n")
    assert codes("--select", "CIT", str(custom)) == []


def test_a_note_under_a_notes_heading_is_prose_not_a_reference_list(tmp_path: Path) -> None:
    """In a clinician's note, '# Notes' heads the note itself: its claims are still read."""
    note = write(tmp_path, "her2.md", "---\ndate: 2026-01-01\n---\n# Notes\n\nStudies show that Her2 matters.\n")
    assert findings("--select", "CIT002,TERM001", str(note)) == [
        "her2.md:6:1 CIT002 claim 'Studies show' reports a research finding or appeals to an authority but cites none",
        "her2.md:6:19 TERM001 Write 'HER2' rather than 'Her2'"]
    write(tmp_path, ".medlint.yml", "reference-headings: [Notes]\n")
    assert findings("--select", "CIT002", str(note)) == []


def test_a_site_that_serves_pages_as_folders_resolves_links_from_the_page(tmp_path: Path) -> None:
    """Audit s23h/s23i: MkDocs serves "guides/pump.md" at "guides/pump/", so an image written
    for the built page ("../../img/pump.png") reaches docs/img/pump.png; with
    `use_directory_urls: false` the same link is dead. A web address written without its
    scheme is dead on the built site, and the message says what it needs."""
    write(tmp_path, "mkdocs.yml", "site_name: Pumps\n")
    write(tmp_path, "docs/img/pump.png", "png")
    page = write(tmp_path, "docs/guides/pump.md",
                 '# Pump\n\n<img src="../../img/pump.png" alt="A pump">\n\n![Pump](../img/pump.png)\n\n'
                 "[Carb counts](www.carbs.example.org)\n")
    assert findings("--select", "LINK005", str(tmp_path)) == [
        "pump.md:7:1 LINK005 link to 'www.carbs.example.org' is dead: no such file "
        "(a web address needs its https://)",
    ]
    write(tmp_path, "mkdocs.yml", "site_name: Pumps\nuse_directory_urls: false\n")
    assert findings("--select", "LINK005", str(page)) == [
        "pump.md:3:1 LINK005 link to '../../img/pump.png' is dead: no such file",
        "pump.md:7:1 LINK005 link to 'www.carbs.example.org' is dead: no such file "
        "(a web address needs its https://)",
    ]


def test_a_quartz_sites_tag_pages_are_built_not_written(tmp_path: Path) -> None:
    """Audit s23h/s23i: Quartz builds a page for each tag ("tags/Trial"); a link to one is no
    dead file. A link to a note that is missing still is."""
    write(tmp_path, "quartz.config.ts", "export default {}\n")
    write(tmp_path, "content/a.md", "---\ntitle: A\ntags: [Trial]\n---\n# A\n\nText.\n")
    write(tmp_path, "content/index.md", "# Home\n\n- [Trials](./tags/Trial)\n- [Missing](./notes/missing.md)\n")
    assert findings("--select", "LINK005", str(tmp_path)) == [
        "index.md:4:3 LINK005 link to './notes/missing.md' is dead: no such file",
    ]
