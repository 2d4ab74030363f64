package org.quotegraph.corpus;

import java.util.Objects;
import org.quotegraph.Quote;

/**
 * One statement in a {@link CorpusGraph}: the {@link Quote} as the article's extraction gave it,
 * with the article it comes from and its corpus speaker. The quote's spans point into that
 * article's text, and its ids ({@link Quote#id()}, {@link Quote#speakerId()}) are the article's
 * own. Instances are immutable.
 *
 * @param articleId the id of the article the quote is from; never null
 * @param speakerId the {@link CorpusSpeaker#id()} of the speaker; never null
 * @param quote the quote; never null
 */
public record CorpusQuote(String articleId, String speakerId, Quote quote) {

  /**
   * Checks the components.
   *
   * @param articleId the id of the article the quote is from; never null
   * @param speakerId the {@link CorpusSpeaker#id()} of the speaker; never null
   * @param quote the quote; never null
   * @throws NullPointerException if an argument is null
   */
  public CorpusQuote {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(speakerId, "speakerId");
    Objects.requireNonNull(quote, "quote");
  }
}
