package org.gonghui.shared.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class XlsxWriterTests {

	private static final SheetSchema MEMBERS = SheetSchemaTests.MEMBERS;

	@Test
	void writesABoldFrozenHeaderAndWidthsThatFitAnIdNumber() throws IOException {
		byte[] xlsx = write((writer) -> writer.row("张三", "11010519491231002X"));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheet("会员");
			XSSFRow header = sheet.getRow(0);
			assertThat(IntStream.range(0, 5).mapToObj((c) -> header.getCell(c).getStringCellValue()))
				.containsExactly("姓名", "身份证号", "手机号", "入会日期", "Email");
			assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			// Excel's width unit is 1/256 of a character
			assertThat(sheet.getColumnWidth(1) / 256).isGreaterThanOrEqualTo(20);
		}
	}

	@Test
	void writesIdNumbersAndPhonesAsTextEvenWhenPassedAsNumbers_13800138000() throws IOException {
		byte[] xlsx = write((writer) -> writer.row("张三", 110105194912310020L, 13800138000L, null, null));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFRow row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("110105194912310020");
			assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("13800138000");
		}
	}

	@Test
	void writesDatesAsDateCellsShownYyyyMmDd() throws IOException {
		byte[] xlsx = write((writer) -> writer.row("张三", "11010519491231002X", null, LocalDate.of(2019, 3, 15)));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var cell = workbook.getSheetAt(0).getRow(1).getCell(3);
			assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
			assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 3, 15));
			assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
		}
		try (SheetRows rows = SheetReaderTests.read(xlsx, "back.xlsx")) {
			assertThat(rows.iterator().next().get("joinedOn")).isEqualTo("2019-03-15");
		}
	}

	@Test
	void writesRowsByFieldAndNumbersAsNumbers() throws IOException {
		SheetSchema schema = SheetSchema.of(SheetColumn.of("name", "姓名"), SheetColumn.of("amount", "金额（元）").number(),
				SheetColumn.of("member", "是否会员"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		XlsxWriter.write(out, "补助", schema,
				(writer) -> writer.row(Map.of("name", "张三", "amount", new BigDecimal("1200.50"), "member", true)));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFRow row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1200.5);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("是");
		}
	}

	@Test
	void refusesARowWithMoreValuesThanColumnsOrUnknownFields() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> write((writer) -> writer.row("a", "b", "c", "d", "e", "f")));
		assertThatIllegalArgumentException().isThrownBy(() -> write((writer) -> writer.row(Map.of("age", 30))));
	}

	@Test
	void dropsControlCharactersXmlCannotHold() throws IOException {
		byte[] xlsx = write((writer) -> writer.row("张\u0007三", "11010519491231002X"));

		try (SheetRows rows = SheetReaderTests.read(xlsx, "back.xlsx")) {
			assertThat(rows.iterator().next().get("name")).isEqualTo("张三");
		}
	}

	@Test
	void leavesTheCallersStreamOpen() {
		List<String> events = new ArrayList<>();
		OutputStream out = new ByteArrayOutputStream() {

			@Override
			public void close() {
				events.add("closed");
			}

		};

		XlsxWriter.write(out, "会员", MEMBERS, (writer) -> writer.row("张三"));

		assertThat(events).isEmpty();
	}

	@Test
	void roundTrips100000RowsWriterToReader() {
		int count = 100_000;
		Iterator<Integer> numbers = IntStream.rangeClosed(1, count).iterator();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		XlsxWriter.write(out, "会员", MEMBERS, numbers,
				(n) -> List.of("会员" + n, idNumber(n), 13800000000L + n, LocalDate.of(2000, 1, 1).plusDays(n % 9000)));

		int read = 0;
		try (SheetRows rows = SheetReaderTests.read(out.toByteArray(), "export.xlsx")) {
			for (SheetRow row : rows) {
				read++;
				if (row.rowNumber() == 2 || row.rowNumber() == 50_001 || row.rowNumber() == count + 1) {
					int n = row.rowNumber() - 1;
					assertThat(row.values()).containsOnly(Map.entry("name", "会员" + n),
							Map.entry("idNumber", idNumber(n)), Map.entry("mobile", String.valueOf(13800000000L + n)),
							Map.entry("joinedOn", LocalDate.of(2000, 1, 1).plusDays(n % 9000).toString()));
				}
			}
		}
		assertThat(read).isEqualTo(count);
	}

	@Test
	void writesTheErrorReportByRowWithChineseMessages_行号列错误原因() throws IOException {
		List<RowError> errors = List.of(new RowError(7, "手机号", "member.mobile-format"),
				new RowError(3, "身份证号", "sheet.numeric-id"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<String, String> texts = Map.of("sheet.numeric-id", "长数字已被Excel截断", "member.mobile-format", "手机号格式不正确");

		ErrorReport.write(errors, texts::get, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("错误报告");
			assertThat(rowTexts(sheet.getRow(0))).containsExactly("行号", "列", "错误原因");
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
			assertThat(rowTexts(sheet.getRow(1)).subList(1, 3)).containsExactly("身份证号", "长数字已被Excel截断");
			assertThat(rowTexts(sheet.getRow(2)).subList(1, 3)).containsExactly("手机号", "手机号格式不正确");
		}
	}

	private static List<String> rowTexts(XSSFRow row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
				: String.valueOf(cell.getNumericCellValue())));
		return texts;
	}

	private static String idNumber(int n) {
		String first17 = "110105" + "1980" + "0101" + String.format("%03d", n % 1000);
		return first17 + org.gonghui.shared.ident.IdNumber.checkCharacter(first17);
	}

	private static byte[] write(java.util.function.Consumer<XlsxWriter> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxWriter.write(out, "会员", MEMBERS, rows);
		return out.toByteArray();
	}

}
