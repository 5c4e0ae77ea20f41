"""Bandwidth limits per host pair: a token bucket that every transport spends from."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .sparse import BLOCK_SIZE


class TokenBucket:
    """Allows `rate` bytes per second on average, with bursts up to `burst` bytes.

    `consume(n)` takes n bytes' worth of tokens, going into debt if needed, and sleeps the debt
    off outside the lock — so concurrent senders share the rate and a large send is paced.
    A rate of None means unlimited.
    """

    def __init__(
        self,
        rate: float | None,
        burst: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._burst_override = burst
        self.rate: float | None = None
        self.burst = 0
        self._tokens = 0.0
        self._stamp = clock()
        self.set_rate(rate)
        self._tokens = float(self.burst)

    def set_rate(self, rate: float | None) -> None:
        if rate is not None and rate <= 0:
            raise ValueError("rate must be positive (cut the link instead of a zero rate)")
        with self._lock:
            self._refill()
            self.rate = rate
            # A tenth of a second of traffic by default: smooth, yet few wake-ups.
            self.burst = self._burst_override or (max(BLOCK_SIZE, int(rate / 10)) if rate else 0)
            self._tokens = min(self._tokens, float(self.burst))

    def consume(self, n: int) -> float:
        """Spend n bytes; returns the seconds slept."""
        with self._lock:
            if self.rate is None:
                return 0.0
            self._refill()
            self._tokens -= n
            wait = -self._tokens / self.rate if self._tokens < 0 else 0.0
        if wait > 0:
            self._sleep(wait)
        return wait

    def _refill(self) -> None:
        now = self._clock()
        if self.rate is not None:
            self._tokens = min(float(self.burst), self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now


class LinkLimits:
    """The bucket of each (source host, target host) pair, created unlimited on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[tuple[str, str], TokenBucket] = {}

    def bucket(self, source_host: str, target_host: str) -> TokenBucket:
        with self._lock:
            key = (source_host, target_host)
            if key not in self._buckets:
                self._buckets[key] = TokenBucket(None)
            return self._buckets[key]

    def set_rate(self, source_host: str, target_host: str, rate: float | None) -> None:
        self.bucket(source_host, target_host).set_rate(rate)
