/**
 * Many articles merged into one graph keyed by speaker: {@link org.quotegraph.corpus.CorpusGraph}
 * is built one {@link org.quotegraph.Extraction} at a time without holding article texts, and
 * answers who is quoted most, in how many articles, with whom ({@link
 * org.quotegraph.corpus.CoQuotedSpeaker}) and for which organisation.
 *
 * <p>The same person in two articles is one {@link org.quotegraph.corpus.CorpusSpeaker} only on
 * evidence weighed over the whole corpus: the same type and full name of at least two words, an
 * initialled form of that name, a one-word surname that only one full name of the corpus fits, or
 * the same id in a user's {@link org.quotegraph.corpus.SpeakerDirectory} alias table. Every
 * {@link org.quotegraph.corpus.CorpusQuote} keeps its article id and spans, and every speaker the
 * article entities it was made of ({@link org.quotegraph.corpus.SpeakerSource}), so a saved corpus
 * can be read back and grown.
 */
package org.quotegraph.corpus;
