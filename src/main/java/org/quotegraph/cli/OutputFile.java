package org.quotegraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command writes its results: a file, or stdout for {@code -}. A file is checked when it is
 * opened, before any work starts (its directory exists, it is not a directory, it is not one of the
 * inputs), and it is never seen half-written: records go to a temporary file in the same directory,
 * which {@link #commit()} moves into place. A record (a line, a document) is written whole or not
 * at all, even when the JVM is stopped (SIGTERM, Ctrl-C): a shutdown hook then moves the records
 * written so far into place and says so on stderr, or, if there are none, leaves the file as it
 * was.
 *
 * <p>Thread-safe: the shutdown hook may run while the command's thread writes.
 */
final class OutputFile implements AutoCloseable {

  /** What a record writes; the writer is not to be closed. */
  interface Record {
    void writeTo(Writer writer) throws IOException;
  }

  private final String name;
  private final String recordNoun;
  private final Path target;
  private final Path temporary;
  private final Writer writer;
  private final PrintStream messages;
  private final Thread hook;
  private long records;
  private boolean finished;

  private OutputFile(String name, String recordNoun, Path target, Path temporary, Writer writer,
      PrintStream messages) {
    this.name = name;
    this.recordNoun = recordNoun;
    this.target = target;
    this.temporary = temporary;
    this.writer = writer;
    this.messages = messages;
    this.hook = temporary == null ? null : new Thread(this::stopped, "quotegraph-output-" + name);
  }

  /**
   * Opens the output named {@code name}: {@code -} for {@code stdout}, else a file.
   *
   * @param recordNoun what a record is, for messages: "line", "document"
   * @param inputs the files the command reads, which the output must not be
   * @param messages where the shutdown hook reports what it kept
   * @throws IllegalArgumentException if the file cannot be written, saying why
   */
  static OutputFile open(String name, String recordNoun, Collection<Path> inputs,
      PrintStream stdout, PrintStream messages) {
    if (name.equals("-")) {
      return new OutputFile(name, recordNoun, null, null, new BufferedWriter(
          new OutputStreamWriter(new NonClosing(stdout), StandardCharsets.UTF_8)), messages);
    }
    Path target = checkedTarget(name, inputs);
    Path temporary = null;
    try {
      temporary = createTemporary(target);
      // JSON escapes what UTF-8 cannot encode (unpaired surrogates); in GraphML and DOT, which
      // have no escape for them, they become question marks rather than stop the writer mid-line
      Writer writer = new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(temporary), StandardCharsets.UTF_8));
      OutputFile output =
          new OutputFile(name, recordNoun, target, temporary, writer, messages);
      Runtime.getRuntime().addShutdownHook(output.hook);
      return output;
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException("cannot write " + name + ": no permission to create"
          + " files in " + target.getParent());
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new IllegalArgumentException("cannot write " + name + ": " + e.getMessage(), e);
    }
  }

  /** The file to write: the one a symbolic link names, so that the link is kept. */
  private static Path checkedTarget(String name, Collection<Path> inputs) {
    Path path = Path.of(name);
    try {
      if (Files.isDirectory(path)) {
        throw new IllegalArgumentException("cannot write " + name
            + ": it is a directory; name a file");
      }
      if (Files.exists(path)) {
        for (Path input : inputs) {
          if (Files.exists(input) && Files.isSameFile(input, path)) {
            throw new IllegalArgumentException("cannot write " + name + ": it is the input file "
                + input + ", which writing would destroy; name another output file");
          }
        }
        if (!Files.isWritable(path)) {
          throw new IllegalArgumentException("cannot write " + name + ": it is read-only");
        }
        return path.toRealPath();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + name + ": " + e.getMessage(), e);
    }
    // not normalised: "link/../x" is beside the directory the link names, as the system reads it
    Path target = path.toAbsolutePath();
    if (!Files.isDirectory(target.getParent())) {
      throw new IllegalArgumentException("cannot write " + name + ": the directory "
          + target.getParent() + " does not exist");
    }
    return target;
  }

  private static Path createTemporary(Path target) throws IOException {
    while (true) {
      Path temporary = target.resolveSibling("." + target.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".part");
      try {
        // created as the user's other files are (a temp file would be readable by its owner only)
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW).close();
        return temporary;
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  /** The name the output was opened with, as the user wrote it. */
  String name() {
    return name;
  }

  /** Whether the output is stdout. */
  boolean isStdout() {
    return temporary == null;
  }

  /**
   * Writes one record whole.
   *
   * @throws IOException if writing fails, or the output was already committed or stopped
   */
  synchronized void write(Record record) throws IOException {
    if (finished) {
      throw new IOException(name + " is closed: the run was stopped");
    }
    record.writeTo(writer);
    if (isStdout()) {
      writer.flush();
    }
    records++;
  }

  /** Writes {@code line} and a line break as one record. */
  void writeLine(String line) throws IOException {
    write(writer -> {
      writer.write(line);
      writer.write('\n');
    });
  }

  /**
   * Moves what was written into place (flushes stdout). Does nothing after the first time.
   *
   * @throws IOException if the file cannot be moved into place
   */
  synchronized void commit() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    removeHook();
    writer.close();
    if (temporary != null) {
      moveIntoPlace();
    }
  }

  /** Drops what was written, unless it was committed: the file stays as it was. */
  @Override
  public synchronized void close() {
    if (finished) {
      return;
    }
    finished = true;
    removeHook();
    try {
      writer.close();
    } catch (IOException e) {
      // dropped anyway
    }
    deleteQuietly(temporary);
  }

  /** The shutdown hook: keeps the whole records written so far. Package-private for its test. */
  synchronized void stopped() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      writer.close();
      if (records == 0) {
        deleteQuietly(temporary);
        return;
      }
      moveIntoPlace();
      messages.println();
      messages.println("quotegraph: stopped; " + name + " holds the " + records + " "
          + recordNoun + (records == 1 ? "" : "s") + " finished before the stop");
    } catch (IOException | UncheckedIOException e) {
      messages.println("quotegraph: stopped; could not keep " + name + ": " + e.getMessage());
    }
  }

  private void moveIntoPlace() throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void removeHook() {
    if (hook == null || Thread.currentThread() == hook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs, finds the output finished and does nothing
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is all that is lost
    }
  }

  /** Stdout, which closing the output's writer must leave open. */
  private static final class NonClosing extends OutputStream {
    private final PrintStream out;

    NonClosing(PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      out.write(b, off, len);
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }
}
