package org.quotegraph.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The commands' input files: checked before any work starts, and read as UTF-8 with errors that
 * name the file and the line. Stateless.
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * The file named {@code name}, checked to be a readable file.
   *
   * @throws IllegalArgumentException saying what is wrong: not found, a directory, not readable
   */
  static Path existing(String name) {
    Path file = Path.of(name);
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(name + ": not found" + (Files.isSymbolicLink(file)
          ? " (a symbolic link to a file that does not exist)" : ""));
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(name + ": is a directory; name a file");
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException(name + ": cannot be read (no permission)");
    }
    return file;
  }

  /**
   * The whole of {@code file} as text.
   *
   * @throws IllegalArgumentException if it is not valid UTF-8, naming the line
   * @throws IOException if it cannot be read
   */
  static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = hasByteOrderMark(bytes, bytes.length) ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw notUtf8(file, line, at - lineStart, bytes[at]);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /**
   * Line {@code lineNumber} of {@code file}, held in {@code bytes[0, length)}, as text.
   *
   * @throws IllegalArgumentException if it is not valid UTF-8
   */
  static String decodeLine(Path file, long lineNumber, byte[] bytes, int length) {
    int start = lineNumber == 1 && hasByteOrderMark(bytes, length) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(file, lineNumber, in.position(), bytes[in.position()]);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static boolean hasByteOrderMark(byte[] bytes, int length) {
    return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  private static IllegalArgumentException notUtf8(Path file, long line, int column, byte bad) {
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "%s line %d is not valid UTF-8 (byte 0x%02X at byte %d of the line); save the file as"
            + " UTF-8", file, line, bad & 0xFF, column + 1));
  }
}
