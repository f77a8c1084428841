/* Packed and explicitly aligned structs: unaligned members, #pragma pack, packed
 * bitfields whose storage units have odd widths (i24/i40 in IR), aligned(16) members
 * and arrays of packed records serialized to bytes. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

struct __attribute__((packed)) Header { uint8_t kind; uint32_t length; uint16_t flags; uint64_t id; };

#pragma pack(push, 2)
struct Pack2 { char c; int i; short s; double d; };
#pragma pack(pop)

struct __attribute__((packed)) Bits3 { unsigned a : 12; unsigned b : 12; };          /* 3 bytes */
struct __attribute__((packed)) Bits5 { uint64_t lo : 20; uint64_t hi : 20; };         /* 5 bytes */
struct __attribute__((packed)) Bits7 { int32_t s : 19; uint64_t u : 37; };            /* 7 bytes */
struct Aligned { char c; _Alignas(16) double d; int tail; };

NOINLINE uint32_t read_length(const struct Header *h) { return h->length; }
NOINLINE void bump(struct Header *h) { h->length += 1000; h->id ^= 0xFFFF; }

int main(void) {
    printf("sizes: header=%zu pack2=%zu bits3=%zu bits5=%zu bits7=%zu aligned=%zu\n",
           sizeof(struct Header), sizeof(struct Pack2), sizeof(struct Bits3), sizeof(struct Bits5),
           sizeof(struct Bits7), sizeof(struct Aligned));
    printf("offsets: length=%zu flags=%zu id=%zu | i=%zu s=%zu d=%zu | d=%zu tail=%zu\n",
           offsetof(struct Header, length), offsetof(struct Header, flags), offsetof(struct Header, id),
           offsetof(struct Pack2, i), offsetof(struct Pack2, s), offsetof(struct Pack2, d),
           offsetof(struct Aligned, d), offsetof(struct Aligned, tail));
    struct Header hs[3];
    for (int i = 0; i < 3; i++) {
        hs[i].kind = (uint8_t)(i + 1);
        hs[i].length = 0x01020304u * (uint32_t)(i + 1);
        hs[i].flags = (uint16_t)(0xA000 | i);
        hs[i].id = 0x1122334455667788ull + (uint64_t)i;
    }
    bump(&hs[1]);
    for (int i = 0; i < 3; i++)
        printf("hdr %d: kind=%u len=%08x flags=%04x id=%016llx\n", i, hs[i].kind, read_length(&hs[i]),
               hs[i].flags, (unsigned long long)hs[i].id);
    unsigned char raw[sizeof hs];
    memcpy(raw, hs, sizeof hs);
    printf("raw[15..22]:");
    for (int i = 15; i < 23; i++) printf(" %02x", raw[i]);
    printf("\n");

    struct Pack2 p = {'x', -123456, 321, 2.5};
    printf("pack2: %c %d %d %g\n", p.c, p.i, p.s, p.d);
    struct Bits3 b3 = {0xABC, 0x123};
    b3.b += 0xF00;
    printf("bits3: %x %x\n", b3.a, b3.b);
    struct Bits5 b5 = {0xFFFFF, 0x12345};
    b5.lo += 2;
    printf("bits5: %llx %llx\n", (unsigned long long)b5.lo, (unsigned long long)b5.hi);
    struct Bits7 b7 = {-200000, 0x1FFFFFFFFFull};
    b7.s /= 2;
    b7.u -= 0xF;
    printf("bits7: %d %llx\n", (int)b7.s, (unsigned long long)b7.u);
    unsigned char bytes[sizeof b7];
    memcpy(bytes, &b7, sizeof b7);
    printf("bits7 bytes:");
    for (unsigned i = 0; i < sizeof bytes; i++) printf(" %02x", bytes[i]);
    printf("\n");
    struct Aligned a = {'q', 6.25, 9};
    printf("aligned: %c %g %d mod16=%d\n", a.c, a.d, a.tail, (int)((uintptr_t)&a.d % 16));
    return 0;
}
