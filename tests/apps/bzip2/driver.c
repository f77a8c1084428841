/* Compresses and decompresses generated data with libbzip2: block sizes 1 and 9, work factors
 * (the fallback sort on repetitive data), one-shot and streaming APIs with small buffers, and
 * corrupt input; prints sizes and a checksum of each compressed stream. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bzlib.h"

/* Built with BZ_NO_STDIO, as bzip2-sys builds it: the embedding reports internal errors. */
void bz_internal_error(int code) {
  printf("bzip2 internal error %d\n", code);
  exit(3);
}

static unsigned seed = 7;
static unsigned next(void) { seed = seed * 1664525u + 1013904223u; return seed >> 9; }

static unsigned fnv(const char *p, unsigned n) {
  unsigned h = 2166136261u;
  for (unsigned i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 16777619u;
  return h;
}

static void generate(char *buf, unsigned n, int kind) {
  static const char *words[] = {"lorem ", "ipsum ", "dolor ", "sit ", "amet ", "bzip2 ", "burrows ", "wheeler\n"};
  unsigned i = 0;
  while (i < n) {
    unsigned r = next();
    if (kind == 1) {
      buf[i++] = "abab"[r % 4 == 0 ? 1 : i % 2]; /* highly repetitive: the fallback sort */
    } else if (kind == 2) {
      buf[i++] = (char)r; /* noise */
    } else {
      const char *w = words[r % 8];
      while (*w && i < n) buf[i++] = *w++;
    }
  }
}

static void oneshot(const char *in, unsigned n, int block, int work) {
  unsigned clen = n + n / 100 + 601;
  char *c = malloc(clen);
  int rc = BZ2_bzBuffToBuffCompress(c, &clen, (char *)in, n, block, 0, work);
  unsigned dlen = n;
  char *d = malloc(n);
  int rc2 = BZ2_bzBuffToBuffDecompress(d, &dlen, c, clen, 0, 0);
  unsigned slen = n;
  int rc3 = BZ2_bzBuffToBuffDecompress(d, &slen, c, clen, 1, 0); /* the small, slow decoder */
  printf("block %d work %d: %u -> %u (%d) hash %08x; decompress %d/%d -> %u, same %d\n", block, work, n, clen,
         rc, fnv(c, clen), rc2, rc3, dlen, dlen == n && memcmp(d, in, n) == 0);
  free(c);
  free(d);
}

static void streaming(const char *in, unsigned n) {
  bz_stream s;
  memset(&s, 0, sizeof s);
  BZ2_bzCompressInit(&s, 5, 0, 30);
  unsigned cap = n + n / 100 + 601, used = 0;
  char *c = malloc(cap);
  s.next_in = (char *)in;
  /* Feed input in chunks of 1000 bytes and drain output in chunks of 333. */
  unsigned fed = 0;
  int rc;
  for (;;) {
    if (s.avail_in == 0 && fed < n) {
      unsigned chunk = n - fed < 1000 ? n - fed : 1000;
      s.next_in = (char *)in + fed;
      s.avail_in = chunk;
      fed += chunk;
    }
    s.next_out = c + used;
    s.avail_out = cap - used < 333 ? cap - used : 333;
    unsigned before = s.avail_out;
    rc = BZ2_bzCompress(&s, fed < n ? BZ_RUN : BZ_FINISH);
    used += before - s.avail_out;
    if (rc == BZ_STREAM_END || rc < 0) break;
  }
  BZ2_bzCompressEnd(&s);
  char *d = malloc(n + 10);
  memset(&s, 0, sizeof s);
  BZ2_bzDecompressInit(&s, 0, 0);
  s.next_in = c;
  s.avail_in = used;
  unsigned got = 0;
  int rd;
  do {
    s.next_out = d + got;
    s.avail_out = n + 10 - got < 101 ? n + 10 - got : 101;
    unsigned before = s.avail_out;
    rd = BZ2_bzDecompress(&s);
    got += before - s.avail_out;
  } while (rd == BZ_OK);
  BZ2_bzDecompressEnd(&s);
  printf("streaming: %u -> %u (%d) hash %08x; back %d -> %u, same %d\n", n, used, rc, fnv(c, used), rd, got,
         got == n && memcmp(d, in, n) == 0);
  /* Corruption is detected by the block CRC. */
  c[used / 2] ^= 0x21;
  unsigned dlen = n;
  printf("corrupted: %d\n", BZ2_bzBuffToBuffDecompress(d, &dlen, c, used, 0, 0));
  free(c);
  free(d);
}

int main(void) {
  unsigned n = 40000;
  char *text = malloc(n), *rep = malloc(n), *noise = malloc(n);
  generate(text, n, 0);
  generate(rep, n, 1);
  generate(noise, n, 2);
  printf("bzip2 %s\n", BZ2_bzlibVersion());
  oneshot(text, n, 9, 0);
  oneshot(text, n, 1, 30);
  oneshot(rep, n, 9, 1);
  oneshot(rep, n, 2, 250);
  oneshot(noise, n / 3, 9, 0);
  streaming(text, n);
  free(text);
  free(rep);
  free(noise);
  return 0;
}
