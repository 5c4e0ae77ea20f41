"""Which disks libvirt checkpoints can track, read from a domain definition and qemu-img info;
the refusals name the disk, the reason and the remedy. No guest needed."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")

from app.libvirt.disks import DomainDisk, ImageInfo, disk_problem, qemu_user, replicated_disks
from app.libvirt.nbdio import block_ranges, merge_ranges
from app.replication import BLOCK_SIZE

DOMAIN = """<domain type='qemu'>
  <name>web1</name>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/web1.qcow2' index='2'/>
      <backingStore/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/web1-data.qcow2'/>
      <backingStore type='file'>
        <format type='qcow2'/>
        <source file='/var/lib/libvirt/images/base.qcow2'/>
      </backingStore>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <disk type='block' device='disk'>
      <driver name='qemu' type='raw'/>
      <source dev='/dev/vg0/web1-logs'/>
      <target dev='vdc' bus='virtio'/>
      <shareable/>
    </disk>
    <disk type='network' device='disk'>
      <driver name='qemu' type='raw'/>
      <source protocol='rbd' name='pool/web1'/>
      <target dev='vdd' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/isos/install.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
  </devices>
  <seclabel type='dynamic' model='dac' relabel='yes'>
    <label>+64055:+64055</label>
  </seclabel>
</domain>"""

V3 = ImageInfo(format="qcow2", virtual_size=1 << 30, compat="1.1", backing_file=None)


def test_the_definition_is_read_and_cdroms_are_left_out() -> None:
    disks = replicated_disks(DOMAIN)
    assert [d.target for d in disks] == ["vda", "vdb", "vdc", "vdd"]
    vda, vdb, vdc, vdd = disks
    assert (vda.driver_type, vda.backing, str(vda.path)) == (
        "qcow2",
        False,
        "/var/lib/libvirt/images/web1.qcow2",
    )
    assert vdb.backing and vdc.shareable and vdc.source_type == "block"
    assert vdd.path is None and vdd.source == "a network disk"
    assert qemu_user(DOMAIN) == (64055, 64055)


def test_each_untrackable_disk_gets_its_reason_and_remedy() -> None:
    vda, vdb, vdc, vdd = replicated_disks(DOMAIN)
    assert disk_problem(vda, V3) is None
    backing = disk_problem(vdb, V3)
    assert backing is not None and "backing image" in backing.reason
    assert "blockcommit" in backing.remedy
    shared = disk_problem(vdc, None)
    assert shared is not None and shared.reason == "the disk is shared with other VMs"
    network = disk_problem(vdd, None)
    assert network is not None and "network disk is not supported yet" in network.reason

    v2 = disk_problem(vda, ImageInfo("qcow2", 1 << 30, "0.10", None))
    assert v2 is not None and "qemu-img amend -o compat=1.1" in v2.remedy
    raw = disk_problem(vda, ImageInfo("raw", 1 << 30, None, None))
    assert raw is not None and "raw image" in raw.reason and "qemu-img convert" in raw.remedy
    odd = disk_problem(vda, ImageInfo("qcow2", (1 << 30) + 512, "1.1", None))
    assert odd is not None and "64 KiB" in odd.reason
    readonly = DomainDisk("vde", "disk", "file", None, "qcow2", True, False, False)
    assert disk_problem(readonly, None) is not None
    text = str(raw)
    assert text.startswith("disk vda (/var/lib/libvirt/images/web1.qcow2): it is a raw image")


def test_extents_become_whole_blocks() -> None:
    assert merge_ranges([(10, 5), (0, 10), (30, 1), (31, 4)]) == [(0, 15), (30, 5)]
    size = 10 * BLOCK_SIZE
    # A 4 KiB write inside block 2 and one straddling blocks 4 and 5: whole blocks travel.
    got = block_ranges([(2 * BLOCK_SIZE + 4096, 4096), (5 * BLOCK_SIZE - 1, 2)], size)
    assert got == [(2 * BLOCK_SIZE, BLOCK_SIZE), (4 * BLOCK_SIZE, 2 * BLOCK_SIZE)]
    assert block_ranges([(size - 1, 1)], size) == [(9 * BLOCK_SIZE, BLOCK_SIZE)]


def test_an_overlay_is_trackable_only_on_an_image_of_this_hosts_replicas(tmp_path: Path) -> None:
    """Reverse replication tracks a recovery VM's overlays, whose backing file is a sealed
    replica image of this host; any other chain stays refused."""
    _, vdb, _, _ = replicated_disks(DOMAIN)
    replicas = tmp_path / "replicas"
    (replicas / "vm").mkdir(parents=True)
    on_replica = ImageInfo("qcow2", 1 << 30, "1.1", str(replicas / "vm" / "vda.img"))
    elsewhere = ImageInfo("qcow2", 1 << 30, "1.1", str(tmp_path / "base.qcow2"))
    assert disk_problem(vdb, None, replicas) is None
    assert disk_problem(vdb, on_replica, replicas) is None
    refused = disk_problem(vdb, elsewhere, replicas)
    assert refused is not None and "backing image" in refused.reason
    assert disk_problem(vdb, on_replica) is not None  # no replicas named: no chain at all
    sneaky = ImageInfo("qcow2", 1 << 30, "1.1", str(replicas / ".." / "base.qcow2"))
    assert disk_problem(vdb, sneaky, replicas) is not None


def test_a_disk_added_or_removed_stops_the_cycles_and_says_which_and_what_to_do() -> None:
    from app.libvirt.errors import DisksChanged, DiskShrank
    from app.libvirt.resize import grown_disks
    from app.replication import ResyncRequired

    replicated = {"vda": 100, "vdb": 200}
    assert grown_disks("web1", replicated, {"vda": 100, "vdb": 300}) == {"vdb": 300}
    with pytest.raises(DisksChanged) as added:
        grown_disks("web1", replicated, {"vda": 100, "vdb": 200, "vdc": 50})
    assert isinstance(added.value, ResyncRequired)  # cycles stop; the item says why
    assert added.value.added == ["vdc"] and added.value.removed == []
    assert "added: vdc" in str(added.value) and "Disable protection" in str(added.value)
    with pytest.raises(DisksChanged) as removed:
        grown_disks("web1", replicated, {"vda": 100})
    assert removed.value.removed == ["vdb"] and "replica and points are kept" in str(removed.value)
    with pytest.raises(DiskShrank):
        grown_disks("web1", replicated, {"vda": 100, "vdb": 150})
