/* Compresses and decompresses generated data with Zstandard: several levels (fast, lazy,
 * optimal parsers), the streaming API with small buffers, a trained dictionary, checksums and
 * corrupt input; prints sizes and hashes of the frames. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define ZSTD_STATIC_LINKING_ONLY
#include "zstd.h"
#include "zdict.h"

static unsigned seed = 99;
static unsigned next(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }

static unsigned long long fnv(const void *p, size_t n) {
  unsigned long long h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ ((const unsigned char *)p)[i]) * 1099511628211ull;
  return h;
}

/* Records like log lines: repeated structure with varying numbers, plus a noisy stretch. */
static size_t generate(char *buf, size_t n) {
  static const char *verbs[] = {"GET", "PUT", "POST", "DELETE"};
  static const char *paths[] = {"/index.html", "/api/v1/items", "/static/app.js", "/login", "/api/v1/users"};
  size_t i = 0;
  while (i + 100 < n) {
    unsigned r = next();
    if (r % 97 == 0) {
      for (int k = 0; k < 64; k++) buf[i++] = (char)next();
      continue;
    }
    i += (size_t)snprintf(buf + i, n - i, "10.0.%u.%u - %s %s %u %u\n", r % 4, (r >> 3) % 256, verbs[r % 4],
                          paths[(r >> 5) % 5], 200 + (r >> 7) % 3 * 100, (r >> 9) % 5000);
  }
  return i;
}

static void oneshot(const char *in, size_t n, int level) {
  size_t cap = ZSTD_compressBound(n);
  char *c = malloc(cap);
  size_t clen = ZSTD_compress(c, cap, in, n, level);
  if (ZSTD_isError(clen)) { printf("level %d: %s\n", level, ZSTD_getErrorName(clen)); free(c); return; }
  char *d = malloc(n);
  size_t dlen = ZSTD_decompress(d, n, c, clen);
  printf("level %d: %zu -> %zu hash %016llx; content size %llu; back %zu, same %d\n", level, n, clen, fnv(c, clen),
         ZSTD_getFrameContentSize(c, clen), dlen, dlen == n && memcmp(d, in, n) == 0);
  free(c);
  free(d);
}

static void streaming(const char *in, size_t n) {
  ZSTD_CCtx *cc = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, 5);
  ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1);
  ZSTD_CCtx_setParameter(cc, ZSTD_c_windowLog, 17);
  size_t cap = ZSTD_compressBound(n) + 1024, used = 0;
  char *c = malloc(cap);
  ZSTD_inBuffer input = {in, 0, 0};
  size_t fed = 0, left;
  do {
    if (input.pos == input.size && fed < n) {
      size_t chunk = n - fed < 4000 ? n - fed : 4000;
      input.src = in + fed;
      input.size = chunk;
      input.pos = 0;
      fed += chunk;
    }
    ZSTD_outBuffer output = {c + used, cap - used < 1500 ? cap - used : 1500, 0};
    left = ZSTD_compressStream2(cc, &output, &input, fed < n ? ZSTD_e_continue : ZSTD_e_end);
    used += output.pos;
    if (ZSTD_isError(left)) { printf("stream: %s\n", ZSTD_getErrorName(left)); break; }
  } while (fed < n || input.pos < input.size || left != 0);
  ZSTD_freeCCtx(cc);
  ZSTD_DCtx *dc = ZSTD_createDCtx();
  char *d = malloc(n + 16);
  size_t got = 0, rc = 1;
  ZSTD_inBuffer cin = {c, 0, 0};
  while (rc != 0 && cin.size < used + 1) {
    if (cin.pos == cin.size) cin.size = cin.size + 700 < used ? cin.size + 700 : used;
    ZSTD_outBuffer out = {d + got, n + 16 - got < 900 ? n + 16 - got : 900, 0};
    rc = ZSTD_decompressStream(dc, &out, &cin);
    got += out.pos;
    if (ZSTD_isError(rc)) break;
  }
  ZSTD_freeDCtx(dc);
  printf("streaming: %zu -> %zu hash %016llx; back %zu (%s), same %d\n", n, used, fnv(c, used), got,
         ZSTD_isError(rc) ? ZSTD_getErrorName(rc) : "ok", got == n && memcmp(d, in, n) == 0);
  c[used - 2] ^= 0x40; /* inside the checksum */
  size_t bad = ZSTD_decompress(d, n, c, used);
  printf("corrupted: %s\n", ZSTD_isError(bad) ? ZSTD_getErrorName(bad) : "accepted");
  free(c);
  free(d);
}

static void dictionary(const char *in, size_t n) {
  /* Train on 100 small samples, then compress short records with and without it. */
  size_t sizes[100], total = 0;
  for (int i = 0; i < 100; i++) {
    sizes[i] = 200 + next() % 200;
    total += sizes[i];
  }
  if (total > n) return;
  char dict[4096];
  size_t dlen = ZDICT_trainFromBuffer(dict, sizeof dict, in, sizes, 100);
  if (ZDICT_isError(dlen)) { printf("train: %s\n", ZDICT_getErrorName(dlen)); return; }
  printf("dictionary: %zu bytes, id %u, hash %016llx\n", dlen, ZDICT_getDictID(dict, dlen), fnv(dict, dlen));
  ZSTD_CCtx *cc = ZSTD_createCCtx();
  ZSTD_DCtx *dc = ZSTD_createDCtx();
  size_t plain = 0, with = 0;
  int same = 1;
  char c[2048], back[1024];
  for (size_t off = total; off + 500 < n && off < total + 10 * 500; off += 500) {
    plain += ZSTD_compressCCtx(cc, c, sizeof c, in + off, 500, 3);
    size_t k = ZSTD_compress_usingDict(cc, c, sizeof c, in + off, 500, dict, dlen, 3);
    with += k;
    size_t b = ZSTD_decompress_usingDict(dc, back, sizeof back, c, k, dict, dlen);
    same &= b == 500 && memcmp(back, in + off, 500) == 0;
  }
  printf("records: %zu bytes plain, %zu with the dictionary, same %d\n", plain, with, same);
  ZSTD_freeCCtx(cc);
  ZSTD_freeDCtx(dc);
}

int main(void) {
  size_t cap = 100000;
  char *data = malloc(cap);
  size_t n = generate(data, cap);
  printf("zstd %s, input %zu bytes hash %016llx\n", ZSTD_versionString(), n, fnv(data, n));
  oneshot(data, n, 1);
  oneshot(data, n, 3);
  oneshot(data, n, 7);
  oneshot(data, n / 4, 16);
  oneshot(data, n / 10, 19);
  oneshot(data, n, -5);
  streaming(data, n);
  dictionary(data, n);
  free(data);
  return 0;
}
