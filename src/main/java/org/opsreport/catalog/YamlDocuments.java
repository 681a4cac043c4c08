package org.opsreport.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the multi-document YAML of an operator folder ({@code jobs/slos}, {@code jobs/hpa}): the {@code *.yaml} and
 * {@code *.yml} files, not recursive, in name order, each document numbered from 1 as messages name it. Empty
 * documents (a trailing {@code ---}) are skipped. What the documents mean is the loaders' business.
 */
public final class YamlDocuments {

	/**
	 * One document.
	 * @param label the file as messages name it
	 * @param index its position in the file, from 1
	 * @param node its tree, never null or missing
	 */
	public record Document(String label, int index, JsonNode node) {
	}

	/**
	 * A folder or file that could not be read, or a document that is not YAML. The message names the folder, or the
	 * file and the document, and the problem without the file's text ({@link YamlConfigReader#yamlProblem}).
	 */
	public static final class UnreadableException extends RuntimeException {

		private final transient List<Document> before;

		UnreadableException(String message, Throwable cause, List<Document> before) {
			super(message, cause);
			this.before = List.copyOf(before);
		}

		/** The documents read before the problem (of the folder's files in name order). */
		public List<Document> before() {
			return this.before;
		}

	}

	private YamlDocuments() {
	}

	/**
	 * The documents of every YAML file of a folder, files in name order.
	 * @param label how messages name a file, e.g. relative to {@code jobs}
	 * @throws UnreadableException when the folder or a file cannot be read or a document is not YAML (with the
	 * documents before it)
	 */
	public static List<Document> read(Path folder, Function<Path, String> label, YAMLMapper mapper) {
		List<Document> documents = new ArrayList<>();
		for (Path file : files(folder)) {
			try {
				documents.addAll(read(file, label.apply(file), mapper));
			}
			catch (UnreadableException ex) {
				documents.addAll(ex.before());
				throw new UnreadableException(ex.getMessage(), ex.getCause(), documents);
			}
		}
		return documents;
	}

	/**
	 * The {@code *.yaml} and {@code *.yml} files of a folder, not recursive, in name order.
	 * @throws UnreadableException when the folder cannot be listed
	 */
	public static List<Path> files(Path folder) {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(Files::isRegularFile)
				.filter((p) -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UnreadableException(folder + ": cannot list the folder: " + ex.getMessage(), ex, List.of());
		}
	}

	/**
	 * The documents of one YAML file.
	 * @param label how messages name the file
	 * @throws UnreadableException when the file cannot be read or a document is not YAML (with the documents before it)
	 */
	public static List<Document> read(Path file, String label, YAMLMapper mapper) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(label, reader, mapper);
		}
		catch (IOException ex) {
			throw new UnreadableException(label + ": cannot read: " + ex.getMessage(), ex, List.of());
		}
	}

	/**
	 * The documents of one YAML text.
	 * @param label how messages name the text
	 * @throws UnreadableException when a document is not YAML (with the documents before it)
	 */
	public static List<Document> read(String label, Reader reader, YAMLMapper mapper) {
		List<Document> documents = new ArrayList<>();
		int index = 0;
		try (MappingIterator<JsonNode> iterator = mapper.readerFor(JsonNode.class).readValues(reader)) {
			while (iterator.hasNextValue()) {
				JsonNode node = iterator.nextValue();
				index++;
				if (node != null && !node.isNull() && !node.isMissingNode()) {
					documents.add(new Document(label, index, node));
				}
			}
		}
		catch (JacksonException ex) {
			// the problem and its position, not the parser's snippet of the file's text
			throw new UnreadableException(label + ", document " + (index + 1) + ": invalid YAML: "
					+ YamlConfigReader.yamlProblem(ex), ex, documents);
		}
		return documents;
	}

}
