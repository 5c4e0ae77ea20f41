"""End to end through the API only: enable protection on three lab VMs, watch them reach
`protected`, see their health samples arrive on the SSE feed, and have the lab's auditor
vouch for the replica's newest point and for the running disks.

No timing is asserted; every wait is generous (the lab runs its clock ×60)."""

from __future__ import annotations

import json
import threading

import httpx

from tests.support.operator import wait_until as _wait_until
from tests.support.server import RunningServer

TIMEOUT = 120.0


def wait_until(predicate, timeout: float = TIMEOUT):
    return _wait_until(predicate, timeout=timeout, every=0.25)


class FeedWatcher:
    """Follows GET /api/v1/events on a thread and collects the ids of items whose
    `health-sample` events arrived."""

    def __init__(self, url: str, headers: dict[str, str]) -> None:
        self.url = url
        self.headers = headers
        self.samples: dict[str, int] = {}
        self.heartbeats = 0
        self.connected = threading.Event()
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> FeedWatcher:
        self._thread.start()
        assert self.connected.wait(TIMEOUT), self.error
        return self

    def seen(self, item_id: str) -> int:
        with self._lock:
            return self.samples.get(item_id, 0)

    def _run(self) -> None:
        timeout = httpx.Timeout(30.0, read=15.0)  # heartbeats come every second
        try:
            with (
                httpx.Client(base_url=self.url, headers=self.headers, timeout=timeout) as client,
                client.stream("GET", "/api/v1/events") as resp,
            ):
                resp.raise_for_status()
                assert resp.headers["content-type"].startswith("text/event-stream")
                self.connected.set()
                event = ""
                for line in resp.iter_lines():
                    if self.stop.is_set():
                        return
                    if line.startswith("event:"):
                        event = line.split(":", 1)[1].strip()
                    elif line.startswith("data:") and event == "heartbeat":
                        self.heartbeats += 1
                    elif line.startswith("data:") and event == "change":
                        doc = json.loads(line.split(":", 1)[1])
                        if doc["type"] == "health-sample":
                            with self._lock:
                                self.samples[doc["id"]] = self.samples.get(doc["id"], 0) + 1
                    elif not line:
                        event = ""
        except BaseException as exc:
            self.error = exc
            self.connected.set()

    def close(self) -> None:
        self.stop.set()
        self._thread.join(30)


def test_three_vms_protected_health_on_the_feed_and_audits_clean(
    fast_lab: RunningServer,
) -> None:
    api = httpx.Client(base_url=fast_lab.url, headers=fast_lab.headers("operator"), timeout=60)
    inventory = api.get("/api/v1/inventory").json()
    host_cloud = {h["id"]: h["cloud_id"] for h in inventory["hosts"]}
    pairing_of = {p["primary_cloud_id"]: p for p in inventory["pairings"]}
    candidates = [v for v in inventory["vms"] if host_cloud.get(v["host_id"]) in pairing_of]
    assert len(candidates) >= 3, "the seeded lab has at least three protectable VMs"
    vms = candidates[:3]

    feed = FeedWatcher(fast_lab.url, fast_lab.headers("operator")).start()
    try:
        jobs = []
        for vm in vms:
            pairing = pairing_of[host_cloud[vm["host_id"]]]
            answer = api.post(
                "/api/v1/protected-items", json={"vm_id": vm["id"], "pairing_id": pairing["id"]}
            )
            assert answer.status_code == 202, answer.text
            jobs.append(answer.json())

        item_ids = []
        for job in jobs:
            done = wait_until(
                lambda job=job: (
                    (j := api.get(f"/api/v1/jobs/{job['id']}").json())["state"]
                    in ("succeeded", "failed")
                    and j
                )
            )
            assert done["state"] == "succeeded", done
            item_ids.append(done["object_id"])

        for item_id in item_ids:
            item = wait_until(
                lambda item_id=item_id: (
                    (i := api.get(f"/api/v1/protected-items/{item_id}").json())["replication_state"]
                    == "protected"
                    and i
                )
            )
            assert item["vm_id"] in {v["id"] for v in vms}

        # Health samples for every one of the three arrive on the live feed.
        wait_until(lambda: all(feed.seen(i) for i in item_ids) or feed.error)
        assert feed.error is None, feed.error
        assert all(feed.seen(i) >= 1 for i in item_ids)
    finally:
        feed.close()

    # Each item has a recovery point; the auditor reads it (materialized) and the live disks.
    for item_id in item_ids:
        wait_until(
            lambda item_id=item_id: api.get(
                f"/api/v1/protected-items/{item_id}/recovery-points"
            ).json()
        )
        for which in ("replica-latest", "active"):
            answer = api.get(
                f"/api/v1/lab/protected-items/{item_id}/audit", params={"which": which}
            )
            assert answer.status_code == 200, answer.text
            report = answer.json()
            assert report["intact"] is True, (which, report)
            assert report["crash_consistent"] is True, (which, report)
