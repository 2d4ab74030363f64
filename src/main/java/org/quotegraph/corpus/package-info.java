/**
 * Many articles merged into one graph keyed by speaker: {@link org.quotegraph.corpus.CorpusGraph}
 * is built one {@link org.quotegraph.Extraction} at a time without holding article texts, and
 * answers who is quoted most, in how many articles, with whom ({@link
 * org.quotegraph.corpus.CoQuotedSpeaker}) and for which organisation.
 *
 * <p>The same person in two articles is one {@link org.quotegraph.corpus.CorpusSpeaker} only on
 * strong evidence: the same entity type and the same full name of at least two words, compared
 * without case, accents, punctuation or leading honorifics. Every {@link
 * org.quotegraph.corpus.CorpusQuote} keeps its article id and spans.
 */
package org.quotegraph.corpus;
