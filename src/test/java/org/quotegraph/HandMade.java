package org.quotegraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotegraph.internal.graph.GraphBuilder;

/**
 * Extractions made by hand, without the language models, for tests of what consumes them. Two
 * ways: {@link #extraction} from entities and quotes alone (spans made up), or an {@link Text}
 * whose entities and quotes are found in an invented article text, so every span is true.
 */
public final class HandMade {

  private HandMade() {}

  /** A person with no mentions. */
  public static Entity person(String id, String name) {
    return entity(id, EntityType.PERSON, name, List.of(), List.of());
  }

  public static Entity entity(String id, EntityType type, String name, List<String> titles,
      List<String> affiliations) {
    return new Entity(id, type, name, List.of(), titles, affiliations);
  }

  /** A direct quote of {@code speaker} at {@code start}, its text made of {@code words}. */
  public static Quote said(String id, Entity speaker, int start, String words) {
    return new Quote(id, QuoteKind.DIRECT, new Span(start, start + words.length()), words,
        Optional.empty(), Optional.empty(), Optional.of(speaker.id()),
        AttributionRule.EXPLICIT_SUBJECT, 0.9, true, Optional.empty());
  }

  /** An extraction of these entities and quotes, its graph built as the extractor builds it. */
  public static Extraction extraction(String articleId, List<Entity> entities, List<Quote> quotes) {
    return new Extraction(articleId, entities, quotes,
        new GraphBuilder().build(entities, quotes, List.of()), List.of());
  }

  /** An invented article text, and entities and quotes found in it by their words. */
  public static final class Text {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]+[\"\u201d]?");

    private final String articleId;
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    public Text(String articleId, String text) {
      this.articleId = articleId;
      this.text = text;
    }

    /**
     * Adds an entity mentioned wherever one of {@code mentions} occurs in the text.
     *
     * @return the entity
     */
    public Entity entity(EntityType type, String name, List<String> titles,
        List<String> affiliations, String... mentions) {
      List<Mention> found = new ArrayList<>();
      for (String words : mentions) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
          found.add(Mention.at(new Span(at, at + words.length()), text));
        }
      }
      found.sort((a, b) -> a.span().compareTo(b.span()));
      Entity entity = new Entity("e" + (entities.size() + 1), type, name, found, titles,
          affiliations);
      entities.add(entity);
      return entity;
    }

    /**
     * Adds a quote of {@code kind} whose content is the first occurrence of {@code words}, said by
     * {@code speaker} (none if null).
     *
     * @return the quote
     */
    public Quote quote(QuoteKind kind, String words, Entity speaker) {
      int at = text.indexOf(words);
      if (at < 0) {
        throw new IllegalArgumentException("the text has no \"" + words + "\"");
      }
      Span content = new Span(at, at + words.length());
      boolean hasSpeaker = speaker != null;
      Quote quote = new Quote("q" + (quotes.size() + 1), kind, content, words, Optional.empty(),
          hasSpeaker ? Optional.of(speaker.mentions().get(0)) : Optional.empty(),
          hasSpeaker ? Optional.of(speaker.id()) : Optional.empty(),
          hasSpeaker ? AttributionRule.EXPLICIT_SUBJECT : AttributionRule.NONE,
          hasSpeaker ? 0.85 : 0, true, Optional.empty());
      quotes.add(quote);
      return quote;
    }

    public String text() {
      return text;
    }

    /** The extraction of everything added, with sentences found at full stops. */
    public Extraction extraction() {
      List<Span> sentences = new ArrayList<>();
      Matcher matcher = SENTENCE.matcher(text);
      while (matcher.find()) {
        sentences.add(new Span(matcher.start(), matcher.end()));
      }
      List<Quote> ordered = new ArrayList<>(quotes);
      ordered.sort((a, b) -> a.content().compareTo(b.content()));
      return new Extraction(articleId, entities, ordered,
          new GraphBuilder().build(entities, ordered, sentences), List.of());
    }
  }
}
