/**
 * 部门数据接收 (ingest): the department feeds. Records arrive as JSON batches or events.csv files
 * (formats.md v1), authenticated by a per-department token ({@code ingest_department_token},
 * implementing the platform's {@code DepartmentTokens}); each is validated, stored once per {@code
 * (source, event_id)} in {@code ingest_event} (unmatched records kept for 主动发现) and assessed at
 * once through the assessment module, in the same transaction. API: {@link
 * org.tuodi.server.ingest.EventIntake}; {@link org.tuodi.server.ingest.StoredRecords} reads the
 * stored records back for what-if runs.
 */
package org.tuodi.server.ingest;
