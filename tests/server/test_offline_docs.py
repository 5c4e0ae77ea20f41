"""/docs and /redoc work on an air-gapped site: every script, style and icon they load comes
from the control plane itself (the fastapi-offline package), nothing from a CDN.

A real `standby serve` on 127.0.0.1 is asked for each page and for every URL the page names
(attributes and the inline script); all must be on the same host and answer with the asset.
The second test does the same inside a network namespace that has nothing but loopback, so
any outbound connection fails: the pages still load whole.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]

# What each page must load, by kind: Swagger UI needs its bundle and styles, ReDoc its bundle.
EXPECTED = {
    "/docs": {"swagger-ui-bundle.js", "swagger-ui.css", "openapi.json"},
    "/redoc": {"redoc.standalone.js", "openapi.json"},
}
# A URL in markup: src/href attributes, ReDoc's spec-url, Swagger UI's `url: '…'`, and any
# absolute http(s) URL written anywhere in the page (a CDN would show up here).
URL_PATTERNS = (
    r"""(?:src|href|spec-url)\s*=\s*["']([^"']+)["']""",
    r"""\burl\s*:\s*["']([^"']+)["']""",
    r"""["'(](https?://[^"')\s]+)""",
)


def referenced_urls(page: str) -> set[str]:
    return {m for pattern in URL_PATTERNS for m in re.findall(pattern, page)}


def check_docs_offline(base: str) -> list[str]:
    """Fetch each documentation page and everything it references from `base`; return the
    assets loaded. Raises AssertionError on an off-host URL or an asset that is missing."""
    host = urlsplit(base).netloc
    loaded: list[str] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for path, expected in EXPECTED.items():
            page = client.get(path)
            assert page.status_code == 200, (path, page.status_code)
            assert page.headers["content-type"].startswith("text/html")
            urls = referenced_urls(page.text)
            off_host = [u for u in urls if urlsplit(urljoin(base + path, u)).netloc != host]
            assert not off_host, f"{path} loads from elsewhere: {off_host}"
            names = {urlsplit(u).path.rsplit("/", 1)[-1] for u in urls}
            assert expected <= names, f"{path} does not name {expected - names}"
            for url in sorted(urls):
                asset = client.get(urljoin(base + path, url))
                assert asset.status_code == 200, (path, url, asset.status_code)
                if url.endswith(".js"):
                    assert asset.headers["content-type"].startswith("text/javascript")
                    assert len(asset.content) > 100_000, (url, len(asset.content))
                elif url.endswith(".css"):
                    assert asset.headers["content-type"].startswith("text/css")
                elif url.endswith("openapi.json"):
                    assert asset.json()["info"]["title"] == "Standby control plane"
                loaded.append(url)
    return loaded


def serve(folder: Path) -> tuple[subprocess.Popen[str], str]:
    """`standby serve` on a free port of 127.0.0.1, its own vault and data folder."""
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "data")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", "0", "--db", str(folder / "v.db")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "serving http://" not in line:
        proc.kill()
        raise AssertionError(f"serve did not start: {line!r} {proc.communicate()[1]}")
    return proc, line.split("serving ")[1].split()[0]


def stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_docs_and_redoc_load_everything_from_the_control_plane(tmp_path: Path) -> None:
    proc, url = serve(tmp_path)
    try:
        loaded = check_docs_offline(url)
    finally:
        stop(proc)
    assert any(u.endswith("swagger-ui-bundle.js") for u in loaded)
    assert any(u.endswith("redoc.standalone.js") for u in loaded)


def namespace_command() -> list[str] | None:
    """A command prefix that runs in a new network namespace with loopback only, or None
    where namespaces cannot be made here."""
    unshare, ip = shutil.which("unshare"), shutil.which("ip") or "/usr/sbin/ip"
    if unshare is None or not Path(ip).exists():
        return None
    for prefix in ([unshare, "--net"], [unshare, "--user", "--map-root-user", "--net"]):
        probe = subprocess.run(
            [*prefix, ip, "link", "set", "lo", "up"], capture_output=True, timeout=30
        )
        if probe.returncode == 0:
            return [*prefix, "sh", "-c", f'"{ip}" link set lo up && exec "$0" "$@"']
    return None


def test_docs_load_with_the_network_unreachable() -> None:
    prefix = namespace_command()
    if prefix is None:
        pytest.skip("cannot make a network namespace here (unshare --net refused)")
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "tests.server.test_offline_docs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "only loopback" in done.stdout and "loaded offline" in done.stdout, done.stdout


def main() -> int:
    """Inside the namespace: prove there is no way out, then serve and check."""
    interfaces = [name for _, name in socket.if_nameindex()]
    assert interfaces == ["lo"], interfaces
    print("network: only loopback", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        proc, url = serve(Path(folder))
        try:
            loaded = check_docs_offline(url)
        finally:
            stop(proc)
    print(f"{len(loaded)} assets loaded offline: {', '.join(loaded)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
