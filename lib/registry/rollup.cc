#include "registry/impl.h"
namespace gongkai::registry {}  // namespace gongkai::registry
