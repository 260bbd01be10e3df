#include "annual/problem_text.h"

namespace gongkai::annual {
namespace {

struct Entry {
  absl::string_view key;
  absl::string_view zh;
};

// docs/annual.md, "Record problems": the same rules in the same order.
constexpr Entry kRules[] = {
    {"X-other-agency", "记录属于其他机关，未计入"},
    {"D-invalid", "主动公开记录不完整或有误，未计入"},
    {"D-index-missing", "没有索引号（第十二条）"},
    {"D-index-scheme", "索引号不符合本机关的编制规则"},
    {"D-duplicate-index", "索引号与另一条记录重复，未计入"},
    {"D-published-not-proactive", "已经公开，但公开属性不是主动公开"},
    {"D-late", "本年度公开，但晚于第二十六条规定的期限"},
    {"D-overdue", "第二十六条规定的期限在12月31日前届满，截至年底仍未公开"},
    {"D-slip-missing", "所注明的发文签批单不在记录中"},
    {"D-slip-not-cleared", "已经公开，但发文签批单未经保密审查确定为主动公开"},
    {"D-attribute-mismatch", "公开属性与发文签批单确定的不一致"},
    {"SLIP-invalid", "发文签批单的审签过程不符合审查规则"},
    {"SLIP-duplicate", "发文签批单编号重复，未计入"},
    {"A-history", "申请的办理过程不符合规则"},
    {"A-unplaceable", "申请无法归入表三（如缺少收到日期、申请人类别或办理结果），未计入"},
    {"R-invalid", "行政复议、行政诉讼记录有误，未计入"},
};

constexpr Entry kKinds[] = {
    {"disclosure", "主动公开记录"},
    {"slip", "发文签批单"},
    {"application", "政府信息公开申请"},
    {"remedy", "行政复议、行政诉讼案件"},
};

}  // namespace

absl::string_view ProblemRuleZh(absl::string_view rule) {
  for (const Entry& e : kRules) {
    if (e.key == rule) return e.zh;
  }
  return "";
}

absl::string_view RecordKindZh(absl::string_view kind) {
  for (const Entry& e : kKinds) {
    if (e.key == kind) return e.zh;
  }
  return kind;
}

}  // namespace gongkai::annual
