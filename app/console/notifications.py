"""File → Notifications…: the control plane's notification rules (administrators).

The rules on the left, the selected one's settings on the right (severity, site or plan,
quiet hours, the webhook or the SMTP server), its delivery log below, and "Send a test",
which saves the form first when it changed and then shows whether the test arrived. Secrets
are write-only: an empty secret field keeps the stored one, and the dialog never shows one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import Forbidden, InvalidRequest, StandbyError
from app.domain.enums import Severity
from app.domain.notifications import Delivery, NotificationRule

from . import theme
from .formatting import clock
from .session import Session

CONTEXT = "NotificationsDialog"
# Values the API takes (item data, not text) and example addresses (not translated).
WEBHOOK, EMAIL = "webhook", "email"
STARTTLS, TLS, PLAIN = "starttls", "tls", "none"
EXAMPLE_SMTP, EXAMPLE_SENDER = "smtp.example.net", "standby@example.net"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def severity_text(value: Severity | str) -> str:
    return {
        "info": tr("Information"),
        "warning": tr("Warning"),
        "critical": tr("Critical"),
    }[str(value)]


def event_text(value: str) -> str:
    return {
        "raised": tr("Raised"),
        "escalated": tr("More severe"),
        "resolved": tr("Resolved"),
        "test": tr("Test"),
    }.get(value, value)


def state_text(value: str) -> str:
    return {"pending": tr("Waiting"), "delivered": tr("Delivered"), "failed": tr("Failed")}.get(
        value, value
    )


def field_label(field: str) -> str:
    """An API field as the form names it ("channel.webhook.url" → "URL")."""
    last = field.rsplit(".", 1)[-1]
    return {
        "name": tr("Name"),
        "site_id": tr("Site"),
        "plan_id": tr("Recovery plan"),
        "start": tr("Quiet from"),
        "end": tr("Quiet until"),
        "timezone": tr("Time zone"),
        "url": tr("URL"),
        "secret": tr("Signing secret"),
        "host": tr("SMTP server"),
        "port": tr("Port"),
        "security": tr("Security"),
        "username": tr("Username"),
        "password": tr("Password"),
        "sender": tr("From"),
        "recipients": tr("To"),
    }.get(last, field)


class NotificationsDialog(QDialog):
    loaded = Signal()  # the rules were listed (tests wait for it)
    tested = Signal(object)  # the test's Delivery, or None when it could not be sent

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.rules: list[NotificationRule] = []
        self.current: NotificationRule | None = None  # None: a new rule in the form
        self.deliveries: list[Delivery] = []
        self._filling = False
        self.dirty = False
        self.setObjectName("notificationSettings")
        self.setWindowTitle(tr("Notifications — Standby"))
        self.setModal(False)
        self.resize(980, 680)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Alerts reach people who are not watching the console: each rule sends the "
                "alerts of at least its severity to a webhook or by e-mail."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 3)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.rule_list = QListWidget()
        self.rule_list.setObjectName("notificationRules")
        self.rule_list.setAccessibleName(tr("Notification rules"))
        self.rule_list.setWordWrap(True)
        self.rule_list.setAlternatingRowColors(True)
        self.rule_list.currentRowChanged.connect(self._selected)
        left_layout.addWidget(self.rule_list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("&New rule"))
        self.new_button.setObjectName("notificationNew")
        self.new_button.clicked.connect(self.new_rule)
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.setObjectName("notificationDelete")
        self.delete_button.clicked.connect(self.delete_rule)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        split.addWidget(left)
        split.addWidget(self._form())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([300, 680])

        log_box = QGroupBox(tr("Delivery log"))
        log_layout = QVBoxLayout(log_box)
        self.log = QTableWidget(0, 5)
        self.log.setObjectName("notificationDeliveries")
        self.log.setAccessibleName(tr("Delivery log"))
        self.log.setHorizontalHeaderLabels(
            [tr("Time"), tr("Event"), tr("State"), tr("Attempts"), tr("Last error")]
        )
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.log.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        log_layout.addWidget(self.log)
        layout.addWidget(log_box, 2)

        self.message = QLabel()
        self.message.setObjectName("notificationMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.new_rule()
        self.refresh()

    # --- the form ---------------------------------------------------------------------------

    def _form(self) -> QWidget:
        box = QGroupBox(tr("Rule"))
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        self.name = QLineEdit()
        self.name.setObjectName("notificationName")
        self.name.setPlaceholderText(tr("e.g. On-call engineer"))
        form.addRow(tr("Name:"), self.name)
        self.enabled = QCheckBox(tr("Send notifications for this rule"))
        self.enabled.setObjectName("notificationEnabled")
        form.addRow("", self.enabled)
        self.severity = QComboBox()
        self.severity.setObjectName("notificationSeverity")
        for value in (Severity.INFO, Severity.WARNING, Severity.CRITICAL):
            self.severity.addItem(severity_text(value), value.value)
        form.addRow(tr("At least:"), self.severity)
        self.site = QComboBox()
        self.site.setObjectName("notificationSite")
        form.addRow(tr("Site:"), self.site)
        self.plan = QComboBox()
        self.plan.setObjectName("notificationPlan")
        form.addRow(tr("Recovery plan:"), self.plan)

        self.quiet = QCheckBox(tr("Hold notifications during quiet hours"))
        self.quiet.setObjectName("notificationQuiet")
        form.addRow(tr("Quiet hours:"), self.quiet)
        hours = QHBoxLayout()
        self.quiet_from = QTimeEdit(QTime(22, 0))
        self.quiet_from.setDisplayFormat("HH:mm")
        self.quiet_from.setObjectName("notificationQuietFrom")
        self.quiet_until = QTimeEdit(QTime(7, 0))
        self.quiet_until.setDisplayFormat("HH:mm")
        self.quiet_until.setObjectName("notificationQuietUntil")
        self.timezone = QLineEdit(_system_zone())
        self.timezone.setObjectName("notificationTimezone")
        self.timezone.setAccessibleName(tr("Time zone"))
        self.timezone.setToolTip(tr("An IANA time zone name, e.g. Europe/Stockholm"))
        hours.addWidget(QLabel(tr("from")))
        hours.addWidget(self.quiet_from)
        hours.addWidget(QLabel(tr("until")))
        hours.addWidget(self.quiet_until)
        hours.addWidget(self.timezone, 1)
        form.addRow("", hours)
        self.quiet.toggled.connect(self._quiet_toggled)

        self.kind = QComboBox()
        self.kind.setObjectName("notificationKind")
        self.kind.addItem(tr("Webhook (signed JSON POST)"), WEBHOOK)
        self.kind.addItem(tr("E-mail (SMTP)"), EMAIL)
        form.addRow(tr("Send by:"), self.kind)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._webhook_page())
        self.pages.addWidget(self._email_page())
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        outer.addWidget(self.pages)

        actions = QHBoxLayout()
        self.save_button = QPushButton(tr("&Save"))
        self.save_button.setObjectName("notificationSave")
        self.save_button.clicked.connect(lambda: self.session.spawn(self.save(), "rule-save"))
        self.test_button = QPushButton(tr("Send a &test"))
        self.test_button.setObjectName("notificationTest")
        self.test_button.setToolTip(tr("Save the rule if it changed, then send a test through it"))
        self.test_button.clicked.connect(lambda: self.session.spawn(self.send_test(), "rule-test"))
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.test_button)
        outer.addLayout(actions)
        outer.addStretch(1)
        for widget in (self.name, self.timezone):
            widget.textEdited.connect(self._edited)
        for combo in (self.severity, self.site, self.plan, self.kind):
            combo.currentIndexChanged.connect(self._edited)
        for check in (self.enabled, self.quiet):
            check.toggled.connect(self._edited)
        for edit in (self.quiet_from, self.quiet_until):
            edit.timeChanged.connect(self._edited)
        return box

    def _webhook_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # the pages share a height: the shorter one's rows stay at the top
        self.url = QLineEdit()
        self.url.setObjectName("notificationUrl")
        self.url.setPlaceholderText("https://hooks.example.net/standby")
        form.addRow(tr("URL:"), self.url)
        self.secret = QLineEdit()
        self.secret.setObjectName("notificationSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Signing secret:"), self.secret)
        note = QLabel(
            tr(
                "Each POST is signed: its X-Standby-Signature header is sha256= and the "
                "HMAC-SHA256, keyed with this secret, of the X-Standby-Timestamp header, a dot "
                "and the body."
            )
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow("", note)
        for widget in (self.url, self.secret):
            widget.textEdited.connect(self._edited)
        return page

    def _email_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # the pages share a height: the shorter one's rows stay at the top
        server = QHBoxLayout()
        self.smtp_host = QLineEdit()
        self.smtp_host.setObjectName("notificationSmtpHost")
        self.smtp_host.setPlaceholderText(EXAMPLE_SMTP)
        self.smtp_port = QSpinBox()
        self.smtp_port.setObjectName("notificationSmtpPort")
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(587)
        self.smtp_port.setAccessibleName(tr("Port"))
        server.addWidget(self.smtp_host, 1)
        server.addWidget(QLabel(tr("port")))
        server.addWidget(self.smtp_port)
        form.addRow(tr("SMTP server:"), server)
        self.security = QComboBox()
        self.security.setObjectName("notificationSecurity")
        self.security.addItem(tr("STARTTLS (port 587)"), STARTTLS)
        self.security.addItem(tr("TLS (port 465)"), TLS)
        self.security.addItem(tr("None (no login)"), PLAIN)
        form.addRow(tr("Security:"), self.security)
        self.username = QLineEdit()
        self.username.setObjectName("notificationUsername")
        form.addRow(tr("Username:"), self.username)
        self.password = QLineEdit()
        self.password.setObjectName("notificationPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Password:"), self.password)
        self.from_address = QLineEdit()
        self.from_address.setObjectName("notificationSender")
        self.from_address.setPlaceholderText(EXAMPLE_SENDER)
        form.addRow(tr("From:"), self.from_address)
        self.recipients = QLineEdit()
        self.recipients.setObjectName("notificationRecipients")
        self.recipients.setPlaceholderText(tr("oncall@example.net, dr-team@example.net"))
        form.addRow(tr("To:"), self.recipients)
        for widget in (
            self.smtp_host,
            self.username,
            self.password,
            self.from_address,
            self.recipients,
        ):
            widget.textEdited.connect(self._edited)
        self.smtp_port.valueChanged.connect(self._edited)
        self.security.currentIndexChanged.connect(self._edited)
        return page

    def _edited(self, *_args: Any) -> None:
        if not self._filling:
            self.dirty = True

    def _quiet_toggled(self, on: bool) -> None:
        for widget in (self.quiet_from, self.quiet_until, self.timezone):
            widget.setEnabled(on)

    def _fill_scopes(self, site_id: str | None, plan_id: str | None) -> None:
        cache = self.session.cache
        self.site.clear()
        self.site.addItem(tr("Any site"), None)
        for site in sorted(cache.objects("site").values(), key=lambda s: s.name.casefold()):
            self.site.addItem(site.name, site.id)
        self.plan.clear()
        self.plan.addItem(tr("Any recovery plan"), None)
        plans = cache.objects("recovery-plan").values()
        for plan in sorted(plans, key=lambda p: p.name.casefold()):
            self.plan.addItem(plan.name, plan.id)
        for combo, value in ((self.site, site_id), (self.plan, plan_id)):
            index = combo.findData(value)
            if index < 0 and value is not None:  # gone from the inventory: still show it
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))

    def fill(self, rule: NotificationRule | None) -> None:
        """Show `rule` in the form (None: a new rule with defaults)."""
        self._filling = True
        try:
            self.current = rule
            self.name.setText(rule.name if rule else "")
            self.enabled.setChecked(rule.enabled if rule else True)
            severity = rule.min_severity.value if rule else Severity.WARNING.value
            self.severity.setCurrentIndex(self.severity.findData(severity))
            self._fill_scopes(rule.site_id if rule else None, rule.plan_id if rule else None)
            quiet = rule.quiet_hours if rule else None
            self.quiet.setChecked(quiet is not None)
            self._quiet_toggled(quiet is not None)
            if quiet is not None:
                self.quiet_from.setTime(QTime.fromString(quiet.start, "HH:mm"))
                self.quiet_until.setTime(QTime.fromString(quiet.end, "HH:mm"))
                self.timezone.setText(quiet.timezone)
            channel = rule.channel if rule else None
            kind = channel.kind if channel else "webhook"
            self.kind.setCurrentIndex(self.kind.findData(kind))
            self.pages.setCurrentIndex(self.kind.currentIndex())
            kept = tr("Stored — leave empty to keep it")
            self.secret.clear()
            self.password.clear()
            if channel is not None and channel.kind == "webhook":
                self.url.setText(channel.url)
                self.secret.setPlaceholderText(kept if channel.secret_set else "")
            else:
                self.url.clear()
                self.secret.setPlaceholderText("")
            if channel is not None and channel.kind == "email":
                self.smtp_host.setText(channel.host)
                self.smtp_port.setValue(channel.port)
                self.security.setCurrentIndex(self.security.findData(channel.security))
                self.username.setText(channel.username or "")
                self.password.setPlaceholderText(kept if channel.password_set else "")
                self.from_address.setText(channel.sender)
                self.recipients.setText(", ".join(channel.recipients))
            else:
                for widget in (self.smtp_host, self.username, self.from_address, self.recipients):
                    widget.clear()
                self.smtp_port.setValue(587)
                self.security.setCurrentIndex(0)
                self.password.setPlaceholderText("")
            self.delete_button.setEnabled(rule is not None)
        finally:
            self._filling = False
        self.dirty = rule is None

    def spec(self) -> dict[str, Any]:
        """The form as the API's NotificationRuleSpec (the server validates it)."""
        spec: dict[str, Any] = {
            "name": self.name.text().strip(),
            "enabled": self.enabled.isChecked(),
            "min_severity": self.severity.currentData(),
            "site_id": self.site.currentData(),
            "plan_id": self.plan.currentData(),
        }
        if self.quiet.isChecked():
            spec["quiet_hours"] = {
                "start": self.quiet_from.time().toString("HH:mm"),
                "end": self.quiet_until.time().toString("HH:mm"),
                "timezone": self.timezone.text().strip(),
            }
        if self.kind.currentData() == "webhook":
            channel: dict[str, Any] = {"kind": "webhook", "url": self.url.text().strip()}
            if self.secret.text():
                channel["secret"] = self.secret.text()
        else:
            recipients = [
                r.strip() for r in self.recipients.text().replace(";", ",").split(",") if r.strip()
            ]
            channel = {
                "kind": "email",
                "host": self.smtp_host.text().strip(),
                "port": self.smtp_port.value(),
                "security": self.security.currentData(),
                "username": self.username.text().strip() or None,
                "sender": self.from_address.text().strip(),
                "recipients": recipients,
            }
            if self.password.text():
                channel["password"] = self.password.text()
            if self.current is not None and self.current.channel.kind == "email":
                channel["ca_certificate"] = self.current.channel.ca_certificate
        spec["channel"] = channel
        return spec

    # --- talking to the control plane ---------------------------------------------------------

    def say(self, text: str, colour: str | None = None) -> None:
        self.message.setText(text)
        if colour is None:
            self.message.setStyleSheet("")
        else:
            self.message.setStyleSheet(f"color: {theme.status_colour(colour)}")

    def refresh(self) -> None:
        self.session.spawn(self.load(), "notification-rules")

    async def load(self, select: str | None = None) -> None:
        wanted = select or (self.current.id if self.current else None)
        try:
            rules = await self.session.client.notification_rules()
        except Forbidden:
            self.say(
                tr(
                    "Notification rules are managed with an administrator's token; this "
                    "connection's token may not read or change them."
                ),
                "warning",
            )
            self.set_editable(False)
            self.loaded.emit()
            return
        except StandbyError as exc:
            self.say(tr("Cannot list the notification rules: {0}").format(exc), "critical")
            self.loaded.emit()
            return
        self.set_editable(True)
        self.rules = rules
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        row = -1
        for index, rule in enumerate(rules):
            item = QListWidgetItem(self._rule_text(rule))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            if not rule.enabled:
                item.setForeground(QColor(theme.status_colour("unknown")))
            self.rule_list.addItem(item)
            if rule.id == wanted:
                row = index
        self.rule_list.blockSignals(False)
        if row >= 0:
            self.rule_list.setCurrentRow(row)
            self.fill(rules[row])
            await self.load_deliveries()
        elif self.current is not None:
            self.new_rule()
        if not rules:
            self.say(tr("No rules yet: fill in the form and save it."))
        self.loaded.emit()

    def set_editable(self, on: bool) -> None:
        for widget in (
            self.rule_list,
            self.new_button,
            self.delete_button,
            self.save_button,
            self.test_button,
            self.pages,
            self.name,
            self.enabled,
            self.severity,
            self.site,
            self.plan,
            self.quiet,
            self.kind,
        ):
            widget.setEnabled(on)

    @staticmethod
    def _rule_text(rule: NotificationRule) -> str:
        channel = rule.channel
        if channel.kind == "webhook":
            how = tr("webhook")
        else:
            how = tr("e-mail to {0}").format(", ".join(channel.recipients))
        name = rule.name if rule.enabled else tr("{0} (off)").format(rule.name)
        return name + "\n" + tr("{0} and worse, {1}").format(severity_text(rule.min_severity), how)

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.rules):
            self.fill(self.rules[row])
            self.say("")
            self.session.spawn(self.load_deliveries(), "notification-deliveries")

    def new_rule(self) -> None:
        self.rule_list.blockSignals(True)
        self.rule_list.setCurrentRow(-1)
        self.rule_list.clearSelection()
        self.rule_list.blockSignals(False)
        self.fill(None)
        self.show_deliveries([])
        self.name.setFocus()

    async def load_deliveries(self) -> None:
        rule = self.current
        if rule is None:
            self.show_deliveries([])
            return
        try:
            deliveries = await self.session.client.notification_deliveries(rule.id, limit=200)
        except StandbyError as exc:
            self.say(tr("Cannot read the delivery log: {0}").format(exc), "critical")
            return
        if self.current is not None and self.current.id == rule.id:
            self.show_deliveries(deliveries)

    def show_deliveries(self, deliveries: list[Delivery]) -> None:
        self.deliveries = deliveries
        self.log.setRowCount(len(deliveries))
        for row, delivery in enumerate(deliveries):
            values = [
                clock(delivery.created),
                event_text(delivery.event),
                state_text(delivery.state),
                str(delivery.attempts),
                delivery.last_error or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    colour = {"delivered": "normal", "failed": "critical"}.get(delivery.state)
                    if colour:
                        item.setForeground(QColor(theme.status_colour(colour)))
                if column == 4 and value:
                    item.setToolTip(value)
                self.log.setItem(row, column, item)

    async def save(self) -> NotificationRule | None:
        spec = self.spec()
        client = self.session.client
        try:
            if self.current is None:
                rule = await client.create_notification_rule(spec)
            else:
                rule = await client.replace_notification_rule(self.current.id, spec)
        except InvalidRequest as exc:
            fields = exc.field_errors or {"": exc.detail}
            text = "; ".join(
                f"{field_label(field)}: {reason}" if field else reason
                for field, reason in fields.items()
            )
            self.say(tr("Not saved: {0}").format(text), "critical")
            return None
        except StandbyError as exc:
            self.say(tr("Not saved: {0}").format(exc), "critical")
            return None
        self.current = rule
        self.dirty = False
        await self.load(select=rule.id)
        self.say(tr("Saved the rule {0}.").format(rule.name), "normal")
        return rule

    async def send_test(self) -> Delivery | None:
        if (self.dirty or self.current is None) and await self.save() is None:
            self.tested.emit(None)
            return None
        rule = self.current
        assert rule is not None
        self.say(tr("Sending a test through {0}…").format(rule.name))
        self.test_button.setEnabled(False)
        try:
            delivery = await self.session.client.test_notification_rule(rule.id)
        except StandbyError as exc:
            self.say(tr("The test could not be sent: {0}").format(exc), "critical")
            self.tested.emit(None)
            return None
        finally:
            self.test_button.setEnabled(True)
        if delivery.state == "delivered":
            self.say(tr("The test was delivered through {0}.").format(rule.name), "normal")
        else:
            self.say(
                tr("The test was not delivered: {0}").format(delivery.last_error or "?"),
                "critical",
            )
        await self.load_deliveries()
        self.tested.emit(delivery)
        return delivery

    def delete_rule(self) -> None:
        if self.current is not None:
            self.session.spawn(self._delete(self.current), "rule-delete")

    async def _delete(self, rule: NotificationRule) -> None:
        try:
            await self.session.client.delete_notification_rule(rule.id)
        except StandbyError as exc:
            self.say(tr("Not deleted: {0}").format(exc), "critical")
            return
        self.new_rule()
        await self.load()
        self.say(tr("Deleted the rule {0}.").format(rule.name))


def _system_zone() -> str:
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return zone if "/" in zone or zone == "UTC" else "UTC"


def open_notifications(window: Any) -> NotificationsDialog:
    """One dialog per main window, shown again when asked again."""
    dialog = getattr(window, "notifications_dialog", None)
    if dialog is None or not dialog.isVisible():
        dialog = NotificationsDialog(window.session, window)
        window.notifications_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog
