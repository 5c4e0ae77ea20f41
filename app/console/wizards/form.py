"""What a wizard page shows and asks, as plain data: the flows build these, the Qt pages
render them. Nothing here knows about widgets, so a test reads a page the way an operator
would — its fields, its facts, its warning — without a display."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"  # one line
    NUMBER = "number"  # an integer within minimum..maximum
    CHOICE = "choice"  # one of a few options, as radio buttons
    LIST = "list"  # one of many options, as a drop-down
    CHECK = "check"  # yes / no
    DATETIME = "datetime"  # a moment (UTC), for scheduling
    MULTI = "multi"  # several rows of a table, with a filter
    NOTES = "notes"  # several lines of text
    CONFIRM = "confirm"  # type a name to confirm


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    detail: str = ""  # a second line under a radio button; the columns of a MULTI row
    enabled: bool = True
    reason: str = ""  # why it is disabled


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: Kind
    options: tuple[Option, ...] = ()
    help: str = ""
    minimum: int = 0
    maximum: int = 0
    suffix: str = ""
    columns: tuple[str, ...] = ()  # MULTI: the headers of label + detail columns
    placeholder: str = ""


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    subtitle: str = ""
    fields: tuple[Field, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()  # read-only label / value lines
    warning: str = ""  # a highlighted box: data loss, a shutdown, what cannot be undone
    note: str = ""  # a quiet line under the fields
    facts_title: str = ""  # a heading over the facts


@dataclass(frozen=True)
class Problem:
    """Why Next (or Start) is not possible yet; `key` names the field, "" the whole page."""

    key: str
    message: str
