package org.opsreport.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of rendered output shared by tests: HTML fit for e-mail clients, GFM tables intact. */
public final class EmailSafeOutput {

	private static final Pattern DELIMITER_ROW = Pattern.compile("^\\|(\\s*:?-+:?\\s*\\|)+\\s*$");

	private static final Pattern IMG_SRC = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private EmailSafeOutput() {
	}

	/**
	 * What in {@code html} an e-mail client would drop or block: scripts, style sheets, external
	 * URLs (http, https, protocol-relative), images not under charts/.
	 * @return the problems, empty when there is none
	 */
	public static List<String> htmlProblems(String html) {
		return problems(html, List.of("<style", " class=\""));
	}

	/**
	 * What in {@code html}, a page opened in a browser (report.html, index.html) or attached to a mail,
	 * a mail client or a locked-down browser would drop or block: as {@link #htmlProblems(String)},
	 * except that the page has exactly one {@code <style>} block, inside {@code <head>}, and elements
	 * carry class names (Gmail, Apple Mail and Outlook.com keep a style block in the head).
	 * @return the problems, empty when there is none
	 */
	public static List<String> pageProblems(String html) {
		List<String> problems = problems(html, List.of());
		String lower = html.toLowerCase(Locale.ROOT);
		int style = lower.indexOf("<style>");
		if (style < 0 || lower.indexOf("<style", style + 1) >= 0) {
			problems.add("not exactly one <style> block");
		}
		else if (style > lower.indexOf("</head>")) {
			problems.add("the <style> block is not inside <head>");
		}
		return problems;
	}

	private static List<String> problems(String html, List<String> alsoForbidden) {
		List<String> problems = new ArrayList<>();
		String lower = html.toLowerCase(Locale.ROOT);
		List<String> forbiddenList = new ArrayList<>(List.of("<script", "javascript:", "<link", "<iframe", "<object", "<embed",
				"<form", "http://", "https://", "src=\"//", "href=\"//", "url(", "@import", " onload=", " onclick="));
		forbiddenList.addAll(alsoForbidden);
		for (String forbidden : forbiddenList) {
			if (lower.contains(forbidden)) {
				int at = lower.indexOf(forbidden);
				problems.add("contains " + forbidden + " near: " + html.substring(Math.max(0, at - 40), Math.min(html.length(), at + 60)));
			}
		}
		Matcher img = IMG_SRC.matcher(html);
		while (img.find()) {
			if (!img.group(1).matches("charts/[a-z0-9.-]+\\.png")) {
				problems.add("image not from charts/: " + img.group(1));
			}
		}
		return problems;
	}

	/**
	 * GFM table problems: every table is a header row, a delimiter row with the header's column count,
	 * and body rows with that count; each row starts and ends with an unescaped pipe.
	 */
	public static List<String> markdownTableProblems(String markdown) {
		List<String> problems = new ArrayList<>();
		String[] lines = markdown.split("\n", -1);
		int i = 0;
		while (i < lines.length) {
			if (!lines[i].startsWith("|")) {
				i++;
				continue;
			}
			int start = i;
			List<String> table = new ArrayList<>();
			while (i < lines.length && lines[i].startsWith("|")) {
				table.add(lines[i]);
				i++;
			}
			if (start > 0 && !lines[start - 1].isBlank()) {
				problems.add("line " + (start + 1) + ": table not preceded by a blank line");
			}
			int columns = cells(table.get(0));
			if (table.size() < 2 || !DELIMITER_ROW.matcher(table.get(1)).matches()) {
				problems.add("line " + (start + 1) + ": table without a delimiter row");
				continue;
			}
			for (int r = 1; r < table.size(); r++) {
				String row = table.get(r);
				if (cells(row) != columns || !row.stripTrailing().endsWith("|") || row.stripTrailing().endsWith("\\|")) {
					problems.add("line " + (start + r + 1) + ": " + cells(row) + " cells, header has " + columns + ": " + row);
				}
			}
		}
		return problems;
	}

	/** Cells of a row: unescaped pipes minus one (rows start and end with a pipe). */
	static int cells(String row) {
		int pipes = 0;
		String trimmed = row.stripTrailing();
		for (int i = 0; i < trimmed.length(); i++) {
			if (trimmed.charAt(i) == '|') {
				int backslashes = 0;
				for (int j = i - 1; j >= 0 && trimmed.charAt(j) == '\\'; j--) {
					backslashes++;
				}
				if (backslashes % 2 == 0) {
					pipes++;
				}
			}
		}
		return pipes - 1;
	}

}
