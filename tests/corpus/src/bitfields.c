/* Bitfields of odd widths, signed and unsigned, spanning storage units, packed flags,
 * read-modify-write through pointers and bitfields in structs passed by value. */
#include <stdio.h>
#include <string.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

struct Flags {
    unsigned int ready : 1;
    unsigned int mode : 3;
    signed int delta : 5;
    unsigned int count : 7;
    signed int offset : 12;
    unsigned int tail : 4;
};

struct Wide {
    unsigned long long lo : 40;
    unsigned long long hi : 24;
    signed long long s : 33;
    unsigned int small : 3;
};

struct Mixed {
    unsigned char tag;
    unsigned int a : 9;
    unsigned int b : 9;
    signed int c : 6;
    unsigned short d : 10;
};

NOINLINE struct Flags bump(struct Flags f) {
    f.count++;
    f.delta++;
    f.mode = (f.mode + 5) & 7;
    return f;
}

NOINLINE void show(const char *label, const struct Flags *f) {
    printf("%s: ready=%u mode=%u delta=%d count=%u offset=%d tail=%u\n", label, f->ready, f->mode,
           f->delta, f->count, f->offset, f->tail);
}

int main(void) {
    struct Flags f;
    memset(&f, 0, sizeof f);
    f.ready = 1;
    f.mode = 6;
    f.delta = -16;
    f.count = 127;
    f.offset = -2048;
    f.tail = 15;
    show("init", &f);
    f = bump(f);
    show("bump", &f);
    f.delta = 15;
    f.delta -= 16;
    f.offset += 4095 - 2048;
    show("edit", &f);
    printf("sizeof Flags=%zu\n", sizeof(struct Flags));

    struct Wide w = {0};
    w.lo = 0xFFFFFFFFFFull;
    w.hi = 0xABCDEF;
    w.s = -4294967296LL;
    w.small = 5;
    w.lo += 1; /* wraps to 0 in 40 bits */
    printf("wide: lo=%llx hi=%llx s=%lld small=%u size=%zu\n", (unsigned long long)w.lo,
           (unsigned long long)w.hi, (long long)w.s, w.small, sizeof w);
    w.s = w.s / 2 + 1;
    printf("wide s: %lld\n", (long long)w.s);

    struct Mixed m = {0x7E, 511, 256, -32, 1023};
    printf("mixed: %x %u %u %d %u size=%zu\n", m.tag, m.a, m.b, m.c, m.d, sizeof m);
    m.a = m.a + 1;
    m.c = m.c + 63;
    printf("mixed2: %u %d\n", m.a, m.c);

    struct Flags arr[8];
    memset(arr, 0, sizeof arr);
    for (int i = 0; i < 8; i++) {
        arr[i].mode = (unsigned)i;
        arr[i].delta = i - 8;
        arr[i].offset = i * 300 - 1000;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++)
        sum += arr[i].mode * 1000 + arr[i].delta * 10 + arr[i].offset;
    printf("arr sum=%d\n", sum);
    unsigned char raw[sizeof(struct Flags)];
    memcpy(raw, &arr[7], sizeof raw);
    printf("raw:");
    for (unsigned i = 0; i < sizeof raw; i++)
        printf(" %02x", raw[i]);
    printf("\n");
    return 0;
}
