-- The audit trail becomes a hash chain (docs/security.md, "Audit trail"). Every entry carries a
-- sequence number, the hash of the entry before it and its own hash:
--
--   hash = SHA-256 over the UTF-8 bytes of
--          'tuodi-audit-v1' || field(seq) || field(at) || field(actor) || field(action)
--          || field(subject_type) || field(subject_id) || field(detail) || field(prev_hash)
--   field(v) = <number of UTF-8 bytes of v> ':' v '\n'
--   at       = microseconds since 1970-01-01T00:00:00Z, as a decimal integer
--   prev_hash of the first entry = 64 zeros
--
-- The hashing is done here, by a BEFORE INSERT trigger, so that every writer is chained the same
-- way; `tuodi audit verify` recomputes it independently in Java (platform.AuditChain). Appends are
-- serialised on the one row of platform_audit_head, locked FOR UPDATE until the appending
-- transaction ends: concurrent appends wait for each other and the chain never forks, and a
-- rolled-back append leaves no gap.

ALTER TABLE platform_audit
    ADD COLUMN seq       bigint,
    ADD COLUMN prev_hash char(64),
    ADD COLUMN hash      char(64);

COMMENT ON COLUMN platform_audit.seq IS '链序号：从 1 起连续递增，无空缺';
COMMENT ON COLUMN platform_audit.prev_hash IS '前一条记录的哈希（第一条为 64 个 0）';
COMMENT ON COLUMN platform_audit.hash IS '本条记录的 SHA-256（覆盖序号、时间、操作者、动作、对象、说明、前一条哈希）';

CREATE TABLE platform_audit_head (
    id   smallint PRIMARY KEY CHECK (id = 1),
    seq  bigint   NOT NULL,
    hash char(64) NOT NULL
);

COMMENT ON TABLE platform_audit_head IS '审计链的链头：最后一条记录的序号和哈希；追加时加锁，保证并发追加仍是一条链';

CREATE FUNCTION platform_audit_field(v text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT AS
$$ SELECT octet_length(convert_to(v, 'UTF8'))::text || ':' || v || E'\n' $$;

CREATE FUNCTION platform_audit_hash(
    p_seq bigint, p_at timestamptz, p_actor text, p_action text, p_subject_type text,
    p_subject_id text, p_detail text, p_prev_hash text) RETURNS char(64)
    LANGUAGE sql IMMUTABLE STRICT AS
$$
SELECT encode(sha256(convert_to(
    'tuodi-audit-v1'
    || platform_audit_field(p_seq::text)
    || platform_audit_field(((extract(epoch FROM p_at) * 1000000)::numeric(30, 0))::text)
    || platform_audit_field(p_actor)
    || platform_audit_field(p_action)
    || platform_audit_field(p_subject_type)
    || platform_audit_field(p_subject_id)
    || platform_audit_field(p_detail)
    || platform_audit_field(p_prev_hash), 'UTF8')), 'hex')
$$;

COMMENT ON FUNCTION platform_audit_hash(bigint, timestamptz, text, text, text, text, text, text)
    IS '审计记录哈希的规范编码（与 platform.AuditChain 一致）';

-- Chain the entries written before this migration, in the order they were written.
DO
$$
DECLARE
    r    record;
    prev char(64) := repeat('0', 64);
    n    bigint := 0;
    h    char(64);
BEGIN
    ALTER TABLE platform_audit DISABLE TRIGGER platform_audit_append_only;
    FOR r IN SELECT id, at, actor, action, subject_type, subject_id, detail
             FROM platform_audit ORDER BY id LOOP
        n := n + 1;
        h := platform_audit_hash(n, r.at, r.actor, r.action, r.subject_type, r.subject_id,
                                 r.detail, prev);
        UPDATE platform_audit SET seq = n, prev_hash = prev, hash = h WHERE id = r.id;
        prev := h;
    END LOOP;
    ALTER TABLE platform_audit ENABLE TRIGGER platform_audit_append_only;
    INSERT INTO platform_audit_head (id, seq, hash) VALUES (1, n, prev);
END;
$$;

ALTER TABLE platform_audit
    ALTER COLUMN seq SET NOT NULL,
    ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL,
    ADD CONSTRAINT platform_audit_seq_unique UNIQUE (seq);

CREATE FUNCTION platform_audit_chain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head_seq  bigint;
    head_hash char(64);
BEGIN
    SELECT seq, hash INTO head_seq, head_hash FROM platform_audit_head WHERE id = 1 FOR UPDATE;
    NEW.seq := head_seq + 1;
    NEW.prev_hash := head_hash;
    NEW.hash := platform_audit_hash(NEW.seq, NEW.at, NEW.actor, NEW.action, NEW.subject_type,
                                    NEW.subject_id, NEW.detail, NEW.prev_hash);
    UPDATE platform_audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION platform_audit_chain() IS '追加审计记录时接到链尾：取链头（加锁）、算本条哈希、移动链头';

CREATE TRIGGER platform_audit_chain
    BEFORE INSERT ON platform_audit
    FOR EACH ROW EXECUTE FUNCTION platform_audit_chain();

-- The head moves only forward, by one, to the entry just appended.
CREATE FUNCTION platform_audit_head_forward() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.seq <> OLD.seq + 1 THEN
        RAISE EXCEPTION 'platform_audit_head only moves forward by one append: % is not allowed',
            TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER platform_audit_head_forward
    BEFORE UPDATE OR DELETE ON platform_audit_head
    FOR EACH ROW EXECUTE FUNCTION platform_audit_head_forward();
