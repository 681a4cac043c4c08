package org.opsreport.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenSLO {@code kind: Service} documents of the SLO folder ({@code jobs/slos/*.yaml|yml}, several documents
 * per file): they declare services just as {@code services.yaml} does. Only the Service documents are read here
 * (the SLO loader checks every other kind); their fields are the OpenSLO v1 ones opsreport uses:
 * {@code metadata.name}, {@code metadata.displayName}, {@code spec.description} (labels and annotations are
 * accepted and ignored). A broken file is left to the SLO loader, which names the document and field.
 */
final class OpenSloServiceDocuments {

	/** One Service document; {@code displayName} and {@code description} are null when not given. */
	record ServiceDocument(String name, String displayName, String description, String source) {
	}

	private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

	private OpenSloServiceDocuments() {
	}

	/** The Service documents of {@code folder}, files in name order; none when the folder does not exist. */
	static List<ServiceDocument> read(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Path> files;
		try {
			files = YamlDocuments.files(folder);
		}
		catch (YamlDocuments.UnreadableException ex) {
			throw new ConfigException(folder, null, "cannot list the SLO folder (" + ex.getCause().getMessage() + ")");
		}
		List<YamlDocuments.Document> yaml = new ArrayList<>();
		for (Path file : files) {
			try {
				yaml.addAll(YamlDocuments.read(file, file.toString(), MAPPER));
			}
			catch (YamlDocuments.UnreadableException ex) {
				// a broken file: the SLO loader reports it with the document and the parser's reason
				yaml.addAll(ex.before());
			}
		}
		List<ServiceDocument> documents = new ArrayList<>();
		for (YamlDocuments.Document document : yaml) {
			JsonNode node = document.node();
			if (!node.isObject() || !"Service".equals(text(node.path("kind")))) {
				continue;
			}
			String name = text(node.path("metadata").path("name"));
			String source = document.label() + ", document " + document.index() + " (Service"
					+ (name != null ? " " + name : "") + ")";
			if (name == null || name.isBlank()) {
				throw new ConfigException(Path.of(source), "metadata.name", "is required");
			}
			documents.add(new ServiceDocument(name, blankToNull(text(node.path("metadata").path("displayName"))),
					blankToNull(text(node.path("spec").path("description"))), source));
		}
		return documents;
	}

	private static String text(JsonNode node) {
		return (node != null && (node.isString() || node.isNumber())) ? node.asString() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
