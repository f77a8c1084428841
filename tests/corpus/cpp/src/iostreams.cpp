// corpus: also -fno-exceptions
// iostreams: std::cout with manipulators (width, fill, precision, fixed, scientific, hex,
// showbase, boolalpha), operator<< for user types, std::ostringstream and
// std::istringstream parsing with std::getline, stream states, and std::endl flushing
// between printf and cout output (both go to the same stdout).
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct Point {
  int x, y;
};
std::ostream &operator<<(std::ostream &os, const Point &p) { return os << '(' << p.x << ", " << p.y << ')'; }
std::istream &operator>>(std::istream &is, Point &p) {
  char open, comma, close;
  return is >> open >> p.x >> comma >> p.y >> close;
}

int main() {
  std::cout << "hello from iostream" << std::endl;
  printf("printf in between\n");
  fflush(stdout);
  std::cout << std::setw(8) << 42 << '|' << std::left << std::setw(8) << "left" << '|' << std::right
            << std::setfill('*') << std::setw(6) << 7 << std::setfill(' ') << '\n';
  std::cout << std::fixed << std::setprecision(3) << 3.14159265 << ' ' << std::scientific << 12345.678
            << ' ' << std::defaultfloat << std::setprecision(6) << 0.1 << '\n';
  std::cout << std::hex << std::showbase << 255 << ' ' << std::oct << 8 << ' ' << std::dec << std::noshowbase
            << 255 << ' ' << std::boolalpha << true << ' ' << false << std::noboolalpha << ' ' << true << '\n';
  Point p{3, -4};
  std::cout << "point " << p << '\n';

  std::ostringstream os;
  for (int i = 0; i < 5; ++i) os << (i ? "," : "") << i * i;
  std::string joined = os.str();
  std::cout << "joined: " << joined << " (" << joined.size() << " chars)\n";

  std::istringstream in("alpha 12 3.5\nbeta 7 -1.25\ngamma x 0\n(10, 20)");
  std::string line;
  int lines = 0;
  while (lines < 3 && std::getline(in, line)) {
    std::istringstream fields(line);
    std::string name;
    int n = 0;
    double d = 0;
    if (fields >> name >> n >> d)
      std::cout << name << ": " << n << " * " << d << " = " << n * d << '\n';
    else
      std::cout << name << ": parse error (fail=" << fields.fail() << ")\n";
    ++lines;
  }
  Point q{};
  in >> q;
  std::cout << "read point " << q << ", good " << in.good() << ", eof " << in.eof() << '\n';

  std::vector<std::string> words;
  std::istringstream ws("  several   words\tseparated by   spaces ");
  for (std::string w; ws >> w;) words.push_back(w);
  std::cout << words.size() << " words, last '" << words.back() << "'\n";
  std::stringstream conv;
  conv << 0x7f << ' ' << 1e-3;
  int a;
  double b;
  conv >> a >> b;
  std::cout << "round trip " << a << ' ' << b << std::endl;
  std::cerr << "this goes to stderr and is not compared\n";
  return 0;
}
