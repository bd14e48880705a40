"""Clustering: discovery (zeroconf, DNS, static), the cookie handshake,
node links and remote workflow dispatch.

A plugin package: it imports only ``supervisors`` and ``actors`` and states
what it needs from the application as ``Protocol``s in its own ports
module. Its contents arrive with the cluster issue.
"""

__all__: list[str] = []
