#include "bench_scale.h"

namespace gongkai::bench {

std::vector<int64_t> RecordCounts(Scale scale) {
  switch (scale) {
    case Scale::kSmoke:
      return {1000};
    case Scale::kDefault:
      return {1000, 10000, 100000, 1000000};
    case Scale::kFull:
      return {1000, 10000, 100000, 1000000, 10000000};
  }
  return {};
}

}  // namespace gongkai::bench
