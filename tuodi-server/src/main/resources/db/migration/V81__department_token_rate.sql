-- A department token's own request rate (docs/security.md, "API tokens"): requests a minute, with a
-- burst of as many; NULL takes the server's tuodi.tokens.rate-per-minute.
ALTER TABLE ingest_department_token
    ADD COLUMN rate_per_minute integer CHECK (rate_per_minute BETWEEN 1 AND 100000);

COMMENT ON COLUMN ingest_department_token.rate_per_minute IS '每分钟请求数上限（令牌桶，可突发同样多）；为空时用服务器设置 tuodi.tokens.rate-per-minute';
