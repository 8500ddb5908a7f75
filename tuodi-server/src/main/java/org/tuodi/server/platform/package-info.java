/**
 * 平台 (shared module): what every other module builds on. Its API is this package: the signed-in
 * {@link org.tuodi.server.platform.CurrentUser} (a controller parameter) with its {@link
 * org.tuodi.server.platform.Role} and region, {@link org.tuodi.server.platform.Access} for role
 * checks, {@link org.tuodi.server.platform.DepartmentPrincipal} for department feeds, the problem
 * exceptions answered as RFC 9457 problem+json, the append-only {@link
 * org.tuodi.server.platform.AuditLog}, {@link org.tuodi.server.platform.Users}, {@link
 * org.tuodi.server.platform.Masks}, the {@link org.tuodi.server.platform.PersonalDataCipher} that
 * encrypts identity and phone numbers at rest (with {@link
 * org.tuodi.server.platform.EncryptedColumns} for key rotation), the server clock and the embedded
 * database. It also provides a {@code RegionDirectory} bean (the bundled division data). Internals:
 * users, audit, sign-in and the data keys (keyring, key file, rotation) in {@code internal};
 * security chains, problem handling, OpenAPI and {@code /api/v1/me} in {@code web}.
 */
package org.tuodi.server.platform;
