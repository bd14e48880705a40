"""A fake OpenBao on 127.0.0.1 per test, on a manual clock the token
manager shares, and the Vault settings that point the node at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from alexclaw.settings import VaultSettings
from tests.fake_openbao import ROLE_ID, SECRET_ID, FakeOpenBao
from tests.helpers import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def bao(clock: ManualClock) -> AsyncIterator[FakeOpenBao]:
    async with FakeOpenBao(clock=clock, lease_duration=60) as fake:
        yield fake


def vault_settings(bao: FakeOpenBao, prefix: str = "alexclaw/node-a") -> VaultSettings:
    return VaultSettings(bao.url, ROLE_ID, SECRET_ID, "secret", prefix)
