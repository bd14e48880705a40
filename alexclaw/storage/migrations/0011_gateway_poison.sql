-- One bad update never stops a gateway: an update that cannot be read, or
-- whose handling keeps failing, is set aside — poisoned_at with the error's
-- class and a short redacted excerpt, handled_at so it is never taken up
-- again — after `attempts` failures counted durably (a crash in between
-- does not reset them). Pending chats keep their sender: adopting a chat
-- makes that sender the owner user (telegram.owner_user_id).
ALTER TABLE gateway_inbox
    ADD COLUMN attempts    integer NOT NULL DEFAULT 0,
    ADD COLUMN last_error  text,
    ADD COLUMN poisoned_at timestamptz;

ALTER TABLE pending_chats
    ADD COLUMN user_id   text NOT NULL DEFAULT '',
    ADD COLUMN user_name text NOT NULL DEFAULT '';
