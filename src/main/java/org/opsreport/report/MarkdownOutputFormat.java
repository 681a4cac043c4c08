package org.opsreport.report;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * FreeMarker auto-escaping for GitHub-flavoured Markdown: interpolated text can neither break a
 * table ({@code |}, line breaks) nor become markup (emphasis, links, code, HTML). Templates declare
 * it with {@code <#ftl output_format="Markdown">}.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

	public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

	/** CommonMark backslash-escapable characters that can start markup here; & keeps entities literal. */
	private static final String SPECIAL = "\\`*_[]<>|~&";

	private MarkdownOutputFormat() {
	}

	@Override
	public String getName() {
		return "Markdown";
	}

	@Override
	public String getMimeType() {
		return "text/markdown";
	}

	@Override
	public void output(String text, Writer out) throws IOException {
		out.write(escapePlainText(text));
	}

	@Override
	public String escapePlainText(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\n') {
				if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
					escaped.append(' ');
				}
			}
			else if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\').append(c);
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	@Override
	public boolean isLegacyBuiltInBypassed(String builtInName) {
		return false;
	}

	@Override
	protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
		return new Model(plainTextContent, markupContent);
	}

	/** Markdown text in FreeMarker's output model. */
	public static final class Model extends CommonTemplateMarkupOutputModel<Model> {

		Model(String plainTextContent, String markupContent) {
			super(plainTextContent, markupContent);
		}

		@Override
		public MarkdownOutputFormat getOutputFormat() {
			return INSTANCE;
		}

	}

}
