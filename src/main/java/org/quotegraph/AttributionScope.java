package org.quotegraph;

/**
 * Which attributions count as statements. News annotation schemes differ here: studies of who
 * gets quoted count what people said; studies of attribution in general also count what people
 * are reported to believe, want, support or show.
 */
public enum AttributionScope {
  /**
   * What people said or wrote: quotations, and reported speech after a reporting verb ("said",
   * "warned", "admitted") or "according to". The default.
   */
  SPEECH,
  /**
   * Also what people are reported to think, want, intend, support or criticise, and what
   * documents show ("she wants to lose", "he criticised the plan", "the poll showed Trump
   * leading"), with the verb's object or infinitive as the content when it has no clause. Such
   * statements get a lower confidence than speech.
   */
  BROAD
}
