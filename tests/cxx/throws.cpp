// A program that throws: the interpreter cannot unwind and must stop with a clear error
// naming C++ exceptions and the call site.
// cxx: throws
#include <cstdio>
#include <stdexcept>

__attribute__((noinline)) int check(int x) {
  if (x > 2) throw std::runtime_error("too big");
  return x;
}

int main() {
  int sum = 0;
  for (int i = 0; i < 5; ++i) {
    try {
      sum += check(i);
    } catch (const std::exception &e) {
      std::printf("caught %s\n", e.what());
    }
  }
  std::printf("%d\n", sum);
  return 0;
}
