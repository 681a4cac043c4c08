package org.opsreport.output;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP "CSV injection": cells a spreadsheet would run as formulas are prefixed with a quote. */
class SpreadsheetSafeCsvTest {

	@Test
	void formulaLikeTextGetsALeadingQuote() {
		String csv = SpreadsheetSafeCsv.format(List.of("a", "b", "c", "d", "e", "f"), List.of(
				Arrays.asList("=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\uFF1D1+1")));
		assertThat(csv).isEqualTo("a,b,c,d,e,f\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1,'-1+2,'@SUM(A1),'\tx,'\uFF1D1+1\n");
	}

	@Test
	void numbersPlainTextAndNullsAreLeftAlone() {
		String csv = SpreadsheetSafeCsv.format(List.of("n", "m", "t", "z"), List.of(Arrays.asList(-3, 2.5, "a = b", null)));
		assertThat(csv).isEqualTo("n,m,t,z\n-3,2.5,a = b,\n");
	}

}
