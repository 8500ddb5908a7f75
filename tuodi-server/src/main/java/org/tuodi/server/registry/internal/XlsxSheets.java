package org.tuodi.server.registry.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tuodi.data.csv.FileFormatException;

/**
 * Turns the first sheet of an XLSX workbook into a CSV file of formats.md, so that the very same
 * readers (and so the same checks and reject reasons) apply to both: the first row is the header;
 * text cells are taken as they are, numbers as plain decimals ({@code 820}, {@code 4999.99}, never
 * {@code 4.1E11}), date cells as ISO dates, booleans as {@code true}/{@code false}, formulas by
 * their cached value. Empty rows are dropped like blank lines. Rejects keep the spreadsheet's row
 * numbers through {@link Converted#sheetRow}.
 *
 * <p>An identity number typed as a number has lost its last digits in Excel (15 significant
 * digits): such a row fails its check digit and is rejected, as it should be.
 *
 * <p>The workbook is read whole ({@code XSSFWorkbook}), which suits the files of a town or a
 * county; a province-sized file should come as CSV, which is streamed.
 */
final class XlsxSheets {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private XlsxSheets() {}

    /** The CSV written and the map from its lines back to the sheet's rows. */
    record Converted(long dataRows, NavigableMap<Long, Long> csvLineToSheetRow) {

        /** The sheet row (1-based, as Excel shows it) of the CSV row starting on this line. */
        long sheetRow(long csvLine) {
            var entry = csvLineToSheetRow.floorEntry(csvLine);
            return entry == null ? csvLine : entry.getValue();
        }
    }

    static Converted toCsv(Path xlsx, Path csv, String displayName) {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg);
                CsvWriter out = CsvWriter.builder().build(csv, StandardCharsets.UTF_8)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new FileFormatException(displayName + ": the workbook has no sheet");
            }
            return write(workbook.getSheetAt(0), out, displayName);
        } catch (FileFormatException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new FileFormatException(
                    displayName
                            + ": not a readable XLSX workbook ("
                            + e.getClass().getSimpleName()
                            + ")",
                    e);
        }
    }

    private static Converted write(Sheet sheet, CsvWriter out, String displayName) {
        NavigableMap<Long, Long> lines = new TreeMap<>();
        int first = sheet.getFirstRowNum();
        Row header = first < 0 ? null : sheet.getRow(first);
        if (header == null || header.getLastCellNum() <= 0) {
            throw new FileFormatException(
                    displayName + ": the sheet is empty, it has no header row");
        }
        int width = header.getLastCellNum();
        long line = 1;
        lines.put(line, (long) header.getRowNum() + 1);
        line += record(out, cells(header, width));
        long dataRows = 0;
        for (int r = first + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = row == null ? List.of() : cells(row, width);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.put(line, (long) r + 1);
            line += record(out, cells);
            dataRows++;
        }
        return new Converted(dataRows, lines);
    }

    /** Writes one record and says how many lines it took (line breaks in cells add lines). */
    private static long record(CsvWriter out, List<String> cells) {
        out.writeRecord(cells);
        long breaks = 0;
        for (String cell : cells) {
            breaks += cell.chars().filter(c -> c == '\n').count();
        }
        return 1 + breaks;
    }

    private static List<String> cells(Row row, int width) {
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            String text = cell == null ? "" : text(cell, cell.getCellType());
            cells.add(text.replace("\r\n", "\n").replace('\r', '\n'));
        }
        return cells;
    }

    private static String text(Cell cell, CellType type) {
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO_DATE);
                }
                return BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case FORMULA:
                return text(cell, cell.getCachedFormulaResultType());
            case ERROR:
                return "#ERROR";
            default:
                return "";
        }
    }
}
