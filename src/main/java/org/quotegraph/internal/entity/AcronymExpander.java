package org.quotegraph.internal.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Names;

/** Spelled-out forms of organisations named by an acronym. Stateless and thread-safe. */
final class AcronymExpander {

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

  /** Between the words of a spelled-out acronym: spaces, commas and small function words. */
  private static final String ACRONYM_GAP =
      "(?:[ \\t]*,)?[ \\t]+(?:(?:of|and|for|the|on|in|&)[ \\t]+)*";

  private AcronymExpander() {}

  /**
   * "IRCC" is "Immigration, Refugees and Citizenship Canada" when the article spells it out,
   * though the tagger did not take the long form as one name: an organisation named by an
   * acronym gets the first run of capitalised words whose initials spell it.
   */
  static void expandAcronyms(String text, DraftTable table) {
    for (EntityDraft entity : List.copyOf(table.entities())) {
      String name = entity.name();
      if (entity.type() != EntityType.ORGANIZATION || !ACRONYM.matcher(name).matches()) {
        continue;
      }
      StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
      for (int i = 0; i < name.length(); i++) {
        if (i > 0) {
          pattern.append(ACRONYM_GAP);
        }
        pattern.append(name.charAt(i)).append("\\p{Ll}+");
      }
      pattern.append("(?![\\p{L}\\p{N}])");
      Matcher longForm = Pattern.compile(pattern.toString()).matcher(text);
      if (longForm.find()) {
        Span span = new Span(longForm.start(), longForm.end());
        String written = Names.asWritten(span.of(text));
        Optional<EntityDraft> named = table.at(span);
        if (named.isEmpty()) {
          table.addMention(entity, span);
        } else if (named.get() != entity && named.get().type() == EntityType.ORGANIZATION) {
          if (named.get().name().contains(written)) {
            // "U.S. Securities and Exchange Commission ... the SEC": one organisation
            table.absorb(named.get(), entity);
            continue;
          }
          if (written.endsWith(named.get().name())) {
            // "Refugees and Citizenship Canada": the tagger took the long form's tail as a name
            table.absorb(entity, named.get());
          }
        }
        entity.offerName(written);
      }
    }
  }
}
