package org.tuodi.server.fakes;

import org.tuodi.core.event.Source;

/** Stands in for the platform's {@code DepartmentPrincipal}: a record with {@code department()}. */
public record TestDepartmentPrincipal(Source department) {}
