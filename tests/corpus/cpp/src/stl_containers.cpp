// corpus: also -fno-exceptions
// The standard containers and algorithms, instantiated in JIT code over libstdc++'s
// out-of-line pieces (red-black tree rebalancing, hash table rehash policy, list hooks):
// vector, deque, list, map, set, unordered_map, unordered_set, and sort, lower_bound,
// accumulate, transform, unique, partition, rotate.
#include <algorithm>
#include <cstdio>
#include <deque>
#include <list>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

static unsigned seed = 2024;
static unsigned next_rand() {
  seed = seed * 1664525u + 1013904223u;
  return seed >> 8;
}

int main() {
  std::vector<int> v;
  for (int i = 0; i < 1000; ++i) v.push_back(int(next_rand() % 500));
  std::vector<int> sorted = v;
  std::sort(sorted.begin(), sorted.end());
  auto lb = std::lower_bound(sorted.begin(), sorted.end(), 250);
  printf("vector: size %zu, min %d, max %d, first >= 250 at %ld\n", v.size(), sorted.front(),
         sorted.back(), long(lb - sorted.begin()));
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  printf("distinct values: %zu, sum %ld\n", sorted.size(), std::accumulate(v.begin(), v.end(), 0L));
  std::vector<int> squares(10);
  std::iota(squares.begin(), squares.end(), 1);
  std::transform(squares.begin(), squares.end(), squares.begin(), [](int x) { return x * x; });
  auto mid = std::partition(squares.begin(), squares.end(), [](int x) { return x % 2 == 0; });
  std::sort(squares.begin(), mid);
  std::sort(mid, squares.end());
  std::rotate(squares.begin(), squares.begin() + 3, squares.end());
  for (int x : squares) printf("%d ", x);
  printf("\n");

  std::map<std::string, int> words;
  const char *text[] = {"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "end"};
  for (const char *w : text) ++words[w];
  for (const auto &[w, n] : words) printf("%s:%d ", w.c_str(), n);
  printf("\n");
  words.erase("fox");
  auto it = words.find("quick");
  printf("map size %zu, quick %s, upper_bound(l) = %s\n", words.size(), it != words.end() ? "found" : "missing",
         words.upper_bound("l")->first.c_str());

  std::set<int> s(v.begin(), v.end());
  printf("set: %zu elements, count(42) %zu, lowest %d, highest %d\n", s.size(), s.count(42), *s.begin(), *s.rbegin());

  std::unordered_map<int, int> freq;
  for (int x : v) ++freq[x % 37];
  std::vector<std::pair<int, int>> fv(freq.begin(), freq.end());
  std::sort(fv.begin(), fv.end(), [](auto a, auto b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  printf("unordered_map: %zu buckets used by %zu keys; top residues", freq.bucket_count() > 0 ? size_t(1) : size_t(0), freq.size());
  for (int i = 0; i < 3; ++i) printf(" %d(%d)", fv[i].first, fv[i].second);
  printf("\n");
  std::unordered_set<std::string> seen;
  int dups = 0;
  for (const char *w : text) dups += !seen.insert(w).second;
  printf("unordered_set: %zu unique, %d duplicates\n", seen.size(), dups);

  std::deque<int> dq;
  for (int i = 0; i < 10; ++i) {
    if (i % 2) dq.push_front(i); else dq.push_back(i);
  }
  for (int x : dq) printf("%d ", x);
  printf("| front %d back %d\n", dq.front(), dq.back());

  std::list<int> l(v.begin(), v.begin() + 20);
  l.sort();
  l.unique();
  l.remove_if([](int x) { return x > 400; });
  l.reverse();
  printf("list (%zu):", l.size());
  for (int x : l) printf(" %d", x);
  printf("\n");

  return 0;
}
