/* General GNU inline asm as real C code writes it: conditional moves with tied
   operands (zstd), byte swaps, bit scans, widening multiplies with "=a"/"=d" outputs,
   carry chains, xchg on memory, flag outputs, %= labels, load-exclusive loops with %w
   modifiers and local labels, %= labels, clz/rbit/umulh, callee-saved clobbers, immediates.
   Each ISA has its own section; both print the same results. */
#include <stdio.h>
#include <stdint.h>

#if defined(__x86_64__)

static uint64_t cmov_max(uint64_t a, uint64_t b) {
    uint64_t r = a;
    __asm__("cmpq %1, %2\n\tcmova %2, %0" : "+r"(r) : "r"(a), "r"(b) : "cc");
    return r;
}

static uint32_t bswap32(uint32_t x) {
    __asm__("bswap %0" : "+r"(x));
    return x;
}

static uint64_t bswap64(uint64_t x) {
    __asm__("bswapq %0" : "=r"(x) : "0"(x));
    return x;
}

static unsigned ctz64(uint64_t x) {
    uint64_t r;
    __asm__("bsfq %1, %0" : "=r"(r) : "rm"(x) : "cc");
    return (unsigned)r;
}

static unsigned clz64(uint64_t x) {
    uint64_t r;
    __asm__("bsrq %1, %0\n\txorq $63, %0" : "=&r"(r) : "r"(x) : "cc");
    return (unsigned)r;
}

static uint64_t mulhi(uint64_t a, uint64_t b, uint64_t *lo) {
    uint64_t l, h;
    __asm__("mulq %3" : "=a"(l), "=d"(h) : "a"(a), "rm"(b) : "cc");
    *lo = l;
    return h;
}

/* 128-bit add through an adc chain. */
static void add128(uint64_t *lo, uint64_t *hi, uint64_t blo, uint64_t bhi) {
    __asm__("addq %2, %0\n\tadcq %3, %1" : "+r"(*lo), "+r"(*hi) : "r"(blo), "r"(bhi) : "cc");
}

static int swap_mem(int *p, int v) {
    __asm__ __volatile__("xchgl %0, %1" : "+r"(v), "+m"(*p) : : "memory");
    return v;
}

static int is_zero(uint64_t x) {
    int z;
    __asm__("testq %1, %1" : "=@ccz"(z) : "r"(x));
    return z;
}

static unsigned count_down(unsigned n) {
    unsigned steps = 0;
    __asm__("test %0, %0\n\tjz 2f\n.Lcd%=:\n\tincl %1\n\tdecl %0\n\tjnz .Lcd%=\n2:"
            : "+r"(n), "+r"(steps) : : "cc");
    return steps;
}

static uint64_t add_imm(uint64_t x) {
    __asm__("addq %1, %0" : "+r"(x) : "i"(1000) : "cc");
    return x;
}

/* rbx and r12 are callee-saved: the snippet must preserve them for its caller. */
static uint64_t uses_callee_saved(uint64_t x) {
    uint64_t r;
    __asm__("movq %1, %%rbx\n\tmovq %%rbx, %%r12\n\tleaq 1(%%r12), %0"
            : "=r"(r) : "r"(x) : "rbx", "r12");
    return r;
}

static uint64_t rotl(uint64_t x, unsigned char n) {
    __asm__("rolq %%cl, %0" : "+r"(x) : "c"(n) : "cc");
    return x;
}

static double dbl_add(double a, double b) {
    __asm__("addsd %1, %0" : "+x"(a) : "x"(b));
    return a;
}

static int intel_sub(int a, int b) {
    __asm__("subl %1, %0" : "+r"(a) : "r"(b) : "cc");
    return a;
}

#elif defined(__aarch64__)

static uint64_t cmov_max(uint64_t a, uint64_t b) {
    uint64_t r;
    __asm__("cmp %1, %2\n\tcsel %0, %1, %2, hi" : "=r"(r) : "r"(a), "r"(b) : "cc");
    return r;
}

static uint32_t bswap32(uint32_t x) {
    __asm__("rev %w0, %w0" : "+r"(x));
    return x;
}

static uint64_t bswap64(uint64_t x) {
    __asm__("rev %0, %1" : "=r"(x) : "r"(x));
    return x;
}

static unsigned ctz64(uint64_t x) {
    uint64_t r;
    __asm__("rbit %0, %1\n\tclz %0, %0" : "=r"(r) : "r"(x));
    return (unsigned)r;
}

static unsigned clz64(uint64_t x) {
    uint64_t r;
    __asm__("clz %0, %1" : "=r"(r) : "r"(x));
    return (unsigned)r;
}

static uint64_t mulhi(uint64_t a, uint64_t b, uint64_t *lo) {
    uint64_t l, h;
    __asm__("mul %0, %2, %3\n\tumulh %1, %2, %3" : "=&r"(l), "=&r"(h) : "r"(a), "r"(b));
    *lo = l;
    return h;
}

static void add128(uint64_t *lo, uint64_t *hi, uint64_t blo, uint64_t bhi) {
    __asm__("adds %0, %0, %2\n\tadc %1, %1, %3" : "+r"(*lo), "+r"(*hi) : "r"(blo), "r"(bhi) : "cc");
}

static int swap_mem(int *p, int v) {
    int old;
    unsigned fail;
    __asm__ __volatile__("1: ldaxr %w0, %2\n\tstlxr %w1, %w3, %2\n\tcbnz %w1, 1b"
                         : "=&r"(old), "=&r"(fail), "+Q"(*p) : "r"(v) : "memory");
    return old;
}

static int is_zero(uint64_t x) {
    int z;
    __asm__("cmp %1, #0" : "=@cceq"(z) : "r"(x));
    return z;
}

static unsigned count_down(unsigned n) {
    unsigned steps = 0;
    __asm__("cbz %w0, 2f\n.Lcd%=:\n\tadd %w1, %w1, #1\n\tsubs %w0, %w0, #1\n\tb.ne .Lcd%=\n2:"
            : "+r"(n), "+r"(steps) : : "cc");
    return steps;
}

static uint64_t add_imm(uint64_t x) {
    __asm__("add %0, %0, %1" : "+r"(x) : "I"(1000));
    return x;
}

static uint64_t uses_callee_saved(uint64_t x) {
    uint64_t r;
    __asm__("mov x19, %1\n\tmov x20, x19\n\tadd %0, x20, #1" : "=r"(r) : "r"(x) : "x19", "x20");
    return r;
}

static uint64_t rotl(uint64_t x, unsigned char n) {
    uint64_t s = (64 - n) & 63;
    __asm__("ror %0, %0, %1" : "+r"(x) : "r"(s));
    return x;
}

static double dbl_add(double a, double b) {
    __asm__("fadd %d0, %d0, %d1" : "+w"(a) : "w"(b));
    return a;
}

static int intel_sub(int a, int b) {
    __asm__("sub %w0, %w0, %w1" : "+r"(a) : "r"(b));
    return a;
}

#endif

int main(void) {
#if defined(__x86_64__) || defined(__aarch64__)
    uint64_t vals[] = {0, 1, 7, 0x8000000000000000ull, 0x0123456789abcdefull, 12345678901ull};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        uint64_t v = vals[i], w = vals[(i + 1) % 6];
        uint64_t lo, hi;
        hi = mulhi(v | 1, w | 3, &lo);
        printf("%u: max=%llx bs32=%08x bs64=%016llx", i, (unsigned long long)cmov_max(v, w),
               bswap32((uint32_t)v), (unsigned long long)bswap64(v));
        if (v)
            printf(" ctz=%u clz=%u", ctz64(v), clz64(v));
        printf(" mul=%llx:%llx zero=%d rot=%llx\n", (unsigned long long)hi,
               (unsigned long long)lo, is_zero(v), (unsigned long long)rotl(v, (unsigned char)(i * 7)));
    }
    uint64_t lo = 0xffffffffffffffffull, hi = 1;
    add128(&lo, &hi, 2, 5);
    printf("add128=%llx:%llx\n", (unsigned long long)hi, (unsigned long long)lo);
    int cell = 41;
    int old = swap_mem(&cell, 99);
    printf("swap old=%d new=%d\n", old, cell);
    printf("count=%u %u\n", count_down(5), count_down(0));
    printf("imm=%llu callee=%llu\n", (unsigned long long)add_imm(24),
           (unsigned long long)uses_callee_saved(41));
    printf("dbl=%.3f sub=%d\n", dbl_add(1.25, 2.5), intel_sub(50, 8));
#else
    puts("no inline asm on this target");
#endif
    return 0;
}
