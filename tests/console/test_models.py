"""qtmodeltester on every model of the console, with data in them."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from app.console.models.activity import AuditModel
from tests.console.lab import critical, protected_item, put_item


@pytest.fixture
def model_check(pytestconfig):
    """qtmodeltester with one tester per model: a tester re-used for another model stays
    connected to the first one, whose coalesced dataChanged (the fabric tree's, at 5 Hz)
    it would then check against the wrong model's row and column counts."""
    testers: list[ModelTester] = []

    def check(model) -> None:
        tester = ModelTester(pytestconfig)
        testers.append(tester)
        tester.check(model, force_py=True)

    yield check
    for tester in testers:
        tester._cleanup()


def test_every_model_passes_the_model_tester(console, lab_server, run, model_check):
    cache = console.session.cache
    put_item(lab_server, critical(protected_item("vm-sql-01")))
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 1, 20))
    model_check(console.fabric)
    console.filter.setText("sql")
    model_check(console.proxy)
    console.filter.setText("")
    model_check(console.jobs.model)
    model_check(console.alerts.model)
    console.activity.events.flush()  # lines reach the view in batches at 5 Hz
    assert console.activity.events.rowCount() > 0  # the item change was logged
    model_check(console.activity.events)
    audit = AuditModel()
    run(console.activity._refresh_audit())
    model_check(console.activity.audit)
    model_check(audit)
    console.fabric.flush_changes()  # the coalesced signals pass the tester too
    run(cache.wait_for(lambda c: c.status.state == "connected", 5))
