package org.opsreport.output;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A NUL (or another control character) in a cell is written visibly, never as the raw byte. */
class ControlCharactersCsvTest {

	@Test
	void nulAndOtherControlsAreEscapedTabsAndLineBreaksKept() {
		String csv = SpreadsheetSafeCsv.format(List.of("raw"), List.of(List.of("a\u0000b\u001bc\u007f"), List.of("x\ty")));
		assertThat(csv).startsWith("raw\na\\u0000b\\u001bc\\u007f\n").contains("x\ty");
		assertThat(csv).doesNotContain("\u0000");
		assertThat(SpreadsheetSafeCsv.visibleControls("plain")).isSameAs("plain");
	}

}
