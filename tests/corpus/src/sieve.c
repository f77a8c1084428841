/* Sieve of Eratosthenes with a byte array and with a bit array, prime counting,
 * twin primes, the largest prime gap, Goldbach decompositions and prime factorization. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define LIMIT 100000

static unsigned char composite[LIMIT + 1];

static int byte_sieve(void) {
    memset(composite, 0, sizeof composite);
    composite[0] = composite[1] = 1;
    for (long i = 2; i * i <= LIMIT; i++)
        if (!composite[i])
            for (long j = i * i; j <= LIMIT; j += i)
                composite[j] = 1;
    int count = 0;
    for (int i = 0; i <= LIMIT; i++) count += !composite[i];
    return count;
}

static int bit_sieve(uint64_t *bits, int limit) {
    /* bit set = composite; only odd numbers stored */
    int half = limit / 2 + 1;
    memset(bits, 0, (size_t)(half + 63) / 64 * 8);
    for (int i = 3; i * i <= limit; i += 2)
        if (!(bits[(i / 2) >> 6] >> ((i / 2) & 63) & 1))
            for (int j = i * i; j <= limit; j += 2 * i)
                bits[(j / 2) >> 6] |= 1ull << ((j / 2) & 63);
    int count = limit >= 2;
    for (int i = 3; i <= limit; i += 2)
        count += !(bits[(i / 2) >> 6] >> ((i / 2) & 63) & 1);
    return count;
}

static void factor(unsigned long n) {
    printf("%lu =", n);
    const char *sep = " ";
    for (unsigned long p = 2; p * p <= n; p++)
        while (n % p == 0) { printf("%s%lu", sep, p); sep = " * "; n /= p; }
    if (n > 1) printf("%s%lu", sep, n);
    printf("\n");
}

int main(void) {
    printf("primes <= %d: %d\n", LIMIT, byte_sieve());
    uint64_t *bits = malloc((LIMIT / 2 + 64) / 64 * 8 + 8);
    printf("bit sieve agrees: %d\n", bit_sieve(bits, LIMIT) == byte_sieve());
    printf("bit sieve 1000: %d\n", bit_sieve(bits, 1000));
    free(bits);
    int twins = 0, last = 0;
    for (int i = 3; i + 2 <= LIMIT; i += 2)
        if (!composite[i] && !composite[i + 2]) { twins++; last = i; }
    printf("twin pairs=%d last=(%d,%d)\n", twins, last, last + 2);
    for (int even = 100; even <= 1000; even += 300)
        for (int p = 2; p <= even / 2; p++)
            if (!composite[p] && !composite[even - p]) {
                printf("goldbach %d = %d + %d\n", even, p, even - p);
                break;
            }
    int gap = 0, gap_at = 0, prev = 2;
    for (int i = 3; i <= LIMIT; i++)
        if (!composite[i]) {
            if (i - prev > gap) { gap = i - prev; gap_at = prev; }
            prev = i;
        }
    printf("largest gap=%d after %d\n", gap, gap_at);
    factor(360);
    factor(9999991);
    factor(600851475143UL);
    factor(1UL << 40);
    return 0;
}
