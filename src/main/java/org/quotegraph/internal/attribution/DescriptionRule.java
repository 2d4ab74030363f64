package org.quotegraph.internal.attribution;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.entity.EntityDraft;

/**
 * Resolves a description ("the Iraqi premier", "the minister") to the person most recently
 * mentioned whom the article gave that title ("Iraq's premier Adel Abdel Mahdi").
 */
final class DescriptionRule {

  /** Paragraphs at the top of an article that may be headline and standfirst. */
  private static final int HEADLINE_PARAGRAPHS = 3;

  Optional<EntityDraft> resolve(String titleWord, int offset, Discourse discourse) {
    String wanted = titleWord.toLowerCase(Locale.ROOT);
    for (Map.Entry<Span, EntityDraft> entry : discourse.entities().mentionsBefore(offset)) {
      EntityDraft candidate = entry.getValue();
      if (candidate.type() == EntityType.PERSON && hasTitleWord(candidate, wanted)) {
        return Optional.of(candidate);
      }
    }
    // a headline ("..., mayor says") names its speaker only in the body below
    if (discourse.paragraphs().indexOf(offset) < HEADLINE_PARAGRAPHS) {
      return discourse.entities().inTextOrder().stream()
          .filter(candidate -> candidate.type() == EntityType.PERSON
              && candidate.firstOffset() > offset && hasTitleWord(candidate, wanted))
          .findFirst();
    }
    return Optional.empty();
  }

  private static boolean hasTitleWord(EntityDraft entity, String word) {
    for (String title : entity.titles()) {
      for (String part : title.split("[\\s-]+")) {
        if (part.equals(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
