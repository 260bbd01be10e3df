package cn.gongkai;

/**
 * A Gongkai call failed: the library's code and its message (from gongkai_last_error_message(),
 * taken on the thread that made the call). The message says what failed and names the argument or
 * field; it never repeats an applicant's personal data. Findings of a validation are results, not
 * exceptions.
 *
 * <p>Unchecked: most failures are bad input that the caller fixes, not conditions to recover
 * from. Catch it and switch on {@link #code()} where the code matters.
 */
public class GongkaiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int rawCode;
  private final String codeName;

  /** A failure the binding itself detects (a NUL inside a name, an output too big for Java). */
  public GongkaiException(Code code, String message) {
    this(code.value(), code.name(), message);
    if (code == Code.OK || code == Code.UNKNOWN) {
      throw new IllegalArgumentException("GongkaiException needs a failure code, not " + code);
    }
  }

  /** A failure the library reported: its C value, the name it gives it, and its message. */
  GongkaiException(int rawCode, String codeName, String message) {
    super(message);
    this.rawCode = rawCode;
    this.codeName = codeName;
  }

  /** The code; {@link Code#UNKNOWN} for a value this binding does not list. */
  public Code code() {
    return Code.of(rawCode);
  }

  /** The C value of the code, as the library returned it. */
  public int rawCode() {
    return rawCode;
  }

  /** The code's name as the library gives it ("NOT_FOUND"; "UNKNOWN" for an unlisted value). */
  public String codeName() {
    return codeName;
  }

  /** "GongkaiException[NOT_FOUND]: the message". */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + codeName + "]: " + getMessage();
  }
}
