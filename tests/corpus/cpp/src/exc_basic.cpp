// Throwing and catching: by exact type, by base class (a library exception caught as
// std::exception, a user hierarchy caught through its base), by value and by reference,
// catch (...), rethrow with `throw;`, nested try blocks and a handler that throws anew.
#include <cstdio>
#include <stdexcept>
#include <string>

struct AppError {
  int code;
  explicit AppError(int c) : code(c) {}
  virtual ~AppError() = default;
  virtual const char *kind() const { return "AppError"; }
};
struct IoError : AppError {
  std::string path;
  IoError(int c, std::string p) : AppError(c), path(std::move(p)) {}
  const char *kind() const override { return "IoError"; }
};
struct ParseError : AppError {
  int line;
  ParseError(int c, int l) : AppError(c), line(l) {}
  const char *kind() const override { return "ParseError"; }
};

__attribute__((noinline)) int work(int what) {
  switch (what) {
  case 0: return 42;
  case 1: throw 7;
  case 2: throw std::runtime_error("runtime failure");
  case 3: throw IoError(5, "/etc/missing");
  case 4: throw ParseError(9, 120);
  case 5: throw std::string("a string");
  case 6: throw 2.5;
  default: throw std::out_of_range("what out of range");
  }
}

static void classify(int what) {
  try {
    int r = work(what);
    printf("%d: returned %d\n", what, r);
  } catch (int i) {
    printf("%d: caught int %d\n", what, i);
  } catch (const IoError &e) {
    printf("%d: caught IoError code=%d path=%s\n", what, e.code, e.path.c_str());
  } catch (const AppError &e) {
    printf("%d: caught %s through AppError code=%d\n", what, e.kind(), e.code);
  } catch (const std::logic_error &e) {
    printf("%d: caught logic_error: %s\n", what, e.what());
  } catch (const std::exception &e) {
    printf("%d: caught std::exception: %s\n", what, e.what());
  } catch (std::string s) {
    printf("%d: caught string by value: %s\n", what, s.c_str());
  } catch (...) {
    printf("%d: caught something else\n", what);
  }
}

static int rethrow_count = 0;

__attribute__((noinline)) void relay(int what) {
  try {
    work(what);
  } catch (...) {
    ++rethrow_count;
    throw; // the same object, type and all
  }
}

static void nested(int what) {
  try {
    try {
      relay(what);
    } catch (const ParseError &e) {
      printf("inner: ParseError line %d, throwing a runtime_error instead\n", e.line);
      throw std::runtime_error("converted parse error");
    }
    printf("nested %d: no exception reached the outer block\n", what);
  } catch (const AppError &e) {
    printf("outer: %s code %d\n", e.kind(), e.code);
  } catch (const std::exception &e) {
    printf("outer: std::exception '%s'\n", e.what());
  }
}

int main() {
  for (int i = 0; i <= 7; ++i) classify(i);
  for (int i : {0, 3, 4, 2}) nested(i);
  printf("rethrown %d times\n", rethrow_count);
  int caught = 0;
  for (int round = 0; round < 1000; ++round) {
    try {
      work(1 + round % 7);
    } catch (...) {
      ++caught;
    }
  }
  printf("caught %d of 1000\n", caught);
  return 0;
}
