package org.quotegraph.internal.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotegraph.AttributionRule;
import org.quotegraph.EntityType;
import org.quotegraph.QuoteKind;
import org.quotegraph.internal.confidence.ConfidenceFeatures.Cue;
import org.quotegraph.internal.confidence.ConfidenceFeatures.Speaker;

/** What a statement's confidence is computed from. */
class ConfidenceFeaturesTest {

  private static Optional<String> text(String value) {
    return value.equals("-") ? Optional.empty() : Optional.of(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      said         | SAY
      Tells        | SAY
      adding       | SAY
      warned       | OTHER_VERB
      according to | ACCORDING_TO
      :            | COLON
      -            | NONE
      """)
  void cue_byItsWords(String cue, Cue expected) {
    ConfidenceFeatures features = ConfidenceFeatures.of(AttributionRule.EXPLICIT_SUBJECT,
        QuoteKind.DIRECT, text(cue), Optional.of("Ann Lee"), Optional.of(EntityType.PERSON),
        Optional.of("Ann Lee"));
    assertThat(features.cue()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      She           | PERSON       | Ann Lee       | PRONOUN
      they          | -            | -             | PRONOUN
      Ann Lee       | PERSON       | Ann Lee       | NAME
      Lee           | PERSON       | Ann Lee       | NAME
      Lee           | PERSON       | Lee           | ONE_WORD_NAME
      the union     | GROUP        | the union     | GROUP
      Harbour Board | ORGANIZATION | Harbour Board | NAME
      the 32-year-old | -          | -             | MENTION_ONLY
      """)
  void speaker_byTheMentionAndTheEntity(String mention, String type, String name,
      Speaker expected) {
    ConfidenceFeatures features = ConfidenceFeatures.of(AttributionRule.EXPLICIT_SUBJECT,
        QuoteKind.DIRECT, Optional.of("said"), Optional.of(mention),
        text(type).map(EntityType::valueOf), text(name));
    assertThat(features.speaker()).isEqualTo(expected);
  }
}
