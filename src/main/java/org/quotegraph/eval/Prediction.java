package org.quotegraph.eval;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quotegraph.Span;

/**
 * One predicted statement: a quote object of a line in the scorer's prediction format, or one of
 * the statements of an {@link org.quotegraph.Extraction} ({@link Scorer#predictions}). Immutable.
 *
 * @param content the predicted content span ({@code "start"}, {@code "end"}); never null
 * @param speaker the predicted speaker's name ({@code "speaker"}); empty when there is none (an
 *     empty name is no name, as for the scorer); never null
 * @param speakerMention the mention the statement is attributed to ({@code "speaker_start"},
 *     {@code "speaker_end"}); never null
 * @param confidence how sure the attribution is, from 0 to 1 ({@code "confidence"}); empty when
 *     the predictions carry none, and then the prediction is left out of the calibration figures;
 *     never null
 */
public record Prediction(
    Span content, Optional<String> speaker, Optional<Span> speakerMention,
    OptionalDouble confidence) {

  /**
   * Checks the components.
   *
   * @param content the predicted content span ({@code "start"}, {@code "end"}); never null
   * @param speaker the predicted speaker's name ({@code "speaker"}); empty when there is none (an
   *     empty name is no name, as for the scorer); never null
   * @param speakerMention the mention the statement is attributed to ({@code "speaker_start"},
   *     {@code "speaker_end"}); never null
   * @param confidence how sure the attribution is, from 0 to 1 ({@code "confidence"}); empty when
   *     the predictions carry none, and then the prediction is left out of the calibration figures;
   *     never null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the confidence is outside [0, 1]
   */
  public Prediction {
    Objects.requireNonNull(content, "content");
    speaker = Objects.requireNonNull(speaker, "speaker").filter(name -> !name.isEmpty());
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(confidence, "confidence");
    if (confidence.isPresent()
        && !(confidence.getAsDouble() >= 0 && confidence.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("a prediction's confidence must be within [0, 1], got "
          + confidence.getAsDouble());
    }
  }

  /**
   * A prediction without a confidence.
   *
   * @param content the predicted content span; never null
   * @param speaker the predicted speaker's name; never null
   * @param speakerMention the mention the statement is attributed to; never null
   */
  public Prediction(Span content, Optional<String> speaker, Optional<Span> speakerMention) {
    this(content, speaker, speakerMention, OptionalDouble.empty());
  }
}
