package org.quotegraph.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own quote pipeline with its default settings, the yardstick of the {@code bench}
 * command: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}. Lives here because this
 * package is the only one that touches CoreNLP. Thread-safe as CoreNLP is; the benchmark uses it
 * from one thread.
 */
public final class StockPipeline {

  /** The annotators of CoreNLP's quote attribution pipeline, nothing more. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  private StockPipeline(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Loads the pipeline with CoreNLP's defaults. CoreNLP checks the annotators' requirements and
   * throws if the list is incomplete; the caller reports that message.
   *
   * @param fresh whether to empty CoreNLP's process-wide annotator cache first, so that no model
   *     an earlier pipeline loaded (ours) is reused and the start-up time is the stock one
   */
  public static StockPipeline load(boolean fresh) {
    if (fresh) {
      StanfordCoreNLP.clearAnnotatorPool();
    }
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    return new StockPipeline(new StanfordCoreNLP(properties));
  }

  /** The annotators the loaded pipeline runs, as CoreNLP reports them. */
  public String annotators() {
    return pipeline.getProperties().getProperty("annotators");
  }

  /**
   * Annotates {@code text} with the full pipeline.
   *
   * @return the number of tokens and the number of quotations CoreNLP found
   */
  public Counts annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    int tokens = annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    var quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    return new Counts(tokens, quotes == null ? 0 : quotes.size());
  }

  /**
   * What one annotation found.
   *
   * @param tokens the tokens of the text
   * @param quotes the quotations CoreNLP's quote annotator found
   */
  public record Counts(int tokens, int quotes) {}
}
