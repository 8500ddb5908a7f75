/**
 * Test doubles for the feeds and cases tests (ingest, assessment, alerting), standing in for the
 * platform's and the registry's beans while those are written in other branches: an in-memory
 * {@code HouseholdRegistry}, a recording {@code AuditLog}, in-memory {@code Users}, a minimal
 * security chain (department bearer tokens on {@code /api/v1/events/**}, MockMvc users elsewhere),
 * a {@code CurrentUser} argument resolver and the platform's problem mapping. Nothing here is
 * component-scanned: tests import {@link org.tuodi.server.fakes.CasesTestBeans} explicitly, and its
 * beans are {@code @Primary} so that they win over the real ones once merged.
 */
package org.tuodi.server.fakes;
