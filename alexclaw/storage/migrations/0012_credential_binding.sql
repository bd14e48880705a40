-- A stored credential remembers the origin (scheme://host[:port]) it was
-- entered for; it is attached only to requests to that origin, and pointing
-- its endpoint somewhere else clears it (it must be entered again, with 2FA).
ALTER TABLE settings ADD COLUMN bound_origin text NOT NULL DEFAULT '';

-- Credentials already stored are bound to where their endpoint points now.
UPDATE settings AS credential
SET bound_origin = lower(substring(endpoint.value FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+'))
FROM (VALUES ('telegram.bot_token', 'telegram.api_base_url'),
             ('shield.proxy_upstream_api_key', 'shield.proxy_upstream_url')) AS pair (credential, endpoint_key)
JOIN settings AS endpoint ON endpoint.key = pair.endpoint_key
WHERE credential.key = pair.credential AND credential.value <> '' AND endpoint.value <> '';

-- Telegram's default server, for a token stored before its URL row existed.
UPDATE settings SET bound_origin = 'https://api.telegram.org'
WHERE key = 'telegram.bot_token' AND value <> '' AND bound_origin = '';
