// Proactive disclosures (主动公开, 第十九–二十六条) with their catalogue entries, publications and
// companions, and the issuance slips of official documents, following the built-in "common"
// review workflow: the drafting unit proposes, the disclosure office approves, the secrecy
// review passes, the signer signs (proto/gongkai/v1/slip.proto).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "context.h"
#include "generate.h"
#include "plans.h"

namespace gongkai::gen {
namespace {

// ---- content ----

struct Subject {
  const char* name;
  const char* topic;  // 主题分类 (国务院公文主题分类)
};
constexpr Subject kSubjects[] = {
    {"老旧小区综合整治", "城乡建设、环境保护"},
    {"生活垃圾分类", "城乡建设、环境保护"},
    {"停车设施建设", "城乡建设、环境保护"},
    {"优化营商环境", "综合政务"},
    {"居家养老服务", "民政、扶贫、救灾"},
    {"公共租赁住房", "城乡建设、环境保护"},
    {"中小微企业发展", "工业、交通"},
    {"就业创业", "劳动、人事、监察"},
    {"安全生产", "公安、安全、司法"},
    {"河湖长制", "农业、林业、水利"},
    {"燃气安全", "城乡建设、环境保护"},
    {"物业管理", "城乡建设、环境保护"},
    {"托育服务", "卫生、体育"},
    {"义务教育", "科技、教育"},
    {"文化产业", "文化、广电、新闻出版"},
    {"医疗保障", "卫生、体育"},
    {"乡村振兴", "农业、林业、水利"},
    {"城市更新", "城乡建设、环境保护"},
    {"财政资金管理", "财政、金融、审计"},
    {"政务服务", "综合政务"},
};

constexpr const char* kDepartments[] = {
    "发展和改革委员会",
    "教育委员会",
    "科学技术和信息化局",
    "民政局",
    "司法局",
    "财政局",
    "人力资源和社会保障局",
    "生态环境局",
    "住房和城乡建设委员会",
    "城市管理委员会",
    "交通委员会",
    "水务局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "卫生健康委员会",
    "退役军人事务局",
    "应急管理局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
};

struct Title {
  const char* text;
  const char* genre;  // 体裁
};

// Per item of 第二十条 (0: none, e.g. work news), for records that are not official documents.
struct ItemContent {
  int item;
  const char* category;  // 组配分类
  const char* topic;     // 主题分类 of titles that name no subject
  std::vector<Title> titles;
};
const ItemContent kItems[] = {
    {0,
     "工作动态",
     "综合政务",
     {{"{local}召开{subject}工作推进会", "其他"},
      {"{local}{subject}工作取得阶段性成效", "其他"},
      {"{dept}扎实推进{subject}工作", "其他"}}},
    {2,
     "机构职能",
     "综合政务",
     {{"{dept}机构职能", "其他"},
      {"{dept}办公地址、办公时间和联系方式", "其他"},
      {"{dept}领导信息", "其他"}}},
    {3,
     "规划计划",
     "国民经济管理、国有资产监管",
     {{"{local}{subject}专项规划（{year}—{year5}年）", "规划"},
      {"{local}{year}年{subject}工作计划", "计划"}}},
    {4,
     "统计信息",
     "国民经济管理、国有资产监管",
     {{"{local}{year}年1—{month}月经济运行情况", "报告"},
      {"{local}{prevyear}年国民经济和社会发展统计公报", "公报"}}},
    {5,
     "行政许可",
     "综合政务",
     {{"{dept}行政许可决定公示（{year}年第{n}期）", "公示"},
      {"{dept}关于准予{subject}相关行政许可的决定", "决定"}}},
    {6,
     "行政处罚",
     "公安、安全、司法",
     {{"{dept}行政处罚决定信息公示（{year}年第{n}期）", "公示"},
      {"{dept}行政强制措施信息公示（{year}年第{n}期）", "公示"}}},
    {7,
     "财政预决算",
     "财政、金融、审计",
     {{"{dept}{year}年部门预算", "报告"}, {"{dept}{prevyear}年部门决算", "报告"}}},
    {8, "收费信息", "财政、金融、审计", {{"{local}行政事业性收费目录清单（{year}年版）", "目录"}}},
    {9,
     "政府采购",
     "财政、金融、审计",
     {{"{local}{subject}项目采购公告", "公告"},
      {"{local}{subject}项目中标（成交）结果公告", "公告"}}},
    {10,
     "重大建设项目",
     "城乡建设、环境保护",
     {{"{local}{subject}重大建设项目批准信息", "公告"},
      {"{local}{year}年重大项目实施进展情况", "报告"}}},
    {11,
     "民生保障",
     "民政、扶贫、救灾",
     {{"{local}{year}年城乡居民最低生活保障标准调整公示", "公示"},
      {"{dept}关于发放{year}年一次性稳岗补贴的公示", "公示"},
      {"{local}{year}年{subject}惠民政策清单", "其他"}}},
    {12,
     "应急管理",
     "公安、安全、司法",
     {{"{local}{subject}突发事件应急预案", "预案"},
      {"{local}气象灾害预警信息（{year}年第{n}号）", "公告"}}},
    {13,
     "监督检查",
     "市场监管、安全生产监管",
     {{"{dept}{year}年第{quarter}季度食品安全监督抽检信息", "通报"},
      {"{local}{year}年第{quarter}季度安全生产执法检查情况", "通报"},
      {"{dept}{year}年重点排污单位监督性监测结果", "通报"}}},
    {14,
     "人事信息",
     "劳动、人事、监察",
     {{"{local}{year}年度考试录用公务员拟录用人员公示", "公示"},
      {"{dept}{year}年公开招聘事业单位工作人员公告", "公告"}}},
    {15,
     "其他",
     "综合政务",
     {{"{dept}关于{subject}有关事项的公告", "公告"}, {"{local}{year}年{subject}工作要点", "其他"}}},
};
// Weights of kItems for ordinary records, per 1,000.
constexpr int kItemWeights[] = {150, 20, 20, 40, 200, 150, 30, 5, 60, 30, 100, 20, 80, 15, 80};
static_assert(std::size(kItemWeights) == std::size(kItems));

const Title kNormativeGovernment[] = {
    {"{gov}关于印发《{local}{subject}管理办法》的通知", "通知"},
    {"{gov}关于进一步加强{subject}工作的实施意见", "意见"},
    {"{gov}关于印发《{local}支持{subject}若干措施》的通知", "通知"},
};
const Title kNormativeOffice[] = {
    {"{office}关于印发《{local}{subject}实施细则》的通知", "通知"},
    {"{office}关于做好{subject}工作的通知", "通知"},
};
const Title kRules[] = {{"{place}{subject}管理办法", "令"}, {"{place}{subject}管理规定", "令"}};
const Title kOfficialProactive[] = {
    {"{gov}关于{local}{year}年{subject}工作安排的通知", "通知"},
    {"{office}关于开展{subject}专项行动的通知", "通知"},
    {"{gov}关于{subject}有关事项的批复", "批复"},
};
const Title kOfficialOnRequest[] = {
    {"{gov}关于{dept}{subject}项目资金安排的批复", "批复"},
};
constexpr int kOfficialItems[] = {3, 11, 12, 15};

// ---- slips ----

// Each ground of 不予公开 with its weight, the reason written on the slip, and a title of the
// kind of document withheld on it.
struct GroundText {
  v1::WithholdGround ground;
  int weight;
  const char* reason;
  Title title;
};
const GroundText kGrounds[] = {
    {v1::WITHHOLD_GROUND_INTERNAL_AFFAIRS,
     45,
     "属于机关内部人事管理等内部事务信息（第十六条第一款）",
     {"{office}关于调整{local}{subject}工作领导小组成员的通知", "通知"}},
    {v1::WITHHOLD_GROUND_PROCESS,
     30,
     "属于讨论记录、过程稿、请示报告等过程性信息（第十六条第二款）",
     {"{office}关于{subject}有关问题的请示", "请示"}},
    {v1::WITHHOLD_GROUND_STATE_SECRET,
     10,
     "经保密审查，文件内容涉及国家秘密（第十四条）",
     {"{gov}关于{subject}重要设施安全防护工作的通知", "通知"}},
    {v1::WITHHOLD_GROUND_THIRD_PARTY,
     8,
     "涉及第三方商业秘密和个人隐私，公开会损害其合法权益（第十五条）",
     {"{office}关于{dept}{subject}项目企业补助资金分配的通知", "通知"}},
    {v1::WITHHOLD_GROUND_SECURITY,
     4,
     "公开后可能危及社会稳定（第十四条）",
     {"{gov}关于{subject}领域矛盾纠纷排查化解工作的通知", "通知"}},
    {v1::WITHHOLD_GROUND_PROHIBITED,
     2,
     "法律、行政法规禁止公开（第十四条）",
     {"{office}关于{subject}有关统计调查原始资料管理的通知", "通知"}},
    {v1::WITHHOLD_GROUND_ENFORCEMENT_FILE,
     1,
     "属于行政执法案卷信息（第十六条第二款）",
     {"{dept}关于{subject}专项执法检查案卷的报告", "报告"}},
};

const GroundText& Ground(v1::WithholdGround ground) {
  for (const GroundText& g : kGrounds) {
    if (g.ground == ground) return g;
  }
  return kGrounds[0];
}

const char* ReturnReason(v1::SlipRole role) {
  switch (role) {
    case v1::SLIP_ROLE_DISCLOSURE_OFFICE:
      return "公开属性的理由不充分，请补充说明后重新报送";
    case v1::SLIP_ROLE_SECRECY_REVIEWER:
      return "部分内容需进一步进行保密审查，请修改后重新报送";
    default:
      return "请进一步核实公开属性、公开时间和公开方式";
  }
}

const char* ChannelName(v1::PublicationChannel c) {
  switch (c) {
    case v1::PUBLICATION_CHANNEL_PORTAL:
      return "政府网站";
    case v1::PUBLICATION_CHANNEL_GAZETTE:
      return "政府公报";
    case v1::PUBLICATION_CHANNEL_NEW_MEDIA:
      return "政务新媒体";
    case v1::PUBLICATION_CHANNEL_PRESS_CONFERENCE:
      return "新闻发布会";
    case v1::PUBLICATION_CHANNEL_NEWSPAPER:
      return "报刊";
    case v1::PUBLICATION_CHANNEL_BROADCAST:
      return "广播电视";
    case v1::PUBLICATION_CHANNEL_READING_ROOM:
      return "政府信息查阅场所";
    default:
      return "其他";
  }
}

std::string ChineseDate(absl::CivilDay d) {
  return absl::StrFormat("%d年%d月%d日", d.year(), d.month(), d.day());
}

bool RulesAllowed(const Context& ctx) {
  // 立法法第九十三条: rules are made by provincial governments and those of cities with
  // districts, not by counties or townships.
  const v1::AgencyLevel level = ctx.options().agency_level;
  return level != v1::AGENCY_LEVEL_COUNTY && level != v1::AGENCY_LEVEL_TOWNSHIP;
}

// ---- plans ----

SlipPlan RandomSlip(Rng& rng, bool must_be_public) {
  SlipPlan s;
  s.present = true;
  if (rng.Chance(5, 100)) s.origin = v1::DOCUMENT_ORIGIN_JOINT_LEAD;
  if (!must_be_public) {
    const size_t a = rng.Pick({965, 20, 15});
    s.proposed = a == 0   ? v1::PUBLIC_ATTRIBUTE_PROACTIVE
                 : a == 1 ? v1::PUBLIC_ATTRIBUTE_ON_REQUEST
                          : v1::PUBLIC_ATTRIBUTE_WITHHELD;
  }
  s.decided = s.proposed;
  if (s.proposed == v1::PUBLIC_ATTRIBUTE_WITHHELD) {
    int weights[std::size(kGrounds)];
    for (size_t i = 0; i < std::size(kGrounds); ++i) weights[i] = kGrounds[i].weight;
    s.ground = kGrounds[rng.Pick(weights, std::size(kGrounds))].ground;
  }
  if (s.proposed == v1::PUBLIC_ATTRIBUTE_ON_REQUEST && rng.Chance(1, 5)) {
    s.decided = v1::PUBLIC_ATTRIBUTE_PROACTIVE;  // the signer decides otherwise
  }
  if (s.decided != v1::PUBLIC_ATTRIBUTE_PROACTIVE && rng.Chance(12, 100)) {
    s.change_after_days = static_cast<int>(rng.Uniform(30, 240));
  }
  if (rng.Chance(6, 100)) {
    const size_t r = rng.Pick({60, 25, 15});
    s.return_by = r == 0   ? v1::SLIP_ROLE_DISCLOSURE_OFFICE
                  : r == 1 ? v1::SLIP_ROLE_SECRECY_REVIEWER
                           : v1::SLIP_ROLE_SIGNER;
  }
  return s;
}

void RandomCompanions(Rng& rng, DiscPlan* p) {
  p->interpretation = rng.Chance(7, 10);
  p->graphic = rng.Chance(25, 100);
  p->video = rng.Chance(6, 100);
}

void RandomNormative(const Context& ctx, Rng& rng, DiscPlan* p) {
  p->kind = RulesAllowed(ctx) && rng.Chance(1, 12) ? v1::DOCUMENT_KIND_RULE
                                                   : v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT;
  p->article20_item = 1;
  p->official = true;
  p->by_government = p->kind == v1::DOCUMENT_KIND_RULE || rng.Chance(3, 5);
  p->slip = RandomSlip(rng, /*must_be_public=*/true);
  RandomCompanions(rng, p);
}

// A normative document or rule of an earlier year, still catalogued.
DiscPlan EarlierPlan(const Context& ctx, Rng& rng) {
  DiscPlan p;
  RandomNormative(ctx, rng, &p);
  const int year = ctx.year() - static_cast<int>(rng.Uniform(1, 6));
  p.generated = ctx.RandomWorkingDay(year, 1, 5, 12, 25, rng);
  p.effective = p.generated + (rng.Chance(1, 2) ? 0 : rng.Uniform(10, 40));
  const size_t fate = rng.Pick({77, 18, 5});
  if (fate == 1) {  // repealed this year
    p.repealed = ctx.first() + rng.Uniform(0, ctx.last() - ctx.first());
  } else if (fate == 2 && year <= ctx.year() - 2) {  // repealed in an earlier year
    p.repealed = absl::CivilDay(year + 1, 1, 1) + rng.Uniform(0, 364);
  }
  return p;
}

DiscPlan MainPlan(const Context& ctx, Rng& rng, absl::CivilDay generated) {
  DiscPlan p;
  p.generated = generated;
  if (rng.Chance(RulesAllowed(ctx) ? 9 : 8, 1000)) {
    RandomNormative(ctx, rng, &p);
    const bool next_year = rng.Chance(1, 10);
    p.effective = next_year ? absl::CivilDay(ctx.year() + 1, 1, 1)
                            : generated + (rng.Chance(1, 2) ? 0 : rng.Uniform(10, 40));
    // Replaced within the year, now and then.
    if (!next_year && rng.Chance(15, 1000) && generated + 30 < ctx.last()) {
      p.repealed = generated + 30 + rng.Uniform(0, ctx.last() - generated - 30);
    }
  } else if (rng.Chance(8, 100)) {
    p.official = true;
    p.by_government = rng.Chance(2, 5);
    p.article20_item = rng.Of(kOfficialItems);
    p.slip = RandomSlip(rng, /*must_be_public=*/false);
  } else {
    const size_t item = rng.Pick(kItemWeights, std::size(kItemWeights));
    p.article20_item = kItems[item].item;
    if ((p.article20_item == 5 || p.article20_item == 6) && rng.Chance(4, 5)) {
      p.limit_days = 7;  // 双公示: licensing and penalty decisions within 7 working days
    }
    if (p.article20_item == 3 && rng.Chance(1, 10)) p.graphic = true;
  }
  if (!p.official && rng.Chance(1, 100))
    p.changed_after_days = static_cast<int>(rng.Uniform(3, 60));
  const size_t publish = rng.Pick({975, 20, 5});
  p.publish = publish == 0 ? Publish::kOnTime : publish == 1 ? Publish::kLate : Publish::kOverdue;
  return p;
}

// ---- building ----

struct Names {
  std::string gov, office, dept, subject;
};

std::string Fill(absl::string_view text, const Context& ctx, const Names& n, int year, Rng& rng) {
  const int64_t number = rng.Uniform(1, 52);
  const int64_t month = rng.Uniform(2, 11);
  const int64_t quarter = rng.Uniform(1, 4);
  return absl::StrReplaceAll(text, {{"{gov}", n.gov},
                                    {"{office}", n.office},
                                    {"{dept}", n.dept},
                                    {"{subject}", n.subject},
                                    {"{local}", ctx.names().local},
                                    {"{place}", ctx.names().place},
                                    {"{year5}", absl::StrCat(year + 5)},
                                    {"{prevyear}", absl::StrCat(year - 1)},
                                    {"{year}", absl::StrCat(year)},
                                    {"{month}", absl::StrCat(month)},
                                    {"{quarter}", absl::StrCat(quarter)},
                                    {"{n}", absl::StrCat(number)}});
}

v1::Publication* AddPublication(const Context& ctx, v1::PublicationChannel channel,
                                absl::CivilDay day, const std::string& category, int64_t serial,
                                google::protobuf::RepeatedPtrField<v1::Publication>* out,
                                absl::string_view url_suffix = "") {
  v1::Publication* p = out->Add();
  p->set_channel(channel);
  *p->mutable_date() = ToDate(day);
  const AgencyNames& n = ctx.names();
  switch (channel) {
    case v1::PUBLICATION_CHANNEL_PORTAL:
      p->set_outlet(absl::StrCat(n.local, "人民政府门户网站/政府信息公开专栏/", category));
      p->set_url(absl::StrFormat("https://www.example.gov.cn/zwgk/%04d%02d/t%04d%02d%02d_%d%s.html",
                                 day.year(), day.month(), day.year(), day.month(), day.day(),
                                 serial, url_suffix));
      break;
    case v1::PUBLICATION_CHANNEL_GAZETTE:
      p->set_outlet(
          absl::StrFormat("《%s人民政府公报》%d年第%d期", n.place, day.year(), day.month()));
      break;
    case v1::PUBLICATION_CHANNEL_NEW_MEDIA:
      p->set_outlet(absl::StrCat("微信公众号“", n.local, "发布”"));
      p->set_url(absl::StrFormat("https://mp.example.com/s/%x%s",
                                 static_cast<uint64_t>(serial) * 2654435761u % 0xffffffffu,
                                 url_suffix));
      break;
    case v1::PUBLICATION_CHANNEL_PRESS_CONFERENCE:
      p->set_outlet(absl::StrCat(n.local, "人民政府新闻发布会"));
      break;
    case v1::PUBLICATION_CHANNEL_NEWSPAPER:
      p->set_outlet(absl::StrCat("《", n.city, "日报》"));
      break;
    case v1::PUBLICATION_CHANNEL_BROADCAST:
      p->set_outlet(absl::StrCat(n.city, "广播电视台"));
      break;
    case v1::PUBLICATION_CHANNEL_READING_ROOM:
      p->set_outlet(absl::StrCat(n.local, "政务服务中心政府信息公开查阅点"));
      break;
    default:
      break;
  }
  return p;
}

// When a channel after the portal publishes, given the portal's date.
absl::CivilDay ChannelDay(const Context& ctx, v1::PublicationChannel c, absl::CivilDay first,
                          Rng& rng) {
  switch (c) {
    case v1::PUBLICATION_CHANNEL_GAZETTE: {  // the next monthly issue
      const absl::CivilMonth next = absl::CivilMonth(first) + 1;
      return ctx.OnOrAfter(absl::CivilDay(next) + rng.Uniform(4, 12));
    }
    case v1::PUBLICATION_CHANNEL_READING_ROOM:
      return ctx.Add(first, rng.Uniform(1, 5));
    case v1::PUBLICATION_CHANNEL_PRESS_CONFERENCE:
      return first;
    default:
      return first + rng.Uniform(0, 2);
  }
}

std::vector<v1::PublicationChannel> DrawChannels(const DiscPlan& p, Rng& rng) {
  const bool normative = p.article20_item == 1;
  struct Odds {
    v1::PublicationChannel channel;
    int normative, other;  // per 1,000
  };
  constexpr Odds kOdds[] = {
      {v1::PUBLICATION_CHANNEL_GAZETTE, 800, 10},
      {v1::PUBLICATION_CHANNEL_NEW_MEDIA, 600, 300},
      {v1::PUBLICATION_CHANNEL_READING_ROOM, 200, 20},
      {v1::PUBLICATION_CHANNEL_NEWSPAPER, 30, 10},
      {v1::PUBLICATION_CHANNEL_PRESS_CONFERENCE, 20, 5},
      {v1::PUBLICATION_CHANNEL_BROADCAST, 5, 3},
  };
  std::vector<v1::PublicationChannel> out;
  for (const Odds& o : kOdds) {
    if (rng.Chance(normative ? o.normative : o.other, 1000) && out.size() < 2) {
      out.push_back(o.channel);
    }
  }
  return out;
}

// The slip's events, its last signed attribute as of the data's date, and the day a 第十八条
// change to 主动公开 was signed (if it was).
struct SlipResult {
  v1::PublicAttribute attribute = v1::PUBLIC_ATTRIBUTE_UNSPECIFIED;
  std::optional<absl::CivilDay> changed_to_public;
};

SlipResult BuildSlip(const Context& ctx, const DiscPlan& p, const std::string& drafting_unit,
                     const std::vector<v1::PublicationChannel>& channels, Rng& rng,
                     v1::IssuanceSlip* slip) {
  const AgencyNames& n = ctx.names();
  auto actor = [&](v1::SlipRole role) -> std::string {
    switch (role) {
      case v1::SLIP_ROLE_DRAFTING_UNIT:
        return drafting_unit;
      case v1::SLIP_ROLE_DISCLOSURE_OFFICE:
        return n.disclosure_office;
      case v1::SLIP_ROLE_SECRECY_REVIEWER:
        return absl::StrCat(n.office, "（保密审查）");
      default:
        return p.by_government ? n.full : n.office;
    }
  };
  auto planned = [&](v1::SlipEvent* e, absl::CivilDay from) {
    *e->mutable_planned_disclosure() = ToDate(ctx.Add(from, 5));
    e->add_planned_channels(ChannelName(v1::PUBLICATION_CHANNEL_PORTAL));
    for (v1::PublicationChannel c : channels) e->add_planned_channels(ChannelName(c));
  };
  auto propose = [&](v1::SlipEvent* e, v1::SlipAction action, v1::PublicAttribute attribute) {
    e->set_action(action);
    e->set_role(v1::SLIP_ROLE_DRAFTING_UNIT);
    e->set_actor(actor(v1::SLIP_ROLE_DRAFTING_UNIT));
    e->set_attribute(attribute);
    if (attribute == v1::PUBLIC_ATTRIBUTE_ON_REQUEST) {
      e->set_reason("文件仅涉及特定单位和个人的具体事项，不具有普遍公开需要");
    } else if (attribute == v1::PUBLIC_ATTRIBUTE_WITHHELD) {
      e->set_reason(Ground(p.slip.ground).reason);
      e->set_ground(p.slip.ground);
    }
  };

  // The steps with their gaps in working days; the signature falls on `generated`.
  struct Step {
    v1::SlipAction action;
    v1::SlipRole role;
    int64_t gap;
  };
  constexpr std::pair<v1::SlipAction, v1::SlipRole> kReview[] = {
      {v1::SLIP_ACTION_APPROVE, v1::SLIP_ROLE_DISCLOSURE_OFFICE},
      {v1::SLIP_ACTION_PASS_SECRECY, v1::SLIP_ROLE_SECRECY_REVIEWER},
      {v1::SLIP_ACTION_SIGN, v1::SLIP_ROLE_SIGNER},
  };
  std::vector<Step> steps = {{v1::SLIP_ACTION_PROPOSE, v1::SLIP_ROLE_DRAFTING_UNIT, 0}};
  auto review_gap = [&](v1::SlipAction a) {
    return a == v1::SLIP_ACTION_APPROVE ? rng.Uniform(1, 3) : rng.Uniform(0, 2);
  };
  if (p.slip.return_by != v1::SLIP_ROLE_UNSPECIFIED) {
    for (const auto& [action, role] : kReview) {
      if (role == p.slip.return_by) break;
      steps.push_back({action, role, review_gap(action)});
    }
    steps.push_back({v1::SLIP_ACTION_RETURN, p.slip.return_by, rng.Uniform(1, 2)});
    steps.push_back({v1::SLIP_ACTION_PROPOSE, v1::SLIP_ROLE_DRAFTING_UNIT, rng.Uniform(1, 3)});
  }
  for (const auto& [action, role] : kReview) steps.push_back({action, role, review_gap(action)});
  int64_t total = 0;
  for (const Step& s : steps) total += s.gap;
  absl::CivilDay day = ctx.Back(p.generated, total);

  for (const Step& s : steps) {
    day = ctx.Add(day, s.gap);
    v1::SlipEvent* e = slip->add_events();
    *e->mutable_date() = ToDate(day);
    switch (s.action) {
      case v1::SLIP_ACTION_PROPOSE:
        propose(e, s.action, p.slip.proposed);
        if (p.slip.proposed == v1::PUBLIC_ATTRIBUTE_PROACTIVE) planned(e, p.generated);
        break;
      case v1::SLIP_ACTION_RETURN:
        e->set_action(s.action);
        e->set_role(s.role);
        e->set_actor(actor(s.role));
        e->set_reason(ReturnReason(s.role));
        break;
      case v1::SLIP_ACTION_SIGN:
        e->set_action(s.action);
        e->set_role(s.role);
        e->set_actor(actor(s.role));
        e->set_attribute(p.slip.decided);
        if (p.slip.decided != p.slip.proposed) {
          e->set_reason("经审核，文件不涉及不予公开情形，且与公众利益密切相关，决定主动公开");
        }
        break;
      default:
        e->set_action(s.action);
        e->set_role(s.role);
        e->set_actor(actor(s.role));
        break;
    }
  }

  if (p.slip.change_after_days > 0 && p.slip.decided != v1::PUBLIC_ATTRIBUTE_PROACTIVE) {
    // 第十八条: the withheld information is re-assessed and disclosed.
    absl::CivilDay at = ctx.OnOrAfter(p.generated + p.slip.change_after_days);
    v1::SlipEvent* e = slip->add_events();
    *e->mutable_date() = ToDate(at);
    propose(e, v1::SLIP_ACTION_PROPOSE_CHANGE, v1::PUBLIC_ATTRIBUTE_PROACTIVE);
    e->set_reason("情况发生变化，原不予公开的理由已不存在，依据条例第十八条调整为主动公开");
    planned(e, at);
    for (const auto& [action, role] : kReview) {
      at = ctx.Add(at, review_gap(action));
      v1::SlipEvent* r = slip->add_events();
      *r->mutable_date() = ToDate(at);
      r->set_action(action);
      r->set_role(role);
      r->set_actor(actor(role));
      if (action == v1::SLIP_ACTION_SIGN) r->set_attribute(v1::PUBLIC_ATTRIBUTE_PROACTIVE);
    }
  }

  // Cut at the data's date, then read what was signed.
  while (slip->events_size() > 0 &&
         FromDate(slip->events(slip->events_size() - 1).date()) > ctx.as_of()) {
    slip->mutable_events()->RemoveLast();
  }
  SlipResult result;
  bool after_change = false;
  for (const v1::SlipEvent& e : slip->events()) {
    if (e.action() == v1::SLIP_ACTION_PROPOSE_CHANGE) after_change = true;
    if (e.action() == v1::SLIP_ACTION_SIGN) {
      result.attribute = e.attribute();
      if (after_change) result.changed_to_public = FromDate(e.date());
    }
  }
  return result;
}

// Disclosure `index` and, when it is an official document, its slip (`slip` is then filled and
// true is returned). Both are cleared first.
bool Make(const Context& ctx, int64_t index, v1::Disclosure* d, v1::IssuanceSlip* slip) {
  Rng rng = Rng::For(ctx.options().seed, Stream::kDisclosure, static_cast<uint64_t>(index));
  const Blocks b = ctx.disclosure_blocks();
  DiscPlan p;
  if (index < b.scenarios) {
    p = ScenarioDiscPlan(ctx, index);
  } else if (index < b.scenarios + b.earlier) {
    p = EarlierPlan(ctx, rng);
  } else {
    const absl::CivilDay day =
        Context::Spread(ctx.year_days(), index - b.scenarios - b.earlier, b.main, rng);
    p = MainPlan(ctx, rng, day);
  }
  const GenOptions& o = ctx.options();
  const AgencyNames& an = ctx.names();
  const int year = static_cast<int>(p.generated.year());
  const int64_t serial = index + 1;

  // Content.
  const Subject& subject = rng.Of(kSubjects);
  const char* department = rng.Of(kDepartments);
  // An official document names its issuer, whichever placeholder its title uses.
  const std::string& issuer = p.by_government ? an.full : an.office;
  Names names{p.official ? issuer : an.full, p.official ? issuer : an.office,
              absl::StrCat(an.local, department), subject.name};
  const Title* title = nullptr;
  const char* category = "政策文件";
  const char* item_topic = subject.topic;
  if (p.kind == v1::DOCUMENT_KIND_RULE) {
    title = &rng.Of(kRules);
  } else if (p.kind == v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT) {
    title = p.by_government ? &rng.Of(kNormativeGovernment) : &rng.Of(kNormativeOffice);
  } else if (p.official) {
    category = "通知公告";
    title = p.slip.proposed == v1::PUBLIC_ATTRIBUTE_WITHHELD     ? &Ground(p.slip.ground).title
            : p.slip.proposed == v1::PUBLIC_ATTRIBUTE_ON_REQUEST ? &rng.Of(kOfficialOnRequest)
                                                                 : &rng.Of(kOfficialProactive);
  } else {
    const ItemContent* content = &kItems[0];
    for (const ItemContent& c : kItems) {
      if (c.item == p.article20_item) content = &c;
    }
    category = content->category;
    item_topic = content->topic;
    title = &content->titles[rng.Uniform(0, content->titles.size() - 1)];
  }

  d->Clear();
  d->set_id(absl::StrFormat("D%d-%05d", year, serial));
  d->set_agency_id(o.agency_id);
  d->set_index_number(absl::StrFormat("%s/%d-%05d", o.agency_id, year, serial));
  d->set_title(Fill(title->text, ctx, names, year, rng));
  *d->mutable_generated() = ToDate(p.generated);
  d->set_publisher(p.official && !p.by_government ? an.office
                   : p.official                   ? an.full
                   : rng.Chance(3, 5)             ? an.office
                                                  : an.full);
  const bool names_subject = absl::StrContains(title->text, "{subject}");
  d->set_topic(names_subject ? subject.topic : item_topic);
  d->set_genre(title->genre);
  d->set_category(category);
  if (names_subject) d->add_keywords(subject.name);
  d->add_keywords(category);
  d->set_article20_item(p.article20_item);
  d->set_kind(p.kind);
  if (p.official) {
    *d->mutable_written() = ToDate(p.generated);
    const std::string number = p.kind == v1::DOCUMENT_KIND_RULE
                                   ? absl::StrFormat("%s人民政府令第%d号", an.place, serial)
                                   : absl::StrFormat("%s政%s发〔%d〕%d号", an.short_form,
                                                     p.by_government ? "" : "办", year, serial);
    d->set_document_number(number);
  }
  if (p.effective) *d->mutable_effective() = ToDate(*p.effective);
  if (p.repealed) *d->mutable_repealed() = ToDate(*p.repealed);
  if (p.limit_days > 0) d->set_publication_limit_days(p.limit_days);

  const bool normative = p.kind != v1::DOCUMENT_KIND_OTHER;
  d->set_summary(
      normative
          ? absl::StrCat(
                "为进一步做好", an.local, subject.name,
                "工作，本文件明确了工作目标、主要任务、职责分工和保障措施",
                p.effective ? absl::StrCat("，自", ChineseDate(*p.effective), "起施行") : "", "。")
          : absl::StrCat("本条信息公开", d->title(), "的有关内容，供社会公众查阅。"));

  const std::vector<v1::PublicationChannel> channels =
      p.draw_channels ? DrawChannels(p, rng) : p.extra_channels;

  // The attribute: signed on the slip, or 主动公开 for what no slip reviews.
  v1::PublicAttribute attribute = v1::PUBLIC_ATTRIBUTE_PROACTIVE;
  absl::CivilDay formed = p.generated;
  std::optional<absl::CivilDay> changed_to_public;
  if (p.slip.present) {
    slip->Clear();
    slip->set_id(absl::StrFormat("S%d-%05d", year, serial));
    slip->set_agency_id(o.agency_id);
    slip->set_title(d->title());
    slip->set_document_number(d->document_number());
    slip->set_origin(p.slip.origin);
    slip->set_workflow("common");
    const std::string drafting_unit = p.by_government ? names.dept : an.office;
    const SlipResult r = BuildSlip(ctx, p, drafting_unit, channels, rng, slip);
    attribute = r.attribute;
    changed_to_public = r.changed_to_public;
    if (changed_to_public) {
      formed = *changed_to_public;
      *d->mutable_changed() = ToDate(formed);
    }
    d->set_slip_id(slip->id());
  }
  d->set_attribute(attribute);
  if (p.changed_after_days > 0) {
    formed = ctx.OnOrAfter(p.generated + p.changed_after_days);
    *d->mutable_changed() = ToDate(formed);
  }

  // Publications (第二十三–二十六条).
  const bool publish = attribute == v1::PUBLIC_ATTRIBUTE_PROACTIVE &&
                       (p.publish == Publish::kOnTime || p.publish == Publish::kLate ||
                        (p.publish == Publish::kNever && changed_to_public));
  if (publish) {
    const int64_t limit = p.limit_days > 0 ? p.limit_days : 20;
    int64_t delay = p.delay;
    if (delay < 0) {
      if (p.publish == Publish::kLate) {
        delay = limit + rng.Uniform(1, 25);
      } else {
        const size_t band = rng.Pick({40, 45, 15});
        delay = band == 0   ? 0
                : band == 1 ? rng.Uniform(1, std::min<int64_t>(5, limit))
                            : rng.Uniform(std::min<int64_t>(6, limit), limit);
      }
    }
    const absl::CivilDay first = ctx.Add(formed, delay);
    auto* pubs = d->mutable_publications();
    AddPublication(ctx, v1::PUBLICATION_CHANNEL_PORTAL, first, category, serial, pubs);
    for (v1::PublicationChannel c : channels) {
      AddPublication(ctx, c, ChannelDay(ctx, c, first, rng), category, serial, pubs);
    }
    // Inside 《》 a title's own 《》 become 〈〉, as catalogues print them.
    const std::string quoted = absl::StrReplaceAll(d->title(), {{"《", "〈"}, {"》", "〉"}});
    auto companion = [&](v1::CompanionKind kind, std::string title, absl::string_view url_suffix) {
      v1::Companion* c = d->add_companions();
      c->set_kind(kind);
      c->set_title(std::move(title));
      const absl::CivilDay day = ctx.Add(first, rng.Uniform(0, 2));
      const bool also_new_media = kind != v1::COMPANION_KIND_INTERPRETATION || rng.Chance(1, 2);
      AddPublication(ctx, v1::PUBLICATION_CHANNEL_PORTAL, day, "政策解读", serial,
                     c->mutable_publications(), url_suffix);
      if (also_new_media) {
        AddPublication(ctx, v1::PUBLICATION_CHANNEL_NEW_MEDIA, day, "政策解读", serial,
                       c->mutable_publications(), url_suffix);
      }
    };
    if (p.interpretation) {
      companion(v1::COMPANION_KIND_INTERPRETATION, absl::StrCat("《", quoted, "》政策解读"), "_jd");
    }
    if (p.graphic) companion(v1::COMPANION_KIND_GRAPHIC, absl::StrCat("图解：", d->title()), "_tj");
    if (p.video) companion(v1::COMPANION_KIND_VIDEO, absl::StrCat("视频解读：", d->title()), "_sp");
  }
  // Nothing after the data's date; a companion with nothing published is not catalogued yet.
  auto cut = [&](google::protobuf::RepeatedPtrField<v1::Publication>* pubs) {
    pubs->erase(
        std::remove_if(pubs->begin(), pubs->end(),
                       [&](const v1::Publication& x) { return FromDate(x.date()) > ctx.as_of(); }),
        pubs->end());
  };
  cut(d->mutable_publications());
  for (v1::Companion& c : *d->mutable_companions()) cut(c.mutable_publications());
  auto* companions = d->mutable_companions();
  companions->erase(std::remove_if(companions->begin(), companions->end(),
                                   [](const v1::Companion& c) { return c.publications().empty(); }),
                    companions->end());
  return p.slip.present;
}

}  // namespace

absl::Status GenerateDisclosuresAndSlips(const GenOptions& options,
                                         absl::FunctionRef<void(const v1::Disclosure&)> disclosure,
                                         absl::FunctionRef<void(const v1::IssuanceSlip&)> slip) {
  absl::StatusOr<Context> ctx = Context::Make(options);
  if (!ctx.ok()) return ctx.status();
  v1::Disclosure d;
  v1::IssuanceSlip s;
  for (int64_t i = 0; i < options.disclosures; ++i) {
    const bool has_slip = Make(*ctx, i, &d, &s);
    disclosure(d);
    if (has_slip) slip(s);
  }
  return absl::OkStatus();
}

absl::Status GenerateDisclosures(const GenOptions& options,
                                 absl::FunctionRef<void(const v1::Disclosure&)> visit) {
  return GenerateDisclosuresAndSlips(options, visit, [](const v1::IssuanceSlip&) {});
}

absl::Status GenerateSlips(const GenOptions& options,
                           absl::FunctionRef<void(const v1::IssuanceSlip&)> visit) {
  return GenerateDisclosuresAndSlips(
      options, [](const v1::Disclosure&) {}, visit);
}

}  // namespace gongkai::gen
