package org.opsreport.store;

import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the store's schema one start at a time.
 *
 * <p>Two runs that start together on a fresh store (two dates in one JVM, or two processes on one PostgreSQL
 * database) both find tables and no Flyway history while the other is creating them; the slower one then
 * tries to baseline and fails with "Unable to baseline ... already exists, and is empty". Starts in one JVM
 * take turns; a start that loses the race with another process migrates once more, and then finds the
 * history the other one wrote (every migration is written {@code IF NOT EXISTS}, so a repeat is harmless).
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigration {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	private static final Object ONE_AT_A_TIME = new Object();

	@Bean
	FlywayMigrationStrategy oneMigrationAtATime() {
		return (flyway) -> {
			synchronized (ONE_AT_A_TIME) {
				try {
					flyway.migrate();
				}
				catch (FlywayException ex) {
					log.info("Schema migration raced another start ({}); migrating again", ex.getMessage());
					flyway.migrate();
				}
			}
		};
	}

}
