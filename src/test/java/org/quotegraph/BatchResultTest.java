package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchResultTest {

  private static final Article ARTICLE = new Article("a1", "");

  @Test
  void failure_holdsErrorAndRethrowsIt() {
    IllegalArgumentException error = new IllegalArgumentException("too long");
    BatchResult result = BatchResult.failure(3, ARTICLE, error, Duration.ZERO);

    assertThat(result.succeeded()).isFalse();
    assertThat(result.articleId()).isEqualTo("a1");
    assertThat(result.errorMessage()).isEqualTo("too long");
    assertThatThrownBy(result::extractionOrThrow).isSameAs(error);
  }

  @Test
  void new_neitherExtractionNorError_throws() {
    assertThatThrownBy(() -> new BatchResult(0, ARTICLE, Optional.empty(), Optional.empty(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither");
  }

  @Test
  void new_negativeIndex_throws() {
    assertThatThrownBy(() -> BatchResult.failure(-1, ARTICLE, new IllegalStateException(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void success_extractionOfAnotherArticle_throws() {
    Extraction other = SharedExtractor.get().extract(new Article("b2", ""));
    assertThatThrownBy(() -> BatchResult.success(0, ARTICLE, other, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"b2\"");
  }
}
