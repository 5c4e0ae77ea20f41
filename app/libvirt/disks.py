"""A domain's disks as libvirt defines them, their images as `qemu-img info` sees them, and
the rules that say which of them libvirt checkpoints can track.

Change tracking needs a persistent dirty bitmap per disk, which only qcow2 v3 ("compat 1.1")
images can hold. Everything else is refused up front with the reason and what to do, before a
checkpoint is created: a raw image, a qcow2 v2 image, a disk with a backing chain (an external
snapshot), a shared or read-only disk, a network or pool volume, a size that is not a whole
number of 64 KiB blocks. CD-ROMs, floppies and LUN pass-through are not disks to replicate and
are left out.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from app.replication.sparse import BLOCK_SIZE

from .errors import DiskNotTrackable, DiskProblem, ToolMissing


@dataclass(frozen=True)
class DomainDisk:
    """One `<disk>` of a domain's definition."""

    target: str  # <target dev=…>: the disk's name in libvirt's checkpoint and backup XML
    device: str  # disk | cdrom | floppy | lun
    source_type: str  # file | block | network | volume | …
    path: Path | None  # the file or block device, when it has one
    driver_type: str  # the image format libvirt opens it with: qcow2, raw, …
    readonly: bool
    shareable: bool
    backing: bool  # the definition names a backing store (an overlay on another image)

    @property
    def source(self) -> str:
        return str(self.path) if self.path is not None else f"a {self.source_type} disk"


def domain_disks(xml: str) -> list[DomainDisk]:
    """The `<disk>` elements of a domain definition, in their order."""
    root = ET.fromstring(xml)
    disks = []
    for el in root.findall("./devices/disk"):
        target = el.find("target")
        driver = el.find("driver")
        source = el.find("source")
        path = None
        if source is not None:
            raw = source.get("file") or source.get("dev")
            path = Path(raw) if raw else None
        backing = el.find("backingStore")
        disks.append(
            DomainDisk(
                target=target.get("dev", "") if target is not None else "",
                device=el.get("device", "disk"),
                source_type=el.get("type", "file"),
                path=path,
                driver_type=(driver.get("type", "raw") if driver is not None else "raw"),
                readonly=el.find("readonly") is not None,
                shareable=el.find("shareable") is not None,
                # A live definition shows an empty <backingStore/> for a single image.
                backing=backing is not None and len(backing) > 0,
            )
        )
    return disks


def qemu_user(xml: str) -> tuple[int, int] | None:
    """The uid and gid QEMU runs as for this domain (its DAC label), when libvirt says so:
    a folder QEMU must create files in (an NBD socket, a scratch file) belongs to it."""
    root = ET.fromstring(xml)
    for label in root.findall("./seclabel[@model='dac']/label"):
        text = (label.text or "").strip().replace("+", "")
        uid, _, gid = text.partition(":")
        if uid.isdigit() and gid.isdigit():
            return int(uid), int(gid)
    return None


@dataclass(frozen=True)
class ImageInfo:
    """What `qemu-img info` says about an image file."""

    format: str
    virtual_size: int
    compat: str | None  # qcow2 only: "1.1" (v3) or "0.10" (v2)
    backing_file: str | None
    bitmaps: dict[str, list[str]] = field(default_factory=dict)  # name → flags (in-use, auto)


def _qemu_img() -> str:
    exe = shutil.which("qemu-img")
    if exe is None:
        raise ToolMissing("qemu-img is not installed (Debian: apt-get install qemu-utils)")
    return exe


def image_info(path: Path) -> ImageInfo:
    """`qemu-img info` of one image, without its backing chain. `-U` (force share) reads an
    image a running QEMU holds; the bitmaps it lists then are the ones stored in the file,
    which a running QEMU brings up to date only when it closes the image."""
    proc = subprocess.run(
        [_qemu_img(), "info", "-U", "--output=json", str(path)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise OSError(f"qemu-img info {path}: {proc.stderr.strip()}")
    doc = json.loads(proc.stdout)
    specific = doc.get("format-specific", {}).get("data", {})
    bitmaps = {b["name"]: list(b.get("flags", [])) for b in specific.get("bitmaps", [])}
    return ImageInfo(
        format=doc["format"],
        virtual_size=int(doc["virtual-size"]),
        compat=specific.get("compat"),
        backing_file=doc.get("backing-filename"),
        bitmaps=bitmaps,
    )


def replicated_disks(xml: str) -> list[DomainDisk]:
    """The disks replication is about: `device='disk'` with a target."""
    return [d for d in domain_disks(xml) if d.device == "disk" and d.target]


def disk_problem(
    disk: DomainDisk, info: ImageInfo | None, backing_under: Path | None = None
) -> DiskProblem | None:
    """Why `disk` cannot be tracked (None: it can). `info` is its image's `qemu-img info`, or
    None when the definition alone already decides. `backing_under`: a folder whose images
    may back a tracked overlay (a recovery VM's overlays on this host's sealed replicas,
    which never change under them: reverse replication tracks the overlay's bitmaps)."""

    def problem(reason: str, remedy: str) -> DiskProblem:
        return DiskProblem(disk.target, disk.source, reason, remedy)

    if disk.source_type not in ("file", "block") or disk.path is None:
        return problem(
            f"a {disk.source_type} disk is not supported yet",
            "Standby tracks local files and block devices",
        )
    if disk.shareable:
        return problem(
            "the disk is shared with other VMs",
            "a shared disk cannot be tracked from one VM; replicate it by other means",
        )
    if disk.readonly:
        return problem(
            "the disk is read-only",
            "a read-only disk has no changes to replicate; detach it or make it writable",
        )
    if disk.driver_type == "raw" or (info is not None and info.format == "raw"):
        return problem(
            "it is a raw image, which cannot hold the persistent dirty bitmaps that track changes",
            "Shut the VM off and convert it to qcow2 v3 "
            f"(qemu-img convert -f raw -O qcow2 -o compat=1.1 {disk.source} NEW.qcow2), "
            "then point the VM at the new image",
        )
    if disk.driver_type != "qcow2" or (info is not None and info.format != "qcow2"):
        fmt = info.format if info is not None else disk.driver_type
        return problem(
            f"its format is {fmt}; only qcow2 v3 images hold persistent dirty bitmaps",
            "Shut the VM off and convert it to qcow2 v3 (qemu-img convert -O qcow2 -o compat=1.1)",
        )
    if (disk.backing and backing_under is None) or (
        info is not None and info.backing_file and not _under(info.backing_file, backing_under)
    ):
        return problem(
            "it is an overlay on a backing image (an external snapshot chain)",
            "Merge the chain into one image first (virsh blockcommit --active --pivot, or "
            "virsh blockpull), then enable protection",
        )
    if info is None:
        return None
    if info.compat != "1.1":
        return problem(
            f"it is a qcow2 version 2 image (compat {info.compat}), which cannot hold "
            "persistent dirty bitmaps",
            f"Shut the VM off and upgrade it in place: qemu-img amend -o compat=1.1 {disk.source}",
        )
    if info.virtual_size % BLOCK_SIZE:
        return problem(
            f"its size ({info.virtual_size} bytes) is not a whole number of 64 KiB blocks",
            "Resize it to a multiple of 64 KiB (qemu-img resize), e.g. a whole number of MiB",
        )
    return None


def _under(backing_file: str, folder: Path | None) -> bool:
    """Whether an overlay's backing file is inside `folder` (one level: the replica image)."""
    return folder is not None and Path(backing_file).resolve().is_relative_to(folder.resolve())


def check_trackable(
    domain: str, xml: str, backing_under: Path | None = None
) -> dict[str, tuple[DomainDisk, ImageInfo]]:
    """Every replicated disk of the domain with its image info, by target; raises
    DiskNotTrackable naming each disk that cannot be tracked (or a VM without disks).
    `backing_under`: see `disk_problem`."""
    disks = replicated_disks(xml)
    if not disks:
        raise DiskNotTrackable(
            domain, [DiskProblem("-", "-", "the VM has no disks", "Nothing to replicate")]
        )
    problems: list[DiskProblem] = []
    found: dict[str, tuple[DomainDisk, ImageInfo]] = {}
    for disk in disks:
        early = disk_problem(disk, None, backing_under)
        if early is not None:
            problems.append(early)
            continue
        assert disk.path is not None
        try:
            info = image_info(disk.path)
        except OSError as exc:
            problems.append(
                DiskProblem(
                    disk.target,
                    disk.source,
                    f"its image cannot be read ({exc})",
                    "Check that the file exists and this host's agent can read it",
                )
            )
            continue
        late = disk_problem(disk, info, backing_under)
        if late is not None:
            problems.append(late)
        else:
            found[disk.target] = (disk, info)
    if problems:
        raise DiskNotTrackable(domain, problems)
    return found


def qcow2_to_raw(image: Path, raw: Path) -> None:
    """A sparse raw copy of a qcow2 image (its backing chain read through), made locally:
    reverse replication's old side becoming the replica (replica images are raw)."""
    raw.unlink(missing_ok=True)
    subprocess.run(
        [_qemu_img(), "convert", "-O", "raw", "-S", "64k", str(image), str(raw)],
        check=True,
        capture_output=True,
        text=True,
    )


def raw_into_image(raw: Path, image: Path) -> None:
    """Write a raw image's contents into an existing image of the same size (its format and
    file kept; zeros written where the raw one reads zeros): a failback's return of the
    replica into the original domain's disk."""
    subprocess.run(
        [_qemu_img(), "convert", "-n", "-f", "raw", "-O", _format_of(image), str(raw), str(image)],
        check=True,
        capture_output=True,
        text=True,
    )


def _format_of(image: Path) -> str:
    return image_info(image).format
