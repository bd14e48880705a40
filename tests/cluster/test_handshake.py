"""The cookie handshake, step by step: only both holders of the cookie
finish it, and no recorded, reflected or re-addressed proof is accepted."""

from __future__ import annotations

from cluster._frames import PROTOCOL_VERSION, Message
from cluster._handshake import (
    ClusterKey,
    HandshakeRefused,
    answer_challenge,
    answer_hello,
    check_response,
    fresh_nonce,
)

COOKIE = "c" * 40


def run(initiator_key: ClusterKey, responder_key: ClusterKey, a: str = "alpha", b: str = "beta") -> object:
    """One whole handshake; the first refusal, or both sides' view of the peer."""
    na, nb = fresh_nonce(), fresh_nonce()
    answered = answer_hello(responder_key, b, Message("hello", {"name": a, "nonce": na}), nb)
    if isinstance(answered, HandshakeRefused):
        return answered
    peer_of_b, challenge = answered
    checked = answer_challenge(initiator_key, a, na, Message("challenge", challenge))
    if isinstance(checked, HandshakeRefused):
        return checked
    peer_of_a, response = checked
    refused = check_response(
        responder_key, b, Message("response", response), peer=peer_of_b, peer_nonce=na, own_nonce=nb
    )
    return refused or (peer_of_a, peer_of_b)


def challenge_from(key: ClusterKey, initiator: str, na: str, nb: str) -> dict[str, str]:
    """beta's challenge to a hello from ``initiator``."""
    answered = answer_hello(key, "beta", Message("hello", {"name": initiator, "nonce": na}), nb)
    assert not isinstance(answered, HandshakeRefused)
    return answered[1]


def test_two_holders_of_the_cookie_learn_each_others_names() -> None:
    assert run(ClusterKey(COOKIE), ClusterKey(COOKIE)) == ("beta", "alpha")


def test_a_wrong_cookie_fails_on_either_side() -> None:
    wrong = ClusterKey("w" * 40)
    assert run(wrong, ClusterKey(COOKIE)) == HandshakeRefused("the peer does not hold the cluster cookie")
    # A responder without the cookie cannot make the first proof ...
    assert isinstance(run(ClusterKey(COOKIE), wrong), HandshakeRefused)


def test_a_recorded_response_does_not_open_a_new_handshake() -> None:
    key = ClusterKey(COOKIE)
    na, nb = fresh_nonce(), fresh_nonce()
    challenge = challenge_from(key, "alpha", na, nb)
    answered = answer_challenge(key, "alpha", na, Message("challenge", challenge))
    assert not isinstance(answered, HandshakeRefused)
    response = answered[1]
    # The attacker replays alpha's hello and recorded response; beta picks a fresh nonce.
    nb2 = fresh_nonce()
    answer_hello(key, "beta", Message("hello", {"name": "alpha", "nonce": na}), nb2)
    assert check_response(
        key, "beta", Message("response", response), peer="alpha", peer_nonce=na, own_nonce=nb2
    ) == HandshakeRefused("the peer does not hold the cluster cookie")


def test_a_recorded_challenge_does_not_convince_a_new_initiator() -> None:
    key = ClusterKey(COOKIE)
    na, nb = fresh_nonce(), fresh_nonce()
    challenge = challenge_from(key, "alpha", na, nb)
    assert isinstance(answer_challenge(key, "alpha", fresh_nonce(), Message("challenge", challenge)), HandshakeRefused)


def test_the_responders_proof_reflected_back_is_not_the_initiators() -> None:
    key = ClusterKey(COOKIE)
    na, nb = fresh_nonce(), fresh_nonce()
    challenge = challenge_from(key, "alpha", na, nb)
    reflected = Message("response", {"proof": challenge["proof"]})
    refused = check_response(key, "beta", reflected, peer="alpha", peer_nonce=na, own_nonce=nb)
    assert isinstance(refused, HandshakeRefused)


def test_a_proof_made_for_another_name_does_not_fit() -> None:
    key = ClusterKey(COOKIE)
    na, nb = fresh_nonce(), fresh_nonce()
    challenge = challenge_from(key, "mallory", na, nb)
    # relayed to alpha as if beta had answered alpha
    assert isinstance(answer_challenge(key, "alpha", na, Message("challenge", challenge)), HandshakeRefused)


def test_the_protocol_version_is_inside_the_proof() -> None:
    key = ClusterKey(COOKIE)
    args = ("responder", "alpha", "beta", "n1", "n2")
    assert key.proof(*args) != key.proof(*args, version=PROTOCOL_VERSION + 1)


def test_a_peer_claiming_this_nodes_name_or_a_bad_name_or_nonce_is_refused() -> None:
    key = ClusterKey(COOKIE)
    for name, nonce in (("beta", fresh_nonce()), ("a b", fresh_nonce()), ("", fresh_nonce()), ("alpha", "short")):
        hello = Message("hello", {"name": name, "nonce": nonce})
        assert isinstance(answer_hello(key, "beta", hello, fresh_nonce()), HandshakeRefused)


def test_the_key_and_its_repr_hold_no_cookie() -> None:
    key = ClusterKey(COOKIE)
    assert COOKIE not in repr(key) and "hidden" in repr(key)
    assert COOKIE not in key.proof("initiator", "a", "b", "x", "y")
