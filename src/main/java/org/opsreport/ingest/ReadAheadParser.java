package org.opsreport.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and validates export rows on a background thread while the step's thread writes the rows
 * before them: on two cores, CSV parsing and validation overlap with the database inserts instead
 * of adding to them. The queue between the two is bounded, so memory stays flat whatever the file
 * size.
 * <p>
 * Restart stays exact: each row carries the reader's position right after it was read, and
 * {@link #update} saves the position of the last row the step <em>took</em>, not of the rows read
 * ahead; a restart resumes after the last committed chunk as without read-ahead. Errors of the
 * reader (a file with a wrong header, ...) or the validator reach the step thread at the row where
 * they happened, and end the step as they would have without read-ahead.
 *
 * @param <T> the value type of accepted rows
 */
final class ReadAheadParser<T> implements ItemStreamReader<Parsed<T>> {

	private static final Object END = new Object();

	private final CsvFilesReader reader;

	private final ItemProcessor<CsvRow, Parsed<T>> parser;

	private final int capacity;

	private BlockingQueue<Object> queue;

	private Thread worker;

	private volatile boolean stopping;

	private boolean ended;

	private int fileIndex;

	private long recordsRead;

	/**
	 * @param capacity rows validated ahead of the writer at most
	 */
	ReadAheadParser(CsvFilesReader reader, ItemProcessor<CsvRow, Parsed<T>> parser, int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("read-ahead capacity must be at least 1");
		}
		this.reader = reader;
		this.parser = parser;
		this.capacity = capacity;
	}

	@Override
	public void open(ExecutionContext context) {
		this.reader.open(context);
		this.fileIndex = this.reader.fileIndex();
		this.recordsRead = this.reader.recordsRead();
		this.queue = new ArrayBlockingQueue<>(this.capacity);
		this.stopping = false;
		this.ended = false;
		this.worker = new Thread(this::readAhead, "ingest-read-ahead");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	private void readAhead() {
		try {
			for (CsvRow row = this.reader.read(); row != null && !this.stopping; row = this.reader.read()) {
				Parsed<T> parsed = this.parser.process(row);
				if (parsed != null) {
					this.queue.put(new Item<>(parsed, this.reader.fileIndex(), this.reader.recordsRead()));
				}
			}
			this.queue.put(END);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt(); // closing
		}
		catch (Throwable ex) {
			try {
				this.queue.put(new Failure(ex));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public Parsed<T> read() throws Exception {
		if (this.ended) {
			return null;
		}
		Object next = this.queue.take();
		if (next == END) {
			this.ended = true;
			return null;
		}
		if (next instanceof Failure failure) {
			this.ended = true;
			if (failure.error() instanceof Exception ex) {
				throw ex;
			}
			throw (Error) failure.error();
		}
		Item<T> item = (Item<T>) next;
		this.fileIndex = item.fileIndex();
		this.recordsRead = item.recordsRead();
		return item.parsed();
	}

	@Override
	public void update(ExecutionContext context) {
		CsvFilesReader.savePosition(context, this.fileIndex, this.recordsRead);
	}

	@Override
	public void close() {
		stopWorker();
		this.reader.close();
	}

	/**
	 * Stops the worker without interrupting it (an interrupt would close the file channel under the
	 * CSV parser): it sees {@code stopping} after its current row, and emptying the queue releases
	 * it when it waits for room.
	 */
	private void stopWorker() {
		if (this.worker == null) {
			return;
		}
		this.stopping = true;
		long deadline = System.nanoTime() + 30_000_000_000L;
		try {
			while (this.worker.isAlive() && System.nanoTime() < deadline) {
				this.queue.clear();
				this.worker.join(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ItemStreamException("interrupted while stopping the ingest read-ahead", ex);
		}
		if (this.worker.isAlive()) {
			throw new ItemStreamException("the ingest read-ahead thread did not stop");
		}
		this.worker = null;
		this.queue = null;
	}

	private record Item<T>(Parsed<T> parsed, int fileIndex, long recordsRead) {
	}

	private record Failure(Throwable error) {
	}

}
