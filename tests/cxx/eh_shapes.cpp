// Every exception-handling shape clang emits for Linux (Itanium EH), in a program that
// never throws: try/catch by type, by reference and catch(...), rethrow, nested try,
// noexcept functions (terminate pads), destructors (cleanup pads), a function-try-block,
// a loop with an invoke, and llvm.eh.typeid.for in the catch dispatch.
#include <cstdio>
#include <exception>

struct Noisy {
  int id;
  explicit Noisy(int i) : id(i) {}
  ~Noisy() { std::printf("~Noisy(%d)\n", id); }
};

struct MyError {
  int code;
};

// Not inlined, so the callers keep their invokes at -O2.
__attribute__((noinline)) int may_throw(int x) {
  if (x < 0) throw MyError{x};
  return x * 2;
}

__attribute__((noinline)) int catch_by_type(int x) {
  try {
    return may_throw(x);
  } catch (int e) {
    return e;
  } catch (const MyError &e) {
    return e.code;
  } catch (const std::exception &) {
    return -100;
  }
}

__attribute__((noinline)) int catch_all_rethrow(int x) {
  try {
    return may_throw(x) + 1;
  } catch (...) {
    std::printf("rethrowing\n");
    throw;
  }
}

__attribute__((noinline)) int nested(int x) {
  int r = 0;
  try {
    try {
      r = may_throw(x);
    } catch (const MyError &) {
      r = -1;
      throw;
    }
  } catch (...) {
    r -= 10;
  }
  return r;
}

__attribute__((noinline)) int with_cleanup(int x) {
  Noisy a(x);
  Noisy b(x + 1);
  return may_throw(x) + may_throw(x + 1);
}

__attribute__((noinline)) void no_except(int x) noexcept {
  std::printf("noexcept got %d\n", may_throw(x));
}

__attribute__((noinline)) int function_try_block(int x) try {
  return may_throw(x) + 3;
} catch (...) {
  return -3;
}

__attribute__((noinline)) int loop_with_invokes(int n) {
  int sum = 0;
  for (int i = 0; i < n; ++i) {
    try {
      sum += may_throw(i);
    } catch (const MyError &e) {
      sum += e.code;
    }
  }
  return sum;
}

struct Holder {
  Noisy n;
  int v;
  Holder(int x) try : n(x), v(may_throw(x)) {
  } catch (...) {
    std::printf("constructor failed\n");
  }
};

int main() {
  std::printf("%d\n", catch_by_type(5));
  std::printf("%d\n", catch_all_rethrow(6));
  std::printf("%d\n", nested(7));
  std::printf("%d\n", with_cleanup(8));
  no_except(9);
  std::printf("%d\n", function_try_block(10));
  std::printf("%d\n", loop_with_invokes(11));
  Holder h(12);
  std::printf("holder %d %d\n", h.n.id, h.v);
  return 0;
}
