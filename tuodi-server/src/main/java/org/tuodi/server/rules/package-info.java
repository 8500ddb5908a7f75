/**
 * 预警规则管理 (rules): the rule set's versions as staff work on them: the version in force and its
 * history, drafts checked against the {@code tuodi-rule-set/1} format with line-numbered errors,
 * the what-if of a draft over the stored department records of a period (a background job: alerts
 * by level and region and the visit workload per town, against the rules in force), and publishing
 * with an effective date. The versions themselves are stored and run by the assessment module
 * ({@link org.tuodi.server.assessment.RuleSetVersions}); the records are read through the ingest
 * module ({@link org.tuodi.server.ingest.StoredRecords}) and households through the registry's API.
 * API: {@link org.tuodi.server.rules.WhatIfRuns}.
 */
package org.tuodi.server.rules;
