package org.quotegraph.internal;

/** Names as the library gives them: the words as written, without what typesetting leaves. */
public final class Names {

  private Names() {}

  /**
   * {@code written} as a name: every run of white space one space, no format characters (a soft
   * hyphen, a zero-width joiner), nothing before the first word or after the last.
   */
  public static String asWritten(CharSequence written) {
    StringBuilder name = new StringBuilder(written.length());
    boolean space = false;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = name.length() > 0;
      } else if (Character.getType(c) != Character.FORMAT) {
        if (space) {
          name.append(' ');
          space = false;
        }
        name.append(c);
      }
    }
    return name.toString();
  }
}
