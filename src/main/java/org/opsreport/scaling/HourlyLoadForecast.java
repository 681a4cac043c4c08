package org.opsreport.scaling;

import java.time.Instant;

/**
 * Tomorrow's forecast load of a service for one hour, in utilization-percent x instances units
 * (e.g. 3 instances at 50 % CPU = 150).
 *
 * @param hour start of the hour
 * @param expectedLoad the point forecast
 * @param upper80Load the upper bound of the 80 % prediction interval
 */
public record HourlyLoadForecast(Instant hour, double expectedLoad, double upper80Load) {
}
