"""The command line: `medlint check`, `medlint rules`, `medlint explain CODE`.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 medlint could not do
its job (usage, configuration, an internal error).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from linter import __version__
from linter import config as config_module
from linter.context import RunContext
from linter.errors import ConfigError, MedlintError, UsageError
from linter.findings import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class MedlintGroup(click.Group):
    """Turns medlint's own errors into one clear line and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MedlintError as error:
            click.echo(f"medlint: error: {error}", err=True)
            ctx.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("medlint: interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            _silence_broken_pipe()
            ctx.exit(EXIT_FINDINGS)


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
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--select", multiple=True, help="Only these codes or prefixes (replaces the config).")
@click.option("--extend-select", multiple=True, help="Add codes or prefixes to the selection.")
@click.option("--ignore", multiple=True, help="Leave out these codes or prefixes.")
@click.option("--format", "output_format", default="text", show_default=True,
              type=click.Choice(["text", "json"]), help="Output format.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity that fails the run (default: warning).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this configuration file instead of searching for one.")
@click.option("--today", callback=_parse_today, metavar="YYYY-MM-DD",
              help="The date every date rule measures against (default: today).")
@click.option("--offline", is_flag=True, help="No network at all: remote links from cache only.")
@click.option("--refresh-links", is_flag=True, help="Check links again, ignoring the link cache.")
@click.option("--stdin-filename", help="The name to report for text read from '-'.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour the output (NO_COLOR is honoured under auto).")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
def check(paths: tuple[str, ...], select: tuple[str, ...], extend_select: tuple[str, ...],
          ignore: tuple[str, ...], output_format: str, fail_on: str | None, exit_zero: bool,
          config_path: Path | None, today: date, offline: bool, refresh_links: bool,
          stdin_filename: str | None, color: str, quiet: bool) -> None:
    """Lint Markdown articles (directories are searched for *.md and *.markdown)."""
    from linter.engine import Linter
    from linter.formatters import FormatOptions, formatter
    from linter.runner import lint_sources, run
    from linter.selection import select_rules

    config = _load_config(config_path, paths)
    rules, selected = select_rules(config, _codes(select) or None, _codes(extend_select),
                                   _codes(ignore))
    context = RunContext(today=today, offline=offline, refresh_links=refresh_links,
                         links=config.links)
    linter = Linter(config, rules, selected, context)
    sources = _sources(linter, paths or (".",), stdin_filename)
    options = FormatOptions(rules=rules, color=_use_color(color), tool_version=__version__)
    output = formatter(output_format, sys.stdout, options)
    results = lint_sources(linter, sources)
    if linter.checks_remote_links:
        from linter.linkcheck.phase import checked

        results = checked(results, context, quiet)
    outcome = run([output], results)
    sys.stdout.flush()
    for error in outcome.errors:
        click.echo(f"medlint: {error}", err=True)
    if not quiet:
        click.echo(_summary_line(outcome.summary), err=True)
    threshold = Severity.parse(fail_on) if fail_on else config.fail_on
    failing = sum(n for level, n in outcome.summary.by_severity.items() if level >= threshold)
    if outcome.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


def _load_config(explicit: Path | None, paths: tuple[str, ...]) -> config_module.Config:
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
        return config_module.load(explicit)
    on_disk = [Path(p) for p in paths if p != "-"] or [Path.cwd()]
    start = Path(os.path.commonpath([p.resolve() for p in on_disk]))
    found = config_module.discover(start)
    return config_module.load(found) if found else config_module.Config(root=Path.cwd())


def _sources(linter: Any, paths: tuple[str, ...], stdin_filename: str | None) -> list[Any]:
    from linter.runner import Source

    sources: list[Source] = []
    on_disk: set[str] = set()
    for path in paths:
        if path == "-":
            sources.append(Source(stdin_filename or "-", _read_stdin()))
        elif not os.path.lexists(path):
            raise UsageError(f"{path}: no such file or directory")
        else:
            on_disk.update(linter.walk([path]))
    return sources + [Source(p) for p in sorted(on_disk)]


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    from linter.engine import decode

    return decode(data)[0]


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 or word == "info" else f"{count} {word}s"


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
