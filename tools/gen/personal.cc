#include "personal.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace gongkai::gen {
namespace {

constexpr absl::string_view kSurnames[] = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄",
                                           "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
constexpr absl::string_view kGiven[] = {"伟", "芳",   "娜",   "敏",   "静",   "丽",  "强", "磊",
                                        "洋", "艳",   "勇",   "军",   "杰",   "娟",  "涛", "明",
                                        "超", "秀英", "建华", "志强", "海燕", "桂兰"};
constexpr absl::string_view kStreets[] = {"示例路", "样本街", "虚构大道", "测试胡同", "演示巷"};
constexpr absl::string_view kWords[] = {"星河", "远航", "青禾", "明德",
                                        "安澜", "嘉实", "博远", "合众"};

// What applicants ask for; {place} is the agency's place name.
constexpr absl::string_view kRequests[] = {
    "请公开{place}示例街道示例小区房屋征收补偿方案及补偿标准",
    "请公开示例路道路改造工程的立项批复和施工许可文件",
    "请公开本人所在示例村2024年度集体土地征收的批准文件",
    "请公开示例地块国有建设用地使用权出让合同",
    "请公开{place}2024年度城市维护建设资金使用情况",
    "请公开针对示例公司作出的行政处罚决定书",
    "请公开示例小区违法建设拆除决定书及相关证据材料",
    "请公开示例项目环境影响评价文件的审批意见",
    "请公开本人申请最低生活保障的审批材料",
    "请公开示例学校新建工程的规划许可证及附图",
    "请公开{place}老旧小区综合整治项目的招标文件",
    "请公开示例河道治理工程的资金拨付明细",
    "请公开示例街道2024年度财政预算和决算",
    "请公开示例市场的消防安全检查记录",
    "请公开对本人投诉事项的调查处理结果",
    "请公开示例地铁站周边交通组织方案",
};

std::string Marked(std::string value, absl::string_view marker) {
  if (!marker.empty()) absl::StrAppend(&value, marker);
  return value;
}

std::string Organisation(v1::ApplicantCategory category, Rng& rng) {
  const absl::string_view word = rng.Of(kWords);
  switch (category) {
    case v1::APPLICANT_CATEGORY_COMMERCIAL:
      return absl::StrCat("示例", word, "科技有限公司（虚构）");
    case v1::APPLICANT_CATEGORY_RESEARCH:
      return absl::StrCat("示例", word, "研究院（虚构）");
    case v1::APPLICANT_CATEGORY_PUBLIC_INTEREST:
      return absl::StrCat("示例", word, "公益基金会（虚构）");
    case v1::APPLICANT_CATEGORY_LEGAL_SERVICES:
      return absl::StrCat("示例", word, "律师事务所（虚构）");
    case v1::APPLICANT_CATEGORY_OTHER:
      return absl::StrCat("示例", word, "小区业主委员会（虚构）");
    default:
      return "";
  }
}

}  // namespace

void FillPersonal(const AgencyNames& names, absl::string_view marker, int64_t serial, Rng& rng,
                  v1::Application* application) {
  // One draw per statement: the order in which a call's arguments are evaluated is unspecified,
  // and the same seed must give the same record with every compiler.
  v1::Applicant* a = application->mutable_applicant();
  const bool person = a->category() == v1::APPLICANT_CATEGORY_NATURAL_PERSON;
  const absl::string_view surname = rng.Of(kSurnames);
  const absl::string_view given = rng.Of(kGiven);
  a->set_name(Marked(absl::StrCat(surname, given, "（虚构）"), marker));
  // Region code 000000 does not exist: no real identity or organisation number looks like this.
  std::string id_number;
  if (person) {
    const int64_t born = rng.Uniform(1950, 2004);
    const int64_t month = rng.Uniform(1, 12);
    const int64_t day = rng.Uniform(1, 28);
    const int64_t order = rng.Uniform(0, 999);
    const int64_t check = rng.Uniform(0, 10);
    id_number = absl::StrFormat("000000%04d%02d%02d%03d%s", born, month, day, order,
                                check == 10 ? "X" : absl::StrCat(check));
  } else {
    id_number = absl::StrFormat("000000%012d", rng.Uniform(0, 999999999999));
  }
  a->set_id_number(Marked(std::move(id_number), marker));
  const absl::string_view street = rng.Of(kStreets);
  const int64_t number = rng.Uniform(1, 299);
  const int64_t unit = rng.Uniform(1, 6);
  a->set_address(
      Marked(absl::StrCat(names.place, street, number, "号", unit, "单元（虚构地址）"), marker));
  a->set_phone(Marked(absl::StrFormat("000%08d", rng.Uniform(0, 99999999)), marker));
  const bool org_domain = rng.Chance(1, 2);
  a->set_email(
      Marked(absl::StrFormat("applicant%d@%s", serial, org_domain ? "example.org" : "example.com"),
             marker));
  std::string organisation = Organisation(a->category(), rng);
  if (!organisation.empty() || !marker.empty()) a->set_organisation(Marked(organisation, marker));
  std::string request(rng.Of(kRequests));
  if (const size_t at = request.find("{place}"); at != std::string::npos) {
    request.replace(at, 7, names.local);
  }
  application->set_request(Marked(absl::StrCat(request, "（示例申请）"), marker));
}

}  // namespace gongkai::gen
