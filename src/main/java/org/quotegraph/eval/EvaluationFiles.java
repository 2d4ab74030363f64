package org.quotegraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quotegraph.Span;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the JSON-lines files of the evaluation scorer, one article per line (blank
 * lines are skipped):
 *
 * <ul>
 *   <li>gold: {@code {"id", "text", "quotes": [{"start", "end", "speaker", "speaker_start",
 *       "speaker_end", "kind"}]}}; {@code "speaker"} and the two mention offsets may be null, the
 *       other fields are required (any other field, such as a quote's {@code "text"}, is ignored);
 *   <li>predictions: {@code {"id", "quotes": [{"start", "end", "speaker", "speaker_start",
 *       "speaker_end", "confidence"}]}}; only the offsets are required.
 * </ul>
 *
 * <p>Offsets are Java {@code String} indices into the text. An id may be a string or a whole
 * number (read as its decimal string). A line that breaks the format is rejected with an {@link
 * IllegalArgumentException} whose message names the file (the {@code source}), the line, the
 * quote and what to change, rather than scored as something else. Stateless and thread-safe.
 */
public final class EvaluationFiles {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private EvaluationFiles() {}

  /**
   * The articles of a gold file, in file order.
   *
   * @param file a file of gold lines in the scorer's format
   * @return the articles, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line is malformed or repeats an earlier line's id
   */
  public static List<GoldArticle> readGold(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readGold(reader, file.toString());
    }
  }

  /**
   * The articles of gold lines read until the end of {@code reader}, which is not closed.
   *
   * @param reader the gold lines
   * @return the articles, in the order read
   * @param source the name of what is read, for error messages (such as the file name)
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if a line is malformed or repeats an earlier line's id
   */
  public static List<GoldArticle> readGold(BufferedReader reader, String source)
      throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    forEachLine(reader, source, (id, root, at) -> {
      JsonNode text = root.path("text");
      if (!text.isString()) {
        throw at.error("\"text\" must be the article's text as a string, got " + shown(text));
      }
      List<GoldQuote> quotes = new ArrayList<>();
      JsonNode rows = root.path("quotes");
      if (!rows.isArray()) {
        throw at.error("\"quotes\" must be an array of quote objects (empty if the article has"
            + " none), got " + shown(rows));
      }
      for (int i = 0; i < rows.size(); i++) {
        Location quoteAt = at.quote(i);
        JsonNode row = object(rows.get(i), quoteAt);
        JsonNode kind = row.path("kind");
        if (!kind.isString()) {
          throw quoteAt.error("\"kind\" must be a string such as \"direct\", \"mixed\" or"
              + " \"indirect\" (recall is reported for each), got " + shown(kind));
        }
        quotes.add(new GoldQuote(content(row, quoteAt), optionalString(row, "speaker", quoteAt),
            mention(row, quoteAt), kind.stringValue()));
      }
      try {
        articles.add(new GoldArticle(id, text.stringValue(), quotes));
      } catch (IllegalArgumentException e) {
        throw at.error(e.getMessage());
      }
    });
    return articles;
  }

  /**
   * The predictions of a prediction file, keyed by article id in file order.
   *
   * @param file a file of prediction lines in the scorer's format
   * @return each article's predictions, by id, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line is malformed or repeats an earlier line's id
   */
  public static Map<String, List<Prediction>> readPredictions(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readPredictions(reader, file.toString());
    }
  }

  /**
   * The predictions of prediction lines read until the end of {@code reader}, which is not
   * closed, keyed by article id in the order read. A line without {@code "quotes"} (or with null)
   * predicts nothing.
   *
   * @param reader the prediction lines
   * @return each article's predictions, by id, in the order read
   * @param source the name of what is read, for error messages (such as the file name)
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if a line is malformed or repeats an earlier line's id
   */
  public static Map<String, List<Prediction>> readPredictions(BufferedReader reader,
      String source) throws IOException {
    Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
    forEachLine(reader, source, (id, root, at) -> {
      JsonNode rows = root.path("quotes");
      List<Prediction> quotes = new ArrayList<>();
      if (given(rows) && !rows.isArray()) {
        throw at.error("\"quotes\" must be an array of quote objects, got " + shown(rows));
      }
      for (int i = 0; i < rows.size(); i++) {
        Location quoteAt = at.quote(i);
        JsonNode row = object(rows.get(i), quoteAt);
        quotes.add(new Prediction(content(row, quoteAt),
            optionalString(row, "speaker", quoteAt), mention(row, quoteAt),
            confidence(row, quoteAt)));
      }
      predictions.put(id, List.copyOf(quotes));
    });
    return predictions;
  }

  /** What is done with each line of a file: its id, its object and where it is. */
  private interface LineReader {
    void read(String id, JsonNode root, Location at);
  }

  /**
   * Hands each non-blank line of {@code reader} to {@code lines} as its object, with its id
   * (checked to be a new one) and its location for error messages.
   */
  private static void forEachLine(BufferedReader reader, String source, LineReader lines)
      throws IOException {
    Map<String, Integer> lineOfId = new HashMap<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Location at = new Location(source, number);
      JsonNode root = parse(line, at);
      lines.read(id(root, at, lineOfId), root, at);
    }
  }

  /**
   * The prediction line of one article, as {@link #readPredictions} reads it and the scorer
   * takes it: {@code {"id", "quotes": [{"start", "end", "speaker", "speaker_start",
   * "speaker_end", "confidence"}]}}, without a line break; {@code "confidence"} only where the
   * prediction has one.
   *
   * @param articleId the article's id
   * @param predictions its predicted statements, in text order
   * @return the line
   */
  public static String predictionLine(String articleId, List<Prediction> predictions) {
    Objects.requireNonNull(articleId, "articleId");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", articleId);
    ArrayNode rows = root.putArray("quotes");
    for (Prediction prediction : predictions) {
      ObjectNode row = rows.addObject();
      row.put("start", prediction.content().start());
      row.put("end", prediction.content().end());
      row.put("speaker", prediction.speaker().orElse(null));
      if (prediction.speakerMention().isPresent()) {
        row.put("speaker_start", prediction.speakerMention().get().start());
        row.put("speaker_end", prediction.speakerMention().get().end());
      } else {
        row.putNull("speaker_start");
        row.putNull("speaker_end");
      }
      prediction.confidence().ifPresent(confidence -> row.put("confidence", confidence));
    }
    return MAPPER.writeValueAsString(root);
  }

  /** Where in a file a value was read, for error messages. */
  private record Location(String source, int line, int quote) {

    Location(String source, int line) {
      this(source, line, -1);
    }

    Location quote(int index) {
      return new Location(source, line, index);
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(source + " line " + line
          + (quote < 0 ? "" : ", quote " + (quote + 1)) + ": " + what);
    }
  }

  private static JsonNode parse(String line, Location at) {
    try {
      return object(MAPPER.readTree(line), at);
    } catch (JacksonException e) {
      throw at.error("not JSON (" + e.getOriginalMessage() + "); each line must be one JSON"
          + " object");
    }
  }

  private static JsonNode object(JsonNode node, Location at) {
    if (!node.isObject()) {
      throw at.error("expected a JSON object, got " + shown(node));
    }
    return node;
  }

  private static String id(JsonNode root, Location at, Map<String, Integer> lineOfId) {
    JsonNode node = root.path("id");
    if (!node.isString() && !node.isIntegralNumber()) {
      throw at.error("\"id\" must be a string or a whole number, got " + shown(node));
    }
    String id = node.asString();
    Integer earlier = lineOfId.putIfAbsent(id, at.line());
    if (earlier != null) {
      throw at.error("the id \"" + id + "\" was already used on line " + earlier
          + "; give each article its own id");
    }
    return id;
  }

  private static Span content(JsonNode row, Location at) {
    int start = offset(row, "start", at);
    int end = offset(row, "end", at);
    if (end < start) {
      throw at.error("\"end\" " + end + " is before \"start\" " + start);
    }
    return new Span(start, end);
  }

  private static Optional<Span> mention(JsonNode row, Location at) {
    boolean hasStart = given(row.path("speaker_start"));
    boolean hasEnd = given(row.path("speaker_end"));
    if (hasStart != hasEnd) {
      throw at.error("\"speaker_start\" and \"speaker_end\" must both be offsets or both be null,"
          + " got " + shown(row.path("speaker_start")) + " and " + shown(row.path("speaker_end")));
    }
    if (!hasStart) {
      return Optional.empty();
    }
    int start = offset(row, "speaker_start", at);
    int end = offset(row, "speaker_end", at);
    if (end < start) {
      throw at.error("\"speaker_end\" " + end + " is before \"speaker_start\" " + start);
    }
    return Optional.of(new Span(start, end));
  }

  private static int offset(JsonNode row, String field, Location at) {
    JsonNode node = row.path(field);
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
      throw at.error("\"" + field + "\" must be a character offset (a whole number, 0 or more),"
          + " got " + shown(node));
    }
    return node.intValue();
  }

  private static Optional<String> optionalString(JsonNode row, String field, Location at) {
    JsonNode node = row.path(field);
    if (!given(node)) {
      return Optional.empty();
    }
    if (!node.isString()) {
      throw at.error("\"" + field + "\" must be a string or null, got " + shown(node));
    }
    return Optional.of(node.stringValue());
  }

  private static OptionalDouble confidence(JsonNode row, Location at) {
    JsonNode node = row.path("confidence");
    if (!given(node)) {
      return OptionalDouble.empty();
    }
    if (!node.isNumber() || !(node.doubleValue() >= 0 && node.doubleValue() <= 1)) {
      throw at.error("\"confidence\" must be a number from 0 to 1, or null, got " + shown(node));
    }
    return OptionalDouble.of(node.doubleValue());
  }

  /** Whether a field is there and not null (the scorer's {@code d.get(field) is not None}). */
  private static boolean given(JsonNode node) {
    return !node.isMissingNode() && !node.isNull();
  }

  private static String shown(JsonNode node) {
    if (node.isMissingNode()) {
      return "nothing (the field is missing)";
    }
    String json = node.toString();
    return json.length() <= 60 ? json : json.substring(0, 57) + "...";
  }
}
