/**
 * 预警清单: alerts.csv of formats.md v1, the contract of what a screening hands on: one row per alert
 * raised or escalated, with the indicators and evidence behind it and the rule set that decided.
 */
package org.tuodi.data.alerts;
