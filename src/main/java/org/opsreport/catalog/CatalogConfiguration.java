package org.opsreport.catalog;

import org.opsreport.OpsReportProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	/** Loaded at start-up: a broken services.yaml stops opsreport before any work. */
	@Bean
	ServiceCatalog serviceCatalog(OpsReportProperties properties) {
		return ServiceCatalog.load(properties.configDir());
	}

}
