// A lower domain reaching up: what architecture.layering_self_test must refuse.
#include "cases/aggregate/aggregate.h"
