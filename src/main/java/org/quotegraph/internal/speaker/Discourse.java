package org.quotegraph.internal.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * What the document has said so far, for resolving pronouns, descriptions and documents: who was
 * the subject of each sentence and who has spoken, in text order, and which names are photo
 * credits. Mutable: speakers are added as statements are attributed, in text order. Confined to
 * one run of the speaker stage.
 */
final class Discourse {

  /**
   * A photo credit: a name at the start of a line or after a bracket, then a slash and the
   * agency ("Ryan Remiorz / The Canadian Press", "(Adrian Wyld/CP)"). The photographer is in the
   * text but not in the story.
   */
  private static final Pattern CREDIT = Pattern.compile("(?m)(?:^|\\()[ \\t]*"
      + "(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,3})"
      + "[ \\t]*/[ \\t]*\\p{Lu}");

  /** The word that makes a bracket at the end of a paragraph a photo credit. */
  private static final Pattern PHOTO = Pattern.compile("(?i)\\bphoto");

  private final ParsedText parsed;
  private final SpeakerEntities entities;
  private final QuoteMask quotes;
  private final Paragraphs paragraphs;
  /** Speakers and sentence subjects by offset: the entities a later pronoun can point back to. */
  private final NavigableMap<Integer, List<Integer>> salient = new TreeMap<>();
  private final List<Optional<Integer>> subjectOfSentence = new ArrayList<>();
  /** Where each sentence's subject is written, or -1 for a sentence without one. */
  private final List<Integer> subjectOffset = new ArrayList<>();
  /** Start and end offsets of the names in photo credits. */
  private final NavigableMap<Integer, Integer> credits = new TreeMap<>();

  Discourse(ParsedText parsed, SpeakerEntities entities, QuoteMask quotes,
      Paragraphs paragraphs) {
    this.parsed = parsed;
    this.entities = entities;
    this.quotes = quotes;
    this.paragraphs = paragraphs;
    Matcher credit = CREDIT.matcher(parsed.text());
    while (credit.find()) {
      credits.put(credit.start(1), credit.end(1));
    }
    SentenceSubjects subjects = new SentenceSubjects(entities, quotes, this::namedAt);
    for (Sentence sentence : parsed.sentences()) {
      Optional<Token> subjectToken = subjects.find(sentence);
      Optional<Integer> subject = subjectToken.flatMap(this::namedAt);
      subjectOfSentence.add(subject);
      subjectOffset.add(subjectToken.map(Token::start).orElse(-1));
      if (!isCaption(paragraphs.indexOf(sentence.start()))) {
        subject.ifPresent(entity -> addSalient(sentence.start(), entity));
      }
      learnGender(sentence);
    }
  }

  ParsedText parsed() {
    return parsed;
  }

  String text() {
    return parsed.text();
  }

  SpeakerEntities entities() {
    return entities;
  }

  QuoteMask quotes() {
    return quotes;
  }

  Paragraphs paragraphs() {
    return paragraphs;
  }

  /** Whether {@code offset} is inside brackets opened on its own line. */
  boolean inBrackets(int offset) {
    String text = parsed.text();
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int open = text.lastIndexOf('(', offset - 1);
    return open >= lineStart && text.lastIndexOf(')', offset - 1) < open;
  }

  /**
   * Whether a paragraph is a photo caption: it ends with a credit in brackets, "(Ann Lee/CBC)" or
   * "(THE CANADIAN PRESS FILE PHOTO)". Who a caption shows is not who the story is about.
   */
  private boolean isCaption(int paragraph) {
    String words = parsed.text().substring(paragraphs.start(paragraph),
        paragraphs.end(paragraph)).strip();
    int open = words.lastIndexOf('(');
    if (!words.endsWith(")") || open < 0) {
      return false;
    }
    String credit = words.substring(open);
    return credit.indexOf('/') >= 0 || PHOTO.matcher(credit).find();
  }

  /** Whether {@code offset} is inside a photographer's name in a photo credit. */
  boolean inCredit(int offset) {
    Map.Entry<Integer, Integer> credit = credits.floorEntry(offset);
    return credit != null && offset < credit.getValue();
  }

  Optional<Integer> subjectOf(int sentence) {
    return subjectOfSentence.get(sentence);
  }

  void addSpeaker(int offset, int speaker) {
    addSalient(offset, speaker);
  }

  private void addSalient(int offset, int entity) {
    salient.computeIfAbsent(offset, k -> new ArrayList<>()).add(entity);
  }

  /** Speakers and subjects before {@code offset}, latest first, no further back than {@code from}. */
  List<Integer> salientBefore(int offset, int from) {
    return salientSkipping(offset, from, -1);
  }

  /**
   * As {@link #salientBefore(int, int)}, but without the subject of the sentence {@code offset}
   * is in when that subject is part of what was said, or set before the pronoun with no verb
   * between: a pronoun that speaks there is not that subject ("Schumer, he said, knows his
   * colleagues": Schumer is what he said, not who said it; but in "Ban condemned what he called a
   * breach", he is Ban).
   */
  List<Integer> salientBefore(int offset, int from, Span said) {
    for (Sentence sentence : parsed.sentences()) {
      if (sentence.start() <= offset && offset < sentence.end()) {
        int subjectAt = subjectOffset.get(sentence.index());
        boolean insideSaid = subjectAt >= said.start() && subjectAt < said.end();
        boolean setAside = subjectAt >= 0 && subjectAt < offset && sentence.tokens().stream()
            .noneMatch(token -> token.isVerb() && token.start() > subjectAt
                && token.start() < offset);
        return salientSkipping(offset, from, insideSaid || setAside ? sentence.start() : -1);
      }
    }
    return salientBefore(offset, from);
  }

  /** Salient entities, leaving out the sentence subject recorded at {@code subjectAt}, if any. */
  private List<Integer> salientSkipping(int offset, int from, int subjectAt) {
    List<Integer> found = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> entry
        : salient.subMap(from, true, offset, false).descendingMap().entrySet()) {
      List<Integer> atOffset = entry.getValue();
      // a sentence's subject is recorded first at its start, before any speaker found there
      int last = entry.getKey() == subjectAt ? 1 : 0;
      for (int i = atOffset.size() - 1; i >= last; i--) {
        found.add(atOffset.get(i));
      }
    }
    return found;
  }

  /**
   * The person the story is about at {@code offset}: the latest speaker or sentence subject who
   * is a person, no further back than {@code paragraphsBack} paragraphs.
   */
  Optional<Integer> latestPerson(int offset, int paragraphsBack) {
    int paragraph = paragraphs.indexOf(offset);
    int from = paragraphs.start(Math.max(0, paragraph - paragraphsBack));
    return salientBefore(offset, from).stream()
        .filter(candidate -> entities.type(candidate) == EntityType.PERSON)
        .findFirst();
  }

  /**
   * "Kody made the choice he did": in a sentence that names one person and uses only masculine
   * (or only feminine) pronouns after the name and outside quotation marks, the pronouns are that
   * person's.
   */
  private void learnGender(Sentence sentence) {
    Set<Integer> people = new HashSet<>();
    boolean masculine = false;
    boolean feminine = false;
    for (Token token : sentence.tokens()) {
      if (quotes.isInside(token.start())) {
        continue;
      }
      String word = token.word().toLowerCase(Locale.ROOT);
      if (!people.isEmpty()) {
        // a pronoun before the name ("after she heard that Vickers...") is someone else's
        masculine |= word.equals("he") || word.equals("him") || word.equals("his");
        feminine |= word.equals("she") || word.equals("her") || word.equals("hers");
      }
      if (token.ner().equals("PERSON") && !inCredit(token.start())) {
        entities.at(new Span(token.start(), token.end()))
            .filter(entity -> entities.type(entity) == EntityType.PERSON)
            .ifPresent(people::add);
      }
    }
    if (people.size() == 1 && masculine != feminine) {
      entities.learnGender(people.iterator().next(), masculine ? Gender.MALE : Gender.FEMALE);
    }
  }

  private Optional<Integer> namedAt(Token token) {
    if (inCredit(token.start())) {
      return Optional.empty();
    }
    return entities.at(new Span(token.start(), token.end()))
        .filter(e -> entities.type(e) == EntityType.PERSON
            || entities.type(e) == EntityType.ORGANIZATION);
  }
}
