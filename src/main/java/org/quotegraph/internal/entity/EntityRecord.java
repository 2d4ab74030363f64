package org.quotegraph.internal.entity;

import java.util.List;
import java.util.Objects;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;

/**
 * One entity of a document as the entity stage found it. Immutable.
 *
 * @param type what it is
 * @param name its canonical name
 * @param mentions where the text names it, in text order
 * @param titles titles and roles the text gives it, in order of first use
 * @param affiliations organisations the text ties it to, in order of first use
 * @param gender what its honorifics and first name say, or {@link Gender#UNKNOWN}
 */
public record EntityRecord(EntityType type, String name, List<Span> mentions, List<String> titles,
    List<String> affiliations, Gender gender) {

  public EntityRecord {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
    titles = List.copyOf(titles);
    affiliations = List.copyOf(affiliations);
    Objects.requireNonNull(gender, "gender");
  }
}
