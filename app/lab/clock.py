"""The lab's clock: real time by default, or faster so 30 s cycles pass in a few seconds."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta


class LabClock:
    def __init__(self, factor: float = 1.0):
        if factor <= 0:
            raise ValueError("the clock factor must be positive")
        self.factor = factor
        self._origin_wall = datetime.now(UTC)
        self._origin_mono = time.monotonic()

    @property
    def origin(self) -> datetime:
        """The wall-clock moment at which lab time and real time agree."""
        return self._origin_wall

    def continue_from(self, origin: datetime) -> None:
        """Go on with the time line of an earlier lab process that started at `origin` (with
        the same factor), as if it had never stopped: lab time stays monotonic across a
        restart, and so do recovery points' and timers' lab times."""
        elapsed = (datetime.now(UTC) - origin).total_seconds()
        if elapsed < 0:
            return  # the wall clock went back: keep our own time line
        self._origin_wall = origin
        self._origin_mono = time.monotonic() - elapsed

    def now(self) -> datetime:
        elapsed = (time.monotonic() - self._origin_mono) * self.factor
        return self._origin_wall + timedelta(seconds=elapsed)

    def lab_time(self, real: datetime) -> datetime:
        """The lab time at which a real wall-clock moment happened."""
        return self._origin_wall + (real - self._origin_wall) * self.factor

    def estate_time(self, real: datetime) -> datetime:
        """The estate's time (the data plane's EstateClock): the lab time."""
        return self.lab_time(real)

    def seconds(self, lab_seconds: float) -> float:
        """Real seconds that `lab_seconds` of lab time take."""
        return lab_seconds / self.factor
