/* Compresses and decompresses generated data with LZ4: the fast and high-compression block
 * APIs, acceleration, streaming with a ring of linked blocks, the frame format with content
 * checksums, XXH32/XXH64, and malformed input; prints sizes and hashes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lz4.h"
#include "lz4hc.h"
#include "lz4frame.h"
#include "xxhash.h"

static unsigned seed = 31337;
static unsigned next(void) { seed = seed * 22695477u + 1u; return seed >> 10; }

static void generate(char *buf, int n) {
  static const char *tokens[] = {"int ", "return ", "(x + y) ", "{\n", "}\n", "for (i = 0; i < n; i++) ", "; ",
                                 "buffer[", "]", "while "};
  int i = 0;
  while (i < n) {
    unsigned r = next();
    if (r % 61 == 0) {
      for (int k = 0; k < 40 && i < n; k++) buf[i++] = (char)next();
    } else {
      const char *t = tokens[r % 10];
      while (*t && i < n) buf[i++] = *t++;
    }
  }
}

static void block(const char *in, int n, int hc_level, int accel) {
  int cap = LZ4_compressBound(n);
  char *c = malloc((size_t)cap);
  int clen = hc_level ? LZ4_compress_HC(in, c, n, cap, hc_level) : LZ4_compress_fast(in, c, n, cap, accel);
  char *d = malloc((size_t)n);
  int dlen = LZ4_decompress_safe(c, d, clen, n);
  int partial = LZ4_decompress_safe_partial(c, d, clen, n / 3, n);
  printf("%s %d: %d -> %d xxh32 %08x; back %d, partial %d, same %d\n", hc_level ? "hc" : "fast",
         hc_level ? hc_level : accel, n, clen, XXH32(c, (size_t)clen, 0), dlen, partial,
         dlen == n && memcmp(d, in, (size_t)n) == 0);
  free(c);
  free(d);
}

static void stream(const char *in, int n) {
  /* Blocks of 4 KiB that refer to the previous blocks (linked mode). */
  LZ4_stream_t *s = LZ4_createStream();
  LZ4_streamDecode_t *ds = LZ4_createStreamDecode();
  char c[LZ4_COMPRESSBOUND(4096)];
  char *d = malloc((size_t)n);
  int total = 0, same = 1;
  unsigned long long h = 0;
  for (int off = 0; off < n; off += 4096) {
    int len = n - off < 4096 ? n - off : 4096;
    int clen = LZ4_compress_fast_continue(s, in + off, c, len, (int)sizeof c, 1);
    total += clen;
    h = XXH64(c, (size_t)clen, h);
    int dlen = LZ4_decompress_safe_continue(ds, c, d + off, clen, len);
    same &= dlen == len;
  }
  same &= memcmp(d, in, (size_t)n) == 0;
  printf("stream: %d -> %d xxh64 %016llx, same %d\n", n, total, h, same);
  LZ4_freeStream(s);
  LZ4_freeStreamDecode(ds);
  free(d);
}

static void frame(const char *in, int n, int level) {
  LZ4F_preferences_t prefs;
  memset(&prefs, 0, sizeof prefs);
  prefs.frameInfo.blockSizeID = LZ4F_max64KB;
  prefs.frameInfo.blockMode = LZ4F_blockLinked;
  prefs.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled;
  prefs.frameInfo.contentSize = (unsigned long long)n;
  prefs.compressionLevel = level;
  size_t cap = LZ4F_compressFrameBound((size_t)n, &prefs);
  char *c = malloc(cap);
  size_t clen = LZ4F_compressFrame(c, cap, in, (size_t)n, &prefs);
  if (LZ4F_isError(clen)) { printf("frame: %s\n", LZ4F_getErrorName(clen)); free(c); return; }
  LZ4F_dctx *dctx;
  LZ4F_createDecompressionContext(&dctx, LZ4F_VERSION);
  char *d = malloc((size_t)n + 64);
  size_t src = 0, dst = 0, hint = 1;
  while (hint != 0 && src < clen) {
    size_t in_len = clen - src < 1000 ? clen - src : 1000;
    size_t out_len = (size_t)n + 64 - dst < 3000 ? (size_t)n + 64 - dst : 3000;
    hint = LZ4F_decompress(dctx, d + dst, &out_len, c + src, &in_len, NULL);
    if (LZ4F_isError(hint)) break;
    src += in_len;
    dst += out_len;
  }
  printf("frame level %d: %d -> %zu xxh32 %08x; back %zu (%s), same %d\n", level, n, clen,
         XXH32(c, clen, 1), dst, LZ4F_isError(hint) ? LZ4F_getErrorName(hint) : "ok",
         dst == (size_t)n && memcmp(d, in, (size_t)n) == 0);
  /* A flipped bit in the payload is caught by the content checksum (or the decoder). */
  c[clen / 2] ^= 0x10;
  LZ4F_resetDecompressionContext(dctx);
  size_t in_len = clen, out_len = (size_t)n + 64;
  size_t r = LZ4F_decompress(dctx, d, &out_len, c, &in_len, NULL);
  printf("corrupted frame: %s\n", LZ4F_isError(r) ? LZ4F_getErrorName(r) : "accepted");
  LZ4F_freeDecompressionContext(dctx);
  free(c);
  free(d);
}

int main(void) {
  int n = 60000;
  char *data = malloc((size_t)n);
  generate(data, n);
  printf("lz4 %s, input xxh32 %08x xxh64 %016llx\n", LZ4_versionString(), XXH32(data, (size_t)n, 0),
         XXH64(data, (size_t)n, 0));
  block(data, n, 0, 1);
  block(data, n, 0, 8);
  block(data, n, 3, 0);
  block(data, n, 9, 0);
  block(data, n / 4, 12, 0);
  stream(data, n);
  frame(data, n, 0);
  frame(data, n, 9);
  /* Malformed block input must fail cleanly. */
  char junk[64], out[256];
  for (int i = 0; i < 64; i++) junk[i] = (char)next();
  printf("junk block: %d\n", LZ4_decompress_safe(junk, out, 64, 256));
  free(data);
  return 0;
}
