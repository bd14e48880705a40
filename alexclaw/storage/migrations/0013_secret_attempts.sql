-- One limiter for "wrong secret presented" (issue 13, rule 2): a counter and
-- a lock per key — 'operator' for TOTP codes from every channel,
-- 'source:<ip>' for passwords and endpoint secrets (login, shield proxy
-- key, Telegram webhook secret). Times are epoch seconds from the node's
-- clock. It replaces login_blocks, whose counters carry over.
CREATE TABLE secret_attempts (
    key          text PRIMARY KEY,
    failures     integer NOT NULL DEFAULT 0,
    last_failure double precision NOT NULL DEFAULT 0,
    locked_until double precision NOT NULL DEFAULT 0
);
INSERT INTO secret_attempts (key, failures, last_failure, locked_until)
SELECT 'source:' || ip, failures, extract(epoch FROM last_failure),
       coalesce(extract(epoch FROM blocked_until), 0)
FROM login_blocks;
DROP TABLE login_blocks;

-- Rule 3: a session is bound to the password and 2FA state it was made
-- under (an HMAC fingerprint, never the password); a change ends it.
ALTER TABLE web_sessions ADD COLUMN fingerprint text NOT NULL DEFAULT '';
