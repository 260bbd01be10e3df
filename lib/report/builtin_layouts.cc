// The layouts compiled into the library from lib/report/layouts/*.textproto.
#include <algorithm>
#include <cstdlib>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/embedded.h"
#include "report/layout.h"

namespace gongkai::report {
namespace {

constexpr const char* kLayoutTexts[] = {
#include "builtin_layouts.inc"
};

std::vector<const Layout*> Load() {
  std::vector<const Layout*> layouts;
  for (const char* text : kLayoutTexts) {
    v1::LayoutSpec spec;
    // The files are checked by the layout tests; a broken one is a build defect, not input.
    ParseEmbeddedOrDie(text, &spec);
    auto layout = Layout::FromSpec(std::move(spec));
    if (!layout.ok()) std::abort();
    layouts.push_back(layout->release());  // lives as long as the process
  }
  std::sort(layouts.begin(), layouts.end(),
            [](const Layout* a, const Layout* b) { return a->id() < b->id(); });
  return layouts;
}

std::string KnownIds() {
  return absl::StrJoin(BuiltinLayouts(), ", ",
                       [](std::string* out, const Layout* l) { out->append(l->id()); });
}

}  // namespace

const std::vector<const Layout*>& BuiltinLayouts() {
  static const std::vector<const Layout*>* layouts = new std::vector<const Layout*>(Load());
  return *layouts;
}

absl::StatusOr<const Layout*> FindLayout(absl::string_view id) {
  for (const Layout* layout : BuiltinLayouts()) {
    if (layout->id() == id) return layout;
  }
  return absl::NotFoundError(
      absl::StrCat("layout: no layout \"", absl::CHexEscape(id), "\" (known: ", KnownIds(), ")"));
}

absl::StatusOr<const Layout*> LayoutFor(absl::string_view id, int year) {
  if (!id.empty()) return FindLayout(id);
  for (const Layout* layout : BuiltinLayouts()) {
    if (layout->Covers(year)) return layout;
  }
  return absl::NotFoundError(absl::StrCat("year: no report layout covers year ", year,
                                          " (the 条例 as revised applies from 2019)"));
}

}  // namespace gongkai::report
