#include "annual/slip_links.h"

#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"

namespace gongkai::annual {
namespace {

using Model = std::vector<std::tuple<std::string, std::string, int, bool>>;

Model Read(const SlipLinks& links) {
  Model out;
  links.ForEach([&](const SlipLinks::Link& l) {
    out.emplace_back(std::string(l.disclosure_id), std::string(l.slip_id), l.attribute,
                     l.published);
  });
  EXPECT_EQ(out.size(), links.size());
  return out;
}

void Add(SlipLinks& links, Model& model, std::string d, std::string s, int attribute,
         bool published) {
  links.Add(d, s, static_cast<v1::PublicAttribute>(attribute), published);
  model.emplace_back(std::move(d), std::move(s), attribute, published);
}

// Against a vector of the same links: adding across chunk boundaries, ids longer than a chunk,
// truncating anywhere (as a stream's undo does) and adding again, appending, and copying.
TEST(SlipLinks, KeepsWhatAVectorWouldInOrder) {
  std::mt19937 rng(19);
  SlipLinks links;
  Model model;
  for (int round = 0; round < 40; ++round) {
    const int adds = std::uniform_int_distribution<int>(0, 3000)(rng);
    for (int i = 0; i < adds; ++i) {
      const size_t long_id = rng() % 500 == 0 ? 70000 + rng() % 100 : 0;
      std::string d = "D-" + std::to_string(rng()) + std::string(long_id, 'x');
      std::string s = rng() % 7 == 0 ? "S-共用" : "S-" + std::to_string(rng() % 1000);
      // Attributes outside the enum too: proto3 keeps unknown values.
      Add(links, model, std::move(d), std::move(s), static_cast<int>(rng() % 5) - 1, rng() % 2);
    }
    if (rng() % 3 == 0) {
      const size_t keep = model.empty() ? 0 : rng() % (model.size() + 1);
      links.Truncate(keep);
      model.resize(keep);
    }
    ASSERT_EQ(Read(links), model) << "round " << round;
  }
  links.Truncate(model.size() + 5);  // beyond the end: nothing changes
  EXPECT_EQ(Read(links), model);

  SlipLinks copy = links;  // a copy keeps no spare capacity, and still takes more
  Model copied = model;
  Add(copy, copied, "D-after-copy", "S-1", 1, true);
  copy.Append(links);
  copied.insert(copied.end(), model.begin(), model.end());
  EXPECT_EQ(Read(copy), copied);
  EXPECT_EQ(Read(links), model);

  links.Truncate(0);
  EXPECT_EQ(links.size(), 0u);
  Add(links, model = {}, "D-1", "S-1", 1, false);
  EXPECT_EQ(Read(links), model);
}

}  // namespace
}  // namespace gongkai::annual
