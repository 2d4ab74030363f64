package org.quotegraph.internal.entity;

import java.util.List;
import java.util.Locale;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.entity.MentionCollector.RawMention;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * Titles and affiliations of a person, from the words before the name ("US Defence Secretary
 * Mark Esper") and from an apposition after it ("X, deputy head of the Y group"). Honorifics
 * before the name give a gender. Stateless and thread-safe.
 */
final class TitleReader {

  private final Lexicons lexicons = Lexicons.get();

  /**
   * "US Defence Secretary Mark Esper": the title-like words right before the name; an
   * organisation among them is an affiliation.
   */
  void readPremodifiers(String text, Sentence sentence, RawMention mention,
      EntityDraft entity, DraftTable table) {
    int i = mention.first() - 1;
    // the honorifics and titles stripped from the tagged run count as premodifiers too
    int titleEnd = -1;
    int titleStart = -1;
    while (i >= 0) {
      Token token = sentence.token(i);
      String word = token.word();
      if (lexicons.isHonorific(word)) {
        entity.learnGender(lexicons.honorificGender(word));
        i--;
        continue;
      }
      boolean title = lexicons.isTitle(word);
      boolean capitalised = Character.isUpperCase(word.charAt(0)) && token.isProperNoun()
          && !token.isNamed();
      if (title || (capitalised && titleEnd >= 0)) {
        if (titleEnd < 0) {
          titleEnd = i;
        }
        titleStart = i;
        i--;
      } else if (token.ner().equals("ORGANIZATION") && titleEnd >= 0) {
        table.at(new Span(token.start(), token.end()))
            .ifPresent(org -> entity.addAffiliation(org.name()));
        i--;
      } else {
        break;
      }
    }
    if (titleEnd >= 0) {
      entity.addTitle(text.substring(sentence.token(titleStart).start(),
          sentence.token(titleEnd).end()).toLowerCase(Locale.ROOT));
    } else if (i == mention.first() - 1 && i >= 1 && sentence.token(i).word().equals(",")
        && lexicons.isTitle(sentence.token(i - 1).word())) {
      // "Its secretary, Tomas Reyes": a title set off before the name
      int start = i - 1;
      while (start > 0 && (lexicons.isTitle(sentence.token(start - 1).word())
          || sentence.token(start - 1).pos().equals("JJ"))) {
        start--;
      }
      entity.addTitle(text.substring(sentence.token(start).start(),
          sentence.token(i - 1).end()).toLowerCase(Locale.ROOT));
    }
  }

  /** "Nasr Al Shammary, deputy head of the Harakat Al Nujaba group, said". */
  void readApposition(String text, Sentence sentence, RawMention mention,
      EntityDraft entity, DraftTable table) {
    int comma = mention.last() + 1;
    if (comma >= sentence.size() || !sentence.token(comma).word().equals(",")) {
      return;
    }
    int i = comma + 1;
    if (i < sentence.size() && List.of("a", "an", "the").contains(
        sentence.token(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    int titleStart = i;
    int titleEnd = -1;
    while (i < sentence.size()) {
      Token token = sentence.token(i);
      if (token.isVerb() || token.isPunctuation() || token.pos().equals("IN")
          || token.pos().equals("CC") || token.pos().equals("TO") || token.isNamed()) {
        break;
      }
      if (lexicons.isTitle(token.word())) {
        titleEnd = i;
      }
      i++;
    }
    if (titleEnd < 0) {
      return;
    }
    entity.addTitle(text.substring(sentence.token(titleStart).start(),
        sentence.token(titleEnd).end()).toLowerCase(Locale.ROOT));
    // the organisation the title belongs to, up to the end of the apposition
    for (int j = titleEnd + 1; j < sentence.size(); j++) {
      Token token = sentence.token(j);
      if (token.word().equals(",") || token.isVerb()) {
        break;
      }
      if (token.isNamed()) {
        table.at(new Span(token.start(), token.end()))
            .filter(org -> org.type() == EntityType.ORGANIZATION)
            .ifPresent(org -> entity.addAffiliation(org.name()));
      }
    }
  }
}
