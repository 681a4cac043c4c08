package org.opsreport.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.forecast.IntervalsHeld.Held;
import org.opsreport.forecast.IntervalsHeld.Night;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The section {@code intervalCalibration} from stored nights with hand-made counts: coverage pooled over the
 * values of the window's nights per band and level, hand-computed below; tonight's multiplier and level from the
 * report date's own row; the 3-point shortfall exact at its boundary.
 */
class IntervalsHeldTest {

	static final LocalDate DATE = LocalDate.parse("2026-11-20");

	/**
	 * Three nights in the 14-night window (11-07 .. 11-20) and one before it (11-06, ignored). Per band and level
	 * (scored / missed): band 0 at 80: 100/15 + 300/45 + 0/0 = 400/60, at 95: 100/4 + 300/12 = 400/16;
	 * band 1 at 80: 200/50 + 100/22 + 100/23 = 400/95, at 95: 200/16 + 100/9 + 100/6 = 400/31;
	 * band 2 at 80: 150/40 + 50/30 = 200/70, at 95: 150/15 + 50/10 = 200/25.
	 */
	static List<Night> nights() {
		List<Night> nights = new ArrayList<>();
		LocalDate outside = DATE.minusDays(14);
		nights.add(new Night(outside, 0, 80, 1000, 1000, 0.4, 3.0));
		nights.add(new Night(outside, 0, 95, 1000, 1000, 0.1, 3.0));
		LocalDate d18 = DATE.minusDays(2);
		nights.add(new Night(d18, 0, 80, 100, 15, 0.2, 1));
		nights.add(new Night(d18, 0, 95, 100, 4, 0.05, 1));
		nights.add(new Night(d18, 1, 80, 200, 50, 0.2, 1));
		nights.add(new Night(d18, 1, 95, 200, 16, 0.05, 1));
		nights.add(new Night(d18, 2, 80, 0, 0, 0.2, 1));
		nights.add(new Night(d18, 2, 95, 0, 0, 0.05, 1));
		LocalDate d19 = DATE.minusDays(1);
		nights.add(new Night(d19, 0, 80, 300, 45, 0.2, 1));
		nights.add(new Night(d19, 0, 95, 300, 12, 0.05, 1));
		nights.add(new Night(d19, 1, 80, 100, 22, 0.2, 1));
		nights.add(new Night(d19, 1, 95, 100, 9, 0.05, 1));
		nights.add(new Night(d19, 2, 80, 150, 40, 0.2, 1));
		nights.add(new Night(d19, 2, 95, 150, 15, 0.05, 1));
		nights.add(new Night(DATE, 0, 80, 0, 0, 0.19, 1.05));
		nights.add(new Night(DATE, 0, 95, 0, 0, 0.045, 1.325));
		nights.add(new Night(DATE, 1, 80, 100, 23, 0.21, 0.975));
		nights.add(new Night(DATE, 1, 95, 100, 6, 0.049, 1.775));
		nights.add(new Night(DATE, 2, 80, 50, 30, 0.18, 1.575));
		nights.add(new Night(DATE, 2, 95, 50, 10, 0.0125, 3.0));
		return nights;
	}

	@Test
	void coverageIsPooledOverTheWindowsValuesPerBandAndLevel() {
		IntervalsHeld held = IntervalsHeld.of(DATE, 14, nights());
		assertThat(held.enabled()).isTrue();
		assertThat(held.from()).isEqualTo(LocalDate.parse("2026-11-07"));
		assertThat(held.to()).isEqualTo(DATE);
		assertThat(held.nightsScored()).isEqualTo(3);
		// band 0: 340 / 400 = 0.85 and 384 / 400 = 0.96; no values tonight, so 2 nights
		assertThat(held.first6h().level80().held()).isEqualTo(new Held(80, 400, 340, 0.85, false));
		assertThat(held.first6h().level95().held()).isEqualTo(new Held(95, 400, 384, 0.96, false));
		assertThat(held.first6h().level80().nightsScored()).isEqualTo(2);
		assertThat(held.first6h().level80().multiplier()).isEqualTo(1.05);
		assertThat(held.first6h().level95().alpha()).isEqualTo(0.045);
		// band 1: 305 / 400 = 0.7625, 3.75 points under 80: short; 369 / 400 = 0.9225, 2.75 under 95: not
		assertThat(held.from6To24h().level80().held()).isEqualTo(new Held(80, 400, 305, 0.7625, true));
		assertThat(held.from6To24h().level95().held()).isEqualTo(new Held(95, 400, 369, 0.9225, false));
		assertThat(held.from6To24h().level80().nightsScored()).isEqualTo(3);
		assertThat(held.from6To24h().level80().multiplier()).isEqualTo(0.975);
		// band 2: 130 / 200 = 0.65 and 175 / 200 = 0.875, both short
		assertThat(held.from24h().level80().held()).isEqualTo(new Held(80, 200, 130, 0.65, true));
		assertThat(held.from24h().level95().held()).isEqualTo(new Held(95, 200, 175, 0.875, true));
		assertThat(held.from24h().level95().multiplier()).isEqualTo(3.0);
		assertThat(held.from24h().level95().alpha()).isEqualTo(0.0125);
		// all bands: (340 + 305 + 130) / 1000 = 0.775 (2.5 under: not short), (384 + 369 + 175) / 1000 = 0.928
		assertThat(held.held80()).isEqualTo(new Held(80, 1000, 775, 0.775, false));
		assertThat(held.held95().coverage()).isCloseTo(0.928, within(1e-15));
		assertThat(held.bands()).containsExactly(held.first6h(), held.from6To24h(), held.from24h());
	}

	@Test
	void aShorterWindowDropsTheOlderNights() {
		// window 2: 11-19 and 11-20 only; band 1 at 80: (78 + 77) / 200
		IntervalsHeld held = IntervalsHeld.of(DATE, 2, nights());
		assertThat(held.nightsScored()).isEqualTo(2);
		assertThat(held.from6To24h().level80().held()).isEqualTo(new Held(80, 200, 155, 0.775, false));
		assertThat(held.first6h().level80().held().scored()).isEqualTo(300);
	}

	@Test
	void moreThanThreePointsUnderNominalIsShortExactlyAtTheBoundary() {
		// 77 of 100 is exactly 3 points under 80 (in doubles 0.8 - 0.77 > 0.03): not short; 76 is
		assertThat(Held.of(80, 100, 77).shortOfNominal()).isFalse();
		assertThat(Held.of(80, 100, 76).shortOfNominal()).isTrue();
		assertThat(Held.of(95, 100, 92).shortOfNominal()).isFalse();
		assertThat(Held.of(95, 10_000, 9_199).shortOfNominal()).isTrue();
		assertThat(Held.of(80, 0, 0)).isEqualTo(new Held(80, 0, 0, null, false));
		assertThatIllegalArgumentException().isThrownBy(() -> Held.of(80, 10, 11));
	}

	@Test
	void aStoreWithoutScoredNightsReadsTheSeriesOwnIntervals() {
		IntervalsHeld first = IntervalsHeld.of(DATE, 14, List.of(new Night(DATE, 0, 80, 0, 0, 0.2, 1),
				new Night(DATE, 0, 95, 0, 0, 0.05, 1)));
		assertThat(first.nightsScored()).isZero();
		assertThat(first.held80()).isEqualTo(new Held(80, 0, 0, null, false));
		assertThat(first.from24h().level95().multiplier()).isEqualTo(1.0);
		assertThat(first.from24h().level95().alpha()).isEqualTo(0.05);
		assertThat(first.from24h().level80().alpha()).isEqualTo(0.2);

		IntervalsHeld off = IntervalsHeld.off(DATE, 14);
		assertThat(off.enabled()).isFalse();
		assertThat(off.held80()).isNull();
		assertThat(off.bands()).isEmpty();
	}

}
