package org.quotegraph.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.HandMade;
import org.quotegraph.QuoteKind;
import org.quotegraph.corpus.CorpusGraph;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ids and texts with unpaired surrogates (valid Java strings, valid JSON escapes, but not
 * encodable in UTF-8) are written by every JSON writer as escapes, so that a line is never torn
 * by the encoder, and read back to the same strings.
 */
class LoneSurrogatesTest {

  private static final String ID = "story-\uD800-\uDFFF";

  /** An extraction whose id, quote text and speaker name hold unpaired surrogates and an emoji. */
  private static Extraction extraction() {
    HandMade.Text text = new HandMade.Text(ID, "\"We open the b\uDC00ridge \uD83D\uDE00 today,\""
        + " said Ann\uD800 Holt.");
    Entity holt = text.entity(EntityType.PERSON, "Ann\uD800 Holt", List.of(), List.of(),
        "Ann\uD800 Holt");
    text.quote(QuoteKind.DIRECT, "We open the b\uDC00ridge \uD83D\uDE00 today,", holt);
    return text.extraction();
  }

  /** Whether {@code json} encodes to UTF-8 with an encoder that refuses what it cannot encode. */
  private static boolean encodesStrictly(String json) {
    try {
      StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(json));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void write_loneSurrogates_areEscapedAndReadBackToTheSameExtraction() {
    Extraction original = extraction();

    for (String json : List.of(ExtractionJson.write(original),
        ExtractionJson.writePretty(original))) {
      assertThat(json).contains("story-\\ud800-\\udfff").contains("b\\udc00ridge")
          .contains("\\ud83d\\ude00");
      assertThat(json.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
      assertThat(encodesStrictly(json)).isTrue();
      assertThat(ExtractionJson.read(json)).isEqualTo(original);
    }
  }

  @Test
  void line_loneSurrogateInIdAndSpeaker_isOneValidAsciiEscapedLine() {
    Extraction extraction = extraction();

    String line = Predictions.line(extraction);

    assertThat(line).startsWith("{\"id\":\"story-\\ud800-\\udfff\"").doesNotContain("\n");
    assertThat(encodesStrictly(line)).isTrue();
    var read = JsonMapper.builder().build().readTree(line);
    assertThat(read.get("id").asString()).isEqualTo(ID);
    assertThat(read.get("quotes").get(0).get("speaker").asString()).isEqualTo("Ann\uD800 Holt");
  }

  @Test
  void write_corpusOfAnArticleWithLoneSurrogates_isValidJsonWithTheSameStrings()
      throws IOException {
    CorpusGraph corpus = CorpusGraph.builder().add(extraction()).build();
    StringWriter out = new StringWriter();

    CorpusJson.write(corpus, out);

    String json = out.toString();
    assertThat(encodesStrictly(json)).isTrue();
    var read = JsonMapper.builder().build().readTree(json);
    assertThat(read.get("articleIds").get(0).asString()).isEqualTo(ID);
    assertThat(read.get("speakers").get(0).get("name").asString()).isEqualTo("Ann\uD800 Holt");
  }
}
