package org.quotegraph;

/**
 * The rule that tied a {@link Quote} to its speaker. Rules differ in how often they are right; the
 * quote's {@link Quote#confidence()}, a probability, weighs its rule with its kind, its cue and
 * the form of its speaker.
 */
public enum AttributionRule {
  /** The speaker is the grammatical subject of the reporting verb: {@code "...," said X}. */
  EXPLICIT_SUBJECT,
  /** The speaker is named in an {@code according to X} phrase. */
  ACCORDING_TO,
  /** The speaker is named before a colon that introduces the quote: {@code X: "..."}. */
  COLON_INTRODUCTION,
  /** The subject is a pronoun ({@code he said}), resolved to an earlier compatible speaker. */
  PRONOUN,
  /**
   * The subject is a description ({@code the Iraqi premier}), resolved to the entity introduced
   * with that title.
   */
  DESCRIPTION,
  /**
   * The subject is a document ({@code said the letter}, {@code the statement said}), resolved to
   * its named author.
   */
  DOCUMENT,
  /** A quotation with no reporting verb of its own takes the speaker of a quote beside it. */
  ADJACENT_QUOTE,
  /**
   * A paragraph that is only a quotation continues the speaker of the paragraph before, as does
   * each paragraph of a quotation that runs over several paragraphs.
   */
  PARAGRAPH_CONTINUATION,
  /** A quotation in the headline takes the speaker of the same words in the body. */
  HEADLINE_ECHO,
  /**
   * A quotation with no cue and no quotation beside it takes the person the passage is about:
   * the latest speaker or sentence subject who is a person, within a paragraph or two. The
   * weakest rule, with a low confidence.
   */
  PASSAGE_SUBJECT,
  /** No speaker was found. */
  NONE
}
