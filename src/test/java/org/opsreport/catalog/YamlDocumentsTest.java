package org.opsreport.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.hpa.HpaManifestLoader;

import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one multi-document YAML reader of the operator folders (SLOs, Service documents, HPA manifests): files in name
 * order, documents numbered from 1 as messages name them, empty documents skipped, a broken document named with its
 * number and without the file's text.
 */
class YamlDocumentsTest {

	static final YAMLMapper MAPPER = YamlConfigReader.strictMapper();

	@TempDir
	Path dir;

	@Test
	void readsTheYamlFilesInNameOrderAndNumbersTheirDocuments() throws Exception {
		Files.writeString(this.dir.resolve("b.yml"), "kind: B1\n---\n---\nkind: B3\n---\n");
		Files.writeString(this.dir.resolve("a.yaml"), "kind: A1\n");
		Files.writeString(this.dir.resolve("notes.txt"), "kind: ignored\n");
		Files.createDirectory(this.dir.resolve("c.yaml"));

		List<YamlDocuments.Document> documents = YamlDocuments.read(this.dir, (f) -> f.getFileName().toString(), MAPPER);

		assertThat(documents).extracting(YamlDocuments.Document::label, YamlDocuments.Document::index,
				(d) -> d.node().path("kind").asString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a.yaml", 1, "A1"),
					org.assertj.core.groups.Tuple.tuple("b.yml", 1, "B1"), org.assertj.core.groups.Tuple.tuple("b.yml", 3, "B3"));
	}

	@Test
	void aBrokenDocumentIsNamedWithItsNumberKeepsWhatCameBeforeAndShowsNoFileText() throws Exception {
		Files.writeString(this.dir.resolve("a.yaml"), "kind: A1\n");
		Files.writeString(this.dir.resolve("b.yaml"), "kind: B1\n---\ndb_password: hunter2\n  : [broken\n");

		YamlDocuments.UnreadableException ex = catchThrowableOfType(YamlDocuments.UnreadableException.class,
				() -> YamlDocuments.read(this.dir, (f) -> "slos/" + f.getFileName(), MAPPER));

		assertThat(ex).hasMessageStartingWith("slos/b.yaml, document 2: invalid YAML: ")
			.hasMessageContaining("line ")
			.hasMessageNotContaining("hunter2");
		assertThat(ex.before()).extracting(YamlDocuments.Document::label).containsExactly("slos/a.yaml", "slos/b.yaml");
	}

	@Test
	void aKeyGivenTwiceIsAnErrorWithTheStrictMapper() {
		assertThatThrownBy(() -> YamlDocuments.read("x.yaml", new java.io.StringReader("a: 1\na: 2\n"), MAPPER))
			.isInstanceOf(YamlDocuments.UnreadableException.class)
			.hasMessageStartingWith("x.yaml, document 1: invalid YAML: ");
	}

	@Test
	void aMissingFolderIsNamed() {
		assertThatThrownBy(() -> YamlDocuments.files(this.dir.resolve("absent")))
			.isInstanceOf(YamlDocuments.UnreadableException.class)
			.hasMessageStartingWith(this.dir.resolve("absent") + ": cannot list the folder: ");
	}

	@Test
	void theHpaLoaderNamesTheBrokenDocumentWithoutTheFileText() throws Exception {
		Path hpa = Files.createDirectory(this.dir.resolve("hpa"));
		Files.writeString(hpa.resolve("a.yaml"), NoFileContentInErrorsTest.SECRET);
		assertThatThrownBy(() -> new HpaManifestLoader(java.util.Set.of()).load(hpa, this.dir))
			.hasMessageStartingWith("hpa/a.yaml, document 1: invalid YAML: ")
			.hasMessageNotContaining("hunter2");
	}

}
