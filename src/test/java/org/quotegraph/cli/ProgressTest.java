package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private long now;

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void stepAfter(Progress progress, double seconds) {
    now += (long) (seconds * 1e9);
    progress.step();
  }

  @Test
  void step_onATerminal_rewritesOneLineAndMessagesStartOnALineOfTheirOwn() {
    Progress progress = new Progress(out, "predict", 3, true, () -> now);

    stepAfter(progress, 1.5);
    progress.println("predict: article \"b\" failed: too long");
    stepAfter(progress, 1.5);
    progress.finish();

    assertThat(printed()).startsWith("\rpredict: 1/3 done")
        .contains("   \npredict: article \"b\" failed: too long\n\rpredict: 2/3 done")
        .endsWith("\rpredict: 2/3 done, 0.7/s, 0m02s left, 0m03s elapsed   \n");
  }

  @Test
  void step_notOnATerminal_printsPlainLinesNoMoreOftenThanItsPeriod() {
    Progress progress = new Progress(out, "corpus", -1, false, () -> now);

    for (int i = 0; i < 30; i++) {
      stepAfter(progress, 1);
    }
    progress.println("skipped article \"a\"");
    progress.finish();

    assertThat(printed()).doesNotContain("\r").isEqualTo(String.join("\n",
        "corpus: 10 done, 1.0/s, ? left, 0m10s elapsed",
        "corpus: 20 done, 1.0/s, ? left, 0m20s elapsed",
        "corpus: 30 done, 1.0/s, ? left, 0m30s elapsed",
        "skipped article \"a\"",
        "corpus: 30 done, 1.0/s, ? left, 0m30s elapsed", ""));
  }

  @Test
  void println_withNoProgressLineOpen_printsJustTheMessage() {
    Progress progress = new Progress(out, "predict", 1, true, () -> now);

    progress.println("predict: stopped: in.jsonl line 3 is not JSON");

    assertThat(printed()).isEqualTo("predict: stopped: in.jsonl line 3 is not JSON\n");
  }
}
