"""Scheduling: each distinct URL once, a bounded thread pool, hosts interleaved, results cached.

Every thread has its own requests.Session. URLs are ordered round-robin by host so the pool's
threads are not all queued on one host's limit. A host that keeps answering 429 after retries
is left alone: its remaining URLs are reported unverified rather than hammered.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

from linter.errors import ConfigError
from linter.linkcheck.cache import CachedResult, LinkCache
from linter.linkcheck.result import Result
from linter.linkcheck.settings import LinkSettings
from linter.linkcheck.urls import host_of
from linter.patterns import BudgetedRegex, PatternTimeout
from linter.untrusted import quote

BUDGET_GRACE_SECONDS = 5.0


@dataclass
class LinkChecker:
    settings: LinkSettings
    offline: bool = False
    refresh: bool = False
    progress: Callable[[int], None] | None = None

    def __post_init__(self) -> None:
        # The configuration's patterns: untrusted, so searched with a time budget.
        self._excluded = [BudgetedRegex(pattern) for pattern in self.settings.exclude]
        self._local = threading.local()
        self._throttled: dict[str, int] = defaultdict(int)
        self._throttle_lock = threading.Lock()
        self.cache: LinkCache | None = None

    def _open_cache(self) -> LinkCache:
        if self.cache is None:
            day = 86400.0
            self.cache = LinkCache(self.settings.cache_path(), self.settings.cache_ok_days * day,
                                   self.settings.cache_dead_days * day)
        return self.cache

    def excluded(self, url: str) -> bool:
        for pattern in self._excluded:
            try:
                if pattern.search(url):
                    return True
            except PatternTimeout as cut:
                raise ConfigError(f"links: exclude: the pattern {quote(cut.pattern)} was stopped after "
                                  f"{cut.budget:g} s on {quote(url)} (it backtracks without "
                                  "end)") from None
        return False

    def check(self, wanted: Mapping[str, frozenset[str]]) -> dict[str, Result]:
        """Results for the URLs (normalised, no fragment) -> the fragments wanted of each."""
        results: dict[str, Result] = {}
        pending: list[str] = []
        cache = self._open_cache()
        for url, fragments in wanted.items():
            if self.excluded(url):
                continue
            cached = None if self.refresh else cache.get(url)
            if cached is not None and (not fragments or cached.anchors is not None):
                results[url] = _from_cache(cached)
            elif not self.offline:
                pending.append(url)
        if pending:
            results.update(self._check_network(pending, wanted, cache))
        return results

    def _check_network(self, urls: list[str], wanted: Mapping[str, frozenset[str]],
                       cache: LinkCache) -> dict[str, Result]:
        from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

        from linter.linkcheck.http import Phase

        phase = Phase(self.settings, time.monotonic() + self.settings.budget)
        results: dict[str, Result] = {}
        unresolved: list[str] = []
        pool = ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency),
                                  thread_name_prefix="medlint-link")
        try:
            futures: dict[Future[Result], str] = {
                pool.submit(self._check_one, url, wanted[url], phase): url
                for url in _interleaved_by_host(urls)
            }
            remaining = set(futures)
            # Checks end by the budget on their own; the grace only guards against a bug.
            while remaining and time.monotonic() < phase.ends + BUDGET_GRACE_SECONDS:
                done, remaining = wait(remaining, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    url = futures[future]
                    result = results[url] = future.result()
                    if result.unresolved_name:
                        unresolved.append(url)
                    elif not result.internal_error:
                        _store(cache, url, result)
                    if self.progress is not None:
                        self.progress(1)
            for future in remaining:
                results[futures[future]] = phase.out_of_budget()
        finally:
            phase.stop.set()  # wakes waiting checks and cuts open connections: exit is prompt
            phase.watchdog.stop()
            pool.shutdown(wait=False, cancel_futures=True)
        for url in unresolved:
            if phase.resolver.works:
                _store(cache, url, results[url])
            else:
                results[url] = _unproven(results[url])
        return results

    def _session(self) -> tuple[Any, Any]:
        client = getattr(self._local, "client", None)
        if client is None:
            from linter.linkcheck.transport import new_session

            client = self._local.client = new_session(self.settings.user_agent)
        return client

    def _check_one(self, url: str, fragments: frozenset[str], phase: Any) -> Result:
        from linter.linkcheck.http import UrlCheck

        if phase.stop.is_set() or time.monotonic() >= phase.ends:
            return phase.out_of_budget()  # type: ignore[no-any-return]
        host = host_of(url)
        with self._throttle_lock:
            throttled = self._throttled[host] >= self.settings.throttle_limit
        if throttled:
            return Result("unverified", f"not checked: {host} kept answering "
                                        "429 Too Many Requests; backing off")
        try:
            result = UrlCheck(*self._session(), phase).run(url, fragments)
        except Exception as error:  # a bug checking one URL must not lose every other finding
            return Result("unverified", f"not checked: internal error ({type(error).__name__}: "
                                        f"{str(error)[:200]})", internal_error=True)
        if result.throttled:
            with self._throttle_lock:
                self._throttled[host] += 1
        return result

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()


def _store(cache: LinkCache, url: str, result: Result) -> None:
    cache.put(url, result.outcome, result.status, result.final_url, result.message,
              result.anchors, result.https_works)


def _unproven(result: Result) -> Result:
    """"No such name" from a resolver that resolved nothing else this run: maybe no DNS."""
    return Result("unverified", f"{result.message}, and no other name resolved in this run, "
                                "so DNS may not be working here")


def _from_cache(cached: CachedResult) -> Result:
    return Result(cached.outcome, cached.error, cached.status, cached.final_url, cached.anchors,
                  cached.https_works)


def _interleaved_by_host(urls: Iterable[str]) -> list[str]:
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        by_host[host_of(url)].append(url)
    rounds = zip_longest(*by_host.values())
    return [url for round_ in rounds for url in round_ if url is not None]
