// STL containers, algorithms, smart pointers, std::function and virtual classes: the
// invokes, cleanup pads and terminate pads libstdc++'s headers give a program that never
// throws at run time.
#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
  virtual std::string name() const = 0;
};

struct Rect : Shape {
  double w, h;
  Rect(double a, double b) : w(a), h(b) {}
  double area() const override { return w * h; }
  std::string name() const override { return "rect"; }
};

struct Circle : Shape {
  double r;
  explicit Circle(double x) : r(x) {}
  double area() const override { return 3.0 * r * r; }
  std::string name() const override { return "circle"; }
};

struct Tri : Shape {
  double b, h;
  Tri(double x, double y) : b(x), h(y) {}
  double area() const override { return b * h / 2; }
  std::string name() const override { return std::string("tri") + "angle"; }
};

int parse_int(const std::string &s) {
  if (s.empty()) throw std::invalid_argument("empty");
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') throw std::invalid_argument("bad digit in " + s);
    v = v * 10 + (c - '0');
  }
  return v;
}

// Catches what parse_int throws; the inputs below never make it throw.
int safe_parse(const std::string &s) {
  try {
    return parse_int(s);
  } catch (const std::invalid_argument &) {
    return -1;
  }
}

std::string join(const std::vector<std::string> &v, const std::string &sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

std::vector<std::string> split(const std::string &s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

template <typename T> T sum_all(const std::vector<T> &v) {
  return std::accumulate(v.begin(), v.end(), T());
}

struct Graph {
  std::map<int, std::vector<int>> adj;
  void edge(int a, int b) {
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  std::vector<int> bfs(int start) const {
    std::vector<int> order;
    std::set<int> seen{start};
    std::deque<int> q{start};
    while (!q.empty()) {
      int n = q.front();
      q.pop_front();
      order.push_back(n);
      auto it = adj.find(n);
      if (it == adj.end()) continue;
      for (int m : it->second)
        if (seen.insert(m).second) q.push_back(m);
    }
    return order;
  }
};

class Inventory {
  std::unordered_map<std::string, int> stock_;
  std::list<std::string> log_;

public:
  void add(const std::string &item, int n) {
    stock_[item] += n;
    log_.push_back("add " + item + " " + std::to_string(n));
  }
  bool take(const std::string &item, int n) {
    auto it = stock_.find(item);
    if (it == stock_.end() || it->second < n) {
      log_.push_back("fail " + item);
      return false;
    }
    it->second -= n;
    log_.push_back("take " + item + " " + std::to_string(n));
    return true;
  }
  int count(const std::string &item) const {
    auto it = stock_.find(item);
    return it == stock_.end() ? 0 : it->second;
  }
  size_t log_size() const { return log_.size(); }
  std::vector<std::string> items() const {
    std::vector<std::string> v;
    for (const auto &kv : stock_) v.push_back(kv.first);
    std::sort(v.begin(), v.end());
    return v;
  }
};

} // namespace

int main() {
  std::vector<std::unique_ptr<Shape>> shapes;
  for (int i = 1; i <= 4; ++i) {
    shapes.push_back(std::make_unique<Rect>(i, i + 1));
    shapes.push_back(std::make_unique<Circle>(i));
    shapes.push_back(std::make_unique<Tri>(i, 2 * i));
  }
  std::sort(shapes.begin(), shapes.end(), [](const auto &a, const auto &b) {
    return a->area() != b->area() ? a->area() < b->area() : a->name() < b->name();
  });
  double total = 0;
  std::map<std::string, int> kinds;
  for (const auto &s : shapes) {
    total += s->area();
    kinds[s->name()]++;
  }
  std::printf("shapes %zu total %.1f smallest %s largest %s\n", shapes.size(), total,
              shapes.front()->name().c_str(), shapes.back()->name().c_str());
  for (const auto &kv : kinds) std::printf("  %s: %d\n", kv.first.c_str(), kv.second);

  std::vector<std::string> words = split("the quick brown fox jumps over the lazy dog the end", ' ');
  std::map<std::string, int> counts;
  for (const auto &w : words) counts[w]++;
  std::vector<std::pair<std::string, int>> byCount(counts.begin(), counts.end());
  std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<std::string> top;
  for (size_t i = 0; i < 3 && i < byCount.size(); ++i)
    top.push_back(byCount[i].first + "=" + std::to_string(byCount[i].second));
  std::printf("top: %s\n", join(top, ", ").c_str());

  std::vector<int> nums;
  for (const char *s : {"12", "7", "300", "42", "0"}) nums.push_back(safe_parse(s));
  std::printf("sum %d max %d\n", sum_all(nums), *std::max_element(nums.begin(), nums.end()));
  std::vector<double> ds{1.5, 2.25, 3.125};
  std::printf("dsum %.3f\n", sum_all(ds));

  Graph g;
  g.edge(1, 2);
  g.edge(1, 3);
  g.edge(2, 4);
  g.edge(3, 4);
  g.edge(4, 5);
  std::vector<int> order = g.bfs(1);
  std::string ord;
  for (int n : order) ord += std::to_string(n) + " ";
  std::printf("bfs: %s\n", ord.c_str());

  Inventory inv;
  inv.add("apple", 5);
  inv.add("pear", 2);
  inv.add("apple", 3);
  bool ok1 = inv.take("apple", 6);
  bool ok2 = inv.take("pear", 3);
  bool ok3 = inv.take("plum", 1);
  std::printf("inv apple=%d pear=%d ok=%d%d%d log=%zu items=%s\n", inv.count("apple"),
              inv.count("pear"), ok1, ok2, ok3, inv.log_size(), join(inv.items(), "/").c_str());

  std::function<long(int)> fib = [&](int n) -> long { return n < 2 ? n : fib(n - 1) + fib(n - 2); };
  std::printf("fib(20) = %ld\n", fib(20));

  auto shared = std::make_shared<std::vector<int>>(10, 3);
  std::weak_ptr<std::vector<int>> weak = shared;
  {
    auto copy = shared;
    copy->push_back(4);
    std::printf("use_count %ld size %zu\n", shared.use_count(), copy->size());
  }
  std::printf("alive %d sum %d\n", !weak.expired(), sum_all(*shared));

  std::set<std::string> uniq(words.begin(), words.end());
  std::string u;
  for (const auto &w : uniq) u += w.substr(0, 1);
  std::printf("initials %s\n", u.c_str());
  return 0;
}
