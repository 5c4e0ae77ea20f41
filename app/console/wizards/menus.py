"""Where the wizards open from: the operations of the tree's context menu, a Protection menu
(policies, pairings, enable protection) and a Recovery plans menu (each plan's operations,
enabled from the operation table over its items). After a wizard starts a job, the jobs pane
follows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.domain.model import NetworkMapping, Policy, RecoveryPlan
from app.domain.operations import OPERATION_LABELS, ItemStatus, check
from app.domain.plan_steps import PLAN_OPERATIONS

from ..actions import Entry, refusal
from .flow import Flow, Outcome, Target
from .launch import flow_for, operation_flow
from .mapping_flow import MappingRulesFlow, mapping_label
from .pairing_flow import PairingFlow
from .policy_flow import PolicyFlow
from .protect_flow import ProtectFlow
from .wizard import FlowWizard

if TYPE_CHECKING:
    from ..main_window import MainWindow


class WizardMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.wizard: FlowWizard | None = None  # the one open now (tests drive it)
        bar = window.menuBar()
        protection = QMenu(self.tr("&Protection"), window)
        protection.setObjectName("protectionMenu")
        bar.addMenu(protection)
        self._add(protection, self.tr("&Enable protection…"), "enableProtection", self.protect)
        protection.addSeparator()
        self._add(protection, self.tr("&New replication policy…"), "newPolicy", self.new_policy)
        self.policies = protection.addMenu(self.tr("Edit replication &policy"))
        self.policies.setObjectName("editPolicyMenu")
        self.policies.aboutToShow.connect(self._fill_policies)
        self._add(protection, self.tr("Pair &clouds…"), "pairClouds", self.pair_clouds)
        self.mappings = protection.addMenu(self.tr("Edit &IP rules of a network mapping"))
        self.mappings.setObjectName("editMappingMenu")
        self.mappings.aboutToShow.connect(self._fill_mappings)
        # The plan editor's "Recovery plans" menu when it is there: its plans' operations go
        # below its own entries, so a plan failover is three clicks from the menu bar.
        plans = getattr(window, "plans_menu", None)
        if not isinstance(plans, QMenu):
            plans = QMenu(self.tr("Recovery p&lans"), window)
            plans.setObjectName("plansMenu")
            bar.addMenu(plans)
        self.plans = plans
        self.plans.setToolTipsVisible(True)
        self.plans.aboutToShow.connect(self.fill_plans)
        self.plan_actions: list[QAction] = []

    def _add(self, menu: QMenu, text: str, name: str, slot) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- opening a wizard -------------------------------------------------------------------

    def refused(self) -> str:
        status = self.session.cache.status
        return refusal(self.session.connected, self.session.role, status.seconds_until_retry())

    def open(self, flow: Flow) -> FlowWizard | None:
        reason = self.refused()
        if reason:
            self.window.statusBar().showMessage(reason, 8000)
            return None
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.close()
        wizard = FlowWizard(flow, self.session, self.window)
        wizard.started.connect(self.started)
        wizard.destroyed.connect(lambda *_: self._forget(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _forget(self, wizard: FlowWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None

    def started(self, outcome: Outcome) -> None:
        self.window.statusBar().showMessage(outcome.message, 10000)
        if outcome.jobs:
            self.window.bottom.setCurrentWidget(self.window.jobs)
            self.window.jobs.follow(outcome.jobs[0].id)

    def open_entry(self, entry: Entry) -> bool:
        """The wizard of a context-menu entry; False for the fast path (send at once)."""
        client, cache = self.session.client, self.session.cache
        try:
            flow = flow_for(client, cache, entry.operation, entry.item_id, entry.vm_id)
        except LookupError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return True
        if flow is None:
            return False
        self.open(flow)
        return True

    def protect(self) -> None:
        node = self.window.selected_node()
        chosen = [node.id] if node is not None and node.kind == "vm" and node.item is None else []
        self.open(ProtectFlow(self.session.client, self.session.cache, chosen))

    def new_policy(self) -> None:
        self.open(PolicyFlow(self.session.client, self.session.cache))

    def pair_clouds(self) -> None:
        self.open(PairingFlow(self.session.client, self.session.cache))

    def _fill_policies(self) -> None:
        self.policies.clear()
        policies = [
            p for p in self.session.cache.objects("policy").values() if isinstance(p, Policy)
        ]
        for policy in sorted(policies, key=lambda p: p.name):
            action = self.policies.addAction(policy.name + "…")
            action.triggered.connect(
                lambda _c=False, p=policy: self.open(
                    PolicyFlow(self.session.client, self.session.cache, p)
                )
            )
        if not policies:
            self.policies.addAction(self.tr("(no policy yet)")).setEnabled(False)

    def _fill_mappings(self) -> None:
        self.mappings.clear()
        cache = self.session.cache
        found = [
            m for m in cache.objects("network-mapping").values() if isinstance(m, NetworkMapping)
        ]
        labelled = sorted(((mapping_label(cache, m), m) for m in found), key=lambda x: x[0])
        for label, mapping in labelled:
            action = self.mappings.addAction(label + "…")
            action.triggered.connect(
                lambda _c=False, m=mapping: self.open(
                    MappingRulesFlow(self.session.client, self.session.cache, m)
                )
            )
        if not found:
            self.mappings.addAction(self.tr("(no network mapping yet)")).setEnabled(False)

    # --- recovery plans ---------------------------------------------------------------------

    def plan_reason(self, target: Target, operation) -> str:
        """Why the operation cannot run on the plan now ("" when it can)."""
        if not target.items:
            return self.tr("The plan has no protected items.")
        for item in target.items:
            verdict = check(operation, ItemStatus.of(item))
            if not verdict.allowed:
                return verdict.reason
        return ""

    def fill_plans(self) -> None:
        for action in self.plan_actions:
            self.plans.removeAction(action)
            if action.menu() is not None:
                action.menu().setObjectName("")  # gone: not to be found until deleted
                action.menu().deleteLater()
        self.plan_actions = []
        if self.plans.actions():
            self.plan_actions.append(self.plans.addSeparator())
        heading = self.plans.addAction(self.tr("Run a plan:"))
        heading.setEnabled(False)
        self.plan_actions.append(heading)
        cache = self.session.cache
        plans = [p for p in cache.objects("recovery-plan").values() if isinstance(p, RecoveryPlan)]
        refused = self.refused()
        for plan in sorted(plans, key=lambda p: p.name.casefold()):
            target = Target.plan(cache, plan.id)
            menu = QMenu(f"{plan.name}  ({plan.state})", self.plans)
            menu.setObjectName(f"plan-{plan.id}")
            self.plan_actions.append(self.plans.addMenu(menu))
            menu.setToolTipsVisible(True)
            for operation in PLAN_OPERATIONS:
                action = menu.addAction(self.tr(OPERATION_LABELS[operation]) + "…")
                action.setObjectName(f"planop-{operation.value}")
                reason = refused or self.plan_reason(target, operation)
                action.setEnabled(not reason)
                if reason:
                    action.setToolTip(self.tr(reason))
                action.triggered.connect(
                    lambda _c=False, p=plan.id, op=operation: self.open_plan(p, op)
                )
        if not plans:
            empty = self.plans.addAction(self.tr("(no recovery plan to run yet)"))
            empty.setEnabled(False)
            self.plan_actions.append(empty)

    def open_plan(self, plan_id: str, operation) -> FlowWizard | None:
        cache = self.session.cache
        try:
            target = Target.plan(cache, plan_id)
        except LookupError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return None
        return self.open(operation_flow(self.session.client, cache, operation, target))
