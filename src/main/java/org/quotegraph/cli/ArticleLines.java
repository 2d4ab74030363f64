package org.quotegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.quotegraph.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code {"id","text"}} JSON lines lazily, one article at a time, so that a batch of any
 * size runs in bounded memory. Blank lines (nothing but ASCII white space) are skipped. A line that
 * is not such an object, not UTF-8 or longer than {@link #MAX_LINE_BYTES} makes the stream throw
 * an {@link IllegalArgumentException} naming the file and the line, when it is reached.
 */
final class ArticleLines {

  /**
   * The longest line read: far more than an article of the extractor's longest text takes (three
   * bytes a character, six when escaped as {@code \\uXXXX}), so that a file that is not JSON
   * lines, such as one without line breaks, is refused rather than read whole into memory.
   */
  static final int MAX_LINE_BYTES = 64 << 20;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ArticleLines() {}

  /**
   * The articles of {@code file}, read as the stream is consumed; close the stream to close the
   * file.
   *
   * @throws IOException if the file cannot be opened
   */
  static Stream<Article> read(Path file) throws IOException {
    Lines lines = new Lines(file);
    Iterator<Article> iterator = new Iterator<>() {
      private Article next;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        try {
          while (lines.next()) {
            if (!lines.isBlank()) {
              next = parse(file, lines.number(), lines.text());
              return true;
            }
          }
          return false;
        } catch (IOException e) {
          throw new UncheckedIOException(file + " line " + (lines.number() + 1)
              + " cannot be read: " + e.getMessage(), e);
        }
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Article article = next;
        next = null;
        return article;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
        Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            lines.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The number of non-blank lines of {@code file}, for progress reports; reads bytes only. */
  static long count(Path file) throws IOException {
    try (Lines lines = new Lines(file)) {
      long count = 0;
      while (lines.next()) {
        count += lines.isBlank() ? 0 : 1;
      }
      return count;
    }
  }

  static Article parse(Path file, long lineNumber, String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + " line " + lineNumber + " is not JSON: "
          + e.getOriginalMessage(), e);
    }
    JsonNode id = node.path("id");
    if (!(id.isString() || id.isNumber()) || !node.path("text").isString()) {
      throw new IllegalArgumentException(file + " line " + lineNumber
          + ": expected an object with \"id\" (a string or number) and \"text\" (a string)");
    }
    return new Article(id.asString(), node.get("text").asString());
  }

  private static boolean isBlank(int b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B;
  }

  /** The lines of a file as bytes, one at a time, decoded on demand. Not thread-safe. */
  private static final class Lines implements AutoCloseable {

    private final Path file;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int buffered;
    private int position;
    private byte[] bytes = new byte[8192];
    private int length;
    private long number;

    Lines(Path file) throws IOException {
      this.file = file;
      this.in = Files.newInputStream(file);
    }

    /** Reads the next line; false at the end of the file. */
    boolean next() throws IOException {
      length = 0;
      int b = read();
      if (b < 0) {
        return false;
      }
      number++;
      for (; b >= 0 && b != '\n'; b = read()) {
        if (length == bytes.length) {
          if (length >= MAX_LINE_BYTES) {
            throw new IllegalArgumentException(file + " line " + number + " is longer than "
                + (MAX_LINE_BYTES >> 20) + " MB, far more than an article may hold; is this a"
                + " file of JSON lines, one {\"id\",\"text\"} object a line?");
          }
          bytes = Arrays.copyOf(bytes, Math.min(2 * length, MAX_LINE_BYTES));
        }
        bytes[length++] = (byte) b;
      }
      return true;
    }

    private int read() throws IOException {
      if (position == buffered) {
        buffered = in.read(buffer);
        position = 0;
        if (buffered <= 0) {
          buffered = 0;
          return -1;
        }
      }
      return buffer[position++] & 0xFF;
    }

    long number() {
      return number;
    }

    /** Whether the line holds nothing but ASCII white space (and the file's byte order mark). */
    boolean isBlank() {
      boolean byteOrderMark = number == 1 && length >= 3 && bytes[0] == (byte) 0xEF
          && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
      for (int i = byteOrderMark ? 3 : 0; i < length; i++) {
        if (!ArticleLines.isBlank(bytes[i])) {
          return false;
        }
      }
      return true;
    }

    String text() {
      return InputFiles.decodeLine(file, number, bytes, length);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
