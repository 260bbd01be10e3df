// Section 一's sentences: templates as data, filled from gongkai.v1.Headline by field name.
#include "annual/narrative.h"

#include <cstdint>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "disclosure/channel.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"

namespace gongkai::annual {
namespace {

constexpr absl::string_view kTitle = "总体情况：由记录得出的数字";

// One sentence: `text` with each {field} replaced by that int64 field of the message the
// sentence is about: the Headline, or, for the per-channel sentence, each ChannelCount of
// Headline.channels (where {channel} is the channel's name for people).
struct Sentence {
  absl::string_view text;
  bool per_channel;
};

constexpr Sentence kSentences[] = {
    {"主动公开信息 {items_published} 条"
     "（文件 {documents_published} 条，政策解读等 {interpretations_published} 条）",
     false},
    {"{channel}：{publications} 次", true},
    {"超过第二十六条期限公开 {late_publications} 条；"
     "截至12月31日逾期未公开 {overdue_at_year_end} 条",
     false},
    {"新收政府信息公开申请 {applications_received} 件，"
     "上年结转 {applications_carried_over} 件，"
     "本年办结 {applications_concluded} 件",
     false},
    {"新发生行政复议、行政诉讼 {remedies_filed} 件", false},
};

// `text` with every {name} replaced by the int64 field `name` of `message` ({channel}: the
// label of a ChannelCount's channel). A name the message lacks is a bug in kSentences: it is
// left as written, and the narrative tests catch it.
std::string Fill(absl::string_view text, const google::protobuf::Message& message) {
  const google::protobuf::Descriptor* type = message.GetDescriptor();
  const google::protobuf::Reflection* reflection = message.GetReflection();
  std::string out;
  while (!text.empty()) {
    const size_t open = text.find('{');
    const size_t close = open == absl::string_view::npos ? open : text.find('}', open);
    if (close == absl::string_view::npos) break;
    absl::StrAppend(&out, text.substr(0, open));
    const absl::string_view name = text.substr(open + 1, close - open - 1);
    const google::protobuf::FieldDescriptor* field = type->FindFieldByName(std::string(name));
    if (name == "channel" && type == v1::ChannelCount::descriptor()) {
      absl::StrAppend(
          &out, disclosure::ChannelLabel(static_cast<const v1::ChannelCount&>(message).channel()));
    } else if (field != nullptr && !field->is_repeated() &&
               field->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_INT64) {
      absl::StrAppend(&out, reflection->GetInt64(message, field));
    } else {
      absl::StrAppend(&out, text.substr(open, close - open + 1));
    }
    text.remove_prefix(close + 1);
  }
  absl::StrAppend(&out, text);
  return out;
}

}  // namespace

v1::Narrative NarrativeOf(const v1::Headline& headline) {
  v1::Narrative narrative;
  narrative.set_title(std::string(kTitle));
  for (const Sentence& sentence : kSentences) {
    if (!sentence.per_channel) {
      v1::NarrativeLine* line = narrative.add_lines();
      line->set_text(Fill(sentence.text, headline));
      continue;
    }
    for (const v1::ChannelCount& channel : headline.channels()) {
      v1::NarrativeLine* line = narrative.add_lines();
      line->set_depth(1);
      line->set_text(Fill(sentence.text, channel));
    }
  }
  return narrative;
}

std::string NarrativeText(const v1::Narrative& narrative, bool markdown) {
  std::string text = markdown ? absl::StrCat("## ", narrative.title(), "\n\n")
                              : absl::StrCat(narrative.title(), "\n");
  for (const v1::NarrativeLine& line : narrative.lines()) {
    absl::StrAppend(&text, markdown ? "- " : "  ");
    for (int32_t d = 0; d < line.depth(); ++d) absl::StrAppend(&text, "  ");
    absl::StrAppend(&text, line.text(), "\n");
  }
  return text;
}

}  // namespace gongkai::annual
