"""The suite itself may run in a container (it does on CI and here), where
a backup directory must be a mounted volume: these tests write into
temporary directories, so they run as on a host. The container rule itself
is tested as the pure function it is (test_place.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def outside_a_container(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    from alexclaw.backup import _place

    monkeypatch.setattr(_place, "CONTAINER_MARKERS", ())
    monkeypatch.setattr(_place, "CGROUP_FILE", tmp_path_factory.mktemp("proc") / "no-cgroup")
    assert not Path(_place.CGROUP_FILE).exists()
