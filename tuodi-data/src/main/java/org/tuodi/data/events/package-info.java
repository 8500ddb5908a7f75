/**
 * 部门数据: events.csv of formats.md v1, streamed row by row into the core's sealed {@link
 * org.tuodi.core.event.DepartmentEvent} records, and unmatched.csv, where records about a person in
 * no monitored household are kept apart.
 */
package org.tuodi.data.events;
