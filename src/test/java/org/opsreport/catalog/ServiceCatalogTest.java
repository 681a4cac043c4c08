package org.opsreport.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceCatalogTest {

	static final String SERVICE_DOCS = """
			apiVersion: openslo/v1
			kind: Service
			metadata:
			  name: web-shop
			  displayName: Web shop
			spec:
			  description: The online shop's front end
			---
			apiVersion: openslo/v1
			kind: SLO
			metadata:
			  name: ignored-here
			spec: {}
			---
			apiVersion: openslo/v1
			kind: Service
			metadata:
			  name: checkout
			spec:
			  description: Order placement
			""";

	@TempDir
	Path dir;

	@Test
	void serviceDocumentsAloneDeclareServices() throws IOException {
		Files.createDirectories(this.dir.resolve("slos"));
		Files.writeString(this.dir.resolve("slos/services.yaml"), SERVICE_DOCS);
		ServiceCatalog catalog = ServiceCatalog.load(this.dir);
		assertThat(catalog.names()).containsExactly("web-shop", "checkout");
		assertThat(catalog.describe("web-shop").displayName()).isEqualTo("Web shop");
		assertThat(catalog.describe("web-shop").description()).isEqualTo("The online shop's front end");
		assertThat(catalog.describe("checkout").displayName()).isEqualTo("checkout");
		assertThat(catalog.describe("checkout").minInstances()).isEqualTo(1);
	}

	@Test
	void servicesYamlKeepsItsSettingsAndTakesTextsItLacksFromTheServiceDocument() throws IOException {
		Files.createDirectories(this.dir.resolve("slos"));
		Files.writeString(this.dir.resolve("slos/services.yaml"), SERVICE_DOCS);
		Files.writeString(this.dir.resolve("services.yaml"), """
				services:
				  - name: checkout
				    displayName: Checkout
				    team: payments
				    minInstances: 2
				    maxInstances: 8
				""");
		ServiceCatalog catalog = ServiceCatalog.load(this.dir);
		assertThat(catalog.names()).containsExactly("checkout", "web-shop");
		ServiceDefinition checkout = catalog.describe("checkout");
		assertThat(checkout).isEqualTo(new ServiceDefinition("checkout", "Checkout", "payments", 0, 60, 2, 8,
				"Order placement"));
	}

	@Test
	void aDisplayNameTwoSourcesDisagreeOnIsOneClearError() throws IOException {
		Files.createDirectories(this.dir.resolve("slos"));
		Files.writeString(this.dir.resolve("slos/services.yaml"), SERVICE_DOCS);
		Files.writeString(this.dir.resolve("services.yaml"), """
				services:
				  - name: other
				  - name: web-shop
				    displayName: Webshop
				""");
		assertThatThrownBy(() -> ServiceCatalog.load(this.dir)).isInstanceOf(ConfigException.class)
			.hasMessage(this.dir.resolve("slos/services.yaml") + ", document 1 (Service web-shop), field metadata.displayName: "
					+ "'Web shop' disagrees with 'Webshop' in " + this.dir.resolve("services.yaml")
					+ ", services[1].displayName (one service, two displayNames: make them equal or remove one)");
	}

	@Test
	void twoServiceDocumentsOfOneNameMustAgree() throws IOException {
		Files.createDirectories(this.dir.resolve("slos"));
		Files.writeString(this.dir.resolve("slos/a.yaml"), SERVICE_DOCS);
		Files.writeString(this.dir.resolve("slos/b.yaml"), SERVICE_DOCS.replace("Order placement", "Orders"));
		assertThatThrownBy(() -> ServiceCatalog.load(this.dir)).isInstanceOf(ConfigException.class)
			.hasMessage(this.dir.resolve("slos/b.yaml") + ", document 3 (Service checkout), field spec.description: "
					+ "'Orders' disagrees with 'Order placement' in " + this.dir.resolve("slos/a.yaml")
					+ ", document 3 (Service checkout) (one service, two descriptions: make them equal or remove one)");
	}

	@Test
	void theSampleConfigurationAgrees() {
		ServiceCatalog catalog = ServiceCatalog.load(Path.of("jobs"));
		assertThat(catalog.names()).hasSize(8).contains("checkout", "payments");
	}

}
