/**
 * Reads news articles and returns who is in them, everything that was said in them, who said
 * each thing, and a graph that joins them, keyed by speaker.
 *
 * <p>{@link org.quotegraph.NewsExtractor#builder()} builds the one entry point: an extractor that
 * loads the language models once and is thread-safe. {@link
 * org.quotegraph.NewsExtractor#extract(Article)} analyses one {@link org.quotegraph.Article} and
 * returns an immutable {@link org.quotegraph.Extraction}: its {@link org.quotegraph.Entity
 * entities} (people, organisations, places and groups, with every {@link org.quotegraph.Mention
 * mention}), its {@link org.quotegraph.Quote quotes} (direct, mixed, partial and reported speech;
 * see {@link org.quotegraph.QuoteKind}), each with its speaker, the {@link
 * org.quotegraph.AttributionRule rule} that attributed it and a confidence, and a {@link
 * org.quotegraph.SpeakerGraph} over both. {@link org.quotegraph.NewsExtractor#extractAll} analyses
 * a stream of articles on several threads, in input order, with {@link org.quotegraph.BatchOptions}
 * and a {@link org.quotegraph.BatchListener} for progress.
 *
 * <p>Every {@link org.quotegraph.Span} is a pair of character offsets into the exact {@code
 * String} the caller passed in. No type of the underlying Stanford CoreNLP appears in this API.
 * Other packages: {@code org.quotegraph.corpus} merges many articles into one graph, {@code
 * org.quotegraph.json} and {@code org.quotegraph.export} write results, {@code
 * org.quotegraph.spark} runs the extraction on Apache Spark, {@code org.quotegraph.cli} is the
 * command line.
 */
package org.quotegraph;
