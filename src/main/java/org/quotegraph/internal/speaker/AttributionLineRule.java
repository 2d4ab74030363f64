package org.quotegraph.internal.speaker;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotegraph.AttributionRule;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.quote.QuotedSpan;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

/**
 * A quotation signed on its own line by a dash and a name, the way pull quotes, readers' comments
 * and epigraphs are attributed: {@code “The ferry is our lifeline.” ― Ana Holt} or
 * {@code ...” — Ana Holt, a reader in Arlo}. The name, up to the end of the line (an optional
 * description after a comma and a full stop aside), is the speaker; it is reported as {@link
 * AttributionRule#COLON_INTRODUCTION}, the other rule that takes a speaker from punctuation
 * beside the quotation. A name the tagger missed becomes a person.
 */
final class AttributionLineRule implements SpeakerRule {

  private static final String WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|de|del|la|da|van|von|y)";
  /** Closing mark, spaces, a dash, the name, an optional description, the line's end. */
  private static final Pattern SIGNATURE = Pattern.compile(
      "^[\\s\\u00A0]*(?:[\\u2015\\u2014\\u2013]|--)"
      + "[\\s\\u00A0]*(\\p{Lu}[\\p{L}'’.-]*(?:[ \\u00A0]+" + WORD + "){0,4})"
      + "(?:[ \\u00A0]*,[^\\n“”\"]{1,80})?[.]?[\\s\\u00A0]*(?:\\n|$)");

  @Override
  public Optional<Attribution> attribute(int index, SpeakerContext context) {
    QuotedSpan quote = context.statement(index).quote().orElseThrow();
    if (!quote.closed()) {
      return Optional.empty();
    }
    String text = context.text();
    int lineEnd = text.indexOf('\n', quote.close());
    Matcher signature = SIGNATURE.matcher(
        text.substring(quote.close(), lineEnd < 0 ? text.length() : lineEnd + 1));
    if (!signature.find()) {
      return Optional.empty();
    }
    String name = signature.group(1).replaceAll("[.’']+$", "");
    int start = quote.close() + signature.start(1);
    Span mention = new Span(start, start + name.length());
    SpeakerEntities entities = context.entities();
    int entity = entities.at(mention)
        .orElseGet(() -> entities.add(EntityType.PERSON, name, Optional.of(mention)));
    return Optional.of(new Attribution(Optional.of(mention), Optional.of(entity),
        Basis.SIGNATURE.rule(), Basis.SIGNATURE.confidence()));
  }
}
