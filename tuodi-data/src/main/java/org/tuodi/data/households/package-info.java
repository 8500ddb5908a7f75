/**
 * 监测名册: households.csv and members.csv of formats.md v1, read into the core's {@link
 * org.tuodi.core.household.Household} records with their members, and the index from a person's
 * identity number to the household the scan routes that person's department records to ({@link
 * org.tuodi.data.households.Roster}).
 */
package org.tuodi.data.households;
