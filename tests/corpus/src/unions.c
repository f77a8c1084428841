/* Unions: type punning between float and integer bits, tagged unions, unions containing
 * structs and arrays, unions passed and returned by value. */
#include <stdio.h>
#include <stdint.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

union FloatBits { float f; uint32_t u; unsigned char b[4]; };
union DoubleBits { double d; uint64_t u; uint32_t w[2]; };

enum Kind { K_INT, K_DBL, K_STR, K_PAIR };
struct Value {
    enum Kind kind;
    union {
        long i;
        double d;
        const char *s;
        struct { int a, b; } pair;
    } as;
};

NOINLINE struct Value make_int(long i) { struct Value v = {K_INT, {.i = i}}; return v; }
NOINLINE struct Value make_dbl(double d) { struct Value v = {K_DBL, {.d = d}}; return v; }
NOINLINE struct Value make_str(const char *s) { struct Value v = {K_STR, {.s = s}}; return v; }
NOINLINE struct Value make_pair(int a, int b) {
    struct Value v;
    v.kind = K_PAIR;
    v.as.pair.a = a;
    v.as.pair.b = b;
    return v;
}

NOINLINE void show(struct Value v) {
    switch (v.kind) {
    case K_INT: printf("int %ld\n", v.as.i); break;
    case K_DBL: printf("double %g\n", v.as.d); break;
    case K_STR: printf("string \"%s\"\n", v.as.s); break;
    case K_PAIR: printf("pair (%d, %d)\n", v.as.pair.a, v.as.pair.b); break;
    }
}

NOINLINE union FloatBits negate_bits(union FloatBits x) {
    x.u ^= 0x80000000u;
    return x;
}

NOINLINE float fast_abs(float f) {
    union FloatBits fb = {.f = f};
    fb.u &= 0x7FFFFFFFu;
    return fb.f;
}

int main(void) {
    union FloatBits fb;
    fb.f = 1.0f;
    printf("1.0f = %08x bytes %02x %02x %02x %02x\n", fb.u, fb.b[0], fb.b[1], fb.b[2], fb.b[3]);
    fb.u = 0x40490FDBu;
    printf("0x40490fdb = %.6f\n", fb.f);
    union FloatBits n = negate_bits((union FloatBits){.f = 3.5f});
    printf("negated: %g\n", n.f);
    printf("fast_abs: %g %g\n", fast_abs(-2.75f), fast_abs(0.5f));

    union DoubleBits db = {.d = -2.0};
    printf("-2.0 = %016llx lo=%08x hi=%08x\n", (unsigned long long)db.u, db.w[0], db.w[1]);
    db.u = 0x7FF0000000000000ull;
    printf("inf? %g\n", db.d);
    /* exponent extraction */
    for (double d = 0.125; d < 100; d *= 3) {
        union DoubleBits x = {.d = d};
        int exp = (int)((x.u >> 52) & 0x7FF) - 1023;
        printf("%g exp=%d\n", d, exp);
    }
    struct Value vals[4] = {make_int(-42), make_dbl(6.5), make_str("hello"), make_pair(3, 4)};
    for (int i = 0; i < 4; i++)
        show(vals[i]);
    printf("sizes: %zu %zu %zu\n", sizeof(union FloatBits), sizeof(union DoubleBits),
           sizeof(struct Value));
    union { uint16_t h; uint8_t b[2]; } endian = {.h = 0x0102};
    printf("little endian: %d\n", endian.b[0] == 2);
    return 0;
}
