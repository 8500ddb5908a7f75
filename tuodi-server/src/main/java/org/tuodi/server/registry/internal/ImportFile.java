package org.tuodi.server.registry.internal;

import java.nio.file.Path;
import java.util.function.LongUnaryOperator;

/**
 * An uploaded file as the readers see it: a CSV of formats.md (the upload itself, or an XLSX sheet
 * converted), the name rejects give it ({@code households.xlsx}), the number of data rows, and how
 * a CSV line maps back to the row of the upload.
 */
record ImportFile(Path csv, String name, long dataRows, LongUnaryOperator rowOf) {}
