#include "disclosure/channel.h"

namespace gongkai::disclosure {

absl::string_view ChannelLabel(v1::PublicationChannel channel) {
  switch (channel) {
    case v1::PUBLICATION_CHANNEL_PORTAL:
      return "政府网站";
    case v1::PUBLICATION_CHANNEL_GAZETTE:
      return "政府公报";
    case v1::PUBLICATION_CHANNEL_NEW_MEDIA:
      return "政务新媒体";
    case v1::PUBLICATION_CHANNEL_PRESS_CONFERENCE:
      return "新闻发布会";
    case v1::PUBLICATION_CHANNEL_NEWSPAPER:
      return "报刊";
    case v1::PUBLICATION_CHANNEL_BROADCAST:
      return "广播电视";
    case v1::PUBLICATION_CHANNEL_READING_ROOM:
      return "查阅场所";
    case v1::PUBLICATION_CHANNEL_OTHER:
      return "其他渠道";
    default:
      return "未知渠道";
  }
}

}  // namespace gongkai::disclosure
