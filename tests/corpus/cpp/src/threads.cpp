// corpus: also -fno-exceptions
// std::thread with a mutex-protected counter, std::atomic, a condition-variable
// producer/consumer queue and std::call_once; every result is printed
// after the threads are joined, so the output does not depend on scheduling.
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

int main() {
  std::mutex m;
  long counter = 0;
  std::atomic<long> atomic_counter{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&, t] {
      for (int i = 0; i < 10000; ++i) {
        std::lock_guard<std::mutex> g(m);
        counter += t + 1;
      }
      for (int i = 0; i < 10000; ++i) atomic_counter.fetch_add(1, std::memory_order_relaxed);
    });
  for (auto &t : ts) t.join();
  printf("counter %ld, atomic %ld\n", counter, atomic_counter.load());

  std::queue<int> q;
  std::condition_variable cv;
  bool done = false;
  long consumed = 0;
  int items = 0;
  std::thread consumer([&] {
    std::unique_lock<std::mutex> lk(m);
    for (;;) {
      cv.wait(lk, [&] { return !q.empty() || done; });
      while (!q.empty()) {
        consumed += q.front();
        ++items;
        q.pop();
      }
      if (done) break;
    }
  });
  std::thread producer([&] {
    for (int i = 1; i <= 1000; ++i) {
      {
        std::lock_guard<std::mutex> g(m);
        q.push(i);
      }
      cv.notify_one();
    }
    {
      std::lock_guard<std::mutex> g(m);
      done = true;
    }
    cv.notify_one();
  });
  producer.join();
  consumer.join();
  printf("consumed %d items summing to %ld\n", items, consumed);

  std::once_flag once;
  std::atomic<int> inits{0};
  std::vector<std::thread> racers;
  for (int i = 0; i < 4; ++i) racers.emplace_back([&] { std::call_once(once, [&] { inits++; }); });
  for (auto &t : racers) t.join();
  printf("call_once ran %d time(s); hardware threads known: %d\n", inits.load(),
         std::thread::hardware_concurrency() > 0);
  return 0;
}
