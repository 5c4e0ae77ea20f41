"""Filling the drill window's lists and tables from the flow's data, with translated words."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from app.domain.enums import JobState
from app.domain.model import Drill, Job, ProtectedItem, RecoveryPlan, Vm

from .. import formatting as fmt
from .. import job_text
from ..resources import icon
from . import report
from .flow import Finding, consistency_of, manual_instructions, proof_verdict, vm_name
from .pages import VerifyPage

CONTEXT = "DrillWindow"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def finding_text(finding: Finding) -> str:
    """What a pre-check found, as the operator reads it."""
    texts = {
        "ok": tr("{0}: protected and healthy"),
        "warning": tr("{0}: health warning (the drill may go on)"),
        "critical": tr("{0}: health is critical"),
        "refused": tr("{0}: a test failover is not allowed now"),
        "recovery-host-down": tr(
            "{0}: its recovery host is unreachable (the test VM cannot start)"
        ),
        "test-failover": tr("{0}: a test failover exists already (clean it up first)"),
        "missing-item": tr("{0}: no longer protected; edit the plan"),
        "empty-plan": tr("The plan {0} has no VMs"),
        "plan-busy": tr("A job of the plan {0} is running"),
        "drill-running": tr("A drill of this plan by {0} is running"),
        "abandoned-drill": tr("A drill of this plan by {0} was never finished (left as it was)"),
    }
    return texts.get(finding.code, "{0}").format(finding.subject)


def finding_icon(finding: Finding):
    if finding.code == "ok":
        return icon("health-normal")
    return icon("health-critical" if finding.blocking else "health-warning")


def fill_findings(tree: QTreeWidget, findings: Sequence[Finding]) -> None:
    tree.clear()
    # Problems first: an operator at night reads the top of the list.
    order = sorted(findings, key=lambda f: (not f.blocking, f.code == "ok"))
    for finding in order:
        detail = report.finding_detail(finding)
        row = QTreeWidgetItem([finding_text(finding), detail])
        row.setIcon(0, finding_icon(finding))
        row.setToolTip(1, detail)
        tree.addTopLevelItem(row)


def findings_verdict(findings: Sequence[Finding]) -> tuple[str, bool]:
    blocking = sum(1 for f in findings if f.blocking)
    if blocking:
        return tr("{0} problem(s) stop the drill. Fix them, then check again.").format(
            blocking
        ), False
    warnings = sum(1 for f in findings if f.code not in ("ok",))
    if warnings:
        return tr("Ready, with {0} warning(s).").format(warnings), True
    return tr("Ready: every VM is protected and healthy."), True


def fill_steps(tree: QTreeWidget, job: Job) -> None:
    """The job's steps with their state and, once done, how long after the start."""
    while tree.topLevelItemCount() > len(job.steps):
        tree.takeTopLevelItem(tree.topLevelItemCount() - 1)
    for n, step in enumerate(job.steps):
        after = (
            report.timing((step.ended - job.created).total_seconds())
            if step.ended is not None
            else ""
        )
        values = [job_text.step_name(step), fmt.job_state(step.state.value), after]
        row = tree.topLevelItem(n)
        if row is None:
            row = QTreeWidgetItem(values)
            tree.addTopLevelItem(row)
        else:
            for column, value in enumerate(values):
                row.setText(column, value)
        colour = {"succeeded": "#1b5e20", "failed": "#b71c1c", "waiting": "#8a4b00"}
        row.setForeground(1, QColor(colour.get(step.state.value, "#333333")))


def fill_vms(table: QTableWidget, drill: Drill) -> None:
    table.setRowCount(len(drill.vms))
    for row, vm in enumerate(drill.vms):
        group = drill.groups[vm.group].name if vm.group < len(drill.groups) else ""
        point = report.when(vm.recovery_point_time) if vm.recovery_point_id else "—"
        checks = consistency_of(vm) or []
        proof, colour = report.proof_text(proof_verdict(vm), checks)
        values = [
            vm.vm_name,
            f"{vm.group + 1}. {group}" if group else str(vm.group + 1),
            tr("running") if vm.test_vm_id else tr("did not start"),
            point,
            report.timing(vm.rpo_seconds),
            proof,  # one line per check: the row grows to show them all
        ]
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if column == 5:
                cell.setForeground(QColor(colour))
                cell.setToolTip("\n".join([proof, *(c.detail for c in checks if c.detail)]))
            table.setItem(row, column, cell)
    table.resizeRowsToContents()


def plan_summary(
    plan: RecoveryPlan, items: Mapping[str, ProtectedItem], vms: Mapping[str, Vm]
) -> str:
    """The plan's groups and their VMs, as rich text."""
    lines = [f"<p>{html.escape(plan.description)}</p>"] if plan.description else []
    for n, group in enumerate(plan.groups, start=1):
        names = [vm_name(items[i], vms) if i in items else i for i in group.item_ids]
        lines.append(
            tr("<b>Group {0}</b> {1}: {2}").format(
                n, html.escape(group.name), html.escape(", ".join(names) or "—")
            )
        )
    return "<br/>".join(lines)


def fill_verify(page: VerifyPage, drill: Drill) -> None:
    """The test VMs with their points and consistency proofs, the RTO, and the checklist."""
    fill_vms(page.vms, drill)
    per_group = ", ".join(
        tr("group {0}: {1}").format(n, report.timing(g.rto_seconds))
        for n, g in enumerate(drill.groups, start=1)
    )
    page.rto.setText(
        tr("RTO {0} in total ({1})").format(report.timing(drill.rto_seconds), per_group)
    )
    checklist = page.checklist
    checklist.blockSignals(True)  # filling is not ticking
    checklist.clear()
    for entry in drill.checklist:
        item = QListWidgetItem(entry.text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
        checklist.addItem(item)
    checklist.blockSignals(False)
    count_ticks(page)


def ticks(checklist: QListWidget) -> list[bool]:
    return [
        checklist.item(n).checkState() == Qt.CheckState.Checked for n in range(checklist.count())
    ]


def count_ticks(page: VerifyPage) -> None:
    done = ticks(page.checklist)
    page.checklist_title.setText(tr("Checklist — {0} of {1} verified").format(sum(done), len(done)))


def show_waiting(text: QLabel, button: QPushButton, job: Job) -> bool:
    """A plan's manual action: its instructions and the button that resumes the job, shown
    while the job waits; whether it waits."""
    waiting = job.state == JobState.WAITING
    text.setVisible(waiting)
    button.setVisible(waiting)
    found = manual_instructions(job)
    if found is not None:
        name, instructions = found
        step = next((job_text.step_name(s) for s in job.steps if s.name == name), name)
        text.setText(
            tr("<b>Waiting for you</b> — {0}:<br/>{1}").format(
                html.escape(step), html.escape(instructions)
            )
        )
    return waiting
