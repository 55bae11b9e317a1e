"""Measure medlint, and the tools people compare it with, on the same generated corpus.

    python benchmarks/run.py [--articles 2000] [--memory-articles 50000] [--jobs N]

Reports, for one corpus in one run: files/s and MB/s of `medlint check --offline` (one
process and --jobs N), peak memory, a second run served by --result-cache, the wall time of a
single-file run as pre-commit makes it (a new process, one small article, median of 21), peak
memory on a small and a large archive of small articles (it must stay flat), and, where they
are installed, markdownlint-cli2 (npm) and proselint (PyPI) on the same files with the
ratios. A tool that is missing is reported as such and the rest carries on.
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


def throughput(files: list[Path], root: Path, jobs: int, cache: Path) -> list[tuple[str, float, str]]:
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    base = [*medlint_command(), "check", "--offline", "--quiet", "--today", TODAY, "--format", "json"]
    rows = []
    for label, extra in (("medlint, 1 process", ["--jobs", "1"]),
                         (f"medlint, --jobs {jobs}", ["--jobs", str(jobs)])):
        seconds, rss, _ = timed([*base, *extra, str(root)])
        rows.append((label, seconds, f"{len(files) / seconds:,.0f} files/s, {size_mb / seconds:.2f} MB/s, "
                                     f"peak {rss / 1024:.0f} MiB"))
    command = [*base, "--jobs", str(jobs), "--result-cache", str(cache), str(root)]
    timed(command)
    seconds, _, _ = timed(command)
    rows.append((f"medlint, --jobs {jobs}, unchanged files (--result-cache)", seconds,
                 f"{len(files) / seconds:,.0f} files/s"))
    return rows


def others(root: Path, files: list[Path]) -> list[tuple[str, float | None, str]]:
    rows: list[tuple[str, float | None, str]] = []
    markdownlint = shutil.which("markdownlint-cli2")
    if markdownlint:
        seconds, _, _ = timed([markdownlint, "**/*.md"], cwd=root)
        rows.append(("markdownlint-cli2 (Markdown structure only)", seconds,
                     f"{len(files) / seconds:,.0f} files/s"))
    else:
        rows.append(("markdownlint-cli2", None, "not installed (npm install -g markdownlint-cli2)"))
    proselint = shutil.which("proselint") or _beside_python("proselint")
    if proselint:
        seconds, _, _ = timed([proselint, "check", *map(str, files)])
        rows.append(("proselint", seconds, f"{len(files) / seconds:,.0f} files/s"))
    else:
        rows.append(("proselint", None, "not installed (pip install proselint)"))
    return rows


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
    parser.add_argument("--memory-articles", type=int, default=50000,
                        help="the large archive of small articles for the memory check (0 skips it)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="medlint-bench-") as temporary:
        folder = Path(temporary)
        os.environ["MEDLINT_CACHE_DIR"] = str(folder / "cache")
        corpus = folder / "corpus"
        files = generate(corpus, options.articles, options.seed)
        size = sum(p.stat().st_size for p in files)
        print(f"Machine: {machine()}")
        print(f"Corpus: {len(files):,} articles, {size / 1e6:.1f} MB (seed {options.seed})\n")
        print("| run | wall time | throughput |")
        print("| --- | ---: | --- |")
        ours = throughput(files, corpus, options.jobs, folder / "results.sqlite")
        for label, seconds, detail in ours:
            print(f"| {label} | {seconds:.2f} s | {detail} |")
        best = min(seconds for label, seconds, _ in ours[:2])
        for label, seconds, detail in others(corpus, files):
            if seconds is None:
                print(f"| {label} | - | {detail} |")
            else:
                print(f"| {label} | {seconds:.2f} s | {detail}; medlint is {seconds / best:.1f}x faster |")
        median, low, high = latency(folder)
        print(f"\nPre-commit latency (new process, one small article, every offline rule): "
              f"median {median:.3f} s (min {low:.3f}, max {high:.3f}, 21 runs)")
        if options.memory_articles:
            rows = memory(folder, [max(1, options.memory_articles // 10), options.memory_articles])
            print("\nPeak memory, one process, small articles: " +
                  ", ".join(f"{count:,} articles {rss / 1024:.0f} MiB" for count, rss in rows))


if __name__ == "__main__":
    main()
