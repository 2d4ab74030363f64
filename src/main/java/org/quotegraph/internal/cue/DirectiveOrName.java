package org.quotegraph.internal.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.Span;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * What a cue without a clause reports when it tells someone to do something or calls something
 * a name, which news annotators count as speech: {@code Police urged drivers to stay home},
 * {@code The union called the offer an insult}, {@code what she calls a cover-up}, {@code
 * described the fire as suspicious}. A bare object or infinitive ({@code praised the plan},
 * {@code vowed to fight on}, {@code announced plans to expand}) is no such report; the verbs
 * that direct or name are two small classes below. Read from tags as much as from the parse, which
 * often hangs the infinitive on a word of the object ({@code urged residents living near the
 * river to leave}). Stateless and thread-safe.
 */
final class DirectiveOrName {

  /** Relations of a verb's dependent that may be the object or the name it gives. */
  private static final Set<String> NOMINAL_RELATIONS = Set.of("obj", "iobj", "xcomp", "dep");

  /**
   * Verbs of speech that take an object and an infinitive of what the object is to do (object
   * control): "urged drivers to stay home", unlike "announced plans to expand".
   */
  private static final Set<String> DIRECTING = Set.of("urge", "ask", "tell", "advise",
      "encourage", "warn", "order", "instruct", "implore", "beg", "remind", "invite", "caution",
      "exhort", "press", "challenge", "direct", "request", "command");

  /** Verbs of speech that give their object a name or a description ("called it a farce"). */
  private static final Set<String> NAMING = Set.of("call", "describe", "label", "dub", "brand",
      "term", "characterize", "characterise", "portray", "deem");

  private DirectiveOrName() {}

  /**
   * The words after the cue at {@code verb} to the end of its sentence (or a colon, semicolon
   * or comma before a participle), if the cue is a tensed verb that directs or names and no
   * quotation is among the words (a quotation and its cue are the quotation rules' work); else
   * empty.
   */
  static Optional<Span> of(Sentence sentence, int verb, QuoteMask quotes) {
    if (sentence.token(verb).pos().equals("VBG")) {
      return Optional.empty(); // "men calling themselves the Guard", "a letter urging them to"
    }
    String lemma = sentence.token(verb).lemma().toLowerCase(Locale.ROOT);
    boolean directs = DIRECTING.contains(lemma) && directs(sentence, verb);
    if (!directs && !(NAMING.contains(lemma) && names(sentence, verb))) {
      return Optional.empty();
    }
    List<Integer> words = new ArrayList<>();
    for (int i = verb + 1; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      boolean participleClause = token.word().equals(",") && i + 1 < sentence.size()
          && sentence.token(i + 1).pos().equals("VBG");
      if (participleClause || token.word().equals(":") || token.word().equals(";")) {
        break;
      }
      if (quotes.isMark(token.start()) || quotes.isInside(token.start())) {
        return Optional.empty(); // "called it a “farce”": the quotation's own rules
      }
      words.add(i);
    }
    return ReportedClause.clauseSpan(sentence, words, quotes);
  }

  /**
   * An object after the verb, then "to" and a verb before any comma or finite verb: {@code
   * urged all residents near the river to leave}.
   */
  private static boolean directs(Sentence sentence, int verb) {
    Optional<Integer> object = sentence.children(verb).stream()
        .filter(arc -> arc.relation().equals("obj") && arc.dependent() > verb)
        .map(Dependency::dependent).findFirst();
    if (object.isEmpty()) {
      return false;
    }
    for (int i = object.get() + 1; i + 1 < sentence.size(); i++) {
      Token token = sentence.token(i);
      if (token.word().equals(",") || token.isFinite()) {
        return false;
      }
      if (token.pos().equals("TO") && sentence.token(i + 1).pos().equals("VB")) {
        // "announced plans to expand": the infinitive says what the plans are
        return sentence.governor(i + 1) != object.get();
      }
    }
    return false;
  }

  /**
   * Two noun phrases on the verb, at least one after it ({@code called the offer an insult},
   * {@code what she calls a cover-up}), or an object and an "as" phrase after the verb ({@code
   * described the fire as suspicious}).
   */
  private static boolean names(Sentence sentence, int verb) {
    int nominals = 0;
    boolean after = false;
    boolean object = false;
    boolean as = false;
    for (Dependency arc : sentence.children(verb)) {
      boolean predicate = arc.relation().equals("xcomp")
          && sentence.token(arc.dependent()).pos().startsWith("JJ"); // "called it unfair"
      if (NOMINAL_RELATIONS.contains(arc.relation())
          && (predicate || isNominal(sentence, arc.dependent()))) {
        nominals++;
        after |= arc.dependent() > verb;
        if (arc.relation().equals("obj")) {
          object = true;
          // "called the plan one of the worst", the name parsed under the object
          nominals += (int) sentence.children(arc.dependent()).stream()
              .filter(c -> (c.relation().equals("dep") || c.relation().equals("xcomp"))
                  && c.dependent() > arc.dependent() && isNominal(sentence, c.dependent()))
              .count();
        }
      }
      as |= arc.dependent() > verb && arc.relation().startsWith("obl")
          && sentence.children(arc.dependent()).stream().anyMatch(c -> c.relation().equals("case")
              && sentence.token(c.dependent()).word().toLowerCase(Locale.ROOT).equals("as"));
    }
    return object && (nominals >= 2 && after || as);
  }

  private static boolean isNominal(Sentence sentence, int index) {
    Token token = sentence.token(index);
    return token.isNoun() || token.isPronoun() || token.pos().equals("CD")
        || token.pos().startsWith("WP");
  }
}
