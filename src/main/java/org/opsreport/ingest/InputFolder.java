package org.opsreport.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the exports of one kind folder ({@code <input-dir>/metrics}, {@code incidents}, {@code chaos})
 * without ever following a symbolic link out of the input folder (issue 15 class 5).
 * <p>
 * A link (the kind folder itself, or an export in it) is followed when its real path lies inside the
 * real path of the input folder: an operator may link {@code metrics/today.csv} to an archived export
 * next to it. A link that leads outside, that loops, or whose target does not exist is refused with an
 * {@link UnsafeLinkException} naming the link (and its target): ingest would otherwise read a file
 * nobody meant to report on (a link to {@code /etc} or another team's exports), hang or fail deep in a
 * step, or silently miss an export the operator linked. The command line checks every kind folder
 * before any work ({@link #check}, exit status 2); the readers list through {@link #list}, so a link
 * placed after that check still fails the step, never reads the file.
 * <p>
 * Not covered: hard links (indistinguishable from a file) and a link swapped between the listing and
 * the read (the folder is the operator's; this guards against mistakes, not a local attacker).
 */
public final class InputFolder {

	/** The kind folders of the input folder. */
	public static final List<String> KINDS = List.of("metrics", "incidents", "chaos");

	/** Links followed in a row before a chain counts as a loop (Linux's MAXSYMLINKS). */
	static final int MAX_HOPS = 40;

	private InputFolder() {
	}

	/**
	 * Checks every kind folder of the input folder, before any work.
	 * @throws UnsafeLinkException naming the first link that leads out, loops or leads nowhere
	 */
	public static void check(Path inputDir) {
		for (String kind : KINDS) {
			list(inputDir.resolve(kind));
		}
	}

	/**
	 * The {@code *.csv} and {@code *.csv.gz} files of a kind folder, in name order, as paths inside the
	 * folder (a link keeps its own name, which is what reports show). An absent folder has no files.
	 * @param folder {@code <input-dir>/<kind>}: its parent is the input folder links must stay in
	 */
	static List<Path> list(Path folder) {
		Path inputDir = folder.toAbsolutePath().getParent();
		if (!Files.exists(inputDir, LinkOption.NOFOLLOW_LINKS) || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		Path root = realPath(inputDir, null);
		Path realFolder = realPath(folder, root);
		if (!Files.isDirectory(realFolder)) {
			return List.of();
		}
		List<Path> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.sorted().toList()) {
				if (!hasExportName(entry)) {
					continue;
				}
				Path real = Files.isSymbolicLink(entry) ? realPath(entry, root) : entry;
				if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
					files.add(entry);
				}
			}
		}
		catch (IOException ex) {
			throw new InputFileException(folder, "cannot list the folder (" + ex.getMessage() + ")", ex);
		}
		return files;
	}

	static boolean hasExportName(Path file) {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".csv") || name.endsWith(".csv.gz");
	}

	/**
	 * The real path of {@code path}, which must lie inside {@code root} (unless root is null).
	 * The chain of links is followed by hand first, so a loop is named whatever the platform's error
	 * text; {@link Path#toRealPath} then resolves links in the parent folders too.
	 */
	private static Path realPath(Path path, Path root) {
		Set<Path> seen = new HashSet<>();
		Path current = path.toAbsolutePath().normalize();
		try {
			while (Files.isSymbolicLink(current)) {
				if (!seen.add(current) || seen.size() > MAX_HOPS) {
					throw UnsafeLinkException.loop(path);
				}
				current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
			}
		}
		catch (IOException ex) {
			throw new InputFileException(path, "cannot read the symbolic link (" + ex.getMessage() + ")", ex);
		}
		Path real;
		try {
			real = path.toRealPath();
		}
		catch (NoSuchFileException ex) {
			throw UnsafeLinkException.dangling(path, current);
		}
		catch (FileSystemException ex) {
			if (String.valueOf(ex.getReason()).contains("symbolic link")) {
				throw UnsafeLinkException.loop(path); // ELOOP: a loop in a parent folder
			}
			throw new InputFileException(path, "cannot be read (" + ex.getReason() + ")", ex);
		}
		catch (IOException ex) {
			throw new InputFileException(path, "cannot be read (" + ex.getMessage() + ")", ex);
		}
		if (root != null && !real.startsWith(root)) {
			throw UnsafeLinkException.outside(path, real, root);
		}
		return real;
	}

	/** A symbolic link ingest does not follow: out of the input folder, in a loop, or to nothing. */
	public static final class UnsafeLinkException extends InputFileException {

		private UnsafeLinkException(Path link, String reason) {
			super(link, reason);
		}

		static UnsafeLinkException outside(Path link, Path target, Path root) {
			return new UnsafeLinkException(link, "a symbolic link to " + target + ", outside the input folder " + root
					+ " (opsreport.input-dir): not followed; copy the file into the input folder or link inside it");
		}

		static UnsafeLinkException loop(Path link) {
			return new UnsafeLinkException(link, "a symbolic link loop: not followed; remove or fix the link");
		}

		static UnsafeLinkException dangling(Path link, Path target) {
			return new UnsafeLinkException(link, "a symbolic link to " + target
					+ ", which does not exist: the export it stood for is missing; remove or fix the link");
		}

	}

}
