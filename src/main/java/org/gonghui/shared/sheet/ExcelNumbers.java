package org.gonghui.shared.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns a numeric cell into the text the clerk sees. Only what rosters need: dates,
 * integers, decimals, percentages and zero-padded codes; not Excel's whole number-format
 * language.
 */
final class ExcelNumbers {

	// Excel stores numbers as IEEE doubles and shows at most 15 significant digits
	// (ECMA-376
	// Part 1 §18.17.4.1 notes its 15-digit precision): from 10^15 on, integers are not
	// exact.
	private static final BigDecimal LARGEST_EXACT = new BigDecimal("999999999999999");

	private static final MathContext SHOWN = new MathContext(15, RoundingMode.HALF_UP);

	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	// quoted literals, escaped characters and [colour]/[locale] sections carry no date
	// letters
	private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]");

	private static final Pattern ZERO_PADDED = Pattern.compile("0+");

	private ExcelNumbers() {
	}

	static CellText format(String raw, int formatId, @Nullable String formatCode, boolean date1904) {
		BigDecimal value;
		try {
			value = new BigDecimal(raw.strip());
		}
		catch (NumberFormatException ex) {
			return CellText.of(raw);
		}
		String code = (formatCode != null) ? LITERALS.matcher(formatCode).replaceAll("").toLowerCase(Locale.ROOT) : "";
		if (isDate(formatId, code)) {
			return new CellText(date(value, formatId, code, date1904), null);
		}
		if (code.indexOf('%') >= 0) {
			return new CellText(plain(value.movePointRight(2)) + "%", null);
		}
		BigDecimal integral = value.stripTrailingZeros();
		if (integral.scale() <= 0) {
			if (integral.abs().compareTo(LARGEST_EXACT) > 0) {
				return CellText.problem(integral.toPlainString(), CellText.NUMERIC_ID);
			}
			String digits = integral.toBigInteger().toString();
			if (formatCode != null && ZERO_PADDED.matcher(formatCode).matches() && digits.length() < formatCode.length()
					&& integral.signum() >= 0) {
				digits = "0".repeat(formatCode.length() - digits.length()) + digits;
			}
			return new CellText(digits, null);
		}
		return new CellText(plain(value), null);
	}

	private static String plain(BigDecimal value) {
		return value.round(SHOWN).stripTrailingZeros().toPlainString();
	}

	// built-in formats (ECMA-376 Part 1 §18.8.30): 14–22 and 45–47 date/time; 27–36 and
	// 50–58
	// are the dates of East Asian locales, which a Chinese Excel writes
	private static boolean isDate(int id, String code) {
		if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
			return true;
		}
		return hasDatePart(code) || hasTimePart(code) || code.contains("年") || code.contains("月");
	}

	private static boolean hasDatePart(String code) {
		return code.indexOf('y') >= 0 || code.indexOf('d') >= 0 || code.contains("年") || code.contains("日");
	}

	private static boolean hasTimePart(String code) {
		return code.indexOf('h') >= 0 || code.indexOf('s') >= 0;
	}

	private static String date(BigDecimal serial, int id, String code, boolean date1904) {
		LocalDateTime at = toDateTime(serial, date1904);
		boolean timeOnly = (id >= 18 && id <= 21) || (id == 45 || id == 46 || id == 47)
				|| (!code.isEmpty() && !hasDatePart(code) && !code.contains("月"));
		if (timeOnly) {
			return at.format(TIME);
		}
		if (at.toLocalTime().toSecondOfDay() == 0) {
			return at.toLocalDate().toString();
		}
		return at.format(DATE_TIME);
	}

	static LocalDateTime toDateTime(BigDecimal serial, boolean date1904) {
		long days = serial.longValue();
		long seconds = serial.subtract(BigDecimal.valueOf(days))
			.multiply(BigDecimal.valueOf(86_400))
			.setScale(0, RoundingMode.HALF_UP)
			.longValue();
		LocalDate date;
		if (date1904) {
			date = EPOCH_1904.plusDays(days);
		}
		else if (days < 60) {
			// Excel counts the non-existent 1900-02-29 as serial 60 (kept from Lotus
			// 1-2-3)
			date = EPOCH_1900.plusDays(days + 1);
		}
		else {
			date = EPOCH_1900.plusDays(days);
		}
		return date.atStartOfDay().plusSeconds(seconds);
	}

}
