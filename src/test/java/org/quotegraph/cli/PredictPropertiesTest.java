package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.quotegraph.Article;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.NewsExtractor;
import org.quotegraph.json.ExtractionJson;
import org.quotegraph.json.Predictions;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code predict} and the batch API over random mixes of good, odd, empty, huge and malformed
 * input: every article before the first failure of the input is in the output, in input order,
 * and the output is always whole lines of valid JSON in valid UTF-8. Few tries: the good articles
 * run the real models (loaded once per JVM).
 */
class PredictPropertiesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Writes the input lines: every non-ASCII character escaped, unpaired surrogates too. */
  private static final JsonMapper ASCII =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** What a line of the input, or an element of the batch's input, is. */
  enum Kind {
    /** A short invented article. */
    GOOD,
    /** An article whose id and text hold unpaired surrogates, control characters, empty quotes. */
    ODD,
    /** An article with empty text: a result with nothing in it. */
    EMPTY,
    /** An article over the length limit: an error entry, and the batch goes on. */
    HUGE,
    /** A blank line (the batch API has no such thing: there it is a good article). */
    BLANK,
    /** Not an article: not JSON, not an object, no text, not UTF-8; a null or a throw in the API. */
    MALFORMED
  }

  private static final String[] TEXTS = {
    "\"The ferry will run until May,\" said Ada Okafor, the harbour master.",
    "Council leader Boris Lindqvist said the budget would rise. \"We have no choice,\" he said.",
    "Rents rose again, the agency said on Tuesday.",
    "\u201CWe lose money on every empty sailing,\u201D said Dagny Holt.\n\n\u201CIt cannot go on.\u201D",
  };

  @Provide
  Arbitrary<List<Kind>> inputs() {
    Arbitrary<Kind> kind = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.just(Kind.GOOD)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.ODD)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.EMPTY)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.HUGE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.BLANK)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.MALFORMED)));
    return kind.list().ofMinSize(1).ofMaxSize(8);
  }

  /** The article of the {@code i}-th line, of a {@link Kind} that has one. */
  private static Article article(Kind kind, int i, int maxTextLength) {
    return switch (kind) {
      case GOOD, BLANK -> new Article("good-" + i, TEXTS[i % TEXTS.length]);
      case ODD -> new Article("odd-\uD800-" + i, "\u0001\u201C\u201D" + TEXTS[i % TEXTS.length]
          .replace("said", "sa\uDC00id") + " \u201C\u201D\u201C\u201D \uD83D\uDE00");
      case EMPTY -> new Article("empty-" + i, "");
      case HUGE -> new Article("huge-" + i, "word ".repeat(maxTextLength / 5 + 1));
      case MALFORMED -> throw new IllegalArgumentException("a malformed line has no article");
    };
  }

  /** The bytes of the {@code i}-th line. */
  private static byte[] line(Kind kind, int i) {
    if (kind == Kind.BLANK) {
      return " \t".getBytes(StandardCharsets.UTF_8);
    }
    if (kind == Kind.MALFORMED) {
      return switch (i % 4) {
        case 0 -> "{\"id\": \"cut\", \"text\": \"no end".getBytes(StandardCharsets.UTF_8);
        case 1 -> "[\"an\", \"array\"]".getBytes(StandardCharsets.UTF_8);
        case 2 -> "{\"id\": \"x\", \"body\": \"no text\"}".getBytes(StandardCharsets.UTF_8);
        default -> "{\"id\": \"x\", \"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
      };
    }
    Article article = article(kind, i, NewsExtractor.DEFAULT_MAX_TEXT_LENGTH);
    ObjectNode node = ASCII.createObjectNode();
    node.put("id", article.id());
    node.put("text", article.text());
    return ASCII.writeValueAsString(node).getBytes(StandardCharsets.US_ASCII);
  }

  /** The ids that must be written: those of the articles before the first malformed line. */
  private static List<String> expectedIds(List<Kind> kinds, int maxTextLength) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < kinds.size() && kinds.get(i) != Kind.MALFORMED; i++) {
      if (kinds.get(i) != Kind.BLANK) {
        ids.add(article(kinds.get(i), i, maxTextLength).id());
      }
    }
    return ids;
  }

  /** {@code bytes} as text, failing the test if they are not valid UTF-8. */
  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the output is not valid UTF-8", e);
    }
  }

  @Property(tries = 8)
  void predict_randomLines_writesEveryArticleBeforeTheFirstBadLineAsValidJsonLines(
      @ForAll("inputs") List<Kind> kinds, @ForAll @IntRange(min = 1, max = 4) int threads)
      throws IOException {
    Path dir = Files.createTempDirectory("predict-property");
    try {
      ByteArrayOutputStream input = new ByteArrayOutputStream();
      for (int i = 0; i < kinds.size(); i++) {
        input.write(line(kinds.get(i), i));
        input.write('\n');
      }
      Path in = Files.write(dir.resolve("in.jsonl"), input.toByteArray());
      Path out = dir.resolve("out.jsonl");
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int status = Main.run(new String[] {"predict", in.toString(), out.toString(), "--threads",
          "" + threads}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

      String written = strictUtf8(Files.readAllBytes(out));
      assertThat(written.isEmpty() || written.endsWith("\n")).as("whole lines").isTrue();
      List<String> ids = new ArrayList<>();
      for (String each : written.lines().toList()) {
        ids.add(MAPPER.readTree(each).get("id").asString());
      }
      assertThat(ids).as(err.toString(StandardCharsets.UTF_8))
          .containsExactlyElementsOf(expectedIds(kinds, NewsExtractor.DEFAULT_MAX_TEXT_LENGTH));
      int firstMalformed = kinds.indexOf(Kind.MALFORMED);
      boolean huge = kinds.subList(0, firstMalformed < 0 ? kinds.size() : firstMalformed)
          .contains(Kind.HUGE);
      assertThat(status).isEqualTo(firstMalformed >= 0 ? 2 : huge ? 1 : 0);
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  @Property(tries = 10)
  void extractAll_randomInput_handsOutEveryArticleBeforeTheFirstFailureAsValidJson(
      @ForAll("inputs") List<Kind> kinds, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 0, max = 6) int extraInFlight,
      @ForAll @Size(max = 1) List<Boolean> nullRatherThanThrow) {
    int maxTextLength = 400;
    NewsExtractor strict = NewsExtractor.builder().maxTextLength(maxTextLength).build();
    Iterator<Article> elements = new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < kinds.size();
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        if (kinds.get(i) != Kind.MALFORMED) {
          return article(kinds.get(i), i, maxTextLength);
        }
        if (!nullRatherThanThrow.isEmpty()) {
          return null;
        }
        throw new IllegalStateException("the feed broke at element " + i);
      }
    };
    Stream<Article> input = StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED), false);
    List<String> ids = new ArrayList<>();
    RuntimeException thrown = null;

    try (Stream<BatchResult> results = strict.extractAll(input,
        BatchOptions.serial().withThreads(threads).withMaxInFlight(threads + extraInFlight))) {
      for (BatchResult result : (Iterable<BatchResult>) results::iterator) {
        ids.add(result.articleId());
        String line = result.succeeded() ? Predictions.line(result.extraction().orElseThrow())
            : Predictions.line(result.articleId(), List.of(), List.of());
        assertThat(MAPPER.readTree(strictUtf8(line.getBytes(StandardCharsets.UTF_8)))
            .get("id").asString()).isEqualTo(result.articleId());
        result.extraction().ifPresent(extraction -> assertThat(
            ExtractionJson.read(ExtractionJson.write(extraction))).isEqualTo(extraction));
      }
    } catch (RuntimeException e) {
      thrown = e;
    }

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < kinds.size() && kinds.get(i) != Kind.MALFORMED; i++) {
      expected.add(article(kinds.get(i), i, maxTextLength).id());
    }
    assertThat(ids).containsExactlyElementsOf(expected);
    if (kinds.contains(Kind.MALFORMED)) {
      assertThat(thrown).isInstanceOf(nullRatherThanThrow.isEmpty()
          ? IllegalStateException.class : NullPointerException.class);
    } else {
      assertThat(thrown).isNull();
    }
  }
}
