/* C11 <stdatomic.h>, __atomic_* and __sync_* builtins on every width: fetch-and-op,
 * exchange, compare-exchange loops, flags, fences, a spinlock, float CAS loops. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#define NOINLINE __attribute__((noinline))

static _Atomic int8_t a8 = -3;
static _Atomic uint16_t a16 = 65530;
static _Atomic int32_t a32 = 100;
static _Atomic uint64_t a64 = 0xfffffffffffffff0ull;
static _Atomic(int *) aptr;
static atomic_flag flag = ATOMIC_FLAG_INIT;
static atomic_int lock_word;
static int shared_total;
static int table[4] = {10, 20, 30, 40};

NOINLINE static void spin_lock(atomic_int *l) {
    int expected = 0;
    while (!atomic_compare_exchange_weak_explicit(l, &expected, 1, memory_order_acquire,
                                                  memory_order_relaxed))
        expected = 0;
}

NOINLINE static void spin_unlock(atomic_int *l) {
    atomic_store_explicit(l, 0, memory_order_release);
}

/* A CAS loop computing the maximum, as lock-free code does. */
NOINLINE static int32_t atomic_max32(_Atomic int32_t *p, int32_t v) {
    int32_t cur = atomic_load_explicit(p, memory_order_relaxed);
    while (cur < v && !atomic_compare_exchange_weak(p, &cur, v))
        ;
    return cur;
}

NOINLINE static double atomic_add_double(_Atomic double *p, double d) {
    double cur = atomic_load(p);
    while (!atomic_compare_exchange_strong(p, &cur, cur + d))
        ;
    return cur;
}

NOINLINE static void widths(void) {
    printf("i8: %d", atomic_fetch_add(&a8, 5));
    printf(" %d", atomic_fetch_sub(&a8, 10));
    printf(" %d", atomic_fetch_and(&a8, 0x7c));
    printf(" %d", atomic_fetch_or(&a8, 0x41));
    printf(" %d", atomic_fetch_xor(&a8, 0x0f));
    printf(" %d\n", atomic_load(&a8));

    printf("u16: %u", atomic_fetch_add(&a16, 10));
    printf(" %u", atomic_exchange(&a16, 1234));
    printf(" %u", atomic_fetch_or_explicit(&a16, 0x8000, memory_order_acq_rel));
    printf(" %u\n", atomic_load_explicit(&a16, memory_order_acquire));

    printf("i32: %d", atomic_fetch_sub_explicit(&a32, 250, memory_order_release));
    printf(" %d", atomic_fetch_add_explicit(&a32, 7, memory_order_relaxed));
    int32_t e32 = -143;
    int ok = atomic_compare_exchange_strong(&a32, &e32, 77);
    printf(" cas=%d/%d", ok, e32);
    e32 = 0;
    ok = atomic_compare_exchange_strong(&a32, &e32, 1);
    printf(" cas=%d/%d", ok, e32);
    printf(" max=%d", atomic_max32(&a32, 500));
    printf(" max=%d", atomic_max32(&a32, 20));
    printf(" %d\n", atomic_load(&a32));

    printf("u64: %llu", (unsigned long long)atomic_fetch_add(&a64, 32));
    printf(" %llu", (unsigned long long)atomic_fetch_xor(&a64, 0xff00ff00ff00ff00ull));
    uint64_t e64 = 1;
    ok = atomic_compare_exchange_weak_explicit(&a64, &e64, 2, memory_order_seq_cst,
                                               memory_order_acquire);
    printf(" cas=%d/%llx", ok, (unsigned long long)e64);
    atomic_store_explicit(&a64, 42, memory_order_seq_cst);
    printf(" %llu\n", (unsigned long long)atomic_load(&a64));

    atomic_store(&aptr, &table[1]);
    int *old = atomic_exchange(&aptr, &table[3]);
    int *expect = &table[3];
    ok = atomic_compare_exchange_strong(&aptr, &expect, &table[0]);
    printf("ptr: %d %d %d %d\n", *old, ok, *expect, *atomic_load(&aptr));
}

#ifdef __clang__
#define FETCH_MIN(p, v, o) __atomic_fetch_min(p, v, o)
#define FETCH_MAX(p, v, o) __atomic_fetch_max(p, v, o)
#define MAX_FETCH(p, v, o) __atomic_max_fetch(p, v, o)
#define MIN_FETCH(p, v, o) __atomic_min_fetch(p, v, o)
#else
/* GCC has no __atomic min/max builtins: the same results through compare-exchange. */
#define CAS_MINMAX(p, v, better, ret_new)                                                  \
    ({                                                                                     \
        __typeof__(*(p)) old_ = __atomic_load_n(p, __ATOMIC_RELAXED), new_;                \
        do                                                                                 \
            new_ = (v)better old_ ? (v) : old_;                                            \
        while (!__atomic_compare_exchange_n(p, &old_, new_, 1, __ATOMIC_SEQ_CST,           \
                                            __ATOMIC_RELAXED));                            \
        ret_new ? new_ : old_;                                                             \
    })
#define FETCH_MIN(p, v, o) CAS_MINMAX(p, v, <, 0)
#define FETCH_MAX(p, v, o) CAS_MINMAX(p, v, >, 0)
#define MAX_FETCH(p, v, o) CAS_MINMAX(p, v, >, 1)
#define MIN_FETCH(p, v, o) CAS_MINMAX(p, v, <, 1)
#endif

NOINLINE static void builtins(void) {
    static long counter = 5;
    static unsigned char bytes = 0xf0;
    static short halves = -1;
    static unsigned int words = 7;
    printf("sync: %ld", __sync_fetch_and_add(&counter, 3));
    printf(" %ld", __sync_add_and_fetch(&counter, 3));
    printf(" %ld", __sync_sub_and_fetch(&counter, 1));
    printf(" %u", __sync_fetch_and_nand(&bytes, 0x3c));
    printf(" %u", __sync_fetch_and_and(&bytes, 0x0f));
    printf(" %d", __sync_fetch_and_or(&halves, 0x10));
    printf(" %d", __sync_xor_and_fetch(&halves, 0x7fff));
    printf(" %d", __sync_bool_compare_and_swap(&words, 7, 9));
    printf(" %u", __sync_val_compare_and_swap(&words, 9, 11));
    printf(" %u", __sync_lock_test_and_set(&words, 3));
    __sync_lock_release(&words);
    __sync_synchronize();
    printf(" %u\n", words);

    int x = 10;
    printf("__atomic: %d", __atomic_fetch_nand(&x, 6, __ATOMIC_SEQ_CST));
    printf(" %d", MAX_FETCH(&x, 100, __ATOMIC_RELAXED));
    printf(" %d", FETCH_MIN(&x, -5, __ATOMIC_ACQUIRE));
    unsigned u = 3;
    printf(" %u", FETCH_MAX(&u, 0xffffff00u, __ATOMIC_RELEASE));
    printf(" %u", MIN_FETCH(&u, 17u, __ATOMIC_ACQ_REL));
    int y;
    __atomic_exchange(&x, &(int){44}, &y, __ATOMIC_SEQ_CST);
    printf(" %d/%d", y, x);
    static unsigned char tas;
    printf(" %d", __atomic_test_and_set(&tas, __ATOMIC_SEQ_CST));
    printf(" %d", __atomic_test_and_set(&tas, __ATOMIC_ACQUIRE));
    printf(" %d\n", __atomic_always_lock_free(8, 0));
}

NOINLINE static void flags_and_fences(void) {
    int first = atomic_flag_test_and_set(&flag);
    int second = atomic_flag_test_and_set_explicit(&flag, memory_order_acquire);
    atomic_flag_clear(&flag);
    int third = atomic_flag_test_and_set(&flag);
    atomic_thread_fence(memory_order_seq_cst);
    atomic_thread_fence(memory_order_acquire);
    atomic_thread_fence(memory_order_release);
    atomic_thread_fence(memory_order_acq_rel);
    atomic_signal_fence(memory_order_seq_cst);
    printf("flag: %d %d %d\n", first, second, third);

    for (int i = 0; i < 100; i++) {
        spin_lock(&lock_word);
        shared_total += i;
        spin_unlock(&lock_word);
    }
    printf("spinlock: %d %d\n", shared_total, atomic_load(&lock_word));

    static _Atomic double dsum = 0.5;
    for (int i = 1; i <= 10; i++)
        atomic_add_double(&dsum, i * 0.25);
    printf("double: %.3f\n", atomic_load(&dsum));
    static _Atomic float fsum;
    float f = 0;
    for (int i = 0; i < 5; i++) {
#ifdef __clang__
        f = atomic_fetch_add(&fsum, 1.5f); /* `atomicrmw fadd` */
#else
        f = atomic_load(&fsum); /* GCC has no atomic float fetch_add */
        while (!atomic_compare_exchange_weak(&fsum, &f, f + 1.5f))
            ;
#endif
    }
    printf("float: %.2f %.2f\n", f, atomic_load(&fsum));
}

int main(void) {
    widths();
    builtins();
    flags_and_fences();
    return 0;
}
