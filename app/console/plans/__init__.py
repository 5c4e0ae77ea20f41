"""Recovery plans in the console: the plan editor and the running-plan view.

`open_plan_editor(window, plan_id)` and `show_plan_run(window, job_id)` are the entry points
for the main window, the wizards and the drill: each opens (or raises) a window of its own,
never modal. `window` is anything with a `session` (the main window).

The package's rules (`rules`, `run_state`) import no Qt, so importing them (and this package)
stays Qt-free; the windows are imported when one is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .editor import PlanEditor
    from .run_view import PlanRunView

__all__ = ["open_plan_editor", "show_plan_run"]


def _open(window: Any, attribute: str) -> dict[str, Any]:
    registry = getattr(window, attribute, None)
    if registry is None:
        registry = {}
        setattr(window, attribute, registry)
    return registry


def _raise(widget: Any) -> None:
    widget.show()
    widget.raise_()
    widget.activateWindow()


def show_plan_run(window: Any, job_id: str) -> PlanRunView:
    """Open the live view of a plan job (or bring its open view to the front)."""
    from PySide6.QtWidgets import QWidget

    from .run_view import PlanRunView

    views = _open(window, "_plan_run_views")
    view = views.get(job_id)
    if view is None or not view.isVisible():
        if view is not None:
            view.detach()
        view = PlanRunView(window.session, job_id, window if isinstance(window, QWidget) else None)
        views[job_id] = view
    _raise(view)
    return view


def open_plan_editor(window: Any, plan_id: str | None = None) -> PlanEditor:
    """Open the editor on a plan (None: a new plan); one editor per plan at a time."""
    from PySide6.QtWidgets import QWidget

    from .editor import PlanEditor, draft_from_cache

    editors = _open(window, "_plan_editors")
    key = plan_id or ""
    editor = editors.get(key)
    if editor is None or not editor.isVisible() or plan_id is None:
        editor = PlanEditor(
            window.session,
            draft_from_cache(window.session, plan_id),
            window if isinstance(window, QWidget) else None,
        )
        if plan_id is None:
            # A new plan, once saved, is that plan's editor from then on.
            editor.saved.connect(lambda saved_id, e=editor: editors.__setitem__(saved_id, e))
        editors[plan_id or f"new-{id(editor)}"] = editor
    _raise(editor)
    return editor
