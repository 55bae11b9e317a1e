"""Which pages are articles. Rules that judge a whole article (a missing date, the reading
grade, no sources at all) leave alone the pages of a site that are no article: project files
(README, CHANGELOG), site pages (about, contact, imprint, privacy), a home page (a home or
list layout, the index file at the top of a content folder), and index pages that mostly
list other pages. Pages with nothing to review (a stub, a placeholder, a fill-in template, a
page of links) and drafts are no article to date either.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from linter.document import Block, Document
from linter.patterns import lazy_regex

NOT_ARTICLES = ["CHANGELOG", "CONTRIBUTING", "CODE_OF_CONDUCT", "LICENSE", "SECURITY",
                "STYLE_GUIDE", "README", "CLAUDE", "AGENTS", "about", "contact", "imprint",
                "privacy", "privacy-policy", "terms", "disclaimer", "resources", "sitemap",
                "accessibility", "cookies", "cookie-policy"]
NOT_ARTICLES_HELP = "file names (without suffix, any case) that are no article"
# Front matter layouts of a site's home, list and taxonomy pages (VitePress, Jekyll, Hugo).
HOME_LAYOUTS = frozenset({"home", "list", "section", "index", "archive", "category", "tag"})
# An index page's own words besides its list of pages: an intro and a note or two.
MAX_INTRO_WORDS = 150
# Fewer words than this in a page named index: a list the generator fills in (Quartz's
# folder pages, Hugo's section lists), or a placeholder for one.
MIN_INDEX_WORDS = 50
FOLDER_PAGES = frozenset({"index", "_index"})
# The folders generators build pages from (Quartz's and Hugo's content/, Astro's src/pages/,
# MkDocs' and Docusaurus' docs/): an index file right in one is the site's home page.
CONTENT_FOLDERS = frozenset({"content", "pages", "docs"})
REMOTE_SCHEMES = ("http:", "https:", "mailto:", "tel:", "#", "//")
# A word: a run of letters; a run of CJK characters, which has no spaces, counts a word
# per two characters (a word's usual length in Chinese). A CJK range in the regex would
# cost 6 ms to compile, a tenth of a small run.
WORD = lazy_regex(r"[^\W\d_]+")
CJK_START = "\u2e80"
# The end of the Latin script's letters (Basic Latin to Latin Extended-B).
LATIN_END = "\u0250"
# A letter of another script: Greek to the scripts of South and South-East Asia, and CJK to
# Hangul and the full-width forms (not the punctuation and symbols between them).
OTHER_SCRIPT = lazy_regex(r"[\u0370-\u1fff\u2e80-\uffef]")
# A callout or quote on a page with no prose of its own this short is a provenance note or
# an "under construction" banner, not content.
MAX_ASIDE_WORDS = 7
# A page of links: each block's own words no more than a label ("Chapter 12:"), at least
# this many links, and as many links as half its words.
MAX_LABEL_WORDS = 3
MIN_HUB_LINKS = 3
# A directory of web links ("Support forum: <a …>Pump users</a>"): each entry a link to
# another page beside a name or a phrase of at most this many words. (A note's list of its
# sub-notes, "High risk → [[CAF]] x 6", is content.)
MAX_ENTRY_WORDS = 12
WEB_LINK_KINDS = frozenset({"inline", "reference", "autolink", "bare", "html"})
# The blanks of a fill-in template (see is_fill_in_template), read in its first characters.
BLANK = lazy_regex(r"\b(?:19|20)\d\d([/.-])00\1(?:00)\b|\b00([/.-])00\2(?:(?:19|20)\d\d|\d\d)\b"
                   r"|\b00\s?(?:y/o|yo\b|y\.o\.|years?\s+old)|`_{2,}`|[:：][ \t]*_{3,}"
                   r"|(?i:\byyyy[/.-]mm[/.-]dd\b|\bdd[/.-]mm[/.-]yyyy\b|\bmm[/.-]dd[/.-]yyyy\b)")
MIN_BLANKS = 2
# What each blank holds, looked for first: most pages have none.
BLANK_MARKERS = ("/00", "-00", ".00", "00/", "00-", "00 y", "00y", "__", "YYYY", "yyyy")
TEMPLATE_SCAN_CHARS = 20_000
# A page's own prose of one word besides its links is a label ("from: [[notes]]", "see"), an
# abbreviation's expansion or a test note's "hello": no statement to date. A page with an
# image keeps it (the figure is content), and so does one with a number ("Posted 8/10/2013",
# a dose) or a sentence's end ("Yes."): a statement, however short.
MAX_STUB_WORDS = 1
# (a number, not a digit inside a name: "DM1" alone, a drug's other name, states nothing)
STATED = lazy_regex(r"(?<![^\W\d_])\d|[.!?](?:\s|$)")
# An abbreviation's page whose prose only spells it out ("AIs": "aromatase inhibitors", "FNA":
# "fine needle aspiration") is a glossary entry: its few words' initials hold the title's letters.
ABBREVIATION = lazy_regex(r"^(?=[a-z]?[A-Z])[A-Za-z]{2,6}$")
MAX_EXPANSION_WORDS = 8
INITIALS = lazy_regex(r"[^\W\d_]+")
# A table's or figure's caption ("**Table 9.2** • Common causes of fever") names content the
# page lacks when it is all the page holds: a caption is counted a label, not prose, unless
# it goes on to explain its figure.
MAX_CAPTION_WORDS = 12
CAPTION = lazy_regex(r"[\W_]*(?:table|figure|fig\.)\s*[A-Z]?\d+(?:[.\-]\d+)*\b", re.IGNORECASE)
# ... and so is a figure's credit line ("*Source: Allergy & Asthma Network.*"), as short.
CREDIT = lazy_regex(r"[\W_]*(?:source|credit|courtesy\s+of|adapted\s+from|reproduced\s+from|image|photo)"
                    r"\s*[:：]", re.IGNORECASE)
# A placeholder where the text will go ("test here", "TBD", "coming soon"): no statement.
PLACEHOLDER = lazy_regex(r"[\W_]*(?:test(?:ing)?(?:\s+here)?|tbd|tbc|todo|to\s+do|wip|placeholder|"
                         r"coming\s+soon|under\s+construction|lorem\s+ipsum\b[^\n]{0,80}|施工中|待補|待补)[\W_]*",
                         re.IGNORECASE)


def is_site_page(doc: Document, not_articles: list[str], listings: bool = True) -> bool:
    """A page that is no article: named as a project file or site page, laid out as a home
    or list page, or (with `listings`) an index of other pages. A rule that looks for claims
    leaves `listings` out: a note whose few claims sit above a long list of its sibling
    notes still makes them."""
    path = PurePath(doc.path)
    # A page bundle's index file is named by its folder ("about/index.md" is the about page);
    # the index file at the top of a generator's content folder is the site's home page.
    folder_page = path.stem.casefold() in FOLDER_PAGES
    if folder_page and path.parent.name.casefold() in CONTENT_FOLDERS:
        return True
    name = (path.parent.name if folder_page else path.stem).casefold()
    if name in {item.casefold() for item in not_articles}:
        return True
    layout = doc.front_matter.get("layout")
    if isinstance(layout, str) and layout.strip().casefold() in HOME_LAYOUTS:
        return True
    return listings and is_listing(doc)


def is_listing(doc: Document) -> bool:
    """An index page, not an article: most of its prose's words are the words of links to
    other pages; or it is mostly a list whose items each open with a link to a page of the
    site, under a short intro; or it is a section page by name (Hugo's `_index.md`) or an
    `index` page with next to no prose of its own. Words are counted only as far as an
    answer needs: most articles have few links."""
    stem = PurePath(doc.path).stem.casefold()
    if stem == "_index":
        return True
    blocks = doc.prose_blocks
    items = [b for b in blocks if b.in_list and b.first_in_item]
    page_items = {id(b) for b in items if _opens_with_page_link(b)}
    if len(page_items) >= 3 and len(page_items) * 3 >= len(items) * 2 and sum(
            len(b.text.split()) for b in blocks if id(b) not in page_items) <= MAX_INTRO_WORDS:
        return True
    linked = sum(len(link.text.split()) for b in blocks for link in b.links)
    enough = max(2 * linked, MIN_INDEX_WORDS if stem == "index" else 0)
    if enough == 0:
        return False
    prose = 0
    for block in blocks:
        prose += len(block.text.split())
        if prose >= enough:
            return False
    return prose > 0 or stem == "index"


def _opens_with_page_link(block: Block) -> bool:
    """A list item such as '[Sleep](sleep/) - what helps': it opens with a link to a page of
    the site (a relative or root-relative URL, not another site, an anchor or a phone)."""
    first = min(block.links, key=lambda link: link.start, default=None)
    return (first is not None and not block.text[: first.start].strip(" *_-•")
            and bool(first.url) and not first.url.casefold().startswith(REMOTE_SCHEMES))


def has_nothing_to_review(doc: Document) -> bool:
    """A page an editor has nothing to review in, by its own words (outside headings, links,
    code, HTML and reference entries): a stub or placeholder with no prose but a short
    callout ("from: [[notes]]", "under construction"), or one word of prose and no image, number or full stop,
    or an abbreviation's page whose few words only spell it out ("AIs": "aromatase inhibitors"),
    a fill-in template (its form in a code block), a table's or figure's caption without it,
    an outline whose few words only repeat its title,
    a page of links whose blocks hold at most a short label beside them, or a directory of web
    links. Worked out once per document for the rules that ask."""
    if doc.shared.nothing_to_review is None:
        doc.shared.nothing_to_review = _has_nothing_to_review(doc)
    return doc.shared.nothing_to_review


def _has_nothing_to_review(doc: Document) -> bool:
    prose = aside = links = 0
    longest = 0
    image = stated = False
    own_prose: list[str] = []
    for block in doc.prose_blocks:
        words = _own_words(block)
        if words <= MAX_CAPTION_WORDS and (CAPTION.match(block.text) or CREDIT.match(block.text)
                                           or PLACEHOLDER.fullmatch(block.text)
                                           or _repeats_its_heading(block)):
            words = 0
        image = image or any(link.kind == "image" for link in block.links)
        if block.in_blockquote:
            aside += words
        else:
            prose += words
            stated = stated or bool(STATED.search(block.text))
            own_prose.append(block.text)
        links += len(block.links)
        longest = max(longest, words)
        if longest > MAX_LABEL_WORDS and (prose or aside > MAX_ASIDE_WORDS) \
                and (prose > MAX_EXPANSION_WORDS or aside > MAX_ASIDE_WORDS or stated or image):
            # a sentence of its own (most articles answer at their first block), unless it is
            # one entry of a directory of links
            return is_link_directory(doc)
    if aside <= MAX_ASIDE_WORDS and (prose == 0 or (prose <= MAX_STUB_WORDS and not (image or stated))):
        return True
    own = " ".join(own_prose)
    if aside <= MAX_ASIDE_WORDS and prose <= MAX_EXPANSION_WORDS and not (image or stated) \
            and (_spells_out_its_title(doc, own) or _repeats_its_title(doc, own)):
        return True
    if links >= MIN_HUB_LINKS and longest <= MAX_LABEL_WORDS and 2 * links >= prose + aside:
        return True
    return is_link_directory(doc)


def _repeats_its_heading(block: Block) -> bool:
    """The block's words only repeat its section's title: a label under its heading ("Use in
    kidney disease" under "## Use in Kidney Disease"), no statement."""
    return block.section is not None and not block.links and _only_words_of(block.text, block.section.title)


def is_link_directory(doc: Document) -> bool:
    """A directory of web links: most of its blocks (two in three) and most of its words are
    entries of a name and a link ("Support forum: <a …>…</a>", "[NICE guideline](…) – diabetes
    in adults") with no number or sentence of their own ("Trastuzumab halves recurrence [1]."
    is a claim); the rest no more than an index page's intro (a short article above a list
    of further reading keeps its own words)."""
    if sum(link.kind in WEB_LINK_KINDS for link in doc.links) < MIN_HUB_LINKS:
        return False  # most articles, told without reading their blocks
    entries = others = entry_words = other_words = 0
    for block in doc.prose_blocks:
        words = _own_words(block)
        if words <= MAX_ENTRY_WORDS and any(link.kind in WEB_LINK_KINDS for link in block.links) \
                and not STATED.search(outside_links(block)):
            entries += 1
            entry_words += count_words(block.text)
        elif words:
            others += 1
            other_words += words
            if other_words > MAX_INTRO_WORDS:
                return False
    return entries >= MIN_HUB_LINKS and entries >= 2 * others and entry_words >= other_words


def _repeats_its_title(doc: Document, prose: str) -> bool:
    """The prose only repeats words of the title: an outline not yet written ("Cancer
    survivorship" and "Fertility preservation" under "Cancer survivorship and fertility
    preservation")."""
    return _only_words_of(prose, doc.title)


def _only_words_of(text: str, title: str) -> bool:
    """Whether the text has words and each is a word of the title (case ignored)."""
    words = {word.casefold() for word in INITIALS.findall(text)}
    return bool(words) and words <= {word.casefold() for word in INITIALS.findall(title)}


def _spells_out_its_title(doc: Document, prose: str) -> bool:
    """The title is an abbreviation ("AIs", "pCR", "IMHO") and the prose's initials hold its
    letters in order, starting with the first ("in my humble/honest opinion")."""
    title = doc.title
    if not ABBREVIATION.match(title):
        return False
    letters = title[:-1] if title.endswith("s") and title[:-1].isupper() else title
    initials = [word[0].casefold() for word in INITIALS.findall(prose)]
    # An expansion is about as long as its abbreviation ("no evidence of active disease" for
    # NEAD); more words make a statement ("fine needle aspiration finds most cancers").
    if not initials or initials[0] != letters[0].casefold() or len(initials) > len(letters) + 2:
        return False
    remaining = iter(initials)
    return all(letter.casefold() in remaining for letter in letters)


def is_fill_in_template(doc: Document) -> bool:
    """A charting snippet or form to copy and fill in, by its blanks: dates of zeros
    ("2017/00/00:"), an age of zeros ("00 y/o"), blanks in code ("cT`___`N`___`") or after a
    label ("Name: ____"), a date format ("YYYY-MM-DD"). Its figures are counselling text and
    its date the snippet's, not an article's; it holds at least MIN_BLANKS of them. Worked out
    once per document for the rules that ask."""
    if doc.shared.fill_in_template is None:
        doc.shared.fill_in_template = _is_fill_in_template(doc.source[:TEMPLATE_SCAN_CHARS])
    return doc.shared.fill_in_template


def _is_fill_in_template(source: str) -> bool:
    if not any(marker in source for marker in BLANK_MARKERS):
        return False  # (most pages, told without a search)
    blanks = BLANK.finditer(source)
    return all(next(blanks, None) is not None for _ in range(MIN_BLANKS))


def is_draft(doc: Document) -> bool:
    """A page its site does not publish: `draft: true` (Hugo, Astro, Eleventy) or
    `published: false` (Jekyll)."""
    return doc.front_matter.get("draft") is True or doc.front_matter.get("published") is False


def _own_words(block: Block) -> int:
    """The block's words outside its links' texts."""
    return count_words(outside_links(block))


def outside_links(block: Block) -> str:
    """The block's text with its links' texts taken out."""
    pieces, start = [], 0
    for link in sorted(block.links, key=lambda link: link.start):
        pieces.append(block.text[start:link.start])
        start = max(start, link.end)
    return " ".join([*pieces, block.text[start:]])


def mostly_in_latin_script(doc: Document) -> bool:
    """Whether most of the words of the page's own prose (no headings, no links' texts) are in
    Latin script, which English vocabularies can judge; a note in Chinese with a few English
    terms is not."""
    return page_script(doc) == "latin"


def page_script(doc: Document) -> str:
    """The script most words of the page's own prose are in: "latin", "cjk" (the scripts of
    Chinese, Japanese and Korean) or "other" (Greek, Cyrillic, Arabic, Thai ...)."""
    if OTHER_SCRIPT.search(doc.source) is None:
        return "latin"  # (one search: most pages hold no letter of another script)
    latin = cjk = other = 0
    for block in doc.prose_blocks:
        for run in WORD.findall(outside_links(block)):
            if run[0] < LATIN_END:
                latin += 1
            elif run[0] >= CJK_START:
                cjk += _run_words(run)
            else:
                other += 1
    if latin >= cjk + other:
        return "latin"
    return "cjk" if cjk >= other else "other"


def count_words(text: str) -> int:
    """The text's words, a run of CJK characters counting one per two characters."""
    runs = WORD.findall(text)
    if text.isascii():
        return len(runs)
    return sum(_run_words(run) for run in runs)


def _run_words(run: str) -> int:
    """How many words a run of letters counts: one, or one per two CJK characters."""
    return (len(run) + 1) // 2 if run[0] >= CJK_START else 1
