// The agency, and the figures a person enters by hand: table 二 items （五）（六）（八）（九）,
// which live in other systems (licensing, enforcement, fees, procurement), and the narratives.
#include <algorithm>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "context.h"
#include "generate.h"
#include "report/layout.h"

namespace gongkai::gen {
namespace {

// The entered sections of table 二: the layout says which rows and columns they have.
constexpr absl::string_view kEnteredSections[] = {"item5", "item6", "item8", "item9"};

// A typical district's figure for a row, per 35,000 proactive items where it scales with the
// agency's size (decisions, amounts), as is where it does not (项目 counts).
struct RowScale {
  absl::string_view row;
  int64_t items;      // 上一年项目数量
  int64_t decisions;  // 处理决定数量, or the fee / procurement amount in 元
};
constexpr RowScale kRows[] = {
    {"licensing", 320, 15000}, {"other_services", 160, 8000}, {"penalty", 2400, 3500},
    {"compulsion", 60, 140},   {"fees", 12, 123500},          {"procurement", 300, 523456700},
};

const RowScale& ScaleOf(absl::string_view row) {
  for (const RowScale& r : kRows) {
    if (r.row == row) return r;
  }
  return kRows[0];
}

// `base` scaled to the number of disclosures asked for, ±30%, at least 1.
int64_t Scaled(int64_t base, int64_t disclosures, Rng& rng) {
  const int64_t percent = rng.Uniform(70, 130);
  const auto v = static_cast<__int128>(base) * disclosures * percent / (35000 * 100);
  return std::max<int64_t>(1, static_cast<int64_t>(std::min<__int128>(v, int64_t{1} << 50)));
}

}  // namespace

GenOptions ExampleOptions() {
  GenOptions o;
  o.seed = 2025;
  o.year = 2025;
  o.disclosures = 260;
  o.applications = 140;
  o.remedies = 24;
  o.scenarios = true;
  return o;
}

absl::StatusOr<v1::Agency> GenerateAgency(const GenOptions& options) {
  if (absl::Status s = CheckOptions(options); !s.ok()) return s;
  v1::Agency a;
  a.set_id(options.agency_id);
  a.set_name(options.agency_name);
  a.set_level(options.agency_level);
  a.set_parent_id(options.parent_id);
  return a;
}

absl::StatusOr<v1::AnnualReport> GenerateEntered(const GenOptions& options) {
  absl::StatusOr<Context> ctx = Context::Make(options);
  if (!ctx.ok()) return ctx.status();
  absl::StatusOr<const report::Layout*> layout = report::LayoutFor("", options.year);
  if (!layout.ok()) return layout.status();
  absl::StatusOr<v1::Agency> agency = GenerateAgency(options);
  if (!agency.ok()) return agency.status();

  v1::AnnualReport r;
  *r.mutable_agency() = *agency;
  r.set_year(options.year);
  r.set_layout((*layout)->id());
  Rng rng = Rng::For(options.seed, Stream::kEntered, 0);
  const std::string detail = "业务系统统计，经办人录入";
  for (const report::CellInfo& cell : (*layout)->cells()) {
    const report::Section& section = (*layout)->sections()[cell.section];
    if (section.table->key() != "t2") continue;
    if (std::find(std::begin(kEnteredSections), std::end(kEnteredSections), section.spec->key()) ==
        std::end(kEnteredSections)) {
      continue;
    }
    const std::string& row = section.row(cell.row).key();
    const std::string& column = section.column(cell.column).key();
    const RowScale& scale = ScaleOf(row);
    v1::Cell* c = r.add_cells();
    c->set_key(cell.key);
    c->mutable_provenance()->set_source(v1::SOURCE_ENTERED);
    c->mutable_provenance()->set_detail(detail);
    if (cell.kind == v1::VALUE_KIND_AMOUNT) {
      // Money in 万元 to the cent of a 万元 (scale 2): 1235 → 12.35 万元.
      const int64_t yuan = Scaled(scale.decisions, options.disclosures, rng);
      v1::Decimal* amount = c->mutable_amount();
      amount->set_units(std::max<int64_t>(1, yuan / 100));
      amount->set_scale(2);
      // The layout fixes the unit where it prints one; otherwise it is carried here.
      if (cell.unit == v1::MONEY_UNIT_UNSPECIFIED) c->set_unit(v1::MONEY_UNIT_WAN_YUAN);
    } else if (column == "previous") {
      c->set_count(scale.items + rng.Uniform(-scale.items / 10, scale.items / 10));
    } else if (column == "delta") {
      // Signed, and never below minus last year's count (T2-delta-2019).
      c->set_count(rng.Uniform(-std::max<int64_t>(1, scale.items / 20),
                               std::max<int64_t>(1, scale.items / 15)));
    } else if (column == "projects") {
      c->set_count(Scaled(scale.items, options.disclosures, rng));
    } else {
      c->set_count(Scaled(scale.decisions, options.disclosures, rng));
    }
  }

  const AgencyNames& n = ctx->names();
  const std::string year = absl::StrCat(options.year);
  r.set_overview(absl::StrCat(
      year, "年，", n.full,
      "坚持以公开为常态、不公开为例外，全面贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作"
      "深化政务公开。（一）主动公开。围绕规范性文件、重大建设项目、财政预决算、公共资源配置等重点"
      "领域，及时通过政府网站、政府公报和政务新媒体发布信息，重要政策文件同步发布政策解读。（二）依"
      "申请公开。严格执行登记、审核、办理、答复、归档等环节要求，规范答复文书，依法按时答复。（三）"
      "政"
      "府信息管理。落实公文公开属性源头认定和保密审查制度，动态更新政府信息公开目录，定期清理规范性"
      "文件。（四）平台建设。优化政府信息公开专栏，加强政务新媒体管理。（五）监督保障。将政务公开纳"
      "入绩效考核，开展业务培训，主动接受社会监督。"));
  r.set_problems(absl::StrCat(
      "一是个别信息发布不够及时，少数信息超过规定时限公开；二是政策解读形式较为单一，图解、视频等"
      "解读方式运用不够；三是依申请公开答复的规范性有待进一步提升。下一步，",
      n.local,
      "将健全信息发布审核机制，丰富解读形式，加强业务培训和案例研究，提升政务公开工作质量。"));
  r.set_other_matters(
      "本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费，对超出"
      "数量的申请发出收费通知并按规定收费。无其他需要报告的事项。");
  return r;
}

}  // namespace gongkai::gen
