package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import com.google.protobuf.Internal;
import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Gongkai's protobuf messages between their binary form and the standard protobuf JSON mapping,
 * converted by the library itself (so JSON reads and prints exactly as the C API does). A type is
 * a generated class of cn.gongkai.v1 or its full name, e.g. "gongkai.v1.Agency".
 * Thread safety: every method may be called from any number of threads at once.
 */
public final class Messages {
  /** How JSON is printed; none gives compact JSON in lowerCamelCase without default values. */
  public enum Print {
    /** Indented, one field per line. */
    PRETTY(GongkaiLibrary.GONGKAI_JSON_PRETTY),
    /** The .proto field names (snake_case) instead of lowerCamelCase. */
    PROTO_NAMES(GongkaiLibrary.GONGKAI_JSON_PROTO_NAMES),
    /** Also fields holding their default value. */
    EMIT_DEFAULTS(GongkaiLibrary.GONGKAI_JSON_EMIT_DEFAULTS);

    private final int bit;

    Print(int bit) {
      this.bit = bit;
    }

    /** The GONGKAI_JSON_* bit. */
    public int bit() {
      return bit;
    }
  }

  private Messages() {}

  /** The full names of every Gongkai message type, sorted ("gongkai.v1.Agency", ...). */
  public static List<String> typeNames() {
    GongkaiLibrary lib = Lib.get();
    return Lib.callForText(out -> lib.gongkai_message_type_names(out)).lines().toList();
  }

  /** `message` as JSON. */
  public static String toJson(Message message, Print... options) {
    return toJson(message.getDescriptorForType().getFullName(), message.toByteArray(), options);
  }

  /**
   * The serialized message `data` of type `typeName` as JSON. Throws GongkaiException:
   * NOT_FOUND for an unknown type, INVALID_ARGUMENT for bytes that do not parse as it.
   */
  public static String toJson(String typeName, byte[] data, Print... options) {
    GongkaiLibrary lib = Lib.get();
    CString name = Lib.name(typeName, "type_name");
    int flags = 0;
    for (Print option : options) {
      flags |= option.bit;
    }
    int f = flags;
    return Lib.callForText(out -> lib.gongkai_message_to_json(out, f, name, data, Lib.size(data)));
  }

  /** Parses JSON as a message of class `type`; unknown fields are an error. */
  public static <T extends Message> T fromJson(Class<T> type, String json) {
    return fromJson(type, json, false);
  }

  /**
   * Parses JSON as a message of class `type`, skipping unknown fields if `ignoreUnknown`.
   * Throws GongkaiException INVALID_ARGUMENT for text that is not JSON or does not fit the type
   * (the message names the field but never quotes the input).
   */
  public static <T extends Message> T fromJson(Class<T> type, String json, boolean ignoreUnknown) {
    T prototype = Internal.getDefaultInstance(type);
    byte[] data = fromJson(prototype.getDescriptorForType().getFullName(), Lib.utf8(json), ignoreUnknown);
    @SuppressWarnings("unchecked")
    T message = (T) Protos.parse(prototype.getParserForType(), data, type.getSimpleName());
    return message;
  }

  /** Parses JSON text as a message of type `typeName`; returns its binary serialization. */
  public static byte[] fromJson(String typeName, String json, boolean ignoreUnknown) {
    return fromJson(typeName, json.getBytes(StandardCharsets.UTF_8), ignoreUnknown);
  }

  /** As {@link #fromJson(String, String, boolean)}, for JSON given as UTF-8 bytes (checked by
   * the library). */
  public static byte[] fromJson(String typeName, byte[] utf8Json, boolean ignoreUnknown) {
    GongkaiLibrary lib = Lib.get();
    CString name = Lib.name(typeName, "type_name");
    int flags = ignoreUnknown ? GongkaiLibrary.GONGKAI_JSON_IGNORE_UNKNOWN : 0;
    return Lib.callForBuffer(
        out -> lib.gongkai_message_from_json(out, flags, name, utf8Json, Lib.size(utf8Json)));
  }
}
