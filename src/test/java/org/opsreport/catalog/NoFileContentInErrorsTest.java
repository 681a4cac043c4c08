package org.opsreport.catalog;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.scaling.ScalingPolicyLoader;
import org.opsreport.slo.OpenSloLoader;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file that is not YAML (an operator pointed a setting at the wrong file, say one with a password)
 * is refused with the problem and its line and column, never with the parser's snippet of the text.
 */
class NoFileContentInErrorsTest {

	static final String SECRET = "db_password: hunter2-s3cret\n  : [broken";

	@TempDir
	Path dir;

	@Test
	void servicesYaml() throws Exception {
		Files.writeString(this.dir.resolve("services.yaml"), SECRET);
		assertThatThrownBy(() -> ServiceCatalog.load(this.dir)).hasMessageContaining("not valid YAML")
			.hasMessageContaining("line ")
			.hasMessageNotContaining("hunter2");
	}

	@Test
	void scalingPolicies() {
		assertThatThrownBy(() -> new ScalingPolicyLoader(Set.of()).load(new StringReader(SECRET), "jobs/scaling-policies.yaml"))
			.hasMessageContaining("not valid YAML")
			.hasMessageNotContaining("hunter2");
	}

	@Test
	void sloFiles() throws Exception {
		Files.writeString(this.dir.resolve("slo.yaml"), SECRET);
		assertThatThrownBy(() -> OpenSloLoader.load(this.dir, Set.of())).hasMessageContaining("invalid YAML")
			.hasMessageNotContaining("hunter2");
	}

}
