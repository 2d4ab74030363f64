package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotegraph.Article;

class ArticleLinesTest {

  @TempDir Path dir;

  private Path file(byte[]... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.write(part);
    }
    Path file = dir.resolve("articles.jsonl");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Article> readAll(Path file) throws IOException {
    try (Stream<Article> articles = ArticleLines.read(file)) {
      return articles.toList();
    }
  }

  @Test
  void read_blankLinesCrlfAndAByteOrderMark_givesTheArticlesAndCountAgrees() throws IOException {
    Path file = file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        utf8("{\"id\":\"a\",\"text\":\"caf\u00e9 \u201Cok\u201D\"}\r\n \t\r\n\n{\"id\":7,\"text\":\"\"}"));

    assertThat(readAll(file)).containsExactly(new Article("a", "caf\u00e9 \u201Cok\u201D"),
        new Article("7", ""));
    assertThat(ArticleLines.count(file)).isEqualTo(2);
  }

  @Test
  void read_invalidUtf8AfterLongLines_namesTheExactLine() throws IOException {
    // lines longer than any read buffer before the bad one, so the line count must be exact
    String longLine = "{\"id\":\"long\",\"text\":\"" + "word ".repeat(40_000) + "\"}\n";
    Path file = file(utf8(longLine), utf8(longLine), utf8("\n"),
        utf8("{\"id\":\"x\",\"text\":\"ab"), new byte[] {(byte) 0xC3, (byte) 0x28},
        utf8("\"}\n"));

    try (Stream<Article> articles = ArticleLines.read(file)) {
      Iterator<Article> iterator = articles.iterator();
      assertThat(iterator.next().id()).isEqualTo("long");
      assertThat(iterator.next().id()).isEqualTo("long");
      assertThatThrownBy(iterator::hasNext).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(file + " line 4 is not valid UTF-8 (byte 0xC3 at byte 21 of the line);"
              + " save the file as UTF-8");
    }
    assertThat(ArticleLines.count(file)).isEqualTo(3);
  }

  @Test
  void read_nullIdOrMissingText_namesTheLineAndWhatItNeeds() throws IOException {
    for (String line : List.of("{\"id\":null,\"text\":\"x\"}", "{\"id\":\"a\",\"body\":\"x\"}",
        "\"just a string\"")) {
      Path file = file(utf8("\n" + line + "\n"));
      assertThatThrownBy(() -> readAll(file)).as(line)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(file + " line 2: expected an object with \"id\" (a string or number) and"
              + " \"text\" (a string)");
    }
  }

  @Test
  void read_notJson_namesTheLine() throws IOException {
    Path file = file(utf8("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\n"));

    assertThatThrownBy(() -> readAll(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + " line 2 is not JSON: ");
  }
}
