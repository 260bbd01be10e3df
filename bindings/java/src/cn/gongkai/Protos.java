package cn.gongkai;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Messages to and from the bytes the C API takes. Apart from Lib so that Lib links without
 * protobuf-java, and a missing protobuf.jar gets Lib's clear message.
 */
final class Protos {
  private Protos() {}

  /** Several messages as one length-delimited stream (a varint size before each). */
  static byte[] delimited(Iterable<? extends MessageLite> messages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (MessageLite message : messages) {
        message.writeDelimitedTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // a ByteArrayOutputStream does not throw
    }
    return out.toByteArray();
  }

  /** Library output parsed as the message it must be; a failure is a bug in Gongkai. */
  static <T> T parse(Parser<T> parser, byte[] data, String what) {
    try {
      return parser.parseFrom(data);
    } catch (InvalidProtocolBufferException e) {
      throw new GongkaiException(Code.INTERNAL, "gongkai: the library returned a " + what
          + " that does not parse: " + e.getMessage());
    }
  }
}
