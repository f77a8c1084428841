/* Byte-oriented loops that clang -O2 vectorizes: counting, transforming, widening sums,
 * bool counting, conditional stores, first-match searches and GNU vector extensions with
 * variable lane indices. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdbool.h>

typedef int v4si __attribute__((vector_size(16)));
typedef unsigned char v16qu __attribute__((vector_size(16)));
typedef short v8hi __attribute__((vector_size(16)));

static unsigned char buf[1000];
static unsigned char out[1000];
static bool flags[777];

__attribute__((noinline)) static size_t count_byte(const unsigned char *p, size_t n, unsigned char c) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += p[i] == c;
    return k;
}

__attribute__((noinline)) static uint32_t widen_sum(const unsigned char *p, size_t n) {
    uint32_t s = 0;
    for (size_t i = 0; i < n; i++)
        s += p[i];
    return s;
}

__attribute__((noinline)) static int32_t signed_widen_sum(const signed char *p, size_t n) {
    int32_t s = 0;
    for (size_t i = 0; i < n; i++)
        s += p[i] * 3 - 1;
    return s;
}

__attribute__((noinline)) static void to_upper(unsigned char *d, const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        d[i] = (c >= 'a' && c <= 'z') ? (unsigned char)(c - 32) : c;
    }
}

__attribute__((noinline)) static void xor_cipher(unsigned char *d, size_t n, uint32_t key) {
    for (size_t i = 0; i < n; i++)
        d[i] ^= (unsigned char)(key >> ((i & 3) * 8));
}

__attribute__((noinline)) static int count_true(const bool *b, int n) {
    int k = 0;
    for (int i = 0; i < n; i++)
        k += b[i];
    return k;
}

__attribute__((noinline)) static void clamp_store(unsigned char *d, const unsigned char *s, int n, unsigned char lim) {
    for (int i = 0; i < n; i++)
        if (s[i] > lim)
            d[i] = lim;
}

__attribute__((noinline)) static long first_zero(const unsigned char *p, long n) {
    for (long i = 0; i < n; i++)
        if (p[i] == 0)
            return i;
    return -1;
}

__attribute__((noinline)) static uint64_t histogram_mix(const unsigned char *p, int n) {
    uint16_t hist[16] = {0};
    for (int i = 0; i < n; i++)
        hist[p[i] & 15]++;
    uint64_t h = 0;
    for (int i = 0; i < 16; i++)
        h = h * 31 + hist[i];
    return h;
}

__attribute__((noinline)) static uint8_t max_byte(const uint8_t *p, int n) {
    uint8_t m = 0;
    for (int i = 0; i < n; i++)
        m = p[i] > m ? p[i] : m;
    return m;
}

__attribute__((noinline)) static int8_t min_sbyte(const int8_t *p, int n) {
    int8_t m = 127;
    for (int i = 0; i < n; i++)
        m = p[i] < m ? p[i] : m;
    return m;
}

__attribute__((noinline)) static void sat_add(uint8_t *d, const uint8_t *a, const uint8_t *b, int n) {
    for (int i = 0; i < n; i++) {
        unsigned s = a[i] + b[i];
        d[i] = s > 255 ? 255 : (uint8_t)s;
    }
}

__attribute__((noinline)) static void u16_from_bytes(uint16_t *d, const uint8_t *s, int n) {
    for (int i = 0; i < n; i++)
        d[i] = (uint16_t)(s[2 * i] | (s[2 * i + 1] << 8));
}

static inline __attribute__((always_inline)) int lane_get(v4si v, int i) { return v[i]; }

__attribute__((noinline)) static bool any_zero(const unsigned char *p, int n) {
    bool any = false;
    for (int i = 0; i < n; i++)
        any |= p[i] == 0;
    return any;
}

__attribute__((noinline)) static int all_below(const unsigned char *p, int n, unsigned char lim) {
    int all = 1;
    for (int i = 0; i < n; i++)
        all &= p[i] < lim;
    return all;
}

__attribute__((noinline)) static int lane_pick(const int *init, const unsigned char *sel, int n) {
    v4si v = {init[0], init[1], init[2], init[3]};
    int acc = 0;
    for (int i = 0; i < n; i++) {
        acc += v[sel[i] & 3];
        v[(sel[i] >> 2) & 3] ^= i;
    }
    return acc + v[0] - v[3];
}

int main(void) {
    uint32_t x = 12345;
    for (int i = 0; i < 1000; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (unsigned char)(x >> 16);
    }
    for (int i = 0; i < 777; i++)
        flags[i] = (buf[i] & 5) == 1;
    printf("count 0x41: %zu, count 0: %zu\n", count_byte(buf, 1000, 0x41), count_byte(buf, 997, 0));
    printf("widen sum: %u %u\n", widen_sum(buf, 1000), widen_sum(buf + 3, 61));
    printf("signed widen: %d\n", signed_widen_sum((const signed char *)buf, 999));
    const char *text = "Hello, vectorized world! abcdefghijklmnopqrstuvwxyz 0123456789 The quick brown fox.";
    size_t tl = strlen(text);
    to_upper(out, (const unsigned char *)text, tl + 1);
    printf("upper: %s\n", out);
    xor_cipher(out, tl, 0xa5c3f00du);
    uint32_t ck = 0;
    for (size_t i = 0; i < tl; i++)
        ck = ck * 33 + out[i];
    xor_cipher(out, tl, 0xa5c3f00du);
    printf("cipher check %08x, roundtrip %s\n", ck, out);
    printf("true flags: %d of 777, %d of 100\n", count_true(flags, 777), count_true(flags + 5, 100));
    memcpy(out, buf, 1000);
    clamp_store(out, buf, 1000, 200);
    printf("clamped: %u %u max %u\n", widen_sum(out, 1000), out[17], max_byte(out, 1000));
    printf("max byte %u, min sbyte %d\n", max_byte(buf, 1000), min_sbyte((const int8_t *)buf, 1000));
    memset(out, 7, 300);
    out[211] = 0;
    printf("any zero: %d %d, all below: %d %d\n", any_zero(out, 300), any_zero(out, 200),
           all_below(buf, 1000, 255), all_below(out, 1000, 8));
    printf("lane pick: %d\n", lane_pick((const int[]){3, -5, 7, 11}, buf, 1000));
    printf("first zero: %ld %ld\n", first_zero(out, 300), first_zero(out, 200));
    printf("histogram mix: %llu\n", (unsigned long long)histogram_mix(buf, 1000));
    sat_add(out, buf, buf + 500, 500);
    printf("sat add: %u %u %u\n", widen_sum(out, 500), out[0], out[499]);
    uint16_t words[200];
    u16_from_bytes(words, buf, 200);
    uint32_t ws = 0;
    for (int i = 0; i < 200; i++)
        ws += words[i] ^ (uint32_t)i;
    printf("u16 words: %u %u\n", ws, words[7]);

    v4si v = {10, -20, 30, -40};
    int acc = 0;
    for (int i = 0; i < 4; i++) {
        v[(i * 3) & 3] += i;
        acc = acc * 7 + lane_get(v, i);
    }
    printf("vector lanes: %d %d %d %d acc %d\n", v[0], v[1], v[2], v[3], acc);
    v16qu bytes;
    for (int i = 0; i < 16; i++)
        bytes[i] = buf[i * 7];
    v16qu shifted = __builtin_shufflevector(bytes, bytes, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    v16qu mixed = (shifted ^ bytes) + (v16qu){1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    unsigned bsum = 0;
    for (int i = 0; i < 16; i++)
        bsum = bsum * 3 + mixed[i];
    v8hi halves = __builtin_convertvector(__builtin_shufflevector(mixed, mixed, 0, 2, 4, 6, 8, 10, 12, 14), v8hi);
    halves = halves * 3 - (v8hi){100, 200, 300, 400, 500, 600, 700, 800};
    int hsum = 0;
    for (int i = 0; i < 8; i++)
        hsum += halves[i] >> 1;
    v4si widened = (v4si)mixed;
    printf("bytes: %u halves %d widened %d %d\n", bsum, hsum, widened[0], widened[3]);
    return 0;
}
