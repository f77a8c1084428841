/* GNU inline asm that compilers and libraries use as barriers and hints: empty
   templates with "memory" clobbers, "+r" optimisation barriers, alignment padding,
   spin-wait hints, fences and (on x86-64) cpuid. The output is the same on every ISA. */
#include <stdio.h>
#include <stdint.h>

static unsigned hide(unsigned x) {
    __asm__ __volatile__("" : "+r"(x)); /* the compiler cannot see through this */
    return x;
}

static uint64_t hide64(uint64_t x) {
    __asm__("" : "=r"(x) : "0"(x));
    return x;
}

static void pad(void) {
#if defined(__x86_64__) || defined(__aarch64__)
    __asm__ __volatile__(".p2align 4\n\tnop\n\tnop");
#endif
}

static void relax(void) {
#if defined(__x86_64__)
    __asm__ __volatile__("pause");
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

static void full_fence(void) {
#if defined(__x86_64__)
    __asm__ __volatile__("mfence" ::: "memory");
#elif defined(__aarch64__)
    __asm__ __volatile__("dmb ish" ::: "memory");
#endif
}

static int has_cpu_info(void) {
#if defined(__x86_64__)
    unsigned a, b, c, d;
    __asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
    /* Leaf 0: the highest leaf (at least 1 on any x86-64) and a vendor string. */
    return a >= 1 && (b | c | d) != 0;
#else
    return 1;
#endif
}

int main(void) {
    volatile unsigned buf[16];
    unsigned sum = 0;
    for (unsigned i = 0; i < 16; i++) {
        buf[i] = hide(i * 2654435761u);
        __asm__ __volatile__("" ::: "memory");
        sum += buf[i];
        pad();
        relax();
    }
    full_fence();
    printf("sum %u\n", sum);
    printf("hidden %llu\n", (unsigned long long)hide64(0x123456789abcdefull));
    printf("cpu info %d\n", has_cpu_info());
    return 0;
}
