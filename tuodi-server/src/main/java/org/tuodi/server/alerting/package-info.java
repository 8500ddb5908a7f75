/**
 * 预警处置 (alerting): one case per household (一户一案, 一户一条救助链), opened when the engine raises an alert
 * and followed to 办结: routing to the village assistant, assignment, the home visit with its
 * structured findings, the measures prefilled from the assistance policies, disposal by one of the
 * four outcomes of 国办发〔2023〕39号, referral feedback and closing. Every transition goes through the
 * core's pure {@link org.tuodi.core.casework.AssistanceCase}, is checked by optimistic locking and
 * is audited. A sweep ({@link org.tuodi.server.alerting.CaseSweep}) assesses held records and marks
 * and escalates overdue cases; the public notice (公示) lists the households granted assistance. API:
 * {@link org.tuodi.server.alerting.AlertWorkflow}. Tables {@code alerting_*}; the dashboard builds
 * views on them. Depends on the assessment module's API, the registry's API and the platform.
 */
package org.tuodi.server.alerting;
