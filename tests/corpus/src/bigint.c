/* Arbitrary-precision unsigned arithmetic with 32-bit limbs and 64-bit intermediates:
 * add, multiply by small and big numbers, divide by small, decimal printing;
 * computes 2^256, 60!, and a large fibonacci number. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define LIMBS 40
struct Big { uint32_t d[LIMBS]; int n; };

static void big_set(struct Big *b, uint32_t v) { memset(b, 0, sizeof *b); b->d[0] = v; b->n = v ? 1 : 0; }

static void big_add(struct Big *r, const struct Big *a, const struct Big *b) {
    uint64_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {
        uint64_t x = i < a->n ? a->d[i] : 0, y = i < b->n ? b->d[i] : 0;
        uint64_t s = x + y + carry;
        r->d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    if (carry) r->d[n++] = (uint32_t)carry;
    r->n = n;
}

static void big_mul_small(struct Big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t p = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)p;
        carry = p >> 32;
    }
    if (carry) b->d[b->n++] = (uint32_t)carry;
}

static void big_mul(struct Big *r, const struct Big *a, const struct Big *b) {
    struct Big t;
    memset(&t, 0, sizeof t);
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            uint64_t cur = t.d[i + j] + (uint64_t)a->d[i] * b->d[j] + carry;
            t.d[i + j] = (uint32_t)cur;
            carry = cur >> 32;
        }
        t.d[i + b->n] = (uint32_t)carry;
    }
    t.n = a->n + b->n;
    while (t.n > 0 && t.d[t.n - 1] == 0) t.n--;
    *r = t;
}

static uint32_t big_divmod_small(struct Big *b, uint32_t m) {
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint64_t cur = rem << 32 | b->d[i];
        b->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    while (b->n > 0 && b->d[b->n - 1] == 0) b->n--;
    return (uint32_t)rem;
}

static void big_print(const char *label, const struct Big *b) {
    struct Big t = *b;
    char digits[400];
    int k = 0;
    do { digits[k++] = (char)('0' + big_divmod_small(&t, 10)); } while (t.n > 0);
    printf("%s = ", label);
    while (k) putchar(digits[--k]);
    putchar('\n');
}

int main(void) {
    struct Big p;
    big_set(&p, 1);
    for (int i = 0; i < 256; i++) big_mul_small(&p, 2);
    big_print("2^256", &p);
    struct Big f;
    big_set(&f, 1);
    for (uint32_t i = 2; i <= 60; i++) big_mul_small(&f, i);
    big_print("60!", &f);
    struct Big a, b, c;
    big_set(&a, 0);
    big_set(&b, 1);
    for (int i = 0; i < 300; i++) { big_add(&c, &a, &b); a = b; b = c; }
    big_print("fib(300)", &a);
    struct Big sq;
    big_mul(&sq, &f, &f);
    big_print("(60!)^2", &sq);
    printf("limbs: %d %d %d\n", p.n, f.n, sq.n);
    uint32_t r = big_divmod_small(&f, 1000000007u);
    printf("60! mod 1e9+7 = %u\n", r);
    return 0;
}
