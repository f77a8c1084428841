// iostreams and string streams: std::cout, std::ostringstream, std::istringstream,
// manipulators and std::string operations (libstdc++'s locale and stream code is full of
// invokes and cleanups).
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct Point {
  double x, y;
};

std::ostream &operator<<(std::ostream &os, const Point &p) {
  return os << '(' << p.x << ", " << p.y << ')';
}

static std::string describe(const std::vector<Point> &pts) {
  std::ostringstream os;
  os << std::fixed << std::setprecision(2);
  for (size_t i = 0; i < pts.size(); ++i) {
    if (i) os << " -> ";
    os << pts[i];
  }
  return os.str();
}

static std::vector<int> parse_numbers(const std::string &text) {
  std::istringstream is(text);
  std::vector<int> out;
  int v;
  while (is >> v) out.push_back(v);
  return out;
}

int main() {
  std::vector<Point> pts{{0, 0}, {1.5, 2.25}, {3, 4.125}};
  std::cout << "path: " << describe(pts) << '\n';
  std::vector<int> nums = parse_numbers("10 20 30 -5 7");
  long sum = 0;
  for (int n : nums) sum += n;
  std::cout << "parsed " << nums.size() << " numbers, sum " << sum << std::endl;
  std::cout << std::hex << 255 << ' ' << std::dec << 255 << ' ' << std::setw(6) << std::setfill('*') << 42
            << '\n';
  std::string s = "Hello, World";
  std::string upper;
  for (char c : s) upper += (c >= 'a' && c <= 'z') ? char(c - 32) : c;
  std::cout << upper << " (" << s.find("World") << ")\n";
  std::cerr << "done\n";
  return 0;
}
