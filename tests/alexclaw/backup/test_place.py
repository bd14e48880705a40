"""The backup directory in a container must be on a mounted volume, as
AlexClaw checks: fed fake ``/proc/self/mountinfo`` text and fake markers."""

from __future__ import annotations

from pathlib import Path

from alexclaw.backup import directory_problem, in_container, is_mount_point, mount_points

MOUNTINFO = """\
22 1 0:21 / / rw,relatime - overlay overlay rw,lowerdir=/l,upperdir=/u
23 22 0:22 / /proc rw,nosuid - proc proc rw
31 22 8:1 /srv/alexclaw /backups rw,relatime - ext4 /dev/sda1 rw
32 22 8:1 /srv/with\\040space /data\\040dir rw,relatime - ext4 /dev/sda1 rw
"""


def test_mountinfo_names_its_mount_points_with_escapes_undone() -> None:
    assert mount_points(MOUNTINFO) == {"/", "/proc", "/backups", "/data dir"}


def test_a_mounted_volume_and_a_folder_inside_it_are_on_a_mount() -> None:
    assert is_mount_point(Path("/backups"), MOUNTINFO)
    assert is_mount_point(Path("/backups/nightly"), MOUNTINFO)
    assert is_mount_point(Path("/data dir"), MOUNTINFO)


def test_a_folder_in_the_containers_own_filesystem_is_not_on_a_mount() -> None:
    assert not is_mount_point(Path("/var/backups"), MOUNTINFO)
    assert not is_mount_point(Path("/"), MOUNTINFO)


def test_in_a_container_a_backup_dir_in_the_image_layer_is_refused(tmp_path: Path) -> None:
    problem = directory_problem(tmp_path, container=True, mountinfo=MOUNTINFO)
    assert problem is not None and "mount a volume" in problem
    assert directory_problem(tmp_path, container=False, mountinfo=MOUNTINFO) is None


def test_in_a_container_a_backup_dir_on_a_volume_is_accepted(tmp_path: Path) -> None:
    fake = MOUNTINFO + f"40 22 8:2 / {tmp_path} rw - ext4 /dev/sdb rw\n"
    assert directory_problem(tmp_path, container=True, mountinfo=fake) is None


def test_a_container_is_recognised_by_its_marker_file_or_its_cgroup(tmp_path: Path) -> None:
    marker = tmp_path / ".dockerenv"
    cgroup = tmp_path / "cgroup"
    cgroup.write_text("0::/\n")
    assert not in_container((marker,), cgroup)
    marker.touch()
    assert in_container((marker,), cgroup)
    cgroup.write_text("12:pids:/kubepods/besteffort/pod1234\n")
    assert in_container((tmp_path / "absent",), cgroup)


def test_a_relative_backup_dir_is_refused() -> None:
    problem = directory_problem(Path("backups"), container=False, mountinfo=None)
    assert problem is not None and "absolute" in problem
