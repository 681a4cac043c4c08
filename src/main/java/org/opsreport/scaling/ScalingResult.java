package org.opsreport.scaling;

/** report.json {@code scaling} and {@code performance}. */
public record ScalingResult(ScalingReport scaling, PerformanceReport performance) {
}
