package org.quotegraph.internal.nlp;

/**
 * One arc of a sentence's basic Universal Dependencies parse.
 *
 * @param relation the relation name, such as {@code nsubj}, {@code ccomp}, {@code nmod:poss}
 * @param governor the head token's index within the sentence, or -1 for the root
 * @param dependent the dependent token's index within the sentence
 */
public record Dependency(String relation, int governor, int dependent) {}
