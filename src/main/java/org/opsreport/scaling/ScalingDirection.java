package org.opsreport.scaling;

import java.util.Arrays;
import java.util.Optional;

/** The seed's {@code ScalingDirection}; informational, the replay scales horizontally in both directions. */
public enum ScalingDirection {

	SCALE_UP("scale_up"), SCALE_DOWN("scale_down"), SCALE_OUT("scale_out"), SCALE_IN("scale_in");

	private final String value;

	ScalingDirection(String value) {
		this.value = value;
	}

	public String value() {
		return this.value;
	}

	public static Optional<ScalingDirection> fromValue(String value) {
		return Arrays.stream(values()).filter((d) -> d.value.equals(value)).findFirst();
	}

}
