// corpus: also -fno-exceptions
// std::string and friends: concatenation, find/substr/replace, std::to_string and
// std::stoi/stod, std::string_view, sorting strings with a custom order, std::optional and
// std::variant with std::visit, and small-string versus heap growth.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

static std::optional<int> parse_int(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

using Value = std::variant<int, double, std::string>;
struct Describe {
  std::string operator()(int i) const { return "int " + std::to_string(i); }
  std::string operator()(double d) const { return "double " + std::to_string(d); }
  std::string operator()(const std::string &s) const { return "string '" + s + "'"; }
};

int main() {
  std::string s = "The quick brown fox";
  s += " jumps over the lazy dog";
  printf("%s (%zu)\n", s.c_str(), s.size());
  size_t pos = s.find("fox");
  printf("fox at %zu, last 'o' at %zu, substr '%s'\n", pos, s.rfind('o'), s.substr(pos, 9).c_str());
  s.replace(s.find("lazy"), 4, "sleepy");
  std::string upper = s;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
  printf("%s\n%s\n", s.c_str(), upper.c_str());

  std::vector<std::string> words;
  std::string_view rest = s;
  while (!rest.empty()) {
    size_t sp = rest.find(' ');
    words.emplace_back(rest.substr(0, sp));
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
  }
  std::sort(words.begin(), words.end(), [](const std::string &a, const std::string &b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  for (const auto &w : words) printf("%s ", w.c_str());
  printf("\n");

  printf("to_string: %s %s %s\n", std::to_string(-42).c_str(), std::to_string(1234567890123LL).c_str(),
         std::to_string(2.5).c_str());
  printf("stoi %d, stol %ld, stod %.3f\n", std::stoi("  77xyz"), std::stol("-123456789012"), std::stod("6.02e2"));
  for (const char *t : {"123", "", "12a", "0042"}) {
    auto r = parse_int(t);
    printf("parse_int('%s') = %s\n", t, r ? std::to_string(*r).c_str() : "none");
  }
  std::vector<Value> values = {7, 3.25, std::string("text"), 0};
  for (const auto &v : values) printf("%s (index %zu)\n", std::visit(Describe{}, v).c_str(), v.index());

  std::string grow;
  size_t reallocs = 0;
  const char *prev = grow.data();
  for (int i = 0; i < 1000; ++i) {
    grow.push_back(char('a' + i % 26));
    if (grow.data() != prev) {
      ++reallocs;
      prev = grow.data();
    }
  }
  printf("grown to %zu chars with %s reallocations, checksum %d\n", grow.size(), reallocs > 3 ? "several" : "few",
         int(std::count(grow.begin(), grow.end(), 'z')));
  std::string_view sv = "  padded  ";
  sv.remove_prefix(sv.find_first_not_of(' '));
  sv.remove_suffix(sv.size() - sv.find_last_not_of(' ') - 1);
  printf("[%.*s] starts with 'pad': %d\n", int(sv.size()), sv.data(), sv.substr(0, 3) == "pad");
  return 0;
}
