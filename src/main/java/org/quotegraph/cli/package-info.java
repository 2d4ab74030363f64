/**
 * The command line, {@link org.quotegraph.cli.Main}: {@code analyze} (one article to JSON,
 * GraphML or DOT), {@code predict} (a JSON-lines file of articles to the evaluation's prediction
 * format), {@code corpus} (many articles merged into one corpus graph) and {@code bench} (our
 * extractor timed against CoreNLP's stock quote pipeline). {@code java -cp ...
 * org.quotegraph.cli.Main} without arguments prints the usage of each.
 *
 * <p>Only {@code Main} is public; its output formats are those of {@code org.quotegraph.json}
 * and {@code org.quotegraph.export}.
 */
package org.quotegraph.cli;
