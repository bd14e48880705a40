-- An LLM provider's key may be held in Vault/OpenBao (VAULT_ADDR): the row
-- then keeps the reference (vault:<path>#<key>@<version>), never the key.
-- Still never plaintext: empty, the local ciphertext, or a reference.
ALTER TABLE llm_providers DROP CONSTRAINT llm_providers_api_key_check;
ALTER TABLE llm_providers ADD CONSTRAINT llm_providers_api_key_check
    CHECK (api_key = '' OR api_key LIKE 'enc:%' OR api_key ~ '^vault:[A-Za-z0-9_.@/-]+#[A-Za-z0-9_]+@[1-9][0-9]*$');
