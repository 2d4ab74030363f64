package org.quotegraph.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.Span;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuotedSpan;

class QuotationsTest {

  private static QuotedSpan onlyQuote(String text) {
    return new QuoteFinder().find(text).get(0);
  }

  private static Span cue(String text, String word) {
    int start = text.indexOf(word);
    return new Span(start, start + word.length());
  }

  @Test
  void leadsIntoCue_shortQuestionOpeningTheSentenceBeforeItsCue_isAnUtterance() {
    String text = "The mill stays open.\n\n\u201cReally?\u201d said Mara Quint.";

    assertThat(Quotations.leadsIntoCue(onlyQuote(text), cue(text, "said"), text)).isTrue();
  }

  @Test
  void leadsIntoCue_termQuotedInsideAClause_isNot() {
    String text = "Mara Quint called the plan \u201cbold\u201d and said it would pass.";

    assertThat(Quotations.leadsIntoCue(onlyQuote(text), cue(text, "said"), text)).isFalse();
  }

  @Test
  void leadsIntoCue_speakerBetweenTheQuotationAndTheCue_isAnUtterance() {
    String text = "\u201cForget it,\u201d Dr. Mara Quint, the fund's manager, said.";

    assertThat(Quotations.leadsIntoCue(onlyQuote(text), cue(text, "said"), text)).isTrue();
  }

  @Test
  void leadsIntoCue_cueInALaterSentence_isNot() {
    String text = "\u201cNot yet,\u201d the sign read. Later Mara Quint said so.";

    assertThat(Quotations.leadsIntoCue(onlyQuote(text), cue(text, "said"), text)).isFalse();
  }

  @Test
  void leadsIntoCue_cueBeforeTheQuotation_isNot() {
    String text = "Mara Quint said: \u201cNot yet.\u201d";

    assertThat(Quotations.leadsIntoCue(onlyQuote(text), cue(text, "said"), text)).isFalse();
  }
}
