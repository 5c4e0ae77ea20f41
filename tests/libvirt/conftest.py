"""Fixtures of the real-VM tests: a libvirt connection, the guest's kernel and initramfs (built
once per session), the domain type that really boots here, and guests that leave nothing
behind.

Where libvirt cannot run at all the tests skip, and the session ends with one loud line that
says why. On this project's machines (and in CI) `./dev test` installs and starts libvirt, so
they must run.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.guest import (
    GUEST_PREFIX,
    Guest,
    GuestBoot,
    GuestFactory,
    boots_with,
    build_boot,
    domain_xml,
    find_kernel,
    kvm_candidate,
    make_disk,
    traversable_dir,
)

URI = os.environ.get("STANDBY_TEST_LIBVIRT_URI", "qemu:///system")
_skip_reason: list[str] = []
try:
    import libvirt  # noqa: F401  (the test modules skip without it: say why, once)
except ImportError as _exc:
    _skip_reason.append(f"libvirt-python is not installed ({_exc}): ./dev test installs it")


def _skip(reason: str) -> None:
    if not _skip_reason:
        _skip_reason.append(reason)
    pytest.skip(f"libvirt tests skipped: {reason}")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _skip_reason:
        terminalreporter.write_line(
            f"LIBVIRT TESTS SKIPPED: {_skip_reason[0]}", red=True, bold=True
        )


@pytest.fixture(scope="session")
def libvirt_conn() -> Iterator[Any]:
    """A connection to the system libvirt daemon (as ./dev test starts it)."""
    try:
        import libvirt
    except ImportError as exc:
        _skip(f"libvirt-python is not installed ({exc}): ./dev test installs it")
    try:
        from app.libvirt import load_libnbd

        load_libnbd()
    except Exception as exc:
        _skip(str(exc))
    for tool in ("qemu-img", "qemu-nbd", "mkfs.ext4", "e2fsck", "debugfs"):
        if shutil.which(tool) is None:
            _skip(f"{tool} is not installed")
    if find_kernel() is None:
        _skip("no kernel with modules under /boot (apt-get install linux-image-cloud-amd64)")
    libvirt.registerErrorHandler(lambda *_: None, None)  # errors are raised, not printed
    try:
        conn = libvirt.open(URI)
    except libvirt.libvirtError as exc:
        _skip(f"cannot connect to {URI}: {exc} (start it: virtlogd -d; libvirtd -d)")
    yield conn
    # This session's guests (and what was made from them: "<guest>-recovery", "<guest>-test"),
    # not those of another session whose longer prefix starts with this one.
    ours = re.compile(rf"^{re.escape(GUEST_PREFIX)}[0-9a-f]{{8}}(-|$)")
    leftovers = [d.name() for d in conn.listAllDomains() if ours.match(d.name())]
    conn.close()
    assert not leftovers, f"test guests left behind: {leftovers}"


@pytest.fixture(scope="session")
def guest_boot(libvirt_conn: Any) -> Iterator[GuestBoot]:
    """The guest's kernel and initramfs, built once per session."""
    folder = traversable_dir("standby-boot-")
    try:
        yield build_boot(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def domain_type(libvirt_conn: Any, guest_boot: GuestBoot) -> str:
    """ "kvm" when a KVM guest really boots here, else "qemu" (TCG). STANDBY_TEST_DOMAIN_TYPE
    overrides the probe."""
    forced = os.environ.get("STANDBY_TEST_DOMAIN_TYPE")
    if forced:
        return forced
    if kvm_candidate(libvirt_conn) and boots_with(libvirt_conn, guest_boot, "kvm", timeout=8):
        return "kvm"
    return "qemu"


@pytest.fixture
def make_guest(
    libvirt_conn: Any, guest_boot: GuestBoot, domain_type: str
) -> Iterator[GuestFactory]:
    """Guests on demand: `make_guest(fmt="qcow2", compat="1.1", start=True, agent=False)`
    (`agent`: it runs qemu-guest-agent; skips when the host has none to give it). Each is
    destroyed and undefined (with its checkpoints' metadata) at teardown, then checked gone."""
    import libvirt

    made: list[Guest] = []
    folders: list[Path] = []

    def make(
        *, fmt: str = "qcow2", compat: str = "1.1", start: bool = True, agent: bool = False
    ) -> Guest:
        if agent and not guest_boot.agent:
            pytest.skip("qemu-ga is not installed (Debian: qemu-guest-agent; ./dev test does it)")
        folder = traversable_dir(GUEST_PREFIX)
        folders.append(folder)
        name = f"{GUEST_PREFIX}{uuid.uuid4().hex[:8]}"
        disk = make_disk(folder / f"disk.{fmt}", fmt=fmt, compat=compat)
        serial = folder / "serial.log"
        xml = domain_xml(
            name, guest_boot, disk, serial, domain_type=domain_type, disk_format=fmt, agent=agent
        )
        guest = Guest(libvirt_conn, name, disk, serial, xml)
        made.append(guest)
        if start:
            guest.define_and_start()
            guest.wait_ready(timeout=60)
        else:
            guest.dom = libvirt_conn.defineXML(xml)
        return guest

    yield make
    for guest in made:
        guest.remove()
    for guest in made:
        with pytest.raises(libvirt.libvirtError):
            libvirt_conn.lookupByName(guest.name)
    for folder in folders:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)


@pytest.fixture
def real_estate(
    request: pytest.FixtureRequest, tmp_path: Path, make_guest: GuestFactory
) -> Iterator[Any]:
    """A real control plane with two enrolled agents around a running guest
    (tests/support/real_estate.py): yields (RealEstate, Guest). Parametrized indirectly with
    `{"agent": True}`, the guest runs qemu-guest-agent."""
    from tests.support.real_estate import real_estate_fixture

    guest_options = getattr(request, "param", {})
    yield from real_estate_fixture(tmp_path, lambda: make_guest(**guest_options))
