/**
 * 演示 (demo): what {@code tuodi demo} adds to the server, with the {@code demo} profile only. On an
 * empty database (no household, no user) it loads 河南省漯河市临颍县 (real towns and villages, the
 * households the synthetic Henan of {@code tuodi generate} places there, the county's local
 * standard, demo users for every role with an assistant for each village of 繁城回族镇), then a feed
 * simulator sends department records through the ingest module's intake so that alerts appear while
 * one watches, and the start-up prints the URL and the sign-ins (docs/server-demo.md). A database
 * holding other data is left as it is: no demo county, no simulator, a banner saying so.
 *
 * <p>Uses only the API packages of the other modules: {@code platform} ({@code Users}, {@code
 * AuditLog}, {@code DepartmentTokens}, {@code Role}, the clock), {@code registry} ({@code
 * HouseholdRegistry}) and {@code ingest} ({@code EventIntake}); nothing depends on it.
 */
package org.tuodi.server.demo;
