// corpus: threads throwing; the interpreter stops at the first throw
// Exceptions thrown and caught in several std::threads at once, each thread unwinding its
// own frames, and exceptions carried from a worker to the main thread through
// std::exception_ptr and std::future.
#include <atomic>
#include <cstdio>
#include <exception>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

struct WorkerError : std::runtime_error {
  int worker;
  WorkerError(int w, const std::string &m) : std::runtime_error(m), worker(w) {}
};

static std::atomic<int> cleanups{0};

struct Guard {
  ~Guard() { cleanups.fetch_add(1); }
};

__attribute__((noinline)) long step(int worker, int i) {
  Guard g;
  if ((i + worker) % 97 == 0) throw WorkerError(worker, "step " + std::to_string(i));
  return long(i) * worker;
}

static void worker_loop(int worker, long *sum, int *caught) {
  for (int i = 1; i <= 5000; ++i) {
    try {
      *sum += step(worker, i);
    } catch (const WorkerError &e) {
      if (e.worker != worker) std::terminate();
      ++*caught;
    }
  }
}

int main() {
  const int n = 4;
  long sums[n] = {};
  int caught[n] = {};
  std::vector<std::thread> threads;
  for (int w = 0; w < n; ++w) threads.emplace_back(worker_loop, w + 1, &sums[w], &caught[w]);
  for (auto &t : threads) t.join();
  for (int w = 0; w < n; ++w) printf("worker %d: sum %ld, caught %d\n", w + 1, sums[w], caught[w]);
  printf("guards destroyed: %d\n", cleanups.load());

  std::exception_ptr from_thread;
  std::thread t([&] {
    try {
      step(97, 0);
    } catch (...) {
      from_thread = std::current_exception();
    }
  });
  t.join();
  try {
    if (from_thread) std::rethrow_exception(from_thread);
  } catch (const WorkerError &e) {
    printf("main caught worker %d's '%s'\n", e.worker, e.what());
  }

  std::vector<std::future<long>> futures;
  for (int w = 1; w <= 3; ++w)
    futures.push_back(std::async(std::launch::async, [w] {
      if (w == 2) throw std::logic_error("async task 2 failed");
      return step(w, 1) + 100;
    }));
  for (int w = 1; w <= 3; ++w) {
    try {
      printf("future %d: %ld\n", w, futures[w - 1].get());
    } catch (const std::exception &e) {
      printf("future %d threw: %s\n", w, e.what());
    }
  }
  return 0;
}
