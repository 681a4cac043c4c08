package org.opsreport.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Another rendering of the report model, written next to report.html: the renderer processes the
 * variant's templates with the same model as report.html and report.md, plus the variant's own
 * entries, and writes them atomically before report.html (which stays the last file written). The
 * compact e-mail body ({@code delivery.MailBody}: mail.html, mail.md) is one.
 */
public interface ReportVariant {

	/** Template name to file name in the report folder, in writing order (e.g. mail.html.ftlh to mail.html). */
	Map<String, String> files();

	/**
	 * Model entries for this variant's templates, added to the report model; a name the report model
	 * already has (a section) is refused.
	 * @param date the report date
	 * @param folder the report folder (reports/D)
	 */
	Map<String, Object> model(LocalDate date, Path folder);

}
