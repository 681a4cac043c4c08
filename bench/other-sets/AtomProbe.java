package org.opsreport.bench;

import java.nio.file.*;
import java.time.Duration;
import java.util.*;

/**
 * Diagnostic for bench/README.md's "Other-domain sets": which hold-out values sit exactly on the series' own 80 %
 * bound, per horizon band, over the cuts 0, 24 and 48 h (the atom of calibration scores exactly 1): zeros on a
 * lower bound clamped to 0 under a forecast above 0, or non-zero values on a bound. Run by bench/other-sets/atom-probe.
 */
public class AtomProbe {
	public static void main(String[] a) throws Exception {
		Duration resample = a.length > 1 ? Duration.parse(a[1]) : null;
		int[][] c = new int[3][5]; // per band: total, onBound, onBoundZeroAtFloor, zeros, onBoundNonZero
		try (var s = Files.list(Path.of(a[0]))) {
			for (Path f : s.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
				var all = ForecastAccuracyBench.read(f, resample);
				for (int cut : new int[] { 0, 24, 48 }) {
					var r = ForecastAccuracyBench.evaluate(ForecastAccuracyBench.dropLast(all, Duration.ofHours(cut)), List.of());
					for (int i = 0; i < r.test().length; i++) {
						long lead = (i + 1) * r.stepSeconds();
						int b = lead <= 6 * 3600 ? 0 : lead <= 24 * 3600 ? 1 : 2;
						double y = r.test()[i];
						c[b][0]++;
						if (y == 0) c[b][3]++;
						boolean on = y == r.l80()[i] || y == r.u80()[i];
						if (on) {
							c[b][1]++;
							if (y == 0 && r.l80()[i] == 0 && r.ours()[i] > 0) c[b][2]++;
							if (y != 0) c[b][4]++;
						}
					}
				}
			}
		}
		String[] names = { "0-6h", "6-24h", "24-48h" };
		for (int b = 0; b < 3; b++)
			System.out.printf(Locale.ROOT, "%s: values %d, zeros %.3f, on the 80%% bound %.3f (of them: 0 on a lower bound 0 under a forecast > 0: %.3f; non-zero values: %.3f)%n",
					names[b], c[b][0], c[b][3] / (double) c[b][0], c[b][1] / (double) c[b][0], c[b][2] / (double) Math.max(1, c[b][1]), c[b][4] / (double) Math.max(1, c[b][1]));
	}
}
