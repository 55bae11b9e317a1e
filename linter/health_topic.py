"""Whether a page is about health at all, by the share of health words in its prose.

A linter for health articles judges a page with no medical content (the Highway Code, a
software post in a clinician's vault) by rules it was never meant to meet: its figures are no
medical claims, its reading grade and its date no reader's health concern. A rule with a
`health_words_file` reports such a page at info, not at warning. The vocabulary is data an
editor can extend (rules/data/health-words.yml): word beginnings ("cardi"), whole words ("iv")
and endings ("-mab", "-itis"), with how many words of prose a page needs to be judged
(`min_words`; a shorter page is read as a health page), the share below which it is no
health page (`min_share`) and whether the labels of links count (`link_labels`). A second
vocabulary, of clinical care (rules/data/clinical-words.yml), tells a professional's note on
basic science (biochemistry, histology) from a clinical one, for the rules that set
`clinical_words_file`. A third, of what reviews change (rules/data/review-words.yml:
treatments, doses, figures, advice), tells DATE001 a stale definition from a stale regimen. Measured
once per document and vocabulary, when a rule first has a warning to give, over the words of its
prose blocks (no code, no front matter; headings too when asked). A page mostly in a script
written without spaces (a note in Chinese) is measured by the vocabulary's terms in that script,
when it has some.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from linter.errors import ConfigError
from linter.findings import Finding, Severity
from linter.options import OptionSpec
from linter.page_kind import count_words, is_fill_in_template, outside_links, page_script
from linter.patterns import lazy_regex

if TYPE_CHECKING:
    from linter.document import Document
    from linter.rules import Rule

# The front matter key naming a page's audience, as the reading rules read it.
AUDIENCE_KEY = "audience"
# A word of Latin script, also inside a run of another script ("肝臟bilirubin").
WORD = lazy_regex(r"[A-Za-z][A-Za-z'’-]+")
HEALTH_OPTIONS = {
    "health_words_file": OptionSpec("file", "", "a health vocabulary (rules/data/health-words.yml): "
                                    "a page whose prose has too few of its words is reported at info"),
    "clinical_words_file": OptionSpec("file", "", "a clinical vocabulary (rules/data/clinical-words.yml): "
                                      "a note for `clinical_audiences` whose prose has too few of its "
                                      "words (a basic-science note) is reported at info"),
    "clinical_audiences": OptionSpec("list[str]", ["professional", "clinician", "hcp"],
                                     "audiences (front matter `audience:` or the configuration's "
                                     "`audiences:`) whose notes the clinical vocabulary judges"),
}


@dataclass(frozen=True)
class Vocabulary:
    stems: tuple[str, ...]
    words: frozenset[str]
    endings: tuple[str, ...]
    min_words: int
    min_share: float
    # Terms of scripts written without spaces ("癌", "患者"), found inside runs of letters, for a
    # page mostly in such a script.
    other_script_terms: tuple[str, ...] = ()
    # Whether the words of links' labels count: "[[Treatment for JAK2 + PV]]" names another page.
    link_labels: bool = True

    def counts(self, word: str) -> bool:
        word = word.casefold()
        return word in self.words or word.startswith(self.stems) or word.endswith(self.endings) \
            or (word.endswith("s") and word[:-1].endswith(self.endings))


def health_scoped(doc: Document, rule: Rule, findings: Iterator[Finding]) -> Iterator[Finding]:
    """The rule's findings, its warnings made info when the page is no health page, is a
    professional's note on basic science, or is a fill-in template (linter.page_kind)."""
    for finding in findings:
        if finding.severity == Severity.WARNING \
                and (is_fill_in_template(doc) or not _concerns_care(doc, rule.options)):
            finding = finding._replace(severity=Severity.INFO)
        yield finding


def _concerns_care(doc: Document, options: Mapping[str, Any]) -> bool:
    """Whether the page is about health and, for a professional's note, about caring for people.
    A student's note on the urea cycle is about health, but its textbook science needs neither
    a source for each statement nor a review date; a patient page on diet is judged as health."""
    health = options.get("health_words_file", "")
    if health and not about_health(doc, health):
        return False
    clinical = options.get("clinical_words_file", "")
    if not clinical:
        return True
    audience = doc.audience(AUDIENCE_KEY)
    audiences = {str(name).lower() for name in options.get("clinical_audiences", ())}
    return audience not in audiences or about_health(doc, clinical)


def about_health(doc: Document, name: str, headings: bool = False) -> bool:
    """Whether the page's prose (with its headings, if asked: "## Dosing" says what follows)
    has its share of the vocabulary's words."""
    key = (name, headings)
    known = doc.shared.about_health.get(key)
    if known is None:
        blocks = [b for b in doc.blocks if not b.is_reference] if headings else doc.prose_blocks
        vocabulary = load_vocabulary(name)
        texts = [b.text if vocabulary.link_labels or not b.links else outside_links(b) for b in blocks]
        script = page_script(doc)
        if script == "other":
            known = True  # (a script no vocabulary here reads: it cannot be told, and is assumed to)
        elif vocabulary.other_script_terms and script == "cjk":
            known = _measure_other_script(texts, vocabulary)
        else:
            known = _measure(texts, vocabulary)
        doc.shared.about_health[key] = known
    return known


def _measure(texts: list[str], vocabulary: Vocabulary) -> bool:
    # Measured for most documents, so kept cheap. A health page has its share of the words
    # between spaces (more than its words of Latin script, numbers among them) long before its
    # end, where counting stops; only a page that has not is measured word by word. Words of
    # Latin script only: a note in Chinese with English terms is judged by its English words.
    enough = vocabulary.min_share * sum(text.count(" ") + 1 for text in texts)
    health = 0
    for text in texts:
        for word in WORD.findall(text):
            if vocabulary.counts(word):
                health += 1
                if health >= enough:
                    return True
    words = sum(len(WORD.findall(text)) for text in texts)
    return words < vocabulary.min_words or health >= vocabulary.min_share * words


def _measure_other_script(texts: list[str], vocabulary: Vocabulary) -> bool:
    """A page mostly in another script (a note in Chinese: a software tutorial, or a note on
    breast cancer screening) by its terms in that script and the vocabulary's words in Latin
    script among them ("Treatment of SLE" over a list of drugs in Chinese), counted against its
    words (one per two CJK characters)."""
    words = sum(count_words(text) for text in texts)
    if words < vocabulary.min_words:
        return True
    terms = sum(text.count(term) for text in texts for term in vocabulary.other_script_terms)
    terms += sum(1 for text in texts for word in WORD.findall(text) if vocabulary.counts(word))
    return terms >= vocabulary.min_share * words


@lru_cache(maxsize=8)
def load_vocabulary(name: str) -> Vocabulary:
    from linter.therapies import load_data

    data = load_data(name, "health words")
    if not isinstance(data, dict):
        raise ConfigError(f"{name}: a health words file is a mapping of stems, words and endings")
    return Vocabulary(stems=tuple(_words(data, "stems", name)), words=frozenset(_words(data, "words", name)),
                      endings=tuple(_words(data, "endings", name)),
                      min_words=_number(data, "min_words", 100, name),
                      min_share=_number(data, "min_share", 0.01, name),
                      other_script_terms=tuple(_words(data, "other_script_terms", name)),
                      link_labels=_flag(data, "link_labels", name))


def _flag(data: dict[str, Any], key: str, name: str) -> bool:
    value = data.get(key, True)
    if not isinstance(value, bool):
        raise ConfigError(f"{name}: `{key}` must be true or false")
    return value


def _words(data: dict[str, Any], key: str, name: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(word, str) and word.strip() for word in value):
        raise ConfigError(f"{name}: `{key}` must be a list of words")
    return [word.strip().casefold() for word in value]


def _number(data: dict[str, Any], key: str, default: float, name: str) -> Any:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigError(f"{name}: `{key}` must be a number of at least 0")
    return value
