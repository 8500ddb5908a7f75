package org.tuodi.server.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.data.csv.FileFormatException;

class XlsxSheetsTests {

    @TempDir Path dir;

    @Test
    void writesCellsAsTheTextAFormatsMdFileWouldHave() throws Exception {
        Path xlsx = dir.resolve("households.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] names = {"code", "amount", "whole", "day", "flag", "sum"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(411122101201d);
            row.createCell(1).setCellValue(4999.99d);
            row.createCell(2).setCellValue(820.0d);
            row.createCell(3).setCellValue(LocalDate.of(2024, 8, 15));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellFormula("B2+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        Path csv = dir.resolve("households.csv");

        XlsxSheets.Converted converted = XlsxSheets.toCsv(xlsx, csv, "households.xlsx");

        assertThat(converted.dataRows()).isEqualTo(1);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8))
                .containsExactly(
                        "code,amount,whole,day,flag,sum",
                        "411122101201,4999.99,820,2024-08-15,true,5000.99");
    }

    @Test
    void keepsTheSheetsRowNumbersAcrossEmptyRowsAndLineBreaksInCells() throws Exception {
        Path xlsx = dir.resolve("members.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("address");
            sheet.createRow(1).createCell(0).setCellValue("two\nlines");
            sheet.createRow(4).createCell(0).setCellValue("after two empty rows");
            workbook.write(out);
        }

        XlsxSheets.Converted converted =
                XlsxSheets.toCsv(xlsx, dir.resolve("members.csv"), "members.xlsx");

        assertThat(converted.dataRows()).isEqualTo(2);
        assertThat(converted.sheetRow(2)).isEqualTo(2); // the CSV row on lines 2–3
        assertThat(converted.sheetRow(4)).isEqualTo(5);
    }

    @Test
    void aFileThatIsNotAWorkbookFailsNamingIt() throws Exception {
        Path notXlsx = dir.resolve("households.xlsx");
        Files.writeString(notXlsx, "PK but not a zip");

        assertThatThrownBy(() -> XlsxSheets.toCsv(notXlsx, dir.resolve("x.csv"), "households.xlsx"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("households.xlsx: not a readable XLSX workbook");
    }
}
