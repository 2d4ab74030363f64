package org.quotegraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * size runs in bounded memory. Blank lines are skipped.
 */
final class ArticleLines {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ArticleLines() {}

  /**
   * The articles of {@code file}, read as the stream is consumed; close the stream to close the
   * file.
   *
   * @throws IOException if the file cannot be opened
   */
  static Stream<Article> read(Path file) throws IOException {
    BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    Iterator<Article> iterator = new Iterator<>() {
      private int lineNumber;
      private Article next;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        try {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
              next = parse(file, lineNumber, line);
              return true;
            }
          }
          return false;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
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
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The number of non-blank lines of {@code file}, for progress reports. */
  static long count(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(line -> !line.isBlank()).count();
    }
  }

  static Article parse(Path file, int lineNumber, String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + " line " + lineNumber + " is not JSON: "
          + e.getOriginalMessage(), e);
    }
    if (!node.path("id").isValueNode() || !node.path("text").isString()) {
      throw new IllegalArgumentException(file + " line " + lineNumber
          + ": expected an object with \"id\" and \"text\"");
    }
    return new Article(node.get("id").asString(), node.get("text").asString());
  }
}
