// ForEachInReaderParallel: records framed and visited in order on the calling thread, parsed in
// blocks by several.
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "messages/framer.h"
#include "messages/stream.h"

namespace gongkai::messages {
namespace {

namespace pb = google::protobuf;

// One block of the stream: its complete records, then what they are parsed into.
struct Batch {
  enum class State { kFramed, kParsing, kParsed };
  std::string bytes;               // the block; `records` point into it
  std::vector<RawRecord> records;  // in the stream's order
  // Reused from batch to batch: a block's records are parsed into the same messages.
  std::vector<std::unique_ptr<pb::Message>> messages;
  size_t parsed = 0;             // records[0, parsed) parsed, in order
  absl::Status parse_error;      // records[parsed]'s, located
  std::exception_ptr exception;  // thrown while parsing (std::bad_alloc): rethrown in order
  absl::Status end_error;        // a framing or read error after the records: the end
  State state = State::kFramed;

  void Reset() {
    bytes.clear();
    records.clear();
    parsed = 0;
    parse_error = absl::OkStatus();
    exception = nullptr;
    end_error = absl::OkStatus();
    state = State::kFramed;
  }

  void Parse(Encoding encoding, const pb::Message& prototype) {
    try {
      while (messages.size() < records.size()) messages.emplace_back(prototype.New());
      for (; parsed < records.size(); ++parsed) {
        if (absl::Status s = ParseAs(encoding, records[parsed].bytes, messages[parsed].get());
            !s.ok()) {
          parse_error = records[parsed].Located(s);
          return;
        }
      }
    } catch (...) {
      exception = std::current_exception();
    }
  }
};

class Pipeline {
 public:
  Pipeline(Encoding encoding, ReadFn read, const pb::Message& prototype, int threads,
           size_t block_size)
      : encoding_(encoding),
        read_(read),
        prototype_(prototype),
        ask_(block_size),
        framer_(encoding),
        max_batches_(2 * static_cast<size_t>(threads)) {
    workers_.reserve(static_cast<size_t>(threads) - 1);
    for (int i = 1; i < threads; ++i) {
      try {
        workers_.emplace_back([this] { Work(); });
      } catch (const std::system_error&) {
        break;  // no more threads to be had: the calling thread parses what no worker takes
      }
    }
  }
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  ~Pipeline() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    changed_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  absl::Status Run(const std::function<absl::Status(size_t, const pb::Message&)>& visit) {
    while (true) {
      std::unique_ptr<Batch> front;
      Batch* help = nullptr;
      {
        std::unique_lock<std::mutex> lock(mu_);
        if (FrontParsed()) {
          front = std::move(queue_.front());
          queue_.pop_front();
        } else if (queue_.empty() && ended_) {
          return absl::OkStatus();
        } else if (!ended_ && queue_.size() < max_batches_) {
          // Frame the next block below, outside the lock.
        } else if ((help = Unclaimed()) != nullptr) {
          help->state = Batch::State::kParsing;
        } else {
          changed_.wait(lock, [this] { return FrontParsed(); });
          continue;
        }
      }
      if (front != nullptr) {
        RETURN_IF_ERROR(Visit(*front, visit));
        std::lock_guard<std::mutex> lock(mu_);
        spare_.push_back(std::move(front));
      } else if (help != nullptr) {
        help->Parse(encoding_, prototype_);
        std::lock_guard<std::mutex> lock(mu_);
        help->state = Batch::State::kParsed;
      } else {
        FrameNext();
      }
    }
  }

 private:
  // These three with mu_ held.
  bool FrontParsed() const {
    return !queue_.empty() && queue_.front()->state == Batch::State::kParsed;
  }
  bool WorkOrStop() const { return stop_ || Unclaimed() != nullptr; }
  Batch* Unclaimed() const {
    for (const auto& b : queue_) {
      if (b->state == Batch::State::kFramed) return b.get();
    }
    return nullptr;
  }

  void Work() {
    while (true) {
      Batch* b;
      {
        std::unique_lock<std::mutex> lock(mu_);
        changed_.wait(lock, [this] { return WorkOrStop(); });
        if (stop_) return;
        b = Unclaimed();
        b->state = Batch::State::kParsing;
      }
      b->Parse(encoding_, prototype_);
      {
        std::lock_guard<std::mutex> lock(mu_);
        b->state = Batch::State::kParsed;
      }
      changed_.notify_all();
    }
  }

  // Reads blocks until at least one record is complete (or the stream ends), frames them into a
  // batch and queues it; the bytes after the last complete record start the next batch.
  void FrameNext() {
    std::unique_ptr<Batch> b;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!spare_.empty()) {
        b = std::move(spare_.back());
        spare_.pop_back();
      }
    }
    if (b == nullptr) b = std::make_unique<Batch>();
    b->Reset();
    b->bytes.swap(carry_);
    bool end = false;
    while (true) {
      const size_t held = b->bytes.size();
      const size_t want = ask_.next();
      b->bytes.resize(held + want);
      absl::StatusOr<size_t> got = ReadBlock(read_, b->bytes.data() + held, want);
      if (!got.ok()) {
        b->end_error = got.status();
        end = true;
        break;
      }
      ask_.Got(*got);
      b->bytes.resize(held + *got);
      const bool at_end = *got == 0;
      // Views into b->bytes, which is not resized again once a record is framed.
      absl::StatusOr<size_t> consumed = framer_.Consume(b->bytes, at_end, [&](const RawRecord& r) {
        b->records.push_back(r);
        return absl::OkStatus();
      });
      if (!consumed.ok()) {
        b->end_error = consumed.status();
        end = true;
        break;
      }
      if (at_end) {
        end = true;
        break;
      }
      if (*consumed > 0) {
        carry_.assign(b->bytes, *consumed);
        break;
      }
    }
    if (b->records.empty()) b->state = Batch::State::kParsed;
    {
      std::lock_guard<std::mutex> lock(mu_);
      ended_ = end;
      queue_.push_back(std::move(b));
    }
    changed_.notify_all();
  }

  static absl::Status Visit(const Batch& b,
                            const std::function<absl::Status(size_t, const pb::Message&)>& visit) {
    for (size_t i = 0; i < b.parsed; ++i)
      RETURN_IF_ERROR(visit(b.records[i].index, *b.messages[i]));
    if (b.exception != nullptr) std::rethrow_exception(b.exception);
    RETURN_IF_ERROR(b.parse_error);
    return b.end_error;
  }

  const Encoding encoding_;
  const ReadFn read_;
  const pb::Message& prototype_;
  ReadSize ask_;       // the calling thread's
  Framer framer_;      // the calling thread's
  std::string carry_;  // the calling thread's: the unfinished record after the last batch
  const size_t max_batches_;
  // std::mutex, not absl::Mutex: Debian's Abseil is not built for ThreadSanitizer, which then
  // cannot see absl::Mutex's hand-over of waiters' conditions and reports races that are not.
  std::mutex mu_;
  std::condition_variable changed_;  // a batch queued or parsed, or stop_ set
  // These four with mu_ held.
  std::deque<std::unique_ptr<Batch>> queue_;  // in the stream's order
  std::vector<std::unique_ptr<Batch>> spare_;
  bool ended_ = false;  // the last batch is queued
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace

absl::Status CheckStreamThreads(int threads, absl::StatusCode code, absl::string_view name) {
  if (threads >= 1 && threads <= kMaxStreamThreads) return absl::OkStatus();
  return absl::Status(code,
                      absl::StrCat(name, ": ", threads, " is outside 1..", kMaxStreamThreads));
}

absl::Status ForEachInReaderParallel(
    Encoding encoding, ReadFn read, const pb::Message& prototype,
    const std::function<absl::Status(size_t, const pb::Message&)>& visit, int threads,
    size_t block_size) {
  RETURN_IF_ERROR(CheckBlockSize(block_size));
  RETURN_IF_ERROR(CheckStreamThreads(threads));
  if (threads == 1) {
    std::unique_ptr<pb::Message> scratch(prototype.New());
    return ForEachInReader(encoding, read, scratch.get(), visit, block_size);
  }
  Pipeline pipeline(encoding, read, prototype, threads, block_size);
  return pipeline.Run(visit);
}

}  // namespace gongkai::messages
