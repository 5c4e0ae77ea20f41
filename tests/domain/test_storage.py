"""A host's storage: the low-space warning rule and the reporting step."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.domain.model import Host, HostStorage
from app.domain.storage import (
    describe,
    percent_free,
    report_step,
    reported_free,
    size_text,
    storage_low,
)

GiB = 1 << 30
MiB = 1 << 20


@pytest.mark.parametrize(
    ("free_percent", "low"),
    [(100, False), (50, False), (10.0, False), (9.99, True), (5, True), (0, True)],
)
def test_low_below_ten_percent_free(free_percent: float, low: bool) -> None:
    total = 100 * GiB
    assert storage_low(total, int(total * free_percent / 100)) is low


@pytest.mark.parametrize(
    ("free_percent", "low"), [(9, True), (10, True), (11.9, True), (12, False), (40, False)]
)
def test_once_low_it_ends_at_twelve_percent(free_percent: float, low: bool) -> None:
    total = 100 * GiB
    assert storage_low(total, int(total * free_percent / 100), was_low=True) is low


def test_a_volume_without_a_size_is_never_low() -> None:
    assert storage_low(0, 0) is False
    assert storage_low(0, 0, was_low=True) is False
    assert percent_free(0, 0) is None


def test_reporting_step_is_a_1024th_of_the_volume_and_at_least_a_mib() -> None:
    assert report_step(64 * MiB) == MiB
    assert report_step(1 * GiB) == MiB
    assert report_step(100 * GiB) == 128 * MiB  # the power of two ≥ 100 MiB
    assert report_step(1 << 40) == GiB
    assert reported_free(100 * GiB, 12 * GiB + 127 * MiB) == 12 * GiB  # rounded down
    assert reported_free(64 * MiB, 64 * MiB) == 64 * MiB
    assert reported_free(64 * MiB, -5) == 0


def test_free_space_that_moves_within_a_step_reports_the_same_figure() -> None:
    total = 100 * GiB
    figures = {reported_free(total, 40 * GiB + k * 7 * MiB) for k in range(18)}  # 126 MiB
    assert len(figures) <= 2


def test_texts_an_operator_reads() -> None:
    assert size_text(512) == "512 B"
    assert size_text(12 * GiB + 400 * MiB) == "12.4 GiB"
    # 9.7 % free reads 9 %, under the 10 % line it is judged by (not a rounded-up "10 %").
    assert describe(100 * GiB, int(9.7 * GiB)) == "9.7 GiB free of 100.0 GiB (9 %)"


def test_a_figure_stays_until_free_space_moves_a_whole_step_away() -> None:
    total, step = 100 * GiB, 128 * MiB
    last = reported_free(total, 40 * GiB + 5 * MiB)
    assert last == 40 * GiB
    # Hovering at the step's edge (written, then pruned): the figure does not flip.
    for wobble in (-3 * MiB, 2 * MiB, -1 * MiB, step - MiB, -(step - MiB)):
        assert reported_free(total, 40 * GiB + wobble, last) == last
    assert reported_free(total, 40 * GiB - step, last) == 40 * GiB - step
    assert reported_free(total, 40 * GiB + step + MiB, last) == 40 * GiB + step


def test_measured_storage_rounds_and_judges() -> None:
    storage = HostStorage.measured(100 * GiB, 9 * GiB + 5)
    assert storage == HostStorage(total_bytes=100 * GiB, free_bytes=9 * GiB, low=True)
    assert not HostStorage.measured(100 * GiB, 11 * GiB).low
    assert HostStorage.measured(100 * GiB, 11 * GiB, last=storage).low  # not yet 12 %
    assert not HostStorage.measured(100 * GiB, 12 * GiB, last=storage).low
    # Nothing changed: the same object (no new document for the fabric sync to compare).
    assert HostStorage.measured(100 * GiB, 9 * GiB + 7 * MiB, last=storage) is storage


def test_host_storage_is_optional_and_coherent() -> None:
    agent = {"connected": True}
    assert Host(id="h", cloud_id="c", name="h", agent=agent).storage is None
    with pytest.raises(ValidationError, match="free_bytes"):
        HostStorage(total_bytes=10, free_bytes=11)
    host = Host.model_validate(
        {
            "id": "h",
            "cloud_id": "c",
            "name": "h",
            "agent": agent,
            "storage": {"total_bytes": 100, "free_bytes": 5, "low": True},
        }
    )
    assert host.storage is not None and host.storage.low
