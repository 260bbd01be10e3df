// How publication channels are named for people (headline figures, rendered summaries).
#ifndef GONGKAI_LIB_DISCLOSURE_CHANNEL_H_
#define GONGKAI_LIB_DISCLOSURE_CHANNEL_H_

#include "absl/strings/string_view.h"
#include "gongkai/v1/disclosure.pb.h"

namespace gongkai::disclosure {

// "政府网站", "政府公报", "政务新媒体", ...; "未知渠道" for a value outside the enum.
absl::string_view ChannelLabel(v1::PublicationChannel channel);

}  // namespace gongkai::disclosure

#endif  // GONGKAI_LIB_DISCLOSURE_CHANNEL_H_
