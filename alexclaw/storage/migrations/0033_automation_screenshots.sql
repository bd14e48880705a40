-- Browser automation (issue 20): the screenshots recipes take, served to a
-- signed-in operator only (/automation/screenshots/<id>) and shown on the
-- run and in the recipe editor's Try. Bounded: each image at most
-- automation.max_screenshot_bytes (and 20 MB here), the newest
-- automation.screenshots_kept rows kept, older ones deleted at each insert.
CREATE TABLE automation_screenshots (
    id         bigserial PRIMARY KEY,
    run_id     bigint,
    recipe     text NOT NULL DEFAULT '',
    name       text NOT NULL DEFAULT '',
    image      bytea NOT NULL CHECK (octet_length(image) <= 20000000),
    created_at timestamptz NOT NULL DEFAULT now()
);
