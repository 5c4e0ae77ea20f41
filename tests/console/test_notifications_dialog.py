"""File → Notifications… against a real control plane over the lab and a real webhook
receiver on 127.0.0.1: a rule filled in the form, "Send a test" saves it and the receiver
gets a correctly signed POST; the delivery log shows it; a receiver that is down shows the
failure; a token that is not an administrator's is told so. Screens go to /tmp to look at."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from app.console.notifications import NotificationsDialog
from tests.console.conftest import connected, make_session
from tests.console.helpers import shoot, until
from tests.support.receivers import WebhookReceiver
from tests.support.server import RunningServer, free_port

SECRET = "console-secret-31c4"


@pytest.fixture
def admin_console(lab_server: RunningServer, qloop, run, settings, qtbot):
    from app.console.main_window import MainWindow

    yield from connected(MainWindow(make_session(lab_server, "admin"), settings), qtbot, run)


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(SECRET).start()
    yield receiver
    receiver.stop()


def open_dialog(window, run) -> NotificationsDialog:
    action = window.findChild(QAction, "notifications")
    assert action is not None
    action.trigger()
    dialog = window.notifications_dialog
    assert isinstance(dialog, NotificationsDialog) and dialog.isVisible()
    run(until(lambda: dialog.message.text() != "" or dialog.rules, 20, "the rules listed"))
    return dialog


def test_send_a_test_from_the_settings_page_reaches_a_real_receiver(
    admin_console, lab_server: RunningServer, hook: WebhookReceiver, run, qtbot
) -> None:
    dialog = open_dialog(admin_console, run)
    dialog.resize(1000, 700)
    qtbot.keyClicks(dialog.name, "On-call engineer")
    dialog.severity.setCurrentIndex(dialog.severity.findData("critical"))
    dialog.site.setCurrentIndex(dialog.site.findText("Amsterdam"))
    dialog.quiet.setChecked(True)
    dialog.timezone.setText("Europe/Stockholm")
    qtbot.keyClicks(dialog.url, hook.url)
    qtbot.keyClicks(dialog.secret, SECRET)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

    run(until(lambda: hook.received, 30, "the receiver gets the test", dialog.message.text))
    assert hook.received[0].signature_ok
    assert hook.received[0].json["event"] == "test"
    run(until(lambda: dialog.log.rowCount() == 1, 20, "the delivery log shows the test"))
    assert "delivered" in dialog.message.text()
    assert dialog.log.item(0, 2).text() == "Delivered"
    assert dialog.rule_list.count() == 1 and "On-call engineer" in dialog.rule_list.item(0).text()
    assert dialog.secret.text() == "" and dialog.secret.placeholderText()  # stored, not shown

    rules = httpx.get(
        f"{lab_server.url}/api/v1/notification-rules", headers=lab_server.headers("admin")
    ).json()
    assert len(rules) == 1 and SECRET not in str(rules)
    rule = rules[0]
    assert rule["min_severity"] == "critical" and rule["site_id"] == "site-ams"
    assert rule["quiet_hours"] == {"start": "22:00", "end": "07:00", "timezone": "Europe/Stockholm"}
    print("screenshot:", shoot(dialog, "notifications-delivered", run))

    # The receiver goes away: the next test fails, and says why.
    dialog.url.setText(f"http://127.0.0.1:{free_port()}/down")
    dialog.dirty = True
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    run(until(lambda: dialog.log.rowCount() == 2, 30, "the failed test in the log"))
    assert "not delivered" in dialog.message.text()
    assert dialog.log.item(0, 2).text() == "Failed" and dialog.log.item(0, 4).text()
    print("screenshot:", shoot(dialog, "notifications-failed", run))


def test_a_field_the_server_refuses_is_named_in_the_form(admin_console, run, qtbot) -> None:
    dialog = open_dialog(admin_console, run)
    qtbot.keyClicks(dialog.name, "Broken")
    qtbot.keyClicks(dialog.url, "ftp://nowhere.example.net/")
    qtbot.keyClicks(dialog.secret, "s")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    run(until(lambda: "Not saved" in dialog.message.text(), 20, "the refusal"))
    assert "URL:" in dialog.message.text()


def test_a_token_that_is_not_an_administrators_is_told_so(
    lab_server: RunningServer, qloop, run, settings, qtbot
) -> None:
    from app.console.main_window import MainWindow

    for window in connected(MainWindow(make_session(lab_server, "operator"), settings), qtbot, run):
        dialog = open_dialog(window, run)
        assert "administrator" in dialog.message.text()
        assert not dialog.save_button.isEnabled() and not dialog.test_button.isEnabled()


def test_the_settings_page_in_swedish_with_an_email_rule(
    lab_server: RunningServer, qloop, run, settings, qtbot
) -> None:
    from app.console import i18n
    from app.console.main_window import MainWindow

    assert i18n.install("sv")
    try:
        main = MainWindow(make_session(lab_server, "admin"), settings)
        for window in connected(main, qtbot, run):
            email_rule_in_swedish(open_dialog(window, run), run, qtbot)
    finally:
        i18n.install("en")


def email_rule_in_swedish(dialog: NotificationsDialog, run, qtbot) -> None:
    dialog.resize(1000, 700)
    assert dialog.windowTitle() == "Notifieringar — Standby"
    assert dialog.test_button.text() == "Skicka ett &test"
    dialog.kind.setCurrentIndex(dialog.kind.findData("email"))
    qtbot.keyClicks(dialog.name, "Jouren")
    qtbot.keyClicks(dialog.smtp_host, "smtp.example.net")
    qtbot.keyClicks(dialog.username, "standby")
    qtbot.keyClicks(dialog.password, "hemligt")
    qtbot.keyClicks(dialog.from_address, "standby@example.net")
    qtbot.keyClicks(dialog.recipients, "jour@example.net")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    run(until(lambda: dialog.rule_list.count() == 1, 20, "the saved rule listed"))
    assert dialog.password.text() == ""
    assert dialog.password.placeholderText().startswith("Sparad")
    assert "e-post till jour@example.net" in dialog.rule_list.item(0).text()
    print("screenshot:", shoot(dialog, "notifications-email-sv", run))
