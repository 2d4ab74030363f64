package org.quotegraph;

/** How a {@link Quote} reports what was said. */
public enum QuoteKind {
  /** A whole statement in quotation marks: {@code "We will respond," she said.} */
  DIRECT,
  /**
   * Reported speech that quotes some of the speaker's words: {@code She said the plan was
   * "reckless".} The content is the reported clause; the quoted words inside it are also listed
   * as {@link #PARTIAL} quotes.
   */
  MIXED,
  /** Reported speech without quotation marks: {@code The ministry said that talks had failed.} */
  INDIRECT,
  /**
   * Quoted words that form part of a larger reported statement or description: the
   * {@code "reckless"} of a {@link #MIXED} statement, or {@code described it as a "disgrace"}.
   */
  PARTIAL,
  /**
   * A term in quotation marks that nobody is reported as saying: {@code known as the "godfather"}.
   * Scare quotes have no speaker and are not statements.
   */
  SCARE;

  /**
   * {@return whether quotes of this kind are statements someone made (everything but {@link
   * #SCARE})}
   */
  public boolean isStatement() {
    return this != SCARE;
  }
}
