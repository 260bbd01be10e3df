// The fast way into Table3Aggregator: a binary stream read by the wire reader. It places by the
// facts of aggregate/facts.h with Place (aggregate/placement.h), as Add does, and hands every
// record with a problem that still needs its sample message to Add itself.
#include <climits>
#include <string>
#include <utility>

#include "cases/aggregate/aggregate.h"
#include "cases/aggregate/wire.h"

namespace gongkai::cases {

int Table3Aggregator::AddFacts(const ApplicationFacts& facts) {
  const Placement placement = Place(facts, index_, days_);
  switch (placement.kind) {
    case Placement::Kind::kCounted:
      ++records_seen_;
      CountPlaced(placement);
      return kPlaced;
    case Placement::Kind::kOutside:
      ++records_seen_;
      ++records_outside_;
      return kOutside;
    case Placement::Kind::kProblem:
      break;
  }
  return static_cast<int>(placement.problem);
}

void Table3Aggregator::CountProblem(int problem, absl::string_view record) {
  if (problems_.samples().size() < PlacementProblems::kMaxSamples) {
    v1::Application application;
    // The wire reader accepted these bytes, so protobuf does too.
    application.ParseFromArray(record.data(), static_cast<int>(record.size()));
    Add(application);
    return;
  }
  ++records_seen_;
  problems_.Add({}, static_cast<PlacementProblem>(problem), [] { return std::string(); });
}

bool Table3Aggregator::AddWireStream(absl::string_view stream) {
  ApplicationReader reader(stream);
  size_t offset = 0;
  absl::string_view record, id;
  ApplicationFacts facts;
  while (offset < stream.size()) {
    // messages::ParseBinary refuses a record over 2 GiB; the reference path says so.
    if (!NextDelimited(stream, &offset, &record) || record.size() > INT_MAX ||
        !reader.Read(record, &facts, &id)) {
      return false;
    }
    const int placed = AddFacts(facts);
    if (placed >= 0) CountProblem(placed, record);
  }
  return true;
}

absl::Status Table3Aggregator::AddStream(messages::Encoding encoding, absl::string_view stream) {
  if (encoding != messages::Encoding::kBinary || !WireReaderAvailable()) {
    return AddStreamByMessages(encoding, stream);
  }
  Table3Aggregator before = *this;
  if (AddWireStream(stream)) return absl::OkStatus();
  // Malformed: the reference path finds the same error and names it (and, were the wire reader
  // ever to refuse what protobuf accepts, adds the stream after all).
  *this = std::move(before);
  return AddStreamByMessages(encoding, stream);
}

}  // namespace gongkai::cases
