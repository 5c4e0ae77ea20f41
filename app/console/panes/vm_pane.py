"""The VM pane: a protected VM's state, health and its reasons, figures, recovery points and
live graphs. History is fetched when the VM is selected; live samples come from the feed."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.api import FeedEvent
from app.client.errors import StandbyError
from app.domain.enums import Health, ReplicationState
from app.domain.health import RpoStanding, rpo_warning_seconds
from app.domain.model import HealthSample, ProtectedItem, RecoveryPoint, Vm

from .. import formatting as fmt
from .. import theme
from ..addresses import plan_text, vm_plan
from ..reason_text import reasons_text
from ..resources import icon
from ..session import Session
from .graphs import HealthGraphs

HISTORY = timedelta(hours=1)
_COLORS = {Health.NORMAL: "#2e7d32", Health.WARNING: "#b26a00", Health.CRITICAL: "#c62828"}


class VmPane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("vmPane")
        self.setAccessibleName(self.tr("VM details"))
        self.vm_id: str | None = None
        self.fetch_task: asyncio.Task | None = None
        self._dirty = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)

        header = QHBoxLayout()
        self.health_icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName("vmTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.health_label = QLabel()
        self.health_label.setObjectName("vmHealth")
        header.addWidget(self.health_icon)
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.health_label)
        header.addStretch(1)
        outer.addLayout(header)

        self.reasons = QLabel()
        self.reasons.setObjectName("vmHealthReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.reasons)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("vmPaneSplitter")
        left = QWidget()
        left_layout = QHBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        facts = QGroupBox(self.tr("Replication"))
        self.form = QFormLayout(facts)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("state", self.tr("State")),
            ("drill", self.tr("Test failover")),
            ("location", self.tr("Active location")),
            ("last", self.tr("Last replication")),
            ("rpo", self.tr("RPO")),
            ("pending", self.tr("Pending")),
            ("throughput", self.tr("Throughput")),
            ("cycles", self.tr("Cycles")),
            ("policy", self.tr("Policy")),
            ("hosts", self.tr("Source → target")),
            ("power", self.tr("Power")),
            ("addresses", self.tr("Addresses")),
            ("failover_address", self.tr("At failover")),
        ):
            value = QLabel()
            value.setObjectName(f"vmField-{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.fields[key] = value
            self.form.addRow(label + ":", value)
        left_layout.addWidget(facts)
        points_box = QGroupBox(self.tr("Recovery points"))
        points_layout = QVBoxLayout(points_box)
        self.points = QTreeWidget()
        self.points.setObjectName("recoveryPoints")
        self.points.setAccessibleName(self.tr("Recovery points"))
        self.points.setRootIsDecorated(False)
        self.points.setHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Cycle")])
        points_layout.addWidget(self.points)
        left_layout.addWidget(points_box, 1)
        self.points_box = points_box
        split.addWidget(left)
        self.graphs = HealthGraphs()
        split.addWidget(self.graphs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        self.splitter = split
        outer.addWidget(split, 1)

        self._unsubscribe = [
            session.cache.on_object(self._on_object),
            session.cache.on_event(self._on_event),
        ]
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._refresh_if_dirty)
        self._timer.start()

    # --- selection --------------------------------------------------------------------------

    @property
    def item(self) -> ProtectedItem | None:
        if self.vm_id is None:
            return None
        for item in self.session.cache.objects("protected-item").values():
            if item.vm_id == self.vm_id:
                return item
        return None

    def show_vm(self, vm_id: str) -> None:
        changed = vm_id != self.vm_id
        self.vm_id = vm_id
        self.refresh()
        if changed:
            self.graphs.clear()
            self.points.clear()
            self.fetch_history()

    def fetch_history(self) -> None:
        if self.fetch_task is not None and not self.fetch_task.done():
            self.fetch_task.cancel()
        item = self.item
        if item is None:
            return
        self.fetch_task = self.session.spawn(self._fetch(item.id), "vm-history")

    async def _fetch(self, item_id: str) -> None:
        since = fmt.server_now() - HISTORY  # the control plane's clock, not this computer's
        try:
            samples = await self.session.client.health(item_id, since)
            points = await self.session.client.recovery_points(item_id)
        except StandbyError as exc:
            self.points.setToolTip(self.tr("Could not fetch the history: {0}").format(exc))
            return
        item = self.item
        if item is None or item.id != item_id:
            return
        self.graphs.add_many(samples)
        self.set_points(points)

    def set_points(self, points: list[RecoveryPoint]) -> None:
        self.points.clear()
        for point in sorted(points, key=lambda p: p.time, reverse=True):
            row = QTreeWidgetItem(
                [fmt.clock(point.time), self.tr(fmt.words(point.kind.value)), str(point.cycle_id)]
            )
            self.points.addTopLevelItem(row)
        for column in range(3):
            self.points.resizeColumnToContents(column)
        # Every column in view ("Crash-consistent" was cut to "Crash" beside the facts): the
        # detail pane scrolls sideways in a narrow window rather than hide a column.
        scroll = self.points.verticalScrollBar().sizeHint().width()
        header = self.points.header()
        columns = sum(  # what each needs, not its width (the last one stretches)
            max(self.points.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(3)
        )
        self.points.setMinimumWidth(columns + scroll + 2 * self.points.frameWidth() + 4)

    # --- live updates -----------------------------------------------------------------------

    def _on_object(self, kind: str, _id: str, old: Any, new: Any) -> None:
        obj = new or old
        if self.vm_id is None or obj is None:
            return
        if (kind == "protected-item" and obj.vm_id == self.vm_id) or (
            kind == "vm" and obj.id == self.vm_id
        ):
            if kind == "protected-item" and old is None:
                self.fetch_history()
            self._dirty = True

    def _on_event(self, event: FeedEvent) -> None:
        item = self.item
        if item is None or event.id != item.id:
            return
        if event.type == "health-sample" and event.object:
            try:
                fields = {k: event.object.get(k) for k in HealthSample.model_fields}
                self.graphs.add(HealthSample.model_validate(fields))
            except ValueError:
                return
        elif event.type == "recovery-points":
            self.session.spawn(self._refetch_points(item.id), "vm-points")

    async def _refetch_points(self, item_id: str) -> None:
        try:
            points = await self.session.client.recovery_points(item_id)
        except StandbyError:
            return
        item = self.item
        if item is not None and item.id == item_id:
            self.set_points(points)

    def _refresh_if_dirty(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()
            return
        item = self.item
        if item is not None and item.last_replication is not None:  # keep "N s ago" true
            self.fields["last"].setText(self._last_text(item))

    def refresh(self) -> None:
        cache = self.session.cache
        vm: Vm | None = cache.get("vm", self.vm_id or "")
        item = self.item
        self.title.setText(vm.name if vm is not None else self.tr("(VM no longer in the vault)"))
        f = self.fields
        f["power"].setText(self.tr(fmt.words(vm.power_state.value)) if vm else "—")
        f["addresses"].setText(", ".join(vm.addresses) if vm and vm.addresses else "—")
        plan = vm_plan(cache, vm.id) if vm else None
        f["failover_address"].setText(plan_text(cache, plan, short=True) if plan else "—")
        f["failover_address"].setToolTip(plan_text(cache, plan) if plan else "")
        if item is None:
            self.health_icon.setPixmap(icon("vm").pixmap(24, 24))
            self.health_label.setText(self.tr("Not protected"))
            self.health_label.setStyleSheet("color: #777;")
            self.reasons.setText(
                self.tr("This VM is not protected. Use “Enable protection” from its menu.")
            )
            # Not a health: never in a health's colour (a previous VM's green or red).
            self.reasons.setStyleSheet(f"color: {theme.status_colour('unknown')};")
            self.fields["rpo"].setStyleSheet("")
            self.graphs.set_note("")
            for key in f:
                if key not in ("power", "addresses", "failover_address"):
                    f[key].setText("—")
            self.graphs.set_target(None)
            self.points_box.hide()
            self.graphs.hide()
            return
        self.points_box.show()
        self.graphs.show()
        color = _COLORS[item.health]
        self.health_icon.setPixmap(icon(f"health-{item.health.value}").pixmap(24, 24))
        self.health_label.setText(fmt.health(item.health))
        self.health_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        if item.health_reasons:
            self.reasons.setText(reasons_text(item.health_reasons))
        else:
            self.reasons.setText(self._no_problems(item))
        self.reasons.setStyleSheet(f"color: {color};")
        policy = cache.get("policy", item.policy_id)
        target = getattr(policy, "copy_frequency_seconds", None)
        f["state"].setText(fmt.replication_state(item.replication_state))
        f["drill"].setText(fmt.test_failover_state(item.test_failover_state) or self.tr("none"))
        f["location"].setText(self.tr(fmt.words(item.active_location.value)))
        f["last"].setText(self._last_text(item))
        standing = fmt.item_rpo_standing(item, target)
        f["rpo"].setText(self._rpo_text(item, standing, target))
        status = fmt.RPO_STATUS[standing]
        if status == "normal":
            f["rpo"].setStyleSheet("")
        elif status == "unknown":  # no RPO to judge: said in words, muted
            f["rpo"].setStyleSheet(f"color: {theme.status_colour('unknown')};")
        else:
            f["rpo"].setStyleSheet(f"color: {theme.status_colour(status)}; font-weight: bold;")
        self.graphs.set_note(
            fmt.rpo_why_none(item, short=True) if standing == RpoStanding.NOT_REPLICATING else ""
        )
        f["pending"].setText(fmt.size(item.pending_bytes))
        f["throughput"].setText(fmt.rate(item.throughput_bps))
        f["cycles"].setText(
            self.tr("{0} successful, {1} missed").format(item.successful_cycles, item.missed_cycles)
        )
        f["policy"].setText(getattr(policy, "name", item.policy_id))
        source = cache.get("host", item.source_host_id)
        target_host = cache.get("host", item.target_host_id or "")
        f["hosts"].setText(
            f"{getattr(source, 'name', item.source_host_id)} → "
            f"{getattr(target_host, 'name', item.target_host_id or '—')}"
        )
        replicating = standing != RpoStanding.NOT_REPLICATING
        self.graphs.set_target(
            rpo_warning_seconds(target) if target is not None and replicating else None
        )

    def _rpo_text(self, item: ProtectedItem, standing: RpoStanding, target: int | None) -> str:
        """The RPO field: the figure against the policy where it counts, otherwise why there
        is none (failed over, the first copy under way, …)."""
        if standing == RpoStanding.NOT_REPLICATING:
            return fmt.rpo_why_none(item)
        if item.rpo_seconds is None:
            if item.replication_state == ReplicationState.INITIAL_REPLICATION:
                return self.tr("none yet: the initial copy is under way")
            return self.tr("unknown: no recovery point yet")
        rpo = fmt.duration(item.rpo_seconds)
        if standing == RpoStanding.COPYING:
            return self.tr("{0}  (reverse replication under way: judged once it completes)").format(
                rpo
            )
        if target is None:
            return rpo
        return self.tr("{0}  (target {1}, warning above {2})").format(
            rpo, fmt.duration(target), fmt.duration(rpo_warning_seconds(target))
        )

    def _no_problems(self, item: ProtectedItem) -> str:
        """No health reason: say so, with what the item is doing where that is not yet
        protection (no "No problems" beside "Last replication: never" without a word)."""
        state = item.replication_state
        if state == ReplicationState.ENABLING_PROTECTION:
            return self.tr(
                "No problems: protection is being enabled; the initial copy starts next."
            )
        if state == ReplicationState.INITIAL_REPLICATION:
            return self.tr(
                "No problems: the initial copy is under way; the VM is protected from its "
                "first recovery point on."
            )
        if state == ReplicationState.REVERSE_REPLICATING:
            return self.tr("No problems: reverse replication is under way.")
        return self.tr("No problems.")

    def _last_text(self, item: ProtectedItem) -> str:
        if item.last_replication is None:
            return self.tr("never")
        # The point's time is on the estate's clock (a lab's runs faster than the control
        # plane's): its age is the RPO the control plane read, not this computer's reckoning.
        if item.rpo_seconds is not None:
            since = self.tr("{0} ago").format(fmt.duration(item.rpo_seconds))
        else:
            since = fmt.ago(item.last_replication)
        return self.tr("{0} ({1})").format(fmt.clock(item.last_replication), since)

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
