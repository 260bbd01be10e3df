// Data the library carries in its binary (gongkai_embed in cmake/helpers.cmake): the layouts,
// the calendars, the outcome rows, the slip workflows.
#ifndef GONGKAI_LIB_COMMON_EMBEDDED_H_
#define GONGKAI_LIB_COMMON_EMBEDDED_H_

#include "google/protobuf/message.h"

namespace gongkai {

// Parses `text`, an embedded text-format file, into `message`. The files are checked by the
// tests, so one that does not parse is a defect of the build, not input: the process aborts.
void ParseEmbeddedOrDie(const char* text, google::protobuf::Message* message);

}  // namespace gongkai

#endif  // GONGKAI_LIB_COMMON_EMBEDDED_H_
