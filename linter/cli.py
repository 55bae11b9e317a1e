"""The command line: `medlint check`, `medlint audit`, `medlint rules`, `medlint explain CODE`.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 medlint could not do
its job (usage, configuration, an internal error).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from linter import __version__
from linter import config as config_module
from linter.context import RunContext
from linter.errors import ConfigError, MedlintError, UsageError
from linter.escaping import one_line
from linter.findings import Severity
from linter.formatters import CHOICES
from linter.untrusted import shorten

if TYPE_CHECKING:
    from linter.engine import Linter
    from linter.fixes import Fixed
    from linter.nearest import Linters
    from linter.results import FileResult
    from linter.rules import Rule
    from linter.runner import Source

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM, as shells report them
PROGRESS_MIN_FILES = 50


class MedlintGroup(click.Group):
    """Turns medlint's own errors into one clear line and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        previous = _raise_on_sigterm()
        try:
            return super().invoke(ctx)
        except Terminated:
            click.echo("medlint: terminated", err=True)
            ctx.exit(EXIT_TERMINATED)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except MedlintError as error:
            _fail(ctx, f"medlint: error: {error}")
        except KeyboardInterrupt:
            click.echo("medlint: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            _silence_broken_pipe()
            ctx.exit(EXIT_FINDINGS)
        except OSError as error:  # a full disk, an output that went away
            where = f"{error.filename}: " if error.filename else ""
            _fail(ctx, f"medlint: error: {where}{error.strerror or error}")
        except MemoryError:
            _fail(ctx, "medlint: error: out of memory")
        except Exception as error:  # a bug: still one line and exit 2, so CI never reads it as findings
            _fail(ctx, f"medlint: internal error: {type(error).__name__}: {shorten(str(error), 200)}")
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


class Terminated(BaseException):
    """SIGTERM (a cancelled CI job, `timeout`): unwinds like Ctrl-C, so worker processes are
    stopped and open connections closed, and medlint exits 143 with one line."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated


def _raise_on_sigterm() -> Any:
    """Install the SIGTERM handler (only the main thread may); the handler it replaces."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _on_sigterm)


def _fail(ctx: click.Context, line: str) -> None:
    """One line on stderr and exit 2. Whatever stdout still buffers is dropped if it cannot be
    written, so the interpreter's exit does not add a second error of its own."""
    try:
        sys.stdout.flush()
    except OSError:
        _silence_broken_pipe()
    click.echo(line.replace("\n", " ").replace("\r", " "), err=True)
    ctx.exit(EXIT_ERROR)


def _silence_broken_pipe() -> None:
    """`medlint check | head` closed our stdout: exit quietly, as other tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


@click.group(cls=MedlintGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="medlint")
def main() -> None:
    """medlint: a content-quality linter for Markdown articles on medical topics."""


def _parse_today(ctx: click.Context, param: click.Parameter, value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _codes(values: tuple[str, ...]) -> list[str]:
    """Comma-separated or repeated codes; case does not matter (`cit` is `CIT`), as in ruff."""
    return [code.strip().upper() for value in values for code in value.split(",") if code.strip()]


def _lint_options(command: Any) -> Any:
    """The options shared by `check` and `audit`: what to lint and how."""
    options = [
        click.argument("paths", nargs=-1, type=click.Path(allow_dash=True)),
        click.option("--select", multiple=True, help="Only these codes or prefixes (replaces the config)."),
        click.option("--extend-select", multiple=True, help="Add codes or prefixes to the selection."),
        click.option("--ignore", multiple=True, help="Leave out these codes or prefixes."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                     help="Use this configuration file instead of searching for one."),
        click.option("--today", callback=_parse_today, metavar="YYYY-MM-DD",
                     help="The date every date rule measures against (default: today)."),
        click.option("--offline", is_flag=True, help="No network at all: remote links from cache only."),
        click.option("--refresh-links", is_flag=True, help="Check links again, ignoring the link cache."),
        click.option("--stdin-filename", help="The name to report for text read from '-'."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: the number of CPUs)."),
        click.option("-q", "--quiet", is_flag=True, help="No summary or progress on stderr."),
        click.option("--result-cache", type=click.Path(dir_okay=False, path_type=Path),
                     help="Remember results of unchanged files in this SQLite file."),
        click.option("--extension", "extensions", multiple=True, metavar="SUFFIX",
                     help="Also lint files with this suffix in folders (.md, .markdown and "
                          ".mdx always are). Repeatable."),
        click.option("--no-respect-gitignore", "respect_gitignore", is_flag=True, default=True,
                     flag_value=False, help="Lint files that .gitignore or .ignore leave out."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@dataclass
class LintPlan:
    """Everything a run needs, built once from the command line and the configuration."""

    config: config_module.Config
    rules: dict[str, Rule]
    linter: Linter | Linters
    sources: list[Source]
    jobs: int
    quiet: bool

    def results(self, progress: bool) -> Iterator[FileResult]:
        from linter.engine import finished
        from linter.parallel import lint_parallel

        results = lint_parallel(self.linter, self.sources, self.jobs)
        if progress:
            results = _with_progress(results, len(self.sources))
        return finished(results, self.linter.context, self.linter.phase_kinds, self.quiet)

    def relint(self, path: str, text: str) -> FileResult:
        """One file's findings for new text (a fix pass), its remote links checked too."""
        from linter.engine import finished

        result = self.linter.lint_text(path, text)
        return next(finished([result], self.linter.context, self.linter.phase_kinds, quiet=True))


def _plan(paths: tuple[str, ...], select: tuple[str, ...], extend_select: tuple[str, ...],
          ignore: tuple[str, ...], config_path: Path | None, today: date, offline: bool,
          refresh_links: bool, stdin_filename: str | None, jobs: int | None, quiet: bool,
          result_cache: Path | None, extensions: tuple[str, ...] = (),
          respect_gitignore: bool = True, facts: bool = False) -> LintPlan:
    from linter import patterns
    from linter.engine import Linter
    from linter.parallel import default_jobs
    from linter.paths import user_cache_dir
    from linter.pattern_store import open_store
    from linter.selection import select_rules

    open_store(user_cache_dir(), patterns.__file__)
    config = _load_config(config_path, paths)

    def make(config: config_module.Config) -> Linter:
        """A Linter for one configuration, with the command line's choices on top."""
        rules, selected = select_rules(config, _codes(select) or None, _codes(extend_select),
                                       _codes(ignore))
        context = RunContext(today=today, offline=offline, refresh_links=refresh_links,
                             links=config.links, date_keys=config.dates, site=config.site,
                             root=str(config.root), not_sources=config.not_sources)
        return Linter(config, rules, selected, context,
                      result_cache or config.result_cache, extensions, respect_gitignore,
                      collect_facts=facts, paths=paths or (".",))

    primary = make(config)
    rules = primary.all_rules
    sources = _sources(primary, paths or (".",), stdin_filename)
    linter: Linter | Linters = primary
    if config_path is None:  # each file with its nearest configuration, as ruff does
        from linter.nearest import nearest_linters

        linter = nearest_linters(primary, [s.path for s in sources if s.path != "-"], make)
        sources = [s for s in sources if s.text is not None or not linter.excluded(s.path)]
    if not sources:
        click.echo("medlint: no files to lint: no .md, .markdown or .mdx file under "
                   f"{', '.join(paths or ('.',))} (after excludes, ignore files and a site's "
                   "folders that hold no pages)", err=True)
    return LintPlan(config, rules, linter, sources, jobs or default_jobs(), quiet)


def _with_progress(results: Iterable[FileResult], total: int) -> Iterator[FileResult]:
    with click.progressbar(length=total, label="linting", file=sys.stderr) as bar:
        for result in results:
            bar.update(1)
            yield result


def _show_progress(quiet: bool, files: int, stdout_free: bool) -> bool:
    """On a terminal, for long runs, and never over findings printed to the same terminal."""
    return not quiet and files >= PROGRESS_MIN_FILES and sys.stderr.isatty() and stdout_free


@main.command()
@_lint_options
@click.option("--format", "formats", multiple=True, type=click.Choice(CHOICES),
              help="Output format (repeatable; default: auto, which is github in GitHub Actions "
                   "and text elsewhere; full shows each finding's source line).")
@click.option("-o", "--output-file", "output_files", multiple=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Write the matching --format (the first file for the first format, and so "
                   "on) to this file; formats with no file go to stdout.")
@click.option("--statistics", is_flag=True, help="Print a count per code instead of the findings.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity that fails the run (default: warning).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Report only findings this baseline file does not already record.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Record today's findings in this baseline file and exit 0.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour the output (NO_COLOR is honoured under auto).")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place, then report what remains.")
@click.option("--unsafe-fixes", is_flag=True,
              help="With --fix or --diff, also apply fixes that change meaning or need judgement.")
@click.option("--diff", is_flag=True,
              help="Print the fixes as a unified diff and write nothing (exit 1 if there are any).")
def check(formats: tuple[str, ...], output_files: tuple[Path, ...], statistics: bool,
          fail_on: str | None, exit_zero: bool, baseline_path: Path | None,
          write_baseline: Path | None, color: str, fix: bool, unsafe_fixes: bool, diff: bool,
          **lint: Any) -> None:
    """Lint Markdown articles (directories are searched for *.md, *.markdown and *.mdx)."""
    from linter.runner import run

    plan = _plan(**lint)
    if diff:
        _print_diff(plan, unsafe_fixes)
    if fix and any(source.text is not None for source in plan.sources):
        raise UsageError("--fix writes files and cannot fix text read from '-'; use --diff")
    targets = _targets(formats or ("auto",), output_files, statistics)
    baseline = None
    if baseline_path is not None:
        from linter.baseline import Baseline

        baseline = Baseline.load(baseline_path, plan.config.root)
    stdout_free = not sys.stdout.isatty() or all(path is not None for _, path in targets)
    results = plan.results(_show_progress(plan.quiet, len(plan.sources), stdout_free))
    fixes = FixCount()
    if fix:
        results = _fixed(plan, results, unsafe_fixes, fixes)
    texts = {source.path: source.text for source in plan.sources if source.text is not None}
    try:
        # Writing a baseline prints no findings: no output file is even opened (opening one
        # for writing would truncate it).
        formatters: AbstractContextManager[list[Any]] = nullcontext([])
        if write_baseline is None:
            formatters = _open_formatters(targets, plan.rules, _use_color(color), texts,
                                          plan.config.docs_url)
        with formatters as outputs:
            outcome = run(outputs, results, keep=write_baseline is not None, baseline=baseline)
        sys.stdout.flush()
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        raise MedlintError(f"cannot write the output: {error.strerror or error}") from None
    for message in outcome.errors:
        click.echo(f"medlint: {one_line(message)}", err=True)
    if write_baseline is not None:
        from linter.baseline import write as write_baseline_file

        count = write_baseline_file(write_baseline,
                                    (f for found in outcome.findings_by_file.values() for f in found),
                                    plan.config.root)
        click.echo(f"medlint: wrote {_plural(count, 'finding')} to {write_baseline}", err=True)
        sys.exit(EXIT_ERROR if outcome.errors else EXIT_CLEAN)
    if not plan.quiet:
        if fix:
            click.echo(f"medlint: fixed {_plural(fixes.findings, 'finding')} in "
                       f"{_plural(fixes.files, 'file')}", err=True)
        click.echo(_summary_line(outcome.summary), err=True)
        if outcome.unchecked_site_links:
            click.echo(_site_hint(outcome.unchecked_site_links), err=True)
    threshold = Severity.parse(fail_on) if fail_on else plan.config.fail_on
    failing = sum(n for level, n in outcome.summary.by_severity.items() if level >= threshold)
    if outcome.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


@dataclass
class FixCount:
    findings: int = 0
    files: int = 0


def _fixes(plan: LintPlan, results: Iterable[FileResult],
           unsafe: bool) -> Iterator[tuple[FileResult, Fixed | None]]:
    """(result, what fixing did) per file; None for a file with nothing to fix. Symlinks are
    not fixed: they may lead out of the linted tree."""
    from linter.fixes import fix_file, wanted

    texts = {source.path: source.text for source in plan.sources if source.text is not None}
    for result in results:
        data = None
        if any(wanted(f, plan.rules, unsafe) for f in result.findings) \
                and not os.path.islink(result.path):
            data = _bytes_of(result.path, texts)
        if data is None:
            yield result, None
        else:
            yield result, fix_file(result.path, data, result, plan.rules, unsafe, plan.relint)


def _fixed(plan: LintPlan, results: Iterable[FileResult], unsafe: bool,
           count: FixCount) -> Iterator[FileResult]:
    """The results after fixing, each fixed file written: what remains is reported."""
    for result, fixed in _fixes(plan, results, unsafe):
        if fixed is None or fixed.data is None:
            yield result
            continue
        _write_fixed(result.path, fixed.data)
        count.findings += fixed.applied
        count.files += 1
        yield fixed.result


def _print_diff(plan: LintPlan, unsafe: bool) -> None:
    """--diff: the fixes as a unified diff on stdout, nothing written; exit 1 if any."""
    from linter.fixes import unified_diff

    count = FixCount()
    for result, fixed in _fixes(plan, plan.results(progress=False), unsafe):
        if fixed is None or fixed.data is None:
            continue
        click.echo(unified_diff(result.path, fixed.original, fixed.data), nl=False)
        count.findings += fixed.applied
        count.files += 1
    if not plan.quiet:
        click.echo(f"medlint: would fix {_plural(count.findings, 'finding')} in "
                   f"{_plural(count.files, 'file')}", err=True)
    sys.exit(EXIT_FINDINGS if count.files else EXIT_CLEAN)


def _bytes_of(path: str, texts: dict[str, str]) -> bytes | None:
    if path in texts:
        return texts[path].encode("utf-8")
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _write_fixed(path: str, data: bytes) -> None:
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as error:
        raise UsageError(f"{path}: cannot write the fixes: {error.strerror or error}") from None


def _targets(formats: tuple[str, ...], files: tuple[Path, ...],
             statistics: bool) -> list[tuple[str, Path | None]]:
    """Pair the k-th --format with the k-th --output-file; the rest go to stdout."""
    from linter.formatters import resolve_auto

    if len(files) > len(formats):
        raise UsageError("more --output-file than --format options: each file needs its format")
    names = [resolve_auto(name, os.environ) for name in formats]
    targets: list[tuple[str, Path | None]] = [
        (name, files[index] if index < len(files) else None) for index, name in enumerate(names)]
    on_stdout = [name for name, path in targets if path is None]
    if len(on_stdout) > 1:
        raise UsageError(f"only one format can go to stdout, not {', '.join(on_stdout)}; "
                         "give the others an --output-file")
    if statistics:
        # The statistics replace the findings on stdout, in JSON when that is the format asked for.
        statistics_format = "statistics-json" if on_stdout == ["json"] else "statistics"
        targets = [(name, path) for name, path in targets if path is not None]
        targets.append((statistics_format, None))
    return targets


@contextmanager
def _open_formatters(targets: list[tuple[str, Path | None]], rules: dict[str, Any],
                     color: bool, texts: dict[str, str], docs_url: str) -> Iterator[list[Any]]:
    from linter.formatters import FormatOptions, formatter

    with ExitStack() as stack:
        outputs = []
        for name, path in targets:
            stream = sys.stdout if path is None else stack.enter_context(
                _open_output(path))
            options = FormatOptions(rules=rules, color=color and path is None,
                                    tool_version=__version__, texts=texts, docs_url=docs_url)
            outputs.append(formatter(name, stream, options))
        yield outputs


def _open_output(path: Path) -> TextIO:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("w", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{path}: cannot write: {error.strerror or error}") from None


def _load_config(explicit: Path | None, paths: tuple[str, ...]) -> config_module.Config:
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
        return config_module.load(explicit)
    on_disk = [Path(p) for p in paths if p != "-"] or [Path.cwd()]
    start = Path(os.path.commonpath([os.path.abspath(p) for p in on_disk]))
    found = config_module.discover(start)
    if found is None:
        return config_module.Config(root=config_module.unconfigured_root(start))
    return config_module.load(found)


def _sources(linter: Linter, paths: tuple[str, ...], stdin_filename: str | None) -> list[Source]:
    from linter.runner import Source

    sources: list[Source] = []
    on_disk: set[str] = set()
    for path in paths:
        if path == "-":
            sources.append(Source(stdin_filename or "-", _read_stdin(linter.config.max_file_size)))
        elif not os.path.lexists(path):
            raise UsageError(f"{path}: no such file or directory")
        else:
            on_disk.update(linter.walk([path]))
    return sources + [Source(p) for p in sorted(on_disk)]


def _read_stdin(limit: int) -> bytes:
    """At most one byte more than max-file-size: enough to tell that it is too large, and
    `< /dev/zero` cannot fill the memory."""
    return sys.stdin.buffer.read(limit + 1)


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 or word == "info" else f"{count} {word}s"


def _site_hint(count: int) -> str:
    return (f"medlint: {_plural(count, 'root-relative link')} (/like/this) not checked: a "
            "`site:` section in .medlint.yml says where the site's pages are (see README)")


def _summary_line(summary: Any) -> str:
    files = _plural(summary.files, "file")
    if not summary.total:
        return f"medlint: no findings in {files}"
    parts = [_plural(summary.by_severity[level], str(level))
             for level in (Severity.ERROR, Severity.WARNING, Severity.INFO)
             if summary.by_severity[level]]
    return (f"medlint: {_plural(summary.total, 'finding')} ({', '.join(parts)}) "
            f"in {summary.files_with_findings} of {files}")


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]),
              default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
def list_rules(output_format: str, config_path: Path | None) -> None:
    """List every rule: code, name, default severity and what it finds."""
    from linter.docs import render_rule_list
    from linter.rules import all_rules

    config = _load_config(config_path, ())
    click.echo(render_rule_list(all_rules(config.packs), output_format), nl=False)


@main.command()
@click.argument("code")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
def explain(code: str, config_path: Path | None) -> None:
    """Explain a rule, with an example that fails and one that passes."""
    from linter.docs import render_explanation
    from linter.rules import all_rules

    rules = all_rules(_load_config(config_path, ()).packs)
    rule = rules.get(code.upper())
    if rule is None:
        raise UsageError(f"no rule {code!r}; `medlint rules` lists them")
    click.echo(render_explanation(rule))


@main.command()
@click.option("--offline", is_flag=True,
              help="Never reach the network: remote links are answered from the link cache only.")
def server(offline: bool) -> None:
    """Run the language server (LSP over stdio) for editors."""
    from linter.server import serve

    serve(offline)


@main.command()
@_lint_options
@click.option("--report", "reports", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Write a report: .html (self-contained page) or .csv (a row per article). Repeatable.")
@click.option("--history", type=click.Path(dir_okay=False, path_type=Path),
              help="Record this audit's scores in this SQLite file and show the trend.")
@click.option("--worst", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the worst articles to list on stdout.")
@click.option("--fail-under", type=click.FloatRange(0, 100), metavar="SCORE",
              help="Exit 1 when any article scores below SCORE (a CI gate).")
def audit(reports: tuple[Path, ...], history: Path | None, worst: int, fail_under: float | None,
          **lint: Any) -> None:
    """Audit an archive: a score per article, the worst first, and HTML/CSV reports.

    Exit codes: 0 done (and, with --fail-under, every article at or above the score); 1 an
    article scores below --fail-under; 2 medlint could not do its job.
    """
    from datetime import datetime

    from linter.reports import Audit
    from linter.runner import run

    for report in reports:
        if report.suffix.lower() not in (".html", ".htm", ".csv"):
            raise UsageError(f"{report}: a report is .html or .csv")
    plan = _plan(**lint, facts=True)
    results = plan.results(_show_progress(plan.quiet, len(plan.sources), stdout_free=True))
    outcome = run([], results, keep=True)
    for message in outcome.errors:
        click.echo(f"medlint: {one_line(message)}", err=True)
    result = Audit.build(outcome.findings_by_file, datetime.now().astimezone(),
                         outcome.facts_by_file, _archive_namer(lint["paths"] or (".",)))
    if history is not None:
        from linter.reports.history import record

        for warning in record(result, history):
            click.echo(f"medlint: warning: {one_line(warning)}", err=True)
    for report in reports:
        _write_report(result, report)
        if not plan.quiet:
            click.echo(f"medlint: wrote {report}", err=True)
    click.echo(_audit_summary(result, worst), nl=False)
    if outcome.errors:
        sys.exit(EXIT_ERROR)
    failing = result.below(fail_under) if fail_under is not None else []
    if failing:
        click.echo(f"medlint: {_plural(len(failing), 'article')} below --fail-under {fail_under:g}",
                   err=True)
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


def _archive_namer(paths: tuple[str, ...]) -> Any:
    """archive_of(file): the name of the folder given on the command line that holds it."""
    roots = []
    for given in paths:
        if given == "-":
            continue
        absolute = os.path.abspath(given)
        folder = absolute if os.path.isdir(absolute) else os.path.dirname(absolute)
        roots.append((absolute, os.path.basename(folder) or folder))

    def archive_of(path: str) -> str:
        absolute = os.path.abspath(path)
        for root, name in roots:
            if absolute == root or absolute.startswith(root.rstrip(os.sep) + os.sep):
                return name
        return ""

    return archive_of


def _write_report(result: Any, path: Path) -> None:
    from linter.reports import csv as csv_report
    from linter.reports import html as html_report

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        (csv_report if path.suffix.lower() == ".csv" else html_report).write(result, path)
    except OSError as error:
        raise UsageError(f"{path}: cannot write: {error.strerror or error}") from None


def _audit_summary(result: Any, worst: int) -> str:
    lines = [f"{len(result.articles)} articles, {_plural(result.total, 'finding')}, "
             f"mean score {result.mean_score:.1f}",
             "by category: " + ", ".join(f"{name} {count}" for name, count in result.by_category().items())]
    if worst and result.articles:
        lines += ["", f"worst {min(worst, len(result.articles))}:"]
        lines += [f"  {a.score:5.1f}  {a.total:4d}  {a.path}" for a in result.articles[:worst]]
    return "\n".join(lines) + "\n"
