"""Exact positions in the Document: the base every rule's line and column rests on."""

from __future__ import annotations

from linter.document import parse
from linter.positions import Span


def spans(text: str, word: str) -> list[tuple[int, int]]:
    doc = parse("a.md", text)
    found = []
    for block in doc.blocks:
        start = block.text.find(word)
        while start >= 0:
            span = block.span(start, start + len(word))
            found.append((span.line, span.column))
            start = block.text.find(word, start + 1)
    return found


def test_multi_line_paragraph_after_front_matter() -> None:
    text = "---\ntitle: x\n---\n\nFirst line\n   second TARGET line\n"
    assert spans(text, "TARGET") == [(6, 11)]


def test_lists_blockquotes_and_tables() -> None:
    text = "- item\n  - nested TARGET\n\n> quoted\n> TARGET here\n\n| a | b |\n|---|---|\n| x | y TARGET |\n"
    assert spans(text, "TARGET") == [(2, 12), (5, 3), (9, 9)]


def test_crlf_and_cr_line_endings_keep_positions() -> None:
    assert spans("one\r\ntwo TARGET\r\n", "TARGET") == [(2, 5)]
    assert spans("one\rtwo TARGET\r", "TARGET") == [(2, 5)]


def test_code_html_and_urls_are_not_prose() -> None:
    doc = parse("a.md", "Text `TARGET` <b>x</b> [link](https://e.org/TARGET) TARGET.\n\n```\nTARGET\n```\n")
    assert [b.text.count("TARGET") for b in doc.blocks] == [1]
    assert doc.code_lines == {3, 4, 5}
    assert [link.url for link in doc.links] == ["https://e.org/TARGET"]


def test_links_footnotes_and_sections() -> None:
    doc = parse("a.md", "# Intro\n\nSee <https://a.org> and www.b.org[^1].\n\n## References\n\n1. Ref.\n\n[^1]: Note.\n")
    assert [(link.kind, link.url, link.span.line, link.span.column) for link in doc.links] == [
        ("autolink", "https://a.org", 3, 5), ("bare", "https://www.b.org", 3, 25)]
    assert [ref.label for b in doc.blocks for ref in b.footnote_refs] == ["1"]
    assert [s.title for s in doc.sections] == ["", "Intro", "References"]
    assert list(doc.reference_entries) == [1]


def test_bom_and_front_matter_shapes() -> None:
    assert parse("a.md", "\ufeff# Title\n").sections[1].title == "Title"
    assert parse("a.md", "---\n- a list\n---\nText\n").problems[0].message.startswith(
        "front matter is a YAML list")
    many_aliases = "---\na: &a [x, x]\n" + "".join(f"b{i}: [*a, *a]\n" for i in range(120)) + "---\n"
    assert parse("a.md", many_aliases).problems == []
    bomb = "---\na: &a [x, x]\n" + "".join(f"b{i}: &b{i} [*{p}, *{p}]\n"
                                           for i, p in enumerate(["a", *(f"b{j}" for j in range(40))])) + "---\n"
    assert "aliases are expanded" in parse("a.md", bomb).problems[0].message


def test_typographic_front_matter_keeps_body_positions() -> None:
    # The parser counts bytes; "“" is three of them and one character.
    text = "---\ntitle: “Her2” — a guide\n---\n\nThe “TARGET” here.\n"
    assert spans(text, "TARGET") == [(5, 6)]


def test_markers_at_line_starts_are_blanked_and_escapes_kept() -> None:
    doc = parse("a.md", "One line\n*TARGET* and\n\\*not emphasis\n")
    (block,) = doc.blocks
    assert block.text.split("\n") == ["One line", " TARGET  and", "\\*not emphasis"]
    assert block.span(block.text.index("\\*"), block.text.index("\\*") + 2) == Span(3, 1, 3, 3)


def test_empty_heading_still_opens_a_section() -> None:
    doc = parse("a.md", "Intro\n\n#\n\nBody\n\n## References\n\n1. Ref.\n")
    assert [(s.title, s.line) for s in doc.sections] == [("", 1), ("", 3), ("References", 7)]
    assert doc.blocks[1].section is doc.sections[1]


def test_footnotes_in_place_and_unreferenced_ones_are_not_prose() -> None:
    text = "Claim.[^A]\n\n## Notes\n\n[^a]: Cited note.\n[^b]: Never cited.\n"
    doc = parse("a.md", text)
    footnotes = [b for b in doc.blocks if b.kind == "footnote"]
    assert [(b.raw, b.line, b.section.title) for b in footnotes] == [("Cited note.", 5, "Notes")]
    assert [d.label for d in doc.footnote_definitions] == ["a", "b"]
    assert [r.label for r in doc.blocks[0].footnote_refs] == ["A"]  # labels match as GFM's do


def test_inline_comment_over_two_lines_and_multi_line_code_span() -> None:
    doc = parse("a.md", "> Text <!-- medlint-disable\n> CIT001 --> and `code\n> span` TARGET\n")
    (comment,) = doc.comments
    assert (comment.line, comment.column, comment.end_line) == (1, 8, 2)
    assert spans("> Text `code\n> span` TARGET\n", "TARGET") == [(2, 9)]


def test_lone_surrogates_from_stdin_do_not_stop_the_parse() -> None:
    assert spans("Bad \udcff byte TARGET\n", "TARGET") == [(1, 12)]


def test_an_admonition_or_tab_body_after_a_blank_line_is_prose_at_its_place() -> None:
    """MkDocs writes '!!! note "Title"' or '=== "Tab"', a blank line, then the body indented four
    spaces, which CommonMark alone reads as an indented code block: it is prose here, at its own
    line and column; an indented block after an ordinary paragraph stays code."""
    text = ('!!! note "Dosing"\n\n    Given every TARGET weeks.\n\n=== "Residual"\n\n    Keep TARGET going.\n\n'
            "Plain paragraph.\n\n    indented TARGET code\n")
    doc = parse("a.md", text)
    assert spans(text, "TARGET") == [(3, 17), (7, 10)]
    assert doc.code_lines == {11}


def test_html_links_and_images_in_prose_are_links_at_their_place() -> None:
    doc = parse("a.md", 'Forum: <A HREF="https://e.org/f?a=1&amp;b=2" title="F">Pump <b>users</b></a><br>\n'
                        "See <a href=guide.md>the guide</a> and <img alt='a chart' src=\"c.png\"> :warning: here.\n")
    assert [(link.kind, link.url, link.text, tuple(link.span)) for link in doc.links] == [
        ("html", "https://e.org/f?a=1&b=2", "Pump users", (1, 8, 1, 77)),
        ("html", "guide.md", "the guide", (2, 5, 2, 35)),
        ("image", "c.png", "a chart", (2, 40, 2, 71))]
    # The link's text stays prose; tags, addresses and an icon's shortcode do not.
    assert " ".join(doc.blocks[0].text.split()) == "Forum: Pump users See the guide and here."


def test_an_admonition_or_tab_body_is_markdown_at_its_place() -> None:
    # MkDocs renders the indented body as Markdown: its links are links, its emphasis markup,
    # a list a list, at the columns they stand at in the file.
    text = ('!!! note "Before you start"\n\n    Read [the guide](guide.md) **first**.\n\n'
            '    - a [nested](https://e.org/n) item\n\n=== "Tab"\n\n    !!! tip\n\n'
            '        Deeper [link](deep.md).\n\nAfter.\n')
    doc = parse("a.md", text)
    assert [(link.url, tuple(link.span)) for link in doc.links] == [
        ("guide.md", (3, 10, 3, 31)), ("https://e.org/n", (5, 9, 5, 34)), ("deep.md", (11, 16, 11, 31))]
    item = next(b for b in doc.blocks if b.in_list)
    assert (item.line, item.span(0, 1).column, " ".join(item.text.split())) == (5, 7, "a [nested] item")
    assert spans(text, "first") == [(3, 34)]


def test_an_admonition_in_a_code_example_opens_no_body() -> None:
    text = "```\n!!! note\n```\n\n    indented code\n"
    doc = parse("a.md", text)
    assert doc.code_lines == {1, 2, 3, 5}
    assert [b.text for b in doc.blocks] == []


def test_links_and_images_of_an_html_block_are_links_but_not_prose() -> None:
    doc = parse("a.md", '# Pictures\n\n<p align="center">\n  <img src="chart.png" alt="A chart">\n'
                        '  <a href="https://e.org/x">See <b>more</b></a>\n</p>\n')
    assert [(link.kind, link.url, link.text, tuple(link.span)) for link in doc.links] == [
        ("image", "chart.png", "A chart", (4, 3, 4, 38)), ("html", "https://e.org/x", "See more", (5, 3, 5, 48))]
    assert [b.text for b in doc.blocks] == ["Pictures"]
