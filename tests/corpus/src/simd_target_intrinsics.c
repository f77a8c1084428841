/* Target SIMD intrinsics as portable C reaches them (Zstandard's match finder does): on x86-64
 * the SSE2 sign-bit masks (_mm_movemask_epi8/_ps/_pd: llvm.x86.*movmsk*), on AArch64 NEON
 * structure loads and stores (vld2q/vld4q/vst2q/vld1q_x2: llvm.aarch64.neon.ldN/stN/ld1xN)
 * and shift-and-insert (vsli_n/vsriq_n). Each has a scalar twin used on the other target, so
 * both print the same. clang keeps the target intrinsics at -O0. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#if defined(__x86_64__)
#include <emmintrin.h>
#elif defined(__aarch64__)
#include <arm_neon.h>
#endif

static uint8_t bytes[64];
static uint16_t halves[16];
static float floats[4] = {1.5f, -2.0f, -0.0f, 3.0f};
static double doubles[2] = {-1.0, 2.0};

static unsigned byte_mask(const uint8_t *p) {
#if defined(__x86_64__)
  return (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)p));
#else
  unsigned m = 0;
  for (int i = 0; i < 16; i++) m |= (unsigned)(p[i] >> 7) << i;
  return m;
#endif
}

static unsigned float_masks(void) {
#if defined(__x86_64__)
  return (unsigned)_mm_movemask_ps(_mm_loadu_ps(floats)) | (unsigned)_mm_movemask_pd(_mm_loadu_pd(doubles)) << 4;
#else
  unsigned m = 0;
  for (int i = 0; i < 4; i++) m |= (unsigned)__builtin_signbit(floats[i]) != 0 ? 1u << i : 0;
  for (int i = 0; i < 2; i++) m |= (unsigned)__builtin_signbit(doubles[i]) != 0 ? 1u << (4 + i) : 0;
  return m;
#endif
}

/* Sum of each de-interleaved stream of 2 x 8 halves, weighted by lane. */
static unsigned long deinterleave2(void) {
  uint16_t even[8], odd[8];
#if defined(__aarch64__)
  uint16x8x2_t v = vld2q_u16(halves);
  vst1q_u16(even, v.val[0]);
  vst1q_u16(odd, v.val[1]);
#else
  for (int i = 0; i < 8; i++) even[i] = halves[2 * i], odd[i] = halves[2 * i + 1];
#endif
  unsigned long s = 0;
  for (int i = 0; i < 8; i++) s = s * 7 + even[i] * (i + 1) + odd[i] * (i + 11);
  return s;
}

static unsigned long deinterleave4(void) {
  uint8_t out[4][16];
#if defined(__aarch64__)
  uint8x16x4_t v = vld4q_u8(bytes);
  for (int k = 0; k < 4; k++) vst1q_u8(out[k], v.val[k]);
#else
  for (int i = 0; i < 16; i++)
    for (int k = 0; k < 4; k++) out[k][i] = bytes[4 * i + k];
#endif
  unsigned long s = 0;
  for (int k = 0; k < 4; k++)
    for (int i = 0; i < 16; i++) s = s * 31 + out[k][i];
  return s;
}

/* Interleaving store and a consecutive pair load. */
static unsigned long interleave2(void) {
  uint8_t out[32];
#if defined(__aarch64__)
  uint8x16x2_t pair = vld1q_u8_x2(bytes);
  vst2q_u8(out, pair);
#else
  for (int i = 0; i < 16; i++) out[2 * i] = bytes[i], out[2 * i + 1] = bytes[16 + i];
#endif
  unsigned long s = 0;
  for (int i = 0; i < 32; i++) s = s * 131 + out[i];
  return s;
}

static void shift_insert(int lane_shift, uint8_t *sli, uint8_t *sri) {
#if defined(__aarch64__)
  uint8x8_t a = vld1_u8(bytes), b = vld1_u8(bytes + 8);
  uint8x16_t qa = vld1q_u8(bytes + 16), qb = vld1q_u8(bytes + 32);
  if (lane_shift == 3) {
    vst1_u8(sli, vsli_n_u8(a, b, 3));
    vst1q_u8(sri, vsriq_n_u8(qa, qb, 5));
  } else {
    vst1_u8(sli, vsli_n_u8(a, b, 0));
    vst1q_u8(sri, vsriq_n_u8(qa, qb, 8));
  }
#else
  int l = lane_shift == 3 ? 3 : 0, r = lane_shift == 3 ? 5 : 8;
  for (int i = 0; i < 8; i++)
    sli[i] = (uint8_t)((bytes[8 + i] << l) | (bytes[i] & ((1u << l) - 1)));
  for (int i = 0; i < 16; i++) {
    unsigned keep = r == 8 ? 0xffu : (0xffu & ~(0xffu >> r));
    sri[i] = (uint8_t)((r == 8 ? 0 : bytes[32 + i] >> r) | (bytes[16 + i] & keep));
  }
#endif
}

int main(void) {
  unsigned x = 77;
  for (int i = 0; i < 64; i++) bytes[i] = (uint8_t)((x = x * 1103515245u + 12345u) >> 13);
  for (int i = 0; i < 16; i++) halves[i] = (uint16_t)((x = x * 1103515245u + 12345u) >> 7);
  printf("byte masks: %04x %04x %04x %04x\n", byte_mask(bytes), byte_mask(bytes + 16), byte_mask(bytes + 32),
         byte_mask(bytes + 48));
  printf("float masks: %02x\n", float_masks());
  printf("ld2: %lu ld4: %lu st2: %lu\n", deinterleave2(), deinterleave4(), interleave2());
  for (int s = 0; s <= 3; s += 3) {
    uint8_t sli[8], sri[16];
    shift_insert(s, sli, sri);
    printf("shift-insert %d:", s);
    for (int i = 0; i < 8; i++) printf(" %02x", sli[i]);
    printf(" |");
    for (int i = 0; i < 16; i++) printf(" %02x", sri[i]);
    printf("\n");
  }
  return 0;
}
