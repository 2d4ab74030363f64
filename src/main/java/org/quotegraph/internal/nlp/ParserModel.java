package org.quotegraph.internal.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The contents of an {@code nndep} parser model file of CoreNLP's, in the layout CoreNLP writes
 * it: the sizes, one embedding row per word, tag and label, the two layers' weights and the
 * most frequent feature values. Read once by {@link ArcStandardParser#load}, which copies what it
 * changes; nothing else modifies it.
 */
final class ParserModel {

  final Map<String, Integer> words = new HashMap<>();
  final Map<String, Integer> tags = new HashMap<>();
  final List<String> labels = new ArrayList<>();
  int embeddingSize;
  int hiddenSize;
  float[][] embeddings;
  float[][] inputWeights;
  float[] hiddenBias;
  float[][] outputWeights;
  int[] frequentFeatures;

  private ParserModel() {}

  /**
   * Reads a gzipped model from the classpath.
   *
   * @param resource the model's path on the classpath, such as {@code
   *     edu/stanford/nlp/models/parser/nndep/english_UD.gz} from CoreNLP's models jar
   * @throws IllegalStateException if the resource is missing or is not such a model; the message
   *     names the resource and the line
   * @throws UncheckedIOException if it cannot be read
   */
  static ParserModel read(String resource) {
    InputStream stream = ParserModel.class.getClassLoader().getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("the parser model " + resource + " is not on the classpath;"
          + " add the stanford-corenlp jar with classifier 'models' to the dependencies");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(stream, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      return read(reader, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parser model " + resource, e);
    }
  }

  private static ParserModel read(BufferedReader reader, String resource) throws IOException {
    ParserModel model = new ParserModel();
    LineReader lines = new LineReader(reader, resource);
    String line = lines.next();
    // newer files name the language and treebank first
    while (line.startsWith("language=") || line.startsWith("tlp=")) {
      line = lines.next();
    }
    int wordCount = header(line, "dict", lines);
    int tagCount = header(lines.next(), "pos", lines);
    int labelCount = header(lines.next(), "label", lines);
    model.embeddingSize = header(lines.next(), "embeddingSize", lines);
    model.hiddenSize = header(lines.next(), "hiddenSize", lines);
    int slots = header(lines.next(), "numTokens", lines);
    int frequent = header(lines.next(), "preComputed", lines);
    if (slots != ArcStandardParser.SLOTS) {
      throw new IllegalStateException("the parser model " + resource + " has " + slots
          + " feature slots; this parser reads models with "
          + ArcStandardParser.SLOTS);
    }
    int rows = wordCount + tagCount + labelCount;
    model.embeddings = new float[rows][];
    for (int row = 0; row < rows; row++) {
      line = lines.next();
      int space = line.indexOf(' ');
      String key = line.substring(0, space);
      if (row < wordCount) {
        model.words.put(key, row);
      } else if (row < wordCount + tagCount) {
        model.tags.put(key, row);
      } else {
        model.labels.add(key);
      }
      model.embeddings[row] = floats(line, space + 1, model.embeddingSize, lines);
    }
    model.inputWeights = new float[slots * model.embeddingSize][];
    for (int input = 0; input < model.inputWeights.length; input++) {
      model.inputWeights[input] = floats(lines.next(), 0, model.hiddenSize, lines);
    }
    model.hiddenBias = floats(lines.next(), 0, model.hiddenSize, lines);
    model.outputWeights = new float[model.hiddenSize][];
    for (int h = 0; h < model.hiddenSize; h++) {
      model.outputWeights[h] = floats(lines.next(), 0, 2 * labelCount - 1, lines);
    }
    model.frequentFeatures = new int[frequent];
    int read = 0;
    while (read < frequent) {
      for (String id : lines.next().split(" ")) {
        if (!id.isEmpty() && read < frequent) {
          model.frequentFeatures[read++] = Integer.parseInt(id);
        }
      }
    }
    return model;
  }

  private static int header(String line, String key, LineReader lines) {
    if (!line.startsWith(key + "=")) {
      throw new IllegalStateException("the parser model " + lines.resource + " has '" + line
          + "' on line " + lines.number + " where '" + key + "=' was expected");
    }
    return Integer.parseInt(line.substring(key.length() + 1).trim());
  }

  /** {@code count} space-separated numbers from {@code from} on. */
  private static float[] floats(String line, int from, int count, LineReader lines) {
    float[] values = new float[count];
    int at = from;
    for (int i = 0; i < count; i++) {
      while (at < line.length() && line.charAt(at) == ' ') {
        at++;
      }
      int end = at;
      while (end < line.length() && line.charAt(end) != ' ') {
        end++;
      }
      if (end == at) {
        throw new IllegalStateException("the parser model " + lines.resource + " has "
            + i + " numbers on line " + lines.number + "; expected " + count);
      }
      values[i] = decimal(line, at, end);
      at = end;
    }
    return values;
  }

  /**
   * The number in {@code line} from {@code start} to {@code end}. The model writes four
   * decimals; those are read directly (an integer over a power of ten is rounded once to
   * double and again to float, which are equal for numbers this short), anything else by the JDK.
   */
  private static float decimal(String line, int start, int end) {
    int at = start;
    boolean negative = line.charAt(at) == '-';
    if (negative) {
      at++;
    }
    long digits = 0;
    int decimals = -1;
    for (; at < end; at++) {
      char c = line.charAt(at);
      if (c >= '0' && c <= '9' && at - start < 16) {
        digits = digits * 10 + (c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Float.parseFloat(line.substring(start, end));
      }
    }
    double value = decimals <= 0 ? digits : digits / POWERS_OF_TEN[decimals];
    return (float) (negative ? -value : value);
  }

  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
      1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16};

  /** Lines of the model file, failing clearly if it ends early. */
  private static final class LineReader {
    final BufferedReader reader;
    final String resource;
    int number;

    LineReader(BufferedReader reader, String resource) {
      this.reader = reader;
      this.resource = resource;
    }

    String next() throws IOException {
      String line = reader.readLine();
      number++;
      if (line == null) {
        throw new IllegalStateException("the parser model " + resource + " ends at line "
            + number + " before its weights do");
      }
      return line;
    }
  }
}
