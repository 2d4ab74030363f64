package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

  private static final Set<String> PREDICT = Set.of("threads", "scope");

  private static Options predict(String... args) {
    return Options.parse("predict", List.of(args), PREDICT);
  }

  private static Options bench(String... args) {
    return Options.parse("bench", List.of(args), Set.of("docs", "warmup"), Set.of("ours-only"));
  }

  @Test
  void parse_nameThenValue_givesTheValueAndKeepsThePositionalArguments() {
    Options options = predict("gold.jsonl", "--threads", "4", "out.jsonl");

    assertThat(options.value("threads")).contains("4");
    assertThat(options.value("scope")).isEmpty();
    assertThat(options.positional()).containsExactly("gold.jsonl", "out.jsonl");
  }

  @Test
  void parse_nameEqualsValue_givesEverythingAfterTheFirstEquals() {
    Options options = predict("--scope=broad", "--threads=a=b", "gold.jsonl");

    assertThat(options.value("scope")).contains("broad");
    assertThat(options.value("threads")).contains("a=b");
    assertThat(options.positional()).containsExactly("gold.jsonl");
  }

  @Test
  void parse_switch_isSetAndTakesNoValue() {
    Options options = bench("--ours-only", "articles.jsonl", "--docs", "3");

    assertThat(options.flag("ours-only")).isTrue();
    assertThat(options.positional()).containsExactly("articles.jsonl");
    assertThat(options.value("docs")).contains("3");
  }

  @Test
  void parse_switchNotGiven_isNotSet() {
    assertThat(bench("articles.jsonl").flag("ours-only")).isFalse();
  }

  @Test
  void parse_switchGivenAValue_failsSayingItTakesNone() {
    assertThatThrownBy(() -> bench("--ours-only=yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--ours-only is a switch and takes no value; give it as --ours-only");
  }

  @Test
  void parse_unknownOption_namesTheCommandAndEveryKnownOption() {
    assertThatThrownBy(() -> bench("--doc", "3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bench has no option --doc;")
        .hasMessageContaining("--docs, --ours-only, --warmup");
  }

  @Test
  void parse_optionGivenTwice_failsNamingIt() {
    assertThatThrownBy(() -> predict("--threads", "2", "--threads=3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--threads is given twice; give it once");
  }

  @Test
  void parse_switchGivenTwice_failsNamingIt() {
    assertThatThrownBy(() -> bench("--ours-only", "--ours-only"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--ours-only is given twice; give it once");
  }

  @Test
  void parse_optionLastWithoutValue_failsSayingItNeedsOne() {
    assertThatThrownBy(() -> predict("gold.jsonl", "--threads"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--threads needs a value");
  }

  @Test
  void number_notGiven_isTheDefault() {
    assertThat(predict().number("threads", 1, 7)).isEqualTo(7);
  }

  @Test
  void number_atTheLeastAllowed_isTaken() {
    assertThat(predict("--threads", "1").number("threads", 1, 7)).isEqualTo(1);
    assertThat(predict("--threads=0").number("threads", 0, 7)).isZero();
  }

  @Test
  void number_belowOne_failsAskingForAPositiveNumber() {
    Options options = predict("--threads", "0");

    assertThatThrownBy(() -> options.number("threads", 1, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--threads needs a positive number, got \"0\"");
  }

  @Test
  void number_belowAnotherLeast_failsNamingTheLeast() {
    Options options = predict("--threads=-1");

    assertThatThrownBy(() -> options.number("threads", 0, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--threads needs a number of at least 0, got \"-1\"");
  }

  @Test
  void number_notAWholeNumber_failsQuotingTheValue() {
    Options options = predict("--threads", "two");

    assertThatThrownBy(() -> options.number("threads", 1, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--threads needs a positive number, got \"two\"");
  }
}
