// The reference model of table 三 (as LevelDB's db_test.cc checks the DB against ModelDB): an
// independent, plain reading of each Application message and its placement, written apart from
// the library's one rule (lib/cases/aggregate/facts.h, placement.h) so that the differential
// tests (wire_test.cc) can compare every path into Table3Aggregator with it: the same table,
// the same record counts, the same problems with the same sampled messages.
//
// Slow and simple on purpose: a message is read field by field, in history order, once per
// report year. The mapping is resolved by the library (IndexTable3, tested in outcome_test.cc).
#ifndef GONGKAI_TESTS_CASES_AGGREGATE_MODEL_H_
#define GONGKAI_TESTS_CASES_AGGREGATE_MODEL_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cases/aggregate/aggregate.h"
#include "cases/aggregate/outcome.h"
#include "gongkai/v1/application.pb.h"
#include "report/layout.h"

namespace gongkai::cases::testing {

class Table3Model {
 public:
  // Table 三 of `year` in `layout`, with `mapping` replacing the layout's built-in one when
  // not null. Dies if the library refuses the layout or mapping.
  Table3Model(int year, const report::Layout& layout, const v1::OutcomeMapping* mapping = nullptr);

  void Add(const v1::Application& application);
  template <typename Range>
  void AddAll(const Range& records) {
    for (const v1::Application& a : records) Add(a);
  }

  // Everything the model found, in the form of Describe(const Table3Aggregator&).
  std::string Describe() const;

 private:
  void Problem(const std::string& id, PlacementProblem kind, const std::string& message);

  int year_;
  const report::Layout* layout_;
  Table3Index index_;
  // counts_[row][category], leaf rows of the section.
  std::vector<std::vector<int64_t>> counts_;
  int64_t seen_ = 0, counted_ = 0, outside_ = 0;
  std::map<PlacementProblem, int64_t> problems_;
  std::vector<std::string> samples_;
};

// What an aggregator says, comparable with Table3Model::Describe: the record counts, the problem
// counts, every cell of table 三, the sampled problems.
std::string Describe(const Table3Aggregator& aggregator);

}  // namespace gongkai::cases::testing

#endif  // GONGKAI_TESTS_CASES_AGGREGATE_MODEL_H_
