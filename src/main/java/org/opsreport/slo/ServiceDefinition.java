package org.opsreport.slo;

/** An OpenSLO {@code kind: Service} document. */
public record ServiceDefinition(String name, String displayName, String description) {
}
