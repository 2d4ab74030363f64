package org.quotegraph.json;

import java.util.Locale;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of this package. It writes every surrogate character as an escape
 * ({@code \ud83d\ude00}): an article's id or text may hold an unpaired one, which is a valid
 * Java string and a valid JSON escape but cannot be encoded in UTF-8, so written raw it stops the
 * encoder in the middle of a line. Escaped, a document is plain ASCII wherever a surrogate stands,
 * and reads back to the same string. Records are written by their components alone: a derived
 * boolean such as {@link org.quotegraph.Quote#isStatement()} is not part of any document.
 */
final class JsonMappers {

  /** Thread-safe once built, as Jackson's mappers are. */
  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .characterEscapes(new SurrogateEscapes()).build())
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
      .build();

  private JsonMappers() {}

  private static final class SurrogateEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return Character.isSurrogate((char) c)
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", c)) : null;
    }
  }
}
