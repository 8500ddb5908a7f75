/**
 * 筛查: the screening of a county or province from files: the roster in memory, department records
 * streamed through the core {@link org.tuodi.core.engine.RiskEngine} one household state at a time,
 * the decisions written to alerts.csv, and a report in which every row read is accounted for.
 */
package org.tuodi.data.scan;
