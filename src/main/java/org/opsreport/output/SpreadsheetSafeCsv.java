package org.opsreport.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV text for people who open it in a spreadsheet: a text cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return is prefixed with {@code '} so it is not run as a
 * formula (OWASP "CSV injection"). Numbers are written as numbers, untouched.
 */
public final class SpreadsheetSafeCsv {

	/** What makes a spreadsheet read a cell as a formula; full-width forms too (East Asian Excel). */
	private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

	private SpreadsheetSafeCsv() {
	}

	public static String format(List<String> header, List<List<?>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetSafeCsv::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static Object cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value;
		}
		String text = visibleControls(value.toString());
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/**
	 * NUL and the other control characters except tab, line feed and carriage return are written as
	 * {@code \\u0000}-style escapes: a NUL byte in a CSV file ends the text in many tools and hides the
	 * rest of the row (a rejected row's raw text is the operator's evidence).
	 */
	static String visibleControls(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
			if (control && out == null) {
				out = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (out != null) {
				if (control) {
					out.append(String.format("\\u%04x", (int) c));
				}
				else {
					out.append(c);
				}
			}
		}
		return out == null ? text : out.toString();
	}

	/**
	 * A printer that streams rows to {@code out} (for files too large to build in memory), after
	 * writing the header; print rows with {@link #printRecord}. Gives the same text as {@link #format}.
	 */
	public static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, FORMAT);
		printer.printRecord(header);
		return printer;
	}

	/** Prints one row, its text cells made safe as in {@link #format}. */
	public static void printRecord(CSVPrinter printer, List<?> row) throws IOException {
		printer.printRecord(row.stream().map(SpreadsheetSafeCsv::cell).toList());
	}

}
