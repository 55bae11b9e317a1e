"""`medlint server`: the Language Server Protocol over stdio, with pygls.

An editor gets the CLI's findings as diagnostics while the writer types: the same
configuration (found from each document's path, reloaded when it changes), the same rules,
exact ranges in the client's position encoding (UTF-16 code units unless it asks otherwise).
Each fix is offered as a quick fix, and "disable CODE for this line" as another; hovering over
a diagnostic shows its rule's explanation.

The event loop only receives and answers messages: linting runs on a worker thread,
debounced after each change, and remote links are checked on a second pool, on open (from
the cache only) and on save (over the network unless --offline), never per keystroke; between
checks, links are answered from what the last check found. A result for a version the editor
has moved past is dropped, and a crash in a check becomes a log message.
"""

from __future__ import annotations

import asyncio
import re
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from linter import __version__
from linter import config as config_module
from linter.context import RunContext
from linter.engine import Linter
from linter.errors import MedlintError
from linter.findings import Finding, Severity, in_order
from linter.results import FileResult
from linter.rules import Rule

DEBOUNCE_SECONDS = 0.1
# An editor cannot show more than this usefully, and each one costs serialising on the loop.
MAX_DIAGNOSTICS = 1000
MARKDOWN_LANGUAGES = frozenset({"markdown", "mdx"})
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
CONFIG_NAMES = frozenset({*config_module.CONFIG_FILES, "pyproject.toml"})
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
LINE_BREAK = re.compile(r"\r\n|\r|\n")
LINE_PREFIX = re.compile(r"[ \t>]*")  # what keeps an inserted line in its list item or quote


# -- configuration per document --------------------------------------------------------------

@dataclass
class Profile:
    """A Linter for one configuration file, and what it was built from."""

    linter: Linter
    stamp: tuple[Any, ...]


class Profiles:
    """One Linter per configuration file; rebuilt when the file or one of its packs changes
    (checked by modification time on every lint, so no file watcher is needed) or the day
    does (date rules measure against today)."""

    def __init__(self, offline: bool) -> None:
        self.offline = offline
        self._profiles: dict[Path | None, Profile] = {}
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._profiles.clear()

    def linter_for(self, path: Path) -> Linter:
        """The document's Linter; MedlintError when its configuration is broken."""
        found = config_module.discover(path.parent)
        with self._lock:
            profile = self._profiles.get(found)
            if profile is not None and profile.stamp == self._stamp(found, profile.linter):
                return profile.linter
        linter = self._build(found, path)
        with self._lock:
            self._profiles[found] = Profile(linter, self._stamp(found, linter))
        return linter

    def _build(self, found: Path | None, path: Path) -> Linter:
        from linter.selection import select_rules

        config = config_module.load(found) if found else config_module.Config(root=path.parent)
        rules, selected = select_rules(config, None, [], [])
        context = RunContext(today=date.today(), offline=self.offline, links=config.links)
        return Linter(config, rules, selected, context)

    @staticmethod
    def _stamp(found: Path | None, linter: Linter) -> tuple[Any, ...]:
        files = [found, *linter.config.packs] if found else []
        return (date.today(), *(_modified(Path(f)) for f in files))


def _modified(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


# -- positions ---------------------------------------------------------------------------------

class Positions:
    """Finding positions (1-based lines, columns in characters of the parsed text) as LSP
    positions in the client's units, for one snapshot of a document."""

    def __init__(self, text: str, encoding: str | None) -> None:
        self.lines = LINE_BREAK.split(text)
        self.encoding = encoding  # the negotiated position encoding: utf-16 unless asked
        self.bom = 1 if text.startswith("\ufeff") else 0  # parsing drops it from line 1

    def position(self, line: int, column: int) -> types.Position:
        index = min(max(line, 1), len(self.lines)) - 1
        shift = self.bom if index == 0 else 0
        before = self.lines[index][: max(column - 1 + shift, 0)]
        return types.Position(index, self._units(before))

    def _units(self, text: str) -> int:
        if text.isascii() or self.encoding == types.PositionEncodingKind.Utf32:
            return len(text)
        if self.encoding == types.PositionEncodingKind.Utf8:
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text.encode("utf-16-le", "surrogatepass")) // 2

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        return types.Range(self.position(line, column), self.position(end_line, end_column))

    def at_offset(self, source: str, offset: int) -> types.Position:
        """An offset of the parsed text (LF line ends, no BOM) as an LSP position."""
        line = source.count("\n", 0, offset) + 1
        column = offset - (source.rfind("\n", 0, offset) + 1) + 1
        return self.position(line, column)


def _contains(outer: types.Range, inner: types.Range) -> bool:
    def key(position: types.Position) -> tuple[int, int]:
        return position.line, position.character

    return key(outer.start) <= key(inner.start) and key(inner.end) <= key(outer.end)


def _overlaps(one: types.Range, other: types.Range) -> bool:
    def key(position: types.Position) -> tuple[int, int]:
        return position.line, position.character

    return key(one.start) <= key(other.end) and key(other.start) <= key(one.end)


# -- what the editor sees -----------------------------------------------------------------------

@dataclass
class Snapshot:
    """A document's text at one version, with the findings published for it."""

    uri: str
    path: Path
    version: int | None
    text: str
    linter: Linter | None
    findings: list[Finding] = field(default_factory=list)
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    links: list[Any] = field(default_factory=list)  # remote links to check (PendingLink)


def diagnostic(finding: Finding, rule: Rule | None, positions: Positions, docs_url: str) -> types.Diagnostic:
    from linter.docs import help_uri

    return types.Diagnostic(
        range=positions.range(finding.line, finding.column, finding.end_line, finding.end_column),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=help_uri(rule, docs_url)) if rule else None,
        source="medlint",
    )


class MedlintServer(LanguageServer):
    def __init__(self, offline: bool = False, debounce: float = DEBOUNCE_SECONDS) -> None:
        super().__init__("medlint", __version__)
        self.debounce = debounce
        self.profiles = Profiles(offline)
        self.snapshots: dict[str, Snapshot] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.link_checks: set[asyncio.Task[None]] = set()
        # Two threads lint, so one huge document cannot hold up the others (a document's
        # waiting lint is replaced by its next one, and results for old versions are
        # dropped); link checks and code actions get their own pools.
        self.lint_pool = ThreadPoolExecutor(2, thread_name_prefix="medlint-lint")
        self.link_pool = ThreadPoolExecutor(2, thread_name_prefix="medlint-links")
        self.action_pool = ThreadPoolExecutor(1, thread_name_prefix="medlint-actions")
        self.known_links: dict[str, Any] = {}  # base URL -> linkcheck Result, from the last checks
        self.event_loop: asyncio.AbstractEventLoop | None = None

    def document(self, uri: str) -> Any:
        """The open document, or None (pygls keys documents by their unquoted URI)."""
        return self.workspace.text_documents.get(unquote(uri))

    # -- scheduling ---------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float, links: str | None = None) -> None:
        """Lint `uri` after `delay` seconds, replacing a lint not yet started; `links` is
        "cache" or "network" to check its remote links afterwards."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.event_loop = asyncio.get_running_loop()
        self.pending[uri] = self.event_loop.create_task(self._lint_later(uri, delay, links))

    async def _lint_later(self, uri: str, delay: float, links: str | None) -> None:
        if delay:
            await asyncio.sleep(delay)
        document = self.document(uri)
        if document is None:
            return
        version, text = document.version, document.source
        loop = asyncio.get_running_loop()
        snapshot = await loop.run_in_executor(self.lint_pool, self._lint, uri, version, text)
        current = self.document(uri)
        if snapshot is None or current is None or current.version != version:
            return  # the editor moved on: a newer lint is scheduled
        self.snapshots[uri] = snapshot
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=snapshot.diagnostics))
        if links is not None and snapshot.links:
            task = loop.create_task(self._check_links(uri, snapshot, links))
            self.link_checks.add(task)
            task.add_done_callback(self.link_checks.discard)

    async def _check_links(self, uri: str, snapshot: Snapshot, links: str) -> None:
        loop = asyncio.get_running_loop()
        found = await loop.run_in_executor(self.link_pool, self._links, snapshot, links == "cache")
        if found and self.document(uri) is not None:
            self.schedule(uri, 0)  # publish again, the links answered from what was found

    # -- work on the worker threads -----------------------------------------------------------

    def _lint(self, uri: str, version: int | None, text: str) -> Snapshot | None:
        path = Path(to_fs_path(uri) or uri)
        snapshot = Snapshot(uri, path, version, text, None)
        positions = Positions(text, self.workspace.position_encoding)
        try:
            linter = self.profiles.linter_for(path)
        except MedlintError as error:
            self.log(types.MessageType.Error, f"medlint: {error}")
            snapshot.diagnostics = [types.Diagnostic(
                range=positions.range(1, 1, 1, 1), message=f"medlint configuration: {error}",
                severity=types.DiagnosticSeverity.Error, source="medlint")]
            return snapshot
        snapshot.linter = linter
        if linter.excluded(path):
            return snapshot
        size = len(text.encode("utf-8", "replace"))
        if size > linter.config.max_file_size:
            snapshot.diagnostics = [types.Diagnostic(
                range=positions.range(1, 1, 1, 1), code="FILE003", source="medlint",
                severity=types.DiagnosticSeverity.Warning,
                message=f"file is {size:,} bytes, over the limit of "
                        f"{linter.config.max_file_size:,} (max-file-size); not linted")]
            return snapshot
        try:
            result = linter.lint_text(str(path), text)
            snapshot.links = list(result.pending_links)
            result = self._with_known_links(result)
        except Exception as error:  # a bug must not take the server down
            self.log(types.MessageType.Error, f"medlint: {path}: internal error: {error!r}\n"
                     + traceback.format_exc())
            return None
        for message in result.errors:
            self.log(types.MessageType.Error, f"medlint: {message}")
        snapshot.findings = _most_severe(result.findings)
        if len(snapshot.findings) < len(result.findings):
            self.log(types.MessageType.Info, f"medlint: {path}: showing {MAX_DIAGNOSTICS} of "
                     f"{len(result.findings)} findings, the most severe first")
        docs_url = linter.config.docs_url
        snapshot.diagnostics = [diagnostic(f, linter.all_rules.get(f.code), positions, docs_url)
                                for f in snapshot.findings]
        return snapshot

    def _with_known_links(self, result: FileResult) -> FileResult:
        """Remote links answered from the last checks (nothing is requested here), then the
        file's filter."""
        if result.pending_links:
            from linter.kinds import remote_links

            result.findings = result.findings + remote_links.findings_for(
                result.path, result.pending_links, result.phase_rules, self.known_links)
            result.pending_links = []
        return result.filtered()

    def _links(self, snapshot: Snapshot, cache_only: bool) -> bool:
        """Check the snapshot's remote links (from the cache only, or over the network unless
        the server is offline); True when something was learnt."""
        assert snapshot.linter is not None
        from linter.kinds import remote_links
        from linter.linkcheck.checker import LinkChecker
        from linter.linkcheck.settings import parse_settings

        try:
            wanted: dict[str, set[str]] = {}
            remote_links.wanted(snapshot.links, wanted)
            context = snapshot.linter.context
            checker = LinkChecker(parse_settings(context.links),
                                  offline=cache_only or self.profiles.offline, refresh=False)
            try:
                found = checker.check({url: frozenset(f) for url, f in wanted.items()})
            finally:
                checker.close()
        except Exception as error:
            self.log(types.MessageType.Error, f"medlint: {snapshot.path}: checking links: {error!r}")
            return False
        self.known_links = {**self.known_links, **found}  # one assignment: readers see old or new
        return bool(found)

    def log(self, kind: types.MessageType, message: str) -> None:
        """window/logMessage, from any thread: messages are written from the event loop."""
        params = types.LogMessageParams(type=kind, message=message)
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # a worker thread
            if self.event_loop is not None:
                self.event_loop.call_soon_threadsafe(self.window_log_message, params)
            return
        self.window_log_message(params)

    # -- requests -------------------------------------------------------------------------------

    def findings_in(self, uri: str, where: types.Range,
                    test: Any = _overlaps) -> list[tuple[Finding, types.Diagnostic]]:
        snapshot = self.snapshots.get(uri)
        if snapshot is None:
            return []
        return [(f, d) for f, d in zip(snapshot.findings, snapshot.diagnostics, strict=False)
                if test(d.range, where)]

    def code_actions(self, uri: str, where: types.Range) -> list[types.CodeAction]:
        snapshot = self.snapshots.get(uri)
        found = self.findings_in(uri, where)
        if snapshot is None or snapshot.linter is None or not found:
            return []
        from linter.document import parse
        from linter.fixes import edits_for

        doc = parse(str(snapshot.path), snapshot.text)
        positions = Positions(snapshot.text, self.workspace.position_encoding)
        rules = snapshot.linter.all_rules
        actions = []
        for finding, diag in found:
            for edit in edits_for(doc, [finding], rules):
                safety = rules[finding.code].fix
                label = " (unsafe: check the meaning)" if safety == "unsafe" else ""
                text_edit = types.TextEdit(types.Range(positions.at_offset(doc.source, edit.start),
                                                       positions.at_offset(doc.source, edit.end)),
                                           edit.text)
                actions.append(types.CodeAction(
                    title=f"Fix {finding.code}: write '{edit.text}'{label}",
                    kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
                    is_preferred=safety == "safe",
                    edit=types.WorkspaceEdit(changes={uri: [text_edit]})))
            actions.append(self._disable_action(snapshot, doc, finding, diag))
        return actions

    def _disable_action(self, snapshot: Snapshot, doc: Any, finding: Finding,
                        diag: types.Diagnostic) -> types.CodeAction:
        """A comment on the line above the finding's, with that line's indent and quote
        markers; for a finding in the front matter, a file-wide directive after it."""
        newline = "\r\n" if "\r\n" in snapshot.text else "\n"
        first, last = doc.front_matter_lines
        if first <= finding.line <= last:
            directive, line, prefix = "disable-file", last + 1, ""
            title = f"Disable {finding.code} for this file"
        else:
            directive, line = "disable-next-line", finding.line
            source_line = doc.lines[line - 1] if line <= len(doc.lines) else ""
            prefix = LINE_PREFIX.match(source_line).group(0)  # type: ignore[union-attr]
            title = f"Disable {finding.code} for this line"
        at = types.Position(line - 1, 0)
        comment = f"{prefix}<!-- medlint-{directive} {finding.code} -->{newline}"
        return types.CodeAction(
            title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
            edit=types.WorkspaceEdit(changes={snapshot.uri: [types.TextEdit(types.Range(at, at), comment)]}))

    def hover(self, uri: str, position: types.Position) -> types.Hover | None:
        snapshot = self.snapshots.get(uri)
        point = types.Range(position, position)
        found = self.findings_in(uri, point, _contains)
        if snapshot is None or snapshot.linter is None or not found:
            return None
        from linter.docs import render_explanation

        parts = []
        for finding, _ in found:
            rule = snapshot.linter.all_rules.get(finding.code)
            explanation = render_explanation(rule) if rule else ""
            parts.append(f"**{finding.code}** {finding.message}\n\n```text\n{explanation}\n```")
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                        value="\n\n---\n\n".join(parts)),
                           range=found[0][1].range)

    def relint_all(self) -> None:
        self.profiles.clear()
        for uri in list(self.snapshots):
            self.schedule(uri, 0)

    def forget(self, uri: str) -> None:
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.snapshots.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _most_severe(findings: list[Finding]) -> list[Finding]:
    if len(findings) <= MAX_DIAGNOSTICS:
        return findings
    kept = sorted(findings, key=lambda f: (-f.severity, f.line, f.column))[:MAX_DIAGNOSTICS]
    return in_order(kept)


def _is_markdown(document: types.TextDocumentItem | Any) -> bool:
    language = getattr(document, "language_id", None)
    uri = str(getattr(document, "uri", ""))
    return language in MARKDOWN_LANGUAGES or uri.lower().endswith(MARKDOWN_SUFFIXES)


def _is_config(uri: str) -> bool:
    name = uri.rsplit("/", 1)[-1]
    return name in CONFIG_NAMES or name.endswith((".yml", ".yaml"))


def build(offline: bool = False, debounce: float = DEBOUNCE_SECONDS) -> MedlintServer:
    server = MedlintServer(offline, debounce)

    @server.feature(types.INITIALIZED)
    def initialized(ls: MedlintServer, params: types.InitializedParams) -> None:
        # Load the rules and their data once, off the loop, before the first document comes.
        ls.lint_pool.submit(_warm_up)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: MedlintServer, params: types.DidOpenTextDocumentParams) -> None:
        if _is_markdown(params.text_document):
            ls.schedule(params.text_document.uri, 0, links="cache")

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: MedlintServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in ls.snapshots or uri in ls.pending:
            ls.schedule(uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: MedlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in ls.snapshots or uri in ls.pending:
            ls.schedule(uri, 0, links="network")
        elif _is_config(uri):
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: MedlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(ls: MedlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(_is_config(change.uri) for change in params.changes):
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    async def code_action(ls: MedlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(ls.action_pool, ls.code_actions,
                                          params.text_document.uri, params.range)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: MedlintServer, params: types.HoverParams) -> types.Hover | None:
        return ls.hover(params.text_document.uri, params.position)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: MedlintServer, params: Any) -> None:
        for pool in (ls.lint_pool, ls.link_pool, ls.action_pool):
            pool.shutdown(wait=False, cancel_futures=True)

    return server


def _warm_up() -> None:
    from linter.config import Config
    from linter.selection import select_rules

    config = Config(root=Path.cwd())
    rules, selected = select_rules(config, None, [], [])
    linter = Linter(config, rules, selected, RunContext(today=date.today(), offline=True))
    linter.lint_text("warm-up.md", "# Warm up\n\nThe HER2 test, 20% of cases, was new in 2020. "
                     "Studies show it works.\n")


def serve(offline: bool = False) -> None:
    build(offline).start_io()

