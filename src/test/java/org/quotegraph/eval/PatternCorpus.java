package org.quotegraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotegraph.Span;

/**
 * The pattern corpus ({@code src/test/resources/corpus/patterns.txt}): short invented articles,
 * each showing one way news copy reports speech, annotated inline so that no offset is written
 * by hand. A case is
 *
 * <pre>
 * === saying-clause: a ", saying" clause reports the main clause's subject
 * {{1|The mayor}} praised the plan, saying [[1|it would help families]].
 * 1: indirect | the mayor
 * </pre>
 *
 * <p>{@code {{n|words}}} marks speaker mention n; {@code [[n|words]]} the content of statement n
 * (markers may nest, a mention inside a quotation's sentence, say). Each statement has a line
 * {@code n: kind | speaker name}, optionally {@code | @m} to hang it on mention m instead of
 * mention n, or {@code | @-} for none. Text lines of one case are joined with line breaks, so a
 * blank line makes a new paragraph. Lines starting with {@code #} are comments.
 */
final class PatternCorpus {

  static final String RESOURCE = "/corpus/patterns.txt";

  private static final Pattern STATEMENT =
      Pattern.compile("(\\d+):\\s*(direct|mixed|indirect)\\s*\\|\\s*([^|]*?)\\s*(?:\\|\\s*@(\\d+|-))?\\s*");

  private PatternCorpus() {}

  /** One case: its name, what it shows, and its gold article. */
  record Case(String name, String description, GoldArticle article) {}

  static List<Case> read() throws IOException {
    InputStream in = PatternCorpus.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException(RESOURCE + " is missing from the test classpath");
    }
    List<Case> cases = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = null;
      List<String> text = new ArrayList<>();
      List<String> statements = new ArrayList<>();
      int number = 0;
      for (String line = reader.readLine(); ; line = reader.readLine()) {
        number++;
        if (line == null || line.startsWith("=== ")) {
          if (header != null) {
            cases.add(parse(header, text, statements, number));
          }
          if (line == null) {
            break;
          }
          header = line.substring(4).strip();
          text.clear();
          statements.clear();
        } else if (line.startsWith("#") || header == null) {
          continue;
        } else if (STATEMENT.matcher(line).matches()) {
          statements.add(line);
        } else {
          text.add(line);
        }
      }
    }
    return cases;
  }

  private static Case parse(String header, List<String> lines, List<String> statementLines,
      int lineNumber) {
    int colon = header.indexOf(':');
    String name = colon < 0 ? header : header.substring(0, colon).strip();
    String description = colon < 0 ? "" : header.substring(colon + 1).strip();
    List<String> body = new ArrayList<>(lines);
    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
      body.remove(body.size() - 1);
    }
    String marked = String.join("\n", body);
    StringBuilder text = new StringBuilder();
    Map<Integer, Span> mentions = new HashMap<>();
    Map<Integer, Span> contents = new LinkedHashMap<>();
    List<Object[]> open = new ArrayList<>(); // {isMention, number, start}
    for (int i = 0; i < marked.length(); ) {
      if (marked.startsWith("{{", i) || marked.startsWith("[[", i)) {
        int bar = marked.indexOf('|', i);
        int n = Integer.parseInt(marked.substring(i + 2, bar));
        open.add(new Object[] {marked.charAt(i) == '{', n, text.length()});
        i = bar + 1;
      } else if ((marked.startsWith("}}", i) || marked.startsWith("]]", i)) && !open.isEmpty()) {
        Object[] last = open.remove(open.size() - 1);
        Span span = new Span((int) last[2], text.length());
        ((boolean) last[0] ? mentions : contents).put((int) last[1], span);
        i += 2;
      } else {
        text.append(marked.charAt(i++));
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalStateException("pattern " + name + ": a marker is never closed");
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (String line : statementLines) {
      Matcher m = STATEMENT.matcher(line);
      m.matches();
      int n = Integer.parseInt(m.group(1));
      Span content = contents.get(n);
      if (content == null) {
        throw new IllegalStateException("pattern " + name + ": no [[" + n + "|...]] in the text");
      }
      Optional<Span> mention = m.group(4) == null ? Optional.ofNullable(mentions.get(n))
          : m.group(4).equals("-") ? Optional.empty()
          : Optional.ofNullable(mentions.get(Integer.parseInt(m.group(4))));
      String speaker = m.group(3);
      quotes.add(new GoldQuote(content, speaker.isEmpty() ? Optional.empty()
          : Optional.of(speaker), mention, m.group(2)));
    }
    if (quotes.size() != contents.size()) {
      throw new IllegalStateException("pattern " + name + " (before line " + lineNumber
          + "): " + contents.size() + " contents marked but " + quotes.size() + " statement lines");
    }
    quotes.sort((a, b) -> a.content().compareTo(b.content()));
    return new Case(name, description, new GoldArticle("pattern-" + name, text.toString(),
        quotes));
  }
}
