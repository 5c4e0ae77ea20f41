"""qtmodeltester on every model of the console, with data in them."""

from __future__ import annotations

from app.console.models.activity import AuditModel
from tests.console.lab import critical, protected_item, put_item


def test_every_model_passes_the_model_tester(console, lab_server, run, qtmodeltester):
    cache = console.session.cache
    put_item(lab_server, critical(protected_item("vm-sql-01")))
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 1, 20))
    qtmodeltester.check(console.fabric, force_py=True)
    console.filter.setText("sql")
    qtmodeltester.check(console.proxy, force_py=True)
    console.filter.setText("")
    qtmodeltester.check(console.jobs.model, force_py=True)
    qtmodeltester.check(console.alerts.model, force_py=True)
    assert console.activity.events.rowCount() > 0  # the item change was logged
    qtmodeltester.check(console.activity.events, force_py=True)
    audit = AuditModel()
    run(console.activity._refresh_audit())
    qtmodeltester.check(console.activity.audit, force_py=True)
    qtmodeltester.check(audit, force_py=True)
