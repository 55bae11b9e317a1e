"""Scheduling: each distinct URL once, a bounded thread pool, hosts interleaved, results cached.

Every thread has its own requests.Session. URLs are ordered round-robin by host so the pool's
threads are not all queued on one host's limit. A host that keeps answering 429 after retries
is left alone: its remaining URLs are reported unverified rather than hammered.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import zip_longest

from linter.linkcheck.cache import CachedResult, LinkCache
from linter.linkcheck.result import Result
from linter.linkcheck.settings import LinkSettings
from linter.linkcheck.urls import host_of


@dataclass
class LinkChecker:
    settings: LinkSettings
    offline: bool = False
    refresh: bool = False
    progress: Callable[[int], None] | None = None

    def __post_init__(self) -> None:
        self._excluded = [re.compile(pattern) for pattern in self.settings.exclude]
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
        return any(pattern.search(url) for pattern in self._excluded)

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

        from linter.linkcheck.http import HostGates

        gates = HostGates(self.settings)
        results: dict[str, Result] = {}
        pool = ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency),
                                  thread_name_prefix="medlint-link")
        try:
            futures: dict[Future[Result], str] = {
                pool.submit(self._check_one, url, wanted[url], gates): url
                for url in _interleaved_by_host(urls)
            }
            remaining = set(futures)
            while remaining:
                done, remaining = wait(remaining, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    url = futures[future]
                    result = future.result()
                    results[url] = result
                    if not result.internal_error:
                        cache.put(url, result.outcome, result.status, result.final_url,
                                  result.message, result.anchors, result.https_works)
                    if self.progress is not None:
                        self.progress(1)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return results

    def _session(self) -> object:
        session = getattr(self._local, "session", None)
        if session is None:
            import requests

            session = requests.Session()
            session.headers["User-Agent"] = self.settings.user_agent
            session.headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8"
            self._local.session = session
        return session

    def _check_one(self, url: str, fragments: frozenset[str], gates: object) -> Result:
        from linter.linkcheck.http import UrlCheck

        host = host_of(url)
        with self._throttle_lock:
            throttled = self._throttled[host] >= self.settings.throttle_limit
        if throttled:
            return Result("unverified", f"not checked: {host} kept answering "
                                        "429 Too Many Requests; backing off")
        try:
            result = UrlCheck(self._session(), self.settings, gates).run(url, fragments)  # type: ignore[arg-type]
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


def _from_cache(cached: CachedResult) -> Result:
    return Result(cached.outcome, cached.error, cached.status, cached.final_url, cached.anchors,
                  cached.https_works)


def _interleaved_by_host(urls: Iterable[str]) -> list[str]:
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        by_host[host_of(url)].append(url)
    rounds = zip_longest(*by_host.values())
    return [url for round_ in rounds for url in round_ if url is not None]
