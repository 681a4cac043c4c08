package org.opsreport.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
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
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(Files::isRegularFile)
				.filter((p) -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new ConfigException(folder, null, "cannot list the SLO folder (" + ex.getMessage() + ")");
		}
		List<ServiceDocument> documents = new ArrayList<>();
		for (Path file : files) {
			documents.addAll(read(file, file.toString()));
		}
		return documents;
	}

	private static List<ServiceDocument> read(Path file, String label) {
		List<ServiceDocument> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				MappingIterator<JsonNode> iterator = MAPPER.readerFor(JsonNode.class).readValues(reader)) {
			int index = 0;
			while (iterator.hasNextValue()) {
				JsonNode node = iterator.nextValue();
				index++;
				if (node == null || !node.isObject() || !"Service".equals(text(node.path("kind")))) {
					continue;
				}
				String name = text(node.path("metadata").path("name"));
				String source = label + ", document " + index + " (Service" + (name != null ? " " + name : "") + ")";
				if (name == null || name.isBlank()) {
					throw new ConfigException(Path.of(source), "metadata.name", "is required");
				}
				documents.add(new ServiceDocument(name, blankToNull(text(node.path("metadata").path("displayName"))),
						blankToNull(text(node.path("spec").path("description"))), source));
			}
		}
		catch (IOException | JacksonException ex) {
			// not readable as YAML: the SLO loader reports it with the document and the parser's reason
			return documents;
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
