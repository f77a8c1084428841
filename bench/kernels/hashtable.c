// Open-addressing hash table of 64-bit keys: inserts, lookups and updates.
#include <stdio.h>
#include <stdlib.h>

enum { CAPACITY = 1 << 20, OPS = 3000000 };

static unsigned long mix(unsigned long k) {
    k ^= k >> 33; k *= 0xff51afd7ed558ccdUL; k ^= k >> 33;
    return k;
}

int main(void) {
    unsigned long *keys = calloc(CAPACITY, sizeof *keys), *vals = calloc(CAPACITY, sizeof *vals);
    unsigned long checksum = 0, x = 7;
    for (int round = 0; round < 2; round++) {
        for (long i = 0; i < CAPACITY; i++) keys[i] = 0;
        for (long op = 0; op < OPS; op++) {
            x = x * 6364136223846793005UL + 1442695040888963407UL;
            unsigned long key = (x >> 44) + 1;
            unsigned long slot = mix(key) & (CAPACITY - 1);
            while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & (CAPACITY - 1);
            if (keys[slot] == key) { vals[slot] += op; checksum += vals[slot] & 0xff; }
            else { keys[slot] = key; vals[slot] = op; }
        }
    }
    for (long i = 0; i < CAPACITY; i++) checksum += keys[i] ^ vals[i];
    free(keys); free(vals);
    printf("%lu\n", checksum);
    return 0;
}
