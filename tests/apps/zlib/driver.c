/* Compresses and decompresses generated data with zlib: every level and strategy, raw/zlib/gzip
 * framing, streaming with tiny buffers, dictionaries, and the checksums; prints sizes and checksums. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "zlib.h"

static unsigned seed = 2024;
static unsigned next(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }

/* Text-like data with repeats, a run of zeros and a stretch of noise. */
static void generate(unsigned char *buf, size_t n) {
  static const char *words[] = {"alpha ", "beta ", "gamma ", "delta ", "compress ", "the ", "zlib ", "\n"};
  size_t i = 0;
  while (i < n) {
    unsigned r = next();
    if (i > n / 2 && i < n / 2 + 1024) {
      buf[i++] = 0;
    } else if (i > 3 * n / 4 && i < 3 * n / 4 + 2048) {
      buf[i++] = (unsigned char)r;
    } else {
      const char *w = words[r % 8];
      while (*w && i < n) buf[i++] = (unsigned char)*w++;
      if (r % 13 == 0 && i < n) buf[i++] = (unsigned char)('0' + r % 10);
    }
  }
}

static int roundtrip(const unsigned char *in, size_t n, int level, int window, int strategy) {
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  if (deflateInit2(&zs, level, Z_DEFLATED, window, 8, strategy) != Z_OK) return -1;
  uLong bound = deflateBound(&zs, n);
  unsigned char *out = malloc(bound);
  zs.next_in = (Bytef *)in;
  zs.avail_in = (uInt)n;
  zs.next_out = out;
  zs.avail_out = (uInt)bound;
  int rc = deflate(&zs, Z_FINISH);
  size_t clen = zs.total_out;
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) { free(out); return -2; }
  /* Inflate with small output chunks to exercise the streaming paths. */
  unsigned char *back = malloc(n + 1);
  memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, window) != Z_OK) return -3;
  zs.next_in = out;
  zs.avail_in = (uInt)clen;
  size_t got = 0;
  do {
    zs.next_out = back + got;
    zs.avail_out = (uInt)((n + 1 - got) < 777 ? (n + 1 - got) : 777);
    rc = inflate(&zs, Z_NO_FLUSH);
    got = zs.total_out;
  } while (rc == Z_OK);
  inflateEnd(&zs);
  printf("level %d window %d strategy %d: %zu -> %zu bytes, crc %08lx, adler %08lx, %s\n", level, window,
         strategy, n, clen, crc32(0, out, (uInt)clen), adler32(1, out, (uInt)clen),
         rc == Z_STREAM_END && got == n && memcmp(back, in, n) == 0 ? "roundtrip ok" : "ROUNDTRIP BROKEN");
  free(out);
  free(back);
  return 0;
}

int main(void) {
  size_t n = 50000;
  unsigned char *data = malloc(n);
  generate(data, n);
  printf("zlib %s\n", zlibVersion());
  printf("input crc32 %08lx adler32 %08lx crc32_combine %08lx\n", crc32(0, data, (uInt)n),
         adler32(1, data, (uInt)n),
         crc32_combine(crc32(0, data, 1000), crc32(0, data + 1000, 5000), 5000));
  for (int level = 0; level <= 9; level += 3) roundtrip(data, n, level, 15, Z_DEFAULT_STRATEGY);
  roundtrip(data, n, 1, 15, Z_DEFAULT_STRATEGY);
  roundtrip(data, n, 6, 15, Z_FILTERED);
  roundtrip(data, n, 6, 15, Z_HUFFMAN_ONLY);
  roundtrip(data, n, 6, 15, Z_RLE);
  roundtrip(data, n, 6, 15, Z_FIXED);
  roundtrip(data, n, 2, -9, Z_DEFAULT_STRATEGY);
  roundtrip(data, n, 9, 31, Z_DEFAULT_STRATEGY);

  /* One-shot API and a preset dictionary. */
  uLongf clen = compressBound(n);
  unsigned char *c = malloc(clen);
  int rc = compress2(c, &clen, data, n, 9);
  uLongf dlen = n;
  unsigned char *d = malloc(n);
  int rc2 = uncompress(d, &dlen, c, clen);
  printf("compress2 %d -> %lu, uncompress %d -> %lu, same %d\n", rc, clen, rc2, dlen, memcmp(d, data, n) == 0);
  static const char dict[] = "alpha beta gamma delta compress the zlib ";
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  deflateInit(&zs, 6);
  deflateSetDictionary(&zs, (const Bytef *)dict, sizeof dict - 1);
  zs.next_in = data;
  zs.avail_in = 4000;
  zs.next_out = c;
  zs.avail_out = (uInt)compressBound(n);
  deflate(&zs, Z_FINISH);
  uLong dclen = zs.total_out;
  deflateEnd(&zs);
  memset(&zs, 0, sizeof zs);
  inflateInit(&zs);
  zs.next_in = c;
  zs.avail_in = (uInt)dclen;
  zs.next_out = d;
  zs.avail_out = (uInt)n;
  rc = inflate(&zs, Z_NO_FLUSH);
  if (rc == Z_NEED_DICT) {
    printf("needs dictionary %08lx\n", zs.adler);
    inflateSetDictionary(&zs, (const Bytef *)dict, sizeof dict - 1);
    rc = inflate(&zs, Z_NO_FLUSH);
  }
  printf("dictionary: 4000 -> %lu bytes, inflate %d, same %d\n", dclen, rc, memcmp(d, data, 4000) == 0);
  inflateEnd(&zs);
  /* Corrupt data is reported, not crashed on. */
  c[clen / 2] ^= 0x55;
  dlen = n;
  printf("corrupted uncompress: %d\n", uncompress(d, &dlen, c, clen));
  free(c);
  free(d);
  free(data);
  return 0;
}
