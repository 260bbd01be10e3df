// Small builders of disclosure records for the tests.
#ifndef GONGKAI_TESTS_DISCLOSURE_RECORDS_H_
#define GONGKAI_TESTS_DISCLOSURE_RECORDS_H_

#include <string>

#include "calendar/calendar.h"
#include "gongkai/v1/disclosure.pb.h"

namespace gongkai::disclosure::testing {

inline v1::Date D(int y, int m, int d) { return calendar::ToProto(absl::CivilDay(y, m, d)); }

// A 主动公开 record formed on `generated`, of `kind`, with no publication yet.
inline v1::Disclosure Record(const std::string& id, v1::Date generated,
                             v1::DocumentKind kind = v1::DOCUMENT_KIND_OTHER) {
  v1::Disclosure r;
  r.set_id(id);
  r.set_agency_id("agency");
  r.set_title("关于印发某办法的通知");
  *r.mutable_generated() = generated;
  r.set_kind(kind);
  r.set_attribute(v1::PUBLIC_ATTRIBUTE_PROACTIVE);
  return r;
}

inline void Publish(v1::Disclosure* r, v1::PublicationChannel channel, v1::Date date) {
  v1::Publication* p = r->add_publications();
  p->set_channel(channel);
  *p->mutable_date() = date;
}

}  // namespace gongkai::disclosure::testing

#endif  // GONGKAI_TESTS_DISCLOSURE_RECORDS_H_
