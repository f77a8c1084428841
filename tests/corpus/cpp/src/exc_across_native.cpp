// Exceptions crossing native libstdc++ frames in both directions: a JIT comparator that
// throws out of std::sort, a std::function callback that throws through a library
// algorithm, exceptions thrown by the library (vector::at, stoi, bad_function_call,
// dynamic_cast to a reference, bad_variant_access, bad_optional_access) caught by JIT code,
// and std::exception_ptr round trips.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

struct CompareLimit : std::runtime_error {
  int calls;
  explicit CompareLimit(int c) : std::runtime_error("comparator gave up"), calls(c) {}
};

struct Base { virtual ~Base() = default; };
struct Derived : Base {};
struct Other : Base {};

int main() {
  std::vector<int> v;
  unsigned x = 12345;
  for (int i = 0; i < 200; ++i) {
    x = x * 1103515245u + 12345u;
    v.push_back(int((x >> 8) % 1000));
  }
  int calls = 0;
  try {
    std::sort(v.begin(), v.end(), [&](int a, int b) {
      if (++calls == 500) throw CompareLimit(calls);
      return a < b;
    });
    printf("sorted without throwing\n");
  } catch (const CompareLimit &e) {
    long sum = 0;
    for (int i : v) sum += i;
    printf("sort interrupted after %d comparisons, %zu elements, sum %ld\n", e.calls, v.size(), sum);
  }
  std::sort(v.begin(), v.end());
  printf("sorted: first %d last %d\n", v.front(), v.back());

  std::function<void(int)> visit = [](int i) {
    if (i == 17) throw std::invalid_argument("seventeen");
  };
  try {
    std::for_each(v.begin(), v.end(), [&](int i) { visit(i % 50); });
    printf("no element hit 17\n");
  } catch (const std::invalid_argument &e) {
    printf("for_each stopped: %s\n", e.what());
  }

  std::map<std::string, std::function<int(int)>> ops = {
      {"double", [](int a) { return 2 * a; }},
      {"fail", [](int) -> int { throw std::domain_error("op failed"); }},
  };
  for (const char *name : {"double", "fail", "missing"}) {
    try {
      std::function<int(int)> f;
      auto it = ops.find(name);
      if (it != ops.end()) f = it->second;
      printf("%s(21) = %d\n", name, f(21));
    } catch (const std::bad_function_call &) {
      printf("%s: bad_function_call\n", name);
    } catch (const std::exception &e) {
      printf("%s: %s\n", name, e.what());
    }
  }

  try {
    printf("%d\n", v.at(1000));
  } catch (const std::out_of_range &) {
    printf("vector::at threw out_of_range\n");
  }
  for (const char *s : {"123", "x9", "99999999999999999999"}) {
    try {
      printf("stoi(%s) = %d\n", s, std::stoi(s));
    } catch (const std::invalid_argument &) {
      printf("stoi(%s): invalid_argument\n", s);
    } catch (const std::out_of_range &) {
      printf("stoi(%s): out_of_range\n", s);
    }
  }
  Other o;
  Base &b = o;
  try {
    Derived &d = dynamic_cast<Derived &>(b);
    printf("cast succeeded (%d)\n", &d == &b);
  } catch (const std::bad_cast &) {
    printf("dynamic_cast<Derived&> threw bad_cast\n");
  }
  std::variant<int, std::string> var = 5;
  try {
    printf("%s\n", std::get<std::string>(var).c_str());
  } catch (const std::bad_variant_access &) {
    printf("get<string> threw bad_variant_access\n");
  }
  std::optional<int> none;
  try {
    printf("%d\n", none.value());
  } catch (const std::bad_optional_access &) {
    printf("optional::value threw bad_optional_access\n");
  }

  std::exception_ptr saved;
  try {
    throw std::overflow_error("kept for later");
  } catch (...) {
    saved = std::current_exception();
  }
  try {
    std::rethrow_exception(saved);
  } catch (const std::exception &e) {
    printf("rethrown from exception_ptr: %s\n", e.what());
  }
  auto eptr = std::make_exception_ptr(CompareLimit(3));
  try {
    std::rethrow_exception(eptr);
  } catch (const CompareLimit &e) {
    printf("make_exception_ptr: %s after %d\n", e.what(), e.calls);
  }
  return 0;
}
