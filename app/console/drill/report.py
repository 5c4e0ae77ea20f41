"""The drill report for auditors: HTML (rendered by QTextDocument) and PDF (QPdfWriter),
saved in the user's data folder and opened with the desktop's viewer.

The content comes from `content.report_content` (data); this module only words and lays it
out, so a past drill's report is regenerated from its stored record alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.model import ConsistencyCheck, Drill

from .. import formatting as fmt
from .. import i18n
from ..reason_text import reason_text
from .content import ReportContent, VmRow, report_content
from .flow import Finding

CONTEXT = "DrillReport"
GREEN, RED, AMBER, GREY = "#1b5e20", "#b71c1c", "#8a4b00", "#555555"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reports_folder() -> Path:
    """Where drill reports are saved: the user's data folder (XDG_DATA_HOME on Linux)."""
    return platformdirs.user_data_path("standby", appauthor=False) / "drill-reports"


@dataclass(frozen=True)
class ReportFiles:
    html: Path
    pdf: Path


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:40] or "plan"


def write_report(drill: Drill, folder: Path | None = None) -> ReportFiles:
    """Write the drill's report as HTML and PDF (replacing an earlier rendering)."""
    folder = folder or reports_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"drill-{drill.started:%Y%m%d-%H%M}-{_slug(drill.plan_name)}-{drill.id}"
    files = ReportFiles(folder / f"{stem}.html", folder / f"{stem}.pdf")
    text = report_html(report_content(drill))
    files.html.write_text(text, encoding="utf-8")
    write_pdf(text, files.pdf, title=tr("DR drill report — {0}").format(drill.plan_name))
    return files


def write_pdf(text: str, path: Path, title: str = "") -> None:
    document = QTextDocument()
    document.setHtml(text)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument adds its own 2 cm around the text when it prints.
    writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Standby")
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes away


def open_file(path: Path) -> bool:
    """Open a report with the desktop's viewer for its kind."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# --- wording ------------------------------------------------------------------------------


def when(value: datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def timing(seconds: float | None) -> str:
    """An RTO or RPO: tenths of a second below a minute (a small plan recovers fast)."""
    if seconds is not None and seconds < 60:
        return tr("{0:.1f} s").format(seconds)
    return fmt.duration(seconds)


def state_text(state: str) -> tuple[str, str]:
    """The drill's state as the report's headline says it, and its colour."""
    return {
        "passed": (tr("PASSED"), GREEN),
        "failed": (tr("FAILED"), RED),
        "test-failover": (tr("IN PROGRESS — test failover running"), AMBER),
        "verifying": (tr("IN PROGRESS — verification"), AMBER),
        "cleaning-up": (tr("IN PROGRESS — cleanup running"), AMBER),
    }.get(state, (state, GREY))


def proof_text(verdict: str, checks: Iterable[ConsistencyCheck]) -> tuple[str, str]:
    """A test VM's consistency proof in words (one line per check), and its colour."""
    lines = [check_text(c) for c in checks]
    if verdict == "not-checked" and not lines:
        return tr("Not checked"), GREY
    head = {"passed": tr("Passed"), "failed": tr("FAILED")}.get(verdict, tr("Not checked"))
    colour = {"passed": GREEN, "failed": RED}.get(verdict, GREY)
    return tr("{0}: {1}").format(head, "\n".join(lines)), colour


def check_text(check: ConsistencyCheck) -> str:
    """One check in an operator's words: what was checked, how, and what was found."""
    if check.kind == "auditor":
        return _auditor_text(check)
    disk = check.disk or tr("the disk")
    if check.kind == "filesystem":
        text = {
            "passed": tr(
                "{0}: file system clean (e2fsck after journal replay, on a throw-away copy "
                "of the point)"
            ),
            "failed": tr("{0}: file system damaged (e2fsck after journal replay)"),
        }.get(check.verdict, tr("{0}: file system not checked (no ext2/3/4 on the whole disk)"))
    elif check.verdict == "passed":
        text = tr("{0}: the guest's own sequence log ends at write {1}, with no gap")
    else:
        text = tr("{0}: the guest's own sequence log ends at write {1}, with gaps")
    text = text.format(disk, check.sequence if check.sequence is not None else "—")
    if check.verdict == "failed" and check.detail:
        text += " — " + check.detail.splitlines()[-1][:200]
    return text


def _auditor_text(check: ConsistencyCheck) -> str:
    passed = check.verdict == "passed"
    parts = [tr("intact"), tr("crash-consistent")] if passed else [tr("not consistent")]
    if check.app_consistent:
        parts.append(tr("app-consistent"))
    if check.writes_lost is not None:
        parts.append(tr("{0} write(s) after the point").format(check.writes_lost))
    text = tr("{0} (lab auditor)").format(", ".join(parts))
    if not passed and check.detail:
        text += " — " + check.detail[:300]
    return text


def _keep_words(text: str) -> str:
    """Escaped, with each hyphenated word kept on one line (crash-consistent)."""
    return re.sub(r"(\S+-\S+)", r"<span style='white-space:nowrap'>\1</span>", html.escape(text))


def _nowrap(text: str) -> str:
    return f"<span style='white-space:nowrap'>{html.escape(text)}</span>"


def finding_text(finding: Finding) -> str:
    texts = {
        "no-test-vm": tr("The test VM of {0} did not start."),
        "consistency-failed": tr("The consistency proof of {0}'s test VM failed."),
        "unticked": tr("Not verified: {0}"),
        "cleanup-failed": tr("The cleanup of {0} did not succeed."),
    }
    text = texts.get(finding.code, "{0}").format(finding.subject)
    return f"{text} {finding_detail(finding)}".strip()


def finding_detail(finding: Finding) -> str:
    """A finding's detail in the console's language: health reasons from their codes, an
    operation's refusal part by part; other details as the control plane said them."""
    if finding.reasons:
        return "; ".join(reason_text(r) for r in finding.reasons)
    if finding.code == "refused":
        return i18n.reason_text(finding.detail)
    return finding.detail


def point_text(row: VmRow) -> str:
    if row.point_id is None:
        return "—"
    kind = {
        "crash-consistent": tr("crash-consistent"),
        "app-consistent": tr("app-consistent"),
    }.get(row.point_kind or "", row.point_kind or "")
    return f"{when(row.point_time)}<br/><small>{_e(kind)}</small>"


def _e(text: object) -> str:
    return html.escape(str(text))


# --- layout -------------------------------------------------------------------------------

STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; margin-top: 16px; margin-bottom: 4px; color: #1a3a5c; }
table.grid { border-collapse: collapse; font-size: 9pt; }
table.grid th { background: #e8edf3; text-align: left; }
table.grid th, table.grid td { border: 1px solid #b8c2cc; padding: 4px 6px; }
td.key { color: #444; font-weight: bold; }
.outcome { font-size: 15pt; font-weight: bold; }
small { color: #555; }
"""


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    """A grid; `widths` in per cent of the page, one per column."""
    sized = widths or [0] * len(headers)
    head = "".join(
        f"<th width='{w}%'>{h}</th>" if w else f"<th>{h}</th>"
        for h, w in zip(headers, sized, strict=True)
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        '<table class="grid" width="100%" cellspacing="0" cellpadding="4" border="1">'
        f"<tr>{head}</tr>{body}</table>"
    )


def report_html(c: ReportContent) -> str:
    outcome, colour = state_text(c.state)
    summary = [
        (tr("Recovery plan"), _e(c.plan_name)),
        (tr("Operator"), _e(c.operator)),
        (tr("Started"), when(c.started)),
        (tr("Ended"), when(c.ended)),
        (tr("Duration"), fmt.duration(c.duration_seconds)),
        (tr("RTO (all groups)"), f"<b>{timing(c.rto_seconds)}</b>"),
        (tr("Worst RPO"), timing(c.worst_rpo_seconds)),
    ]
    # The records' identifiers, for whoever looks them up in the audit log: at the foot of the
    # report, small, not among what a reader takes in first.
    references = [
        (tr("Drill"), c.drill_id),
        (tr("Test failover job"), c.test_failover_job_id or "—"),
        (tr("Cleanup job"), c.cleanup_job_id or "—"),
    ]
    parts = [
        f"<html><head><meta charset='utf-8'><title>{_e(tr('DR drill report'))} — "
        f"{_e(c.plan_name)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_e(tr('DR drill report'))}: {_e(c.plan_name)}</h1>",
        f"<p class='outcome' style='color:{colour}'>{_e(outcome)}</p>",
        '<table cellspacing="0" cellpadding="3">'
        + "".join(f"<tr><td class='key'>{_e(k)}</td><td>{v}</td></tr>" for k, v in summary)
        + "</table>",
    ]
    if c.failures:
        items = "".join(f"<li>{_e(finding_text(f))}</li>" for f in c.failures)
        parts.append(f"<h2>{_e(tr('Why the drill did not pass'))}</h2><ul>{items}</ul>")
    parts.append(f"<h2>{_e(tr('Recovery time per group'))}</h2>")
    parts.append(
        _table(
            [_e(tr("Group")), _e(tr("VMs")), _e(tr("RTO"))],
            [
                [
                    _e(f"{g.number}. {g.name}" if g.name else str(g.number)),
                    _e(", ".join(g.vms)),
                    timing(g.rto_seconds),
                ]
                for g in c.groups
            ],
            [30, 55, 15],
        )
    )
    parts.append(
        f"<p><small>{_e(tr('RTO: from the start of the test failover until the group’s test VMs were up, from the job’s step timings.'))}</small></p>"  # noqa: E501
    )
    parts.append(f"<h2>{_e(tr('Virtual machines'))}</h2>")
    rows = []
    for row in c.vms:
        proof, proof_colour = proof_text(row.verdict, row.checks)
        proof_html = _keep_words(proof).replace("\n", "<br/>")
        rows.append(
            [
                _nowrap(row.name),
                _nowrap(row.group),
                point_text(row),
                timing(row.rpo_seconds),
                f"<span style='color:{proof_colour}'>{proof_html}</span>",
            ]
        )
    parts.append(
        _table(
            [
                _e(tr("VM")),
                _e(tr("Group")),
                _e(tr("Recovery point used")),
                _e(tr("RPO")),
                _e(tr("Consistency proof of the test VM")),
            ],
            rows,
            [0, 0, 19, 0, 40],  # names and RPO as wide as they need
        )
    )
    # Extracted for translation as plain calls (lupdate does not read tr() inside f-strings).
    times = tr(
        "Recovery point times are on the fabric’s clock. RPO: the point’s age when the test "
        "failover started."
    )
    proofs = tr(
        "Consistency proof: each estate’s own checks of the point the test VM started from. "
        "In the lab, its auditor reads the test VM’s disks block by block against the guest’s "
        "write history. On real VMs, e2fsck checks each disk’s file system after replaying its "
        "journal, on a throw-away copy of the point (neither the point nor the test VM is "
        "written), and where the guest keeps a sequence log, the log found on the disk must "
        "have no gap."
    )
    parts.append(f"<p><small>{_e(times)} {_e(proofs)}</small></p>")
    parts.append(f"<h2>{_e(tr('Checklist'))}</h2>")
    parts.append(
        _table(
            [_e(tr("Verified")), _e(tr("Item"))],
            [
                [
                    f"<span style='color:{GREEN}'>✔ {_e(tr('yes'))}</span>"
                    if item.done
                    else f"<span style='color:{RED}'>✘ {_e(tr('no'))}</span>",
                    _e(item.text),
                ]
                for item in c.checklist
            ],
            [12, 88],
        )
    )
    parts.append(f"<h2>{_e(tr('Notes'))}</h2>")
    notes = _e(c.notes).replace("\n", "<br/>") if c.notes.strip() else _e(tr("(none yet)"))
    parts.append(f"<p>{notes}</p>")
    parts.append(
        f"<p><small>{_e(tr('Report generated {0} from the drill record kept by the control plane.').format(when(datetime.now().astimezone())))}</small></p>"  # noqa: E501
    )
    parts.append(
        "<p><small>"
        + " · ".join(f"{_e(label)}: <code>{_e(ref)}</code>" for label, ref in references)
        + "</small></p>"
    )
    parts.append("</body></html>")
    return "".join(parts)
