"""The cookie handshake: mutual HMAC-SHA256 challenge-response.

    initiator A                               responder B
    hello {name: A, nonce: Na}          ─▶
                                        ◀─   challenge {name: B, nonce: Nb,
                                                        proof: P(responder)}
    response {proof: P(initiator)}      ─▶
                                        ◀─   welcome | refused {reason}

    P(role) = HMAC-SHA256(K, "alexclaw-cluster|v1|<role>|A|B|Na|Nb")
    K       = HMAC-SHA256(cookie, "alexclaw-cluster key v1")

Each side proves it holds the cookie over the other's fresh 32-byte nonce,
so a recorded handshake is worthless later (replay); the role is inside the
MAC, so B's proof sent back to B is not A's (reflection); both names and the
protocol version are inside it, so a proof made for one pair or version
does not fit another. The cookie never crosses the wire, and neither does
K; proofs are compared with ``hmac.compare_digest``. These functions are
pure: the link feeds them the decoded messages.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Final

from cluster._frames import PROTOCOL_VERSION, Message

NONCE_BYTES: Final = 32
_KEY_LABEL: Final = b"alexclaw-cluster key v1"
INITIATOR: Final = "initiator"
RESPONDER: Final = "responder"


@dataclass(frozen=True)
class HandshakeRefused:
    """Why a handshake failed; the text names no secret."""

    reason: str


class ClusterKey:
    """The key derived from the cookie. Its ``repr`` names nothing, so a
    log line or a traceback that shows it shows no secret."""

    __slots__ = ("_key",)

    def __init__(self, cookie: str) -> None:
        self._key = hmac.new(cookie.encode(), _KEY_LABEL, hashlib.sha256).digest()

    def __repr__(self) -> str:
        return "ClusterKey(<hidden>)"

    def proof(  # noqa: PLR0917 - the transcript's parts, in order
        self,
        role: str,
        initiator: str,
        responder: str,
        initiator_nonce: str,
        responder_nonce: str,
        version: int = PROTOCOL_VERSION,
    ) -> str:
        transcript = "|".join(
            ("alexclaw-cluster", f"v{version}", role, initiator, responder, initiator_nonce, responder_nonce)
        )
        return hmac.new(self._key, transcript.encode(), hashlib.sha256).hexdigest()


def fresh_nonce() -> str:
    return secrets.token_hex(NONCE_BYTES)


def _nonce_ok(nonce: str) -> bool:
    return len(nonce) == 2 * NONCE_BYTES and all(c in "0123456789abcdef" for c in nonce)


def answer_hello(
    key: ClusterKey, own_name: str, hello: Message, nonce: str
) -> tuple[str, dict[str, str]] | HandshakeRefused:
    """The responder's turn on a ``hello``: the peer's claimed name and the
    ``challenge`` fields to send (with this side's proof), or a refusal."""
    if hello.type != "hello":
        return HandshakeRefused(f"expected hello, got {hello.type}")
    peer = str(hello.fields["name"])
    if not valid_name(peer):
        return HandshakeRefused("the peer's node name is not valid")
    if peer == own_name:
        return HandshakeRefused(f"the peer claims this node's own name {own_name!r}")
    if not _nonce_ok(str(hello.fields["nonce"])):
        return HandshakeRefused("the peer's nonce is not 32 random bytes")
    proof = key.proof(RESPONDER, peer, own_name, str(hello.fields["nonce"]), nonce)
    return peer, {"name": own_name, "nonce": nonce, "proof": proof}


def answer_challenge(
    key: ClusterKey, own_name: str, own_nonce: str, challenge: Message
) -> tuple[str, dict[str, str]] | HandshakeRefused:
    """The initiator's turn on a ``challenge``: checks the responder's proof
    over this side's nonce; the responder's name and the ``response`` to send."""
    if challenge.type == "refused":
        return HandshakeRefused(f"refused by the peer: {str(challenge.fields['reason'])[:200]}")
    if challenge.type != "challenge":
        return HandshakeRefused(f"expected challenge, got {challenge.type}")
    peer = str(challenge.fields["name"])
    peer_nonce = str(challenge.fields["nonce"])
    if not valid_name(peer) or peer == own_name:
        return HandshakeRefused("the peer's node name is not valid or is this node's own")
    if not _nonce_ok(peer_nonce) or peer_nonce == own_nonce:
        return HandshakeRefused("the peer's nonce is not fresh")
    expected = key.proof(RESPONDER, own_name, peer, own_nonce, peer_nonce)
    if not hmac.compare_digest(expected, str(challenge.fields["proof"])):
        return HandshakeRefused("the peer does not hold the cluster cookie")
    return peer, {"proof": key.proof(INITIATOR, own_name, peer, own_nonce, peer_nonce)}


def check_response(
    key: ClusterKey, own_name: str, response: Message, *, peer: str, peer_nonce: str, own_nonce: str
) -> HandshakeRefused | None:
    """The responder's last check: the initiator's proof over this side's nonce."""
    if response.type != "response":
        return HandshakeRefused(f"expected response, got {response.type}")
    expected = key.proof(INITIATOR, peer, own_name, peer_nonce, own_nonce)
    if not hmac.compare_digest(expected, str(response.fields["proof"])):
        return HandshakeRefused("the peer does not hold the cluster cookie")
    return None


def valid_name(name: str) -> bool:
    """Node names as ``ALEXCLAW_NODE_NAME`` allows them."""
    return 0 < len(name) <= 100 and all(c.isascii() and (c.isalnum() or c in "-_.@") for c in name)
