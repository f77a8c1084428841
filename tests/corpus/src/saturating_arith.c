/* Saturating add and subtract (llvm.[su]{add,sub}.sat) on i32 and i64, with operands at and
 * around the limits (clang 19 promotes char and short operands of the builtins to int, so the
 * narrow ones saturate in 32 bits and then truncate). The i64 forms come from SQLite's pager
 * at -O2, where clang turns `a > b ? a - b : 0` into llvm.usub.sat.
 * corpus: clang-only (the __builtin_elementwise_* functions are clang's). */
#include <stdint.h>
#include <stdio.h>

#define SAT(T, NAME)                                                                         \
  __attribute__((noinline)) static T NAME##_add(T a, T b) { return __builtin_elementwise_add_sat(a, b); } \
  __attribute__((noinline)) static T NAME##_sub(T a, T b) { return __builtin_elementwise_sub_sat(a, b); }

SAT(uint8_t, u8)
SAT(int8_t, s8)
SAT(uint16_t, u16)
SAT(int16_t, s16)
SAT(uint32_t, u32)
SAT(int32_t, s32)
SAT(uint64_t, u64)
SAT(int64_t, s64)

/* The -O2 shape clang turns into llvm.usub.sat on its own. */
__attribute__((noinline)) static uint64_t room_left(uint64_t size, uint64_t used) {
  return size > used ? size - used : 0;
}

int main(void) {
  static const uint64_t u[] = {0, 1, 2, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 0x7fffffff, 0xffffffffu,
                               0x7fffffffffffffffull, 0x8000000000000000ull, 0xfffffffffffffffeull,
                               0xffffffffffffffffull, 12345678901234ull};
  static const int64_t s[] = {0, 1, -1, 100, -100, 127, -128, 32767, -32768, INT32_MAX, INT32_MIN,
                              INT64_MAX, INT64_MIN, INT64_MAX - 5, INT64_MIN + 5, -987654321012345ll};
  unsigned long long h = 0;
  int n_u = sizeof u / sizeof u[0], n_s = sizeof s / sizeof s[0];
  for (int i = 0; i < n_u; i++)
    for (int j = 0; j < n_u; j++) {
      uint64_t a = u[i], b = u[j];
      h = h * 31 + u8_add((uint8_t)a, (uint8_t)b) + u8_sub((uint8_t)a, (uint8_t)b);
      h = h * 31 + u16_add((uint16_t)a, (uint16_t)b) + u16_sub((uint16_t)a, (uint16_t)b);
      h = h * 31 + u32_add((uint32_t)a, (uint32_t)b) + u32_sub((uint32_t)a, (uint32_t)b);
      h = h * 31 + u64_add(a, b) + u64_sub(a, b) + room_left(a, b);
    }
  printf("unsigned hash %016llx\n", h);
  for (int i = 0; i < n_s; i++)
    for (int j = 0; j < n_s; j++) {
      int64_t a = s[i], b = s[j];
      h = h * 31 + (uint8_t)s8_add((int8_t)a, (int8_t)b) + (uint8_t)s8_sub((int8_t)a, (int8_t)b);
      h = h * 31 + (uint16_t)s16_add((int16_t)a, (int16_t)b) + (uint16_t)s16_sub((int16_t)a, (int16_t)b);
      h = h * 31 + (uint32_t)s32_add((int32_t)a, (int32_t)b) + (uint32_t)s32_sub((int32_t)a, (int32_t)b);
      h = h * 31 + (uint64_t)s64_add(a, b) + (uint64_t)s64_sub(a, b);
    }
  printf("signed hash %016llx\n", h);
  printf("u64: %llu %llu %llu %llu\n", (unsigned long long)u64_add(UINT64_MAX - 1, 1),
         (unsigned long long)u64_add(UINT64_MAX - 1, 2), (unsigned long long)u64_sub(5, 7),
         (unsigned long long)u64_sub(7, 5));
  printf("s64: %lld %lld %lld %lld %lld\n", (long long)s64_add(INT64_MAX, 1), (long long)s64_add(INT64_MIN, -1),
         (long long)s64_sub(INT64_MIN, 1), (long long)s64_sub(INT64_MAX, -1), (long long)s64_sub(-5, 7));
  printf("s8: %d %d u8: %d %d room %llu %llu\n", s8_add(100, 100), s8_sub(-100, 100), u8_add(200, 100),
         u8_sub(100, 200), (unsigned long long)room_left(10, 3), (unsigned long long)room_left(3, 10));
  return 0;
}
