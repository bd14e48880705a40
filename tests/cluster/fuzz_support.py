"""The frame decoder's insides, for the fuzzing suite (tests/fuzz), which
shapes frames after the schema: the cluster's tests own them."""

from cluster._frames import PROTOCOL_VERSION, SCHEMA, FrameDecoder, FrameError, Message, encode

__all__ = ["PROTOCOL_VERSION", "SCHEMA", "FrameDecoder", "FrameError", "Message", "encode"]
