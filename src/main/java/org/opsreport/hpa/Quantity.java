package org.opsreport.hpa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes {@code resource.Quantity} strings ({@code "500m"}, {@code "2"}, {@code "1.5k"}, {@code "512Mi"},
 * {@code "1e3"}), read as the controller reads them: {@link #milli} is {@code Quantity.MilliValue()}, the value in
 * thousandths rounded up (k8s.io/apimachinery {@code pkg/api/resource/quantity.go}, {@code ScaledValue} rounds up).
 * Decimal suffixes n, u, m, k, M, G, T, P, E; binary Ki, Mi, Gi, Ti, Pi, Ei; an exponent {@code e}/{@code E}.
 */
final class Quantity {

	private static final Pattern FORMAT = Pattern
		.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+))(?:([eE][+-]?\\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?");

	private Quantity() {
	}

	/** The exact decimal value; {@link IllegalArgumentException} naming the text when it is not a quantity. */
	static BigDecimal parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a Kubernetes quantity (e.g. 500m, 2, 1.5k, 512Mi)");
		}
		BigDecimal number = new BigDecimal(m.group(1));
		if (m.group(2) != null) {
			return number.scaleByPowerOfTen(Integer.parseInt(m.group(2).substring(1)));
		}
		String suffix = m.group(3);
		if (suffix == null) {
			return number;
		}
		return switch (suffix) {
			case "n" -> number.scaleByPowerOfTen(-9);
			case "u" -> number.scaleByPowerOfTen(-6);
			case "m" -> number.scaleByPowerOfTen(-3);
			case "k" -> number.scaleByPowerOfTen(3);
			case "M" -> number.scaleByPowerOfTen(6);
			case "G" -> number.scaleByPowerOfTen(9);
			case "T" -> number.scaleByPowerOfTen(12);
			case "P" -> number.scaleByPowerOfTen(15);
			case "E" -> number.scaleByPowerOfTen(18);
			default -> number.multiply(BigDecimal.valueOf(2).pow(10 * (1 + "KMGTPE".indexOf(suffix.charAt(0)))));
		};
	}

	/** {@code MilliValue()}: thousandths, rounded up. */
	static long milli(String text) {
		return parse(text).scaleByPowerOfTen(3).setScale(0, RoundingMode.CEILING).longValueExact();
	}

	/** A recorded sample value in thousandths, rounded up as {@code MilliValue()} rounds a quantity. */
	static long milli(double value) {
		return (long) Math.ceil(value * 1000 - 1e-6);
	}

}
