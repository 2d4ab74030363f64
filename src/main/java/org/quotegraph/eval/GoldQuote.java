package org.quotegraph.eval;

import java.util.Objects;
import java.util.Optional;
import org.quotegraph.Span;

/**
 * One annotated statement of a gold file: a quote object of a line in the scorer's gold format.
 * Immutable.
 *
 * @param content the quoted or reported words ({@code "start"}, {@code "end"}); never null
 * @param speaker the speaker's canonical name ({@code "speaker"}); empty when the annotation gives
 *     none (an empty name is no name, as for the scorer); never null
 * @param speakerMention the mention the statement hangs on ({@code "speaker_start"}, {@code
 *     "speaker_end"}), such as the {@code he} of {@code he said}; empty for a paragraph that only
 *     continues the previous speaker's quotation, or a headline quote; never null
 * @param kind the annotation's label ({@code "kind"}): {@code direct}, {@code mixed} or {@code
 *     indirect} in the project's data, but any label is taken, and recall is reported per label;
 *     never null
 */
public record GoldQuote(
    Span content, Optional<String> speaker, Optional<Span> speakerMention, String kind) {

  /**
   * Checks the components.
   *
   * @param content the quoted or reported words ({@code "start"}, {@code "end"}); never null
   * @param speaker the speaker's canonical name ({@code "speaker"}); empty when the annotation gives
   *     none (an empty name is no name, as for the scorer); never null
   * @param speakerMention the mention the statement hangs on ({@code "speaker_start"}, {@code
   *     "speaker_end"}), such as the {@code he} of {@code he said}; empty for a paragraph that only
   *     continues the previous speaker's quotation, or a headline quote; never null
   * @param kind the annotation's label ({@code "kind"}): {@code direct}, {@code mixed} or {@code
   *     indirect} in the project's data, but any label is taken, and recall is reported per label;
   *     never null
   * @throws NullPointerException if a component is null
   */
  public GoldQuote {
    Objects.requireNonNull(content, "content");
    speaker = Objects.requireNonNull(speaker, "speaker").filter(name -> !name.isEmpty());
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(kind, "kind");
  }
}
