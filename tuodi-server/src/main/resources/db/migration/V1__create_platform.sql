-- Baseline of the platform schema; each module adds its own tables in later migrations.
COMMENT ON SCHEMA public IS '托底低收入人口动态监测预警平台';
