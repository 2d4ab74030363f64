package org.quotegraph.internal.speaker;

import org.quotegraph.AttributionRule;

/**
 * How strongly each rule holds to the speaker it finds, in one place: the base strength of each
 * way a rule can find a speaker, the modifiers that scale it, and the weights with which a
 * quotation takes over another statement's speaker. The strength chooses between two statements
 * that report the same words; it is not {@link org.quotegraph.Quote#confidence()}, which is a
 * calibrated probability from the rule, the kind, the cue and the speaker's form
 * ({@code internal.confidence.ConfidenceModel}).
 */
final class ConfidenceTable {

  private ConfidenceTable() {}

  /** How a speaker was found, with the rule it is reported as and its base confidence. */
  enum Basis {
    /** The named or common-noun subject of a verb of speech: {@code "...," said X}. */
    SPEECH_SUBJECT(AttributionRule.EXPLICIT_SUBJECT, 0.9),
    /** The subject of a verb of belief, wish or stance (broad scope): {@code X believes}. */
    BELIEF_SUBJECT(AttributionRule.EXPLICIT_SUBJECT, 0.6),
    /** The source of {@code according to X}. */
    ACCORDING_TO(AttributionRule.ACCORDING_TO, 0.85),
    /** The name before an introducing colon: {@code X: "..."}. */
    COLON(AttributionRule.COLON_INTRODUCTION, 0.7),
    /** The name on a dash after the quotation, ending its line: {@code "..." ― X}. */
    SIGNATURE(AttributionRule.COLON_INTRODUCTION, 0.8),
    /** A pronoun resolved to an earlier speaker or subject. */
    PRONOUN(AttributionRule.PRONOUN, 0.75),
    /** A pronoun nobody compatible came before. */
    UNRESOLVED_PRONOUN(AttributionRule.PRONOUN, 0.3),
    /** A document whose author an earlier sentence names. */
    DOCUMENT(AttributionRule.DOCUMENT, 0.7),
    /** A document with no author in sight. */
    UNAUTHORED_DOCUMENT(AttributionRule.DOCUMENT, 0.3),
    /** A title word given earlier to a named person: {@code the premier said}. */
    TITLED_PERSON(AttributionRule.DESCRIPTION, 0.7),
    /** {@code the company}, {@code the city}: the latest organisation or place. */
    DEFINITE_REFERENT(AttributionRule.DESCRIPTION, 0.6),
    /** {@code the 32-year-old labourer}: the person the story is about at this point. */
    LATEST_PERSON(AttributionRule.DESCRIPTION, 0.55),
    /** A long quotation with no cue: the person the passage is about. */
    PASSAGE_PERSON(AttributionRule.PASSAGE_SUBJECT, 0.5);

    private final AttributionRule rule;
    private final double confidence;

    Basis(AttributionRule rule, double confidence) {
      this.rule = rule;
      this.confidence = confidence;
    }

    AttributionRule rule() {
      return rule;
    }

    double confidence() {
      return confidence;
    }
  }

  /** Factors that scale a base confidence when the evidence is weaker than usual. */
  enum Modifier {
    /** Reported speech without quotation marks: the clause's extent is itself a guess. */
    INDIRECT(0.9),
    /** A speaker named by a common noun ({@code officials}, {@code the union}), not a name. */
    COMMON_NOUN(0.9),
    /** A subject that is neither a name nor a noun: no entity could be made of it. */
    NO_ENTITY(0.5);

    private final double factor;

    Modifier(double factor) {
      this.factor = factor;
    }

    double apply(double confidence) {
      return confidence * factor;
    }
  }

  /** The weight with which a statement takes over another one's speaker, by the rule used. */
  enum Inheritance {
    /** A part of a mixed statement: the statement's own speaker, as sure. */
    PART_OF_MIXED(1.0),
    /** A paragraph of a quotation that runs over several paragraphs. */
    QUOTE_CONTINUATION(0.9),
    /** A quotation beside an attributed one in its paragraph. */
    ADJACENT_QUOTE(0.85),
    /** A paragraph that is only a quotation, after an attributed paragraph. */
    PREVIOUS_PARAGRAPH(0.75),
    /** A headline quotation whose words the body attributes. */
    HEADLINE_ECHO(0.9);

    private final double weight;

    Inheritance(double weight) {
      this.weight = weight;
    }

    double weight() {
      return weight;
    }
  }
}
