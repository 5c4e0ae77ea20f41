"""What an operator's console does, as plain HTTP: start operations, follow jobs (doing the
manual actions they wait for), read items and lab audits. For end-to-end tests."""

from __future__ import annotations

import time
from typing import Any

import httpx

from tests.support.server import RunningServer


def wait_until(predicate, timeout: float = 90.0, every: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError("condition not met in time")


class Operator:
    def __init__(self, server: RunningServer):
        self.api = httpx.Client(base_url=server.url, headers=server.headers("operator"), timeout=60)

    def get(self, path: str, **params: Any) -> Any:
        answer = self.api.get(path, params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def start(self, path: str, body: dict | None = None) -> dict:
        answer = self.api.post(path, json=body or {})
        assert answer.status_code == 202, answer.text
        return answer.json()

    def finish(self, job: dict, resume: bool = True) -> dict:
        """Follow a job to its end, doing the manual actions it waits for."""

        def ended() -> dict | None:
            now = self.get(f"/api/v1/jobs/{job['id']}")
            if now["state"] == "waiting" and resume:
                answer = self.api.post(f"/api/v1/jobs/{job['id']}/resume")
                assert answer.status_code == 200, answer.text
            return now if now["state"] in ("succeeded", "failed", "cancelled") else None

        done = wait_until(ended, timeout=180)
        assert done["state"] == "succeeded", (done["error"], done["steps"])
        return done

    def items(self, ids: list[str]) -> list[dict]:
        return [self.get(f"/api/v1/protected-items/{i}") for i in ids]

    def audit(self, item_id: str, which: str) -> dict:
        return self.get(f"/api/v1/lab/protected-items/{item_id}/audit", which=which)
