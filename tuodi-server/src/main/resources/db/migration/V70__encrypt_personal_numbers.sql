-- Identity numbers and phone numbers encrypted at rest (docs/security.md, "Encryption at rest").
-- The application encrypts (AES-256-GCM, key id in each ciphertext) and hashes (HMAC-SHA256) with
-- keys the database never sees, so SQL cannot convert plaintext rows: this migration runs on a
-- database without members or department records (a new installation, or one migrated before
-- anything was imported), and refuses, changing nothing, on one that already holds plaintext numbers.

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM registry_member) OR EXISTS (SELECT 1 FROM ingest_event) THEN
        RAISE EXCEPTION USING
            MESSAGE = 'V70 (encrypting identity and phone numbers at rest) cannot convert existing '
                || 'plaintext rows in registry_member or ingest_event',
            HINT = 'Export the households, empty the database (a demo: delete its data folder), '
                || 'start again and re-import; see docs/security.md, "Encryption at rest".';
    END IF;
END
$$;

ALTER TABLE registry_member
    DROP COLUMN id_number,
    DROP COLUMN phone,
    ADD COLUMN id_number_cipher text        NOT NULL,
    ADD COLUMN id_number_hash   char(64)    NOT NULL,
    ADD COLUMN id_number_masked varchar(18) NOT NULL,
    ADD COLUMN phone_cipher     text,
    ADD COLUMN phone_hash       char(64),
    ADD CHECK ((phone_cipher IS NULL) = (phone_hash IS NULL));

-- A person belongs to one monitored household (formats-notes §3): unique by keyed hash.
CREATE UNIQUE INDEX registry_member_id_number_hash ON registry_member (id_number_hash);
CREATE INDEX registry_member_phone_hash ON registry_member (phone_hash) WHERE phone_hash IS NOT NULL;

COMMENT ON COLUMN registry_member.id_number_cipher IS '公民身份号码密文（AES-256-GCM，格式 密钥编号:Base64(随机数‖密文‖校验码)）；明文不入库';
COMMENT ON COLUMN registry_member.id_number_hash IS '公民身份号码的带密钥哈希（HMAC-SHA256，十六进制），用于按号码精确查找';
COMMENT ON COLUMN registry_member.id_number_masked IS '脱敏身份号码（前6位地址码、8个星号、后4位），用于列表显示和按后4位查找';
COMMENT ON COLUMN registry_member.phone_cipher IS '联系电话密文（同身份号码）；空为未登记';
COMMENT ON COLUMN registry_member.phone_hash IS '联系电话的带密钥哈希，用于按号码精确查找';

ALTER TABLE ingest_event
    DROP COLUMN id_number,
    ADD COLUMN id_number_cipher text     NOT NULL,
    ADD COLUMN id_number_hash   char(64) NOT NULL,
    ADD COLUMN id_number_masked char(18) NOT NULL;

-- Unmatched records are placed by the address code (first 6 digits), which the masked form keeps.
CREATE INDEX ingest_event_unmatched ON ingest_event (id_number_masked bpchar_pattern_ops)
    WHERE household_id IS NULL;
CREATE INDEX ingest_event_person ON ingest_event (id_number_hash);

COMMENT ON COLUMN ingest_event.id_number_cipher IS '当事人公民身份号码密文（AES-256-GCM，含密钥编号）；明文不入库';
COMMENT ON COLUMN ingest_event.id_number_hash IS '当事人公民身份号码的带密钥哈希（HMAC-SHA256），用于按号码匹配';
COMMENT ON COLUMN ingest_event.id_number_masked IS '脱敏身份号码；未匹配记录按其前6位地址码归属到县';
COMMENT ON COLUMN ingest_event.payload IS '记录的其余字段（formats.md 的 JSON 形式，驼峰命名）；不含身份号码';
