"""Signals to a run with worker processes (-j2): SIGTERM exits 143 and Ctrl-C 130, promptly,
with one line on stderr and no traceback from the parent or any worker; no worker is left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import TODAY

ARTICLE = ("# Trastuzumab\n\nUp to 30% of people in one trial had this side effect, and studies "
           "show that it helps. The HER-2 test came back positive for many of them.\n\n") * 40


def workers_of(pid: int) -> set[int]:
    try:
        return {int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def start_busy_run(tmp_path: Path, new_session: bool) -> tuple[subprocess.Popen[str], set[int]]:
    """A -j2 run over enough articles to be busy for a while; returns once both workers run."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for index in range(1500):
        (folder / f"a{index:04}.md").write_text(ARTICLE)
    run = subprocess.Popen([sys.executable, "-m", "linter", "check", "--offline", "-j2", "--today",
                            TODAY, str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True, cwd=tmp_path, start_new_session=new_session)
    deadline = time.monotonic() + 60
    while len(workers_of(run.pid)) < 2:
        assert run.poll() is None and time.monotonic() < deadline, "the run never started its workers"
        time.sleep(0.05)
    time.sleep(0.5)  # the workers are linting now
    return run, workers_of(run.pid)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the workers")
@pytest.mark.parametrize(("whom", "sig", "code", "line"), [
    ("parent", signal.SIGTERM, 143, "medlint: terminated"),
    ("group", signal.SIGTERM, 143, "medlint: terminated"),
    ("group", signal.SIGINT, 130, "medlint: interrupted"),
])
def test_signal_to_a_parallel_run(tmp_path: Path, whom: str, sig: signal.Signals, code: int,
                                  line: str) -> None:
    """"parent" is `kill PID` or `timeout`; "group" is a cancelled CI job or Ctrl-C in a
    terminal, which reach every process of the run."""
    run, workers = start_busy_run(tmp_path, new_session=whom == "group")
    sent = time.monotonic()
    if whom == "group":
        os.killpg(run.pid, sig)
    else:
        run.send_signal(sig)
    _, stderr = run.communicate(timeout=60)
    took = time.monotonic() - sent
    assert run.returncode == code, stderr
    assert "Traceback" not in stderr and stderr.strip().splitlines() == [line], stderr
    assert took < 10  # the workers are stopped, not waited for
    for worker in workers:
        assert not Path(f"/proc/{worker}").exists() or "Z" in Path(f"/proc/{worker}/stat").read_text().split()[2]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the workers")
def test_a_worker_killed_from_outside(tmp_path: Path) -> None:
    """The out-of-memory killer takes a worker: one line and exit 2, never findings with files
    missing, and the other worker is stopped."""
    run, workers = start_busy_run(tmp_path, new_session=True)
    victim, *others = sorted(workers)
    os.kill(victim, signal.SIGKILL)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 2, stderr
    assert stderr.strip().splitlines() == [
        "medlint: error: a worker process stopped unexpectedly (exit code -9)"], stderr
    for worker in others:
        assert not Path(f"/proc/{worker}").exists() or "Z" in Path(f"/proc/{worker}/stat").read_text().split()[2]
