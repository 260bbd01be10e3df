#include "cases/aggregate/facts.h"

namespace gongkai::cases {

ApplicationFacts FactsOf(const v1::Application& a) {
  ApplicationFacts facts;
  facts.received = a.has_received()
                       ? DayKey(a.received().year(), a.received().month(), a.received().day())
                       : kNoDate;
  for (int i = 0; i < a.events_size(); ++i) {
    const v1::Event& e = a.events(i);
    if (!Concludes(e.type())) continue;
    const int32_t day =
        e.has_date() ? DayKey(e.date().year(), e.date().month(), e.date().day()) : kNoDate;
    facts.AddEvent(i, e.type(), day, e.outcome());
  }
  facts.category = a.applicant().category();
  return facts;
}

}  // namespace gongkai::cases
