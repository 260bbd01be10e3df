// gongkai_notice_sample DOCX TEXT: writes one reply notice (the fixture's refused application)
// as DOCX and as plain text, for the LibreOffice test (docx_libreoffice.sh).
#include <fstream>
#include <iostream>
#include <string>

#include "notice/notice.h"
#include "notice/notice_testing.h"

namespace {

bool WriteAs(gongkai::v1::NoticeRequest request, gongkai::v1::NoticeFormat format,
             const char* path) {
  request.set_format(format);
  absl::StatusOr<std::string> out =
      gongkai::notice::WriteNotice(request, gongkai::notice::testing::National());
  if (!out.ok()) {
    std::cerr << out.status() << "\n";
    return false;
  }
  std::ofstream file(path, std::ios::binary);
  file << *out;
  file.close();
  if (!file) std::cerr << path << ": cannot write\n";
  return static_cast<bool>(file);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gongkai_notice_sample OUT.docx OUT.txt\n";
    return 2;
  }
  using gongkai::notice::testing::Case;
  gongkai::v1::NoticeRequest r = gongkai::notice::testing::Request(
      gongkai::v1::NOTICE_KIND_REPLY,
      Case("2019-05-20",
           {"REGISTERED 2019-05-20", "DECIDED 2019-06-03 outcome=REFUSED_STATE_SECRET"}));
  r.set_serial(12);
  return WriteAs(r, gongkai::v1::NOTICE_FORMAT_DOCX, argv[1]) &&
                 WriteAs(r, gongkai::v1::NOTICE_FORMAT_TEXT, argv[2])
             ? 0
             : 1;
}
