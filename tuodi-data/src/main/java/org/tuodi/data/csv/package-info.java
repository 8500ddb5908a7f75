/**
 * 交换文件 (CSV): reading and writing the CSV files of formats.md v1 with FastCSV: a file opened with
 * its header checked ({@link org.tuodi.data.csv.CsvFile}), rows read one at a time and turned into
 * core records by a {@link org.tuodi.data.csv.RowReader}, every bad row reported as a {@link
 * org.tuodi.data.csv.Reject} and counted, never dropped and never fatal. The per-file readers live
 * in the {@code households}, {@code events} and {@code alerts} packages.
 */
package org.tuodi.data.csv;
