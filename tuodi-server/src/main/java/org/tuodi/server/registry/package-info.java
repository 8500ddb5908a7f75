/**
 * 低收入人口数据库 (registry): monitored households, their members and low-income categories with their
 * history, local standards with effective dates, the assistant of each village, the region tree,
 * imports of formats.md files (CSV or XLSX) as background jobs with row-level rejects, and the
 * households' data-query authorisations (授权书) under which officers see whole numbers and request
 * economic-status checks (docs/security.md). Other modules use only {@link
 * org.tuodi.server.registry.HouseholdRegistry}; the tables ({@code registry_*}) and the classes in
 * {@code internal} and {@code web} are the module's own.
 */
package org.tuodi.server.registry;
