/* Byte-level codecs: base64 encode/decode with a lookup table and a reverse table
 * built at runtime, run-length encoding and hex dumping of binary data. */
#include <stdio.h>
#include <string.h>

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static signed char rev[256];

static size_t encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16;
        if (i + 1 < n) v |= (unsigned)in[i + 1] << 8;
        if (i + 2 < n) v |= in[i + 2];
        out[o++] = b64[v >> 18 & 63];
        out[o++] = b64[v >> 12 & 63];
        out[o++] = i + 1 < n ? b64[v >> 6 & 63] : '=';
        out[o++] = i + 2 < n ? b64[v & 63] : '=';
    }
    out[o] = '\0';
    return o;
}

static long decode(const char *in, unsigned char *out) {
    size_t n = strlen(in), o = 0;
    if (n % 4) return -1;
    for (size_t i = 0; i < n; i += 4) {
        unsigned v = 0;
        int pad = 0;
        for (int k = 0; k < 4; k++) {
            unsigned char ch = (unsigned char)in[i + k];
            if (ch == '=') { pad++; v <<= 6; continue; }
            if (rev[ch] < 0 || pad) return -1;
            v = v << 6 | (unsigned)rev[ch];
        }
        out[o++] = (unsigned char)(v >> 16);
        if (pad < 2) out[o++] = (unsigned char)(v >> 8);
        if (pad < 1) out[o++] = (unsigned char)v;
    }
    return (long)o;
}

static size_t rle(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && in[j] == in[i] && j - i < 255) j++;
        out[o++] = (unsigned char)(j - i);
        out[o++] = in[i];
        i = j;
    }
    return o;
}

static void hexdump(const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++) printf("%02x%s", p[i], (i % 16 == 15 || i + 1 == n) ? "\n" : " ");
}

int main(void) {
    memset(rev, -1, sizeof rev);
    for (int i = 0; i < 64; i++) rev[(unsigned char)b64[i]] = (signed char)i;
    const char *samples[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."};
    for (int i = 0; i < 8; i++) {
        char enc[64];
        unsigned char dec[64];
        encode((const unsigned char *)samples[i], strlen(samples[i]), enc);
        long dn = decode(enc, dec);
        printf("'%s' -> '%s' -> %ld bytes, roundtrip=%d\n", samples[i], enc, dn,
               dn == (long)strlen(samples[i]) && memcmp(dec, samples[i], (size_t)dn) == 0);
    }
    unsigned char junk[8];
    printf("invalid: %ld %ld\n", decode("abc", junk), decode("ab!d", junk));
    unsigned char bin[40];
    for (int i = 0; i < 40; i++) bin[i] = (unsigned char)(i < 10 ? 0 : i < 13 ? 0xFF : i < 30 ? 7 : i * 3);
    unsigned char packed[80];
    size_t pn = rle(bin, sizeof bin, packed);
    printf("rle %zu -> %zu bytes:\n", sizeof bin, pn);
    hexdump(packed, pn);
    unsigned char all[256];
    for (int i = 0; i < 256; i++) all[i] = (unsigned char)i;
    char big[400];
    size_t en = encode(all, 256, big);
    printf("256 bytes -> %zu chars, tail=%s\n", en, big + en - 12);
    return 0;
}
