package org.opsreport.catalog;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every refusal of a field names the document and the field path, with the loader's own exception type. */
class YamlNodeTest {

	static class LoaderException extends RuntimeException {

		LoaderException(String message) {
			super(message);
		}

	}

	static YamlNode root(String yaml) {
		JsonNode tree = YamlConfigReader.strictMapper().readTree(yaml);
		return new YamlNode("slos/a.yaml, document 2", tree, LoaderException::new);
	}

	@Test
	void readsFieldsAndListItems() {
		YamlNode root = root("spec:\n  target: 0.99\n  window: 28\n  enabled: true\n  objectives: [{name: x}, {name: y}]\n");
		assertThat(root.child("spec").child("target").number()).isEqualTo(0.99);
		assertThat(root.child("spec").child("window").integer()).isEqualTo(28);
		assertThat(root.child("spec").child("enabled").bool()).isTrue();
		assertThat(root.child("spec").child("objectives").list()).extracting((n) -> n.requiredString("name"))
			.containsExactly("x", "y");
		assertThat(root.child("spec").optionalString("absent")).isNull();
	}

	@Test
	void aRefusalNamesTheDocumentAndTheFieldPath() {
		YamlNode root = root("spec:\n  objectives: [{target: high}]\n");
		assertThatThrownBy(() -> root.child("spec").child("objectives").list().get(0).child("target").number())
			.isInstanceOf(LoaderException.class)
			.hasMessage("slos/a.yaml, document 2: spec.objectives[0].target: expected a number, got 'high'");
		assertThatThrownBy(() -> root.child("spec").child("window").integer())
			.hasMessage("slos/a.yaml, document 2: spec.window: required field is missing");
		root.child("spec").requireObject("objectives", "target");
		assertThatThrownBy(() -> root.requireObject("kind"))
			.hasMessage("slos/a.yaml, document 2: spec: unknown or unsupported field (allowed here: kind)");
		assertThatThrownBy(() -> root.within("hpa/b.yaml, document 1 (HorizontalPodAutoscaler web)").child("spec").string())
			.hasMessage("hpa/b.yaml, document 1 (HorizontalPodAutoscaler web): spec: expected a string");
	}

}
