package org.quotegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StageProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void taskEnded_notATerminal_printsWholeLinesWithoutCarriageReturns() {
    StageProgress progress = new StageProgress(out, "spark-predict", false);
    progress.stageSubmitted(3, 8);

    progress.taskEnded(3);
    progress.stageCompleted(3);

    assertThat(printed()).doesNotContain("\r");
    assertThat(printed().lines()).hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("spark-predict: stage 3, "));
    assertThat(printed().lines().toList().get(0)).contains("1/8 tasks");
    assertThat(printed()).endsWith(System.lineSeparator());
  }

  @Test
  void taskEnded_terminal_rewritesOneLineInPlaceUntilTheStageEnds() {
    StageProgress progress = new StageProgress(out, "spark-predict", true);
    progress.stageSubmitted(0, 2);

    progress.taskEnded(0);
    assertThat(printed()).startsWith("\rspark-predict: stage 0, 1/2 tasks").doesNotContain("\n");

    progress.taskEnded(0);
    progress.stageCompleted(0);
    String last = printed().substring(printed().lastIndexOf('\r'));
    assertThat(last).startsWith("\rspark-predict: stage 0, 2/2 tasks, ")
        .endsWith(" s" + System.lineSeparator());
  }

  @Test
  void constructor_streamThatIsNotStderr_isNeverTreatedAsATerminal() {
    StageProgress progress = new StageProgress(out, "job");
    progress.stageSubmitted(1, 1);

    progress.taskEnded(1);

    assertThat(printed()).startsWith("job: stage 1, 1/1 tasks").doesNotContain("\r");
  }
}
