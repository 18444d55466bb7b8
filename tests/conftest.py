from __future__ import annotations

from pathlib import Path

import pytest

from tests.rayclusters import loopback_cluster, two_node_cluster

__all__ = ["loopback_cluster", "seeds_dir", "two_node_cluster"]  # the fixtures, found by name

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
