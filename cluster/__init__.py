"""Clustering: discovery (static seeds, zeroconf, DNS), the cookie
handshake, node links, membership and remote workflow dispatch.

A plugin package: it imports only ``supervisors`` and ``actors`` and states
what it needs from the application as ``Protocol``s in ``cluster.ports``;
``alexclaw`` builds a ``Cluster`` from ``load_cluster_settings`` and starts
``cluster_spec`` (in ``cluster.tree``).
"""

from cluster._frames import MAX_FRAME, PROTOCOL_VERSION
from cluster._membership import (
    CLUSTER_TOPIC,
    CONNECTED,
    DISCONNECTED,
    ClusterPeer,
    ClusterView,
    NodeDown,
    NodeUp,
    RefusedLink,
)
from cluster._settings import (
    MIN_COOKIE_LENGTH,
    SERVICE_TYPE,
    ClusterSettings,
    ClusterSettingsError,
    Seed,
    load_cluster_settings,
)

__all__ = [
    "CLUSTER_TOPIC",
    "CONNECTED",
    "DISCONNECTED",
    "MAX_FRAME",
    "MIN_COOKIE_LENGTH",
    "PROTOCOL_VERSION",
    "SERVICE_TYPE",
    "ClusterSettings",
    "ClusterSettingsError",
    "ClusterView",
    "NodeDown",
    "NodeUp",
    "ClusterPeer",
    "RefusedLink",
    "Seed",
    "load_cluster_settings",
]
