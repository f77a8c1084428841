/* Conversions between floating point and integers of every width, staying inside the
 * defined ranges: truncation toward zero, large unsigned values, exact powers of two. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

NOINLINE int32_t d2i(double d) { return (int32_t)d; }
NOINLINE uint32_t d2u(double d) { return (uint32_t)d; }
NOINLINE int64_t d2l(double d) { return (int64_t)d; }
NOINLINE uint64_t d2ul(double d) { return (uint64_t)d; }
NOINLINE int8_t f2i8(float f) { return (int8_t)f; }
NOINLINE uint8_t f2u8(float f) { return (uint8_t)f; }
NOINLINE int16_t f2i16(float f) { return (int16_t)f; }
NOINLINE double u2d(uint64_t u) { return (double)u; }
NOINLINE float u2f(uint32_t u) { return (float)u; }
NOINLINE double i2d(int64_t i) { return (double)i; }
NOINLINE float l2f(int64_t i) { return (float)i; }

int main(void) {
    static const double ds[] = {0.0, -0.0, 0.5, -0.5, 0.999, -0.999, 1.5, -1.5,
                                2147483647.0, -2147483648.0, 123456.789, -98765.4321};
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++)
        printf("d2i(%g) = %d\n", ds[i], d2i(ds[i]));
    printf("d2u: %u %u %u\n", d2u(4294967295.0), d2u(3000000000.5), d2u(0.75));
    printf("d2l: %" PRId64 " %" PRId64 "\n", d2l(9.2e18), d2l(-9.2e18));
    printf("d2ul: %" PRIu64 " %" PRIu64 " %" PRIu64 "\n", d2ul(1.8e19), d2ul(9223372036854775808.0),
           d2ul(12345.9));
    printf("f2i8: %d %d %d\n", f2i8(127.9f), f2i8(-128.9f), f2i8(-3.7f));
    printf("f2u8: %u %u\n", f2u8(255.99f), f2u8(0.3f));
    printf("f2i16: %d %d\n", f2i16(-32768.5f), f2i16(32767.0f));

    printf("u2d: %.1f %.1f %.1f\n", u2d(UINT64_MAX), u2d(0x8000000000000001ull), u2d(12345));
    printf("u2f: %.1f %.1f\n", u2f(UINT32_MAX), u2f(16777217u));
    printf("i2d: %.1f %.1f\n", i2d(INT64_MIN), i2d(-9007199254740993LL));
    printf("l2f: %.1f %.1f\n", l2f(INT64_MAX), l2f(-123456789012LL));

    /* round trip through float loses precision above 2^24 */
    int lost = 0;
    for (int32_t v = 16777200; v < 16777240; v++)
        if ((int32_t)(float)v != v)
            lost++;
    printf("float roundtrip lost: %d\n", lost);
    int dlost = 0;
    for (int64_t v = 9007199254740980LL; v < 9007199254741000LL; v++)
        if ((int64_t)(double)v != v)
            dlost++;
    printf("double roundtrip lost: %d\n", dlost);

    /* char/short to float and back */
    signed char sc = -77;
    unsigned short us = 65000;
    float f = sc;
    double d = us;
    printf("small ints: %.1f %.1f\n", f, d);
    unsigned char uc = (unsigned char)(f + 200.0f);
    printf("back: %u\n", uc);

    /* powers of two are exact */
    double p = 1.0;
    for (int i = 0; i < 63; i++)
        p *= 2.0;
    printf("2^63 = %" PRIu64 "\n", (uint64_t)p);
    printf("2^62 = %" PRId64 "\n", (int64_t)(p / 2.0));
    float fp = (float)(1u << 31);
    printf("2^31 as u32: %u\n", (uint32_t)fp);
    return 0;
}
