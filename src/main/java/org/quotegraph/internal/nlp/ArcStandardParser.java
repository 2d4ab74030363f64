package org.quotegraph.internal.nlp;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A greedy arc-standard dependency parser that runs the neural network of CoreNLP's {@code
 * nndep} models (a feed-forward network with one cubed hidden layer over 48 word, tag and label
 * features) with our own inference, and gives the same parses.
 *
 * <p>CoreNLP's inference is most of the time we spend on an article. It sums the hidden layer in
 * doubles one scalar at a time, reads the first weight matrix across its rows, and looks up a
 * word's children by scanning the whole sentence for each of the twelve child features of every
 * transition. Here the weights are held as the model file stores them, one row per input, so
 * every inner loop adds one contiguous row of floats to another, into an array allocated in the
 * same method and (for the short rows of the output layer) over a constant length: that is what
 * the JIT needs to compile a loop to vector instructions. Each word's two nearest children on each
 * side are kept up to date as arcs are added; a step where only one transition applies is not
 * scored; and the hidden-layer contribution of each (feature slot, value) pair is kept once
 * computed in a table that threads read without a lock.
 *
 * <p>Sums are taken in floats where CoreNLP takes some in doubles, so a score can differ in its
 * last bits; a parse differs only where the two best transitions score the same to within that.
 *
 * <p>An instance is immutable apart from its cache and is safe to use from many threads.
 */
final class ArcStandardParser {

  private static final String UNKNOWN = "-UNKNOWN-";
  private static final String NULL = "-NULL-";
  private static final String ROOT = "-ROOT-";

  /** The feature slots: 18 words, 18 tags of the same tokens, 12 arc labels of the children. */
  private static final int WORD_SLOTS = 18;
  private static final int LABEL_SLOTS = 12;
  static final int SLOTS = 2 * WORD_SLOTS + LABEL_SLOTS;

  /**
   * The most transitions a model may have: the scores of all are computed in one loop whose
   * length is this constant, a multiple of the widest vector (16 floats). The English models have
   * 83 (Universal Dependencies) and 93 (Stanford Dependencies).
   */
  private static final int MAX_TRANSITIONS = 96;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  /** The relation names of the transitions: the left and the right arc {@code i} use label i. */
  private final String[] labels;
  /** The embedding row of each arc label, by the index in {@link #labels}. */
  private final int[] labelIds;
  private final int unknownWord;
  private final int nullWord;
  private final int rootWord;
  private final int unknownTag;
  private final int nullTag;
  private final int rootTag;
  private final int nullLabel;
  private final PassiveSubjects passiveSubjects;

  private final int embeddingSize;
  private final int hiddenSize;
  /** Embeddings of words, then tags, then labels: one row each. */
  private final float[][] embeddings;
  /** The first layer's weights, one row of {@code hiddenSize} per input (slot, dimension). */
  private final float[][] inputWeights;
  private final float[] hiddenBias;
  /**
   * The output layer's weights, one row per hidden unit, each with one weight per transition
   * padded with zeros to {@link #MAX_TRANSITIONS} (the padding scores are never read); and rows
   * of zeros to a whole number of groups of four units.
   */
  private final float[][] outputWeights;
  /**
   * Each thread's own copy of {@link #outputWeights} (400 KB), made on its first parse and
   * dropped with the thread. Two threads that read the same rows at every step parsed 1.4 times
   * as fast as one; with a copy each, 1.9 times. Sharing the other tables made no difference.
   */
  private final ThreadLocal<float[][]> threadOutputWeights =
      ThreadLocal.withInitial(this::copyOfOutputWeights);
  private final int transitions;

  /** The hidden-layer contribution of a feature value in a slot, at value * SLOTS + slot. */
  private final AtomicReferenceArray<float[]> contributions;
  private final AtomicInteger cachedContributions = new AtomicInteger();
  private final int maxCachedContributions;

  private ArcStandardParser(ParserModel model, int precomputed, int maxCached) {
    this.wordIds = model.words;
    this.tagIds = model.tags;
    this.embeddingSize = model.embeddingSize;
    this.hiddenSize = model.hiddenSize;
    this.embeddings = model.embeddings;
    this.inputWeights = model.inputWeights;
    this.hiddenBias = model.hiddenBias;
    this.transitions = model.outputWeights[0].length;
    if (transitions > MAX_TRANSITIONS) {
      throw new IllegalStateException("the parser model has " + transitions
          + " transitions; this parser scores at most " + MAX_TRANSITIONS);
    }
    // whole groups of four hidden units, the extra ones with zero weights
    this.outputWeights = new float[(hiddenSize + 3) / 4 * 4][];
    for (int h = 0; h < outputWeights.length; h++) {
      outputWeights[h] = h < hiddenSize
          ? Arrays.copyOf(model.outputWeights[h], MAX_TRANSITIONS)
          : new float[MAX_TRANSITIONS];
    }
    // label 0 is the null label; the others, in order, label the arcs of the transitions
    if (model.labels.isEmpty() || !model.labels.get(0).equals(NULL)) {
      throw new IllegalStateException("the parser model's first label is not " + NULL);
    }
    int labelCount = model.labels.size() - 1;
    this.labels = model.labels.subList(1, labelCount + 1).toArray(String[]::new);
    this.labelIds = new int[labelCount];
    int firstLabel = model.words.size() + model.tags.size();
    for (int i = 0; i < labelCount; i++) {
      labelIds[i] = firstLabel + 1 + i;
    }
    this.nullLabel = firstLabel;
    this.passiveSubjects = new PassiveSubjects(List.of(labels));
    if (transitions != 2 * labelCount + 1) {
      throw new IllegalStateException("the parser model has " + transitions
          + " output rows for " + labelCount + " labels; expected " + (2 * labelCount + 1));
    }
    this.unknownWord = requiredId(wordIds, UNKNOWN);
    this.nullWord = requiredId(wordIds, NULL);
    this.rootWord = requiredId(wordIds, ROOT);
    this.unknownTag = requiredId(tagIds, UNKNOWN);
    this.nullTag = requiredId(tagIds, NULL);
    this.rootTag = requiredId(tagIds, ROOT);

    this.contributions = new AtomicReferenceArray<>(embeddings.length * SLOTS);
    this.maxCachedContributions = maxCached;
    // every tag and label value in every slot it can fill: a few thousand, used all the time
    for (int slot = WORD_SLOTS; slot < SLOTS; slot++) {
      int first = slot < 2 * WORD_SLOTS ? model.words.size() : firstLabel;
      int end = slot < 2 * WORD_SLOTS ? firstLabel : embeddings.length;
      for (int value = first; value < end; value++) {
        contributions.set(value * SLOTS + slot, computeContribution(value, slot));
      }
    }
    // then the words the model lists as most frequent in their slots
    for (int i = 0; i < Math.min(precomputed, model.frequentFeatures.length); i++) {
      contribution(model.frequentFeatures[i] / SLOTS, model.frequentFeatures[i] % SLOTS);
    }
  }

  private static int requiredId(Map<String, Integer> ids, String key) {
    Integer id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException("the parser model has no " + key + " entry");
    }
    return id;
  }

  /**
   * Reads an {@code nndep} model from the classpath.
   *
   * @param resource the model's path on the classpath, such as {@code
   *     edu/stanford/nlp/models/parser/nndep/english_UD.gz} from CoreNLP's models jar
   * @param precomputed how many of the feature values the model lists as most frequent to compute
   *     while loading
   * @param maxCached how many feature values' hidden-layer contributions to keep at most, counting
   *     those computed while loading (each takes 4 bytes per hidden unit)
   */
  static ArcStandardParser load(String resource, int precomputed, int maxCached) {
    return new ArcStandardParser(ParserModel.read(resource), precomputed, maxCached);
  }

  /** How many feature values' hidden-layer contributions are cached now. */
  int cachedContributions() {
    return cachedContributions.get();
  }

  /**
   * Parses one tagged sentence.
   *
   * @param words the tokens' words as the tagger saw them
   * @param tags their part-of-speech tags, as many as words
   * @return one arc per token in token order; the root's governor is -1
   * @throws RuntimeInterruptedException if the thread is interrupted (the flag stays set)
   */
  List<Dependency> parse(List<String> words, List<String> tags) {
    if (Thread.currentThread().isInterrupted()) {
      throw new RuntimeInterruptedException();
    }
    return new State(words, tags).run();
  }

  /** One sentence's parse in progress. Token 0 is the root; the words are 1 to n. */
  private final class State extends Configuration {
    final int[] wordOf;
    final int[] tagOf;
    final int[] features = new int[SLOTS];
    final float[][] outputRows = threadOutputWeights.get();

    State(List<String> words, List<String> tags) {
      super(words.size(), labels.length, transitions);
      if (words.size() != tags.size()) {
        throw new IllegalArgumentException(
            words.size() + " words but " + tags.size() + " tags; give one tag per word");
      }
      wordOf = new int[n + 1];
      tagOf = new int[n + 1];
      wordOf[0] = rootWord;
      tagOf[0] = rootTag;
      for (int i = 1; i <= n; i++) {
        wordOf[i] = wordIds.getOrDefault(words.get(i - 1), unknownWord);
        tagOf[i] = tagIds.getOrDefault(tags.get(i - 1), unknownTag);
      }
    }

    List<Dependency> run() {
      while (stackSize > 1 || next <= n) {
        if (stackSize > 2) {
          extractFeatures();
          apply(bestApplicable(score()));
        } else {
          // with the root and at most one word on the stack, a shift (or, at the end, the arc
          // to the root) is the only transition that applies: nothing to score
          apply(next <= n ? 2 * labels.length : labels.length);
        }
      }
      passiveSubjects.mark(head, label, n);
      List<Dependency> arcs = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        arcs.add(new Dependency(labels[label[i]], head[i] - 1, i - 1));
      }
      return arcs;
    }

    void put(int slot, int token) {
      features[slot] = token < 0 ? nullWord : wordOf[token];
      features[WORD_SLOTS + slot] = token < 0 ? nullTag : tagOf[token];
    }

    void putChild(int slot, int token) {
      put(slot, token);
      features[2 * WORD_SLOTS + slot - 6] = token < 0 ? nullLabel : labelIds[label[token]];
    }

    /** The slots in the order of CoreNLP's model: its weights are laid out in this order. */
    void extractFeatures() {
      for (int k = 2; k >= 0; k--) {
        put(2 - k, stackAt(k));
      }
      for (int k = 0; k <= 2; k++) {
        put(3 + k, bufferAt(k));
      }
      for (int k = 0; k <= 1; k++) {
        int token = stackAt(k);
        int slot = 6 + 6 * k;
        putChild(slot, child(leftmost, token));
        putChild(slot + 1, child(rightmost, token));
        putChild(slot + 2, child(secondLeftmost, token));
        putChild(slot + 3, child(secondRightmost, token));
        putChild(slot + 4, child(leftmost, child(leftmost, token)));
        putChild(slot + 5, child(rightmost, child(rightmost, token)));
      }
    }

    /**
     * The scores of the transitions from the current configuration. The loops write only to
     * arrays allocated here: the JIT then knows that no store can change a weight it reads, and
     * compiles each loop to vector instructions (over an array passed in, it does not).
     */
    float[] score() {
      // the hidden layer, four slots at a time (SLOTS is 48): a quarter of the loads and stores
      float[] hidden = new float[outputWeights.length];
      for (int slot = 0; slot < SLOTS; slot += 4) {
        float[] a = contribution(features[slot], slot);
        float[] b = contribution(features[slot + 1], slot + 1);
        float[] c = contribution(features[slot + 2], slot + 2);
        float[] d = contribution(features[slot + 3], slot + 3);
        for (int h = 0; h < hiddenSize; h++) {
          hidden[h] += (a[h] + b[h]) + (c[h] + d[h]);
        }
      }
      for (int h = 0; h < hiddenSize; h++) {
        float x = hidden[h] + hiddenBias[h];
        float cube = x * x * x;
        // a subnormal float costs a hundred cycles in every product it enters, and adds nothing
        hidden[h] = Math.abs(cube) < Float.MIN_NORMAL ? 0f : cube;
      }
      // the output layer, four hidden units at a time: the rows are short (one weight per
      // transition), and the JIT compiles a loop over them to vector instructions with no scalar
      // remainder only when its length is a constant and its indices start at zero
      float[] scores = new float[MAX_TRANSITIONS];
      for (int h = 0; h < hiddenSize; h += 4) {
        float s0 = hidden[h];
        float s1 = hidden[h + 1];
        float s2 = hidden[h + 2];
        float s3 = hidden[h + 3];
        float[] r0 = outputRows[h];
        float[] r1 = outputRows[h + 1];
        float[] r2 = outputRows[h + 2];
        float[] r3 = outputRows[h + 3];
        for (int t = 0; t < MAX_TRANSITIONS; t++) {
          scores[t] += (s0 * r0[t] + s1 * r1[t]) + (s2 * r2[t] + s3 * r3[t]);
        }
      }
      return scores;
    }
  }

  /**
   * The hidden-layer contribution of {@code value} in {@code slot}: the cached one, or one
   * computed now and cached while there is room.
   */
  private float[] contribution(int value, int slot) {
    int index = value * SLOTS + slot;
    float[] cached = contributions.get(index);
    if (cached != null) {
      return cached;
    }
    float[] computed = computeContribution(value, slot);
    if (cachedContributions.get() < maxCachedContributions
        && contributions.compareAndSet(index, null, computed)) {
      cachedContributions.incrementAndGet();
    }
    return computed;
  }

  private float[][] copyOfOutputWeights() {
    float[][] copy = new float[outputWeights.length][];
    for (int h = 0; h < copy.length; h++) {
      copy[h] = outputWeights[h].clone();
    }
    return copy;
  }

  /** Computed into an array allocated here, for the reason given at {@link State#score()}. */
  private float[] computeContribution(int value, int slot) {
    float[] sums = new float[hiddenSize];
    float[] embedding = embeddings[value];
    int firstInput = slot * embeddingSize;
    for (int d = 0; d < embeddingSize; d++) {
      float scale = embedding[d];
      float[] row = inputWeights[firstInput + d];
      for (int h = 0; h < sums.length; h++) {
        sums[h] += scale * row[h];
      }
    }
    return sums;
  }
}
