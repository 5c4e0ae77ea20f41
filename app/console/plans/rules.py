"""The recovery-plan editor's rules, without Qt: the plan being edited (a draft), what may be
added where, and what keeps it from being saved.

The editor's widgets only render a `PlanDraft` and call its methods; tests drive it directly.
Validation mirrors the control plane's (protected items only, each in one group, names and
action fields within the model's limits) so Save is disabled before the server would refuse;
the server's 422 still wins and is shown in place (`server_problems`).

Reasons are English templates passed through `tr` (the editor gives Qt's translator).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.model import ManualAction, PlanGroup, RecoveryPlan, RecoveryPlanSpec, ScriptAction

Tr = Callable[[str], str]
BEFORE, AFTER = "pre_actions", "post_actions"
MAX_GROUPS = 50
MAX_NAME = 120
MAX_TEXT = 4000
DEFAULT_TIMEOUT = 300


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Candidate:
    """A VM that may go into a plan: its protected item, if it has one."""

    vm_id: str
    name: str
    item_id: str | None  # None: the VM is not protected
    state: str = ""


@dataclass
class Catalogue:
    """The VMs the editor knows about, by VM id and by protected-item id."""

    by_vm: dict[str, Candidate] = field(default_factory=dict)
    by_item: dict[str, Candidate] = field(default_factory=dict)

    @classmethod
    def of(cls, vms: Iterable[Any], items: Iterable[Any]) -> Catalogue:
        """From the cache's VMs and protected items (pydantic objects or alike)."""
        item_of = {item.vm_id: item for item in items}
        catalogue = cls()
        for vm in vms:
            item = item_of.get(vm.id)
            state = getattr(getattr(item, "replication_state", None), "value", "")
            candidate = Candidate(vm.id, vm.name, item.id if item else None, state)
            catalogue.by_vm[vm.id] = candidate
            if item is not None:
                catalogue.by_item[item.id] = candidate
        return catalogue

    def protected(self) -> list[Candidate]:
        return sorted(self.by_item.values(), key=lambda c: c.name.casefold())

    def label(self, member: str) -> str:
        """A group member's name: the VM's name when known, the id otherwise."""
        candidate = self.by_item.get(member) or self.by_vm.get(member)
        return candidate.name if candidate else member


@dataclass
class ActionDraft:
    kind: str  # "script" | "manual"
    name: str = ""
    command: str = ""
    instructions: str = ""
    timeout_seconds: int = DEFAULT_TIMEOUT

    def spec(self) -> dict[str, Any]:
        if self.kind == "script":
            return {
                "kind": "script",
                "name": self.name.strip(),
                "command": self.command,
                "timeout_seconds": self.timeout_seconds,
            }
        return {"kind": "manual", "name": self.name.strip(), "instructions": self.instructions}


@dataclass
class GroupDraft:
    name: str
    members: list[str] = field(default_factory=list)  # protected-item ids (or a VM id refused)
    pre_actions: list[ActionDraft] = field(default_factory=list)
    post_actions: list[ActionDraft] = field(default_factory=list)

    def actions(self, when: str) -> list[ActionDraft]:
        return self.pre_actions if when == BEFORE else self.post_actions


@dataclass(frozen=True)
class Problem:
    """One reason the plan cannot be saved; `field` is a path as the API names fields
    ("name", "groups.0.item_ids.1", "groups.2.pre_actions.0.command")."""

    field: str
    reason: str
    note: str = ""  # the reason where the row itself shows it (without naming the row)


class PlanDraft:
    """The plan being edited."""

    def __init__(
        self,
        catalogue: Catalogue,
        plan: RecoveryPlan | None = None,
        other_names: Iterable[str] = (),
        tr: Tr = _same,
    ):
        self.catalogue = catalogue
        self.tr = tr
        self.plan_id = plan.id if plan else None
        self.other_names = {n.casefold() for n in other_names}
        self.name = plan.name if plan else ""
        self.description = plan.description if plan else ""
        self.groups: list[GroupDraft] = (
            [_group_draft(g) for g in plan.groups] if plan else [GroupDraft(self._group_name(1))]
        )
        self.saved = self.spec()

    # --- reading ----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.spec() != self.saved

    def group_of(self, member: str) -> int | None:
        """The (first) group a protected item is in."""
        for g, group in enumerate(self.groups):
            if member in group.members:
                return g
        return None

    def used(self) -> dict[str, int]:
        """Protected item → its (first) group."""
        seen: dict[str, int] = {}
        for g, group in enumerate(self.groups):
            for member in group.members:
                seen.setdefault(member, g)
        return seen

    def spec(self) -> dict[str, Any]:
        """The body for POST/PUT /recovery-plans (as the API takes it)."""
        return {
            "name": self.name.strip(),
            "description": self.description,
            "groups": [
                {
                    "name": g.name.strip(),
                    "item_ids": list(g.members),
                    "pre_actions": [a.spec() for a in g.pre_actions],
                    "post_actions": [a.spec() for a in g.post_actions],
                }
                for g in self.groups
            ],
        }

    def mark_saved(self, plan: RecoveryPlan) -> None:
        self.plan_id = plan.id
        self.saved = self.spec()

    # --- groups -----------------------------------------------------------------------------

    def _group_name(self, number: int) -> str:
        return self.tr("Group {0}").format(number)

    def add_group(self, name: str | None = None) -> int:
        self.groups.append(GroupDraft(name or self._group_name(len(self.groups) + 1)))
        return len(self.groups) - 1

    def remove_group(self, g: int) -> None:
        del self.groups[g]

    def move_group(self, g: int, to: int) -> int:
        """Move group `g` to position `to` (clamped); returns where it landed."""
        to = max(0, min(to, len(self.groups) - 1))
        self.groups.insert(to, self.groups.pop(g))
        return to

    # --- members ----------------------------------------------------------------------------

    def resolve(self, vm_or_item: str) -> str:
        """A dropped VM id becomes its protected item's id; anything else stays as it is (and
        validation says why it cannot stay)."""
        candidate = self.catalogue.by_vm.get(vm_or_item)
        if candidate is not None and candidate.item_id is not None:
            return candidate.item_id
        return vm_or_item

    def add_members(self, g: int, ids: Iterable[str], at: int | None = None) -> list[str]:
        """Add VMs (by VM or protected-item id) to group `g`; returns the member ids added."""
        group = self.groups[g]
        added = [self.resolve(i) for i in ids]
        added = [m for n, m in enumerate(added) if m not in added[:n]]  # one drop, once each
        at = len(group.members) if at is None else max(0, min(at, len(group.members)))
        group.members[at:at] = added
        return added

    def remove_member(self, g: int, member: str) -> None:
        self.groups[g].members.remove(member)

    def move_member(self, member: str, from_g: int, to_g: int, at: int | None = None) -> None:
        source = self.groups[from_g].members
        position = source.index(member)
        source.pop(position)
        target = self.groups[to_g].members
        if at is None:
            at = len(target)
        elif from_g == to_g and at > position:
            at -= 1  # the list got shorter before the drop position
        target.insert(max(0, min(at, len(target))), member)

    # --- actions ----------------------------------------------------------------------------

    def add_action(self, g: int, when: str, kind: str) -> int:
        actions = self.groups[g].actions(when)
        number = len(actions) + 1
        if kind == "script":
            action = ActionDraft("script", self.tr("Script {0}").format(number))
        else:
            action = ActionDraft("manual", self.tr("Manual step {0}").format(number))
        actions.append(action)
        return len(actions) - 1

    def remove_action(self, g: int, when: str, a: int) -> None:
        del self.groups[g].actions(when)[a]

    # --- validation -------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Every reason the plan cannot be saved, in the order an operator reads the editor."""
        tr = self.tr
        found: list[Problem] = []
        name = self.name.strip()
        if not name:
            found.append(Problem("name", tr("The plan needs a name.")))
        elif len(name) > MAX_NAME:
            found.append(
                Problem("name", tr("The name is longer than {0} characters.").format(MAX_NAME))
            )
        elif name.casefold() in self.other_names:
            found.append(
                Problem("name", tr("A recovery plan named '{0}' exists already.").format(name))
            )
        if len(self.description) > 2000:
            found.append(
                Problem("description", tr("The description is longer than 2000 characters."))
            )
        if not self.groups:
            found.append(Problem("groups", tr("The plan needs at least one group.")))
        if len(self.groups) > MAX_GROUPS:
            found.append(Problem("groups", tr("A plan has at most {0} groups.").format(MAX_GROUPS)))
        seen: dict[str, int] = {}
        for g, group in enumerate(self.groups):
            where = tr("Group {0}").format(g + 1)
            if not group.name.strip():
                found.append(Problem(f"groups.{g}.name", tr("{0} needs a name.").format(where)))
            for m, member in enumerate(group.members):
                path = f"groups.{g}.item_ids.{m}"
                label = self.catalogue.label(member)
                note = None
                if member not in self.catalogue.by_item:
                    note = tr("not a protected item: protect it first")
                    reason = tr("{0}: {1} is not a protected item; protect it first.")
                elif member in seen:
                    note = tr("in group {0} already: a VM goes in one group only").format(
                        seen[member] + 1
                    )
                    reason = tr("{0}: {1} is in group {2} already; a VM goes in one group only.")
                if note is not None:
                    text = reason.format(where, label, seen.get(member, 0) + 1)
                    found.append(Problem(path, text, note))
                seen.setdefault(member, g)
            for when in (BEFORE, AFTER):
                for a, action in enumerate(group.actions(when)):
                    found.extend(self._action_problems(action, f"groups.{g}.{when}.{a}", where))
        if self.groups and not seen:
            found.append(Problem("groups", tr("Add at least one protected VM to a group.")))
        return found

    def _action_problems(self, action: ActionDraft, path: str, where: str) -> list[Problem]:
        tr = self.tr
        title = action.name.strip() or tr("an action")
        out: list[Problem] = []
        if not action.name.strip():
            out.append(Problem(f"{path}.name", tr("{0}: an action needs a name.").format(where)))
        if action.kind == "script":
            if not action.command.strip():
                out.append(
                    Problem(
                        f"{path}.command",
                        tr("{0}: script '{1}' needs a command.").format(where, title),
                    )
                )
            elif len(action.command) > MAX_TEXT:
                out.append(
                    Problem(
                        f"{path}.command",
                        tr("{0}: the command of '{1}' is too long.").format(where, title),
                    )
                )
            if not 1 <= action.timeout_seconds <= 86400:
                out.append(
                    Problem(
                        f"{path}.timeout_seconds",
                        tr("{0}: the timeout of '{1}' must be 1 s to 24 h.").format(where, title),
                    )
                )
        elif not action.instructions.strip():
            out.append(
                Problem(
                    f"{path}.instructions",
                    tr("{0}: manual step '{1}' needs instructions for the operator.").format(
                        where, title
                    ),
                )
            )
        elif len(action.instructions) > MAX_TEXT:
            out.append(
                Problem(
                    f"{path}.instructions",
                    tr("{0}: the instructions of '{1}' are too long.").format(where, title),
                )
            )
        return out


def _group_draft(group: PlanGroup) -> GroupDraft:
    def action(a: ScriptAction | ManualAction) -> ActionDraft:
        if isinstance(a, ScriptAction):
            return ActionDraft(
                "script", a.name, command=a.command, timeout_seconds=a.timeout_seconds
            )
        return ActionDraft("manual", a.name, instructions=a.instructions)

    return GroupDraft(
        group.name,
        list(group.item_ids),
        [action(a) for a in group.pre_actions],
        [action(a) for a in group.post_actions],
    )


_GROUP_FIELD = re.compile(r"^(?:body\.)?groups\.(\d+)")


def server_problems(field_errors: Mapping[str, str], detail: str, tr: Tr = _same) -> list[str]:
    """The control plane's refusal as lines for the editor: field errors name their group."""
    lines = []
    for path, reason in field_errors.items():
        match = _GROUP_FIELD.match(path)
        if match:
            lines.append(tr("Group {0}: {1}").format(int(match.group(1)) + 1, reason))
        else:
            lines.append(f"{path}: {reason}" if path not in ("", "body") else reason)
    if not lines and detail:
        lines.append(detail)
    return lines


def spec_of(draft: PlanDraft) -> RecoveryPlanSpec:
    """The draft as the domain's spec (raises pydantic's ValidationError when invalid)."""
    return RecoveryPlanSpec.model_validate(draft.spec())
