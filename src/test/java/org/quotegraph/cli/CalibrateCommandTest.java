package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotegraph.AttributionScope;
import org.quotegraph.NewsExtractor;
import org.quotegraph.SharedExtractor;
import org.quotegraph.Span;
import org.quotegraph.eval.GoldQuote;
import org.quotegraph.eval.Prediction;

/** The {@code calibrate} command, end to end on an invented gold file with the real models. */
class CalibrateCommandTest {

  @TempDir Path dir;

  private final Console console = new Console();

  private int run(Function<AttributionScope, NewsExtractor> extractors, String... args)
      throws IOException {
    return new CalibrateCommand(extractors).run(List.of(args),
        console.out(),
        console.err());
  }

  private Path inventedGold() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/eval/invented-gold.jsonl")) {
      assertThat(in).isNotNull();
      Files.copy(in, gold);
    }
    return gold;
  }

  @Test
  void run_inventedGold_writesATableFittedOnItsStatements() throws IOException {
    Path gold = inventedGold();
    Path table = dir.resolve("confidence.tsv");
    List<AttributionScope> asked = new ArrayList<>();

    int status = run(scope -> {
      asked.add(scope);
      return SharedExtractor.get();
    }, gold.toString(), "--scope", "speech", "--threads", "2", "--out", table.toString());

    assertThat(status).as(console.errors()).isZero();
    assertThat(asked).containsExactly(AttributionScope.SPEECH);
    List<String> lines = Files.readAllLines(table);
    assertThat(lines.get(0)).startsWith("# The confidence model");
    assertThat(lines.get(1)).startsWith("# Fitted by `calibrate` on gold.jsonl (speech scope, ")
        .endsWith(" 3 articles).");
    // every term line is a name and a weight; the intercept and the said-cue are among them
    List<String> terms = lines.stream().filter(line -> !line.startsWith("#")).toList();
    assertThat(terms).allMatch(line -> line.matches("[a-zA-Z/_-]+\t-?\\d+\\.\\d{4}"));
    assertThat(terms).anyMatch(line -> line.startsWith("intercept\t"))
        .anyMatch(line -> line.startsWith("cue/SAY\t"));
    assertThat(console.printed()).isEmpty();
    assertThat(console.errors())
        .containsPattern("calibrate: fitted on \\d+ statements of 3 articles");
  }

  @Test
  void right_eachPartOfAQuotationAnnotatedWhole_isRightWithTheSpeakerAndWrongWithoutIt() {
    // "We will go," Lee said, "and we will win." annotated as one statement of Lee's, [1, 42)
    GoldQuote whole = new GoldQuote(new Span(1, 42), Optional.of("Ann Lee"),
        Optional.of(new Span(13, 16)), "direct");
    Prediction first = new Prediction(new Span(1, 11), Optional.of("Ann Lee"),
        Optional.of(new Span(13, 16)), OptionalDouble.of(0.9));
    Prediction second = new Prediction(new Span(24, 41), Optional.of("Ann Lee"),
        Optional.of(new Span(13, 16)), OptionalDouble.of(0.9));
    Prediction otherSpeaker = new Prediction(new Span(24, 41), Optional.of("Bo Ray"),
        Optional.of(new Span(50, 56)), OptionalDouble.of(0.9));
    Prediction outside = new Prediction(new Span(38, 60), Optional.of("Ann Lee"),
        Optional.of(new Span(13, 16)), OptionalDouble.of(0.9));

    assertThat(CalibrateCommand.right(first, List.of(whole))).isTrue();
    assertThat(CalibrateCommand.right(second, List.of(whole))).isTrue();
    assertThat(CalibrateCommand.right(otherSpeaker, List.of(whole))).isFalse();
    // 4 of its 22 characters are in the annotated statement: not the same words
    assertThat(CalibrateCommand.right(outside, List.of(whole))).isFalse();
    assertThat(CalibrateCommand.right(first, List.of())).isFalse();
  }

  @Test
  void run_noGoldFile_isAUsageErrorBeforeTheModelsLoad() {
    assertThatThrownBy(() -> run(NoModels.BY_SCOPE, "--scope", "speech"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calibrate needs at least one gold file")
        .hasMessageContaining(CalibrateCommand.USAGE);
  }

  @Test
  void run_missingGoldFile_namesItBeforeTheModelsLoad() {
    Path missing = dir.resolve("nowhere.jsonl");
    assertThatThrownBy(() -> run(NoModels.BY_SCOPE, missing.toString()))
        .hasMessageContaining(missing.toString());
  }

  @Test
  void run_unknownScope_namesTheScopes() {
    assertThatThrownBy(() -> run(NoModels.BY_SCOPE, "x.jsonl", "--scope", "everything"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("everything");
  }
}
