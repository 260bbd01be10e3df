#include "cases/aggregate/columns.h"

#include <algorithm>
#include <climits>

#include "cases/aggregate/wire.h"
#include "messages/stream.h"

namespace gongkai::cases {

ApplicationFacts FactsOf(const v1::Application& a) {
  ApplicationFacts facts;
  facts.received = a.has_received()
                       ? DayKey(a.received().year(), a.received().month(), a.received().day())
                       : kNoDate;
  for (int i = 0; i < a.events_size(); ++i) {
    const v1::Event& e = a.events(i);
    if (!ApplicationFacts::Concludes(e.type())) continue;
    const int32_t day =
        e.has_date() ? DayKey(e.date().year(), e.date().month(), e.date().day()) : kNoDate;
    facts.AddEvent(i, e.type(), day, e.outcome());
  }
  facts.category = a.applicant().category();
  return facts;
}

template <typename Serialize>
void ApplicationColumns::AppendFacts(const ApplicationFacts& facts, absl::string_view id,
                                     Serialize serialized) {
  const bool open = facts.concluded == kNever;
  const bool whole = facts.Unplaceable() || facts.category < 0 ||
                     facts.category >= v1::ApplicantCategory_ARRAYSIZE ||
                     (!open && (facts.decisive < 0 || facts.decisive >= v1::Outcome_ARRAYSIZE));
  if (whole) kept_.emplace_back(size(), serialized());
  received_.push_back(whole ? kKeptWhole : facts.received);
  concluded_.push_back(facts.concluded);
  category_.push_back(whole ? 0 : static_cast<uint8_t>(facts.category));
  outcome_.push_back(whole || open ? 0 : static_cast<uint8_t>(facts.decisive));
  ids_.append(id.data(), id.size());
  id_end_.push_back(ids_.size());
  decisive_at_.push_back(facts.decisive_at);
}

void ApplicationColumns::Append(const v1::Application& application) {
  AppendFacts(FactsOf(application), application.id(),
              [&] { return application.SerializeAsString(); });
}

absl::Status ApplicationColumns::AppendStream(absl::string_view stream) {
  const size_t before = size();
  ApplicationReader reader(stream);
  size_t offset = 0;
  absl::string_view record, id;
  ApplicationFacts facts;
  while (offset < stream.size()) {
    if (!WireReaderAvailable() || !NextDelimited(stream, &offset, &record) ||
        record.size() > INT_MAX || !reader.Read(record, &facts, &id)) {
      // Malformed: the reference path says where (and, were the reader ever to refuse what
      // protobuf accepts, appends the records after all). Also the path without the reader.
      Truncate(before);
      v1::Application scratch;
      absl::Status status = messages::ForEachInStream(
          messages::Encoding::kBinary, stream, &scratch,
          [&](size_t, const google::protobuf::Message&) {
            Append(scratch);
            return absl::OkStatus();
          });
      if (!status.ok()) Truncate(before);
      return status;
    }
    AppendFacts(facts, id, [&] { return std::string(record); });
  }
  return absl::OkStatus();
}

void ApplicationColumns::Reserve(size_t records) {
  received_.reserve(size() + records);
  concluded_.reserve(size() + records);
  category_.reserve(size() + records);
  outcome_.reserve(size() + records);
  id_end_.reserve(size() + records);
  decisive_at_.reserve(size() + records);
}

void ApplicationColumns::Truncate(size_t records) {
  received_.resize(records);
  concluded_.resize(records);
  category_.resize(records);
  outcome_.resize(records);
  id_end_.resize(records);
  decisive_at_.resize(records);
  ids_.resize(records == 0 ? 0 : id_end_.back());
  while (!kept_.empty() && kept_.back().first >= records) kept_.pop_back();
}

absl::string_view ApplicationColumns::id(size_t i) const {
  const size_t begin = i == 0 ? 0 : id_end_[i - 1];
  return absl::string_view(ids_).substr(begin, id_end_[i] - begin);
}

size_t ApplicationColumns::MemoryBytes() const {
  size_t bytes = received_.capacity() * sizeof(int32_t) + concluded_.capacity() * sizeof(int32_t) +
                 category_.capacity() + outcome_.capacity() + ids_.capacity() +
                 id_end_.capacity() * sizeof(uint64_t) + decisive_at_.capacity() * sizeof(int32_t) +
                 kept_.capacity() * sizeof(kept_[0]);
  for (const auto& [index, record] : kept_) bytes += record.capacity();
  return bytes;
}

}  // namespace gongkai::cases
