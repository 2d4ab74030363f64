package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  @Test
  void existing_missingFileDirectoryOrDanglingLink_saysWhich() throws IOException {
    Path dangling = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));

    assertThatThrownBy(() -> InputFiles.existing(dir.resolve("none.txt").toString()))
        .hasMessage(dir.resolve("none.txt") + ": not found");
    assertThatThrownBy(() -> InputFiles.existing(dir.toString()))
        .hasMessage(dir + ": is a directory; name a file");
    assertThatThrownBy(() -> InputFiles.existing(dangling.toString()))
        .hasMessage(dangling + ": not found (a symbolic link to a file that does not exist)");
  }

  @Test
  void readUtf8_invalidByteOnLineTwo_namesTheFileTheLineAndTheByte() throws IOException {
    Path file = dir.resolve("article.txt");
    Files.write(file, "Headline\nThe caf\u00e9 said".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> InputFiles.readUtf8(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + " line 2 is not valid UTF-8 (byte 0xE9 at byte 8 of the line); save"
            + " the file as UTF-8");
  }

  @Test
  void readUtf8_byteOrderMark_isNotPartOfTheText() throws IOException {
    Path file = dir.resolve("article.txt");
    Files.write(file, "\uFEFF\u201CYes,\u201D she said.".getBytes(StandardCharsets.UTF_8));

    assertThat(InputFiles.readUtf8(file)).isEqualTo("\u201CYes,\u201D she said.");
  }
}
