-- The Discord gateway (issue 23): telegram_notify answers on AlexClaw's
-- branch names, on_delivered / on_error (as discord_notify does). A stored
-- route of its old ok branch, on_success, is renamed so existing workflows
-- keep routing as they did; imports rename it as they read a document.
UPDATE workflow_steps
SET routes = (
    SELECT coalesce(jsonb_agg(
        CASE WHEN route->>'branch' = 'on_success'
             THEN jsonb_set(route, '{branch}', '"on_delivered"')
             ELSE route END
        ORDER BY ordinality), '[]'::jsonb)
    FROM jsonb_array_elements(routes) WITH ORDINALITY AS r(route, ordinality)
)
WHERE skill = 'telegram_notify' AND routes @> '[{"branch": "on_success"}]';
