/**
 * Units for text made in Java, shared by every feature and the report (a leaf package: it imports nothing of
 * opsreport, so any feature may use it without a cycle).
 */
package org.opsreport.units;
