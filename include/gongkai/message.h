/*
 * gongkai/message.h: Gongkai's protobuf messages between their binary wire form and the
 * standard protobuf JSON mapping.
 *
 * Every record and report crosses the C API as a serialized protobuf message of a type in
 * package gongkai.v1 (the .proto files are installed with the headers). These functions let
 * a caller without a protobuf runtime work in JSON instead. A type is named by its full name,
 * e.g. "gongkai.v1.Agency", as a NUL-terminated string.
 * Thread safety: every function here may be called from any number of threads at once.
 */
#ifndef GONGKAI_MESSAGE_H_
#define GONGKAI_MESSAGE_H_

#include "gongkai/buffer.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Flags for gongkai_message_to_json: bit flags, so they are enum constants combined with | into
 * the unsigned int `flags`, not values of an enum type. 0 gives compact JSON with lowerCamelCase
 * names that omits fields holding their default value, as the protobuf JSON mapping does. */
typedef enum gongkai_json_print_flag {
  GONGKAI_JSON_PRETTY = 1,       /* indented, one field per line */
  GONGKAI_JSON_PROTO_NAMES = 2,  /* use the .proto field names (snake_case) */
  GONGKAI_JSON_EMIT_DEFAULTS = 4 /* also print fields holding default values */
} gongkai_json_print_flag;

/* Flags for gongkai_message_from_json, combined the same way. 0 rejects fields the type does
 * not have. */
typedef enum gongkai_json_parse_flag {
  GONGKAI_JSON_IGNORE_UNKNOWN = 1 /* skip unknown fields instead of failing */
} gongkai_json_parse_flag;

/*
 * Converts the serialized message `data[0..size)` of type `type_name` to JSON in *out, as
 * `flags` (gongkai_json_print_flag values combined with |) say.
 * size 0 is the empty message (all fields default); data may then be NULL.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT if out or type_name is NULL, data is NULL with a
 * nonzero size, flags has an unknown bit, or the bytes do not parse as that type (truncated,
 * wrong wire types, a string field that is not UTF-8); GONGKAI_NOT_FOUND if no Gongkai message
 * type has that name. The caller frees *out with gongkai_buffer_free.
 */
GONGKAI_API gongkai_code gongkai_message_to_json(gongkai_buffer** out, unsigned int flags,
                                                 const char* type_name, const uint8_t* data,
                                                 size_t size);

/*
 * Parses the JSON text `json[0..size)` as a message of type `type_name` and writes its binary
 * serialization to *out; `flags` combines gongkai_json_parse_flag values.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT if out or type_name is NULL, json is NULL with a
 * nonzero size, flags has an unknown bit, the text is not UTF-8, not JSON, or does not fit the
 * type (the message names the field, but never quotes the input, which may hold personal
 * data); GONGKAI_NOT_FOUND for an unknown type name. The caller
 * frees *out with gongkai_buffer_free.
 */
GONGKAI_API gongkai_code gongkai_message_from_json(gongkai_buffer** out, unsigned int flags,
                                                   const char* type_name, const char* json,
                                                   size_t size);

/*
 * Writes the full names of all Gongkai message types to *out, sorted, one per line, each
 * line ending in "\n". Returns GONGKAI_OK, or GONGKAI_INVALID_ARGUMENT if out is NULL.
 */
GONGKAI_API gongkai_code gongkai_message_type_names(gongkai_buffer** out);

#ifdef __cplusplus
}
#endif

#endif /* GONGKAI_MESSAGE_H_ */
