"""What jobs say, in the operator's language: step names and step lines rendered from the
codes and parameters the control plane sends (app/domain/step_text.py; the templates are
translated in the context "StepText"), times in local time, sizes, recovery-point kinds and
operations as the rest of the console words them, hosts and VMs by name; a job's operation
("test-failover@plan") and its error as the operator reads them.

A job from a control plane that sent no codes (older) shows its English name and output.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.enums import JobState
from app.domain.model import Job, JobStep, StepDetail
from app.domain.plan_steps import PLAN_JOB
from app.domain.step_text import PARAM_KINDS, TEXTS, english

from . import formatting as fmt

CONTEXT = "StepText"
Names = Callable[[str, str], str | None]
"""(kind, id) → the object's name, when the console knows it."""
CANCELLED = "Cancelled by an operator."  # the control plane's words for a cancelled job


def tr(text: str) -> str:
    return QCoreApplication.translate("JobText", text)


def render(code: str | None, params: dict[str, Any], names: Names | None = None) -> str | None:
    """The catalogue's sentence `code` in the console's language; None for a code this
    console does not know (a newer control plane) or parameters that do not fit."""
    template = TEXTS.get(code or "")
    if template is None:
        return None
    shown = {key: _param(key, value, names) for key, value in params.items()}
    try:
        return QCoreApplication.translate(CONTEXT, template).format(**shown)
    except (KeyError, IndexError, ValueError):
        try:
            return template.format(**shown)
        except (KeyError, IndexError, ValueError):
            return None


def _param(key: str, value: Any, names: Names | None) -> Any:
    kind = PARAM_KINDS.get(key)
    if value is None:
        return "—"
    if kind == "time" and isinstance(value, str):
        try:
            return fmt.clock(datetime.fromisoformat(value))
        except ValueError:
            return value
    if kind == "size" and isinstance(value, int | float):
        return fmt.size(value)
    if kind == "point-kind" and isinstance(value, str):
        return QCoreApplication.translate("VmPane", fmt.words(value))
    if kind == "operation" and isinstance(value, str):
        return fmt.operation(value)
    if kind in ("host", "vm") and isinstance(value, str) and names is not None:
        return names(kind, value) or value
    return value


def step_name(step: JobStep, names: Names | None = None) -> str:
    return render(step.code, step.params, names) or step.name


def detail(line: StepDetail, names: Names | None = None) -> str | None:
    return render(line.code, line.params, names)


def step_lines(step: JobStep, names: Names | None = None) -> list[str]:
    """Everything the step logged, one line each: the coded lines in the console's language,
    the others (a script's output) as they are."""
    coded = iter(step.details)
    upcoming = next(coded, None)
    lines: list[str] = []
    skip = 0  # the rest of a coded line that spans several (an operator's instructions)
    for line in step.output.splitlines():
        if skip:
            skip -= 1
            continue
        if upcoming is not None:
            prefix = f"{upcoming.vm_id}: " if upcoming.vm_id is not None else ""
            rendered = detail(upcoming, names)
            if rendered is not None and line.startswith(prefix):
                lines.extend(f"{prefix}{rendered}".splitlines())
                skip = _english_lines(upcoming) - 1
                upcoming = next(coded, None)
                continue
        lines.append(line)
    return lines


def _english_lines(line: StepDetail) -> int:
    try:
        return max(1, len(english(line.code, line.params).splitlines()))
    except (KeyError, IndexError, ValueError):
        return 1


def vm_lines(step: JobStep, vm_id: str, names: Names | None = None) -> list[str]:
    """The lines a recovery-plan group step logged about one of its VMs."""
    if step.details:
        found = [d for d in step.details if d.vm_id == vm_id]
        return [detail(d, names) or d.code for d in found]
    prefix = f"{vm_id}: "
    return [line[len(prefix) :] for line in step.output.splitlines() if line.startswith(prefix)]


def last_line(step: JobStep, names: Names | None = None) -> str:
    lines = [line for line in step_lines(step, names) if line.strip()]
    return lines[-1] if lines else ""


def job_operation(operation: str) -> str:
    """ "Test failover", or "Test failover (recovery plan)" for a plan's job."""
    label = fmt.operation(operation)
    if operation.endswith(PLAN_JOB):
        return tr("{0} (recovery plan)").format(label)
    return label


def job_error(job: Job, names: Names | None = None) -> str:
    """Why the job ended as it did: the failed step, named in the console's language, and
    its reason (the control plane's words: a fabric's message is not translated)."""
    if not job.error:
        return ""
    if job.state == JobState.CANCELLED and job.error == CANCELLED:
        return tr("Cancelled by an operator.")
    for step in job.steps:
        if step.state == JobState.FAILED and step.error:
            return tr("{0}: {1}").format(step_name(step, names), step.error)
    return job.error


def cache_names(cache: Any) -> Names:
    """Names from an InventoryCache (hosts and VMs)."""

    def name(kind: str, object_id: str) -> str | None:
        obj = cache.get(kind, object_id)
        return getattr(obj, "name", None) if obj is not None else None

    return name
