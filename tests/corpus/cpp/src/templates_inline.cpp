// corpus: also -fno-exceptions
// Templates and the linkage they bring (linkonce_odr functions, static data members of
// class templates, inline variables, a static local of an inline function shared by every
// caller), lambdas and std::function, smart pointers (unique_ptr, shared_ptr with
// weak_ptr and a custom deleter), move semantics and variadic templates.
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

template <typename T> struct Registry {
  static int instances;
  static std::vector<std::string> &log() {
    static std::vector<std::string> entries;
    return entries;
  }
  T value;
  explicit Registry(T v) : value(std::move(v)) {
    ++instances;
    log().push_back("made");
  }
};
template <typename T> int Registry<T>::instances = 0;

inline int next_id() {
  static int id = 0;
  return ++id;
}
inline int shared_total = 1000;

template <typename... Ts> long sum_all(Ts... xs) { return (0L + ... + long(xs)); }
template <typename T, typename F> std::vector<T> map_vec(const std::vector<T> &in, F f) {
  std::vector<T> out;
  out.reserve(in.size());
  for (const T &x : in) out.push_back(f(x));
  return out;
}

struct Resource {
  std::string name;
  explicit Resource(std::string n) : name(std::move(n)) { printf("acquire %s\n", name.c_str()); }
  ~Resource() { printf("release %s\n", name.c_str()); }
};

struct Movable {
  std::vector<int> data;
  static int copies, moves;
  Movable(size_t n) : data(n, 1) {}
  Movable(const Movable &o) : data(o.data) { ++copies; }
  Movable(Movable &&o) noexcept : data(std::move(o.data)) { ++moves; }
};
int Movable::copies = 0, Movable::moves = 0;

int main() {
  Registry<int> a(1), b(2);
  Registry<std::string> s("x");
  printf("Registry<int>: %d instances, %zu log entries; Registry<string>: %d\n", Registry<int>::instances,
         Registry<int>::log().size(), Registry<std::string>::instances);
  int ids[3] = {next_id(), next_id(), next_id()};
  printf("ids %d %d %d, shared_total %d\n", ids[0], ids[1], ids[2], shared_total += 5);
  printf("sum_all = %ld\n", sum_all(1, 2u, 3L, 'a', short(5)));

  std::vector<int> v = {1, 2, 3, 4, 5};
  int factor = 3;
  auto scaled = map_vec(v, [factor](int x) { return x * factor; });
  std::function<int(int, int)> op = [](int x, int y) { return x * 10 + y; };
  int acc = 0;
  for (int x : scaled) acc = op(acc % 1000, x);
  printf("scaled back %d, folded %d\n", scaled.back(), acc);
  std::vector<std::function<int()>> counters;
  for (int i = 0; i < 3; ++i) counters.push_back([i, n = 0]() mutable { return i * 100 + ++n; });
  for (auto &c : counters) c();
  for (auto &c : counters) printf("counter %d\n", c());

  {
    auto u = std::make_unique<Resource>("unique");
    std::shared_ptr<Resource> sp = std::make_shared<Resource>("shared");
    std::weak_ptr<Resource> wp = sp;
    {
      auto sp2 = sp;
      printf("use_count %ld, expired %d\n", sp.use_count(), wp.expired());
    }
    std::shared_ptr<FILE> custom(stdout, [](FILE *f) { fprintf(f, "custom deleter ran\n"); });
    auto moved = std::move(u);
    printf("moved from is null: %d, owner %s\n", u == nullptr, moved->name.c_str());
    sp.reset();
    printf("after reset expired %d\n", wp.expired());
  }
  std::vector<Movable> ms;
  ms.reserve(4);
  Movable m(100);
  ms.push_back(m);
  ms.push_back(std::move(m));
  ms.emplace_back(10);
  printf("copies %d, moves %d, sizes %zu %zu %zu\n", Movable::copies, Movable::moves, ms[0].data.size(),
         ms[1].data.size(), ms[2].data.size());
  return 0;
}
