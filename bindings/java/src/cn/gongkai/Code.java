package cn.gongkai;

/**
 * The values of the C enum gongkai_code (include/gongkai/common.h), plus {@link #UNKNOWN} for a
 * value this binding does not know: a newer library may add codes, and any nonzero one is a
 * failure.
 */
public enum Code {
  OK(0),
  /** Malformed input: bad bytes, bad JSON, invalid UTF-8, a date that does not exist. */
  INVALID_ARGUMENT(3),
  /** A named thing (message type, record, layout) does not exist. */
  NOT_FOUND(5),
  /** The thing to be created exists already (a duplicate id). */
  ALREADY_EXISTS(6),
  /** Memory or another limit ran out. */
  RESOURCE_EXHAUSTED(8),
  /** Well-formed input, but not allowed in the current state (an illegal transition). */
  FAILED_PRECONDITION(9),
  /** A number or date outside the range the library supports, or a sum that would overflow. */
  OUT_OF_RANGE(11),
  /** A bug in Gongkai; please report it with the message. */
  INTERNAL(13),
  /** Busy: another writer holds a store longer than the wait allows; nothing was changed. */
  UNAVAILABLE(14),
  /** A store is damaged (or is not what it should be at all): its data cannot be trusted. */
  DATA_LOSS(15),
  /** A code this binding does not list; {@link GongkaiException#rawCode()} has its value. */
  UNKNOWN(-1);

  private final int value;

  Code(int value) {
    this.value = value;
  }

  /** The C value; -1 for {@link #UNKNOWN}. */
  public int value() {
    return value;
  }

  /** The constant for a C value; {@link #UNKNOWN} for a value not listed. */
  public static Code of(int value) {
    for (Code code : values()) {
      if (code.value == value && code != UNKNOWN) {
        return code;
      }
    }
    return UNKNOWN;
  }
}
