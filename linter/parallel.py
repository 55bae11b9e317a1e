"""Linting files in worker processes (--jobs): same output whatever the number of jobs.

Results come back in input order, so the output is byte-identical to a serial run. Small runs
stay in one process: starting workers costs more than a pre-commit batch.

Each worker has a pipe of its own, with no lock shared between processes. (multiprocessing.Pool
shares one queue lock among its workers: a cancelled CI job signals the whole process group, a
worker killed while it holds that lock leaves Pool.terminate waiting for it forever.) Workers
ignore SIGINT and SIGTERM; the parent handles them and kills its workers, which is safe because
no other process waits on anything a worker holds.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from linter.errors import MedlintError
from linter.pattern_store import save_learnt
from linter.results import FileResult
from linter.runner import Source, lint_sources

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from linter.engine import Linter
    from linter.nearest import Linters

FILES_PER_WORKER = 16  # below this many files per worker, one process is faster
STOP_WAIT = 5.0  # seconds a finished worker gets to exit before it is killed
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


class WorkerFailed(MedlintError):
    """A worker process died or raised: the run cannot give every file's findings."""


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def lint_parallel(linter: Linter | Linters, sources: Sequence[Source], jobs: int) -> Iterator[FileResult]:
    jobs = min(jobs, len(sources) // FILES_PER_WORKER)
    if jobs <= 1:
        yield from lint_sources(linter, sources)
        save_learnt()
        return
    import multiprocessing  # only here: a single-process run does not pay for it

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    size = max(1, min(64, len(sources) // (jobs * 8)))
    chunks = [list(sources[start:start + size]) for start in range(0, len(sources), size)]
    workers: list[_Worker] = []
    finished = False
    try:
        for _ in range(jobs):
            workers.append(_Worker.start(context, linter))
        yield from _in_order(workers, chunks)
        finished = True
    finally:
        for worker in workers:
            worker.stop(gracefully=finished)


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    chunk: int | None = field(default=None)  # the chunk it is linting, if any

    @classmethod
    def start(cls, context: Any, linter: Linter | Linters) -> _Worker:
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, linter), daemon=True)
        # The worker starts with Ctrl-C and SIGTERM blocked, so one arriving before it ignores
        # them cannot give it a traceback of its own.
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        theirs.close()
        return cls(process, ours)

    def give(self, index: int, chunk: list[Source]) -> None:
        self.connection.send(chunk)
        self.chunk = index

    def stop(self, gracefully: bool) -> None:
        if gracefully:
            with contextlib.suppress(OSError):
                self.connection.send(None)
            self.process.join(STOP_WAIT)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


def _in_order(workers: list[_Worker], chunks: list[list[Source]]) -> Iterator[FileResult]:
    """Hand each idle worker the next chunk (one at a time, so a worker that is sending a result
    is never also being sent to) and yield the results in input order."""
    from multiprocessing.connection import wait

    done: dict[int, list[FileResult]] = {}
    next_chunk = next_out = 0
    while next_out < len(chunks):
        for worker in workers:
            if worker.chunk is None and next_chunk < len(chunks):
                worker.give(next_chunk, chunks[next_chunk])
                next_chunk += 1
        busy = [worker for worker in workers if worker.chunk is not None]
        ready = wait([worker.connection for worker in busy])
        for worker in busy:
            if worker.connection in ready and worker.chunk is not None:
                done[worker.chunk] = _receive(worker)
                worker.chunk = None
        while next_out in done:
            yield from done.pop(next_out)
            next_out += 1


def _receive(worker: _Worker) -> list[FileResult]:
    try:
        reply = worker.connection.recv()
    except (EOFError, OSError):
        worker.process.join(1)
        code = worker.process.exitcode
        raise WorkerFailed(f"a worker process stopped unexpectedly (exit code {code})") from None
    if isinstance(reply, str):
        raise WorkerFailed(reply)
    results: list[FileResult] = reply
    return results


def _serve(connection: Connection, linter: Linter | Linters) -> None:
    """A worker: lint each chunk it is sent, send back its results (or one line on a bug)."""
    for stop_signal in STOP_SIGNALS:
        signal.signal(stop_signal, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if message is None:
            save_learnt()
            return
        reply: list[FileResult] | str
        try:
            reply = list(lint_sources(linter, message))
        except Exception as error:  # a bug: the parent reports it in one line
            reply = f"{type(error).__name__}: {error}"
        try:
            connection.send(reply)
        except (BrokenPipeError, OSError):
            return
