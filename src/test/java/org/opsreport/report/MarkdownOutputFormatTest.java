package org.opsreport.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown auto-escaping: CommonMark backslash escapes (spec 0.31, section 2.4) and no line breaks. */
class MarkdownOutputFormatTest {

	static String escape(String text) {
		return MarkdownOutputFormat.INSTANCE.escapePlainText(text);
	}

	@Test
	void markupCharactersGetABackslash() {
		assertThat(escape("<script>alert(1)</script>")).isEqualTo("\\<script\\>alert(1)\\</script\\>");
		assertThat(escape("a|b *c* _d_ `e` [f](g) ~h~ \\")).isEqualTo("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\~h\\~ \\\\");
	}

	@Test
	void entitiesStayLiteral() {
		// "&lt;" would otherwise be shown as "<"
		assertThat(escape("&lt;b&gt; & co")).isEqualTo("\\&lt;b\\&gt; \\& co");
	}

	@Test
	void lineBreaksBecomeOneSpaceSoTableRowsStayOneLine() {
		assertThat(escape("one\ntwo\r\nthree\rfour")).isEqualTo("one two three four");
	}

}
