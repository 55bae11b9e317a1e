"""Measure medlint, and the tools people compare it with, on the same generated corpus.

    python benchmarks/run.py [--articles 2000] [--memory-articles 50000] [--jobs N] [--repeat 3]

Reports, for one corpus in one run: files/s and MB/s of `medlint check --offline` (one
process and --jobs N), peak memory, a second run served by --result-cache, the wall time of a
single-file run as pre-commit makes it (a new process, one small article, median of 21), peak
memory on a small and a large archive of small articles (it must stay flat), and, where they
are installed, markdownlint-cli2 (npm) and proselint (PyPI) on the same files with the
ratios. A tool that is missing is reported as such and the rest carries on.

The throughput comparison runs in rounds, every tool once per round in turn, and reports each
tool's best round (and its median): on a shared machine one run can be 40% slower than the
next, and interleaving keeps a slow spell from landing on one tool only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

TODAY = "2026-11-21"


def medlint_command() -> list[str]:
    found = shutil.which("medlint")
    return [found] if found else [sys.executable, "-m", "linter"]


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in KiB of the process, exit code)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{os.cpu_count()} cores ({model}){memory}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


class Run(NamedTuple):
    label: str
    command: list[str]
    cwd: Path | None = None


def contenders(files: list[Path], root: Path, jobs: int) -> tuple[list[Run], list[str]]:
    """medlint (one process and --jobs N) and the installed tools it is compared with."""
    base = [*medlint_command(), "check", "--offline", "--quiet", "--today", TODAY, "--format", "json"]
    runs = [Run("medlint, 1 process", [*base, "--jobs", "1", str(root)]),
            Run(f"medlint, --jobs {jobs}", [*base, "--jobs", str(jobs), str(root)])]
    missing = []
    markdownlint = shutil.which("markdownlint-cli2")
    if markdownlint:
        runs.append(Run("markdownlint-cli2 (Markdown structure only)", [markdownlint, "**/*.md"], root))
    else:
        missing.append("markdownlint-cli2: not installed (npm install -g markdownlint-cli2)")
    proselint = shutil.which("proselint") or _beside_python("proselint")
    if proselint:
        runs.append(Run("proselint", [proselint, "check", *map(str, files)]))
    else:
        missing.append("proselint: not installed (pip install proselint)")
    return runs, missing


def rounds(runs: list[Run], repeat: int) -> dict[str, tuple[list[float], int]]:
    """Each command once per round, in turn: a shared machine that slows down for a while
    slows every tool in that round, and the best round of each is the one least disturbed."""
    results: dict[str, tuple[list[float], int]] = {run.label: ([], 0) for run in runs}
    for _ in range(repeat):
        for run in runs:
            seconds, rss, _ = timed(run.command, run.cwd)
            times, peak = results[run.label]
            times.append(seconds)
            results[run.label] = (times, max(peak, rss))
    return results


def result_cache_run(root: Path, jobs: int, cache: Path, repeat: int) -> float:
    command = [*medlint_command(), "check", "--offline", "--quiet", "--today", TODAY, "--format",
               "json", "--jobs", str(jobs), "--result-cache", str(cache), str(root)]
    timed(command)  # fills the cache
    return min(timed(command)[0] for _ in range(repeat))


def _beside_python(name: str) -> str | None:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else None


def latency(folder: Path, runs: int = 21) -> tuple[float, float, float]:
    article = folder / "small.md"
    article.write_text("---\ntitle: HER2 testing\ndate: 2026-01-10\n---\n\n# HER2 testing\n\n"
                       "Every breast cancer is tested for HER2.[^1] The result guides treatment, "
                       "and your team will explain it.\n\n- Ask questions.\n- Bring a friend.\n\n"
                       "[^1]: Example source. 2025.\n")
    command = [*medlint_command(), "check", "--offline", str(article)]
    subprocess.run(command, capture_output=True)  # warm the caches, as a writer's second commit would
    times = [timed(command)[0] for _ in range(runs)]
    return statistics.median(times), min(times), max(times)


def memory(folder: Path, counts: list[int]) -> list[tuple[int, int]]:
    rows = []
    for count in counts:
        corpus = folder / f"small-{count}"
        generate(corpus, count, seed=11, small=True)
        _, rss, _ = timed([*medlint_command(), "check", "--offline", "--quiet", "--jobs", "1",
                           "--today", TODAY, "--format", "json", str(corpus)])
        rows.append((count, rss))
        shutil.rmtree(corpus)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of the throughput comparison; each tool's best is reported")
    parser.add_argument("--memory-articles", type=int, default=50000,
                        help="the large archive of small articles for the memory check (0 skips it)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="medlint-bench-") as temporary:
        folder = Path(temporary)
        os.environ["MEDLINT_CACHE_DIR"] = str(folder / "cache")
        # An installed medlint runs from byte-compiled modules (pip compiles them when it
        # installs): a shell that sets this would time Python's compiler in every run instead.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        corpus = folder / "corpus"
        files = generate(corpus, options.articles, options.seed)
        size = sum(p.stat().st_size for p in files)
        print(f"Machine: {machine()}")
        print(f"Corpus: {len(files):,} articles, {size / 1e6:.1f} MB (seed {options.seed})\n")
        runs, missing = contenders(files, corpus, options.jobs)
        results = rounds(runs, options.repeat)
        print(f"Wall time: best of {options.repeat} rounds, each tool once per round in turn "
              "(median in brackets).\n")
        print("| run | wall time | throughput |")
        print("| --- | ---: | --- |")
        best = {label: min(times) for label, (times, _) in results.items()}
        ours = min(best[run.label] for run in runs[:2])
        for run in runs:
            times, peak = results[run.label]
            seconds = best[run.label]
            detail = f"{len(files) / seconds:,.0f} files/s"
            if run.label.startswith("medlint"):
                detail += f", {size / 1e6 / seconds:.2f} MB/s, peak {peak / 1024:.0f} MiB"
            else:
                detail += f"; medlint is {seconds / ours:.1f}x faster"
            print(f"| {run.label} | {seconds:.2f} s ({statistics.median(times):.2f} s) | {detail} |")
        cached = result_cache_run(corpus, options.jobs, folder / "results.sqlite", options.repeat)
        print(f"| medlint, --jobs {options.jobs}, unchanged files (--result-cache) | {cached:.2f} s | "
              f"{len(files) / cached:,.0f} files/s |")
        for line in missing:
            print(f"\n{line}")
        median, low, high = latency(folder)
        print(f"\nPre-commit latency (new process, one small article, every offline rule): "
              f"median {median:.3f} s (min {low:.3f}, max {high:.3f}, 21 runs)")
        if options.memory_articles:
            rows = memory(folder, [max(1, options.memory_articles // 10), options.memory_articles])
            print("\nPeak memory, one process, small articles: " +
                  ", ".join(f"{count:,} articles {rss / 1024:.0f} MiB" for count, rss in rows))


if __name__ == "__main__":
    main()
