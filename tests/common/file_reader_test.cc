#include "common/file_reader.h"

#include <cstdio>
#include <filesystem>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai {
namespace {

using ::testing::HasSubstr;

std::string ReadAll(FileReader& reader, size_t piece) {
  std::string bytes(piece, '\0'), all;
  for (;;) {
    absl::StatusOr<size_t> n = reader.Read(bytes.data(), piece);
    EXPECT_TRUE(n.ok()) << n.status();
    if (!n.ok() || *n == 0) return all;
    all.append(bytes, 0, *n);
  }
}

class FileReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::path(::testing::TempDir()) / "file_reader_test";
    std::filesystem::create_directories(folder_);
  }
  std::filesystem::path folder_;
};

TEST_F(FileReaderTest, ReadsAFileToItsEndInPiecesOfAnySize) {
  const std::string path = (folder_ / "records.jsonl").string();
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "{\"id\":\"" + std::to_string(i) + "\"}\n";
  FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(std::fwrite(text.data(), 1, text.size(), f), text.size());
  ASSERT_EQ(std::fclose(f), 0);
  for (size_t piece : {1, 7, 4096, 1 << 20}) {
    absl::StatusOr<FileReader> reader = FileReader::Open(path, "records.jsonl");
    ASSERT_TRUE(reader.ok()) << reader.status();
    EXPECT_EQ(ReadAll(*reader, piece), text) << piece;
  }
}

TEST_F(FileReaderTest, SaysWhyAFileCannotBeReadNamingItAsTold) {
  absl::StatusOr<FileReader> missing = FileReader::Open((folder_ / "none").string(), "<none>");
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "cannot open <none>: No such file or directory");
  absl::StatusOr<FileReader> under_missing =
      FileReader::Open((folder_ / "none" / "x").string(), "x");
  EXPECT_EQ(under_missing.status().code(), absl::StatusCode::kNotFound);

  // A folder opens (stdio) and fails at the first read.
  absl::StatusOr<FileReader> folder = FileReader::Open(folder_.string(), "the folder");
  ASSERT_TRUE(folder.ok()) << folder.status();
  char buffer[16];
  absl::StatusOr<size_t> n = folder->Read(buffer, sizeof buffer);
  EXPECT_EQ(n.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(n.status().message(), HasSubstr("cannot read the folder: Is a directory"));
}

TEST_F(FileReaderTest, ABorrowedStreamIsNotClosed) {
  FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  ASSERT_GE(std::fputs("abc", f), 0);
  std::rewind(f);
  {
    FileReader reader = FileReader::Borrow(f, "<tmp>");
    EXPECT_EQ(ReadAll(reader, 2), "abc");
  }
  // Still open: the reader did not close it.
  std::rewind(f);
  EXPECT_EQ(std::fgetc(f), 'a');
  std::fclose(f);
}

}  // namespace
}  // namespace gongkai
