package org.tuodi.server.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 导出表格: writes tables as an XLSX workbook (Apache POI, streamed: rows go to a temporary file past
 * the first hundred), the way offices exchange them: one sheet per table, a bold header row of
 * Chinese column names frozen at the top, dates as real dates ({@code yyyy-mm-dd}), counts and
 * amounts as numbers, rates as percentages. Identity numbers must be masked by the caller.
 */
public final class XlsxWorkbook {

    /** The MIME type of an XLSX file. */
    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxWorkbook() {}

    /**
     * One sheet: its name (at most 31 characters), the header and the rows. Cells may be text,
     * whole numbers, {@link BigDecimal}s, {@link Rate}s, {@link LocalDate}s or null (empty).
     */
    public record Table(String name, List<String> header, List<List<Object>> rows) {
        public Table {
            Objects.requireNonNull(name, "name");
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** A fraction from 0 to 1, shown as a percentage with two decimals. */
    public record Rate(BigDecimal value) {}

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            for (Table table : tables) {
                SXSSFSheet sheet = workbook.createSheet(table.name());
                int[] widths = new int[table.header().size()];
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(header);
                    widths[c] = width(table.header().get(c));
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        set(row.createCell(c), values.get(c), date, percent);
                        if (c < widths.length && values.get(c) != null) {
                            widths[c] = Math.max(widths[c], width(values.get(c).toString()));
                        }
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 2)) * 256);
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void set(Cell cell, Object value, CellStyle date, CellStyle percent) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Rate rate) {
            if (rate.value() == null) {
                cell.setBlank();
            } else {
                cell.setCellValue(rate.value().doubleValue());
                cell.setCellStyle(percent);
            }
        } else if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.longValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The width of a text in character widths: a Chinese character counts two. */
    private static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }
}
