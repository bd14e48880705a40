-- Two-factor recovery codes (issue 15): ten one-time codes made at
-- enrolment, each stored only as an HMAC keyed by the TOTP secret they
-- stand in for (never in clear). ``set_tag`` names that secret (another
-- HMAC of it), so codes of a replaced or removed secret never match and
-- are not counted, whichever path replaced it. A used code keeps its row
-- (``used_at``) so a second use is told "already used".
CREATE TABLE totp_recovery_codes (
    id         bigserial PRIMARY KEY,
    set_tag    text NOT NULL,
    code_hash  text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    used_at    timestamptz
);
CREATE INDEX totp_recovery_codes_set ON totp_recovery_codes (set_tag);
