"""Jobs, newest first, live from the cache (progress, state, errors)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain.enums import JobState
from app.domain.model import Job
from app.domain.operations import OPERATION_LABELS
from app.domain.plan_steps import operation_of_plan_job

from .. import formatting as fmt
from .. import job_text
from ..resources import icon
from .keyed import KeyedTableModel, newest_first

OPERATION, OBJECT, STATE, PROGRESS, STARTED_BY, CREATED, DURATION, ERROR = range(8)
ProgressRole = Qt.ItemDataRole.UserRole + 7  # 0..100


def operation_label(operation: str) -> str:
    """The operation's English label (a plan job's: the operation it runs over the plan)."""
    try:
        return OPERATION_LABELS[operation_of_plan_job(operation)]
    except ValueError:
        return fmt.words(operation)


class JobsModel(KeyedTableModel):
    kind = "job"

    def order(self, job: Job) -> tuple[float, str]:
        return newest_first(job.created, job.id)

    def headers(self) -> list[str]:
        return [
            self.tr("Operation"),
            self.tr("Object"),
            self.tr("State"),
            self.tr("Progress"),
            self.tr("Started by"),
            self.tr("Created"),
            self.tr("Duration"),
            self.tr("Error"),
        ]

    def cell(self, job: Job, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == OPERATION:
                return job_text.job_operation(job.operation)
            if column == OBJECT:
                return job.object_name or job.object_id
            if column == STATE:
                return fmt.job_state(job.state.value)
            if column == PROGRESS:
                return f"{job.progress * 100:.0f} %"
            if column == STARTED_BY:
                return job.started_by
            if column == CREATED:
                return fmt.clock(job.created)
            if column == DURATION:
                if job.started is None:
                    return ""
                end = job.ended or fmt_now(job)
                return fmt.duration((end - job.started).total_seconds())
            if column == ERROR:
                return job_text.job_error(job)
        if role == ProgressRole and column == PROGRESS:
            return round(job.progress * 100)
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            if job.state == JobState.FAILED:
                return icon("health-critical")
            if job.state == JobState.WAITING:
                return icon("health-warning")
            if job.state == JobState.SUCCEEDED:
                return icon("health-normal")
        if role == Qt.ItemDataRole.ForegroundRole and column == ERROR and job.error:
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.ToolTipRole and column == ERROR and job.error:
            return job_text.job_error(job)
        return None


def fmt_now(job: Job):
    """Now on the control plane's clock (a running job's duration counts on it)."""
    return fmt.server_now()
