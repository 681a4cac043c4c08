package org.opsreport.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams every {@code *.csv} and {@code *.csv.gz} file of one input folder, in name order, one
 * record at a time (never a whole file in memory), with commons-csv.
 * <p>
 * Restart: the position (file index and records read in it) is saved with every chunk. A restart
 * resumes there, unless the files changed since the failed run; then it reads everything again,
 * which is safe because ingest is an upsert, and tells the writer to start its counts afresh.
 */
class CsvFilesReader implements ItemStreamReader<CsvRow> {

	private static final Logger log = LoggerFactory.getLogger(CsvFilesReader.class);

	static final String FILE_INDEX = "csv.fileIndex";

	static final String RECORDS_READ = "csv.recordsRead";

	static final String FINGERPRINT = "csv.fingerprint";

	/** The reason of a file that ends early; with {@link #BROKEN_OFF}, what marks a file that broke off. */
	static final String TRUNCATED = "file ends early (truncated gzip?)";

	/** The start of the reason of a file that cannot be read past a line. */
	static final String BROKEN_OFF = "cannot read further: ";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private final Path folder;

	private final CsvLayout layout;

	private final Runnable onFreshStart;

	private final UnchangedFiles unchanged;

	private final IngestLimits limits;

	private CsvInput.RecordBound input;

	/** Content (hash, size) of the files this run reads, by report name. */
	private final Map<String, ReadPlan.Content> hashes = new LinkedHashMap<>();

	/** Files skipped because an earlier run read the same content: report name to that run. */
	private final Map<String, Long> skipped = new LinkedHashMap<>();

	private List<Path> files = List.of();

	private int fileIndex;

	private long recordsRead;

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	private List<String> header;

	private boolean startPending;

	/**
	 * @param folder the folder holding the exports (absent means no files)
	 * @param layout the expected columns
	 * @param onFreshStart called when reading starts from the first file (first run, or files changed)
	 */
	public CsvFilesReader(Path folder, CsvLayout layout, Runnable onFreshStart) {
		this(folder, layout, onFreshStart, UnchangedFiles.none());
	}

	/**
	 * @param unchanged what earlier runs read: files whose content an earlier run read completely are
	 * skipped, their counts and rejects carried over
	 */
	CsvFilesReader(Path folder, CsvLayout layout, Runnable onFreshStart, UnchangedFiles unchanged) {
		this(folder, layout, onFreshStart, unchanged, IngestLimits.defaults());
	}

	/** @param limits record, content and header bounds */
	CsvFilesReader(Path folder, CsvLayout layout, Runnable onFreshStart, UnchangedFiles unchanged,
			IngestLimits limits) {
		this.limits = limits;
		this.folder = folder;
		this.layout = layout;
		this.onFreshStart = onFreshStart;
		this.unchanged = unchanged;
	}

	/** The files this run reads, by report name, with their content (to remember once accepted). */
	Map<String, ReadPlan.Content> filesRead() {
		return Collections.unmodifiableMap(this.hashes);
	}

	@Override
	public void open(ExecutionContext context) {
		this.files = withoutUnchanged(listFiles());
		String fingerprint = fingerprint(this.files);
		if (context.containsKey(FILE_INDEX) && fingerprint.equals(context.getString(FINGERPRINT, ""))) {
			this.fileIndex = context.getInt(FILE_INDEX);
			this.recordsRead = context.getLong(RECORDS_READ);
			log.info("Resuming {} ingest at file {} of {}, after {} records", this.layout.kind(), this.fileIndex + 1,
					this.files.size(), this.recordsRead);
			carryOverSkipped();
			if (this.fileIndex < this.files.size()) {
				openFile(false);
				skipRecords(this.recordsRead);
			}
		}
		else {
			if (context.containsKey(FILE_INDEX)) {
				log.info("The {} files changed since the failed run: reading them all again", this.layout.kind());
			}
			this.fileIndex = 0;
			this.recordsRead = 0;
			this.onFreshStart.run();
			carryOverSkipped();
			if (!this.files.isEmpty()) {
				openFile(true);
			}
		}
		context.putString(FINGERPRINT, fingerprint);
	}

	@Override
	public CsvRow read() {
		while (this.fileIndex < this.files.size()) {
			if (this.startPending) {
				this.startPending = false;
				return CsvRow.started(name(), headerWarnings());
			}
			Path file = this.files.get(this.fileIndex);
			// the line a record starts on is known only before hasNext(), which parses the record
			long startLine = this.records == null ? 0 : this.parser.getCurrentLineNumber() + 1;
			try {
				// hasNext() parses the next record ahead: afterwards the parser stands at its end
				if (this.records != null && this.records.hasNext()) {
					CSVRecord record = this.records.next();
					this.input.recordEnded();
					this.recordsRead++;
					if (record.size() == 1 && record.get(0).isEmpty()) {
						continue; // a blank line is no record
					}
					return toRow(startLine, record);
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				String reason = brokenReason(ex);
				log.warn("{}: {} at line {}", file, reason, startLine);
				String name = name();
				nextFile();
				return CsvRow.broken(name, startLine, reason);
			}
			nextFile();
		}
		return null;
	}

	@Override
	public void update(ExecutionContext context) {
		savePosition(context, this.fileIndex, this.recordsRead);
	}

	/** Saves a position for a restart: the file and how many of its records were read. */
	static void savePosition(ExecutionContext context, int fileIndex, long recordsRead) {
		context.putInt(FILE_INDEX, fileIndex);
		context.putLong(RECORDS_READ, recordsRead);
	}

	/** The index of the file being read (the position after the last record returned). */
	int fileIndex() {
		return this.fileIndex;
	}

	/** Records read (blank lines included) of the file being read. */
	long recordsRead() {
		return this.recordsRead;
	}

	@Override
	public void close() {
		closeParser();
	}

	private CsvRow toRow(long line, CSVRecord record) {
		CsvRow row = CsvRow.record(name(), line, this.header, record.values());
		long length = record.size() - 1;
		for (String value : record.values()) {
			length += value.length();
		}
		if (length > this.limits.maxRecordChars()) {
			// exact bound on the fields read; CsvInput's stream bound only keeps the heap safe
			return CsvRow.tooLong(row, "record of " + length + " characters, longer than " + this.limits.maxRecordChars()
					+ " (opsreport.ingest.max-record-chars)");
		}
		return row;
	}

	private void nextFile() {
		closeParser();
		this.fileIndex++;
		this.recordsRead = 0;
		if (this.fileIndex < this.files.size()) {
			openFile(true);
		}
	}

	private void openFile(boolean announce) {
		Path file = this.files.get(this.fileIndex);
		try {
			CsvInput.RecordBound reader = CsvInput.open(file, this.limits);
			this.input = reader;
			this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
			this.records = this.parser.iterator();
			this.header = readHeader(file);
			this.startPending = announce;
		}
		catch (IOException | UncheckedIOException ex) {
			closeParser();
			throw new InputFileException(file, "cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private List<String> readHeader(Path file) {
		if (!this.records.hasNext()) {
			// an empty export is legal (nothing happened); it simply has no rows
			log.warn("{}: empty file, no header and no rows", file);
			this.records = null;
			return List.of();
		}
		CSVRecord first = this.records.next();
		this.input.recordEnded();
		if (first.size() > this.limits.maxColumns()) {
			throw new InputFileException(file, "header has " + first.size() + " columns, more than "
					+ this.limits.maxColumns() + " (opsreport.ingest.max-columns)");
		}
		List<String> names = new ArrayList<>();
		for (String cell : first.values()) {
			if (cell.indexOf('\0') >= 0 || cell.indexOf(CsvInput.REPLACEMENT) >= 0) {
				throw new InputFileException(file, "not a CSV text file (binary or non-UTF-8 bytes in the header)");
			}
			names.add(this.layout.canonical(cell));
		}
		List<String> missing = this.layout.required().stream().filter(c -> !names.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new InputFileException(file, "wrong header for " + this.layout.kind() + ": missing column(s) "
					+ String.join(", ", missing) + "; expected " + String.join(",", this.layout.required()) + " ("
					+ foundColumns(names) + ")");
		}
		return names;
	}

	/**
	 * What a wrong header holds, without its content (issue 15 class 5): the first row may be data
	 * (a file without a header) or not a CSV export at all, and error messages reach stderr, logs and
	 * mail, so only the number of cells and the cells that are known column names are shown.
	 */
	private String foundColumns(List<String> names) {
		List<String> known = names.stream().filter(this.layout.known()::contains).distinct().toList();
		String columns = names.size() == 1 ? "1 column" : names.size() + " columns";
		return known.isEmpty() ? "the first row has " + columns + ", none of them a known column: does the file start with data?"
				: "the first row has " + columns + "; known among them: " + String.join(", ", known);
	}

	private List<String> headerWarnings() {
		if (this.header.isEmpty()) {
			return List.of("empty file: no header and no rows");
		}
		List<String> unknown = this.header.stream().filter(c -> !this.layout.known().contains(c)).toList();
		// the warning is stored in a 4000-character column: long or many names are abbreviated
		return unknown.isEmpty() ? List.of()
				: List.of(abbreviate("ignored unknown column(s): " + String.join(", ", unknown.stream()
					.map(c -> printable(c.length() <= 60 ? c : c.substring(0, 57) + "..."))
					.toList()), 1000));
	}

	private void skipRecords(long count) {
		for (long i = 0; i < count && this.records != null && this.records.hasNext(); i++) {
			this.records.next();
			// the record bound counts from the last record returned: skipped records end one too, or a
			// restart after a megabyte of rows would take them all for one over-long record
			this.input.recordEnded();
		}
	}

	private void closeParser() {
		if (this.parser != null) {
			try {
				this.parser.close();
			}
			catch (IOException ex) {
				throw new ItemStreamException("Cannot close " + name(), ex);
			}
			this.parser = null;
			this.records = null;
		}
	}

	/**
	 * The file as reports show it: relative to the input folder ({@code metrics/2026-11-24.csv}), so
	 * reports do not depend on where the exports lie and never show a machine's absolute paths.
	 */
	private String name() {
		return name(this.files.get(this.fileIndex));
	}

	private String name(Path file) {
		Path kindFolder = this.folder.getFileName();
		return kindFolder == null ? file.getFileName().toString()
				: kindFolder.resolve(file.getFileName()).toString().replace('\\', '/');
	}

	/**
	 * The files to read, by {@link ReadPlan}: from the first new, appended or changed file on (all of
	 * them when an old row may have been edited or removed), so the last row in name order still wins.
	 */
	private List<Path> withoutUnchanged(List<Path> candidates) {
		this.hashes.clear();
		this.skipped.clear();
		List<ReadPlan.Change> changes = new ArrayList<>();
		List<ReadPlan.Content> contents = new ArrayList<>();
		List<java.util.Optional<ReadPlan.ReadBefore>> before = new ArrayList<>();
		for (Path file : candidates) {
			java.util.Optional<ReadPlan.ReadBefore> read = this.unchanged.readBefore(name(file));
			ReadPlan.Content content = content(file, read.map(ReadPlan.ReadBefore::size).orElse(null));
			before.add(read);
			contents.add(content);
			changes.add(ReadPlan.change(read, content));
		}
		int first = ReadPlan.firstToRead(changes);
		List<Path> toRead = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Path file = candidates.get(i);
			if (i < first) {
				this.skipped.put(name(file), before.get(i).orElseThrow().run());
			}
			else {
				toRead.add(file);
				this.hashes.put(name(file), contents.get(i));
			}
		}
		if (!this.skipped.isEmpty() || first > 0) {
			log.info("{} of {} {} files unchanged since the run that read them: not read again", this.skipped.size(),
					candidates.size(), this.layout.kind());
		}
		if (first == 0 && changes.contains(ReadPlan.Change.CHANGED)) {
			log.info("{} {} file(s) changed since an earlier run read them: reading all {} files again so the last row "
					+ "in name order wins", java.util.Collections.frequency(changes, ReadPlan.Change.CHANGED),
					this.layout.kind(), candidates.size());
		}
		return toRead;
	}

	private void carryOverSkipped() {
		this.skipped.forEach((name, run) -> this.unchanged.carryOver(run, name));
	}

	/**
	 * SHA-256 and size of the file, in one pass; when the file is longer than {@code sizeBefore}, also
	 * the SHA-256 of its first {@code sizeBefore} bytes (an append keeps the old content as a prefix).
	 */
	static ReadPlan.Content content(Path file, Long sizeBefore) {
		try (var in = Files.newInputStream(file)) {
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
			String prefixHash = null;
			long size = 0;
			byte[] buffer = new byte[1 << 16];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				if (sizeBefore != null && size <= sizeBefore && size + n > sizeBefore) {
					int head = (int) (sizeBefore - size);
					digest.update(buffer, 0, head);
					prefixHash = java.util.HexFormat.of().formatHex(((java.security.MessageDigest) digest.clone()).digest());
					digest.update(buffer, head, n - head);
				}
				else {
					digest.update(buffer, 0, n);
				}
				size += n;
			}
			return new ReadPlan.Content(java.util.HexFormat.of().formatHex(digest.digest()), size,
					sizeBefore != null && size > sizeBefore ? prefixHash : null);
		}
		catch (IOException ex) {
			throw new InputFileException(file, "cannot be read (" + ex.getMessage() + ")", ex);
		}
		catch (java.security.NoSuchAlgorithmException | CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The exports to read, by {@link InputFolder}: a symbolic link out of the input folder fails the step. */
	private List<Path> listFiles() {
		return InputFolder.list(this.folder);
	}

	private static String fingerprint(List<Path> files) {
		StringBuilder fingerprint = new StringBuilder();
		for (Path file : files) {
			try {
				fingerprint.append(file).append(':').append(Files.size(file)).append(':')
					.append(Files.getLastModifiedTime(file).toMillis()).append(';');
			}
			catch (IOException ex) {
				throw new InputFileException(file, "cannot be read (" + ex.getMessage() + ")", ex);
			}
		}
		return fingerprint.toString();
	}

	private static String brokenReason(RuntimeException ex) {
		Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
		String message = String.valueOf(cause.getMessage());
		if (cause instanceof java.io.EOFException || message.contains("ZLIB") || message.contains("EOF")) {
			return TRUNCATED + ": this line and the rest of the file are lost";
		}
		return BROKEN_OFF + message;
	}

	/** A header name as a warning shows it: control characters (an escape sequence, a bell) as {@code \\uXXXX}. */
	static String printable(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		text.chars().forEach(c -> shown.append(Character.isISOControl(c) ? "\\u%04X".formatted(c) : String.valueOf((char) c)));
		return shown.toString();
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 3) + "...";
	}

}
