"""The engine: path -> Document -> rules -> a FileResult, one file at a time.

Everything per file is independent, so files can be linted in any process in any order. Kinds
with a whole-run phase (remote links) only collect their work here; `finished` runs those
phases once for all files and then applies each file's filter.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter import config as config_module
from linter.config import ArticleOverrides, Config
from linter.context import RunContext
from linter.document import Document, Problem, parse
from linter.errors import ConfigError
from linter.findings import Finding, cut_off, finding_at, in_order
from linter.generators import generator_content
from linter.ignore import IgnoreFiles
from linter.kinds import has_phase, kind_module
from linter.patterns import PatternTimeout
from linter.positions import Span
from linter.results import FileFilter, FileResult
from linter.rules import Rule, identity_error
from linter.suppress import Suppressions, collect
from linter.tree import SKIPPED_DIRECTORIES, LintedTree, confined, names_folder
from linter.untrusted import NotRegularFile, quote, read_regular, shorten

if TYPE_CHECKING:
    from linter.article_facts import ArticleFacts
    from linter.result_cache import ResultCache

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
BINARY_SNIFF_BYTES = 8192
STRAY_NULS = 4  # more NUL bytes than this in the first BINARY_SNIFF_BYTES: not text
# Options named `*_file` name a data file (a fact pack, a therapies table), read at run time.
DATA_FILE_SUFFIX = "_file"


class Linter:
    """Lints one file at a time with a fixed configuration and rule selection."""

    def __init__(self, config: Config, rules: dict[str, Rule], selected: Iterable[str],
                 context: RunContext, result_cache: Path | None = None,
                 extensions: Iterable[str] = (), respect_ignore_files: bool = True,
                 collect_facts: bool = False, paths: Iterable[str] = ()) -> None:
        self.config = config
        self.collect_facts = collect_facts
        self.suffixes = MARKDOWN_SUFFIXES + tuple(
            "." + suffix.lower().lstrip(".") for suffix in (*config.extensions, *extensions))
        self.respect_ignore_files = respect_ignore_files
        # Where a symlink or a local link may lead: the project root and the run's paths.
        self.tree = LintedTree.of(paths, str(config.root), self.suffixes)
        self.all_rules = rules
        self.context = replace(context, tree=self.tree)
        self.selected = [self._configured(rules[code]) for code in sorted(selected)]
        self._per_file_specs = _per_file_specs(config)
        self._audience_specs = [(_pathspec([glob]), audience) for glob, audience in config.audiences.items()]
        self._exclude = _pathspec(config.exclude)
        self._root = config.root.resolve()
        # The content folders of the site each folder lies in (None: no site, or all of it).
        self._site_content: dict[str, tuple[str, ...] | None] = {}
        self._configured_content = _configured_content(config)
        self._selected_codes = {rule.code for rule in self.selected}
        self.result_cache: ResultCache | None = None
        if result_cache is not None:
            from linter.result_cache import ResultCache

            self.result_cache = ResultCache(result_cache, self._settings_fingerprint())

    def _settings_fingerprint(self) -> str:
        """Everything besides the file's own bytes that decides its findings."""
        import json  # only for --result-cache

        from linter import __version__
        from linter.therapies import data_digest

        return json.dumps({
            "version": __version__, "today": self.context.today.isoformat(),
            # A rule's whole definition (a pack may change its kind or name), and every known
            # code: directives naming a code no rule has are findings (FILE006).
            "rules": [[r.code, r.name, r.kind, str(r.severity), r.message, r.options, r.pack]
                      for r in self.selected],
            "known": sorted(self.all_rules),
            "severity": {code: str(level) for code, level in self.config.severity.items()},
            "per_file_ignores": self.config.per_file_ignores, "audiences": self.config.audiences,
            "root": str(self.config.root),
            "max_file_size": self.config.max_file_size, "date_keys": self.context.date_keys,
            "reference_headings": self.config.reference_headings,
            "prose_fields": self.config.prose_fields,
            "site": self.context.site, "config_root": self.context.root,
            "not_sources": self.context.not_sources,
            # Folders outside the project root that links may lead to (LINK005).
            "tree": self.tree.beyond(str(self.config.root)),
            # Data files named by options (`facts_file: facts.yml`) are read at run time: the
            # cache must follow their content, not only their names.
            "data_files": {value: data_digest(value) for rule in self.selected
                           for option, value in rule.options.items()
                           if option.endswith(DATA_FILE_SUFFIX) and isinstance(value, str) and value},
        }, sort_keys=True, default=str)

    @property
    def phase_kinds(self) -> set[str]:
        """The selected kinds with a whole-run phase."""
        return {rule.kind for rule in self.selected if has_phase(rule.kind)}

    def _configured(self, rule: Rule) -> Rule:
        options = self.config.rules.get(rule.code)
        where = str(self.config.source or "configuration") + ": rules"
        return rule.configured(self._data_files(rule, options, where), where) if options else rule

    def _data_files(self, rule: Rule, options: dict[str, Any], where: str) -> dict[str, Any]:
        """File options as resolved paths confined to the configuration's folder; a name with
        no folder that is no file there stays the name of a built-in data file."""
        from linter.therapies import load_data

        specs = kind_module(rule.kind).OPTIONS
        resolved = dict(options)
        for name, value in options.items():
            spec = specs.get(name)
            if spec is None or spec.type != "file" or not isinstance(value, str) or not value:
                continue
            if "/" in value or os.sep in value or os.path.lexists(self.config.root / value):
                resolved[name] = confined(self.config.root, value, f"{where}: {rule.code}: {quote(name)}")
                load_data(resolved[name], name.removesuffix("_file"))  # read now: a bad file is exit 2
        return resolved

    # -- selecting files -----------------------------------------------------------------

    def excluded(self, path: Path) -> bool:
        if self.outside_content(str(path)):
            return True
        if self._exclude is None:
            return False
        try:
            relative = Path(os.path.realpath(path)).relative_to(self._root)
        except ValueError:
            relative = path
        return self._exclude.match_file(relative.as_posix())

    def walk(self, paths: Iterable[str]) -> Iterator[str]:
        """Markdown files under the given paths, sorted, excludes applied, links not followed."""
        for raw in paths:
            path = Path(raw)
            if names_folder(raw, self.suffixes):
                yield from self._walk_directory(path)
            elif not self.excluded(path):
                yield raw

    def outside_content(self, path: str) -> bool:
        """Whether a file lies in a site but outside the folders the site publishes (the
        generator's own docs, the repository's README, templates): those are not articles."""
        real = os.path.realpath(path)
        folders = self._content_of(os.path.dirname(real))
        return folders is not None and not any(_in_folder(real, folder) for folder in folders)

    def _content_of(self, folder: str, names: Iterable[str] | None = None) -> tuple[str, ...] | None:
        """The content folders of the site a resolved folder lies in: the `site:` section's,
        else those of the generator whose configuration file is in it or the nearest folder
        above it in the linted tree; None when it is in no site. `names`: its listing."""
        if folder in self._site_content:
            return self._site_content[folder]
        if self.config.site is not None and self.config.site.content_named \
                and _in_folder(folder, str(self._root)):
            found: tuple[str, ...] | None = self._configured_content
        else:
            found = generator_content(folder, names)
            parent = os.path.dirname(folder)
            if found is None and parent != folder and self.tree.within(parent):
                found = self._content_of(parent)
        self._site_content[folder] = found
        return found

    def _walk_directory(self, root: Path) -> Iterator[str]:
        # Plain strings, not Path objects: CPython 3.11's pathlib interns every part it sees,
        # so an archive's file names would stay in memory for the rest of the run.
        found: list[str] = []
        ignore_files = IgnoreFiles(str(root)) if self.respect_ignore_files else None
        # A folder that cannot be listed is yielded itself: lint_path reports it (FILE001).
        unlistable = found.append
        for folder, directories, files in os.walk(root, onerror=lambda error: unlistable(error.filename)):
            # A symlink named like an article but leading to a folder is not walked into:
            # it is a file candidate, which lint_path refuses with a finding.
            files += [d for d in directories if d.lower().endswith(self.suffixes)
                      and os.path.islink(os.path.join(folder, d))]
            real = os.path.realpath(folder)
            content = self._content_of(real, files)
            directories[:] = sorted(
                d for d in directories
                if d not in SKIPPED_DIRECTORIES and not d.startswith(".")
                and (content is None or _leads_to_content(os.path.join(real, d), content))
                and not (self._exclude and self.excluded(Path(folder, d)))
                and not (ignore_files and ignore_files.ignored(os.path.join(folder, d), True))
            )
            for name in files:
                if name.lower().endswith(self.suffixes) and (
                        content is None or any(_in_folder(real, folder) for folder in content)):
                    candidate = os.path.join(folder, name)
                    if not (self._exclude and self.excluded(Path(candidate))) \
                            and not (ignore_files and ignore_files.ignored(candidate, False)):
                        found.append(candidate)
        yield from sorted(found)

    # -- linting -------------------------------------------------------------------------

    def lint_path(self, path: str) -> FileResult:
        refusal = self.tree.refusal(path)
        if refusal is not None:
            return self._file_only(path, Problem("FILE001", f"not linted: {refusal}"))
        try:
            size = os.path.getsize(path)
            if size > self.config.max_file_size:
                return self._too_large(path, size)
            data = read_regular(path, self.config.max_file_size)
        except NotRegularFile as error:
            return self._file_only(path, Problem("FILE001", f"not linted: {error}"))
        except OSError as error:
            reason = error.strerror or str(error)
            if os.path.isdir(path) and not os.path.islink(path):
                return self._file_only(path, Problem(
                    "FILE001", f"cannot read folder: {reason}; the files in it were not linted"))
            return self._file_only(path, Problem("FILE001", f"cannot read file: {reason}"))
        return self.lint_read(path, data)

    def lint_read(self, path: str, data: bytes) -> FileResult:
        """Bytes read with at most one byte past max-file-size (from a file that grew while it
        was read, or from stdin)."""
        if len(data) > self.config.max_file_size:
            return self._too_large(path, None)
        return self.lint_bytes(path, data)

    def _too_large(self, path: str, size: int | None) -> FileResult:
        known = f"{size:,} bytes, " if size is not None else ""
        return self._file_only(path, Problem(
            "FILE003", f"file is {known}over the limit of {self.config.max_file_size:,} "
            "(max-file-size); not linted"))

    def lint_bytes(self, path: str, data: bytes) -> FileResult:
        cache, key = self.result_cache, ""
        if cache is not None:

            key = cache.key(path, data)
            cached = cache.get(key, path, self.all_rules)
            if cached is not None:
                return cached
        if (encoding := wide_encoding(data)) is not None:
            return self._file_only(path, Problem(
                "FILE004", f"not linted: the file is {encoding}, not UTF-8; save it as UTF-8"))
        if looks_binary(data[:BINARY_SNIFF_BYTES]):
            return self._file_only(path, Problem("FILE005", "binary file, not linted"))
        text, problem = decode(data)
        result = self.lint_text(path, text)
        if problem is not None:
            result.findings = in_order(result.findings + self._problem_findings(path, [problem]))
        if cache is not None and not result.errors:
            cache.put(key, result)
        return result

    def lint_text(self, path: str, text: str) -> FileResult:
        result = FileResult(path)
        try:
            doc = parse(path, text, self.config.reference_headings, self.config.prose_fields)
            doc.configured_audience = self._audience_of(path)
            overrides = self._overrides(doc)
            result.filter = self._filter(path, overrides, collect(doc, self._known_selector))
            rules = self._rules_for(doc, overrides, result.filter.ignore)
            findings = self._problem_findings(path, doc.problems)
            for rule in rules:
                if has_phase(rule.kind):
                    result.phase_rules.append(rule)
                else:
                    findings.extend(self._run_rule(rule, doc, result))
            for kind in sorted({rule.kind for rule in result.phase_rules}):
                result.pending_links.extend(kind_module(kind).collect(doc))
            result.local_links = [link.url for link in doc.links
                                  if link.url and ":" not in link.url.split("/", 1)[0]]
            if self.context.site is None and "LINK005" in self._selected_codes:
                result.unchecked_site_links = sum(
                    1 for url in result.local_links if url.startswith("/") and not url.startswith("//"))
            findings.extend(self._unknown_code_findings(path, result.filter.suppressions))
            result.findings = in_order(findings)
            if self.collect_facts:
                result.facts = self._facts(doc, rules, result)
        except Exception as error:  # a bug in the parser must not stop the other files
            result.findings = self._internal_error(result, "reading the file", error)
        return result

    def _run_rule(self, rule: Rule, doc: Document, result: FileResult) -> list[Finding]:
        """One rule's findings; a crash is a FILE007 finding for this file, and the run goes on
        (and exits 2, through result.errors)."""
        found: list[Finding] = []
        try:
            found.extend(kind_module(rule.kind).check(doc, rule, self.context))
            return found
        except PatternTimeout as cut:  # a repository's pattern backtracks: the rule stops here
            return [*found, cut_off(rule, doc.path, cut)]
        except Exception as error:
            return self._internal_error(result, f"{rule.code} ({rule.name})", error)

    def _facts(self, doc: Document, rules: list[Rule], result: FileResult) -> ArticleFacts | None:
        """The article's title, dates and sources for an audit; a crash costs only those."""
        from linter.article_facts import article_facts

        try:
            return article_facts(doc, rules, self.context)
        except Exception as error:
            result.findings = in_order(result.findings + self._internal_error(
                result, "reading the title and dates", error))
            return None

    def _internal_error(self, result: FileResult, where: str, error: Exception) -> list[Finding]:
        detail = f"{type(error).__name__}: {shorten(str(error), 200)}"
        result.errors.append(f"{result.path}: internal error in {where}: {detail}")
        problem = Problem("FILE007", f"internal error in {where}: {detail}")
        return self._problem_findings(result.path, [problem])

    def _overrides(self, doc: Document) -> ArticleOverrides:
        try:
            overrides = config_module.article_overrides(doc.front_matter)
            self._check_codes(overrides)
            return overrides
        except ConfigError as error:
            line = doc.front_matter_lines[0] or 1
            doc.problems.append(Problem("FILE002", str(error), line))
            return ArticleOverrides()

    def _check_codes(self, overrides: ArticleOverrides) -> None:
        """A typo (CIT01, CITOO1) is refused as the configuration file refuses it, rather than
        silently ignoring nothing; option values that are patterns or paths are refused too:
        an article may tune a rule, never give medlint a regex to run or a file to read."""
        where = "front matter key 'medlint'"
        for key, codes in (("ignore", overrides.ignore), ("severity", overrides.severity),
                           ("rules", overrides.rules)):
            for code in codes:
                if not self._known_selector(code):
                    raise ConfigError(f"{where}: '{key}': no rule {quote(code)}")
        for code, options in overrides.rules.items():
            rule = self.all_rules.get(code)
            specs = kind_module(rule.kind).OPTIONS if rule else {}
            for name in options:
                spec = specs.get(name)
                if rule is not None and spec is not None and spec.identity:
                    raise identity_error(rule, name, f"{where}: rules")
                if spec is not None and not spec.article_settable:
                    raise ConfigError(f"{where}: rules: {code}: option {quote(name)} can be set only in "
                                      "the configuration (front matter sets numbers, true/false and "
                                      "named choices)")

    def _rules_for(self, doc: Document, overrides: ArticleOverrides,
                   ignored: tuple[str, ...]) -> list[Rule]:
        rules = []
        for rule in self.selected:
            if config_module.matches(rule.code, ignored):
                continue
            options = overrides.rules.get(rule.code)
            if options:
                try:
                    rule = rule.configured(options, "front matter key 'medlint'")
                except ConfigError as error:
                    doc.problems.append(Problem("FILE002", str(error), doc.front_matter_lines[0] or 1))
            rules.append(rule)
        return rules

    def _per_file_ignores(self, path: str) -> list[str]:
        if not self._per_file_specs:
            return []
        codes: list[str] = []
        relative = self._relative(path)
        for spec, selectors in self._per_file_specs:
            if spec.match_file(relative):
                codes.extend(selectors)
        return codes

    def _audience_of(self, path: str) -> str | None:
        """The configured audience of the file's path (`audiences:`), the first glob matching."""
        if not self._audience_specs:
            return None
        relative = self._relative(path)
        return next((audience for spec, audience in self._audience_specs if spec.match_file(relative)), None)

    def _relative(self, path: str) -> str:
        try:
            return Path(os.path.realpath(path)).relative_to(self._root).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def _filter(self, path: str, overrides: ArticleOverrides,
                suppressions: Suppressions | None = None) -> FileFilter:
        """What decides, after the rules, which findings of this file are reported. The same
        ignores also keep ignored rules from running at all."""
        return FileFilter(
            ignore=(*overrides.ignore, *self._per_file_ignores(path)),
            severity={**self.config.severity, **overrides.severity},
            suppressions=suppressions or Suppressions(),
        )

    def _known_selector(self, selector: str) -> bool:
        return any(code.startswith(selector) for code in self.all_rules)

    def _unknown_code_findings(self, path: str, suppressions: Suppressions) -> list[Finding]:
        rule = self.all_rules.get("FILE006")
        if rule is None or not self._is_selected("FILE006"):
            return []
        return [
            finding_at(rule, path, Span(u.line, u.column, u.line, u.column + 4),
                       rule.format(code=u.code), context=u.code)
            for u in suppressions.unknown
        ]

    def _is_selected(self, code: str) -> bool:
        return code in self._selected_codes

    def _problem_findings(self, path: str, problems: Iterable[Problem]) -> list[Finding]:
        findings = []
        for problem in problems:
            rule = self.all_rules.get(problem.code)
            if rule is None or not self._is_selected(problem.code):
                continue
            span = Span(problem.line, problem.column, problem.line, problem.column)
            findings.append(finding_at(rule, path, span, problem.message, context=problem.message))
        return findings

    def _file_only(self, path: str, problem: Problem) -> FileResult:
        return FileResult(path, self._problem_findings(path, [problem]),
                          self._filter(path, ArticleOverrides()))


def looks_binary(sample: bytes) -> bool:
    """Whether the file's first bytes are no text: NUL bytes, more than a few or beside what is
    not UTF-8. A note with a stray NUL or two (a copy-paste accident) is text."""
    nuls = sample.count(0)
    if not nuls:
        return False
    if nuls > STRAY_NULS:
        return True
    # (not final: the sample may end inside a character)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    try:
        decoder.decode(sample.replace(b"\x00", b""), final=False)
    except UnicodeDecodeError:
        return True
    return False


def decode(data: bytes) -> tuple[str, Problem | None]:
    """UTF-8 (a BOM is dropped); what is not UTF-8 is replaced and reported once, and so is a
    stray NUL byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        message = (f"not valid UTF-8 (byte 0x{data[error.start]:02x} at line {line}); "
                   "undecodable bytes were replaced and the rest was linted")
        return data.decode("utf-8-sig", errors="replace"), Problem("FILE004", message, line, column)
    if "\x00" not in text:
        return text, None
    head = text[: text.index("\x00")]
    line, column = head.count("\n") + 1, len(head) - head.rfind("\n")
    message = f"a NUL byte at line {line}, no text: it was replaced and the rest was linted"
    return text.replace("\x00", "\ufffd"), Problem("FILE004", message, line, column)


BYTE_ORDER_MARKS = ((b"\xff\xfe\x00\x00", "UTF-32-LE"), (b"\x00\x00\xfe\xff", "UTF-32-BE"),
                    (b"\xff\xfe", "UTF-16-LE"), (b"\xfe\xff", "UTF-16-BE"))
# Control characters that text holds; any other decoded from a guess means it was no text.
TEXT_CONTROLS = frozenset("\t\n\r\f")


def wide_encoding(data: bytes) -> str | None:
    """'UTF-16 (little-endian, with a byte-order mark)' and the like when the bytes are text
    in UTF-16 or UTF-32, else None. Without a mark, the bytes must have a wide encoding's
    shape (UTF-32: the top byte of every unit NUL; UTF-16: NUL bytes only on one side of the
    units, in at least a quarter of them, as Markdown's ASCII puts them) and decode to text
    with no NUL and no control characters."""
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _encoding_name(codec, "with")
    sample = data[:BINARY_SNIFF_BYTES]
    if b"\x00" not in sample:
        return None
    for codec in ("UTF-32-LE", "UTF-32-BE", "UTF-16-LE", "UTF-16-BE"):
        if _shaped_like(sample, codec):
            width = 4 if codec.startswith("UTF-32") else 2
            try:
                text = sample[: len(sample) - len(sample) % width].decode(codec)
            except UnicodeDecodeError:
                continue
            if not any(ord(c) < 32 and c not in TEXT_CONTROLS for c in text):
                return _encoding_name(codec, "without")
    return None


def _shaped_like(sample: bytes, codec: str) -> bool:
    little = codec.endswith("LE")
    if codec.startswith("UTF-32"):
        top = sample[3::4] if little else sample[0::4]
        return len(top) > 0 and top.count(0) == len(top)
    high, low = (sample[1::2], sample[0::2]) if little else (sample[0::2], sample[1::2])
    return b"\x00" not in low and high.count(0) * 4 >= len(high) > 0


def _encoding_name(codec: str, mark: str) -> str:
    name, endian = codec.rsplit("-", 1)
    order = "little-endian" if endian == "LE" else "big-endian"
    return f"{name} ({order}, {mark} a byte-order mark)"


def _pathspec(globs: list[str]) -> Any:
    if not globs:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(globs)


def _per_file_specs(config: Config) -> list[tuple[Any, list[str]]]:
    return [(_pathspec([glob]), codes) for glob, codes in config.per_file_ignores.items()]


def finished(results: Iterable[FileResult], context: RunContext, phase_kinds: Iterable[str],
             quiet: bool = False) -> Iterator[FileResult]:
    """The results as reported: every whole-run phase of the selected kinds, then, once, each
    file's filter (suppressions, ignores, severities)."""
    for kind in sorted(phase_kinds):
        results = kind_module(kind).report(results, context, quiet)
    for result in results:
        yield result.filtered()


def _configured_content(config: Config) -> tuple[str, ...] | None:
    """The content folders the `site:` section names; None without them, or when the
    configuration's whole folder is content (no file of it is outside)."""
    if config.site is None or not config.site.content_named:
        return None
    root = os.path.realpath(config.root)
    folders = tuple(os.path.realpath(folder) for folder in config.site.content)
    return None if root in folders else folders


def _in_folder(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _leads_to_content(folder: str, content: tuple[str, ...]) -> bool:
    """Whether the walk must enter a folder: it is in a content folder or holds one."""
    return any(_in_folder(folder, top) or _in_folder(top, folder) for top in content)
