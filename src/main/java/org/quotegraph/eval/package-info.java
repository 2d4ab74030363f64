/**
 * Measuring the library on annotated news: gold annotations and predictions in the JSON-lines
 * format of the evaluation scorer ({@link org.quotegraph.eval.EvaluationFiles}), and {@link
 * org.quotegraph.eval.Scorer}, which scores an extractor's statements against them with the
 * scorer's definitions and gives the same figures ({@link
 * org.quotegraph.eval.EvaluationReport}). The command line's {@code evaluate} runs both.
 *
 * <pre>{@code
 * List<GoldArticle> gold = EvaluationFiles.readGold(Path.of("gold.jsonl"));
 * Map<String, List<Prediction>> predictions = new HashMap<>();
 * for (GoldArticle article : gold) {
 *   predictions.put(article.id(), Scorer.predictions(extractor.extract(article.article())));
 * }
 * System.out.println(Scorer.score(gold, predictions).format());
 * }</pre>
 */
package org.quotegraph.eval;
