"""The main window's "Recovery plans" menu: a new plan, edit a plan, follow a running plan
job; and the jobs pane's way into the running-plan view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.domain.model import Job

from . import open_plan_editor, show_plan_run


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanMenu", text)


def install_plans(window: Any) -> QMenu:
    """Add the menu to `window` (the main window) and hook the jobs pane to the run view."""
    menu = window.menuBar().addMenu(_tr("Recovery &plans"))
    menu.setObjectName("plansMenu")
    new = QAction(_tr("&New plan…"), window)
    new.setObjectName("newPlan")
    new.setShortcut(QKeySequence("Ctrl+Shift+N"))
    new.triggered.connect(lambda: open_plan_editor(window))
    menu.addAction(new)
    edit = menu.addMenu(_tr("&Edit plan"))
    edit.setObjectName("editPlanMenu")
    edit.aboutToShow.connect(lambda: _fill_plans(window, edit))
    follow = menu.addMenu(_tr("&Follow a plan job"))
    follow.setObjectName("followPlanMenu")
    follow.aboutToShow.connect(lambda: _fill_jobs(window, follow))
    window.plans_menu = menu
    closed = getattr(window, "closed", None)
    if closed is not None:
        closed.connect(lambda: _close_all(window))
    jobs = getattr(window, "jobs", None)
    if jobs is not None and hasattr(jobs, "plan_run_requested"):
        jobs.plan_run_requested.connect(lambda job_id: show_plan_run(window, job_id))
    return menu


def _fill_plans(window: Any, menu: QMenu) -> None:
    menu.clear()
    plans = sorted(
        window.session.cache.objects("recovery-plan").values(),
        key=lambda p: p.name.casefold(),
    )
    if not plans:
        empty = menu.addAction(_tr("No recovery plans yet"))
        empty.setEnabled(False)
    for plan in plans:
        action = menu.addAction(_tr("{0}  ({1})").format(plan.name, plan.state))
        action.setObjectName(f"editPlan-{plan.id}")
        action.triggered.connect(lambda _c=False, p=plan.id: open_plan_editor(window, p))


def plan_jobs(window: Any) -> list[Job]:
    """Plan jobs in the cache, running ones first, newest first."""
    jobs = [j for j in window.session.cache.jobs.values() if j.object_kind == "recovery-plan"]
    return sorted(jobs, key=lambda j: (j.state.finished, -j.created.timestamp()))


def _fill_jobs(window: Any, menu: QMenu) -> None:
    from .. import formatting as fmt

    menu.clear()
    jobs = plan_jobs(window)[:15]
    if not jobs:
        empty = menu.addAction(_tr("No plan jobs"))
        empty.setEnabled(False)
    for job in jobs:
        label = fmt.operation(job.operation)
        action = menu.addAction(
            _tr("{0} of {1} — {2}").format(label, job.object_name, fmt.job_state(job.state.value))
        )
        action.setObjectName(f"followPlanJob-{job.id}")
        action.triggered.connect(lambda _c=False, j=job.id: show_plan_run(window, j))


def _close_all(window: Any) -> None:
    """The main window is going away: its plan windows stop following the cache."""
    for attribute in ("_plan_run_views", "_plan_editors"):
        for widget in list(getattr(window, attribute, {}).values()):
            if hasattr(widget, "detach"):
                widget.detach()
