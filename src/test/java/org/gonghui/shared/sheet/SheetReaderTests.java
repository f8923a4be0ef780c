package org.gonghui.shared.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SheetReaderTests {

	private static final SheetSchema MEMBERS = SheetSchemaTests.MEMBERS;

	private static final String HEADER = "姓名,身份证号,手机号,入会日期\r\n";

	@Test
	void findsTheHeaderBelowAMergedTitleRow_rowNumbersAsExcelShowsThem() throws IOException {
		byte[] xlsx = poiWorkbook((sheet, styles) -> {
			text(sheet.createRow(0), 0, "XX工会会员花名册");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
			Row header = sheet.createRow(1);
			text(header, 0, "序号");
			text(header, 1, "姓 名*");
			text(header, 2, "公民身份号码");
			text(header, 3, "入会日期(yyyy-mm-dd)");
			Row first = sheet.createRow(2);
			first.createCell(0).setCellValue(1);
			text(first, 1, "张三");
			text(first, 2, "11010519491231002X");
			Row second = sheet.createRow(3);
			second.createCell(0).setCellValue(2);
			text(second, 1, " 李四 ");
			text(second, 2, "110105194912310020");
		});

		try (SheetRows rows = read(xlsx, "花名册.xlsx")) {
			assertThat(rows.headerRowNumber()).isEqualTo(2);
			assertThat(rows.unknownHeaders()).containsExactly("序号");
			assertThat(rows.headerOf("idNumber")).isEqualTo("公民身份号码");
			assertThat(rows.stream().toList())
				.extracting(SheetRow::rowNumber, (r) -> r.get("name"), (r) -> r.get("idNumber"))
				.containsExactly(tuple(3, "张三", "11010519491231002X"), tuple(4, "李四", "110105194912310020"));
		}
	}

	@Test
	void formatsDateCellsAsTheClerkSeesThem_43539Is2019_03_15() throws IOException {
		byte[] xlsx = poiWorkbook((sheet, styles) -> {
			header(sheet);
			Row row = sheet.createRow(1);
			text(row, 0, "张三");
			text(row, 1, "11010519491231002X");
			Cell date = row.createCell(3);
			date.setCellValue(LocalDate.of(2019, 3, 15));
			date.setCellStyle(styles.format("yyyy\"年\"m\"月\"d\"日\""));
			Row builtIn = sheet.createRow(2);
			text(builtIn, 0, "李四");
			text(builtIn, 1, "11010519491231002X");
			Cell serial = builtIn.createCell(3);
			serial.setCellValue(43539);
			serial.setCellStyle(styles.format("m/d/yy"));
			Row typed = sheet.createRow(3);
			text(typed, 0, "王五");
			text(typed, 1, "11010519491231002X");
			text(typed, 3, "2019/3/15");
		});

		try (SheetRows rows = read(xlsx, "members.xlsx")) {
			assertThat(rows.stream().map((r) -> r.get("joinedOn"))).containsExactly("2019-03-15", "2019-03-15",
					"2019/3/15");
		}
	}

	@Test
	void reportsAnIdNumberStoredAsANumber_110105194912310020CannotBeExactInADouble() throws IOException {
		byte[] xlsx = poiWorkbook((sheet, styles) -> {
			header(sheet);
			Row row = sheet.createRow(1);
			text(row, 0, "张三");
			row.createCell(1).setCellValue(110105194912310020d);
			row.createCell(2).setCellValue(13800138000d);
		});

		try (SheetRows rows = read(xlsx, "members.xlsx")) {
			SheetRow row = rows.iterator().next();
			assertThat(row.values()).containsOnly(Map.entry("name", "张三"), Map.entry("mobile", "13800138000"));
			assertThat(row.errors()).containsExactly(new RowError(2, "身份证号", "sheet.numeric-id"));
		}
	}

	@Test
	void writesNumbersWithoutBinaryNoise_0point1Plus0point2Is0point3_3point0Is3_0Point5PercentIs50Percent()
			throws IOException {
		SheetSchema schema = SheetSchema.of(SheetColumn.of("a", "甲"), SheetColumn.of("b", "乙"),
				SheetColumn.of("c", "丙"), SheetColumn.of("d", "丁"));
		byte[] xlsx = poiWorkbook((sheet, styles) -> {
			Row header = sheet.createRow(0);
			text(header, 0, "甲");
			text(header, 1, "乙");
			text(header, 2, "丙");
			text(header, 3, "丁");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(0.1 + 0.2);
			row.createCell(1).setCellValue(3.0);
			Cell percent = row.createCell(2);
			percent.setCellValue(0.5);
			percent.setCellStyle(styles.format("0%"));
			Cell postcode = row.createCell(3);
			postcode.setCellValue(10085);
			postcode.setCellStyle(styles.format("000000"));
		});

		try (SheetRows rows = new SheetReader(schema).open(new ByteArrayInputStream(xlsx), "x.xlsx")) {
			assertThat(rows.iterator().next().values()).containsOnly(Map.entry("a", "0.3"), Map.entry("b", "3"),
					Map.entry("c", "50%"), Map.entry("d", "010085"));
		}
	}

	@Test
	void skipsEmptyRowsButKeepsExcelRowNumbers() throws IOException {
		byte[] xlsx = poiWorkbook((sheet, styles) -> {
			header(sheet);
			Row first = sheet.createRow(1);
			text(first, 0, "张三");
			Row blank = sheet.createRow(2);
			text(blank, 0, "  ");
			Row onlyUnknown = sheet.createRow(3);
			text(onlyUnknown, 5, "备注");
			Row last = sheet.createRow(6);
			text(last, 0, "李四");
		});

		try (SheetRows rows = read(xlsx, "members.xlsx")) {
			assertThat(rows.stream().map(SheetRow::rowNumber)).containsExactly(2, 7);
		}
	}

	@Test
	void readsUtf8CsvWithAndWithoutBom() {
		String csv = HEADER + "张三,11010519491231002X,13800138000,2019-03-15\r\n";
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

		for (byte[] bytes : List.of(csv.getBytes(StandardCharsets.UTF_8),
				concat(bom, csv.getBytes(StandardCharsets.UTF_8)))) {
			try (SheetRows rows = read(bytes, "members.csv")) {
				assertThat(rows.stream().toList()).singleElement()
					.extracting(SheetRow::values)
					.isEqualTo(Map.of("name", "张三", "idNumber", "11010519491231002X", "mobile", "13800138000",
							"joinedOn", "2019-03-15"));
			}
		}
	}

	@Test
	void readsGbkCsvAsExcelOnChineseWindowsSavesIt() {
		String csv = "XX工会会员花名册,,,\r\n" + HEADER + "欧阳䶮,11010519491231002X,,\r\n";

		try (SheetRows rows = read(csv.getBytes(Charset.forName("GB18030")), "会员.CSV")) {
			assertThat(rows.headerRowNumber()).isEqualTo(2);
			assertThat(rows.stream().toList()).singleElement()
				.satisfies((row) -> assertThat(row.rowNumber()).isEqualTo(3))
				.satisfies((row) -> assertThat(row.get("name")).isEqualTo("欧阳䶮"));
		}
	}

	@Test
	void readsRfc4180QuotingWithCommasLineBreaksAndDoubledQuotes() {
		String csv = HEADER + "\"张,三\",11010519491231002X,\"138\n0013\",\"说\"\"好\"\"的\"\n\n李四,110105194912310020,,\n";

		try (SheetRows rows = read(csv.getBytes(StandardCharsets.UTF_8), "members.csv")) {
			assertThat(rows.stream().toList())
				.extracting(SheetRow::rowNumber, (r) -> r.get("name"), (r) -> r.get("mobile"), (r) -> r.get("joinedOn"))
				.containsExactly(tuple(2, "张,三", "138\n0013", "说\"好\"的"), tuple(4, "李四", null, null));
		}
	}

	@Test
	void reportsAnIdNumberExcelSavedToCsvInScientificNotation_1point10105EPlus17() {
		String csv = HEADER + "张三,1.10105E+17,,\n";

		try (SheetRows rows = read(csv.getBytes(StandardCharsets.UTF_8), "members.csv")) {
			assertThat(rows.iterator().next().errors()).containsExactly(new RowError(2, "身份证号", "sheet.numeric-id"));
		}
	}

	@Test
	void readsTabSeparatedTextSavedAsCsv() {
		String tsv = "姓名\t身份证号\n张三\t11010519491231002X\n";

		try (SheetRows rows = read(tsv.getBytes(StandardCharsets.UTF_8), "members.csv")) {
			assertThat(rows.iterator().next().get("idNumber")).isEqualTo("11010519491231002X");
		}
	}

	@Test
	void readsAnXlsxRenamedToCsvAsXlsx() throws IOException {
		byte[] xlsx = poiWorkbook((sheet, styles) -> {
			header(sheet);
			text(sheet.createRow(1), 0, "张三");
		});

		try (SheetRows rows = read(xlsx, "members.csv")) {
			assertThat(rows.iterator().next().get("name")).isEqualTo("张三");
		}
	}

	@Test
	void refusesOtherFormatsWithAKey() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };

		assertRefused(HEADER.getBytes(StandardCharsets.UTF_8), "members.xls", "sheet.xls-unsupported");
		assertRefused(ole2, "members.xlsx", "sheet.xls-unsupported");
		assertRefused(HEADER.getBytes(StandardCharsets.UTF_8), "members.pdf", "sheet.unsupported-format");
		assertRefused(HEADER.getBytes(StandardCharsets.UTF_8), "members", "sheet.unsupported-format");
		assertRefused(HEADER.getBytes(StandardCharsets.UTF_8), "members.xlsx", "sheet.unreadable");
		assertRefused(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "members.xlsx", "sheet.unreadable");
		assertRefused(new byte[0], "members.csv", "sheet.empty");
	}

	@Test
	void refusesAFileWithoutAHeaderInTheFirstFiveRows() {
		String csv = "\n\n\n\n\n" + HEADER + "张三,11010519491231002X,,\n";

		assertRefused(csv.getBytes(StandardCharsets.UTF_8), "members.csv", "sheet.no-header");
	}

	@Test
	void refusesAFileMissingARequiredColumn_namesIt() {
		String csv = "姓名,手机号\n张三,13800138000\n";

		assertThatExceptionOfType(SheetException.class)
			.isThrownBy(() -> read(csv.getBytes(StandardCharsets.UTF_8), "members.csv"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("sheet.missing-columns"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("身份证号"));
	}

	@Test
	void refusesTwoColumnsForOneField_身份证号And身份证号码() {
		String csv = "姓名,身份证号,身份证号码\n";

		assertRefused(csv.getBytes(StandardCharsets.UTF_8), "members.csv", "sheet.duplicate-column");
	}

	private static void assertRefused(byte[] bytes, String filename, String messageKey) {
		assertThatExceptionOfType(SheetException.class).as(filename)
			.isThrownBy(() -> read(bytes, filename).close())
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	static SheetRows read(byte[] bytes, String filename) {
		return new SheetReader(MEMBERS).open(new ByteArrayInputStream(bytes), filename);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static void header(Sheet sheet) {
		Row header = sheet.createRow(0);
		List<String> headers = new ArrayList<>(MEMBERS.headers());
		for (int i = 0; i < headers.size(); i++) {
			text(header, i, headers.get(i));
		}
	}

	private static void text(Row row, int column, String value) {
		row.createCell(column).setCellValue(value);
	}

	interface SheetBuilder {

		void build(Sheet sheet, Styles styles);

	}

	record Styles(XSSFWorkbook workbook) {

		CellStyle format(String format) {
			CellStyle style = this.workbook.createCellStyle();
			style.setDataFormat(this.workbook.getCreationHelper().createDataFormat().getFormat(format));
			return style;
		}

	}

	static byte[] poiWorkbook(SheetBuilder builder) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			builder.build(workbook.createSheet("会员"), new Styles(workbook));
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
