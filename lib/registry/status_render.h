// A registry's status of a year (Registry::Status) as text, as JSON, and as the page a reviewer
// opens. Every form lists the agencies in the status' order (depth first, children in id order)
// and ends with the totals and whether the tree is complete.
#ifndef GONGKAI_LIB_REGISTRY_STATUS_RENDER_H_
#define GONGKAI_LIB_REGISTRY_STATUS_RENDER_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/registry.pb.h"

namespace gongkai::registry {

// The state's word: "missing", "filed", "locked", "accepted".
absl::string_view StateName(v1::AgencyStatus::State state);

// One line per agency, indented two spaces per depth: id, name, state, latest version and open
// findings; then a summary line ("2024, every agency: 5 expected, 1 missing, 1 filed, 0 locked,
// 3 accepted: incomplete").
std::string RenderStatusText(const v1::RegistryStatus& status);

// The protobuf JSON mapping of `status`, indented, ending with a newline.
absl::StatusOr<std::string> RenderStatusJson(const v1::RegistryStatus& status);

// A self-contained UTF-8 HTML page (no script, no external resource): a heading with the year and
// scope, the completeness (<p class="completeness complete|incomplete">), the totals
// (<td data-total="expected|missing|filed|locked|accepted">), and the tree as
// <table class="registry-status">, one <tr class="state-STATE" data-agency="ID"
// data-depth="D"> per agency, its name indented by depth. Text is escaped.
std::string RenderStatusHtml(const v1::RegistryStatus& status);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_STATUS_RENDER_H_
