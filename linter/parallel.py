"""Linting files in worker processes (--jobs): same output whatever the number of jobs.

Results come back in input order (Pool.imap), so the output is byte-identical to a serial
run. Small runs stay in one process: starting workers costs more than a pre-commit batch.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from linter.engine import Linter
from linter.results import FileResult
from linter.runner import Source, lint_sources

if TYPE_CHECKING:
    from linter.nearest import Linters

FILES_PER_WORKER = 16  # below this many files per worker, one process is faster

_worker_linter: Linter | Linters | None = None


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def lint_parallel(linter: Linter | Linters, sources: Sequence[Source], jobs: int) -> Iterator[FileResult]:
    jobs = min(jobs, len(sources) // FILES_PER_WORKER)
    if jobs <= 1:
        yield from lint_sources(linter, sources)
        return
    import multiprocessing  # only here: a single-process run does not pay for it

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    chunk = max(1, min(64, len(sources) // (jobs * 8)))
    with context.Pool(jobs, initializer=_start_worker, initargs=(linter,)) as pool:
        yield from pool.imap(_lint_one, sources, chunksize=chunk)


def _start_worker(linter: Linter | Linters) -> None:
    # The parent handles Ctrl-C and SIGTERM and then stops its workers (Pool.terminate sends
    # SIGTERM): a worker ends quietly, never with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    global _worker_linter
    _worker_linter = linter


def _lint_one(source: Source) -> FileResult:
    assert _worker_linter is not None
    return next(iter(lint_sources(_worker_linter, [source])))
